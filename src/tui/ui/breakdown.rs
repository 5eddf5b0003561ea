//! The breakdowns screen: the dimensions with the one shown marked, the filter, then the
//! values side by side, a few as lines on one chart over their rows (each line with its own
//! glyph, named in its row, so no colour is needed), many as a list with a row each (label,
//! sparkline, latest value, date, trend, status). Only the rows in sight are made. One value
//! opened shows as an indicator does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::tui::app::{App, Screen};
use crate::tui::breakdown::{BreakdownScreen, Opened};
use crate::tui::chart::ChartData;
use crate::tui::content::breakdown::{
    One, ROW_COLUMNS, Row, Word, dimensions_line, filter_line, label, row_cells, say,
};
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
        chart(l.chart, buf, app, &p, s);
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

/// The values shown as lines on one chart, each with its own glyph.
fn chart(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>, s: &BreakdownScreen) {
    let (theme, loc) = (&app.theme, app.locale);
    let all = &p.indicator.breakdowns;
    let series = s
        .rows
        .iter()
        .filter_map(|&n| all.get(n))
        .map(|b| &b.series[..]);
    let c = ChartData::lines(series);
    if c.is_empty() {
        return;
    }
    // Each value's line as the indicator screen draws a series, and its points with the
    // value's own glyph: the glyphs tell the lines apart without colour.
    let mut sets: Vec<Dataset<'_>> = Vec::new();
    for (i, line) in c.comparisons.iter().enumerate() {
        let (glyph, style) = line_style(theme, i);
        if line.len() > 1 {
            sets.push(
                Dataset::default()
                    .data(line)
                    .marker(theme.glyphs.series)
                    .graph_type(GraphType::Line)
                    .style(style),
            );
        }
        sets.push(
            Dataset::default()
                .data(line)
                .marker(Marker::Custom(glyph))
                .graph_type(GraphType::Scatter)
                .style(style),
        );
    }
    let [x0, x1] = c.x_bounds;
    let [y0, y1] = c.y_bounds;
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
    let end = (s.cursor.offset + usize::from(area.height)).min(s.rows.len());
    let start = s.cursor.offset.min(end);
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
    let list = (s.cursor, s.rows.len(), 1);
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
