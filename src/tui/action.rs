//! Events become actions ([`action_for`], pure), and actions change the state ([`update`], the
//! only code that does). Navigation is therefore tested without a terminal.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::app::{
    App, Cursor, GoalScreen, HelpScreen, IndicatorScreen, InitiativePane, InitiativeScreen, Pane,
    PresentScreen, Screen, Search, View,
};
use super::browse::{filter, open_browser, sort};
use super::layout::{self, List, ListArea};
use super::lists::{
    cursor_of, focused_list, goal_changed, len, move_by, page, select, settle, step,
};
use super::prepared::IndicatorRef;
use super::search::Found;
use super::ui;
use super::words::{Label, say};
use crate::format::{Word, capitalize};

/// Something the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Tab and Shift-Tab: the next or previous pane, round.
    NextPane,
    PrevPane,
    /// ← and →: the pane beside, or the indicator beside on the indicator screen.
    Left,
    Right,
    Enter,
    Back,
    Search,
    Help,
    Browser,
    Quit,
    /// A character typed into the search box.
    Type(char),
    /// Backspace in the search box.
    Erase,
    /// Ctrl-U in the search box.
    ClearQuery,
    SortNext,
    SortPrev,
    SortReverse,
    FilterStatus,
    FilterOwner,
    FilterGoal,
    ClearFilters,
    /// A click on a row.
    Select(List, usize),
    /// A click on the row already selected: open it.
    Activate(List, usize),
    /// The mouse wheel over a list.
    Scroll(List, i8),
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
    /// `p`: presentation mode from the selected goal, or back from it.
    Present,
    /// In presentation mode: the next or previous goal (round), the first, the last.
    NextGoal,
    PrevGoal,
    FirstGoal,
    LastGoal,
    /// The presentation's interval passed without a key: the next goal, round. Does nothing
    /// unless a presentation with an interval is on top.
    Advance,
    /// `r`: read the file again (the event loop does; on the bundled dataset, a note).
    Reload,
    /// `e`: the file in the user's editor (the event loop does; on the bundled dataset, a note).
    Edit,
    /// `n`: the status notes of the goal selected in the overview, or of the indicator's goal.
    Notes,
    /// `y`: the goal in view as Markdown on the clipboard (the event loop writes it; the
    /// update step says so in a note).
    Copy,
    /// `M`: mark the dataset reviewed now (the event loop writes the mark).
    MarkReview,
    /// `c`: the changes since the baseline, goal by goal.
    Changes,
}

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
    if app.ui.search.is_some() {
        return search_key(key, ctrl);
    }
    // Live reload's keys work on every screen (not in the search box, where they are text).
    match key.code {
        KeyCode::Char('r') if !ctrl => return Some(Action::Reload),
        KeyCode::Char('e') if !ctrl => return Some(Action::Edit),
        KeyCode::Char('y') if !ctrl => return Some(Action::Copy),
        KeyCode::Char('M') if !ctrl => return Some(Action::MarkReview),
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
        KeyCode::Char('c') => Action::Changes,
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

/// Applies an action. Returns whether anything on screen changed, so the caller draws only then.
pub fn update(app: &mut App, action: Action) -> bool {
    let before = app.ui.clone();
    // A note answers one key: the next one takes it away (a resize or a timer does not).
    if !matches!(action, Action::Resize(..) | Action::Advance) {
        app.ui.note = None;
    }
    apply(app, action);
    settle(app);
    app.ui != before
}

fn apply(app: &mut App, action: Action) {
    match action {
        Action::Up => move_by(app, -1),
        Action::Down => move_by(app, 1),
        Action::PageUp => move_by(app, -page(app)),
        Action::PageDown => move_by(app, page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::NextPane => switch_pane(app, true, true),
        Action::PrevPane => switch_pane(app, false, true),
        Action::Left => sideways(app, false),
        Action::Right => sideways(app, true),
        Action::Enter => enter(app),
        Action::Back => back(app),
        Action::Search => app.ui.search = Some(Search::default()),
        Action::Help => toggle_help(app),
        Action::Browser => toggle_browser(app),
        Action::Quit => app.ui.quit = true,
        Action::Type(c) => edit_query(app, |q| q.push(c)),
        Action::Erase => {
            if app.ui.search.as_ref().is_some_and(|s| s.query.is_empty()) {
                app.ui.search = None;
            } else {
                edit_query(app, |q| {
                    q.pop();
                });
            }
        }
        Action::ClearQuery => edit_query(app, String::clear),
        Action::SortNext | Action::SortPrev | Action::SortReverse => sort(app, action),
        Action::FilterStatus | Action::FilterOwner | Action::FilterGoal | Action::ClearFilters => {
            filter(app, action);
        }
        Action::Select(list, index) => select(app, list, index),
        Action::Activate(list, index) => {
            select(app, list, index);
            enter(app);
        }
        Action::Scroll(list, delta) => step(app, list, isize::from(delta)),
        Action::Resize(w, h) => app.ui.size = (w, h),
        Action::Reload | Action::Edit => {
            if app.file.is_none() {
                app.ui.note =
                    Some(super::words::say(app.locale, super::words::Label::NoFile).into());
            }
        }
        Action::Present => toggle_present(app),
        Action::Notes => open_notes(app),
        Action::Copy => copied(app),
        // The event loop marks; in tests and replays nothing happens.
        Action::MarkReview => {}
        Action::Changes => super::since::open_changes(app),
        Action::NextGoal => turn(app, |p, n| (p + 1) % n),
        Action::PrevGoal => turn(app, |p, n| (p + n - 1) % n),
        Action::FirstGoal => turn(app, |_, _| 0),
        Action::LastGoal => turn(app, |_, n| n - 1),
        Action::Advance => {
            if app.advance_every().is_some() {
                turn(app, |p, n| (p + 1) % n);
            }
        }
    }
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
    }));
}

/// Moves the presentation on top to another of its goals: `to(position, count)`.
fn turn(app: &mut App, to: impl FnOnce(usize, usize) -> usize) {
    if let Some(Screen::Present(p)) = app.ui.stack.last_mut()
        && !p.goals.is_empty()
    {
        p.position = to(p.position.min(p.goals.len() - 1), p.goals.len());
    }
}

fn switch_pane(app: &mut App, forward: bool, round: bool) {
    match app.ui.stack.last_mut() {
        None => {
            let focus = app.ui.overview.focus;
            let next = if forward { focus.next() } else { focus.prev() };
            let wrapped = if forward {
                next == Pane::Goals
            } else {
                next == Pane::Initiatives
            };
            if round || !wrapped {
                app.ui.overview.focus = next;
            }
        }
        Some(Screen::Initiative(s)) => {
            let has_measures = app
                .data
                .dataset
                .initiatives
                .get(s.initiative)
                .is_some_and(|i| !i.measures.is_empty());
            s.focus = match (round, forward, s.focus) {
                _ if !has_measures => InitiativePane::Details,
                (true, _, InitiativePane::Measures) | (false, true, _) => InitiativePane::Details,
                _ => InitiativePane::Measures,
            };
        }
        _ => {}
    }
}

fn sideways(app: &mut App, forward: bool) {
    match app.ui.stack.last_mut() {
        Some(Screen::Indicator(s)) => {
            let n = app.data.siblings(s.indicator);
            let (IndicatorRef::Goal { index, .. } | IndicatorRef::Measure { index, .. }) =
                &mut s.indicator;
            let next = if forward {
                (*index + 1).min(n.saturating_sub(1))
            } else {
                index.saturating_sub(1)
            };
            if next != *index {
                *index = next;
                s.points = Cursor::default();
            }
        }
        Some(Screen::Goal(s)) => {
            let n = app.data.dataset.goals.len();
            let next = if forward {
                (s.goal + 1).min(n.saturating_sub(1))
            } else {
                s.goal.saturating_sub(1)
            };
            if next != s.goal {
                *s = GoalScreen {
                    goal: next,
                    scroll: Cursor::default(),
                };
            }
        }
        Some(Screen::Browser(_)) => sort(
            app,
            if forward {
                Action::SortNext
            } else {
                Action::SortPrev
            },
        ),
        _ => switch_pane(app, forward, false),
    }
}

fn enter(app: &mut App) {
    if let Some(search) = &app.ui.search {
        let hit = search.hits.get(search.cursor.selected).copied();
        if let Some(found) = hit.and_then(|h| app.data.found(h)) {
            jump(app, found);
        }
        return;
    }
    match app.ui.stack.last() {
        None => match app.ui.overview.focus {
            Pane::Goals => {
                let has_indicators = len(app, List::Indicators) > 0;
                app.ui.overview.focus = if has_indicators {
                    Pane::Indicators
                } else {
                    Pane::Initiatives
                };
            }
            Pane::Indicators => {
                if let Some(r) = app.selected_indicator() {
                    open_indicator(app, r, 0);
                }
            }
            Pane::Initiatives => {
                if let Some(n) = app.selected_initiative() {
                    open_initiative(app, n, InitiativePane::Measures);
                }
            }
        },
        Some(Screen::Initiative(s)) if s.focus == InitiativePane::Measures => {
            let r = IndicatorRef::Measure {
                initiative: s.initiative,
                index: s.measures.selected,
            };
            if app.data.indicator(r).is_some() {
                open_indicator(app, r, 0);
            }
        }
        Some(Screen::Browser(b)) => {
            if let Some(&n) = b.rows.get(b.cursor.selected) {
                open_initiative(app, n, InitiativePane::Measures);
            }
        }
        Some(Screen::Changes(s)) => {
            if let Some(found) = super::since::found(app, s.rows.selected) {
                jump(app, found);
            }
        }
        _ => {}
    }
}

fn open_indicator(app: &mut App, indicator: IndicatorRef, point: usize) {
    let points = Cursor {
        selected: point,
        offset: 0,
    };
    app.ui
        .stack
        .push(Screen::Indicator(IndicatorScreen { indicator, points }));
}

fn open_initiative(app: &mut App, initiative: usize, focus: InitiativePane) {
    let has_measures = app
        .data
        .dataset
        .initiatives
        .get(initiative)
        .is_some_and(|i| !i.measures.is_empty());
    let focus = if has_measures {
        focus
    } else {
        InitiativePane::Details
    };
    app.ui.stack.push(Screen::Initiative(InitiativeScreen {
        initiative,
        focus,
        measures: Cursor::default(),
        details: Cursor::default(),
    }));
}

/// Opens the notes of the goal selected in the overview (whatever pane has the focus), or,
/// on the indicator screen, of the indicator's goal (a measure has none).
/// Says what `y` put on the clipboard, or that there is no goal here to copy.
fn copied(app: &mut App) {
    let loc = app.locale;
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

fn open_notes(app: &mut App) {
    if let Some(goal) = app.goal_in_view() {
        app.ui.stack.push(Screen::Goal(GoalScreen {
            goal,
            scroll: Cursor::default(),
        }));
    }
}

/// Opens a goal's notes scrolled to one of them (a search hit), its date on the first row.
fn open_notes_at(app: &mut App, goal: usize, note: usize) {
    app.ui.stack.push(Screen::Goal(GoalScreen {
        goal,
        scroll: Cursor::default(),
    }));
    // Where the note starts depends on the pane's width, known from the layout.
    let width = layout::lists(app)
        .iter()
        .find(|l| l.list == List::Notes)
        .map_or(0, |l| l.rows.width);
    let line = ui::goal::notes(app, goal, width).starts.get(note).copied();
    if let Some(Screen::Goal(s)) = app.ui.stack.last_mut() {
        // `settle` keeps it in bounds: a note near the end shows with the one before it.
        s.scroll.offset = line.unwrap_or(0);
    }
}

fn back(app: &mut App) {
    if app.ui.search.take().is_some() {
        return;
    }
    if app.ui.stack.pop().is_none() {
        app.ui.overview.focus = Pane::Goals;
    }
}

fn toggle_help(app: &mut App) {
    if let Some(Screen::Help(_)) = app.ui.stack.last() {
        app.ui.stack.pop();
    } else {
        app.ui.stack.push(Screen::Help(HelpScreen::default()));
    }
}

fn toggle_browser(app: &mut App) {
    if let Some(Screen::Browser(_)) = app.ui.stack.last() {
        app.ui.stack.pop();
        return;
    }
    open_browser(app, None);
}

fn edit_query(app: &mut App, edit: impl FnOnce(&mut String)) {
    let Some(search) = app.ui.search.as_mut() else {
        return;
    };
    edit(&mut search.query);
    search.hits = app.data.search().find(&search.query);
    search.cursor = Cursor::default();
}

/// Goes where a search hit leads, from the overview up.
fn jump(app: &mut App, found: Found) {
    app.ui.search = None;
    app.ui.stack.clear();
    match found {
        Found::Goal(goal) => {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Goals;
        }
        Found::GoalNote { goal, note } => {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Goals;
            open_notes_at(app, goal, note);
        }
        Found::Indicator(r) => open_indicator_from_top(app, r, 0),
        Found::PointNote { indicator, point } => open_indicator_from_top(app, indicator, point),
        Found::Initiative(n) => {
            select_initiative(app, n);
            open_initiative(app, n, InitiativePane::Measures);
        }
        Found::Update { initiative, .. } => {
            select_initiative(app, initiative);
            open_initiative(app, initiative, InitiativePane::Details);
        }
        Found::Owner(owner) => open_browser(app, Some(owner)),
    }
}

fn open_indicator_from_top(app: &mut App, r: IndicatorRef, point: usize) {
    match r {
        IndicatorRef::Goal { goal, index } => {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Indicators;
            app.ui.overview.indicators.selected = index;
        }
        IndicatorRef::Measure { initiative, index } => {
            select_initiative(app, initiative);
            open_initiative(app, initiative, InitiativePane::Measures);
            if let Some(Screen::Initiative(s)) = app.ui.stack.last_mut() {
                s.measures.selected = index;
            }
        }
    }
    open_indicator(app, r, point);
}

fn select_goal(app: &mut App, goal: usize) {
    if app.ui.overview.goals.selected != goal {
        app.ui.overview.goals.selected = goal;
        goal_changed(app);
    }
}

/// Selects an initiative in the overview, under the first goal it serves.
fn select_initiative(app: &mut App, initiative: usize) {
    let goal = (0..app.data.dataset.goals.len())
        .find(|&g| app.data.initiatives_of(g).contains(&initiative));
    if let Some(goal) = goal {
        select_goal(app, goal);
        let row = app
            .data
            .initiatives_of(goal)
            .iter()
            .position(|&i| i == initiative);
        app.ui.overview.initiatives.selected = row.unwrap_or(0);
        app.ui.overview.focus = Pane::Initiatives;
    }
}
