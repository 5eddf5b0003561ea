//! A chart's geometry: an indicator's points in years and values, the bounds that hold
//! everything drawn (round steps, whole years) and the marks the legend names. Worked out as
//! the indicator is drawn, from the dataset and its figures.

use chrono::NaiveDate;

use crate::figures::IndicatorFigures;
use crate::format::default_decimals;
use crate::model::{Indicator, Point, PointKind, Target, years_since_epoch};

/// The marks of a chart that the legend names only when they are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartMarks {
    /// The forecast line ([`ChartData::forecast`]).
    pub forecast: bool,
    /// The baseline's own mark ([`ChartData::baseline`]).
    pub baseline: bool,
}

impl ChartMarks {
    pub fn new(ind: &Indicator, figures: &IndicatorFigures) -> Self {
        let baseline = baseline_mark(figures)
            .is_some_and(|b| !ind.series.iter().filter_map(xy).any(|p| p == b));
        Self {
            forecast: forecast(figures, deadline_x(ind)).is_some(),
            baseline,
        }
    }
}

/// The points of a chart in years (x) and values (y), with bounds that hold everything drawn.
#[derive(Clone, Debug)]
pub struct ChartData {
    /// The measured series, split where a value is missing so holes stay holes.
    pub segments: Vec<Vec<(f64, f64)>>,
    /// Every measured point.
    pub points: Vec<(f64, f64)>,
    /// One per comparison series (missing values skipped).
    pub comparisons: Vec<Vec<(f64, f64)>>,
    /// The baseline, when it is not one of the measured points.
    pub baseline: Option<(f64, f64)>,
    /// Where the target's deadline falls, when it has one.
    pub deadline_x: Option<f64>,
    /// From the latest point to the forecast at the deadline.
    pub forecast: Option<[(f64, f64); 2]>,
    pub x_bounds: [f64; 2],
    pub y_bounds: [f64; 2],
    /// Decimals that show the y-axis labels (low, middle, high) exactly.
    pub y_decimals: u8,
    /// The target's value as plotted.
    pub target_y: Option<f64>,
    /// What plotted values are multiplied by to give the real ones (1 unless they are too
    /// large for the canvas; see `scaled`).
    pub y_scale: f64,
    /// Several series' targets ([`ChartData::lines`]), each as its value plotted and where its
    /// deadline falls; `None` where a series has none.
    pub targets: Vec<Option<(f64, Option<f64>)>>,
}

/// A date as a position on the time axis, in calendar years (2016.5 is about 1 July 2016).
pub fn year_of(date: NaiveDate) -> f64 {
    1970.0 + years_since_epoch(date)
}

fn xy(p: &Point) -> Option<(f64, f64)> {
    let v = p.value().filter(|v| v.is_finite())?;
    Some((year_of(p.date.first_day()), v))
}

/// Where the baseline would be marked (drawn only when it is not one of the measured points).
fn baseline_mark(figures: &IndicatorFigures) -> Option<(f64, f64)> {
    figures
        .baseline
        .filter(|b| b.value.is_finite())
        .map(|b| (year_of(b.date.first_day()), b.value))
}

/// Where the target's deadline falls, when it has one.
fn deadline_x(ind: &Indicator) -> Option<f64> {
    ind.target
        .as_ref()
        .and_then(|t| t.date)
        .map(|d| year_of(d.last_day()))
}

/// From the latest point to the forecast at the deadline.
fn forecast(figures: &IndicatorFigures, deadline_x: Option<f64>) -> Option<[(f64, f64); 2]> {
    figures
        .latest
        .zip(figures.forecast)
        .zip(deadline_x)
        .map(|((l, f), x)| [(year_of(l.date.first_day()), l.value), (x, f)])
}

impl Default for ChartData {
    fn default() -> Self {
        Self {
            segments: Vec::new(),
            points: Vec::new(),
            comparisons: Vec::new(),
            baseline: None,
            deadline_x: None,
            forecast: None,
            x_bounds: [0.0, 1.0],
            y_bounds: [0.0, 1.0],
            y_decimals: 0,
            target_y: None,
            y_scale: 1.0,
            targets: Vec::new(),
        }
    }
}

impl ChartData {
    pub fn new(ind: &Indicator, figures: &IndicatorFigures) -> Self {
        let (points, segments) = measured(ind);
        let comparisons: Vec<Vec<(f64, f64)>> = ind
            .comparisons
            .iter()
            .map(|c| c.series.iter().filter_map(xy).collect())
            .collect();
        // A baseline that is one of the measured points needs no mark of its own (it would hide
        // the point); one set apart, or off the series, gets one.
        let baseline = baseline_mark(figures).filter(|b| !points.contains(b));
        let deadline_x = deadline_x(ind);
        let forecast = forecast(figures, deadline_x);

        let xs = points
            .iter()
            .chain(comparisons.iter().flatten())
            .map(|p| p.0)
            .chain(baseline.map(|b| b.0))
            .chain(deadline_x);
        let target = ind
            .target
            .as_ref()
            .map(|t| t.value)
            .filter(|v| v.is_finite());
        let ys = points
            .iter()
            .chain(comparisons.iter().flatten())
            .map(|p| p.1)
            .chain(baseline.map(|b| b.1))
            .chain(target)
            .chain(forecast.map(|f| f[1].1));
        let x_bounds = year_bounds(xs);
        let (y_bounds, y_decimals) = value_bounds(ys);
        let chart = Self {
            segments,
            points,
            comparisons,
            baseline,
            deadline_x,
            forecast,
            target_y: target,
            x_bounds,
            y_bounds,
            y_decimals,
            y_scale: 1.0,
            targets: Vec::new(),
        };
        chart.scaled()
    }

    /// Values so large that the canvas's arithmetic would overflow (ratatui multiplies the
    /// span by its resolution, and an infinite result sends its line drawing into an endless
    /// loop) are plotted divided by the largest bound, so every plotted value is in −1…1;
    /// the axis labels multiply back.
    fn scaled(mut self) -> Self {
        let [y0, y1] = self.y_bounds;
        if ((y1 - y0) * 4096.0).is_finite() {
            return self;
        }
        let largest = y0.abs().max(y1.abs());
        let scale = if largest.is_finite() {
            largest
        } else {
            f64::MAX
        };
        let down = |p: &mut (f64, f64)| p.1 /= scale;
        self.segments.iter_mut().flatten().for_each(down);
        self.points.iter_mut().for_each(down);
        self.comparisons.iter_mut().flatten().for_each(down);
        self.baseline.iter_mut().for_each(down);
        self.forecast.iter_mut().flatten().for_each(down);
        self.target_y = self.target_y.map(|t| t / scale);
        for (t, _) in self.targets.iter_mut().flatten() {
            *t /= scale;
        }
        self.y_bounds = [y0 / scale, y1 / scale];
        self.y_scale = scale;
        self
    }

    /// Several series on one chart (an indicator's breakdowns side by side, and its headline):
    /// each one's measured points as a line in `comparisons`, and `targets` (each a target
    /// line to its deadline), with bounds that hold them all.
    pub fn lines<'a>(
        series: impl Iterator<Item = &'a [Point]>,
        targets: impl Iterator<Item = Option<&'a Target>>,
    ) -> Self {
        let comparisons: Vec<Vec<(f64, f64)>> = series
            .map(|points| {
                let measured = points.iter().filter(|p| p.kind() != PointKind::Planned);
                measured.filter_map(xy).collect()
            })
            .collect();
        let targets: Vec<Option<(f64, Option<f64>)>> = targets
            .map(|t| {
                let t = t.filter(|t| t.value.is_finite())?;
                Some((t.value, t.date.map(|d| year_of(d.last_day()))))
            })
            .collect();
        let drawn = comparisons.iter().flatten();
        let deadlines = targets.iter().flatten().filter_map(|t| t.1);
        let x_bounds = year_bounds(drawn.clone().map(|p| p.0).chain(deadlines));
        let values = targets.iter().flatten().map(|t| t.0);
        let (y_bounds, y_decimals) = value_bounds(drawn.map(|p| p.1).chain(values));
        let chart = Self {
            comparisons,
            x_bounds,
            y_bounds,
            y_decimals,
            targets,
            ..Self::default()
        };
        chart.scaled()
    }

    /// Whether there is anything to draw.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.comparisons.iter().all(Vec::is_empty)
    }
}

/// The measured points, and the runs between holes. The points first, then the runs as copies
/// of exactly their size: a national dataset has over a million points, so no vector grows by
/// doubling here.
#[allow(clippy::type_complexity)]
fn measured(ind: &Indicator) -> (Vec<(f64, f64)>, Vec<Vec<(f64, f64)>>) {
    let mut points: Vec<(f64, f64)> = Vec::with_capacity(ind.series.len());
    let mut breaks = Vec::new();
    for p in &ind.series {
        match xy(p) {
            Some(point) => points.push(point),
            None => breaks.push(points.len()),
        }
    }
    breaks.push(points.len());
    let mut start = 0;
    let mut segments = Vec::with_capacity(breaks.len());
    for end in breaks {
        if end > start {
            segments.push(points[start..end].to_vec());
        }
        start = end;
    }
    (points, segments)
}

fn min_max(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Whole years around every date, at least one year wide.
fn year_bounds(xs: impl Iterator<Item = f64>) -> [f64; 2] {
    let Some((lo, hi)) = min_max(xs) else {
        return [0.0, 1.0];
    };
    let lo = lo.floor();
    let hi = hi.ceil().max(lo + 1.0);
    [lo, hi]
}

/// A round step of at least `x`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= x)
        .unwrap_or(10.0 * power)
}

/// Bounds for the value axis with three round labels (low, middle, high). Counts and shares
/// start at zero, so a small change does not look like a collapse; values far from zero get
/// bounds close around them.
fn value_bounds(ys: impl Iterator<Item = f64>) -> ([f64; 2], u8) {
    let Some((lo, hi)) = min_max(ys) else {
        return ([0.0, 1.0], 0);
    };
    let from_zero = lo >= 0.0 && (hi - lo) >= 0.2 * hi;
    let lo = if from_zero { 0.0 } else { lo };
    // About eight round steps, an even number of them, so the middle label is round too.
    let step = nice_step((hi - lo) / 8.0);
    let low = (lo / step).floor() * step;
    let mut high = (hi / step).ceil() * step;
    if high <= low {
        high = low + 2.0 * step;
    }
    if ((high - low) / step).round() % 2.0 == 1.0 {
        high += step;
    }
    let holds = low.is_finite() && high.is_finite() && low <= lo && high >= hi && high > low;
    if !holds {
        // Extreme values: plain bounds around them, no rounding.
        let pad = if hi > lo {
            0.0
        } else {
            (lo.abs() * 0.1).max(1.0)
        };
        return ([lo - pad, hi + pad], 2);
    }
    (
        [low, high],
        default_decimals([low, f64::midpoint(low, high), high]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(12.0), 20.0);
        assert_eq!(nice_step(23.0), 25.0);
        assert_eq!(nice_step(30.5), 50.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn value_bounds_hold_every_value() {
        let (b, d) = value_bounds([61.0, 50.0, 54.0, 38.0].into_iter());
        assert_eq!(b, [0.0, 80.0]);
        assert_eq!(d, 0);
        let (b, d) = value_bounds([16.9, 10.0, 14.8].into_iter());
        assert_eq!((b, d), ([0.0, 20.0], 0));
        let (b, _) = value_bounds([96.0, 98.0].into_iter());
        assert_eq!(b, [96.0, 98.0]);
        let (b, _) = value_bounds([96.0, 97.5, 98.0].into_iter());
        assert!(b[0] <= 96.0 && b[1] >= 98.0 && b[0] > 0.0, "{b:?}");
        let (b, _) = value_bounds([-3.0, 2.0].into_iter());
        assert!(b[0] <= -3.0 && b[1] >= 2.0, "{b:?}");
        let (b, _) = value_bounds([5.0, 5.0].into_iter());
        assert!(b[0] <= 5.0 && b[1] > 5.0, "{b:?}");
        let (b, _) = value_bounds([1e308, -1e308].into_iter());
        assert!(b[0] < b[1], "{b:?}");
        assert_eq!(value_bounds(std::iter::empty()).0, [0.0, 1.0]);
    }

    #[test]
    fn lines_hold_every_series() {
        let point = |year: i32, v: Option<f64>| {
            Point::new(crate::model::Period::year(year).expect("a year"), v)
        };
        let a = [
            point(2015, Some(10.0)),
            point(2016, None),
            point(2020, Some(30.0)),
        ];
        let b = [point(2012, Some(-5.0))];
        let target = Target {
            value: 40.0,
            date: Some(crate::model::Period::year(2022).expect("a year")),
            label: None,
        };
        let targets = [Some(&target), None].into_iter();
        let c = ChartData::lines([&a[..], &b[..]].into_iter(), targets);
        assert_eq!(c.targets.len(), 2);
        assert_eq!(c.targets[1], None);
        let (value, deadline) = c.targets[0].expect("a target");
        assert_eq!((value, deadline.map(f64::round)), (40.0, Some(2023.0)));
        // Years as the chart places dates (1 January is just before the whole year).
        let rounded: Vec<Vec<(f64, f64)>> = c
            .comparisons
            .iter()
            .map(|l| l.iter().map(|&(x, y)| (x.round(), y)).collect())
            .collect();
        assert_eq!(
            rounded,
            [vec![(2015.0, 10.0), (2020.0, 30.0)], vec![(2012.0, -5.0)]]
        );
        // The bounds hold the target and its deadline too.
        assert!(c.x_bounds[0] <= 2012.0 && c.x_bounds[1] >= 2023.0);
        assert!(c.y_bounds[0] <= -5.0 && c.y_bounds[1] >= 40.0);
        assert!(ChartData::lines(std::iter::empty(), std::iter::empty()).is_empty());
    }

    #[test]
    fn year_bounds_are_whole_years() {
        assert_eq!(year_bounds([2015.3, 2016.9].into_iter()), [2015.0, 2017.0]);
        assert_eq!(year_bounds([2016.0].into_iter()), [2016.0, 2017.0]);
    }
}
