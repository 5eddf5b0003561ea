//! The figures of one indicator or measure, exactly as the spec's table defines them.

use chrono::NaiveDate;

use super::days::first_day_years;
use super::{ComparisonFigures, DatedValue, IndicatorFigures, Status, Trend, pace};
use crate::model::{
    Baseline, Breakdown, Dataset, Direction, Frequency, Indicator, Period, Point, Target,
    years_since_epoch,
};

/// The first day of `as_of`; else the first day of the latest measured point of any indicator or
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
        .filter(|p| p.measured_value().is_some())
        .map(|p| p.date.first_day())
        .max()
}

/// The measured points of a series (not null, not planned) in date order (stable), as
/// (date, value).
pub(super) fn measured(series: &[Point]) -> Vec<DatedValue> {
    // Sized for every point at once: collected from a filter, the vector grew five times
    // for a hundred points.
    let mut points: Vec<DatedValue> = Vec::with_capacity(series.len());
    points.extend(series.iter().filter_map(|p| {
        p.measured_value().map(|value| DatedValue {
            date: p.date,
            value,
        })
    }));
    if !points.is_sorted_by_key(|p| p.date) {
        points.sort_by_key(|p| p.date);
    }
    points
}

/// Keeps a computed number only when it is finite, so extreme inputs give `null`, not `inf`;
/// `-0.0` becomes `0.0` (adding zero does that), so no report shows a "−0".
pub(super) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x + 0.0)
}

/// The fitted least-squares line of a series' measured points, for drawing the forecast as
/// it is computed (v1.1 §8): `value(t) = mean_v + slope × (t − mean_t)`, `t` in years since
/// 1970 (`years_since_epoch`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FittedLine {
    pub slope: f64,
    pub mean_t: f64,
    pub mean_v: f64,
}

impl FittedLine {
    pub fn of(series: &[Point]) -> Option<Self> {
        let (slope, mean_t, mean_v) = fit(&measured(series))?;
        Some(Self {
            slope,
            mean_t,
            mean_v,
        })
    }

    /// The line at `t` years since 1970.
    pub fn at(&self, t: f64) -> f64 {
        self.mean_v + self.slope * (t - self.mean_t)
    }
}

/// Least-squares fit of value on years: (slope per year, mean t, mean value).
fn fit(points: &[DatedValue]) -> Option<(f64, f64, f64)> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    // Worked out twice rather than kept: a few integer steps, against a vector per series.
    let t = |p: &DatedValue| first_day_years(p.date);
    // Means as offsets from the first value, so an all-equal series has exactly its value as
    // mean and exactly zero slope (a plain sum / n can be off in the last bit).
    let (t0, v0) = (t(&points[0]), points[0].value);
    // Both sums in one pass, each added in the order of the points as before.
    let (mut sum_t, mut sum_v) = (0.0, 0.0);
    for p in points {
        sum_t += t(p) - t0;
        sum_v += p.value - v0;
    }
    let mean_t = t0 + sum_t / n;
    let mean_v = v0 + sum_v / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for p in points {
        let t = t(p);
        sxy += (t - mean_t) * (p.value - mean_v);
        sxx += (t - mean_t) * (t - mean_t);
    }
    if sxx == 0.0 {
        return None;
    }
    Some((finite(sxy / sxx)?, mean_t, finite(mean_v)?))
}

pub(super) fn trend(slope: f64, mean: f64, direction: Direction) -> Trend {
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
    let series = SeriesInput::of(ind);
    let mut figures = series_figures(&series, reference);
    let latest = figures.latest;
    figures.comparisons = ind
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
    figures.breakdowns = ind
        .breakdowns
        .iter()
        .map(|b| series_figures(&series.breakdown(b), reference))
        .collect();
    figures.open_sdg = super::open_sdg_figures(ind);
    figures
}

/// What a comparison reads of an indicator (spec §6): its status and latest value, and its
/// breakdowns', exactly as [`indicator_figures`] gives them. The other v1 figures come with
/// them; the pace, the comparisons and Open SDG's measure are left out.
pub fn standing(ind: &Indicator, reference: Option<NaiveDate>) -> IndicatorFigures {
    let v1 = |input: &SeriesInput<'_>| v1_figures(input, &measured(input.series), reference);
    let series = SeriesInput::of(ind);
    let mut figures = v1(&series);
    figures.breakdowns = ind
        .breakdowns
        .iter()
        .map(|b| v1(&series.breakdown(b)))
        .collect();
    figures
}

/// What the figures of one series read: an indicator's own, or one of its breakdowns (which
/// has the indicator's direction, unit and frequency, and its own target).
#[derive(Clone, Copy)]
struct SeriesInput<'a> {
    series: &'a [Point],
    baseline: Option<Baseline>,
    target: Option<&'a Target>,
    direction: Direction,
    percent: bool,
    frequency: Option<Frequency>,
}

impl<'a> SeriesInput<'a> {
    fn of(ind: &'a Indicator) -> Self {
        Self {
            series: &ind.series,
            baseline: ind.baseline,
            target: ind.target.as_ref(),
            direction: ind.direction,
            percent: ind.is_percent(),
            frequency: ind.frequency,
        }
    }

    /// A breakdown of the indicator: its own series and target, no baseline.
    fn breakdown(self, b: &'a Breakdown) -> Self {
        Self {
            series: &b.series,
            baseline: None,
            target: b.target.as_ref(),
            ..self
        }
    }
}

/// The figures of one series, without comparisons and breakdowns.
fn series_figures(input: &SeriesInput<'_>, reference: Option<NaiveDate>) -> IndicatorFigures {
    let points = measured(input.series);
    let mut figures = v1_figures(input, &points, reference);
    let (latest, status) = (figures.latest, figures.status);
    let required_per_year = pace::required_per_year(input.target, latest, status);
    let next_expected = pace::next_expected(&points, input.frequency);
    figures.required_per_year = required_per_year;
    figures.pace_ratio = pace::pace_ratio(figures.slope_per_year, required_per_year);
    figures.next_expected = next_expected.map(|(day, _)| day);
    figures.stale = next_expected.and_then(|next| pace::stale(next, reference));
    figures.run = pace::run(&points, input.direction);
    figures
}

/// Where the series stands: latest, baseline, change and `change_pct`.
type Levels = (
    Option<DatedValue>,
    Option<DatedValue>,
    Option<f64>,
    Option<f64>,
);

fn levels(input: &SeriesInput<'_>, points: &[DatedValue]) -> Levels {
    let latest = points.last().copied();
    let baseline = input
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
    (latest, baseline, change, change_pct)
}

/// The figures of v1 (with v1.1's amendments: no progress from a baseline that met the
/// target, a clamped forecast); v1.1's additions left empty.
fn v1_figures(
    input: &SeriesInput<'_>,
    points: &[DatedValue],
    reference: Option<NaiveDate>,
) -> IndicatorFigures {
    let (latest, baseline, change, change_pct) = levels(input, points);
    let fitted = fit(points);
    let slope = fitted.map(|(s, _, _)| s);
    let trend = fitted.map(|(s, _, mean_v)| trend(s, mean_v, input.direction));
    let (target, dir) = (input.target, input.direction);
    let remaining = target
        .zip(latest)
        .and_then(|(t, l)| remaining(dir, l.value, t.value));
    let (forecast, passed) = forecast(input, points, fitted, reference);
    let (baseline_met, progress_pct, forecast_progress_pct) =
        progresses(input, baseline, latest, forecast);

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
        comparisons: Vec::new(),
        open_sdg: None,
        baseline_met,
        required_per_year: None,
        pace_ratio: None,
        next_expected: None,
        stale: None,
        run: None,
        breakdowns: Vec::new(),
    }
}

/// Whether the baseline already met the target, and how far the latest value and the forecast
/// have come from the baseline to the target, in per cent (none when the baseline had met it).
fn progresses(
    input: &SeriesInput<'_>,
    baseline: Option<DatedValue>,
    latest: Option<DatedValue>,
    forecast: Option<f64>,
) -> (bool, Option<f64>, Option<f64>) {
    let (target, dir) = (input.target, input.direction);
    let baseline_met = target
        .zip(baseline)
        .is_some_and(|(t, b)| meets(dir, b.value, t.value));
    let progress_pct = target
        .zip(latest)
        .zip(baseline)
        .filter(|_| !baseline_met)
        .and_then(|((t, l), b)| progress(dir, b.value, l.value, t.value));
    let forecast_progress_pct = target
        .zip(forecast)
        .zip(baseline)
        .filter(|_| !baseline_met)
        .and_then(|((t, f), b)| progress(dir, b.value, f, t.value));
    (baseline_met, progress_pct, forecast_progress_pct)
}

/// The fitted line at the deadline (clamped), and whether the deadline has passed (then
/// there is no forecast).
fn forecast(
    input: &SeriesInput<'_>,
    points: &[DatedValue],
    fitted: Option<(f64, f64, f64)>,
    reference: Option<NaiveDate>,
) -> (Option<f64>, bool) {
    let deadline = input.target.and_then(|t| t.date).map(Period::last_day);
    let passed = deadline.zip(reference).is_some_and(|(d, r)| d < r);
    let forecast = match (deadline, fitted) {
        (Some(d), Some((s, mean_t, mean_v))) if !passed => {
            finite(mean_v + s * (years_since_epoch(d) - mean_t))
                .map(|f| clamp_forecast(f, points, input.percent))
        }
        _ => None,
    };
    (forecast, passed)
}

/// No impossible forecast (v1.1 §8): not below 0 when every measured value is at least 0,
/// not above 100 for the unit `%`.
fn clamp_forecast(forecast: f64, points: &[DatedValue], percent: bool) -> f64 {
    let mut f = forecast;
    if points.iter().all(|p| p.value >= 0.0) {
        f = f.max(0.0);
    }
    if percent {
        f = f.min(100.0);
    }
    f + 0.0
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
