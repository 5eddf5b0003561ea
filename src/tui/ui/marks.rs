//! The chart marks of format v1.1: planned points drawn apart from the measured ones, and the
//! forecast drawn as it is computed (the fitted line, held where the forecast is clamped).
//! Worked out from the indicator and its figures, beside what `ChartData` holds.

use crate::figures::FittedLine;
use crate::model::{PointKind, years_since_epoch};
use crate::tui::app::App;
use crate::tui::prepared::{ChartData, IndicatorParts, year_of};

/// The hollow marker of a planned point.
pub fn planned_glyph(app: &App) -> char {
    crate::tui::content::indicator::planned_glyph(app.locale.ascii)
}

/// The planned points of the series, where the chart draws them (v1.1: apart from the
/// measured ones, which `ChartData` holds).
pub fn planned_points(p: &IndicatorParts<'_>, c: &ChartData) -> Vec<(f64, f64)> {
    p.indicator
        .series
        .iter()
        .filter(|pt| pt.kind() == PointKind::Planned)
        .filter_map(|pt| {
            let v = pt.value().filter(|v| v.is_finite())?;
            Some((year_of(pt.date.first_day()), v / c.y_scale))
        })
        .collect()
}

/// The forecast as it is computed (v1.1 §8): the fitted least-squares line from the first
/// measured point to the deadline, held at 0 (or 100 for `%`) where the forecast is clamped.
pub fn forecast_line(p: &IndicatorParts<'_>, c: &ChartData) -> Option<Vec<(f64, f64)>> {
    p.figures.forecast?;
    let deadline = p.indicator.target.as_ref()?.date?.last_day();
    let line = FittedLine::of(&p.indicator.series)?;
    let first = p
        .indicator
        .series
        .iter()
        .find(|pt| pt.measured_value().is_some())?
        .date
        .first_day();
    let (t0, t1) = (years_since_epoch(first), years_since_epoch(deadline));
    let non_negative = p
        .indicator
        .series
        .iter()
        .filter_map(crate::model::Point::measured_value)
        .all(|v| v >= 0.0);
    let low = if non_negative { 0.0 } else { f64::NEG_INFINITY };
    let high = if p.indicator.is_percent() {
        100.0
    } else {
        f64::INFINITY
    };
    // Where the line crosses a bound between its ends, so the held part starts there.
    let mut ts = vec![t0];
    for bound in [low, high].into_iter().filter(|b| b.is_finite()) {
        if line.slope != 0.0 {
            let t = line.mean_t + (bound - line.mean_v) / line.slope;
            if t > t0 && t < t1 {
                ts.push(t);
            }
        }
    }
    ts.push(t1);
    ts.sort_by(f64::total_cmp);
    Some(
        ts.into_iter()
            .map(|t| (1970.0 + t, line.at(t).clamp(low, high) / c.y_scale))
            .collect(),
    )
}

/// Places on the chart.
type Xys = Vec<(f64, f64)>;

/// The chart's segments and points without the planned points (by their place on the chart).
pub fn without_planned(c: &ChartData, planned: &[(f64, f64)]) -> (Vec<Xys>, Xys) {
    let measured = |pt: &&(f64, f64)| !planned.contains(pt);
    let segments = c
        .segments
        .iter()
        .map(|s| s.iter().filter(measured).copied().collect::<Vec<_>>())
        .filter(|s: &Xys| !s.is_empty())
        .collect();
    let points = c.points.iter().filter(measured).copied().collect();
    (segments, points)
}
