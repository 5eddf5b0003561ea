//! The indicator screen: the figures in words, a chart on a time axis (the measured series with
//! its points, the baseline, the target line up to the deadline, the forecast drawn apart from
//! what was measured, and each comparison series), a legend that names every mark by its glyph
//! (never by colour alone), and the points with their notes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::format::Word;
use crate::model::{Point, PointKind};
use crate::tui::app::{App, Screen};
use crate::tui::content::labels::count;
use crate::tui::layout::{self, pane_rows};
use crate::tui::prepared::year_of;
use crate::tui::prepared::{ChartData, IndicatorParts};
use crate::tui::scroll;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::ui::marks::{forecast_line, planned_glyph, planned_points, without_planned};
use crate::tui::ui::plot::{self, Grid, value_labels};
use crate::tui::ui::widgets::{self, Col, Focus, draw_rows, pane_title, put_line, put_lines};
use crate::tui::words::{Label, say};

pub use crate::tui::content::indicator::{
    comparison_items, legend_height, legend_lines, words_height, words_lines,
};

/// Below this size a chart says nothing useful; its place is left empty.
pub const MIN_CHART: (u16, u16) = (16, 5);

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Indicator(s)) = app.screen() else {
        return;
    };
    let Some(p) = app.data.indicator(s.indicator) else {
        return;
    };
    render_parts(area, buf, app, &p, s.points);
}

/// An indicator's screen for any parts: also one breakdown opened from its breakdowns.
pub fn render_parts(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    cursor: crate::tui::app::Cursor,
) {
    let l = layout::indicator(app, area, p);
    words(l.words, buf, app, p);
    chart(l.chart, buf, &app.theme, app, p);
    legend(l.legend, buf, app, p);
    points(l.points, buf, app, p, cursor);
}

/// `38 personer (dec 2016) · −23 (−37,7 %) since maj 2015 · falling −12,9 per year · ◇ no target`
fn words(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    put_lines(buf, area, words_lines(app, p, area.width), &app.theme);
}

/// The years to label on an axis `width` cells wide: every year, or every 2nd, 5th, 10th…
/// so that labels stay apart.
fn label_years(c: &ChartData, width: u16) -> Vec<f64> {
    let [x0, x1] = c.x_bounds;
    let span = (x1 - x0).max(1.0);
    let fits = (f64::from(width) / 6.0).max(2.0);
    let step = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0]
        .into_iter()
        .find(|s| span / s < fits)
        .unwrap_or(span);
    let first = (x0 / step).ceil() * step;
    (0..)
        .map(|i| first + step * f64::from(i))
        .take_while(|y| *y <= x1)
        .take(64)
        .collect()
}

/// The time axis under the graph: a rule with a tick at each labelled year, and the years
/// centred under their ticks, at the columns where the chart draws those dates.
fn time_axis(area: Rect, graph_x: u16, buf: &mut Buffer, theme: &Theme, c: &ChartData) {
    if area.height < 2 || graph_x >= area.right() {
        return;
    }
    let graph_w = area.right() - graph_x;
    let [x0, x1] = c.x_bounds;
    let column = |year: f64| {
        let share = ((year - x0) / (x1 - x0)).clamp(0.0, 1.0);
        graph_x + (share * f64::from(graph_w - 1)).floor() as u16
    };
    let rule_y = area.y;
    buf.set_string(graph_x - 1, rule_y, "└", theme.dim);
    buf.set_string(graph_x, rule_y, "─".repeat(usize::from(graph_w)), theme.dim);
    let mut free_from = area.x;
    for year in label_years(c, graph_w) {
        let x = column(year);
        buf.set_string(x, rule_y, "┴", theme.dim);
        let label = format!("{year:.0}");
        let w = label.len() as u16;
        let start = x
            .saturating_sub(w / 2)
            .clamp(area.x, area.right().saturating_sub(w));
        if start >= free_from {
            buf.set_string(start, rule_y + 1, &label, theme.dim);
            free_from = start + w + 1;
        }
    }
}

/// An indicator's chart in an area: value labels, the graph, the time axis in its bottom two
/// rows. Shared with presentation mode.
pub fn chart(area: Rect, buf: &mut Buffer, theme: &Theme, app: &App, p: &IndicatorParts<'_>) {
    if area.width < MIN_CHART.0 || area.height < MIN_CHART.1 {
        return;
    }
    // Worked out for this frame: only the indicators on screen need their points as a chart.
    let c = &p.chart();
    if c.is_empty() {
        let line = Line::styled(say(app.locale, Label::NoData), theme.dim);
        let (x, y) = (area.x + 2, area.y + area.height / 2);
        put_line(buf, x, y, area.width.saturating_sub(2), line, theme);
        return;
    }
    let [plot, axis] = layout::split_bottom(area, 2);
    // The labels' rows depend on the graph's height only; their width sets where it starts.
    let mut grid = Grid {
        area: plot,
        x: c.x_bounds,
        y: c.y_bounds,
        dots: plot::dots(theme.glyphs.series),
    };
    let labels = value_labels(&grid, app.locale, c.y_scale);
    let widest = labels.iter().map(|(_, l)| text::width(l)).max();
    let label_w = (widest.unwrap_or(0) as u16).min(area.width / 3);
    let graph_x = area.x + label_w + 1;
    let graph_w = plot.right().saturating_sub(graph_x);
    grid.area = Rect::new(graph_x, plot.y, graph_w, plot.height);
    let marks = Marks::new(p, c, &grid, selected_point(app, p));
    let sets = datasets(&marks, theme, grid.area.width, planned_glyph(app));
    // The chart keeps the labels' column and draws the axis; the labels go on their rows.
    let blank = " ".repeat(usize::from(label_w));
    let y_axis = Axis::default()
        .bounds(c.y_bounds)
        .labels(vec![blank.clone(), blank])
        .style(theme.dim);
    Chart::new(sets)
        .x_axis(Axis::default().bounds(c.x_bounds))
        .y_axis(y_axis)
        .legend_position(None)
        .render(plot, buf);
    value_labels_at(buf, labels, &grid, label_w, theme);
    if let Some((place, measured)) = marks.selected {
        let glyph = if measured {
            theme.glyphs.point
        } else {
            planned_glyph(app)
        };
        grid.highlight(buf, place, glyph, theme.series);
    }
    time_axis(axis, graph_x, buf, theme, c);
}

/// The value labels on their rows, right-aligned against the axis.
fn value_labels_at(
    buf: &mut Buffer,
    labels: Vec<(u16, String)>,
    grid: &Grid,
    label_w: u16,
    theme: &Theme,
) {
    for (row, label) in labels {
        let x = grid.area.x - 1 - (text::width(&label) as u16).min(label_w);
        let line = Line::styled(label, theme.dim);
        put_line(buf, x, grid.area.y + row, label_w, line, theme);
    }
}

/// The point selected on the indicator screen, if this chart is that screen's.
fn selected_point(app: &App, p: &IndicatorParts<'_>) -> Option<usize> {
    match app.screen() {
        Some(Screen::Indicator(s))
            if app
                .data
                .indicator(s.indicator)
                .is_some_and(|q| std::ptr::eq(q.indicator, p.indicator)) =>
        {
            Some(s.points.selected)
        }
        _ => None,
    }
}

/// The legend of the chart, at most as many lines as the area has.
pub fn legend(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    put_lines(buf, area, legend_lines(app, p, area.width), &app.theme);
}

/// The straight lines and lone marks of a chart beside its series, as points; those drawn in
/// whole cells already moved to the cells of their Braille dots (see `plot`).
struct Marks {
    target: Vec<(f64, f64)>,
    deadline: Vec<(f64, f64)>,
    forecast: Vec<(f64, f64)>,
    baseline: Vec<(f64, f64)>,
    /// Planned points, drawn apart from what was measured (v1.1).
    planned: Vec<(f64, f64)>,
    /// One per comparison series.
    comparisons: Vec<Vec<(f64, f64)>>,
    /// The measured series without the planned points, which `ChartData` holds with them: in
    /// pieces between holes, and as points.
    segments: Vec<Vec<(f64, f64)>>,
    measured: Vec<(f64, f64)>,
    /// The measured points that get a mark: all, or every k-th when they are many.
    marked: Vec<(f64, f64)>,
    /// The selected point's place, and whether it was measured (else planned).
    selected: Option<((f64, f64), bool)>,
}

impl Marks {
    fn new(p: &IndicatorParts<'_>, c: &ChartData, grid: &Grid, selected: Option<usize>) -> Self {
        let [x0, x1] = c.x_bounds;
        let [y0, y1] = c.y_bounds;
        let target = c
            .target_y
            .map(|t| vec![(x0, t), (c.deadline_x.unwrap_or(x1), t)])
            .unwrap_or_default();
        let deadline = c
            .deadline_x
            .map(|x| vec![(x, y0), (x, y1)])
            .unwrap_or_default();
        let planned = planned_points(p, c);
        let (segments, measured) = without_planned(c, &planned);
        let place = selected
            .and_then(|i| p.indicator.series.get(i))
            .and_then(|pt| {
                let v = pt.value().filter(|v| v.is_finite())?;
                Some((year_of(pt.date.first_day()), v / c.y_scale))
            });
        let at = place.and_then(|pl| measured.iter().position(|&m| m == pl));
        let mut marked: Vec<(f64, f64)> = plot::marked(measured.len(), grid.area.width, at)
            .into_iter()
            .map(|i| measured[i])
            .collect();
        // A point alone between holes has no line: its mark is all it has.
        marked.extend(segments.iter().filter(|s| s.len() == 1).map(|s| s[0]));
        Self {
            target: grid.snapped(&target),
            deadline: grid.snapped(&deadline),
            // The fitted line, as the forecast is computed (v1.1 §8).
            forecast: grid.snapped(&forecast_line(p, c).unwrap_or_default()),
            baseline: grid.snapped(&c.baseline.into_iter().collect::<Vec<_>>()),
            planned: grid.snapped(&planned),
            comparisons: c.comparisons.iter().map(|s| grid.snapped(s)).collect(),
            segments,
            measured,
            marked: grid.snapped(&marked),
            selected: place.map(|pl| (pl, at.is_some())),
        }
    }
}

/// The chart's layers, the series last but the baseline's mark: target, deadline,
/// comparisons, forecast, the series.
fn datasets<'a>(
    marks: &'a Marks,
    theme: &Theme,
    width: u16,
    planned_glyph: char,
) -> Vec<Dataset<'a>> {
    let g = &theme.glyphs;
    let mut sets = vec![
        line(&marks.target, Marker::Custom(g.target), theme.target),
        line(&marks.deadline, Marker::Custom(g.deadline), theme.deadline),
    ];
    for (i, comparison) in marks.comparisons.iter().enumerate() {
        sets.push(line(
            comparison,
            Marker::Custom(g.comparisons[i % 4]),
            theme.comparisons[i % 4],
        ));
    }
    sets.push(line(
        &marks.forecast,
        Marker::Custom(g.forecast),
        theme.forecast,
    ));
    sets.extend(measured(marks, theme, width));
    // The marks on the line: every point, or every k-th of many (`plot::marked`).
    sets.push(scatter(
        &marks.marked,
        Marker::Custom(g.point),
        theme.series,
    ));
    sets.push(scatter(
        &marks.baseline,
        Marker::Custom(g.baseline),
        theme.text,
    ));
    // Planned points apart from what was measured: a hollow marker, no line.
    let planned = Marker::Custom(planned_glyph);
    sets.push(scatter(&marks.planned, planned, theme.forecast));
    sets
}

/// The measured series: its pieces as lines, or all its points as dots.
fn measured<'a>(marks: &'a Marks, theme: &Theme, width: u16) -> Vec<Dataset<'a>> {
    // Points closer than the graph's dots need no lines between them, and a series with many
    // holes would need a layer per piece: both are drawn as dots.
    let (segments, measured) = (&marks.segments, &marks.measured);
    let dense = measured.len() > usize::from(width) || segments.len() > 32;
    if dense {
        return vec![scatter(measured, theme.glyphs.series, theme.series)];
    }
    // A lone point is a line of one dot, drawn beside its own marker: its marker is enough.
    segments
        .iter()
        .filter(|s| s.len() > 1)
        .map(|segment| line(segment, theme.glyphs.series, theme.series))
        .collect()
}

/// A point's date, value and note, as the cells of its row.
fn point_cells(app: &App, p: &IndicatorParts<'_>, point: &Point) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let value = match p.prepared.format.point_value(loc, point) {
        None => Line::styled(loc.word(Word::NoValue).into_owned(), theme.dim),
        Some(v) if point.kind() == PointKind::Planned => Line::from(vec![
            Span::styled(v, theme.forecast),
            Span::styled(format!(" {}", loc.word(Word::Planned)), theme.dim),
        ]),
        Some(v) => Line::styled(v, theme.heading),
    };
    let note = point
        .note()
        .map(|n| theme.clean(n).into_owned())
        .unwrap_or_default();
    vec![
        Line::from(loc.point_date(point)),
        value,
        Line::styled(note, theme.text),
    ]
}

/// The points pane: its title, the points in sight as a table, the selected one's note.
fn points(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    cursor: crate::tui::app::Cursor,
) {
    let (theme, loc) = (&app.theme, app.locale);
    let series = &p.indicator.series;
    let rows = pane_rows(area);
    let title = vec![Span::raw(format!(
        "{} {}",
        say(loc, Label::Points),
        count(app, cursor, series.len(), usize::from(rows.height))
    ))];
    pane_title(buf, area, title, true, theme);
    if series.is_empty() {
        let none = Line::styled(say(loc, Label::NoPoints), theme.dim);
        put_line(
            buf,
            rows.x + 2,
            rows.y,
            rows.width.saturating_sub(2),
            none,
            theme,
        );
        return;
    }
    let visible = scroll::window(cursor, series.len(), usize::from(rows.height));
    let start = visible.start;
    let cells = point_rows(app, p, &series[visible]);
    let cols = [Col::fixed(0), Col::number(0), Col::flex(8)];
    let natural = widgets::natural_widths(&cells, cols.len());
    let widths = widgets::widths(
        &cols,
        &natural,
        usize::from(rows.width.saturating_sub(2)),
        2,
    );
    let mut cells: Vec<Option<Vec<Line<'static>>>> = cells.into_iter().map(Some).collect();
    draw_rows(
        buf,
        rows,
        (cursor, series.len(), 1),
        Focus::Focused,
        theme,
        |i| {
            let row = cells
                .get_mut(i - start)
                .and_then(Option::take)
                .unwrap_or_default();
            vec![widgets::columns_line(row, &cols, &widths, 2, theme)]
        },
    );
    selected_note(rows, buf, app, series, cursor.selected);
}

/// The cells of the points in sight. With a baseline, new points are marked and revised ones
/// say what they were.
fn point_rows(app: &App, p: &IndicatorParts<'_>, shown: &[Point]) -> Vec<Vec<Line<'static>>> {
    let indicator = match (app.screen(), &app.since) {
        (Some(Screen::Indicator(s)), Some(_)) => Some(s.indicator),
        _ => None,
    };
    shown
        .iter()
        .map(|point| {
            let cells = point_cells(app, p, point);
            match indicator {
                Some(r) => super::since::point_cells(app, p, r, point.date, cells),
                None => cells,
            }
        })
        .collect()
}

/// The selected point's note in full, below the points when they leave room: in the table it
/// is cut to the column.
fn selected_note(
    rows: Rect,
    buf: &mut Buffer,
    app: &App,
    series: &[crate::model::Point],
    selected: usize,
) {
    let theme = &app.theme;
    let used = series.len().min(usize::from(rows.height)) as u16;
    let free = rows.height.saturating_sub(used + 1);
    let Some(note) = series.get(selected).and_then(|p| p.note()) else {
        return;
    };
    if free == 0 {
        return;
    }
    let label = format!("{}: ", say(app.locale, Label::Note));
    let text = format!("{label}{}", theme.clean(note));
    let width = usize::from(rows.width.saturating_sub(2));
    let lines =
        crate::tui::text::wrap_lines(&text, width, theme.glyphs.ellipsis, usize::from(free));
    for (i, line) in lines.into_iter().enumerate() {
        let y = rows.y + used + 1 + i as u16;
        put_line(
            buf,
            rows.x + 2,
            y,
            rows.width.saturating_sub(2),
            Line::styled(line, theme.dim),
            theme,
        );
    }
}

/// Lone marks of the chart: no line between them.
fn scatter(data: &[(f64, f64)], marker: Marker, style: ratatui::style::Style) -> Dataset<'_> {
    Dataset::default()
        .data(data)
        .marker(marker)
        .graph_type(GraphType::Scatter)
        .style(style)
}

/// One series of the chart, drawn as a line.
fn line(data: &[(f64, f64)], marker: Marker, style: ratatui::style::Style) -> Dataset<'_> {
    Dataset::default()
        .data(data)
        .marker(marker)
        .graph_type(GraphType::Line)
        .style(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_years_stay_apart() {
        let c = ChartData {
            x_bounds: [2014.0, 2019.0],
            ..ChartData::default()
        };
        assert_eq!(
            label_years(&c, 80),
            [2014.0, 2015.0, 2016.0, 2017.0, 2018.0, 2019.0]
        );
        let c = ChartData {
            x_bounds: [2001.0, 2019.0],
            ..ChartData::default()
        };
        assert_eq!(label_years(&c, 40), [2005.0, 2010.0, 2015.0]);
    }
}
