//! An indicator's figures as styled cells and sentences, shared by the overview's indicator
//! rows, the initiative's measures and the indicator screen. Wording and numbers come from
//! `crate::format`; this file only picks which figure goes where and how it is coloured.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::figures::{GoalFigures, IndicatorFigures, Status};
use crate::format::{IndicatorFormat, Locale, Word};
use crate::model::{Direction, Point, StatusMethod};
use crate::tui::content::columns::{self as widgets, Col};
use crate::tui::content::open_sdg;
use crate::tui::prepared::IndicatorParts;
use crate::tui::text;
use crate::tui::theme::Theme;

/// A status as symbol and word, coloured: `● on track`.
pub fn status(loc: Locale, theme: &Theme, status: Status) -> Line<'static> {
    let style = theme.status(status);
    Line::from(vec![
        Span::styled(loc.status_symbol(status), style),
        Span::raw(" "),
        Span::styled(loc.status(status).into_owned(), style),
    ])
}

/// The status a view shows of an indicator: Open SDG's under its method (when the indicator
/// has one), else the v1 status.
pub fn indicator_status(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    p: &IndicatorParts<'_>,
) -> Line<'static> {
    let own = (method == StatusMethod::OpenSdg)
        .then(|| open_sdg::indicator_progress(loc, theme, p))
        .flatten();
    own.unwrap_or_else(|| status(loc, theme, p.figures.status))
}

/// The latest value in its unit, as the source gave it: `38 personer`, `≈ 45`, `40–50`,
/// `≥ 100`.
pub fn latest(loc: Locale, p: &IndicatorParts<'_>) -> String {
    latest_of(loc, p.figures, &p.indicator.series, &p.prepared.format)
}

/// [`latest`] of any series with its figures and number format (a breakdown's row borrows
/// them rather than copying its series into an indicator).
pub fn latest_of(
    loc: Locale,
    figures: &IndicatorFigures,
    series: &[Point],
    format: &IndicatorFormat,
) -> String {
    let Some(l) = figures.latest else {
        return loc.word(Word::NoValue).into_owned();
    };
    let point = series
        .iter()
        .rev()
        .find(|pt| pt.date == l.date && pt.measured_value() == Some(l.value));
    point
        .and_then(|pt| format.point_value(loc, pt))
        .unwrap_or_else(|| format.value(loc, l.value))
}

/// The date of the latest value: `dec 2016`.
pub fn latest_date(loc: Locale, p: &IndicatorParts<'_>) -> String {
    latest_date_of(loc, p.figures)
}

pub fn latest_date_of(loc: Locale, figures: &IndicatorFigures) -> String {
    figures.latest.map(|l| loc.date(l.date)).unwrap_or_default()
}

/// The date of the latest value, marked when a value is overdue: `dec 2016 overdue`.
fn latest_date_marked(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    let date = Span::styled(latest_date(loc, p), theme.dim);
    if p.figures.stale == Some(true) {
        let mark = Span::styled(format!(" {}", loc.word(Word::Stale)), theme.warning);
        return Line::from(vec![date, mark]);
    }
    Line::from(date)
}

/// A goal's status; a goal without a status of its own (`no_data`, `no_target`) whose
/// initiatives' measures have one reads as theirs, marked as coming from there:
/// `✔ achieved via initiatives`, or in a list, where the symbol and its colour say the
/// status, `✔ via initiatives` (never "no data" beside it: the measures are data).
pub fn goal_status(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    fig: &GoalFigures,
    short: bool,
) -> Line<'static> {
    if let Some(line) = open_sdg::goal_status(loc, theme, method, fig) {
        return line;
    }
    let Some(measures) = fig.via_initiatives() else {
        return status(loc, theme, fig.status);
    };
    let style = theme.status(measures);
    let mut line = Line::from(Span::styled(loc.status_symbol(measures), style));
    if !short {
        line.spans
            .push(Span::styled(format!(" {}", loc.status(measures)), style));
    }
    line.spans.push(Span::styled(
        format!(" {}", loc.word(Word::ViaInitiatives)),
        theme.dim,
    ));
    line
}

/// What it takes, when there is a target to reach by a deadline:
/// `needs −3.8 pp a year · pace so far −1.2 (0.3×)`.
pub fn what_it_takes(loc: Locale, p: &IndicatorParts<'_>) -> Line<'static> {
    loc.what_it_takes(&p.prepared.format, p.figures)
        .map_or_else(Line::default, Line::from)
}

/// `no value since dec 2016, one was due by 1 jun 2017`, in the warning colour.
pub fn overdue(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    loc.overdue(p.figures)
        .map_or_else(Line::default, |s| Line::styled(s, theme.warning))
}

/// Whether a change of this sign is better, worse, or neither, by the direction.
fn judged(theme: &Theme, direction: Direction, delta: f64) -> Style {
    match direction {
        Direction::Decrease if delta < 0.0 => theme.good,
        Direction::Increase if delta > 0.0 => theme.good,
        Direction::Decrease if delta > 0.0 => theme.bad,
        Direction::Increase if delta < 0.0 => theme.bad,
        _ => theme.text,
    }
}

/// The change since the baseline: `−23 (−37,7 %)`, or `−6,9 pp` for a percentage.
/// Nothing when the baseline is the latest point itself: "0" would read as "no change"
/// where there is only one measurement (the reports say nothing there either).
pub fn change(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    let Some(change) = p.figures.change else {
        return Line::default();
    };
    if p.figures.latest.is_some() && p.figures.latest == p.figures.baseline {
        return Line::default();
    }
    let format = &p.prepared.format;
    let mut text = if p.indicator.is_percent() {
        format.change(loc, change)
    } else {
        loc.signed(change, format.decimals())
    };
    if let (false, Some(pct)) = (p.indicator.is_percent(), p.figures.change_pct) {
        text = format!("{text} ({})", loc.signed_percent(pct, 1));
    }
    Line::from(Span::styled(
        text,
        judged(theme, p.indicator.direction, change),
    ))
}

/// The change with the baseline's date: `−23 (−37,7 %) since maj 2015`.
pub fn change_since(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    let mut line = change(loc, theme, p);
    if let (false, Some(b)) = (line.spans.is_empty(), p.figures.baseline) {
        line.spans.push(Span::raw(format!(
            " {} {}",
            loc.word(Word::Since),
            loc.date(b.date)
        )));
    }
    line
}

/// The target and its deadline: `target 30 by dec 2018`.
pub fn target(loc: Locale, p: &IndicatorParts<'_>) -> String {
    let Some(t) = &p.indicator.target else {
        return String::new();
    };
    let value = p.prepared.format.value(loc, t.value);
    match t.date {
        Some(d) => format!(
            "{} {value} {} {}",
            loc.word(Word::Target),
            loc.word(Word::By),
            loc.date(d)
        ),
        None => format!("{} {value}", loc.word(Word::Target)),
    }
}

/// What is left to the target: `8 personer to go`, or `3 beyond the target`.
pub fn gap(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    let Some(remaining) = p.figures.remaining else {
        return Line::default();
    };
    let amount = p.prepared.format.gap(loc, remaining);
    if remaining <= 0.0 {
        Line::from(Span::styled(
            format!("{amount} {}", loc.word(Word::BeyondTarget)),
            theme.good,
        ))
    } else {
        Line::from(format!("{amount} {}", loc.word(Word::ToGo)))
    }
}

/// How far along the way to the target: a bar and the percentage.
/// Shown only when the baseline was short of the target: from a baseline already past it,
/// "how far along the way" means nothing.
/// Coloured as `colour` (the status the view shows of the indicator).
pub fn progress(
    loc: Locale,
    theme: &Theme,
    p: &IndicatorParts<'_>,
    width: usize,
    colour: Status,
) -> Line<'static> {
    let (Some(pct), Some(baseline), Some(target)) = (
        p.figures.progress_pct,
        p.figures.baseline,
        p.indicator.target.as_ref(),
    ) else {
        return Line::default();
    };
    let short_of_target = match p.indicator.direction {
        Direction::Decrease => baseline.value > target.value,
        Direction::Increase => baseline.value < target.value,
        Direction::None => false,
    };
    if !short_of_target {
        return Line::default();
    }
    let mut spans = widgets::bar(pct, width, theme, theme.status(colour));
    spans.push(Span::raw(format!(" {}", loc.percent(pct, 0))));
    Line::from(spans)
}

/// The trend as arrow and word, coloured by the direction: `↘ improving`.
pub fn trend(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    trend_of(loc, theme, p.figures, p.indicator.direction)
}

/// [`trend`] from the figures and the direction alone.
pub fn trend_of(
    loc: Locale,
    theme: &Theme,
    figures: &IndicatorFigures,
    direction: Direction,
) -> Line<'static> {
    let Some(trend) = figures.trend else {
        return Line::default();
    };
    let style = theme.trend(trend);
    Line::from(vec![
        Span::styled(loc.trend_symbol(trend, direction), style),
        Span::raw(" "),
        Span::styled(loc.trend(trend).into_owned(), style),
    ])
}

/// The trend with its pace, and a recent run against it: `falling −12,9 personer per year ·
/// but rising 3 periods in a row`.
pub fn trend_pace(loc: Locale, theme: &Theme, p: &IndicatorParts<'_>) -> Line<'static> {
    let mut line = trend(loc, theme, p);
    if let (Some(slope), false) = (p.figures.slope_per_year, line.spans.is_empty()) {
        line.spans.push(Span::raw(format!(
            " {}",
            p.prepared.format.slope(loc, slope)
        )));
    }
    if let Some(run) = loc.run_against_trend(p.figures, p.indicator.direction) {
        line.spans
            .push(Span::styled(format!("{}{run}", loc.sep()), theme.warning));
    }
    line
}

/// The sparkline, at most `max` of the latest points.
pub fn spark(p: &IndicatorParts<'_>, max: usize, theme: &Theme) -> Line<'static> {
    spark_of(&p.prepared.spark, max, theme)
}

/// The last `max` glyphs of a prepared sparkline.
pub fn spark_of(spark: &str, max: usize, theme: &Theme) -> Line<'static> {
    let skip = spark.chars().count().saturating_sub(max);
    let tail: String = spark.chars().skip(skip).collect();
    Line::from(Span::styled(tail, theme.series))
}

/// The columns of an indicator's second row: sparkline, latest, date, change, target, gap,
/// progress, trend. The headline figures (latest, change, target) are never dropped. The
/// figures with a unit are capped: one long unit would widen its column for every row and
/// push the date, gap and trend out (the whole value is on the indicator's screen).
pub const FIGURE_COLUMNS: [Col; 8] = [
    Col::fixed(3),
    Col::capped_number(0, 18),
    Col::fixed(4),
    Col::fixed(0),
    Col::capped(0, 30),
    Col::capped(2, 18),
    Col::fixed(5),
    Col::fixed(1),
];

/// Cells of an indicator's second row, in the order of [`FIGURE_COLUMNS`].
pub fn figure_cells(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    p: &IndicatorParts<'_>,
) -> Vec<Line<'static>> {
    let colour = open_sdg::shown_status(method, p);
    vec![
        spark(p, 8, theme),
        Line::from(Span::styled(latest(loc, p), theme.heading)),
        latest_date_marked(loc, theme, p),
        change(loc, theme, p),
        Line::from(target(loc, p)),
        gap(loc, theme, p),
        progress(loc, theme, p, 8, colour),
        trend(loc, theme, p),
    ]
}

/// The two lines of an indicator in a list: title and status; then its figures in columns.
pub fn indicator_rows(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    parts: &[IndicatorParts<'_>],
    width: usize,
) -> Vec<Vec<Line<'static>>> {
    let cells: Vec<Vec<Line<'static>>> = parts
        .iter()
        .map(|p| figure_cells(loc, theme, method, p))
        .collect();
    let natural = widgets::natural_widths(&cells, FIGURE_COLUMNS.len());
    let indent = 2;
    let widths = widgets::widths(&FIGURE_COLUMNS, &natural, width.saturating_sub(indent), 2);
    let status_w = parts
        .iter()
        .map(|p| text::line_width(&indicator_status(loc, theme, method, p)))
        .max()
        .unwrap_or(0);
    parts
        .iter()
        .zip(cells)
        .map(|(p, cells)| {
            let title = Line::from(Span::styled(
                theme.clean(&p.indicator.title).into_owned(),
                theme.text,
            ));
            let head_cols = [Col::flex(10), Col::fixed(0)];
            let head_widths =
                widgets::widths(&head_cols, &[text::line_width(&title), status_w], width, 2);
            let head = widgets::columns_line(
                vec![title, indicator_status(loc, theme, method, p)],
                &head_cols,
                &head_widths,
                2,
                theme,
            );
            let mut figures = widgets::columns_line(cells, &FIGURE_COLUMNS, &widths, 2, theme);
            figures.spans.insert(0, Span::raw(" ".repeat(indent)));
            vec![head, figures]
        })
        .collect()
}
