//! Where each pane sits at a given terminal size. Pure functions of the state, shared by the
//! views (to draw), by the update step (to keep the selection in sight) and by the mouse
//! handling (to find the row under the pointer), so the three always agree.

use crate::tui::breakdown::BreakdownScreen;
use crate::tui::content::breakdown::One;
use ratatui::layout::Rect;

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

pub fn frame(app: &App, area: Rect) -> Frame {
    // The overview's header has a second line with the status counts.
    let header_h = if app.ui.stack.is_empty() { 2 } else { 1 };
    let [header, rest] = split_top(area, header_h);
    let [since, rest] = split_top(rest, u16::from(app.since.is_some()));
    let [banner, rest] = split_top(rest, content::banner::height(app, area.width));
    let [body, footer] = split_bottom(rest, 1);
    Frame {
        header,
        since,
        banner,
        body,
        footer,
    }
}

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

/// Cuts `h` rows off the bottom.
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

/// Cuts `w` columns off the left.
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
    if a + b <= total {
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
    let want_goals = wanted(data.dataset.goals.len(), 1);
    if body.width >= WIDE {
        // The detail keeps its 80 columns; the goals take the rest, up to 100.
        let left_w = body.width.saturating_sub(3 + 80).clamp(80, 100);
        let [goals, right] = split_left(body, left_w);
        let [gutter, right] = split_left(right, 3);
        let heading_h = content::overview::heading_height(app, right.width).min(right.height / 3);
        let [heading, rest] = split_top(right, heading_h);
        let (ind_h, _) = share(
            rest.height,
            wanted(n_indicators, 2),
            wanted(n_initiatives, 1),
        );
        let [indicators, initiatives] = split_top(rest, ind_h);
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
    let goals_h = want_goals.min((body.height / 3).max(body.height.saturating_sub(10)));
    let [goals, rest] = split_top(body, goals_h);
    let (want_ind, want_ini) = (wanted(n_indicators, 2), wanted(n_initiatives, 1));
    // Rows to spare (a tall terminal) show the goal's full title and latest note.
    let heading_h = content::overview::heading_height(app, rest.width);
    let heading_h = if heading_h + want_ind + want_ini <= rest.height {
        heading_h
    } else {
        0
    };
    let [heading, rest] = split_top(rest, heading_h);
    let (ind_h, _) = share(rest.height, want_ind, want_ini);
    let [indicators, initiatives] = split_top(rest, ind_h);
    OverviewLayout {
        goals,
        gutter: Rect { height: 0, ..rest },
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
    let [words, rest] = split_top(body, words_h);
    let [_, rest] = split_top(rest, 1);
    if body.width >= WIDE_CHART {
        let chart_w = body.width * 3 / 5;
        let [left, right] = split_left(rest, chart_w);
        let legend_h = content::indicator::legend_height(app, parts, chart_w);
        let [chart, legend] = split_bottom(left, legend_h);
        let [_, points] = split_left(right, 2);
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
    let [info, rest] = split_top(body, info_h);
    let n = app
        .data
        .dataset
        .initiatives
        .get(screen.initiative)
        .map_or(0, |i| i.measures.len());
    let measures_h = if n == 0 {
        0
    } else {
        wanted(n, 2).min(rest.height * 2 / 5)
    };
    let [measures, details] = split_top(rest, measures_h);
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
mod tests {
    use super::*;

    #[test]
    fn share_gives_each_what_it_wants_when_both_fit() {
        assert_eq!(share(10, 5, 3), (5, 5));
        assert_eq!(share(10, 9, 9), (6, 4));
        assert_eq!(share(10, 3, 20), (3, 7));
        assert_eq!(share(1, 5, 5), (0, 1));
        assert_eq!(share(0, 5, 5), (0, 0));
    }

    #[test]
    fn splits_never_exceed_the_area() {
        let r = Rect::new(0, 0, 3, 2);
        let [a, b] = split_top(r, 5);
        assert_eq!((a.height, b.height), (2, 0));
        let [a, b] = split_left(r, 5);
        assert_eq!((a.width, b.width), (3, 0));
    }
}
