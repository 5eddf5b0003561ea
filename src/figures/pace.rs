//! v1.1's figures of what it takes and when a value is due (spec v1.1 §3 and §8): the change
//! a year the target needs, the observed pace against it, the next value expected and whether
//! it is overdue, and the recent run of steps one way.

use chrono::{Days, Months, NaiveDate};

use super::days::first_day_number;
use super::indicator::finite;
use super::{DatedValue, Status, Trend};
use crate::model::{Direction, Frequency, Target, years_since_epoch};

/// The recent run: how many steps at the end of the series moved the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// `Improving`/`Worsening` by the indicator's direction; `Rising`/`Falling` for `none`.
    pub direction: Trend,
    pub periods: usize,
}

/// `(T − latest) / (t_deadline − t_latest)`: with a deadline after the latest point's first
/// day, and the target not yet achieved.
pub fn required_per_year(
    target: Option<&Target>,
    latest: Option<DatedValue>,
    status: Status,
) -> Option<f64> {
    let (target, latest) = (target?, latest?);
    let deadline = target.date?.last_day();
    let from = latest.date.first_day();
    if status == Status::Achieved || deadline <= from {
        return None;
    }
    let years = years_since_epoch(deadline) - years_since_epoch(from);
    finite((target.value - latest.value) / years)
}

/// The observed slope against what is required: `≥ 1` means the pace is enough.
pub fn pace_ratio(slope: Option<f64>, required: Option<f64>) -> Option<f64> {
    let (slope, required) = (slope?, required?);
    if required == 0.0 {
        return None;
    }
    finite(slope / required)
}

/// A day stepped once by a frequency (a day past a month's end is its last day).
pub fn step(day: NaiveDate, frequency: Frequency) -> Option<NaiveDate> {
    match frequency {
        Frequency::Yearly => day.checked_add_months(Months::new(12)),
        Frequency::HalfYearly => day.checked_add_months(Months::new(6)),
        Frequency::Quarterly => day.checked_add_months(Months::new(3)),
        Frequency::Monthly => day.checked_add_months(Months::new(1)),
        Frequency::Weekly => day.checked_add_days(Days::new(7)),
        Frequency::Irregular => None,
    }
}

/// The frequency of a series from the median gap in days between its measured points (at
/// least 3 points; with an even number of gaps, the mean of the two middle ones).
pub fn infer_frequency(points: &[DatedValue]) -> Option<Frequency> {
    if points.len() < 3 {
        return None;
    }
    let mut days = points.iter().map(|p| first_day_number(p.date));
    let mut previous = days.next()?;
    let mut gaps: Vec<i64> = days
        .map(|day| day - std::mem::replace(&mut previous, day))
        .collect();
    // The middle gap(s) picked rather than every gap sorted: the same values.
    let mid = gaps.len() / 2;
    let even = gaps.len().is_multiple_of(2);
    let (lower, &mut middle, _) = gaps.select_nth_unstable(mid);
    let median = if even {
        // The largest of the lower half is the other middle gap.
        let below = lower.iter().copied().max().unwrap_or(middle);
        (below + middle) as f64 / 2.0
    } else {
        middle as f64
    };
    Some(match median {
        m if m >= 300.0 => Frequency::Yearly,
        m if m >= 150.0 => Frequency::HalfYearly,
        m if m >= 75.0 => Frequency::Quarterly,
        m if m >= 20.0 => Frequency::Monthly,
        _ => Frequency::Weekly,
    })
}

/// The day the next value is due, and the frequency that says so: the latest measured
/// point's first day stepped once.
pub fn next_expected(
    points: &[DatedValue],
    written: Option<Frequency>,
) -> Option<(NaiveDate, Frequency)> {
    let latest = points.last()?;
    let frequency = written.or_else(|| infer_frequency(points))?;
    Some((step(latest.date.first_day(), frequency)?, frequency))
}

/// Whether a whole period has gone by since a value was due: the reference date is on or after
/// the next expected day stepped once more.
pub fn stale(
    (next, frequency): (NaiveDate, Frequency),
    reference: Option<NaiveDate>,
) -> Option<bool> {
    let reference = reference?;
    let overdue = step(next, frequency)?;
    Some(reference >= overdue)
}

/// The steps at the end of the series that moved the same way; a step with no change ends
/// the run, and a last step of 0 means there is none.
pub fn run(points: &[DatedValue], direction: Direction) -> Option<Run> {
    let steps = points.windows(2).rev().map(|w| w[1].value - w[0].value);
    let last = steps.clone().next()?;
    if last == 0.0 || last.is_nan() {
        return None;
    }
    let rising = last > 0.0;
    let periods = steps
        .take_while(|&s| if rising { s > 0.0 } else { s < 0.0 })
        .count();
    let direction = match (direction, rising) {
        (Direction::Increase, true) | (Direction::Decrease, false) => Trend::Improving,
        (Direction::Increase, false) | (Direction::Decrease, true) => Trend::Worsening,
        (Direction::None, true) => Trend::Rising,
        (Direction::None, false) => Trend::Falling,
    };
    Some(Run { direction, periods })
}

#[cfg(test)]
mod tests;
