//! The figures of one indicator or measure, exactly as the spec's table defines them.

use chrono::NaiveDate;

use super::{ComparisonFigures, DatedValue, IndicatorFigures, Status, Trend};
use crate::model::{Dataset, Direction, Indicator, Period, Point, Target, years_since_epoch};

/// The first day of `as_of`; else the first day of the latest non-null point of any indicator or
/// measure (comparisons do not count); else none, and no deadline counts as passed.
pub fn reference_date(dataset: &Dataset) -> Option<NaiveDate> {
    if let Some(as_of) = dataset.as_of {
        return Some(as_of.first_day());
    }
    let goal_indicators = dataset.goals.iter().flat_map(|g| &g.indicators);
    let measures = dataset.initiatives.iter().flat_map(|i| &i.measures);
    goal_indicators
        .chain(measures)
        .flat_map(|ind| &ind.series)
        .filter(|p| p.value().is_some())
        .map(|p| p.date.first_day())
        .max()
}

/// The non-null points of a series in date order (stable), as (date, value).
fn measured(series: &[Point]) -> Vec<DatedValue> {
    let mut points: Vec<DatedValue> = series
        .iter()
        .filter_map(|p| {
            p.value().map(|value| DatedValue {
                date: p.date,
                value,
            })
        })
        .collect();
    if !points.is_sorted_by_key(|p| p.date) {
        points.sort_by_key(|p| p.date);
    }
    points
}

/// Keeps a computed number only when it is finite, so extreme inputs give `null`, not `inf`;
/// `-0.0` becomes `0.0` (adding zero does that), so no report shows a "−0".
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x + 0.0)
}

/// Least-squares fit of value on years: (slope per year, mean t, mean value).
fn fit(points: &[DatedValue]) -> Option<(f64, f64, f64)> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let ts: Vec<f64> = points
        .iter()
        .map(|p| years_since_epoch(p.date.first_day()))
        .collect();
    // Means as offsets from the first value, so an all-equal series has exactly its value as
    // mean and exactly zero slope (a plain sum / n can be off in the last bit).
    let (t0, v0) = (ts[0], points[0].value);
    let mean_t = t0 + ts.iter().map(|t| t - t0).sum::<f64>() / n;
    let mean_v = v0 + points.iter().map(|p| p.value - v0).sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (t, p) in ts.iter().zip(points) {
        sxy += (t - mean_t) * (p.value - mean_v);
        sxx += (t - mean_t) * (t - mean_t);
    }
    if sxx == 0.0 {
        return None;
    }
    Some((finite(sxy / sxx)?, mean_t, finite(mean_v)?))
}

fn trend(slope: f64, mean: f64, direction: Direction) -> Trend {
    let flat = if mean == 0.0 {
        slope == 0.0
    } else {
        slope.abs() <= 0.005 * mean.abs()
    };
    match (flat, direction, slope < 0.0) {
        (true, _, _) => Trend::Flat,
        (false, Direction::Decrease, true) | (false, Direction::Increase, false) => {
            Trend::Improving
        }
        (false, Direction::Decrease | Direction::Increase, _) => Trend::Worsening,
        (false, Direction::None, true) => Trend::Falling,
        (false, Direction::None, false) => Trend::Rising,
    }
}

/// How far `value` has come from the baseline towards the target, in percent (not clamped).
fn progress(direction: Direction, baseline: f64, value: f64, target: f64) -> Option<f64> {
    if baseline == target {
        return None;
    }
    let pct = match direction {
        Direction::Decrease => (baseline - value) / (baseline - target) * 100.0,
        Direction::Increase => (value - baseline) / (target - baseline) * 100.0,
        Direction::None => return None,
    };
    finite(pct)
}

/// What is left to reach the target; `≤ 0` means achieved.
fn remaining(direction: Direction, latest: f64, target: f64) -> Option<f64> {
    match direction {
        Direction::Decrease => finite(latest - target),
        Direction::Increase => finite(target - latest),
        Direction::None => None,
    }
}

fn meets(direction: Direction, value: f64, target: f64) -> bool {
    match direction {
        Direction::Decrease => value <= target,
        Direction::Increase => value >= target,
        Direction::None => false,
    }
}

/// Every figure of an indicator, judged against the reference date.
pub fn indicator_figures(ind: &Indicator, reference: Option<NaiveDate>) -> IndicatorFigures {
    let points = measured(&ind.series);
    let latest = points.last().copied();
    let baseline = ind
        .baseline
        .map(|b| DatedValue {
            date: b.date,
            value: b.value,
        })
        .or_else(|| points.first().copied());
    let change = latest
        .zip(baseline)
        .and_then(|(l, b)| finite(l.value - b.value));
    let change_pct = change.zip(baseline).and_then(|(c, b)| {
        (b.value != 0.0)
            .then(|| finite(c / b.value.abs() * 100.0))
            .flatten()
    });
    let fitted = fit(&points);
    let slope = fitted.map(|(s, _, _)| s);
    let trend = fitted.map(|(s, _, mean_v)| trend(s, mean_v, ind.direction));
    let target = ind.target.as_ref();
    let dir = ind.direction;

    let remaining = target
        .zip(latest)
        .and_then(|(t, l)| remaining(dir, l.value, t.value));
    let progress_pct = target
        .zip(latest)
        .zip(baseline)
        .and_then(|((t, l), b)| progress(dir, b.value, l.value, t.value));
    let deadline = target.and_then(|t| t.date).map(Period::last_day);
    let passed = deadline.zip(reference).is_some_and(|(d, r)| d < r);
    let forecast = match (deadline, fitted) {
        (Some(d), Some((s, mean_t, mean_v))) if !passed => {
            finite(mean_v + s * (years_since_epoch(d) - mean_t))
        }
        _ => None,
    };
    let forecast_progress_pct = target
        .zip(forecast)
        .zip(baseline)
        .and_then(|((t, f), b)| progress(dir, b.value, f, t.value));

    let status = status(&StatusInputs {
        has_data: latest.is_some(),
        target,
        direction: dir,
        remaining,
        passed,
        slope,
        trend,
        forecast,
    });
    let comparisons = ind
        .comparisons
        .iter()
        .map(|c| {
            let latest_c = measured(&c.series).last().copied();
            ComparisonFigures {
                latest: latest_c,
                difference: latest
                    .zip(latest_c)
                    .and_then(|(a, b)| finite(a.value - b.value)),
            }
        })
        .collect();
    IndicatorFigures {
        latest,
        baseline,
        change,
        change_pct,
        remaining,
        progress_pct,
        slope_per_year: slope,
        trend,
        forecast,
        forecast_progress_pct,
        status,
        comparisons,
    }
}

struct StatusInputs<'a> {
    has_data: bool,
    target: Option<&'a Target>,
    direction: Direction,
    remaining: Option<f64>,
    passed: bool,
    slope: Option<f64>,
    trend: Option<Trend>,
    forecast: Option<f64>,
}

/// The spec's status rules, first that applies.
fn status(i: &StatusInputs<'_>) -> Status {
    let Some(target) = i.target.filter(|_| i.has_data) else {
        return if i.has_data {
            Status::NoTarget
        } else {
            Status::NoData
        };
    };
    if i.remaining.is_some_and(|r| r <= 0.0) {
        return Status::Achieved;
    }
    if i.passed {
        return Status::Missed;
    }
    if i.slope.is_none() {
        return Status::InsufficientData;
    }
    let improving = i.trend == Some(Trend::Improving);
    if target.date.is_some() {
        if i.forecast
            .is_some_and(|f| meets(i.direction, f, target.value))
        {
            Status::OnTrack
        } else if improving {
            Status::AtRisk
        } else {
            Status::OffTrack
        }
    } else if improving {
        Status::OnTrack
    } else {
        Status::OffTrack
    }
}

#[cfg(test)]
mod tests;
