//! Events become actions ([`action_for`], pure), and actions change the state ([`update`], the
//! only code that does). Navigation is therefore tested without a terminal.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::app::{
    App, BrowserScreen, Column, Cursor, HelpScreen, IndicatorScreen, InitiativePane,
    InitiativeScreen, Pane, Screen, Search, View,
};
use super::layout::{self, List, ListArea};
use super::prepared::IndicatorRef;
use super::search::Found;
use super::ui;
use crate::model::InitiativeStatus;

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
        KeyCode::Tab => Action::NextPane,
        KeyCode::BackTab => Action::PrevPane,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Enter => Action::Enter,
        KeyCode::Esc | KeyCode::Backspace => Action::Back,
        KeyCode::Char('s') if browser => Action::SortNext,
        KeyCode::Char('S') if browser => Action::SortPrev,
        KeyCode::Char('r') if browser => Action::SortReverse,
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
    }
}

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
                ui::initiative::details(app, s.initiative, width).len()
            }
            _ => 0,
        },
        List::Browser => match app.screen() {
            Some(Screen::Browser(b)) => b.rows.len(),
            _ => 0,
        },
        List::Hits => app.ui.search.as_ref().map_or(0, |s| s.hits.len()),
        List::Help => ui::help::lines(app).len(),
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
        _ => None,
    }
}

fn cursor_mut(app: &mut App, list: List) -> Option<&mut Cursor> {
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
        _ => None,
    }
}

fn visible(app: &App, list: List) -> usize {
    layout::lists(app)
        .iter()
        .find(|l| l.list == list)
        .map_or(1, ListArea::visible)
        .max(1)
}

fn page(app: &App) -> isize {
    let rows = focused_list(app).map_or(1, |l| visible(app, l));
    isize::try_from(rows).unwrap_or(1).max(1)
}

fn move_by(app: &mut App, delta: isize) {
    if let Some(list) = focused_list(app) {
        step(app, list, delta);
    }
}

/// Moves a list's selection (or, for a text, its scroll) by `delta` rows, within bounds.
fn step(app: &mut App, list: List, delta: isize) {
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

fn select(app: &mut App, list: List, index: usize) {
    if let Some(pane) = layout::pane_of(list) {
        app.ui.overview.focus = pane;
    }
    if let Some(Screen::Initiative(s)) = app.ui.stack.last_mut() {
        if list == List::Measures {
            s.focus = InitiativePane::Measures;
        }
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
fn goal_changed(app: &mut App) {
    app.ui.overview.indicators = Cursor::default();
    app.ui.overview.initiatives = Cursor::default();
}

/// Keeps every list on screen in bounds, its selection in sight.
pub(super) fn settle(app: &mut App) {
    for area in layout::lists(app) {
        let n = len(app, area.list);
        let rows = area.visible();
        let scrolls_only = area.list.scrolls_only();
        if let Some(cursor) = cursor_mut(app, area.list) {
            if scrolls_only {
                cursor.selected = 0;
                cursor.offset = cursor.offset.min(n.saturating_sub(rows));
                continue;
            }
            cursor.selected = cursor.selected.min(n.saturating_sub(1));
            if cursor.selected < cursor.offset {
                cursor.offset = cursor.selected;
            }
            if rows > 0 && cursor.selected >= cursor.offset + rows {
                cursor.offset = cursor.selected + 1 - rows;
            }
            cursor.offset = cursor.offset.min(n.saturating_sub(rows));
        }
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
        if let Some(found) = hit.and_then(|h| app.data.prepared.search.found(h)) {
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

fn open_browser(app: &mut App, owner: Option<usize>) {
    let mut screen = BrowserScreen {
        owner,
        ..BrowserScreen::default()
    };
    screen.rows = browser_rows(app, &screen);
    app.ui.stack.push(Screen::Browser(screen));
}

fn edit_query(app: &mut App, edit: impl FnOnce(&mut String)) {
    let Some(search) = app.ui.search.as_mut() else {
        return;
    };
    edit(&mut search.query);
    search.hits = app.data.prepared.search.find(&search.query);
    search.cursor = Cursor::default();
}

/// Goes where a search hit leads, from the overview up.
fn jump(app: &mut App, found: Found) {
    app.ui.search = None;
    app.ui.stack.clear();
    match found {
        Found::Goal(goal) | Found::GoalNote { goal, .. } => {
            select_goal(app, goal);
            app.ui.overview.focus = Pane::Goals;
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

fn sort(app: &mut App, action: Action) {
    let rows = {
        let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
            return;
        };
        match action {
            Action::SortNext => b.sort = b.sort.next(),
            Action::SortPrev => b.sort = b.sort.prev(),
            _ => b.descending = !b.descending,
        }
        b.clone()
    };
    refresh_browser(app, &rows);
}

fn filter(app: &mut App, action: Action) {
    let data = &app.data;
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let inis = &data.dataset.initiatives;
    match action {
        Action::FilterStatus => {
            let present: Vec<InitiativeStatus> = InitiativeStatus::ALL
                .into_iter()
                .filter(|s| inis.iter().any(|i| i.status == *s))
                .collect();
            b.status = cycle(&present, b.status);
        }
        Action::FilterOwner => {
            let owners = &data.dataset.owners;
            let present: Vec<usize> = (0..owners.len())
                .filter(|&o| inis.iter().any(|i| i.owners.contains(&owners[o].id)))
                .collect();
            b.owner = cycle(&present, b.owner);
        }
        Action::FilterGoal => {
            let present: Vec<usize> = (0..data.dataset.goals.len())
                .filter(|&g| !data.initiatives_of(g).is_empty())
                .collect();
            b.goal = cycle(&present, b.goal);
        }
        _ => {
            b.status = None;
            b.owner = None;
            b.goal = None;
        }
    }
    let screen = b.clone();
    refresh_browser(app, &screen);
}

/// The next value of a filter: none, then each value present, then none again.
fn cycle<T: Copy + PartialEq>(values: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => values.first().copied(),
        Some(c) => values
            .iter()
            .position(|v| *v == c)
            .and_then(|i| values.get(i + 1))
            .copied(),
    }
}

/// Recomputes the rows after a sort or filter change, keeping the selected initiative.
fn refresh_browser(app: &mut App, screen: &BrowserScreen) {
    let rows = browser_rows(app, screen);
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let kept = b
        .rows
        .get(b.cursor.selected)
        .and_then(|n| rows.iter().position(|r| r == n));
    b.cursor.selected = kept.unwrap_or(0);
    b.rows = rows;
}

/// The initiatives a browser shows, filtered and sorted (file order breaks ties).
pub fn browser_rows(app: &App, screen: &BrowserScreen) -> Vec<usize> {
    let data = &app.data;
    let inis = &data.dataset.initiatives;
    let owner_id = screen
        .owner
        .and_then(|o| data.dataset.owners.get(o))
        .map(|o| &o.id);
    let goal_id = screen
        .goal
        .and_then(|g| data.dataset.goals.get(g))
        .map(|g| &g.id);
    let mut rows: Vec<usize> = (0..inis.len())
        .filter(|&n| {
            let i = &inis[n];
            screen.status.is_none_or(|s| i.status == s)
                && owner_id.is_none_or(|o| i.owners.contains(o))
                && goal_id.is_none_or(|g| i.goals.contains(g))
        })
        .collect();
    let prepared = &data.prepared.initiatives;
    let goal_pos = |n: usize| {
        inis[n]
            .goals
            .first()
            .and_then(|id| data.dataset.goals.iter().position(|g| &g.id == id))
    };
    rows.sort_by(|&a, &b| {
        let (ia, ib) = (&inis[a], &inis[b]);
        let order = match screen.sort {
            Column::Title => prepared[a].title_key.cmp(&prepared[b].title_key),
            Column::Status => status_rank(ia.status).cmp(&status_rank(ib.status)),
            Column::Owners => prepared[a].owners_key.cmp(&prepared[b].owners_key),
            Column::Goals => none_last(goal_pos(a), goal_pos(b)),
            Column::Start => none_last(ia.start, ib.start),
            Column::End => none_last(ia.end, ib.end),
            Column::Updated => none_last(prepared[a].latest_update, prepared[b].latest_update),
        };
        let order = if screen.descending {
            order.reverse()
        } else {
            order
        };
        order.then(a.cmp(&b))
    });
    rows
}

fn status_rank(s: InitiativeStatus) -> usize {
    InitiativeStatus::ALL
        .iter()
        .position(|&x| x == s)
        .unwrap_or(0)
}

/// Orders values with the missing ones last.
fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_cycle_through_values_and_back_to_none() {
        assert_eq!(cycle(&[1, 2], None), Some(1));
        assert_eq!(cycle(&[1, 2], Some(1)), Some(2));
        assert_eq!(cycle(&[1, 2], Some(2)), None);
        assert_eq!(cycle::<u8>(&[], None), None);
    }

    #[test]
    fn missing_values_sort_last() {
        assert_eq!(none_last(Some(1), None), std::cmp::Ordering::Less);
        assert_eq!(none_last::<u8>(None, None), std::cmp::Ordering::Equal);
    }
}
