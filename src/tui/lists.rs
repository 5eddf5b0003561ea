//! The lists on screen and their cursors: which list keys move in, how long each is, moving a
//! selection (or a scroll) within bounds, and keeping every selection in sight after any
//! change. Called by `action::update` only.

use super::app::{App, Cursor, InitiativePane, Pane, Screen};
use super::content;
use super::layout::{self, List, ListArea};
use super::scroll;

/// The list that keys move in.
pub fn focused_list(app: &App) -> Option<List> {
    if app.ui.search.is_some() {
        return Some(List::Hits);
    }
    Some(match app.screen() {
        None => match app.ui.overview.focus {
            Pane::Goals => List::Goals,
            Pane::Indicators => List::Indicators,
            Pane::Initiatives => List::Initiatives,
        },
        Some(Screen::Indicator(_)) => List::Points,
        Some(Screen::Initiative(s)) => match s.focus {
            InitiativePane::Measures => List::Measures,
            InitiativePane::Details => List::Details,
        },
        Some(Screen::Browser(_)) => List::Browser,
        Some(Screen::Help(_)) => List::Help,
        Some(Screen::Present(_)) => return None,
        Some(Screen::Goal(_)) => List::Notes,
        Some(Screen::Changes(_)) => List::Changes,
        Some(Screen::Breakdowns(s)) if s.open.is_some() => List::Points,
        Some(Screen::Breakdowns(_)) => List::Breakdowns,
    })
}

/// How many rows a list has now.
pub fn len(app: &App, list: List) -> usize {
    let data = &app.data;
    let goal = app.goal();
    match list {
        List::Goals => data.dataset.goals.len(),
        List::Indicators => goal.map_or(0, |g| data.dataset.goals[g].indicators.len()),
        List::Initiatives => goal.map_or(0, |g| data.initiatives_of(g).len()),
        List::Points => match app.screen() {
            Some(Screen::Indicator(s)) => data
                .indicator(s.indicator)
                .map_or(0, |p| p.indicator.series.len()),
            Some(Screen::Breakdowns(s)) => s.open.map_or(0, |open| {
                data.indicator(s.indicator)
                    .and_then(|p| p.indicator.breakdowns.get(open.breakdown))
                    .map_or(0, |b| b.series.len())
            }),
            _ => 0,
        },
        List::Measures => match app.screen() {
            Some(Screen::Initiative(s)) => data
                .dataset
                .initiatives
                .get(s.initiative)
                .map_or(0, |i| i.measures.len()),
            _ => 0,
        },
        List::Details => match app.screen() {
            Some(Screen::Initiative(s)) => {
                let width = layout::lists(app)
                    .iter()
                    .find(|l| l.list == List::Details)
                    .map_or(0, |l| l.rows.width);
                content::initiative::details(app, s.initiative, width).len()
            }
            _ => 0,
        },
        List::Browser => match app.screen() {
            Some(Screen::Browser(b)) => b.rows.len(),
            _ => 0,
        },
        List::Hits => app.ui.search.as_ref().map_or(0, |s| s.hits.len()),
        List::Help => content::help::lines(app).len(),
        List::Notes => match app.screen() {
            Some(Screen::Goal(s)) => {
                let width = layout::lists(app)
                    .iter()
                    .find(|l| l.list == List::Notes)
                    .map_or(0, |l| l.rows.width);
                content::goal::notes(app, s.goal, width).lines.len()
            }
            _ => 0,
        },
        List::Changes => app.since.as_ref().map_or(0, |s| s.rows.len()),
        List::Breakdowns => match app.screen() {
            Some(Screen::Breakdowns(s)) => s.rows.len(),
            _ => 0,
        },
    }
}

/// The cursor of a list, if the list is on screen.
pub fn cursor_of(app: &App, list: List) -> Option<&Cursor> {
    let ui = &app.ui;
    match (list, ui.stack.last()) {
        (List::Hits, _) => ui.search.as_ref().map(|s| &s.cursor),
        (List::Goals, _) => Some(&ui.overview.goals),
        (List::Indicators, _) => Some(&ui.overview.indicators),
        (List::Initiatives, _) => Some(&ui.overview.initiatives),
        (List::Points, Some(Screen::Indicator(s))) => Some(&s.points),
        (List::Measures, Some(Screen::Initiative(s))) => Some(&s.measures),
        (List::Details, Some(Screen::Initiative(s))) => Some(&s.details),
        (List::Browser, Some(Screen::Browser(b))) => Some(&b.cursor),
        (List::Help, Some(Screen::Help(h))) => Some(&h.scroll),
        (List::Notes, Some(Screen::Goal(s))) => Some(&s.scroll),
        (List::Changes, Some(Screen::Changes(s))) => Some(&s.rows),
        (List::Breakdowns, Some(Screen::Breakdowns(s))) => Some(&s.cursor),
        (List::Points, Some(Screen::Breakdowns(s))) => s.open.as_ref().map(|o| &o.points),
        _ => None,
    }
}

pub(super) fn cursor_mut(app: &mut App, list: List) -> Option<&mut Cursor> {
    let ui = &mut app.ui;
    match (list, ui.stack.last_mut()) {
        (List::Hits, _) => ui.search.as_mut().map(|s| &mut s.cursor),
        (List::Goals, _) => Some(&mut ui.overview.goals),
        (List::Indicators, _) => Some(&mut ui.overview.indicators),
        (List::Initiatives, _) => Some(&mut ui.overview.initiatives),
        (List::Points, Some(Screen::Indicator(s))) => Some(&mut s.points),
        (List::Measures, Some(Screen::Initiative(s))) => Some(&mut s.measures),
        (List::Details, Some(Screen::Initiative(s))) => Some(&mut s.details),
        (List::Browser, Some(Screen::Browser(b))) => Some(&mut b.cursor),
        (List::Help, Some(Screen::Help(h))) => Some(&mut h.scroll),
        (List::Notes, Some(Screen::Goal(s))) => Some(&mut s.scroll),
        (List::Changes, Some(Screen::Changes(s))) => Some(&mut s.rows),
        (List::Breakdowns, Some(Screen::Breakdowns(s))) => Some(&mut s.cursor),
        (List::Points, Some(Screen::Breakdowns(s))) => s.open.as_mut().map(|o| &mut o.points),
        _ => None,
    }
}

pub(super) fn visible(app: &App, list: List) -> usize {
    layout::lists(app)
        .iter()
        .find(|l| l.list == list)
        .map_or(1, ListArea::visible)
        .max(1)
}

pub(super) fn page(app: &App) -> isize {
    let rows = focused_list(app).map_or(1, |l| visible(app, l));
    isize::try_from(rows).unwrap_or(1).max(1)
}

pub(super) fn move_by(app: &mut App, delta: isize) {
    if let Some(list) = focused_list(app) {
        step(app, list, delta);
    }
}

/// Moves a list's selection (or, for a text, its scroll) by `delta` rows, within bounds.
pub(super) fn step(app: &mut App, list: List, delta: isize) {
    let n = len(app, list);
    let rows = visible(app, list);
    let goal_before = app.ui.overview.goals.selected;
    let Some(cursor) = cursor_mut(app, list) else {
        return;
    };
    if list.scrolls_only() {
        cursor.offset = cursor
            .offset
            .saturating_add_signed(delta)
            .min(n.saturating_sub(rows));
    } else {
        cursor.selected = cursor
            .selected
            .saturating_add_signed(delta)
            .min(n.saturating_sub(1));
    }
    if list == List::Goals && app.ui.overview.goals.selected != goal_before {
        goal_changed(app);
    }
}

pub(super) fn select(app: &mut App, list: List, index: usize) {
    if let Some(pane) = layout::pane_of(list) {
        app.ui.overview.focus = pane;
    }
    if let Some(Screen::Initiative(s)) = app.ui.stack.last_mut()
        && list == List::Measures
    {
        s.focus = InitiativePane::Measures;
    }
    let goal_before = app.ui.overview.goals.selected;
    if let Some(cursor) = cursor_mut(app, list) {
        cursor.selected = index;
    }
    if list == List::Goals && index != goal_before {
        goal_changed(app);
    }
}

/// A new goal: its indicators and initiatives start at the top.
pub(super) fn goal_changed(app: &mut App) {
    app.ui.overview.indicators = Cursor::default();
    app.ui.overview.initiatives = Cursor::default();
}

/// Keeps every list on screen in bounds, its selection in sight, by the rule the views draw
/// by ([`scroll`]), so the state says what is on screen (the mouse and a follower read it).
pub(super) fn settle(app: &mut App) {
    for area in layout::lists(app) {
        let n = len(app, area.list);
        let rows = area.visible();
        let scrolls_only = area.list.scrolls_only();
        if let Some(cursor) = cursor_mut(app, area.list) {
            *cursor = if scrolls_only {
                scroll::scrolled(*cursor, n, rows)
            } else {
                scroll::settled(*cursor, n, rows)
            };
        }
    }
}
