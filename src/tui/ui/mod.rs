//! The views: each draws from `&App` and nothing else. [`draw`] lays out the header, the body
//! of the screen on top and the footer, and hands each part to its file.
//!
//! In ASCII mode a last pass replaces any glyph outside ASCII that a widget drew on its own
//! (the chart's axis lines), so `--ascii` holds whatever a widget does.

pub mod banner;
pub mod big;
pub mod breakdown;
pub mod browser;
pub use super::content::figures;
pub mod footer;
pub mod goal;
pub mod header;
pub mod help;
pub mod indicator;
pub mod initiative;
pub mod marks;
pub mod overview;
pub mod plot;
pub mod present;
pub mod search;
pub mod since;
pub mod too_small;
pub mod widgets;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::{App, Screen};
use super::layout;

/// Draws the dashboard into a frame, and puts the cursor in the search box when it is open.
pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let area = frame.area();
    render(area, frame.buffer_mut(), app);
    let typing = search::cursor_position(app, area).or(browser::cursor_position(app, area));
    if let Some(position) = typing {
        frame.set_cursor_position(position);
    }
}

/// Draws the dashboard into a buffer.
pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let area = area.intersection(buf.area);
    if layout::too_small(area) {
        too_small::render(area, buf, app);
    } else if let (None, Some(Screen::Present(_))) = (&app.ui.search, app.screen()) {
        // The whole terminal: a presentation has a header and footer of its own.
        present::render(area, buf, app);
        // A failed reload matters most in a meeting: over the presentation's top line.
        if banner::shown(app) {
            banner::render(
                layout::split_top(area, banner::height(app, area.width))[0],
                buf,
                app,
            );
        }
    } else {
        let f = layout::frame(app, area);
        header::render(f.header, buf, app);
        since::line(f.since, buf, app);
        banner::render(f.banner, buf, app);
        if app.ui.search.is_some() {
            search::render(f.body, buf, app);
        } else {
            match app.screen() {
                None => overview::render(f.body, buf, app),
                Some(Screen::Indicator(_)) => indicator::render(f.body, buf, app),
                Some(Screen::Initiative(_)) => initiative::render(f.body, buf, app),
                Some(Screen::Browser(_)) => browser::render(f.body, buf, app),
                Some(Screen::Help(_)) => help::render(f.body, buf, app),
                Some(Screen::Present(_)) => {}
                Some(Screen::Goal(_)) => goal::render(f.body, buf, app),
                Some(Screen::Changes(_)) => since::changes(f.body, buf, app),
                Some(Screen::Breakdowns(_)) => breakdown::render(f.body, buf, app),
            }
        }
        footer::render(f.footer, buf, app);
    }
    if app.theme.ascii() {
        ascii_only(buf, area);
    }
}

/// Replaces every glyph outside ASCII in an area: box drawing by its ASCII look-alike, anything
/// else by its nearest ASCII letter, or `?`.
fn ascii_only(buf: &mut Buffer, area: Rect) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if cell.symbol().is_ascii() {
                continue;
            }
            let replacement = match cell.symbol() {
                "─" | "━" | "═" => "-".to_owned(),
                "│" | "┃" | "║" => "|".to_owned(),
                "┌" | "┐" | "└" | "┘" | "├" | "┤" | "┬" | "┴" | "┼" => {
                    "+".to_owned()
                }
                other => {
                    let plain = deunicode::deunicode_with_tofu(other, "?");
                    plain
                        .chars()
                        .next()
                        .filter(char::is_ascii_graphic)
                        .unwrap_or('?')
                        .to_string()
                }
            };
            cell.set_symbol(&replacement);
        }
    }
}
