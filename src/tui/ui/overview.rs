//! The overview: the goals with their status and sparkline; the selected goal's indicators with
//! every headline figure; the initiatives serving it. When the terminal is wide, the goals sit
//! beside their detail and the goal's full title and latest note head the detail.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::model::StatusMethod;
use crate::tui::app::{App, Pane};
use crate::tui::content::labels::count;
use crate::tui::layout::{self, pane_rows};
use crate::tui::prepared::{IndicatorParts, IndicatorRef};
use crate::tui::scroll;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::ui::header::goal_label;
use crate::tui::ui::widgets::{self, Col, Focus, draw_rows, pane_title, put_line, put_lines};
use crate::tui::ui::{figures, since};
use crate::tui::words::{Label, say};

pub use crate::tui::content::overview::{heading_height, heading_lines};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let l = layout::overview(app, area);
    goals(l.goals, l.goal_rows, buf, app);
    gutter(l.gutter, buf, app);
    heading(l.goal, buf, app);
    indicators(l.indicators, buf, app, l.goal.height > 0);
    initiatives(l.initiatives, buf, app);
}

/// A dim rule between the goals and their detail, so neither seems to run into the other.
fn gutter(area: Rect, buf: &mut Buffer, app: &App) {
    if area.width == 0 {
        return;
    }
    let x = area.x + area.width / 2;
    for y in area.top()..area.bottom() {
        buf.set_string(x, y, app.theme.glyphs.vrule, app.theme.dim);
    }
}

fn focus(app: &App, pane: Pane) -> (bool, Focus) {
    let focused = app.ui.overview.focus == pane;
    (
        focused,
        if focused {
            Focus::Focused
        } else {
            Focus::Unfocused
        },
    )
}

fn goals(area: Rect, row_h: u16, buf: &mut Buffer, app: &App) {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let (focused, focus) = focus(app, Pane::Goals);
    let rows = pane_rows(area);
    let cursor = app.ui.overview.goals;
    let in_sight = usize::from(rows.height / row_h.max(1));
    let title = vec![Span::raw(format!(
        "{} {}",
        capitalize(&loc.word(Word::Goals)),
        count(app, cursor, ds.goals.len(), in_sight)
    ))];
    pane_title(buf, area, title, focused, theme);
    if ds.goals.is_empty() {
        nothing(buf, rows, say(loc, Label::NoGoals), app);
        return;
    }
    let visible = scroll::window(cursor, ds.goals.len(), in_sight);
    let cells: Vec<Vec<Line<'static>>> = visible.clone().map(|g| goal_cells(app, g)).collect();
    let columns = GoalColumns::new(app, visible.clone(), &cells, rows.width);
    let mut cells: Vec<Option<Vec<Line<'static>>>> = cells.into_iter().map(Some).collect();
    let start = visible.start;
    draw_rows(
        buf,
        rows,
        (cursor, ds.goals.len(), row_h),
        focus,
        theme,
        |i| {
            let row = cells
                .get_mut(i - start)
                .and_then(Option::take)
                .unwrap_or_default();
            columns.lines(row, row_h, theme)
        },
    );
}

/// A goal in the list: code, title, sparkline of its main indicator, status.
fn goal_cells(app: &App, g: usize) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let goal = &app.data.dataset.goals[g];
    let figures = &app.data.figures.goals[g];
    let main = app.data.prepared.goals[g].main;
    let spark = main
        .and_then(|index| app.data.indicator(IndicatorRef::Goal { goal: g, index }))
        .map_or_else(Line::default, |p| figures::spark(&p, 8, theme));
    let method = app.data.dataset.status_method;
    vec![
        Line::from(theme.clean(goal.code.as_deref().unwrap_or("")).into_owned()),
        since::marked(
            app,
            since::goal_changed(app, g),
            theme.clean(&goal.title).into_owned(),
        ),
        spark,
        figures::goal_status(app.locale, theme, method, figures, true),
    ]
}

/// The goal list's columns, on one row a goal or on two: the code and the whole width for the
/// title, then under the title the sparkline and the status.
struct GoalColumns {
    cols: [Col; 4],
    widths: Vec<Option<usize>>,
    head: [Col; 2],
    head_w: Vec<Option<usize>>,
    tail: [Col; 3],
    tail_w: Vec<Option<usize>>,
}

impl GoalColumns {
    fn new(
        app: &App,
        goals: std::ops::Range<usize>,
        cells: &[Vec<Line<'static>>],
        width: u16,
    ) -> Self {
        let cols = [Col::fixed(2), Col::flex(12), Col::fixed(1), Col::fixed(0)];
        let widths = goal_widths(app, goals, cells, &cols, width);
        let natural = widgets::natural_widths(cells, cols.len());
        let room = usize::from(width.saturating_sub(2));
        let (head, tail) = ([cols[0], cols[1]], [cols[0], cols[2], cols[3]]);
        let head_w = widgets::widths(&head, &natural[..2], room, 2);
        let tail_w = widgets::widths(&tail, &[natural[0], natural[2], natural[3]], room, 2);
        Self {
            cols,
            widths,
            head,
            head_w,
            tail,
            tail_w,
        }
    }

    /// A goal's cells as its `row_h` lines.
    fn lines(&self, mut row: Vec<Line<'static>>, row_h: u16, theme: &Theme) -> Vec<Line<'static>> {
        if row_h < 2 || row.len() < 4 {
            return vec![widgets::columns_line(
                row,
                &self.cols,
                &self.widths,
                2,
                theme,
            )];
        }
        let status = row.pop().unwrap_or_default();
        let spark = row.pop().unwrap_or_default();
        let under = vec![Line::default(), spark, status];
        vec![
            widgets::columns_line(row, &self.head, &self.head_w, 2, theme),
            widgets::columns_line(under, &self.tail, &self.tail_w, 2, theme),
        ]
    }
}

/// "None" in a pane's first row.
fn nothing<'a>(buf: &mut Buffer, rows: Rect, words: impl Into<Cow<'a, str>>, app: &App) {
    let line = Line::styled(words.into(), app.theme.dim);
    put_line(
        buf,
        rows.x + 2,
        rows.y,
        rows.width.saturating_sub(2),
        line,
        &app.theme,
    );
}

/// The goal list's column widths. One goal's long status ("no data · ✔ via initiatives")
/// would widen the shared column and cut every title: when titles are cut, that status is cut
/// instead, after the mark of its initiatives' status (its own status is never cut).
fn goal_widths(
    app: &App,
    goals: std::ops::Range<usize>,
    cells: &[Vec<Line<'static>>],
    cols: &[Col],
    width: u16,
) -> Vec<Option<usize>> {
    let (theme, loc) = (&app.theme, app.locale);
    let room = usize::from(width.saturating_sub(2));
    let mut natural = widgets::natural_widths(cells, cols.len());
    let widths = widgets::widths(cols, &natural, room, 2);
    let title_cut = widths[1].unwrap_or(0) < natural[1];
    if !title_cut || app.data.dataset.status_method == StatusMethod::OpenSdg {
        return widths;
    }
    let own = goals
        .map(|g| {
            text::line_width(&figures::status(
                loc,
                theme,
                app.data.figures.goals[g].status,
            ))
        })
        .max()
        .unwrap_or(0);
    // The status, the separator, the initiatives' mark and the ellipsis.
    let cap = own + text::width(loc.sep()) + 2;
    natural[3] = natural[3].min(cap);
    widgets::widths(cols, &natural, room, 2)
}

fn heading(area: Rect, buf: &mut Buffer, app: &App) {
    put_lines(buf, area, heading_lines(app, area.width), &app.theme);
}

fn indicators(area: Rect, buf: &mut Buffer, app: &App, headed: bool) {
    let (theme, loc) = (&app.theme, app.locale);
    let (focused, focus) = focus(app, Pane::Indicators);
    let Some(g) = app.goal() else {
        let title = vec![Span::raw(capitalize(&loc.word(Word::Indicators)))];
        pane_title(buf, area, title, focused, theme);
        return;
    };
    let goal = &app.data.dataset.goals[g];
    let rows = pane_rows(area);
    let cursor = app.ui.overview.indicators;
    let title = indicators_title(app, area, g, headed);
    pane_title(buf, area, title, focused, theme);
    if goal.indicators.is_empty() {
        nothing(buf, rows, loc.word(Word::NoIndicators), app);
        return;
    }
    let n = goal.indicators.len();
    let visible = scroll::window(cursor, n, usize::from(rows.height / 2));
    let start = visible.start;
    let mut lines = indicator_lines(app, g, visible, rows.width);
    draw_rows(buf, rows, (cursor, n, 2), focus, theme, |i| {
        lines
            .get_mut(i - start)
            .and_then(Option::take)
            .unwrap_or_default()
    });
}

/// "Indicators 1–4 of 9"; without the goal's heading above, the pane says whose indicators
/// these are.
fn indicators_title(app: &App, area: Rect, g: usize, headed: bool) -> Vec<Span<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let goal = &app.data.dataset.goals[g];
    let in_sight = usize::from(pane_rows(area).height / 2);
    let own = format!(
        "{} {}",
        capitalize(&loc.word(Word::Indicators)),
        count(
            app,
            app.ui.overview.indicators,
            goal.indicators.len(),
            in_sight
        )
    );
    let mut title = Vec::new();
    if !headed {
        // The goal is cut, never the count: the rule and spaces take six cells.
        let room =
            usize::from(area.width).saturating_sub(text::width(&own) + text::width(loc.sep()) + 6);
        let label = goal_label(app, goal);
        let label = text::truncate(&label, room, theme.glyphs.ellipsis);
        title.push(Span::raw(format!("{label}{}", loc.sep())));
    }
    title.push(Span::raw(own));
    title
}

/// The indicators in sight, two lines each, marked when changed since a baseline.
fn indicator_lines(
    app: &App,
    g: usize,
    visible: std::ops::Range<usize>,
    width: u16,
) -> Vec<Option<Vec<Line<'static>>>> {
    let parts: Vec<IndicatorParts<'_>> = visible
        .clone()
        .filter_map(|index| app.data.indicator(IndicatorRef::Goal { goal: g, index }))
        .collect();
    // With a baseline, each row's first line starts with the marker: two cells less for it.
    let room = width.saturating_sub(2 + 2 * u16::from(app.since.is_some()));
    let method = app.data.dataset.status_method;
    figures::indicator_rows(app.locale, &app.theme, method, &parts, usize::from(room))
        .into_iter()
        .zip(visible)
        .map(|(row, index)| {
            Some(since::marked_row(
                app,
                IndicatorRef::Goal { goal: g, index },
                row,
            ))
        })
        .collect()
}

fn initiatives(area: Rect, buf: &mut Buffer, app: &App) {
    let (theme, loc) = (&app.theme, app.locale);
    let (focused, focus) = focus(app, Pane::Initiatives);
    let list = app.goal().map_or(&[][..], |g| app.data.initiatives_of(g));
    let rows = pane_rows(area);
    let cursor = app.ui.overview.initiatives;
    let title = format!(
        "{} {}",
        capitalize(&loc.word(Word::Initiatives)),
        count(app, cursor, list.len(), usize::from(rows.height))
    );
    let title_w = text::width(&title);
    pane_title(buf, area, vec![Span::raw(title)], focused, theme);
    if list.is_empty() {
        nothing(buf, rows, loc.word(Word::NoInitiatives), app);
        return;
    }
    let visible = scroll::window(cursor, list.len(), usize::from(rows.height));
    let start = visible.start;
    let cells: Vec<Vec<Line<'static>>> = list[visible]
        .iter()
        .map(|&n| initiative_cells(app, n))
        .collect();
    let cols = initiative_cols();
    let room = usize::from(rows.width.saturating_sub(2));
    let natural = steady(app, widgets::natural_widths(&cells, cols.len()), room);
    let widths = widgets::widths(&cols, &natural, room, 2);
    // The rule above the columns names them (the title's own line, so no row is lost).
    let after_title = area.x + 4 + u16::try_from(title_w).unwrap_or(u16::MAX);
    column_headings(
        buf,
        area,
        after_title,
        &initiative_headings(app),
        &widths,
        app,
    );
    let mut cells: Vec<Option<Vec<Line<'static>>>> = cells.into_iter().map(Some).collect();
    draw_rows(buf, rows, (cursor, list.len(), 1), focus, theme, |i| {
        let row = cells
            .get_mut(i - start)
            .and_then(Option::take)
            .unwrap_or_default();
        vec![widgets::columns_line(row, &cols, &widths, 2, theme)]
    });
}

/// Where the title keeps [`INITIATIVE_TITLE`] cells beside them, the status, owners and date
/// columns as wide as anywhere in the dataset: they then stay in place from goal to goal, and a
/// goal move sends only the text that differs (at 120 columns it sent every row's status,
/// owners and date again whenever the new goal's widest owner differed). Narrower, each goal's
/// own widths, so no column gives way for an owner of another goal.
fn steady(app: &App, mut natural: Vec<usize>, room: usize) -> Vec<usize> {
    let [status, owners, dates] = crate::tui::browse::steady_widths(app);
    let steady = [status, owners.min(OWNERS_CAP), dates];
    if INITIATIVE_TITLE + steady.iter().map(|w| w + 2).sum::<usize>() <= room {
        for (n, s) in natural.iter_mut().skip(1).zip(steady) {
            *n = (*n).max(s);
        }
    }
    natural
}

const INITIATIVE_TITLE: usize = 40;
const OWNERS_CAP: usize = 24;

/// The initiatives pane's columns: the title keeps 40 cells before the owners are shown beside
/// it.
fn initiative_cols() -> [Col; 4] {
    [
        Col::flex(INITIATIVE_TITLE),
        Col::fixed(0),
        Col::capped(2, OWNERS_CAP),
        Col::fixed(1),
    ]
}

/// The initiatives pane's column headings (the title's column has none).
fn initiative_headings(app: &App) -> [String; 4] {
    let loc = app.locale;
    [
        String::new(),
        capitalize(&loc.word(Word::Status)),
        capitalize(&loc.word(Word::Owners)),
        say(loc, Label::Updated).into_owned(),
    ]
}

/// Names the columns in a pane's title line, each over its column (rows are indented two
/// cells, columns two apart), where it fits between the title and the next heading.
fn column_headings(
    buf: &mut Buffer,
    area: Rect,
    after_title: u16,
    headings: &[String],
    widths: &[Option<usize>],
    app: &App,
) {
    let theme = &app.theme;
    let mut x = usize::from(area.x) + 2;
    let mut free_from = usize::from(after_title);
    let right = usize::from(area.right());
    let shown: Vec<(&String, usize)> = headings
        .iter()
        .zip(widths)
        .filter_map(|(h, w)| w.map(|w| (h, w)))
        .collect();
    for (i, (heading, width)) in shown.iter().enumerate() {
        let label = format!(" {heading} ");
        let w = text::width(&label);
        // The next column's heading starts at its column: this one ends before it.
        let end = if i + 1 == shown.len() {
            right
        } else {
            x + width + 2
        };
        // Over its column, or just after the heading before when that one ran over.
        let at = x.saturating_sub(1).max(free_from);
        if !heading.is_empty() && at <= x + 1 && at + w <= end {
            let at16 = u16::try_from(at).unwrap_or(u16::MAX);
            buf.set_string(at16, area.y, &label, theme.dim);
            free_from = at + w;
        }
        x += width + 2;
    }
}

/// An initiative in a list: title, status, owners, date of the latest update.
fn initiative_cells(app: &App, n: usize) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let ini = &app.data.dataset.initiatives[n];
    let prep = &app.data.prepared.initiatives[n];
    vec![
        since::marked(
            app,
            since::initiative_changed(app, n),
            theme.clean(&ini.title).into_owned(),
        ),
        Line::styled(
            loc.initiative_status(ini.status).into_owned(),
            theme.initiative_status(ini.status),
        ),
        Line::styled(app.data.owners_text(n, theme), theme.dim),
        Line::styled(
            prep.latest_update.map(|d| loc.date(d)).unwrap_or_default(),
            theme.dim,
        ),
    ]
}
