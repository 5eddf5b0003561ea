//! Events become actions: keys, the mouse and resizes, by pure functions of the event and the
//! state (which screen is on top, what is under the pointer).

use ratatui::crossterm::event::{
    Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::app::App;
use super::keymap;
use super::layout::{self, ListArea};
use super::lists::{count, cursor_of, focused_list};

/// The action for an event, if any; mouse movement is always ignored.
pub fn action_for(event: &Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(*key, app),
        Event::Mouse(mouse) => mouse_action(*mouse, app),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// Keys are looked up in the one table of them (`keymap`) for the view on top.
fn key_action(key: KeyEvent, app: &App) -> Option<Action> {
    // A follower's own keys come first (`L`, `F`; `q` while the search box follows along).
    if let Some(action) = super::follow::key(key.code, app) {
        return Some(action);
    }
    keymap::action(key, app.view())
}

fn mouse_action(mouse: MouseEvent, app: &App) -> Option<Action> {
    let (x, y) = (mouse.column, mouse.row);
    let under = layout::lists(app).into_iter().find(|l| contains(l, x, y));
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            let area = under?;
            // The offset the last frame drew by: the row under the pointer is the one seen.
            let index = cursor_of(app, area.list)?.offset
                + usize::from((y - area.rows.y) / area.row_height.max(1));
            if count(app, area.list).is_none_or(|n| index >= n) {
                return None;
            }
            let selected = cursor_of(app, area.list).is_some_and(|c| c.selected == index);
            Some(if selected && focused_list(app) == Some(area.list) {
                Action::Activate(area.list, index)
            } else {
                Action::Select(area.list, index)
            })
        }
        MouseEventKind::ScrollDown => Some(Action::Scroll(
            under.map(|a| a.list).or(focused_list(app))?,
            1,
        )),
        MouseEventKind::ScrollUp => Some(Action::Scroll(
            under.map(|a| a.list).or(focused_list(app))?,
            -1,
        )),
        _ => None,
    }
}

fn contains(area: &ListArea, x: u16, y: u16) -> bool {
    let r = area.rows;
    x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height
}
