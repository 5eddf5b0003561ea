//! Presentation mode's own keys, as a presenter's clicker sends them: `b` or `.` blanks the
//! screen (again: back), F5 starts again from the first goal, `s` pauses moving on by itself;
//! `q` leaves the presentation before the program ends, so what is remembered and what
//! followers see is the goal shown. Part of the update step (called by `update` only).

use super::action::Action;
use super::app::{App, Screen};
use super::words::{Label, say};

/// `b` `.`, F5 and `s` on the presentation on top.
pub(super) fn update(app: &mut App, action: &Action) {
    let loc = app.locale;
    let Some(Screen::Present(p)) = app.ui.stack.last_mut() else {
        return;
    };
    match action {
        Action::Blank => p.blank = !p.blank,
        Action::Restart => {
            p.position = 0;
            p.blank = false;
            p.paused = false;
        }
        Action::Pause if p.every.is_some() => p.paused = !p.paused,
        Action::Pause => app.ui.note = Some(say(loc, Label::NoEvery).into_owned()),
        _ => {}
    }
}

/// Whether a key that moves only takes the blank away (as a clicker's next does in
/// PowerPoint): the room sees the slide it left before the next one.
pub(super) fn unblank(app: &mut App) -> bool {
    match app.ui.stack.last_mut() {
        Some(Screen::Present(p)) if p.blank => {
            p.blank = false;
            true
        }
        _ => false,
    }
}

/// Whether the presentation is on top (`q` leaves it first).
pub(super) fn presenting(app: &App) -> bool {
    matches!(app.ui.stack.last(), Some(Screen::Present(_)))
}
