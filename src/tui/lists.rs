//! The lists on screen and their cursors: which list keys move in, how many rows a list of
//! items has, moving a selection (or a text's scroll) within bounds, and taking back the
//! windows a frame drew. Called by `action::update` only: nothing here builds a view's text
//! or measures a pane (the views clamp their own scroll at draw time, see `scroll`).

use super::app::{App, Cursor, InitiativePane, Pane, Screen};
use super::layout::{self, List};
use super::scroll::{Window, Windows};

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

/// How many rows a list of items has now; `None` for a text (notes, details, help), whose
/// length only its view knows (it wraps to the pane's width).
pub fn count(app: &App, list: List) -> Option<usize> {
    let data = &app.data;
    let goal = app.goal();
    Some(match list {
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
        List::Browser => match app.screen() {
            Some(Screen::Browser(b)) => b.rows.len(),
            _ => 0,
        },
        List::Hits => app.ui.search.as_ref().map_or(0, |s| s.hits.len()),
        List::Changes => app.since.as_ref().map_or(0, |s| s.rows.len()),
        List::Breakdowns => match app.screen() {
            Some(Screen::Breakdowns(s)) => s.rows.len(),
            _ => 0,
        },
        List::Details | List::Help | List::Notes => return None,
    })
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

/// A page: the rows in sight of the focused list when the last frame drew it; until one has
/// (a key in the same burst that opened it), half the terminal.
pub(super) fn page(app: &App) -> isize {
    let drawn = focused_list(app).and_then(|l| app.ui.windows.get(l));
    let rows = drawn.map_or(usize::from(app.ui.size.1 / 2), |w| w.rows);
    isize::try_from(rows).unwrap_or(1).max(1)
}

pub(super) fn move_by(app: &mut App, delta: isize) {
    if let Some(list) = focused_list(app) {
        step(app, list, delta);
    }
}

/// Moves a list's selection (or, for a text, its scroll) by `delta` rows, within bounds: a
/// selection within the list, a text no further than its end as the last frame drew it (the
/// view clamps it again when it draws, should the text have changed since).
pub(super) fn step(app: &mut App, list: List, delta: isize) {
    let last = match count(app, list) {
        Some(n) => n.saturating_sub(1),
        None => app.ui.windows.get(list).map_or(usize::MAX, Window::end),
    };
    let goal_before = app.ui.overview.goals.selected;
    let Some(cursor) = cursor_mut(app, list) else {
        return;
    };
    let at = if list.scrolls_only() {
        &mut cursor.offset
    } else {
        &mut cursor.selected
    };
    *at = at.saturating_add_signed(delta).min(last);
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

/// Every selection on a row of its list (a new version of the data may have fewer), the
/// goals' first since the others' rows depend on it. Counting items only: where the windows
/// then sit is the views' business.
pub(super) fn hold_selections(app: &mut App) {
    const LISTS: [List; 9] = [
        List::Goals,
        List::Indicators,
        List::Initiatives,
        List::Points,
        List::Measures,
        List::Browser,
        List::Hits,
        List::Changes,
        List::Breakdowns,
    ];
    for list in LISTS {
        let Some(n) = count(app, list) else {
            continue;
        };
        if let Some(cursor) = cursor_mut(app, list) {
            cursor.selected = cursor.selected.min(n.saturating_sub(1));
        }
    }
}

/// A frame was drawn: each list's cursor becomes the one it drew by (as ratatui's
/// `render_stateful_widget` leaves its `ListState`), so the window stays where it was until
/// the selection leaves it; and the windows are kept for paging and a text's end.
pub(super) fn drawn(app: &mut App, windows: Windows) {
    for w in windows.iter() {
        if let Some(cursor) = cursor_mut(app, w.list) {
            *cursor = w.cursor;
        }
    }
    if windows.get(List::Notes).is_some()
        && let Some(Screen::Goal(s)) = app.ui.stack.last_mut()
    {
        // The note asked for is in the drawn offset now.
        s.from_note = None;
    }
    app.ui.windows = windows;
}
