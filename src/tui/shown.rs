//! What a frame of the state shows of each list, measured as the views draw it: each list's
//! length (a text's lines built at its pane's width) and rows in sight, and its window by the
//! rules of `scroll`. The event loop hands it to the update step after every frame
//! (`Action::Drawn`), as ratatui's `render_stateful_widget` leaves the offset it used in its
//! `ListState`; so `update` never builds a view to measure it.

use super::app::{App, Screen};
use super::content;
use super::layout::{self, List, ListArea};
use super::lists::{count, cursor_of};
use super::scroll::{Window, Windows};

/// The windows of every list on screen now.
#[must_use]
pub fn windows(app: &App) -> Windows {
    Windows(
        layout::lists(app)
            .iter()
            .filter_map(|area| window(app, area))
            .collect(),
    )
}

fn window(app: &App, area: &ListArea) -> Option<Window> {
    let cursor = *cursor_of(app, area.list)?;
    let width = area.rows.width;
    let (len, cursor) = match (area.list, app.screen()) {
        (List::Help, _) => (content::help::lines(app).len(), cursor),
        (List::Notes, Some(Screen::Goal(s))) => {
            let notes = content::goal::notes(app, s.goal, width);
            (notes.lines.len(), notes.scroll(s))
        }
        (List::Details, Some(Screen::Initiative(s))) => (
            content::initiative::details(app, s.initiative, width).len(),
            cursor,
        ),
        (list, _) => (count(app, list)?, cursor),
    };
    Some(Window::of(area.list, cursor, len, area.visible()))
}
