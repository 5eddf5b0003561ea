//! The indicator screen's texts: the figures in words (with the comparisons) and the chart's
//! legend, and how many rows each takes at a width (the layout asks).

use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};

use crate::format::Locale;
use crate::format::{Word, capitalize};
use crate::model::{Direction, PointKind};
use crate::tui::app::App;
use crate::tui::content::columns::wrap_items;
use crate::tui::content::{figures, open_sdg, since};
use crate::tui::prepared::IndicatorParts;
use crate::tui::words::{Label, say};

/// How many rows the figures in words take at a width.
pub fn words_height(app: &App, p: &IndicatorParts<'_>, width: u16) -> u16 {
    words_lines(app, p, width).len() as u16
}

/// The figures as sentences wrapped between figures (at most three lines), then the
/// comparisons (at most two).
pub fn words_lines(app: &App, p: &IndicatorParts<'_>, width: u16) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let width = usize::from(width);
    let mut items: Vec<Line<'static>> = Vec::new();
    let date = figures::latest_date(loc, p);
    let mut latest = vec![Span::styled(figures::latest(loc, p), theme.heading)];
    if !date.is_empty() {
        latest.push(Span::raw(format!(" ({date})")));
    }
    items.push(Line::from(latest));
    items.push(figures::change_since(loc, theme, p));
    items.push(figures::trend_pace(loc, theme, p));
    items.push(Line::from(figures::target(loc, p)));
    items.push(figures::gap(loc, theme, p));
    if let Some(f) = p.figures.forecast {
        let value = p.prepared.format.value(loc, f);
        items.push(Line::from(format!("{} {value}", loc.word(Word::Forecast))));
    }
    let method = app.data.dataset.status_method;
    let status = figures::indicator_status(loc, theme, method, p);
    items.push(since::with_transition(
        app,
        since::Whose::Indicator(p.indicator.id.as_str()),
        status,
    ));
    items.extend(open_sdg::beside(loc, theme, method, p));
    // v1.1: what it takes, and a value overdue, each on a line of its own when it wraps.
    items.push(figures::what_it_takes(loc, p));
    items.push(figures::overdue(loc, theme, p));
    items.retain(|l| !l.spans.is_empty());
    let mut lines = wrap_items(items, loc.sep(), width, theme);
    lines.truncate(4);
    let mut comparisons = comparison_items(app, p);
    if let Some(first) = comparisons.first_mut() {
        let label = format!("{}: ", capitalize(&loc.word(Word::Comparisons)));
        first.spans.insert(0, Span::styled(label, theme.dim));
        let mut more = wrap_items(comparisons, loc.sep(), width, theme);
        more.truncate(2);
        lines.extend(more);
    }
    lines
}

/// `Hele landet 28 % (2016) +5 pp`: each comparison's latest value and our difference from it,
/// coloured by whether being above it is better.
pub fn comparison_items(app: &App, p: &IndicatorParts<'_>) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    p.indicator
        .comparisons
        .iter()
        .zip(&p.figures.comparisons)
        .enumerate()
        .map(|(i, (c, f))| {
            let glyph = theme.glyphs.comparisons[i % 4];
            let mut spans = vec![
                Span::styled(format!("{glyph} "), theme.comparisons[i % 4]),
                Span::raw(theme.clean(&c.label).into_owned()),
            ];
            if let Some(latest) = f.latest {
                let value = p.prepared.format.value(loc, latest.value);
                spans.push(Span::raw(format!(" {value} ({})", loc.date(latest.date))));
            }
            if let Some(d) = f.difference {
                let style = match p.indicator.direction {
                    Direction::Decrease if d < 0.0 => theme.good,
                    Direction::Increase if d > 0.0 => theme.good,
                    Direction::Decrease | Direction::Increase if d != 0.0 => theme.bad,
                    _ => theme.text,
                };
                spans.push(Span::styled(position(loc, p, d), style));
            }
            Line::from(spans)
        })
        .collect()
}

/// Where we stand against a comparison, as a position, not a change (v1.1 §8):
/// ` 2.3 pp below`.
fn position(loc: Locale, p: &IndicatorParts<'_>, d: f64) -> String {
    let word = if d < 0.0 {
        Word::Below
    } else if d > 0.0 {
        Word::Above
    } else {
        return format!(" {}", loc.word(Word::SameAs));
    };
    format!(" {} {}", p.prepared.format.gap(loc, d), loc.word(word))
}

/// The hollow marker of a planned point (v1.1), on the chart and in its legend.
pub fn planned_glyph(ascii: bool) -> char {
    if ascii { 'o' } else { '○' }
}

/// How many rows the legend takes at a width (at most two; the rest is cut).
pub fn legend_height(app: &App, p: &IndicatorParts<'_>, width: u16) -> u16 {
    legend_lines(app, p, width).len().clamp(1, 2) as u16
}

/// Names every mark of the chart by its glyph, wrapped between marks.
pub fn legend_lines(app: &App, p: &IndicatorParts<'_>, width: u16) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let g = &theme.glyphs;
    let marks = p.chart_marks();
    let series_glyph = match g.series {
        Marker::Custom(ch) => ch.to_string(),
        _ => g.point.to_string(),
    };
    let mut items = vec![(
        series_glyph,
        say(loc, Label::Measured).into_owned(),
        theme.series,
    )];
    if p.indicator
        .series
        .iter()
        .any(|pt| pt.kind() == PointKind::Planned && pt.value().is_some())
    {
        items.push((
            planned_glyph(loc.ascii).to_string(),
            loc.word(Word::Planned).into_owned(),
            theme.forecast,
        ));
    }
    if marks.forecast {
        items.push((
            g.forecast.to_string(),
            say(loc, Label::ToDeadline).into_owned(),
            theme.forecast,
        ));
    }
    items.extend(target_and_baseline_items(app, p));
    for (i, comparison) in p.indicator.comparisons.iter().enumerate() {
        let label = theme.clean(&comparison.label).into_owned();
        items.push((
            g.comparisons[i % 4].to_string(),
            label,
            theme.comparisons[i % 4],
        ));
    }
    let items: Vec<Line<'static>> = items
        .into_iter()
        .map(|(glyph, label, style)| {
            Line::from(vec![
                Span::styled(glyph, style),
                Span::raw(format!(" {label}")),
            ])
        })
        .collect();
    wrap_items(items, "  ", usize::from(width), theme)
}

/// The legend's items for the target, its deadline and the baseline, when they are drawn.
fn target_and_baseline_items(app: &App, p: &IndicatorParts<'_>) -> Vec<(String, String, Style)> {
    let (theme, loc) = (&app.theme, app.locale);
    let g = &theme.glyphs;
    let marks = p.chart_marks();
    let mut items = Vec::new();
    if let Some(t) = &p.indicator.target {
        let label = format!(
            "{} {}",
            loc.word(Word::Target),
            p.prepared.format.value(loc, t.value)
        );
        items.push((g.target.to_string(), label, theme.target));
        if let Some(d) = t.date {
            items.push((
                g.deadline.to_string(),
                format!("{} {}", say(loc, Label::Deadline), loc.date(d)),
                theme.deadline,
            ));
        }
    }
    if let (Some(b), true) = (p.figures.baseline, marks.baseline) {
        let label = format!(
            "{} {}",
            loc.word(Word::Baseline).to_lowercase(),
            loc.date(b.date)
        );
        items.push((g.baseline.to_string(), label, theme.text));
    }
    items
}
