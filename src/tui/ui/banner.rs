//! The banner: one line under the header, there only when something needs saying. Either the
//! file's new version fails `check` (`✗ error: file:line:col: path: message`, exactly as
//! `check` prints it, and that the last good version is shown), or a short note answering a
//! key (`r` or `e` on the bundled dataset, an editor that did not start), gone at the next key.
//! The symbol and the word `error:` carry it without colour.

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

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    if area.height == 0 || !shown(app) {
        return;
    }
    // Drawn over a presentation's top line too: nothing of it may show through.
    clear(buf, Rect { height: 1, ..area });
    let (theme, loc) = (&app.theme, app.locale);
    let ascii = theme.ascii();
    let width = usize::from(area.width);
    if let Some(note) = &app.ui.note {
        let symbol = if ascii { "i" } else { "ℹ" };
        let line = Line::from(vec![
            Span::styled(format!("{symbol} "), theme.warning),
            Span::styled(theme.clean(note).into_owned(), theme.text),
        ]);
        put_line(buf, area.x, area.y, area.width, line, theme);
        return;
    }
    let Some(error) = &app.ui.reload_error else {
        return;
    };
    let style = theme.bad.add_modifier(Modifier::BOLD);
    let symbol = if ascii { "!" } else { "✗" };
    let suffix = format!("({})", say(loc, Label::LastGoodShown));
    let error = format!("{symbol} {}", theme.clean(&error.text));
    // The suffix stays while the error keeps 30 cells; the error is cut at its end.
    let suffix_w = text::width(&suffix) + 2;
    let room = if width >= suffix_w + 30 {
        width - suffix_w
    } else {
        width
    };
    let error = text::truncate(&error, room, theme.glyphs.ellipsis).into_owned();
    let mut spans = vec![Span::styled(error, style)];
    if room < width {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(suffix, theme.text));
    }
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
}
