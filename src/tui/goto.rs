//! Digits: the goal with that code (`7` is goal 7). Digits typed in a row make one code when a
//! goal has it (`1 0` is goal 10), else the latest ones do (`7 3` is goal 3 when there is no
//! goal 73). In the overview the goal is selected; in a presentation it is shown; on a goal's
//! notes, its notes; elsewhere the overview opens at it and `Esc` comes back. Part of the update
//! step (called by `update` only).

use super::app::{App, Cursor, GoalScreen, Pane, Screen};
use super::navigate::{jump, select_goal};
use super::search::Found;
use super::words::{Label, say};

/// The most digits kept in a row: no code is longer.
const MOST: usize = 4;

pub(super) fn digit(app: &mut App, d: u8) {
    app.ui.code.push(char::from(b'0' + d.min(9)));
    if app.ui.code.len() > MOST {
        app.ui.code.remove(0);
    }
    let code = app.ui.code.clone();
    let found =
        (0..code.len()).find_map(|start| goal_with_code(app, &code[start..]).map(|g| (start, g)));
    let Some((start, goal)) = found else {
        let last = code.chars().last().map(String::from).unwrap_or_default();
        app.ui.note = Some(format!("{} {last}", say(app.locale, Label::NoGoalCode)));
        app.ui.code = last;
        return;
    };
    app.ui.code.drain(..start);
    go(app, goal);
}

/// The goal with this code; when no goal has a code, the one at this number counted from 1.
fn goal_with_code(app: &App, code: &str) -> Option<usize> {
    let goals = &app.data.dataset.goals;
    if goals.iter().all(|g| g.code.is_none()) {
        let n: usize = code.parse().ok()?;
        return (n >= 1 && n <= goals.len()).then(|| n - 1);
    }
    goals
        .iter()
        .position(|g| g.code.as_deref().map(str::trim) == Some(code))
}

fn go(app: &mut App, goal: usize) {
    let loc = app.locale;
    match app.ui.stack.last_mut() {
        None => {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Goals;
        }
        Some(Screen::Present(p)) => match p.goals.iter().position(|&g| g == goal) {
            Some(position) => {
                p.position = position;
                p.blank = false;
            }
            None => app.ui.note = Some(say(loc, Label::NotPresented).into_owned()),
        },
        Some(Screen::Goal(s)) => {
            *s = GoalScreen {
                goal,
                scroll: Cursor::default(),
                from_note: None,
            };
        }
        Some(_) => jump(app, Found::Goal(goal)),
    }
}
