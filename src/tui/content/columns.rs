//! Lines laid out in columns: a table's columns that give way on a short line, a bar, items
//! wrapped after a label. Pure text, used by the content and the views alike.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::text::{line_width, truncate_line};
use crate::tui::theme::Theme;

/// A column of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Col {
    /// 0: always shown; higher numbers are dropped first when the width is short.
    pub priority: u8,
    /// Takes the width left over (titles), cut with an ellipsis; at least `min`.
    pub flex: bool,
    pub min: usize,
    /// Right-aligned (numbers).
    pub right: bool,
    /// At most this wide (cut with an ellipsis), so one long value does not crowd out the
    /// title; 0 for no limit.
    pub cap: usize,
}

impl Col {
    pub const fn fixed(priority: u8) -> Self {
        Self {
            priority,
            flex: false,
            min: 0,
            right: false,
            cap: 0,
        }
    }

    /// Like [`Col::fixed`], at most `cap` cells wide.
    pub const fn capped(priority: u8, cap: usize) -> Self {
        Self {
            cap,
            ..Self::fixed(priority)
        }
    }

    pub const fn number(priority: u8) -> Self {
        Self {
            priority,
            flex: false,
            min: 0,
            right: true,
            cap: 0,
        }
    }

    /// Like [`Col::number`], at most `cap` cells wide: a value with a long unit is cut, so
    /// the figures beside it keep their place.
    pub const fn capped_number(priority: u8, cap: usize) -> Self {
        Self {
            cap,
            ..Self::number(priority)
        }
    }

    pub const fn flex(min: usize) -> Self {
        Self {
            priority: 0,
            flex: true,
            min,
            right: false,
            cap: 0,
        }
    }
}

/// The width of each column (`None` when dropped) so the shown ones fit `total` with `gap`
/// between them. Empty columns are dropped; then the least important, the rightmost first.
pub fn widths(cols: &[Col], natural: &[usize], total: usize, gap: usize) -> Vec<Option<usize>> {
    let capped: Vec<usize> = cols
        .iter()
        .zip(natural)
        .map(|(c, &w)| if c.cap > 0 { w.min(c.cap) } else { w })
        .collect();
    let natural = &capped[..];
    let mut shown: Vec<bool> = cols
        .iter()
        .zip(natural)
        .map(|(c, &w)| c.flex || w > 0)
        .collect();
    let need = |shown: &[bool]| -> usize {
        let count = shown.iter().filter(|&&s| s).count();
        let cells: usize = cols
            .iter()
            .zip(natural)
            .zip(shown)
            .filter(|(_, s)| **s)
            .map(|((c, &w), _)| if c.flex { c.min.min(w.max(1)) } else { w })
            .sum();
        cells + gap * count.saturating_sub(1)
    };
    while need(&shown) > total {
        let drop = (0..cols.len())
            .filter(|&i| shown[i] && cols[i].priority > 0)
            .max_by_key(|&i| (cols[i].priority, i));
        match drop {
            Some(i) => shown[i] = false,
            None => break,
        }
    }
    let count = shown.iter().filter(|&&s| s).count();
    let fixed: usize = cols
        .iter()
        .zip(natural)
        .zip(&shown)
        .filter(|((c, _), s)| **s && !c.flex)
        .map(|((_, &w), _)| w)
        .sum();
    let flexes = cols
        .iter()
        .zip(&shown)
        .filter(|(c, s)| **s && c.flex)
        .count();
    let left = total.saturating_sub(fixed + gap * count.saturating_sub(1));
    let mut remaining = total;
    cols.iter()
        .zip(natural)
        .zip(&shown)
        .map(|((c, &w), &s)| {
            if !s {
                return None;
            }
            let width = if c.flex { left / flexes.max(1) } else { w }.min(remaining);
            remaining = remaining.saturating_sub(width + gap);
            Some(width)
        })
        .collect()
}

/// The natural width of each column over some rows.
pub fn natural_widths(rows: &[Vec<Line<'_>>], columns: usize) -> Vec<usize> {
    (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(line_width)
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Lays cells out in columns on one line.
pub fn columns_line<'a>(
    cells: Vec<Line<'a>>,
    cols: &[Col],
    widths: &[Option<usize>],
    gap: usize,
    theme: &Theme,
) -> Line<'a> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut first = true;
    for ((cell, col), width) in cells.into_iter().zip(cols).zip(widths) {
        let Some(width) = *width else {
            continue;
        };
        if !first {
            spans.push(Span::raw(" ".repeat(gap)));
        }
        first = false;
        let cut = truncate_line(cell, width, theme.glyphs.ellipsis);
        let pad = " ".repeat(width.saturating_sub(line_width(&cut)));
        if col.right {
            spans.push(Span::raw(pad));
            spans.extend(cut.spans);
        } else {
            spans.extend(cut.spans);
            spans.push(Span::raw(pad));
        }
    }
    Line::from(spans)
}

/// A progress bar of `width` cells for a percentage (clamped to 0–100 for drawing).
pub fn bar(pct: f64, width: usize, theme: &Theme, style: Style) -> Vec<Span<'static>> {
    let share = if pct.is_finite() {
        pct.clamp(0.0, 100.0) / 100.0
    } else {
        0.0
    };
    let full = ((share * width as f64).round() as usize).min(width);
    vec![
        Span::styled(theme.glyphs.bar_full.repeat(full), style),
        Span::styled(theme.glyphs.bar_empty.repeat(width - full), theme.dim),
    ]
}

/// Items joined by `sep` into lines of at most `width` cells, breaking only between items (an
/// item wider than a line is cut).
pub fn wrap_items<'a>(
    items: Vec<Line<'a>>,
    sep: &'static str,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut current: Vec<Span<'a>> = Vec::new();
    let mut used = 0;
    let sep_w = crate::tui::text::width(sep);
    for item in items {
        let w = line_width(&item);
        if !current.is_empty() && used + sep_w + w > width {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if !current.is_empty() {
            current.push(Span::styled(sep, theme.dim));
            used += sep_w;
        }
        let item = truncate_line(item, width, theme.glyphs.ellipsis);
        used += line_width(&item);
        current.extend(item.spans);
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_drop_least_important_first() {
        let cols = [Col::flex(10), Col::fixed(0), Col::fixed(2), Col::fixed(1)];
        let natural = [30, 10, 8, 6];
        assert_eq!(
            widths(&cols, &natural, 60, 1),
            [Some(33), Some(10), Some(8), Some(6)].to_vec()
        );
        assert_eq!(
            widths(&cols, &natural, 30, 1),
            [Some(12), Some(10), None, Some(6)].to_vec()
        );
        assert_eq!(
            widths(&cols, &natural, 20, 1),
            [Some(9), Some(10), None, None].to_vec()
        );
        let tiny = widths(&cols, &natural, 3, 1);
        assert!(tiny.iter().flatten().sum::<usize>() <= 3, "{tiny:?}");
    }

    #[test]
    fn capped_columns_leave_room_for_the_title() {
        let cols = [Col::flex(10), Col::capped(1, 8)];
        assert_eq!(
            widths(&cols, &[40, 50], 40, 2),
            [Some(30), Some(8)].to_vec()
        );
    }

    #[test]
    fn empty_columns_are_dropped() {
        let cols = [Col::flex(5), Col::fixed(0)];
        assert_eq!(widths(&cols, &[10, 0], 20, 1), [Some(20), None].to_vec());
    }

    #[test]
    fn bar_fills_by_share() {
        let theme = Theme::new(crate::tui::theme::ThemeOptions::default());
        let spans = bar(50.0, 10, &theme, Style::new());
        assert_eq!(spans[0].content, "█████");
        assert_eq!(spans[1].content, "░░░░░");
        let spans = bar(140.0, 4, &theme, Style::new());
        assert_eq!(spans[0].content, "████");
        let spans = bar(f64::NAN, 4, &theme, Style::new());
        assert_eq!(spans[1].content, "░░░░");
    }
}
