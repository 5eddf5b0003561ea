//! Events become actions: keys, the mouse and resizes, by pure functions of the event and the
//! state (which screen is on top, what is under the pointer).

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::app::{App, View};
use super::layout::{self, ListArea};
use super::lists::{cursor_of, focused_list, len};

/// The action for an event, if any; mouse movement is always ignored.
pub fn action_for(event: &Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(*key, app),
        Event::Mouse(mouse) => mouse_action(*mouse, app),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn key_action(key: KeyEvent, app: &App) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Some(Action::Quit);
    }
    if let Some(action) = super::follow::key(key.code, app) {
        return Some(action);
    }
    if app.ui.search.is_some() {
        return search_key(key, ctrl);
    }
    // Live reload's keys work on every screen (not in the search box, where they are text).
    match key.code {
        KeyCode::Char('r') if !ctrl => return Some(Action::Reload),
        KeyCode::Char('e') if !ctrl => return Some(Action::Edit),
        KeyCode::Char('y') if !ctrl => return Some(Action::Copy),
        _ => {}
    }
    if app.view() == View::Present {
        return present_key(key.code);
    }
    if let Some(action) = movement_key(key.code) {
        return Some(action);
    }
    let view = app.view();
    let browser = view == View::Browser;
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Char('/') => Action::Search,
        KeyCode::Char('b') => Action::Browser,
        KeyCode::Char('p') if view != View::Help => Action::Present,
        KeyCode::Char('n') if matches!(view, View::Overview | View::Indicator) => Action::Notes,
        KeyCode::Tab => Action::NextPane,
        KeyCode::BackTab => Action::PrevPane,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Enter => Action::Enter,
        KeyCode::Esc | KeyCode::Backspace => Action::Back,
        KeyCode::Char('s') if browser => Action::SortNext,
        KeyCode::Char('S') if browser => Action::SortPrev,
        KeyCode::Char('R') if browser => Action::SortReverse,
        KeyCode::Char('f') if browser => Action::FilterStatus,
        KeyCode::Char('o') if browser => Action::FilterOwner,
        KeyCode::Char('m') if browser => Action::FilterGoal,
        KeyCode::Char('x') if browser => Action::ClearFilters,
        _ => return None,
    })
}

fn movement_key(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        _ => return None,
    })
}

/// Presentation mode has keys of its own: a clicker's (Space, `PgDn`, `PgUp`) and the arrows.
fn present_key(code: KeyCode) -> Option<Action> {
    Some(match code {
        KeyCode::Char(' ' | 'l') | KeyCode::Right | KeyCode::PageDown => Action::NextGoal,
        KeyCode::Char('h') | KeyCode::Left | KeyCode::PageUp | KeyCode::Backspace => {
            Action::PrevGoal
        }
        KeyCode::Home | KeyCode::Char('g') => Action::FirstGoal,
        KeyCode::End | KeyCode::Char('G') => Action::LastGoal,
        KeyCode::Esc | KeyCode::Char('p') => Action::Present,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    })
}

fn search_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('u') if ctrl => Action::ClearQuery,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Char(c) if !ctrl && !c.is_control() => Action::Type(c),
        KeyCode::Up | KeyCode::BackTab => Action::Up,
        KeyCode::Down | KeyCode::Tab => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Enter => Action::Enter,
        KeyCode::Esc => Action::Back,
        KeyCode::Backspace => Action::Erase,
        _ => return None,
    })
}

fn mouse_action(mouse: MouseEvent, app: &App) -> Option<Action> {
    let (x, y) = (mouse.column, mouse.row);
    let under = layout::lists(app).into_iter().find(|l| contains(l, x, y));
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            let area = under?;
            let index = cursor_of(app, area.list)?.offset
                + usize::from((y - area.rows.y) / area.row_height.max(1));
            if index >= len(app, area.list) || area.list.scrolls_only() {
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
