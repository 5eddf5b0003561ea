//! Moving between screens and panes: going in and back, the pane or item beside, where a search
//! hit leads. Part of the update step (called by `update` only).

use super::action::Action;
use super::app::{
    App, Cursor, GoalScreen, HelpScreen, IndicatorScreen, InitiativePane, InitiativeScreen, Pane,
    Place, Screen,
};
use super::browse::{open_browser, sort};
use super::layout::List;
use super::lists::{count, goal_changed};
use super::prepared::IndicatorRef;
use super::search::{Described, Found};

pub(super) fn switch_pane(app: &mut App, forward: bool, round: bool) {
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

pub(super) fn sideways(app: &mut App, forward: bool) {
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
                    from_note: None,
                };
            }
        }
        Some(Screen::Breakdowns(_)) => super::breakdown::sideways(app, forward),
        Some(Screen::Browser(_)) => sort(
            app,
            if forward {
                &Action::SortNext
            } else {
                &Action::SortPrev
            },
        ),
        _ => switch_pane(app, forward, false),
    }
}

pub(super) fn enter(app: &mut App) {
    if let Some(search) = &app.ui.search {
        let hit = search.hits.get(search.cursor.selected).copied();
        if let Some(found) = hit.and_then(|h| app.data.found(h)) {
            jump(app, found);
        }
        return;
    }
    if super::breakdown::enter(app) {
        return;
    }
    match app.ui.stack.last() {
        None => match app.ui.overview.focus {
            Pane::Goals => {
                let has_indicators = count(app, List::Indicators).is_some_and(|n| n > 0);
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
            if let Some(found) = super::changes::found(app, s.rows.selected) {
                jump(app, found);
            }
        }
        _ => {}
    }
}

pub(super) fn open_indicator(app: &mut App, indicator: IndicatorRef, point: usize) {
    let points = Cursor {
        selected: point,
        offset: 0,
    };
    app.ui
        .stack
        .push(Screen::Indicator(IndicatorScreen { indicator, points }));
}

pub(super) fn open_initiative(app: &mut App, initiative: usize, focus: InitiativePane) {
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

pub(super) fn open_notes(app: &mut App) {
    if let Some(goal) = app.goal_in_view() {
        app.ui.stack.push(Screen::Goal(GoalScreen {
            goal,
            scroll: Cursor::default(),
            from_note: None,
        }));
    }
}

/// Opens a goal's notes scrolled to one of them (a search hit), its date on the first row:
/// the view finds the note's first line at the width it draws at.
pub(super) fn open_notes_at(app: &mut App, goal: usize, note: usize) {
    app.ui.stack.push(Screen::Goal(GoalScreen {
        goal,
        scroll: Cursor::default(),
        from_note: Some(note),
    }));
}

pub(super) fn back(app: &mut App) {
    if app.ui.search.take().is_some() || super::breakdown::back(app) {
        return;
    }
    // On the screen a jump landed on: back to where it started.
    let depth = app.ui.stack.len();
    if let Some(place) = app.ui.back_to.take_if(|p| p.landed == depth) {
        app.ui.overview = place.overview;
        app.ui.stack = place.stack;
        return;
    }
    if app.ui.stack.pop().is_none() {
        app.ui.overview.focus = Pane::Goals;
    }
    // Below the screen it landed on, a jump has nowhere to come back from.
    if app
        .ui
        .back_to
        .as_ref()
        .is_some_and(|p| p.landed > app.ui.stack.len())
    {
        app.ui.back_to = None;
    }
}

pub(super) fn toggle_help(app: &mut App) {
    if let Some(Screen::Help(_)) = app.ui.stack.last() {
        app.ui.stack.pop();
    } else {
        app.ui.stack.push(Screen::Help(HelpScreen::default()));
    }
}

pub(super) fn toggle_browser(app: &mut App) {
    if let Some(Screen::Browser(_)) = app.ui.stack.last() {
        app.ui.stack.pop();
        return;
    }
    open_browser(app, None);
}

pub(super) fn edit_query(app: &mut App, edit: impl FnOnce(&mut String)) {
    let Some(search) = app.ui.search.as_mut() else {
        super::breakdown::edit_filter(app, edit);
        return;
    };
    edit(&mut search.query);
    search.hits = app.data.search().find(&search.query);
    search.cursor = Cursor::default();
}

/// Goes where a search hit leads, from the overview up; `Esc` there comes back.
pub(super) fn jump(app: &mut App, found: Found) {
    app.ui.search = None;
    let mut from = Place {
        overview: app.ui.overview,
        stack: std::mem::take(&mut app.ui.stack),
        landed: 0,
    };
    land(app, found);
    from.landed = app.ui.stack.len();
    app.ui.back_to = Some(from);
}

fn land(app: &mut App, found: Found) {
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
        Found::Indicator(r) | Found::Description(Described::Indicator(r)) => {
            open_indicator_from_top(app, r, 0);
        }
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
        Found::Description(Described::Goal(goal)) => jump(app, Found::Goal(goal)),
        Found::Description(Described::Initiative(n)) => {
            // The description heads the details.
            select_initiative(app, n);
            open_initiative(app, n, InitiativePane::Details);
        }
    }
}

pub(super) fn open_indicator_from_top(app: &mut App, r: IndicatorRef, point: usize) {
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

pub(super) fn select_goal(app: &mut App, goal: usize) {
    if app.ui.overview.goals.selected != goal {
        app.ui.overview.goals.selected = goal;
        goal_changed(app);
    }
}

/// Selects an initiative in the overview, under the first goal it serves.
pub(super) fn select_initiative(app: &mut App, initiative: usize) {
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
