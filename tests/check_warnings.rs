//! Every warning class of the spec, on a small file of tests/bad/: the message, the JSON path,
//! line:column, and exit status 0 (the file stays usable).

mod check_support;

use check_support::assert_warning;

#[test]
fn unknown_field_with_a_suggestion() {
    assert_warning(
        "unknown-field.json",
        "warning: tests/bad/unknown-field.json:25:7: goals[0].titel: unknown field \"titel\"; \
         did you mean \"title\"?",
    );
}

#[test]
fn unknown_field_without_a_near_name() {
    assert_warning(
        "unknown-field-far.json",
        "warning: tests/bad/unknown-field-far.json:4:3: colour: unknown field \"colour\"; ignored",
    );
}

#[test]
fn unsorted_series() {
    assert_warning(
        "unsorted-series.json",
        "warning: tests/bad/unsorted-series.json:19:23: goals[0].indicators[0].series[1].date: \
         series is not sorted by date: 2015-05 comes after 2016-12; sorted on load",
    );
}

#[test]
fn two_points_on_one_date() {
    assert_warning(
        "same-date.json",
        "warning: tests/bad/same-date.json:23:23: goals[0].indicators[0].series[2].date: two \
         points on 2016-12 (the other at goals[0].indicators[0].series[1])",
    );
}

#[test]
fn baseline_after_the_latest_point() {
    assert_warning(
        "baseline-after-latest.json",
        "warning: tests/bad/baseline-after-latest.json:24:21: \
         goals[0].indicators[0].baseline.date: baseline 2017-06 is after the latest point \
         (2016-12)",
    );
}

#[test]
fn deadline_before_the_baseline() {
    assert_warning(
        "deadline-before-baseline.json",
        "warning: tests/bad/deadline-before-baseline.json:25:21: \
         goals[0].indicators[0].target.date: deadline 2014 is before the baseline (2015-05)",
    );
}

#[test]
fn percent_outside_0_to_100() {
    assert_warning(
        "percent-out-of-range.json",
        "warning: tests/bad/percent-out-of-range.json:20:24: \
         goals[0].indicators[0].series[1].value: 120 is outside 0–100 for the unit \"%\"",
    );
}

#[test]
fn percent_outside_0_to_100_once_per_indicator() {
    // Growth rates in % legitimately leave 0–100: one warning, at the first such value.
    assert_warning(
        "percent-many-out-of-range.json",
        "warning: tests/bad/percent-many-out-of-range.json:16:24: \
         goals[0].indicators[0].series[0].value: 3 values outside 0–100 for the unit \"%\" \
         (the first: -3.5)",
    );
}

#[test]
fn goal_with_neither_indicators_nor_initiatives() {
    assert_warning(
        "goal-without-indicators.json",
        "warning: tests/bad/goal-without-indicators.json:26:5: goals[1]: goal has neither \
         indicators nor initiatives",
    );
}

#[test]
fn no_goals() {
    assert_warning(
        "no-goals.json",
        "warning: tests/bad/no-goals.json:4:12: goals: the dataset has no goals",
    );
}
