//! Invariants over generated series (proptest).

use proptest::prelude::*;

use super::*;

fn arb_series() -> impl Strategy<Value = Vec<(i32, u8, Option<f64>)>> {
    prop::collection::vec(
        (
            2000..2030i32,
            1..=12u8,
            prop::option::weighted(0.9, -1000.0..1000.0f64),
        ),
        0..12,
    )
}

fn build(
    direction: Direction,
    pts: &[(i32, u8, Option<f64>)],
    target: Option<(f64, Option<&str>)>,
) -> Indicator {
    let mut ind = indicator(direction, &[]);
    ind.series = pts
        .iter()
        .map(|&(y, m, v)| Point::new(Period::month(y, m).expect("valid"), v))
        .collect();
    if let Some((value, deadline)) = target {
        ind = with_target(ind, value, deadline);
    }
    ind
}

fn arb_direction() -> impl Strategy<Value = Direction> {
    prop_oneof![Just(Direction::Decrease), Just(Direction::Increase)]
}

proptest! {
    #[test]
    fn remaining_at_most_zero_iff_achieved(
        pts in arb_series(), dir in arb_direction(), t in -1000.0..1000.0f64, late in any::<bool>()
    ) {
        let deadline = if late { "2040" } else { "2001" };
        let f = indicator_figures(&build(dir, &pts, Some((t, Some(deadline)))), Some(day("2020-01-01")));
        prop_assert_eq!(f.remaining.is_some_and(|r| r <= 0.0), f.status == Status::Achieved);
    }

    #[test]
    fn sorting_the_series_changes_no_figure(pts in arb_series(), dir in arb_direction(), t in -1000.0..1000.0f64) {
        let unsorted = build(dir, &pts, Some((t, Some("2035-06"))));
        let mut sorted = unsorted.clone();
        sorted.series.sort_by_key(|p| p.date);
        let reference = Some(day("2025-01-01"));
        prop_assert_eq!(indicator_figures(&unsorted, reference), indicator_figures(&sorted, reference));
    }

    #[test]
    fn zero_slope_forecasts_the_mean(v in -1000.0..1000.0f64, n in 2..10usize) {
        let pts: Vec<(i32, u8, Option<f64>)> = (0..n).map(|i| (2010 + i as i32, 1, Some(v))).collect();
        let f = indicator_figures(&build(Direction::Decrease, &pts, Some((v - 1.0, Some("2040")))), None);
        prop_assert_eq!(f.slope_per_year, Some(0.0));
        prop_assert!(close(f.forecast, v, 1e-9 * v.abs().max(1.0)));
        prop_assert_eq!(f.trend, Some(Trend::Flat));
    }

    #[test]
    fn status_is_decided_for_any_series(pts in arb_series(), dir in arb_direction(), t in -1000.0..1000.0f64) {
        let f = indicator_figures(&build(dir, &pts, Some((t, None))), None);
        let has_data = pts.iter().any(|p| p.2.is_some());
        prop_assert_eq!(f.status == Status::NoData, !has_data);
        prop_assert!(f.status != Status::NoTarget && f.status != Status::Missed);
    }
}

#[test]
fn no_negative_zero() {
    // (baseline − latest) / (baseline − T) with baseline = latest would be −0 for a baseline
    // that already meets the target: v1.1 gives no progress there at all.
    let ind = with_target(
        indicator(Direction::Decrease, &[("2016", Some(5.0))]),
        10.0,
        None,
    );
    let f = indicator_figures(&ind, None);
    assert_eq!(f.progress_pct, None, "the baseline met the target");
    assert!(f.change.is_some_and(f64::is_sign_positive));
    let ind = with_target(
        indicator(Direction::Increase, &[("2016", Some(5.0))]),
        10.0,
        None,
    );
    let progress = indicator_figures(&ind, None)
        .progress_pct
        .expect("progress");
    assert!(
        progress == 0.0 && progress.is_sign_positive(),
        "{progress:?}"
    );
}
