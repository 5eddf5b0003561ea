//! The spec's worked examples of v1.1 §3 and §8, and generated series for every frequency,
//! kind, range and bound.

use chrono::NaiveDate;

use super::*;
use crate::figures::indicator_figures;
use crate::model::{Bound, Breakdown, Indicator, IndicatorId, Period, Point, PointKind, Target};

fn p(s: &str) -> Period {
    s.parse().expect("test period")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test day")
}

fn dated(points: &[(&str, f64)]) -> Vec<DatedValue> {
    points
        .iter()
        .map(|&(d, value)| DatedValue { date: p(d), value })
        .collect()
}

fn indicator(direction: Direction, series: Vec<Point>) -> Indicator {
    Indicator {
        id: IndicatorId::from("x"),
        title: "x".into(),
        unit: None,
        decimals: None,
        direction,
        baseline: None,
        target: None,
        series,
        comparisons: Vec::new(),
        source: None,
        description: None,
        frequency: None,
        breakdowns: Vec::new(),
        open_sdg: None,
    }
}

fn points(values: &[(&str, f64)]) -> Vec<Point> {
    values
        .iter()
        .map(|&(d, v)| Point::new(p(d), Some(v)))
        .collect()
}

fn homeless() -> Vec<(&'static str, f64)> {
    vec![
        ("2015-05", 61.0),
        ("2015-12", 50.0),
        ("2016-05", 54.0),
        ("2016-12", 38.0),
    ]
}

#[test]
fn spec_worked_example_homelessness_tallies_are_half_yearly() {
    let pts = dated(&homeless());
    assert_eq!(infer_frequency(&pts), Some(Frequency::HalfYearly));
    let next = next_expected(&pts, None).expect("next");
    assert_eq!(next, (day("2017-06-01"), Frequency::HalfYearly));
    assert_eq!(stale(next, Some(day("2017-03-01"))), Some(false));
    assert_eq!(stale(next, Some(day("2017-11-30"))), Some(false));
    assert_eq!(stale(next, Some(day("2017-12-01"))), Some(true));
    assert_eq!(stale(next, None), None);
    let ind = indicator(Direction::Decrease, points(&homeless()));
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.next_expected, Some(day("2017-06-01")));
    assert_eq!(f.stale, Some(false));
    assert_eq!(
        indicator_figures(&ind, Some(day("2017-12-01"))).stale,
        Some(true)
    );
}

#[test]
fn spec_worked_example_flex_jobs_required_per_year() {
    let mut ind = indicator(Direction::Decrease, points(&[("2016-06", 16.9)]));
    ind.unit = Some("%".into());
    ind.target = Some(Target {
        value: 10.0,
        date: Some(p("2018-03")),
        label: None,
    });
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    let required = f.required_per_year.expect("required");
    assert!((required - -3.773).abs() < 0.0005, "{required}");
    assert_eq!(f.pace_ratio, None, "one point, no slope");
    assert_eq!(f.status, Status::InsufficientData);
}

#[test]
fn required_per_year_needs_a_deadline_after_the_latest_and_no_achievement() {
    let target = |value, date: Option<&str>| Target {
        value,
        date: date.map(p),
        label: None,
    };
    let latest = Some(DatedValue {
        date: p("2016"),
        value: 20.0,
    });
    let t = target(10.0, Some("2017"));
    // 2016-01-01 to 2017-12-31 is 730 days.
    let r = required_per_year(Some(&t), latest, Status::OnTrack).expect("r");
    assert!((r - -10.0 / (730.0 / 365.25)).abs() < 1e-12, "{r}");
    assert_eq!(required_per_year(Some(&t), latest, Status::Achieved), None);
    assert_eq!(
        required_per_year(Some(&target(10.0, None)), latest, Status::OnTrack),
        None
    );
    let past = target(10.0, Some("2015"));
    assert_eq!(required_per_year(Some(&past), latest, Status::Missed), None);
    assert_eq!(required_per_year(None, latest, Status::NoTarget), None);
}

#[test]
fn pace_ratio_is_slope_over_required() {
    assert_eq!(pace_ratio(Some(-1.2), Some(-4.0)), Some(0.3));
    assert_eq!(pace_ratio(Some(1.0), Some(0.0)), None);
    assert_eq!(pace_ratio(None, Some(1.0)), None);
    assert_eq!(pace_ratio(Some(1.0), None), None);
}

#[test]
fn every_frequency_steps_and_clamps_to_the_month_end() {
    let d = day("2016-08-31");
    assert_eq!(step(d, Frequency::Yearly), Some(day("2017-08-31")));
    assert_eq!(step(d, Frequency::HalfYearly), Some(day("2017-02-28")));
    assert_eq!(step(d, Frequency::Quarterly), Some(day("2016-11-30")));
    assert_eq!(step(d, Frequency::Monthly), Some(day("2016-09-30")));
    assert_eq!(step(d, Frequency::Weekly), Some(day("2016-09-07")));
    assert_eq!(step(d, Frequency::Irregular), None);
    assert_eq!(
        step(day("2016-02-29"), Frequency::Yearly),
        Some(day("2017-02-28"))
    );
}

/// A regular series starting 2010-01-01, stepped `n` times by `frequency`.
fn regular(frequency: Frequency, n: usize) -> Vec<DatedValue> {
    let mut d = day("2010-01-01");
    let mut out = Vec::new();
    for i in 0..n {
        out.push(DatedValue {
            date: Period::from_date(d),
            value: i as f64,
        });
        d = step(d, frequency).expect("regular frequency");
    }
    out
}

#[test]
fn inference_finds_every_regular_frequency() {
    for f in [
        Frequency::Yearly,
        Frequency::HalfYearly,
        Frequency::Quarterly,
        Frequency::Monthly,
        Frequency::Weekly,
    ] {
        for n in [3, 4, 7, 12] {
            let pts = regular(f, n);
            assert_eq!(infer_frequency(&pts), Some(f), "{f:?} × {n}");
            let (next, used) = next_expected(&pts, None).expect("next");
            assert_eq!(used, f);
            let last = pts.last().expect("points").date.first_day();
            assert_eq!(Some(next), step(last, f));
        }
    }
    assert_eq!(infer_frequency(&regular(Frequency::Monthly, 2)), None);
    assert_eq!(next_expected(&regular(Frequency::Monthly, 2), None), None);
}

#[test]
fn inference_takes_the_mean_of_the_two_middle_gaps() {
    // Gaps 10, 20, 40, 500 days: median (20 + 40) / 2 = 30 → monthly.
    let pts = dated(&[
        ("2016-01-01", 1.0),
        ("2016-01-11", 1.0),
        ("2016-01-31", 1.0),
        ("2016-03-11", 1.0),
        ("2017-07-24", 1.0),
    ]);
    assert_eq!(infer_frequency(&pts), Some(Frequency::Monthly));
    // Gaps 10, 20: mean 15 → weekly.
    assert_eq!(infer_frequency(&pts[..3]), Some(Frequency::Weekly));
}

#[test]
fn a_written_frequency_wins_and_irregular_is_never_due() {
    let pts = regular(Frequency::Monthly, 2);
    let next = next_expected(&pts, Some(Frequency::Yearly)).expect("next");
    assert_eq!(next, (day("2011-02-01"), Frequency::Yearly));
    assert_eq!(next_expected(&pts, Some(Frequency::Irregular)), None);
    assert_eq!(next_expected(&[], Some(Frequency::Yearly)), None);
}

#[test]
fn run_counts_the_last_steps_one_way() {
    let run_of = |values: &[f64], dir| {
        let pts: Vec<DatedValue> = values
            .iter()
            .enumerate()
            .map(|(i, &value)| DatedValue {
                date: Period::year(2000 + i as i32).expect("year"),
                value,
            })
            .collect();
        run(&pts, dir)
    };
    let rising3 = Some(Run {
        direction: Trend::Worsening,
        periods: 3,
    });
    assert_eq!(
        run_of(&[5.0, 1.0, 2.0, 3.0, 4.0], Direction::Decrease),
        rising3
    );
    assert_eq!(
        run_of(&[5.0, 1.0, 2.0, 3.0, 4.0], Direction::Increase).map(|r| r.direction),
        Some(Trend::Improving)
    );
    assert_eq!(
        run_of(&[1.0, 1.0, 0.5], Direction::None),
        Some(Run {
            direction: Trend::Falling,
            periods: 1
        })
    );
    // A step with no change ends the run; a last step of 0 is no run.
    assert_eq!(
        run_of(&[1.0, 2.0, 2.0, 3.0], Direction::None).map(|r| r.periods),
        Some(1)
    );
    assert_eq!(run_of(&[1.0, 2.0, 2.0], Direction::Increase), None);
    assert_eq!(run_of(&[1.0], Direction::Increase), None);
}

fn with_kind(pt: Point, kind: PointKind) -> Point {
    pt.with_kind(kind)
}

#[test]
fn planned_points_take_part_in_no_figure() {
    let measured = points(&homeless());
    let mut with_plans = measured.clone();
    with_plans.push(with_kind(
        Point::new(p("2017-06"), Some(20.0)),
        PointKind::Planned,
    ));
    with_plans.insert(
        0,
        with_kind(Point::new(p("2014"), Some(90.0)), PointKind::Planned),
    );
    let target = Target {
        value: 30.0,
        date: Some(p("2018")),
        label: None,
    };
    let mut a = indicator(Direction::Decrease, measured);
    a.target = Some(target.clone());
    let mut b = indicator(Direction::Decrease, with_plans);
    b.target = Some(target);
    let reference = Some(day("2017-03-01"));
    assert_eq!(
        indicator_figures(&a, reference),
        indicator_figures(&b, reference)
    );
    // Nor the reference date.
    let only_plans = indicator(
        Direction::None,
        vec![with_kind(
            Point::new(p("2030"), Some(1.0)),
            PointKind::Planned,
        )],
    );
    let f = indicator_figures(&only_plans, None);
    assert_eq!((f.latest, f.status), (None, Status::NoData));
}

#[test]
fn estimates_ranges_and_bounds_count_with_their_value() {
    let plain = points(&homeless());
    let marked: Vec<Point> = plain
        .iter()
        .enumerate()
        .map(|(i, pt)| {
            let v = pt.value().expect("value");
            match i % 4 {
                0 => pt.clone().with_kind(PointKind::Estimated),
                1 => pt.clone().with_range(Some([v - 5.0, v + 5.0])),
                2 => pt.clone().with_bound(Some(Bound::AtLeast)),
                _ => pt.clone().with_bound(Some(Bound::AtMost)),
            }
        })
        .collect();
    let reference = Some(day("2017-03-01"));
    assert_eq!(
        indicator_figures(&indicator(Direction::Decrease, plain), reference),
        indicator_figures(&indicator(Direction::Decrease, marked), reference)
    );
}

#[test]
fn progress_is_null_when_the_baseline_already_met_the_target() {
    // A rate that rose from 7.8 to 13.5 against a target of at least 10.
    let mut ind = indicator(
        Direction::Increase,
        points(&[("2015", 7.8), ("2016", 13.5)]),
    );
    ind.target = Some(Target {
        value: 10.0,
        date: Some(p("2020")),
        label: None,
    });
    let f = indicator_figures(&ind, None);
    assert!(f.progress_pct.is_some_and(|pct| pct > 200.0));
    ind.series.insert(0, Point::new(p("2014"), Some(12.0)));
    let f = indicator_figures(&ind, None);
    assert!(f.baseline_met);
    assert_eq!((f.progress_pct, f.forecast_progress_pct), (None, None));
    assert_eq!(f.status, Status::Achieved);
}

#[test]
fn forecasts_are_clamped_to_what_is_possible() {
    let target = |value| Target {
        value,
        date: Some(p("2030")),
        label: None,
    };
    // Falling fast towards below zero: the forecast stops at 0 and meets a target of 0.
    let mut ind = indicator(
        Direction::Decrease,
        points(&[("2015", 30.0), ("2016", 20.0)]),
    );
    ind.target = Some(target(0.0));
    let f = indicator_figures(&ind, None);
    assert_eq!(f.forecast, Some(0.0));
    assert_eq!(f.status, Status::OnTrack);
    // A value below zero allows a forecast below zero.
    ind.series.push(Point::new(p("2017"), Some(-1.0)));
    assert!(
        indicator_figures(&ind, None)
            .forecast
            .is_some_and(|f| f < 0.0)
    );
    // A share cannot pass 100 %.
    let mut share = indicator(
        Direction::Increase,
        points(&[("2015", 80.0), ("2016", 90.0)]),
    );
    share.unit = Some("%".into());
    share.target = Some(target(95.0));
    assert_eq!(indicator_figures(&share, None).forecast, Some(100.0));
    share.unit = None;
    assert!(
        indicator_figures(&share, None)
            .forecast
            .is_some_and(|f| f > 100.0)
    );
}

#[test]
fn each_breakdown_gets_the_figures_with_its_own_target() {
    let mut ind = indicator(Direction::Decrease, points(&homeless()));
    ind.frequency = Some(Frequency::HalfYearly);
    ind.breakdowns = vec![
        Breakdown {
            dimensions: vec![("Køn".into(), "Kvinder".into())],
            series: points(&[("2015-05", 20.0), ("2016-12", 10.0)]),
            target: Some(Target {
                value: 5.0,
                date: Some(p("2018")),
                label: None,
            }),
        },
        Breakdown {
            dimensions: vec![("Køn".into(), "Mænd".into())],
            series: points(&[("2015-05", 41.0), ("2016-12", 28.0)]),
            target: None,
        },
    ];
    let f = indicator_figures(&ind, Some(day("2017-03-01")));
    assert_eq!(f.breakdowns.len(), 2);
    let women = &f.breakdowns[0];
    assert_eq!(women.latest.map(|l| l.value), Some(10.0));
    assert_eq!(
        women.next_expected,
        Some(day("2017-06-01")),
        "the indicator's frequency"
    );
    assert!(women.required_per_year.is_some());
    assert!(women.status != Status::NoTarget);
    assert_eq!(f.breakdowns[1].status, Status::NoTarget);
    assert!(women.breakdowns.is_empty() && women.comparisons.is_empty());
    // Breakdowns do not change the indicator's own figures.
    let mut alone = ind.clone();
    alone.breakdowns.clear();
    let mut g = f.clone();
    g.breakdowns.clear();
    assert_eq!(indicator_figures(&alone, Some(day("2017-03-01"))), g);
}

/// The frequency as first defined: chrono's days between first days, every gap sorted.
fn infer_by_sorting(points: &[DatedValue]) -> Option<Frequency> {
    if points.len() < 3 {
        return None;
    }
    let mut gaps: Vec<i64> = points
        .windows(2)
        .map(|w| (w[1].date.first_day() - w[0].date.first_day()).num_days())
        .collect();
    gaps.sort_unstable();
    let mid = gaps.len() / 2;
    let median = if gaps.len().is_multiple_of(2) {
        (gaps[mid - 1] + gaps[mid]) as f64 / 2.0
    } else {
        gaps[mid] as f64
    };
    Some(match median {
        m if m >= 300.0 => Frequency::Yearly,
        m if m >= 150.0 => Frequency::HalfYearly,
        m if m >= 75.0 => Frequency::Quarterly,
        m if m >= 20.0 => Frequency::Monthly,
        _ => Frequency::Weekly,
    })
}

proptest::proptest! {
    /// Day counts and the picked median agree with chrono and a full sort, on sorted series
    /// of mixed precisions with gaps around every threshold.
    #[test]
    fn inferred_as_by_sorting(steps in proptest::collection::vec((0u32..3, 0u64..800), 0..40)) {
        let mut day = NaiveDate::from_ymd_opt(1999, 11, 3).expect("a day");
        let mut points = Vec::new();
        for (kind, gap) in steps {
            day = day.checked_add_days(chrono::Days::new(gap)).expect("in range");
            let date = Period::from_date(day);
            let month = || day.format("%m").to_string().parse().ok();
            let date = match kind {
                1 => month().and_then(|m| Period::month(date.year_number(), m)).unwrap_or(date),
                2 => Period::year(date.year_number()).unwrap_or(date),
                _ => date,
            };
            points.push(DatedValue { date, value: 1.0 });
        }
        points.sort_by_key(|p| p.date);
        proptest::prop_assert_eq!(infer_frequency(&points), infer_by_sorting(&points));
    }
}
