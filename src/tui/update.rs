//! The update step: [`update`] applies an action to the state, the only code that changes it
//! after it is made, and says what the event loop should do outside ([`Effect`]).

use super::action::{Action, EditAt, EditRequest, Effect};
use super::app::{App, Pane, PresentScreen, Screen, Search};
use super::browse::{filter, sort};
use super::lists::{drawn, move_by, page, select, step};
use super::navigate::{
    back, edit_query, enter, open_notes, select_goal, sideways, switch_pane, toggle_browser,
    toggle_help,
};
use super::words::{Label, say};
use crate::format::{Word, capitalize};

/// Applies an action, and returns what should happen outside the state, if anything.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    // A note answers one key: the next one takes it away.
    if action.is_input() {
        app.ui.note = None;
        // Digits typed in a row make one code; any other key starts a new one.
        if !matches!(action, Action::Digit(_)) {
            app.ui.code.clear();
        }
    }
    // A follower in step with its presenter moves only with them.
    if super::follow::holds(app, &action) {
        return None;
    }
    apply(app, action)
}

/// The actions whose work is partly outside the state answer with an effect; the rest only
/// change the state ([`change`]).
fn apply(app: &mut App, action: Action) -> Option<Effect> {
    // The browser's query being typed, or its pick list, takes the keys it has.
    if super::browse::typing(app, &action) {
        return None;
    }
    match action {
        Action::Quit => Some(quit(app)),
        Action::Copy => copy(app),
        Action::Reload | Action::FileChanged => load(app, &action),
        Action::Edit => edit(app),
        Action::Edited(result) => edited(app, result),
        Action::Follow(message) => super::follow::follow(app, *message),
        Action::MarkReview => Some(Effect::MarkReview(app.file.clone())),
        action => {
            change(app, action);
            None
        }
    }
}

/// The actions that change the state only, by what they are about.
fn change(app: &mut App, action: Action) {
    match action {
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom
        | Action::Select(..)
        | Action::Activate(..)
        | Action::Scroll(..)
        | Action::Drawn(_) => in_list(app, action),
        Action::NextPane
        | Action::PrevPane
        | Action::Left
        | Action::Right
        | Action::Enter
        | Action::Back
        | Action::Help
        | Action::Browser
        | Action::Notes
        | Action::Changes
        | Action::Breakdowns => navigate(app, &action),
        Action::Search
        | Action::Type(_)
        | Action::Erase
        | Action::ClearQuery
        | Action::SortNext
        | Action::SortPrev
        | Action::SortReverse
        | Action::FilterStatus
        | Action::FilterOwner
        | Action::FilterGoal
        | Action::FilterText
        | Action::ClearFilters => query(app, &action),
        Action::Present
        | Action::Blank
        | Action::Restart
        | Action::Pause
        | Action::Digit(_)
        | Action::NextGoal
        | Action::PrevGoal
        | Action::FirstGoal
        | Action::LastGoal
        | Action::Advance
        | Action::StartPresentation { .. } => present(app, action),
        Action::StartFollowing
        | Action::PresenterJoined
        | Action::PresenterLeft
        | Action::LookAround
        | Action::SnapBack => super::follow::update(app, &action),
        Action::Resize(..)
        | Action::Loaded(_)
        | Action::RestoreSelection(_)
        | Action::Reviewed(_)
        | Action::Baseline(_) => data(app, action),
        // The rest are answered with an effect by `apply`.
        _ => {}
    }
}

/// Moves in the list with the focus (or the one named), or takes back a frame's windows.
fn in_list(app: &mut App, action: Action) {
    match action {
        Action::Up => move_by(app, -1),
        Action::Down => move_by(app, 1),
        Action::PageUp => move_by(app, -page(app)),
        Action::PageDown => move_by(app, page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::Select(list, index) => select(app, list, index),
        Action::Activate(list, index) => {
            select(app, list, index);
            enter(app);
        }
        Action::Scroll(list, delta) => step(app, list, isize::from(delta)),
        Action::Drawn(windows) => drawn(app, windows),
        _ => {}
    }
}

/// Between panes and screens.
fn navigate(app: &mut App, action: &Action) {
    match action {
        Action::NextPane => switch_pane(app, true, true),
        Action::PrevPane => switch_pane(app, false, true),
        Action::Left => sideways(app, false),
        Action::Right => sideways(app, true),
        Action::Enter => enter(app),
        Action::Back => back(app),
        Action::Help => toggle_help(app),
        Action::Browser => toggle_browser(app),
        Action::Notes => open_notes(app),
        Action::Changes => super::changes::open_changes(app),
        Action::Breakdowns => super::breakdown::toggle(app),
        _ => {}
    }
}

/// The search box, and the browser's sort and filters.
fn query(app: &mut App, action: &Action) {
    match action {
        Action::Search => {
            // On the breakdowns, `/` filters their values.
            if !super::breakdown::start_filter(app) {
                app.ui.search = Some(Search::default());
            }
        }
        Action::Type(c) => edit_query(app, |q| q.push(*c)),
        Action::Erase => erase(app),
        Action::ClearQuery => edit_query(app, String::clear),
        Action::SortNext | Action::SortPrev | Action::SortReverse => sort(app, action),
        _ => filter(app, action),
    }
}

/// The presentation: in and out, its goals, the room's keys and digits.
fn present(app: &mut App, action: Action) {
    match action {
        Action::Present => toggle_present(app),
        Action::Blank | Action::Restart | Action::Pause => super::room::update(app, &action),
        Action::Digit(d) => super::goto::digit(app, d),
        Action::NextGoal => turn(app, |p, n| (p + 1) % n),
        Action::PrevGoal => turn(app, |p, n| (p + n - 1) % n),
        Action::FirstGoal => turn(app, |_, _| 0),
        Action::LastGoal => turn(app, |_, n| n - 1),
        Action::Advance if app.advance_every().is_some() => turn(app, |p, n| (p + 1) % n),
        Action::StartPresentation { goals, every } => start_presentation(app, goals, every),
        _ => {}
    }
}

/// What comes from outside the state: the terminal's size, a version read, a selection put
/// back, a review mark, a baseline.
fn data(app: &mut App, action: Action) {
    match action {
        Action::Resize(w, h) => app.ui.size = (w, h),
        Action::Loaded(version) => {
            let changed = super::reload::apply(app, *version);
            super::follow::reloaded(app);
            reloaded(app, changed);
        }
        Action::RestoreSelection(selection) => super::reload::restore_selection(app, &selection),
        Action::Reviewed(result) => super::changes::reviewed(app, result),
        Action::Baseline(read) => super::changes::baseline(app, read),
        _ => {}
    }
}

/// `q`: out of the presentation first, so the goal shown is what is remembered.
fn quit(app: &mut App) -> Effect {
    if super::room::presenting(app) {
        toggle_present(app);
    }
    Effect::Quit
}

fn erase(app: &mut App) {
    if app.ui.search.as_ref().is_some_and(|s| s.query.is_empty()) {
        app.ui.search = None;
    } else {
        edit_query(app, |q| {
            q.pop();
        });
    }
}

/// `r` or a change seen by the watch: the file is read again; `r` on the bundled dataset
/// says there is none.
fn load(app: &mut App, action: &Action) -> Option<Effect> {
    if let Some(file) = &app.file {
        app.ui.reload_asked |= *action == Action::Reload;
        return Some(Effect::Load(file.clone()));
    }
    if *action == Action::Reload {
        app.ui.note = Some(say(app.locale, Label::NoFile).into());
    }
    None
}

/// A version read after `r` says so (a failed one says why in the banner); one the watch
/// read stays quiet.
fn reloaded(app: &mut App, changed: Option<bool>) {
    if !std::mem::take(&mut app.ui.reload_asked) {
        return;
    }
    let label = match changed {
        Some(true) => Label::Reloaded,
        Some(false) => Label::ReloadedSame,
        None => return,
    };
    app.ui.note = Some(say(app.locale, label).into_owned());
}

/// `e`: the editor at the banner's error, else at what is selected.
fn edit(app: &mut App) -> Option<Effect> {
    let Some(file) = app.file.clone() else {
        app.ui.note = Some(say(app.locale, Label::NoFile).into());
        return None;
    };
    let at = match (&app.ui.reload_error, super::editor::selected_path(app)) {
        (Some(error), _) => EditAt::Line(error.line),
        (None, Some(path)) => EditAt::Value(path),
        (None, None) => EditAt::Start,
    };
    Some(Effect::Edit(EditRequest { file, at }))
}

/// Back from the editor (or it could not be had): a note says why not, and the file is read
/// again either way.
fn edited(app: &mut App, result: Result<(), super::editor::EditorError>) -> Option<Effect> {
    if let Err(why) = result {
        let label = say(app.locale, Label::EditorFailed);
        app.ui.note = Some(format!("{label}: {why}"));
    }
    app.file.clone().map(Effect::Load)
}

/// `y`: the goal in view for the clipboard, and a note saying what was copied (or that there
/// is no goal here to copy).
fn copy(app: &mut App) -> Option<Effect> {
    use super::copy::{COPY_LIMIT, capped};
    let summary = super::copy::summary(app);
    copied(app);
    let (summary, cut) = capped(summary?, COPY_LIMIT);
    if cut && let Some(note) = app.ui.note.as_mut() {
        note.push(' ');
        note.push_str(&say(app.locale, Label::CopyCut));
    }
    Some(Effect::Copy(summary))
}

/// Says what `y` put on the clipboard, or that there is no goal here to copy.
fn copied(app: &mut App) {
    let loc = app.locale;
    if let Some(n) = super::copy::initiative_in_view(app) {
        let title = &app.data.dataset.initiatives[n].title;
        let title =
            crate::tui::text::truncate(&app.theme.clean(title), 40, app.theme.glyphs.ellipsis)
                .into_owned();
        app.ui.note = Some(format!(
            "{} {title} {}",
            say(loc, Label::Initiative),
            say(loc, Label::Copied)
        ));
        return;
    }
    app.ui.note = Some(match app.goal_in_view() {
        Some(g) => {
            let goal = &app.data.dataset.goals[g];
            let name = goal.code.as_deref().unwrap_or(goal.id.as_str());
            format!(
                "{} {} {}",
                capitalize(&loc.word(Word::Goal)),
                app.theme.clean(name),
                say(loc, Label::Copied)
            )
        }
        None => say(loc, Label::NothingToCopy).into_owned(),
    });
}

/// Opens presentation mode over everything, as `goalboard present` starts.
fn start_presentation(app: &mut App, goals: Vec<usize>, every: Option<std::time::Duration>) {
    let n = app.data.dataset.goals.len();
    let goals: Vec<usize> = goals.into_iter().filter(|&g| g < n).collect();
    if goals.is_empty() {
        return;
    }
    app.ui.stack.push(Screen::Present(PresentScreen {
        goals,
        position: 0,
        every,
        standalone: true,
        ..PresentScreen::default()
    }));
}

/// Opens presentation mode over the screen shown, at the goal selected in the overview, every
/// goal in the dataset's order; or leaves it. Leaving returns to exactly where the user was;
/// a presentation that `goalboard present` opened leaves the goal shown selected.
fn toggle_present(app: &mut App) {
    if let Some(Screen::Present(p)) = app.ui.stack.last() {
        let shown = p.standalone.then(|| p.goal()).flatten();
        app.ui.stack.pop();
        if let Some(goal) = shown {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Goals;
        }
        return;
    }
    // From a goal's notes, that goal (←→ may have moved on from the overview's).
    let shown = match app.ui.stack.last() {
        Some(Screen::Goal(s)) => Some(s.goal),
        _ => app.goal(),
    };
    let Some(goal) = shown else {
        return;
    };
    app.ui.search = None;
    app.ui.stack.push(Screen::Present(PresentScreen {
        goals: (0..app.data.dataset.goals.len()).collect(),
        position: goal,
        every: None,
        standalone: false,
        ..PresentScreen::default()
    }));
}

/// Moves the presentation on top to another of its goals: `to(position, count)`.
fn turn(app: &mut App, to: impl FnOnce(usize, usize) -> usize) {
    if super::room::unblank(app) {
        return;
    }
    if let Some(Screen::Present(p)) = app.ui.stack.last_mut()
        && !p.goals.is_empty()
    {
        p.position = to(p.position.min(p.goals.len() - 1), p.goals.len());
    }
}
