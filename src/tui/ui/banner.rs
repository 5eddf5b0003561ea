//! The banner: a line under the header (two when an error needs them), there only when
//! something needs saying. Either the file's new version fails `check` (`✗ error:
//! file:line:col: path: message`, exactly as `check` prints it, and that the last good version
//! is shown), or a short note answering a key (`r` or `e` on the bundled dataset, an editor
//! that did not start), gone at the next key. The symbol and the word `error:` carry it
//! without colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::text;
use crate::tui::ui::widgets::{clear, put_line};
use crate::tui::words::{Label, say};

/// Whether the banner takes its line (the layout asks).
pub fn shown(app: &App) -> bool {
    app.ui.note.is_some() || app.ui.reload_error.is_some()
}

/// How many rows the banner takes at a width: none, one, or two for an error that does not fit
/// one line beside "(last good version shown)" (at 80 columns the message itself would be cut).
pub fn height(app: &App, width: u16) -> u16 {
    if !shown(app) {
        return 0;
    }
    if app.ui.note.is_some() {
        return 1;
    }
    match error_lines(app, usize::from(width)) {
        Some(lines) => u16::try_from(lines.len()).unwrap_or(2),
        None => 1,
    }
}

/// The error's text and the suffix, laid out in one or two lines of `width`; `None` for a note.
fn error_lines(app: &App, width: usize) -> Option<Vec<Line<'static>>> {
    let error = app.ui.reload_error.as_ref()?;
    let (theme, loc) = (&app.theme, app.locale);
    let style = theme.bad.add_modifier(Modifier::BOLD);
    let symbol = if theme.ascii() { "!" } else { "✗" };
    let suffix = format!("({})", say(loc, Label::LastGoodShown));
    let error = format!("{symbol} {}", theme.clean(&error.text));
    let suffix_w = text::width(&suffix) + 2;
    if text::width(&error) + suffix_w <= width {
        return Some(vec![Line::from(vec![
            Span::styled(error, style),
            Span::raw("  "),
            Span::styled(suffix, theme.text),
        ])]);
    }
    // Two lines: the error wrapped, the suffix after it when it fits, the rest cut with `…`.
    let mut lines: Vec<Line<'static>> = text::wrap_clipped(&error, width, theme.glyphs.ellipsis, 2)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style)))
        .collect();
    if lines.len() == 1 {
        lines.push(Line::default());
    }
    if let Some(last) = lines.last_mut()
        && last.width() + suffix_w <= width
    {
        last.spans.push(Span::raw("  "));
        last.spans.push(Span::styled(suffix, theme.text));
    }
    Some(lines)
}

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    if area.height == 0 || !shown(app) {
        return;
    }
    let theme = &app.theme;
    let ascii = theme.ascii();
    let width = usize::from(area.width);
    // Each row is cleared before it is drawn: the banner is drawn over a presentation's top
    // line too, and nothing of that may show through.
    let row = |y: u16| Rect {
        y,
        height: 1,
        ..area
    };
    if let Some(note) = &app.ui.note {
        clear(buf, row(area.y));
        let symbol = if ascii { "i" } else { "ℹ" };
        let line = Line::from(vec![
            Span::styled(format!("{symbol} "), theme.warning),
            Span::styled(theme.clean(note).into_owned(), theme.text),
        ]);
        put_line(buf, area.x, area.y, area.width, line, theme);
        return;
    }
    let Some(lines) = error_lines(app, width) else {
        return;
    };
    for (i, line) in lines.into_iter().enumerate().take(usize::from(area.height)) {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        clear(buf, row(y));
        put_line(buf, area.x, y, area.width, line, theme);
    }
}
