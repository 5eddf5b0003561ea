//! The breakdowns screen: the dimensions with the one shown marked, the filter, then the
//! values side by side, a few as lines on one chart over their rows (each line with its own
//! glyph, named in its row, so no colour is needed; the headline and the targets drawn with
//! them and named in a line of their own), many as a list with a row each (label,
//! sparkline, latest value, date, trend, status). Only the rows in sight are made. One value
//! opened shows as an indicator does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::model::{Breakdown, Target};
use crate::tui::app::{App, Screen};
use crate::tui::breakdown::{BreakdownScreen, Opened};
use crate::tui::chart::ChartData;
use crate::tui::content::breakdown::{
    One, ROW_COLUMNS, Row, Word, dimensions_line, filter_line, label, row_cells, say,
};
use crate::tui::content::figures;
use crate::tui::layout::breakdowns::breakdowns;
use crate::tui::prepared::IndicatorParts;
use crate::tui::theme::Theme;
use crate::tui::ui::widgets::{self, Focus, draw_rows, put_line};

/// The glyphs of the lines, one each, in order (as many as a chart holds lines).
const GLYPHS: [char; 6] = ['•', '×', '+', '∘', '▪', '◆'];
const ASCII_GLYPHS: [char; 6] = ['@', 'x', '+', 'o', '#', '%'];

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Breakdowns(s)) = app.screen() else {
        return;
    };
    let Some(p) = app.data.indicator(s.indicator) else {
        return;
    };
    if let Some(open) = s.open {
        opened(area, buf, app, &p, open);
        return;
    }
    let theme = &app.theme;
    let l = breakdowns(area, s);
    let dims = dimensions_line(app, s, &p);
    put_line(
        buf,
        l.dimensions.x,
        l.dimensions.y,
        l.dimensions.width,
        dims,
        theme,
    );
    let filter = filter_line(app, s);
    put_line(buf, l.filter.x, l.filter.y, l.filter.width, filter, theme);
    if l.lines() {
        let shown = Shown::new(&p, s);
        chart(l.chart, buf, app, &p, &shown);
        legend(l.legend, buf, app, &p, &shown);
    }
    rows(l.rows, buf, app, &p, s, l.lines());
}

/// Where the screen sits, after the indicator's crumbs: `Breakdowns: Køn`, or the value open.
pub fn crumbs(app: &App, s: &BreakdownScreen) -> Vec<String> {
    let (theme, loc) = (&app.theme, app.locale);
    let Some(p) = app.data.indicator(s.indicator) else {
        return Vec::new();
    };
    let title = crate::format::capitalize(&say(loc, Word::Breakdowns));
    let mut parts = match p.prepared.breakdowns.dimensions.get(s.dimension) {
        Some(d) => vec![format!("{title}: {}", theme.clean(d))],
        None => vec![title],
    };
    if let Some(b) = s.open.and_then(|o| p.indicator.breakdowns.get(o.breakdown)) {
        parts.push(theme.clean(&b.label()).into_owned());
    }
    parts
}

/// The glyph and style of line `i`.
fn line_style(theme: &Theme, i: usize) -> (char, Style) {
    let glyphs = if theme.ascii() { ASCII_GLYPHS } else { GLYPHS };
    let styles = [
        theme.series,
        theme.comparisons[0],
        theme.comparisons[1],
        theme.comparisons[2],
        theme.comparisons[3],
        theme.forecast,
    ];
    (glyphs[i % glyphs.len()], styles[i % styles.len()])
}

/// The headline's glyph on the lines' chart (the indicator's own series, its total).
const HEADLINE: char = '■';
const ASCII_HEADLINE: char = '&';

fn headline_glyph(theme: &Theme) -> char {
    if theme.ascii() {
        ASCII_HEADLINE
    } else {
        HEADLINE
    }
}

/// The values shown as lines: the breakdowns of the rows, and each one's own target where it
/// differs from the indicator's (which every value without one is read against).
struct Shown<'a> {
    breakdowns: Vec<&'a Breakdown>,
    /// Per breakdown, its own target when it is not the indicator's.
    own: Vec<Option<&'a Target>>,
}

impl<'a> Shown<'a> {
    fn new(p: &IndicatorParts<'a>, s: &BreakdownScreen) -> Self {
        let all = &p.indicator.breakdowns;
        let breakdowns: Vec<&Breakdown> = s.rows.iter().filter_map(|&n| all.get(n)).collect();
        let theirs = p.indicator.target.as_ref();
        let own = breakdowns
            .iter()
            .map(|b| b.target.as_ref().filter(|&t| Some(t) != theirs))
            .collect();
        Self { breakdowns, own }
    }

    /// The first value with a target line of its own, if any.
    fn first_own(&self) -> Option<usize> {
        self.own.iter().position(Option::is_some)
    }
}

/// The values as lines on one chart, each with its own glyph, over the indicator's target and
/// each value's own, with the headline (the total) drawn as a reference.
fn chart(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>, shown: &Shown<'_>) {
    let (theme, loc) = (&app.theme, app.locale);
    // The breakdowns' series, then the headline's; the indicator's target, then the values'.
    let series = shown.breakdowns.iter().map(|b| &b.series[..]);
    let series = series.chain(std::iter::once(&p.indicator.series[..]));
    let targets = std::iter::once(p.indicator.target.as_ref()).chain(shown.own.iter().copied());
    let c = ChartData::lines(series, targets);
    if c.is_empty() {
        return;
    }
    let [x0, x1] = c.x_bounds;
    let [y0, y1] = c.y_bounds;
    let targets: Vec<Vec<(f64, f64)>> = c
        .targets
        .iter()
        .map(|t| t.map_or_else(Vec::new, |(y, end)| vec![(x0, y), (end.unwrap_or(x1), y)]))
        .collect();
    let sets = layers(theme, &c.comparisons, &targets);
    let number = |v: f64| Span::styled(loc.number(v * c.y_scale, c.y_decimals), theme.dim);
    let year = |v: f64| Span::styled(format!("{v:.0}"), theme.dim);
    Chart::new(sets)
        .x_axis(
            Axis::default()
                .bounds([x0, x1])
                .labels(vec![year(x0), year(x1)])
                .style(theme.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([y0, y1])
                .labels(vec![number(y0), number(f64::midpoint(y0, y1)), number(y1)])
                .style(theme.dim),
        )
        .legend_position(None)
        .render(area, buf);
}

/// The chart's layers, the values last: the targets (the indicator's, then each value's own
/// in the value's style with its glyph at the deadline), the headline, the values. `lines`
/// holds the values' lines then the headline's; `targets` the indicator's then the values'.
fn layers<'a>(
    theme: &Theme,
    lines: &'a [Vec<(f64, f64)>],
    targets: &'a [Vec<(f64, f64)>],
) -> Vec<Dataset<'a>> {
    let g = &theme.glyphs;
    let mut sets: Vec<Dataset<'a>> = Vec::new();
    let mut line = |data: &'a [(f64, f64)], marker: Marker, kind: GraphType, style: Style| {
        if !data.is_empty() {
            sets.push(
                Dataset::default()
                    .data(data)
                    .marker(marker)
                    .graph_type(kind)
                    .style(style),
            );
        }
    };
    let (indicator, own): (&[(f64, f64)], _) = match targets.split_first() {
        Some((first, rest)) => (first, rest),
        None => (&[], &[]),
    };
    let target = Marker::Custom(g.target);
    line(indicator, target, GraphType::Line, theme.target);
    for (i, t) in own.iter().enumerate() {
        let (glyph, style) = line_style(theme, i);
        line(t, target, GraphType::Line, style);
        line(
            &t[t.len().saturating_sub(1)..],
            Marker::Custom(glyph),
            GraphType::Scatter,
            style,
        );
    }
    let (headline, values): (&[(f64, f64)], _) = match lines.split_last() {
        Some((last, rest)) => (last, rest),
        None => (&[], &[]),
    };
    let glyphs = std::iter::once((headline, headline_glyph(theme), theme.text));
    let values = values.iter().enumerate().map(|(i, v)| {
        let (glyph, style) = line_style(theme, i);
        (v.as_slice(), glyph, style)
    });
    // Each line as the indicator screen draws a series, and its points with its own glyph:
    // the glyphs tell the lines apart without colour.
    for (data, glyph, style) in glyphs.chain(values) {
        if data.len() > 1 {
            line(data, g.series, GraphType::Line, style);
        }
        line(data, Marker::Custom(glyph), GraphType::Scatter, style);
    }
    sets
}

/// Under the chart, what its other lines are: `■ i alt  ─ mål 75 % senest 2025  ─× eget mål`.
fn legend(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>, shown: &Shown<'_>) {
    let (theme, loc) = (&app.theme, app.locale);
    let g = &theme.glyphs;
    let mut items = vec![(
        headline_glyph(theme).to_string(),
        say(loc, Word::Total).into_owned(),
        theme.text,
    )];
    if p.indicator.target.is_some() {
        let target = theme.clean(&figures::target(loc, p)).into_owned();
        items.push((g.target.to_string(), target, theme.target));
    }
    if let Some(i) = shown.first_own() {
        let (glyph, style) = line_style(theme, i);
        let own = say(loc, Word::OwnTarget).into_owned();
        items.push((format!("{}{glyph}", g.target), own, style));
    }
    let mut spans = Vec::new();
    for (glyph, label, style) in items {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(glyph, style));
        spans.push(Span::styled(format!(" {label}"), theme.dim));
    }
    // Two columns in, under the rows' glyphs.
    let x = area.x.saturating_add(2).min(area.right());
    put_line(buf, x, area.y, area.right() - x, Line::from(spans), theme);
}

/// The rows in sight: each value's label, sparkline, latest value, date, trend and status;
/// with the lines, each label after its line's glyph.
fn rows(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    s: &BreakdownScreen,
    lines: bool,
) {
    let (theme, loc) = (&app.theme, app.locale);
    let dimension = p.prepared.breakdowns.dimensions.get(s.dimension);
    let dimension = dimension.map_or("", String::as_str);
    // The window as `draw_rows` derives it, so the cells built are the rows it draws.
    let cursor = crate::tui::scroll::settled(s.cursor, s.rows.len(), usize::from(area.height));
    let end = (cursor.offset + usize::from(area.height)).min(s.rows.len());
    let start = cursor.offset.min(end);
    let cells: Vec<Vec<Line<'static>>> = (start..end)
        .filter_map(|i| {
            let n = s.rows[i];
            let row = Row::new(p, n)?;
            let mark = lines.then(|| {
                let (glyph, style) = line_style(theme, i);
                Span::styled(glyph.to_string(), style)
            });
            Some(row_cells(
                app,
                &row,
                &label(row.breakdown, dimension, loc),
                mark,
            ))
        })
        .collect();
    let natural = widgets::natural_widths(&cells, ROW_COLUMNS.len());
    let width = usize::from(area.width.saturating_sub(2));
    let widths = widgets::widths(&ROW_COLUMNS, &natural, width, 2);
    let mut cells: Vec<Option<Vec<Line<'static>>>> = cells.into_iter().map(Some).collect();
    let list = (cursor, s.rows.len(), 1);
    draw_rows(buf, area, list, Focus::Focused, theme, |i| {
        let row = cells
            .get_mut(i - start)
            .and_then(Option::take)
            .unwrap_or_default();
        vec![widgets::columns_line(row, &ROW_COLUMNS, &widths, 2, theme)]
    });
}

/// One value opened: as an indicator's screen, titled with its full label.
fn opened(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>, open: Opened) {
    let Some(b) = p.indicator.breakdowns.get(open.breakdown) else {
        return;
    };
    let title = format!("{} ({})", p.indicator.title, b.label());
    if let Some(one) = One::new(p, open.breakdown, title) {
        super::indicator::render_parts(area, buf, app, &one.parts(), open.points);
    }
}
