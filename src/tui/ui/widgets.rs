//! Small drawing helpers the views share: a pane's title line, a list of rows with the selection
//! marked by a glyph as well as by style, columns that fit the width by dropping the least
//! important first, and a progress bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::Cursor;
use crate::tui::scroll;
use crate::tui::text::{line_width, truncate_line};
use crate::tui::theme::Theme;

pub use crate::tui::content::columns::{
    Col, bar, columns_line, natural_widths, widths, wrap_items,
};

/// Writes a line into one row, cut to `width` cells with the theme's ellipsis.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, width: u16, line: Line<'_>, theme: &Theme) {
    if width == 0 || y >= buf.area.bottom() || x >= buf.area.right() {
        return;
    }
    let width = width.min(buf.area.right() - x);
    let line = truncate_line(line, usize::from(width), theme.glyphs.ellipsis);
    buf.set_line(x, y, &line, width);
}

/// Lines from the top of an area, one a row, as many as fit.
pub fn put_lines(buf: &mut Buffer, area: Rect, lines: Vec<Line<'_>>, theme: &Theme) {
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        put_line(buf, area.x, y, area.width, line, theme);
    }
}

/// A text that scrolls (notes, details, help): its lines from the cursor's offset, with the
/// margin saying whether more lies above or below.
pub fn draw_text(
    buf: &mut Buffer,
    area: Rect,
    cursor: Cursor,
    lines: Vec<Line<'_>>,
    theme: &Theme,
) {
    let n = lines.len();
    let mut lines: Vec<Option<Line<'_>>> = lines.into_iter().map(Some).collect();
    draw_rows(buf, area, (cursor, n, 1), Focus::None, theme, |i| {
        lines
            .get_mut(i)
            .and_then(Option::take)
            .into_iter()
            .collect()
    });
}

/// A pane's title line: `─ Title ──────`, reversed when the pane has the focus.
pub fn pane_title(
    buf: &mut Buffer,
    area: Rect,
    title: Vec<Span<'_>>,
    focused: bool,
    theme: &Theme,
) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let style = if focused {
        theme.pane_focused
    } else {
        theme.pane
    };
    let rule = theme.glyphs.rule;
    let mut spans = vec![Span::styled(rule, theme.dim), Span::styled(" ", style)];
    spans.extend(title.into_iter().map(|s| {
        let patched = style.patch(s.style);
        Span::styled(s.content, patched)
    }));
    spans.push(Span::styled(" ", style));
    let used = line_width(&Line::from(spans.clone()));
    let rest = usize::from(area.width).saturating_sub(used);
    spans.push(Span::styled(rule.repeat(rest), theme.dim));
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
}

/// How a list shows its selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The list has the focus: the selected row is reversed and marked.
    Focused,
    /// Another pane has the focus: the selected row is bold and marked.
    Unfocused,
    /// A text that scrolls: nothing is selected.
    None,
}

/// Draws the rows of a list in sight (from the cursor's offset), each `row_height` lines tall,
/// the selected one marked with the cursor glyph and the selection style (on its first line).
/// `row` gives the lines of row `i`, already styled, for a width of `area.width - 2`. A text
/// that scrolls has no selection to mark: its margin shows instead whether more lies above or
/// below.
pub fn draw_rows<'a>(
    buf: &mut Buffer,
    area: Rect,
    list: (Cursor, usize, u16),
    focus: Focus,
    theme: &Theme,
    mut row: impl FnMut(usize) -> Vec<Line<'a>>,
) {
    let (cursor, len, row_height) = list;
    let row_height = row_height.max(1);
    let visible = usize::from(area.height / row_height);
    // The window is derived here, at draw time, whatever the state's offset says.
    let cursor = if focus == Focus::None {
        scroll::scrolled(cursor, len, visible)
    } else {
        scroll::settled(cursor, len, visible)
    };
    let indent = if area.width > 4 { 2 } else { 0 };
    for k in 0..visible {
        let i = cursor.offset + k;
        if i >= len {
            break;
        }
        let y = area.y + (k as u16) * row_height;
        let rect = Rect {
            y,
            height: row_height,
            ..area
        };
        for (j, line) in row(i).into_iter().take(usize::from(row_height)).enumerate() {
            put_line(
                buf,
                area.x + indent,
                y + j as u16,
                area.width - indent,
                line,
                theme,
            );
        }
        if i == cursor.selected && focus != Focus::None {
            let style = if focus == Focus::Focused {
                theme.selected
            } else {
                theme.selected_unfocused
            };
            // The row's first line (its name, with the cursor glyph) carries the selection, not
            // the figures under it: at 120 columns a move rewrote both full-width lines of the
            // old row and of the new one (docs/performance.md, bytes per key).
            buf.set_style(Rect { height: 1, ..rect }, style);
            if indent > 0 {
                buf.set_string(area.x, y, theme.glyphs.cursor, style);
            }
        }
    }
    if indent > 0 && visible > 0 {
        margins(buf, area, (cursor, len, row_height), focus, theme);
    }
}

/// The margin says whether more lies above (`↑` on the first row) or below (`↓` on the last),
/// where the cursor is not.
fn margins(buf: &mut Buffer, area: Rect, list: (Cursor, usize, u16), focus: Focus, theme: &Theme) {
    let (cursor, len, row_height) = list;
    let visible = usize::from(area.height / row_height);
    let selected = |k: usize| focus != Focus::None && cursor.offset + k == cursor.selected;
    let mut margin = |y: u16, glyph: &str| buf.set_string(area.x, y, glyph, theme.dim);
    if cursor.offset > 0 && !selected(0) {
        margin(area.y, theme.glyphs.more_above);
    }
    if cursor.offset + visible < len && !selected(visible - 1) {
        let last = u16::try_from(visible - 1).unwrap_or(0) * row_height;
        margin(area.y + last, theme.glyphs.more_below);
    }
}

/// Clears an area so a view drawn over another leaves nothing behind.
pub fn clear(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
        }
    }
}
