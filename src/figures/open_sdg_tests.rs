//! Every expected number below was computed by sdg-build's own progress code (its
//! `SeriesProgress` and `growth_calculation`, run under pandas on the same year/value pairs).

use super::*;

fn run(points: &[(i32, f64)], options: ProgressOptions) -> SeriesProgress {
    series_progress(points, &options)
}

fn increase() -> ProgressOptions {
    ProgressOptions {
        way: Way::Increase,
        ..ProgressOptions::default()
    }
}

fn target(t: f64) -> ProgressOptions {
    ProgressOptions {
        target: Some(t),
        ..ProgressOptions::default()
    }
}

fn close(a: Option<f64>, b: f64) {
    let a = a.expect("a value");
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[test]
fn method_1_decrease_substantial() {
    let s = run(
        &[(2015, 20.0), (2016, 19.0), (2017, 18.5), (2020, 17.0)],
        ProgressOptions::default(),
    );
    close(s.progress_value, 0.031_981_214_997_518_6);
    assert_eq!(s.status, ProgressStatus::SubstantialProgress);
    close(s.score, 5.0);
    assert_eq!((s.base_year, s.current_year), (Some(2015), Some(2020)));
    assert_eq!((s.direction, s.sign), (-1, Some(1)));
}

#[test]
fn method_1_increase_slow_and_fast() {
    let slow = run(&[(2015, 50.0), (2020, 50.5)], increase());
    close(slow.progress_value, 0.001_992_047_666_533_381);
    assert_eq!(slow.status, ProgressStatus::LimitedProgress);
    close(slow.score, -1.503_976_166_733_309_6);
    let fast = run(&[(2015, 50.0), (2020, 55.0)], increase());
    close(fast.progress_value, 0.019_244_876_491_456_564);
    assert_eq!(fast.status, ProgressStatus::SubstantialProgress);
    close(fast.score, 4.622_438_245_728_283);
}

#[test]
fn method_1_deterioration() {
    let s = run(&[(2015, 10.0), (2019, 12.0)], ProgressOptions::default());
    close(s.progress_value, -0.046_635_139_392_105_62);
    assert_eq!(s.status, ProgressStatus::Deterioration);
    close(s.score, -5.0);
}

#[test]
fn method_1_with_a_limit_above_and_below_it() {
    let limit = |l| ProgressOptions {
        limit: Some(l),
        ..ProgressOptions::default()
    };
    let above = run(&[(2015, 3.0), (2020, 2.8)], limit(2.0));
    close(above.progress_value, 0.013_703_810_340_970_679);
    assert_eq!(above.status, ProgressStatus::ModerateProgress);
    close(above.score, 2.341_412_225_579_376);
    let below = run(&[(2015, 1.5), (2020, 1.45)], limit(2.0));
    close(below.progress_value, 0.006_757_375_894_498_652);
    assert_eq!(below.status, ProgressStatus::ModerateProgress);
    close(below.score, 1.092_363_779_109_101_4);
}

#[test]
fn method_1_with_thresholds_overridden() {
    let options = ProgressOptions {
        thresholds: ThresholdOverride {
            high: Some(0.02),
            med: Some(0.001),
            low: Some(0.0),
        },
        ..ProgressOptions::default()
    };
    let s = run(&[(2015, 20.0), (2020, 19.0)], options);
    close(s.progress_value, 0.010_206_218_313_011_495);
    assert_eq!(s.status, ProgressStatus::ModerateProgress);
    close(s.score, 1.301_554_578_252_873_5);
}

#[test]
fn method_2_substantial_limited_and_increase() {
    let s = run(&[(2015, 20.0), (2020, 16.0)], target(10.0));
    close(s.progress_value, 0.966_542_304_190_271_9);
    assert_eq!(s.status, ProgressStatus::SubstantialProgress);
    close(s.score, 2.618_215_024_600_692_3);
    let s = run(&[(2015, 20.0), (2020, 19.5)], target(10.0));
    close(s.progress_value, 0.111_845_499_770_376_5);
    assert_eq!(s.status, ProgressStatus::LimitedProgress);
    close(s.score, -2.033_973_356_106_772);
    let up = ProgressOptions {
        target: Some(80.0),
        way: Way::Increase,
        ..ProgressOptions::default()
    };
    let s = run(&[(2016, 60.0), (2021, 70.0)], up);
    close(s.progress_value, 1.508_109_296_440_636_8);
    assert_eq!(s.status, ProgressStatus::SubstantialProgress);
    close(s.score, 5.0);
}

#[test]
fn target_achieved_even_with_one_point() {
    let s = run(&[(2015, 20.0), (2022, 9.0)], target(10.0));
    close(s.progress_value, 2.387_302_579_785_805_6);
    assert_eq!(s.status, ProgressStatus::TargetAchieved);
    close(s.score, 5.0);
    let one = run(&[(2022, 9.0)], target(10.0));
    assert_eq!(one.progress_value, None);
    assert_eq!(one.status, ProgressStatus::TargetAchieved);
    close(one.score, 5.0);
}

#[test]
fn base_year_missing_takes_the_next_year_or_gives_nothing() {
    let s = run(
        &[(2013, 8.0), (2017, 7.0), (2019, 6.0)],
        ProgressOptions::default(),
    );
    assert_eq!(s.base_year, Some(2017));
    close(s.progress_value, 0.074_179_900_227_448_58);
    assert_eq!(s.status, ProgressStatus::SubstantialProgress);
    let none = run(&[(2010, 8.0), (2012, 7.0)], ProgressOptions::default());
    assert_eq!(none.base_year, None);
    assert_eq!(none.status, ProgressStatus::NotAvailable);
    assert_eq!(none.score, None);
}

#[test]
fn opposite_signs_and_single_year_are_not_available() {
    let s = run(&[(2015, 2.0), (2020, -1.0)], ProgressOptions::default());
    assert_eq!((s.progress_value, s.score), (None, None));
    assert_eq!(s.status, ProgressStatus::NotAvailable);
    let s = run(&[(2018, 5.0)], ProgressOptions::default());
    assert_eq!(s.base_year, Some(2018));
    assert_eq!(s.status, ProgressStatus::NotAvailable);
}

#[test]
fn negative_values_zero_base_and_zero_target() {
    let s = run(&[(2015, -4.0), (2020, -2.0)], increase());
    assert_eq!(s.sign, Some(-1));
    close(s.progress_value, 0.129_449_436_703_875_88);
    close(s.score, 5.0);
    let s = run(&[(2015, 0.0), (2020, 2.0)], increase());
    close(s.base_value, 0.001);
    close(s.progress_value, 3.573_050_519_273_264);
    let s = run(&[(2015, 5.0), (2020, 3.0)], target(0.0));
    close(s.target, 0.001);
    close(s.progress_value, 0.224_172_214_141_007_52);
    assert_eq!(s.status, ProgressStatus::LimitedProgress);
    close(s.score, -1.565_941_635_338_664);
}

#[test]
fn duplicate_years_are_not_available() {
    let s = run(
        &[(2015, 5.0), (2015, 4.0), (2020, 3.0)],
        ProgressOptions::default(),
    );
    assert_eq!(s.status, ProgressStatus::NotAvailable);
    assert_eq!(s.current_year, None);
}

#[test]
fn indicator_is_the_mean_of_available_scores() {
    let a = run(&[(2015, 20.0), (2020, 16.0)], target(10.0));
    let b = run(&[(2015, 20.0), (2020, 19.5)], target(10.0));
    let none = run(&[], ProgressOptions::default());
    let i = indicator_progress(vec![a, b, none]);
    close(
        i.score,
        (2.618_215_024_600_692_3 - 2.033_973_356_106_772) / 2.0,
    );
    assert_eq!(i.status, ProgressStatus::ModerateProgress);
    assert_eq!(i.options.len(), 3);
}

#[test]
fn indicator_achieved_only_when_every_scored_option_is() {
    let a = run(&[(2015, 20.0), (2022, 9.0)], target(10.0));
    let i = indicator_progress(vec![a.clone(), a.clone()]);
    assert_eq!(i.status, ProgressStatus::TargetAchieved);
    let b = run(&[(2015, 10.0), (2019, 12.0)], ProgressOptions::default());
    let i = indicator_progress(vec![a, b]);
    // 5 and −5: a mean of 0 is moderate progress, not achieved.
    assert_eq!(i.status, ProgressStatus::ModerateProgress);
    close(i.score, 0.0);
    assert_eq!(
        indicator_progress(vec![]).status,
        ProgressStatus::NotAvailable
    );
}

#[test]
fn statuses_from_scores_at_their_edges() {
    use ProgressStatus as P;
    assert_eq!(P::from_score(Some(2.5), false), P::SubstantialProgress);
    assert_eq!(P::from_score(Some(0.0), false), P::ModerateProgress);
    assert_eq!(P::from_score(Some(-2.5), false), P::LimitedProgress);
    assert_eq!(P::from_score(Some(-2.6), false), P::Deterioration);
    assert_eq!(P::from_score(None, false), P::NotAvailable);
    assert_eq!(P::parse("moderate_progress"), Some(P::ModerateProgress));
}
