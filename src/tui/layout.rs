//! Where each pane sits at a given terminal size. Pure functions of the state, shared by the
//! views (to draw), by the update step (to keep the selection in sight) and by the mouse
//! handling (to find the row under the pointer), so the three always agree.

use crate::tui::breakdown::BreakdownScreen;
use crate::tui::content::breakdown::One;
use ratatui::layout::Constraint::{Fill, Length};
use ratatui::layout::{Layout, Rect};

use super::app::{App, GoalScreen, InitiativeScreen, Pane, Screen};
use super::content;
use super::prepared::IndicatorParts;
/// Named here by the views and the mouse; kept with the state it indexes.
pub use super::screens::List;

pub mod breakdowns;

/// Below this size the dashboard shows "terminal too small" instead of squeezing.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width the overview puts the goals beside their detail: each side is then at
/// least 80 columns, so a wider terminal never shows a shorter title or fewer figures.
pub const WIDE: u16 = 163;
/// From this width the indicator screen puts the points beside the chart.
pub const WIDE_CHART: u16 = 140;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The header, the body and the footer of every screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub header: Rect,
    /// The line of changes since a baseline, under the header: no rows without a baseline.
    pub since: Rect,
    /// The banner under the header (a reload that failed, a note): no rows when not shown.
    pub banner: Rect,
    pub body: Rect,
    pub footer: Rect,
}

/// The whole terminal as the state knows it.
pub fn area(app: &App) -> Rect {
    Rect::new(0, 0, app.ui.size.0, app.ui.size.1)
}

// The most the frame asks for besides the body (two header rows, the since line, a two-line
// banner, the footer) fits in the least it is drawn in.
const _: () = assert!(2 + 1 + 2 + 1 < MIN_HEIGHT);

pub fn frame(app: &App, area: Rect) -> Frame {
    // The overview's header has a second line with the status counts.
    let header_h = if app.ui.stack.is_empty() { 2 } else { 1 };
    let since_h = u16::from(app.since.is_some());
    let banner_h = content::banner::height(app, area.width);
    // Laid out only from MIN_HEIGHT rows, where all but the body (at most six rows) fit: the
    // solver then gives each its rows exactly (when they do not fit, which it cuts is its own).
    let [header, since, banner, body, footer] = Layout::vertical([
        Length(header_h),
        Length(since_h),
        Length(banner_h),
        Fill(1),
        Length(1),
    ])
    .areas(area);
    Frame {
        header,
        since,
        banner,
        body,
        footer,
    }
}

// The cuts below give the cells `Layout::vertical([Length(h), Fill(1)])` (and its like) gives
// (a test holds them to it), written out: they are made for every pane and band of every
// frame, often of a size the solver's cache has not seen, and a solve costs some 20 µs where
// this costs nanoseconds (`benches/layout.rs`).

/// Cuts `h` rows off the top (fewer if there are not that many).
pub fn split_top(area: Rect, h: u16) -> [Rect; 2] {
    let h = h.min(area.height);
    [
        Rect { height: h, ..area },
        Rect {
            y: area.y + h,
            height: area.height - h,
            ..area
        },
    ]
}

/// Cuts `h` rows off the bottom (fewer if there are not that many).
pub fn split_bottom(area: Rect, h: u16) -> [Rect; 2] {
    let h = h.min(area.height);
    [
        Rect {
            height: area.height - h,
            ..area
        },
        Rect {
            y: area.y + area.height - h,
            height: h,
            ..area
        },
    ]
}

/// Cuts `w` columns off the left (fewer if there are not that many).
pub fn split_left(area: Rect, w: u16) -> [Rect; 2] {
    let w = w.min(area.width);
    [
        Rect { width: w, ..area },
        Rect {
            x: area.x + w,
            width: area.width - w,
            ..area
        },
    ]
}

/// A pane: a title line, then its rows.
pub fn pane_rows(pane: Rect) -> Rect {
    split_top(pane, 1)[1]
}

/// Heights for two panes stacked in `total` rows that want `a` and `b`: each gets what it
/// wants when both fit; otherwise the first gets at least three fifths, or what the second
/// leaves, and the second keeps at least two rows (its title and one row) when it can.
fn share(total: u16, a: u16, b: u16) -> (u16, u16) {
    if a.saturating_add(b) <= total {
        return (a, total - a);
    }
    let floor_b = 2.min(total);
    let first = a
        .min((total * 3 / 5).max(total.saturating_sub(b)))
        .min(total - floor_b);
    (first, total - first)
}

/// Rows wanted by a pane of `n` items of `h` rows each (one row for "none" when empty).
fn wanted(n: usize, h: u16) -> u16 {
    let rows = if n == 0 {
        1
    } else {
        n.saturating_mul(usize::from(h))
    };
    u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(1)
}

/// The panes of the overview. `goal` is the selected goal's heading (full title and latest
/// note), shown only when the goals sit beside their detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverviewLayout {
    pub goals: Rect,
    /// Between the goals and their detail when side by side: a rule down the middle.
    pub gutter: Rect,
    pub goal: Rect,
    pub indicators: Rect,
    pub initiatives: Rect,
    /// Rows per goal: two beside the detail when all fit so (the title on a line of its own,
    /// as long as the stacked list gives it), else one.
    pub goal_rows: u16,
}

pub fn overview(app: &App, body: Rect) -> OverviewLayout {
    let data = &app.data;
    let goal = app.goal();
    let n_indicators = goal.map_or(0, |g| data.dataset.goals[g].indicators.len());
    let n_initiatives = goal.map_or(0, |g| data.initiatives_of(g).len());
    let (want_ind, want_ini) = (wanted(n_indicators, 2), wanted(n_initiatives, 1));
    if body.width >= WIDE {
        // The detail keeps its 80 columns; the goals take the rest, up to 100.
        let left_w = body.width.saturating_sub(3 + 80).clamp(80, 100);
        let [goals, gutter, right] =
            Layout::horizontal([Length(left_w), Length(3), Fill(1)]).areas(body);
        let heading_h = content::overview::heading_height(app, right.width).min(right.height / 3);
        let (ind_h, _) = share(right.height - heading_h, want_ind, want_ini);
        let [heading, indicators, initiatives] =
            Layout::vertical([Length(heading_h), Length(ind_h), Fill(1)]).areas(right);
        let two = wanted(data.dataset.goals.len(), 2) <= goals.height;
        return OverviewLayout {
            goals,
            gutter,
            goal: heading,
            indicators,
            initiatives,
            goal_rows: if two { 2 } else { 1 },
        };
    }
    // Stacked: all goals in sight when the body leaves ten rows for the detail.
    let want_goals = wanted(data.dataset.goals.len(), 1);
    let goals_h = want_goals.min((body.height / 3).max(body.height.saturating_sub(10)));
    let rest_h = body.height - goals_h;
    // Rows to spare (a tall terminal) show the goal's full title and latest note.
    let heading_h = content::overview::heading_height(app, body.width);
    let fits = heading_h.saturating_add(want_ind).saturating_add(want_ini) <= rest_h;
    let heading_h = if fits { heading_h } else { 0 };
    let (ind_h, _) = share(rest_h - heading_h, want_ind, want_ini);
    let [goals, heading, indicators, initiatives] =
        Layout::vertical([Length(goals_h), Length(heading_h), Length(ind_h), Fill(1)]).areas(body);
    OverviewLayout {
        goals,
        gutter: Rect {
            height: 0,
            ..indicators
        },
        goal: heading,
        indicators,
        initiatives,
        goal_rows: 1,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndicatorLayout {
    /// The figures in words.
    pub words: Rect,
    pub chart: Rect,
    pub legend: Rect,
    /// The points pane (title line and rows).
    pub points: Rect,
}

pub fn indicator(app: &App, body: Rect, parts: &IndicatorParts<'_>) -> IndicatorLayout {
    let words_h = content::indicator::words_height(app, parts, body.width).min(body.height / 3);
    // A blank row between the words and the chart.
    let [words, _, rest] = Layout::vertical([Length(words_h), Length(1), Fill(1)]).areas(body);
    if body.width >= WIDE_CHART {
        let chart_w = body.width * 3 / 5;
        let [left, _, points] =
            Layout::horizontal([Length(chart_w), Length(2), Fill(1)]).areas(rest);
        // The legend can want more rows than there are: cut from the top, the chart first.
        let legend_h = content::indicator::legend_height(app, parts, chart_w);
        let [chart, legend] = split_bottom(left, legend_h);
        return IndicatorLayout {
            words,
            chart,
            legend,
            points,
        };
    }
    // The points take what they need (their rows, the title, the selected note) up to two
    // fifths; the chart takes the rest, so a taller terminal draws a taller chart.
    let n_points = u16::try_from(parts.indicator.series.len()).unwrap_or(u16::MAX);
    let points_h = n_points
        .saturating_add(4)
        .min(rest.height * 2 / 5)
        .max(4.min(rest.height));
    let [top, points] = split_bottom(rest, points_h);
    let legend_h = content::indicator::legend_height(app, parts, body.width);
    let [chart, legend] = split_bottom(top, legend_h);
    IndicatorLayout {
        words,
        chart,
        legend,
        points,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InitiativeLayout {
    /// Status, owners, goals, period, description.
    pub info: Rect,
    pub measures: Rect,
    /// Milestones and updates, scrolled.
    pub details: Rect,
}

pub fn initiative(app: &App, body: Rect, screen: &InitiativeScreen) -> InitiativeLayout {
    let info_h =
        content::initiative::info_height(app, screen.initiative, body.width).min(body.height / 3);
    let n = app
        .data
        .dataset
        .initiatives
        .get(screen.initiative)
        .map_or(0, |i| i.measures.len());
    let measures_h = if n == 0 {
        0
    } else {
        wanted(n, 2).min((body.height - info_h) * 2 / 5)
    };
    let [info, measures, details] =
        Layout::vertical([Length(info_h), Length(measures_h), Fill(1)]).areas(body);
    InitiativeLayout {
        info,
        measures,
        details,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalLayout {
    /// The goal's title and status.
    pub heading: Rect,
    /// The notes pane (title line and rows), scrolled.
    pub notes: Rect,
}

pub fn goal(app: &App, body: Rect, screen: &GoalScreen) -> GoalLayout {
    let heading_h =
        content::goal::heading_height(app, screen.goal, body.width).min(body.height / 3);
    let [heading, notes] = split_top(body, heading_h);
    GoalLayout { heading, notes }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BrowserLayout {
    /// Filters and sort order.
    pub bar: Rect,
    /// The column headings, then the rows.
    pub table: Rect,
}

pub fn browser(body: Rect) -> BrowserLayout {
    let [bar, table] = split_top(body, 1);
    BrowserLayout { bar, table }
}

/// A list on screen: which one, where its rows are, how tall each row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListArea {
    pub list: List,
    pub rows: Rect,
    pub row_height: u16,
}

impl ListArea {
    /// How many whole rows are in sight.
    pub fn visible(&self) -> usize {
        usize::from(self.rows.height / self.row_height.max(1))
    }
}

/// The lists on screen now, with their rows, for the update step and the mouse.
pub fn lists(app: &App) -> Vec<ListArea> {
    let area = area(app);
    if too_small(area) {
        return Vec::new();
    }
    let body = frame(app, area).body;
    let list = |list, pane: Rect, row_height| ListArea {
        list,
        rows: pane_rows(pane),
        row_height,
    };
    if app.ui.search.is_some() {
        return vec![list(List::Hits, body, 1)];
    }
    match app.screen() {
        None => {
            let l = overview(app, body);
            vec![
                list(List::Goals, l.goals, l.goal_rows),
                list(List::Indicators, l.indicators, 2),
                list(List::Initiatives, l.initiatives, 1),
            ]
        }
        Some(Screen::Indicator(s)) => match app.data.indicator(s.indicator) {
            Some(parts) => vec![list(List::Points, indicator(app, body, &parts).points, 1)],
            None => Vec::new(),
        },
        Some(Screen::Initiative(s)) => {
            let l = initiative(app, body, s);
            vec![
                list(List::Measures, l.measures, 2),
                list(List::Details, l.details, 1),
            ]
        }
        Some(Screen::Browser(_)) => vec![list(List::Browser, browser(body).table, 1)],
        Some(Screen::Help(_)) => vec![ListArea {
            list: List::Help,
            rows: body,
            row_height: 1,
        }],
        Some(Screen::Present(_)) => Vec::new(),
        Some(Screen::Goal(s)) => vec![list(List::Notes, goal(app, body, s).notes, 1)],
        Some(Screen::Changes(_)) => vec![ListArea {
            list: List::Changes,
            rows: body,
            row_height: 1,
        }],
        Some(Screen::Breakdowns(s)) => breakdown_lists(app, body, s),
    }
}

/// The breakdowns' rows, or with one open, its points as the indicator screen lays them out.
fn breakdown_lists(app: &App, body: Rect, s: &BreakdownScreen) -> Vec<ListArea> {
    let Some(open) = s.open else {
        let rows = crate::tui::layout::breakdowns::breakdowns(body, s).rows;
        return vec![ListArea {
            list: List::Breakdowns,
            rows,
            row_height: 1,
        }];
    };
    let one = app
        .data
        .indicator(s.indicator)
        .and_then(|p| One::new(&p, open.breakdown, String::new()));
    one.map(|one| {
        vec![ListArea {
            list: List::Points,
            rows: pane_rows(indicator(app, body, &one.parts()).points),
            row_height: 1,
        }]
    })
    .unwrap_or_default()
}

/// The pane of the overview a list belongs to.
pub fn pane_of(list: List) -> Option<Pane> {
    match list {
        List::Goals => Some(Pane::Goals),
        List::Indicators => Some(Pane::Indicators),
        List::Initiatives => Some(Pane::Initiatives),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
