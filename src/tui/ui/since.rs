//! The changes since a baseline on screen: the line under the header ("since 20 mar 2017:
//! 3 new values · 1 revised · …"), the marker beside changed items in the lists, and the
//! changes screen (`c`), goal by goal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::{App, Screen};
use crate::tui::ui::widgets::put_line;

/// The marker beside a changed item: `Δ`, or `*` in ASCII.
pub fn marker(app: &App) -> &'static str {
    if app.theme.ascii() { "*" } else { "Δ" }
}

/// The marker as a span when `changed`, else as wide a blank.
pub fn marker_span(app: &App, changed: bool) -> Span<'static> {
    if changed {
        Span::styled(marker(app), app.theme.warning)
    } else {
        Span::raw(" ")
    }
}

/// The line of changes under the header: worked out once per comparison, only drawn here.
pub fn line(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(since) = &app.since else {
        return;
    };
    if area.height == 0 {
        return;
    }
    let style = if since.changes.is_empty() {
        app.theme.dim
    } else {
        app.theme.warning
    };
    let line = Line::from(vec![
        Span::styled(format!("{} ", marker(app)), style),
        Span::styled(since.line.clone(), app.theme.text),
    ]);
    put_line(buf, area.x, area.y, area.width, line, &app.theme);
}

/// "Changes since 20 mar 2017", the changes screen's name in the header.
pub fn title(app: &App) -> String {
    let loc = app.locale;
    let origin = app
        .since
        .as_ref()
        .map(|s| crate::report::changes::origin_short(loc, &s.origin))
        .unwrap_or_default();
    crate::format::capitalize(&format!(
        "{} {origin}",
        crate::report::changes::label(loc, crate::report::changes::Label::ChangesSince)
    ))
}

/// The changes screen: each goal's heading, then its changes, the selected row opening its
/// item with Enter.
pub fn changes(area: Rect, buf: &mut Buffer, app: &App) {
    let (Some(since), Some(Screen::Changes(screen))) = (&app.since, app.screen()) else {
        return;
    };
    let theme = &app.theme;
    if since.rows.is_empty() {
        let text = crate::report::changes::label(
            app.locale,
            crate::report::changes::Label::NothingChanged,
        );
        put_line(
            buf,
            area.x + 2,
            area.y,
            area.width.saturating_sub(2),
            Line::styled(text, theme.dim),
            theme,
        );
        return;
    }
    let cursor = screen.rows;
    let end = (cursor.offset + usize::from(area.height)).min(since.rows.len());
    for (y, i) in (cursor.offset..end).enumerate() {
        let row = &since.rows[i];
        let indent = " ".repeat(2 * usize::from(row.depth));
        let style = if i == cursor.selected {
            theme.selected
        } else if row.heading {
            theme.heading
        } else {
            theme.text
        };
        let pointer = if i == cursor.selected {
            theme.glyphs.cursor
        } else {
            " "
        };
        let line = Line::from(vec![
            Span::styled(pointer.to_owned(), style),
            Span::styled(format!("{indent}{}", row.text), style),
        ]);
        put_line(buf, area.x, area.y + y as u16, area.width, line, theme);
    }
}
