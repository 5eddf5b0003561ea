//! The spec's worked example, a hand-computed case for every status rule, and invariants.

use chrono::NaiveDate;

use super::*;
use crate::model::{Baseline, Comparison, IndicatorId, Period};

fn p(s: &str) -> Period {
    s.parse().expect("test period")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test day")
}

fn series(points: &[(&str, Option<f64>)]) -> Vec<Point> {
    points.iter().map(|&(d, v)| Point::new(p(d), v)).collect()
}

fn indicator(direction: Direction, points: &[(&str, Option<f64>)]) -> Indicator {
    Indicator {
        id: IndicatorId::from("x"),
        title: "x".into(),
        unit: None,
        decimals: None,
        direction,
        baseline: None,
        target: None,
        series: series(points),
        comparisons: Vec::new(),
        source: None,
        description: None,
        frequency: None,
        breakdowns: Vec::new(),
        open_sdg: None,
    }
}

fn with_target(mut ind: Indicator, value: f64, deadline: Option<&str>) -> Indicator {
    ind.target = Some(Target {
        value,
        date: deadline.map(p),
        label: None,
    });
    ind
}

fn homeless() -> Indicator {
    indicator(
        Direction::Decrease,
        &[
            ("2015-05", Some(61.0)),
            ("2015-12", Some(50.0)),
            ("2016-05", Some(54.0)),
            ("2016-12", Some(38.0)),
        ],
    )
}

fn close(a: Option<f64>, b: f64, tol: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= tol)
}

#[test]
fn spec_worked_example_homelessness() {
    let f = indicator_figures(&homeless(), Some(day("2017-03-01")));
    assert_eq!(
        f.latest,
        Some(DatedValue {
            date: p("2016-12"),
            value: 38.0
        })
    );
    assert_eq!(
        f.baseline,
        Some(DatedValue {
            date: p("2015-05"),
            value: 61.0
        })
    );
    assert_eq!(f.change, Some(-23.0));
    assert!(close(f.change_pct, -37.70, 0.005), "{:?}", f.change_pct);
    assert!(
        close(f.slope_per_year, -12.94, 0.005),
        "{:?}",
        f.slope_per_year
    );
    assert_eq!(f.trend, Some(Trend::Improving));
    assert_eq!(f.status, Status::NoTarget);
    assert_eq!(
        (f.remaining, f.progress_pct, f.forecast),
        (None, None, None)
    );
}

#[test]
fn no_data_when_every_value_is_null() {
    let ind = with_target(
        indicator(Direction::Decrease, &[("2016", None)]),
        10.0,
        None,
    );
    let f = indicator_figures(&ind, None);
    assert_eq!(f.status, Status::NoData);
    assert_eq!((f.latest, f.change, f.slope_per_year), (None, None, None));
    assert_eq!(
        indicator_figures(&indicator(Direction::None, &[]), None).status,
        Status::NoData
    );
}

#[test]
fn achieved_when_remaining_is_zero_or_below() {
    // 16.9 → 10.0 exactly: remaining 0 counts as achieved.
    let ind = with_target(
        indicator(
            Direction::Decrease,
            &[("2016-06", Some(16.9)), ("2017-03", Some(10.0))],
        ),
        10.0,
        Some("2018-03"),
    );
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.remaining, Some(0.0));
    assert!(close(f.progress_pct, 100.0, 1e-9));
    assert_eq!(f.status, Status::Achieved);
}

#[test]
fn achieved_beats_missed_after_the_deadline() {
    let ind = with_target(
        indicator(
            Direction::Increase,
            &[("2015", Some(40.0)), ("2016", Some(54.0))],
        ),
        50.0,
        Some("2016-06"),
    );
    assert_eq!(
        indicator_figures(&ind, Some(day("2017-03-01"))).status,
        Status::Achieved
    );
}

#[test]
fn missed_when_the_deadline_has_passed() {
    // Deadline 2016-12 ends 31 Dec 2016, before the reference date 1 Mar 2017.
    let ind = with_target(
        indicator(
            Direction::Decrease,
            &[("2015", Some(60.0)), ("2016", Some(50.0))],
        ),
        30.0,
        Some("2016-12"),
    );
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.status, Status::Missed);
    assert_eq!(f.forecast, None, "no forecast for a passed deadline");
    // On the deadline's last day it has not passed yet.
    let f = indicator_figures(&ind, Some(day("2016-12-31")));
    assert_ne!(f.status, Status::Missed);
}

#[test]
fn no_reference_date_means_no_deadline_has_passed() {
    let ind = with_target(
        indicator(
            Direction::Decrease,
            &[("2015", Some(60.0)), ("2016", Some(50.0))],
        ),
        30.0,
        Some("2000"),
    );
    let f = indicator_figures(&ind, None);
    assert_ne!(f.status, Status::Missed);
    assert!(f.forecast.is_some());
}

#[test]
fn insufficient_data_with_one_point_or_one_date() {
    let one = with_target(
        indicator(Direction::Decrease, &[("2016-06", Some(16.9))]),
        10.0,
        Some("2018-03"),
    );
    let f = indicator_figures(&one, Some(day("2017-03-01")));
    assert_eq!(f.status, Status::InsufficientData);
    assert_eq!((f.slope_per_year, f.trend, f.forecast), (None, None, None));
    let same_date = with_target(
        indicator(
            Direction::Decrease,
            &[("2016-06", Some(16.9)), ("2016-06", Some(15.0))],
        ),
        10.0,
        Some("2018-03"),
    );
    let f = indicator_figures(&same_date, Some(day("2017-03-01")));
    assert_eq!(f.status, Status::InsufficientData);
    assert_eq!(
        f.latest.map(|l| l.value),
        Some(15.0),
        "the last written of one date is latest"
    );
}

#[test]
fn on_track_when_the_fitted_line_meets_the_target_by_the_deadline() {
    // 20 → 15 over one year: slope −5/yr; by the end of 2018 the line is well below 10.
    let ind = with_target(
        indicator(
            Direction::Decrease,
            &[("2016-01", Some(20.0)), ("2017-01", Some(15.0))],
        ),
        10.0,
        Some("2018-12"),
    );
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.status, Status::OnTrack);
    let slope = f.slope_per_year.expect("slope");
    let t = |d: &str| years_since_epoch(day(d));
    let expected =
        17.5 + slope * (t("2018-12-31") - f64::midpoint(t("2016-01-01"), t("2017-01-01")));
    assert!(close(f.forecast, expected, 1e-9));
    assert!(f.forecast.is_some_and(|v| v < 10.0));
    assert!(f.forecast_progress_pct.is_some_and(|v| v > 100.0));
}

#[test]
fn at_risk_when_improving_too_slowly() {
    // 20 → 19 in a year: improving, but the line reaches only ~17 by the end of 2018.
    let ind = with_target(
        indicator(
            Direction::Decrease,
            &[("2016-01", Some(20.0)), ("2017-01", Some(19.0))],
        ),
        10.0,
        Some("2018-12"),
    );
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.trend, Some(Trend::Improving));
    assert_eq!(f.status, Status::AtRisk);
}

#[test]
fn off_track_when_worsening_or_flat_with_a_deadline() {
    let worse = with_target(
        indicator(
            Direction::Increase,
            &[("2016-01", Some(20.0)), ("2017-01", Some(18.0))],
        ),
        30.0,
        Some("2018-12"),
    );
    let f = indicator_figures(&worse, Some(day("2017-03-01")));
    assert_eq!(
        (f.trend, f.status),
        (Some(Trend::Worsening), Status::OffTrack)
    );
    let flat = with_target(
        indicator(
            Direction::Increase,
            &[("2016-01", Some(20.0)), ("2017-01", Some(20.05))],
        ),
        30.0,
        Some("2018-12"),
    );
    let f = indicator_figures(&flat, Some(day("2017-03-01")));
    assert_eq!((f.trend, f.status), (Some(Trend::Flat), Status::OffTrack));
}

#[test]
fn without_a_deadline_improving_is_on_track_else_off_track() {
    let improving = with_target(
        indicator(
            Direction::Increase,
            &[("2016", Some(17.4)), ("2017", Some(19.0))],
        ),
        22.0,
        None,
    );
    assert_eq!(indicator_figures(&improving, None).status, Status::OnTrack);
    let worsening = with_target(
        indicator(
            Direction::Increase,
            &[("2016", Some(19.0)), ("2017", Some(17.4))],
        ),
        22.0,
        None,
    );
    assert_eq!(indicator_figures(&worsening, None).status, Status::OffTrack);
}

#[test]
fn flat_threshold_is_half_a_percent_of_the_level_per_year() {
    // Mean 100; a slope of exactly 0.5 per year is flat, 0.6 is not.
    let t0 = "2016-01-01";
    let ind = |delta: f64| {
        let days = (day("2017-01-01") - day(t0)).num_days() as f64;
        let per_year = delta * 365.25 / days;
        indicator(
            Direction::None,
            &[
                ("2016-01", Some(100.0 - per_year / 2.0)),
                ("2017-01", Some(100.0 + per_year / 2.0)),
            ],
        )
    };
    assert_eq!(indicator_figures(&ind(0.5), None).trend, Some(Trend::Flat));
    assert_eq!(
        indicator_figures(&ind(0.6), None).trend,
        Some(Trend::Rising)
    );
    assert_eq!(
        indicator_figures(&ind(-0.6), None).trend,
        Some(Trend::Falling)
    );
    // Mean 0: flat only when the slope is 0.
    let around_zero = indicator(
        Direction::None,
        &[("2016", Some(-1.0)), ("2017", Some(1.0))],
    );
    assert_eq!(
        indicator_figures(&around_zero, None).trend,
        Some(Trend::Rising)
    );
    let zeros = indicator(Direction::None, &[("2016", Some(0.0)), ("2017", Some(0.0))]);
    assert_eq!(indicator_figures(&zeros, None).trend, Some(Trend::Flat));
}

#[test]
fn zero_baseline_has_no_change_pct_and_equal_target_no_progress() {
    let mut ind = with_target(
        indicator(
            Direction::Increase,
            &[("2016", Some(0.0)), ("2017", Some(5.0))],
        ),
        0.0,
        None,
    );
    ind.target = Some(Target {
        value: 0.0,
        date: None,
        label: None,
    });
    let f = indicator_figures(&ind, None);
    assert_eq!(f.change, Some(5.0));
    assert_eq!(f.change_pct, None);
    assert_eq!(f.progress_pct, None, "baseline = target");
}

#[test]
fn explicit_baseline_wins_and_nulls_are_holes() {
    let mut ind = indicator(
        Direction::Decrease,
        &[
            ("2015-05", None),
            ("2015-12", Some(50.0)),
            ("2016-05", None),
            ("2016-12", Some(38.0)),
        ],
    );
    ind.baseline = Some(Baseline {
        date: p("2015-05"),
        value: 61.0,
    });
    let ind = with_target(ind, 30.0, Some("2018-12"));
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.baseline.map(|b| b.value), Some(61.0));
    assert_eq!(f.latest.map(|l| l.value), Some(38.0));
    assert_eq!(f.remaining, Some(8.0));
    assert!(close(f.progress_pct, 23.0 / 31.0 * 100.0, 1e-9));
    // Two non-null points: the slope is the line through them.
    let years = years_since_epoch(day("2016-12-01")) - years_since_epoch(day("2015-12-01"));
    assert!(close(f.slope_per_year, -12.0 / years, 1e-9));
}

#[test]
fn comparisons_difference_is_latest_minus_theirs() {
    let mut ind = indicator(Direction::Increase, &[("2016-11", Some(33.0))]);
    ind.comparisons = vec![
        Comparison {
            label: "Hele landet".into(),
            series: series(&[("2015", Some(30.0)), ("2016", Some(28.0))]),
        },
        Comparison {
            label: "Tom".into(),
            series: series(&[("2016", None)]),
        },
    ];
    let f = indicator_figures(&ind, None);
    assert_eq!(f.comparisons[0].latest.map(|l| l.value), Some(28.0));
    assert_eq!(f.comparisons[0].difference, Some(5.0));
    assert_eq!(
        f.comparisons[1],
        ComparisonFigures {
            latest: None,
            difference: None
        }
    );
}

#[test]
fn extreme_values_give_null_not_infinity() {
    let ind = indicator(
        Direction::None,
        &[("2016", Some(1e308)), ("2017", Some(-1e308))],
    );
    let f = indicator_figures(&ind, None);
    assert_eq!(f.change, None);
    assert!(f.slope_per_year.is_none_or(f64::is_finite));
}

mod props;
