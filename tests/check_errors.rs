//! Every error class of the spec, on a small file of tests/bad/: the message, the JSON path,
//! line:column, and exit status 2. Several errors in one file are all reported.

mod check_support;

use check_support::{assert_check, assert_error};

#[test]
fn invalid_json() {
    assert_error(
        "invalid-json.json",
        "error: tests/bad/invalid-json.json:3:33: invalid JSON: expected `,` or `}` after this \
         value: is a comma missing here? (the next value is at 4:3)",
    );
}

#[test]
fn invalid_json_cut_short_names_where() {
    assert_error(
        "truncated.json",
        "error: tests/bad/truncated.json:1:74: goals[0]: invalid JSON: EOF while parsing an object",
    );
}

#[test]
fn invalid_json_trailing_characters() {
    assert_error(
        "trailing-characters.json",
        "error: tests/bad/trailing-characters.json:2:1: invalid JSON: trailing characters",
    );
}

#[test]
fn duplicate_member() {
    assert_error(
        "duplicate-key.json",
        "error: tests/bad/duplicate-key.json:4:9: title: duplicate field \"title\"",
    );
}

#[test]
fn wrong_type() {
    assert_error(
        "wrong-type.json",
        "error: tests/bad/wrong-type.json:3:12: title: expected a string, found a number",
    );
}

#[test]
fn wrong_type_of_the_whole_file() {
    assert_error(
        "not-an-object.json",
        "error: tests/bad/not-an-object.json:1:1: expected an object (a dataset), found an array",
    );
}

#[test]
fn missing_required_field_points_at_its_object() {
    assert_error(
        "missing-field.json",
        "error: tests/bad/missing-field.json:1:1: title: missing required field \"title\"",
    );
}

#[test]
fn missing_value_of_a_point() {
    assert_error(
        "missing-value.json",
        "error: tests/bad/missing-value.json:18:13: goals[0].indicators[0].series[1].value: \
         missing required field \"value\" (use null for a value not measured)",
    );
}

#[test]
fn unknown_format() {
    assert_error(
        "unknown-format.json",
        "error: tests/bad/unknown-format.json:2:13: format: unsupported format 'goalboard/2': \
         this goalboard reads \"goalboard/1\"",
    );
}

#[test]
fn bad_date() {
    assert_error(
        "bad-date.json",
        "error: tests/bad/bad-date.json:19:23: goals[0].indicators[0].series[1].date: \
         '2016-13' is not a date: use YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD",
    );
}

#[test]
fn duplicate_owner_id() {
    assert_error(
        "duplicate-owner-id.json",
        "error: tests/bad/duplicate-owner-id.json:10:13: owners[1].id: duplicate owner id 'css' \
         (first used at owners[0].id)",
    );
}

#[test]
fn duplicate_goal_id() {
    assert_error(
        "duplicate-goal-id.json",
        "error: tests/bad/duplicate-goal-id.json:27:13: goals[1].id: duplicate goal id 'g1' \
         (first used at goals[0].id)",
    );
}

#[test]
fn duplicate_initiative_id() {
    assert_error(
        "duplicate-initiative-id.json",
        "error: tests/bad/duplicate-initiative-id.json:13:13: initiatives[1].id: duplicate \
         initiative id 'pitstop' (first used at initiatives[0].id)",
    );
}

#[test]
fn duplicate_id_across_indicators_and_measures() {
    assert_error(
        "duplicate-indicator-id.json",
        "error: tests/bad/duplicate-indicator-id.json:36:17: initiatives[0].measures[0].id: \
         duplicate indicator or measure id 'homeless' (first used at goals[0].indicators[0].id)",
    );
}

#[test]
fn invalid_id() {
    assert_error(
        "invalid-id.json",
        "error: tests/bad/invalid-id.json:6:13: goals[0].id: 'goal 1' is not a valid id: use only \
         letters A-Z and a-z, digits, '_', '.' and '-'",
    );
}

#[test]
fn unknown_goal_reference() {
    assert_error(
        "unknown-goal.json",
        "error: tests/bad/unknown-goal.json:33:9: initiatives[0].goals[1]: unknown goal id 'g2'; \
         did you mean 'g1'?",
    );
}

#[test]
fn unknown_owner_reference() {
    assert_error(
        "unknown-owner.json",
        "error: tests/bad/unknown-owner.json:32:9: goals[0].owners[0]: unknown owner id 'cs'; \
         did you mean 'css'?",
    );
}

#[test]
fn direction_cannot_be_inferred_when_target_equals_baseline() {
    assert_error(
        "cannot-infer-direction.json",
        "error: tests/bad/cannot-infer-direction.json:22:21: goals[0].indicators[0].target: \
         cannot infer direction; set \"direction\" (the target equals the baseline 61)",
    );
}

#[test]
fn direction_cannot_be_inferred_without_a_baseline() {
    assert_error(
        "cannot-infer-direction-no-data.json",
        "error: tests/bad/cannot-infer-direction-no-data.json:13:21: \
         goals[0].indicators[0].target: cannot infer direction; set \"direction\" \
         (there is no baseline or value to compare the target with)",
    );
}

#[test]
fn target_with_direction_none() {
    assert_error(
        "target-with-direction-none.json",
        "error: tests/bad/target-with-direction-none.json:12:24: \
         goals[0].indicators[0].direction: a target needs direction \"decrease\" or \
         \"increase\", not \"none\"",
    );
}

#[test]
fn unknown_direction() {
    assert_error(
        "unknown-direction.json",
        "error: tests/bad/unknown-direction.json:12:24: goals[0].indicators[0].direction: \
         'down' is not a direction: use \"decrease\", \"increase\" or \"none\"",
    );
}

#[test]
fn unknown_status() {
    assert_error(
        "unknown-status.json",
        "error: tests/bad/unknown-status.json:11:17: initiatives[0].status: 'done' is not a \
         status: use \"planned\", \"active\", \"paused\", \"completed\" or \"cancelled\"",
    );
}

#[test]
fn unknown_language() {
    assert_error(
        "unknown-language.json",
        "error: tests/bad/unknown-language.json:4:15: language: 'de' is not a language: use \
         \"en\" or \"da\"",
    );
}

#[test]
fn bad_decimals() {
    assert_error(
        "bad-decimals.json",
        "error: tests/bad/bad-decimals.json:23:23: goals[0].indicators[0].decimals: decimals \
         must be a whole number from 0 to 10, not 1.5",
    );
}

#[test]
fn every_problem_of_a_file_in_one_run_in_file_order() {
    let f = "tests/bad/many-errors.json";
    let not_a_date = "is not a date: use YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD";
    assert_check(
        "many-errors.json",
        &[
            &format!("error: {f}:10:12: as_of: '2017-3' {not_a_date}"),
            &format!(
                "error: {f}:26:23: goals[0].indicators[0].series[1].date: '2016-5' {not_a_date}"
            ),
            &format!(
                "error: {f}:31:22: goals[0].indicators[0].target.value: expected a number, \
                 found a string"
            ),
            &format!(
                "error: {f}:35:17: goals[0].indicators[1].id: duplicate indicator or measure id \
                 'homeless' (first used at goals[0].indicators[0].id)"
            ),
            &format!(
                "warning: {f}:48:11: goals[0].indicators[1].titel: unknown field \"titel\"; \
                 did you mean \"title\"?"
            ),
            &format!("error: {f}:52:9: goals[0].owners[0]: unknown owner id 'nobody'"),
            &format!("error: {f}:55:5: goals[1].title: missing required field \"title\""),
            &format!("warning: {f}:55:5: goals[1]: goal has neither indicators nor initiatives"),
            &format!(
                "error: {f}:65:9: initiatives[0].goals[0]: unknown goal id 'g9'; did you mean 'g1'?"
            ),
        ],
        "7 errors, 2 warnings",
        2,
    );
}

// Format v1.1: a point's kind, range and bound; an indicator's frequency and breakdowns.

#[test]
fn range_not_two_numbers() {
    assert_error(
        "range-not-two-numbers.json",
        "error: tests/bad/range-not-two-numbers.json:21:24: goals[0].indicators[0].series[1].range: \
         a range must be two numbers [low, high]",
    );
}

#[test]
fn range_not_around_the_value() {
    assert_error(
        "range-not-around-value.json",
        "error: tests/bad/range-not-around-value.json:21:24: \
         goals[0].indicators[0].series[1].range: the range [40, 50] does not hold the value 55: \
         write [low, high] with low ≤ value ≤ high",
    );
}

#[test]
fn range_with_a_bound() {
    assert_error(
        "range-with-bound.json",
        "error: tests/bad/range-with-bound.json:25:24: goals[0].indicators[0].series[1].bound: \
         a point has a range or a bound, not both",
    );
}

#[test]
fn unknown_kind() {
    assert_error(
        "unknown-kind.json",
        "error: tests/bad/unknown-kind.json:21:23: goals[0].indicators[0].series[1].kind: \
         'expected' is not a kind: use \"measured\", \"planned\" or \"estimated\"",
    );
}

#[test]
fn unknown_bound() {
    assert_error(
        "unknown-bound.json",
        "error: tests/bad/unknown-bound.json:21:24: goals[0].indicators[0].series[1].bound: \
         'over' is not a bound: use \"at_least\" or \"at_most\"",
    );
}

#[test]
fn null_value_with_a_range_or_a_bound() {
    let f = "tests/bad/null-with-range.json";
    assert_check(
        "null-with-range.json",
        &[
            &format!(
                "error: {f}:17:24: goals[0].indicators[0].series[0].range: a range needs a value \
                 to compute with, not null"
            ),
            &format!(
                "error: {f}:25:24: goals[0].indicators[0].series[1].bound: a bound needs a value \
                 to compute with, not null"
            ),
        ],
        "2 errors",
        2,
    );
}

#[test]
fn duplicate_breakdown_dimensions_in_any_order() {
    assert_error(
        "duplicate-breakdown.json",
        "error: tests/bad/duplicate-breakdown.json:49:29: \
         goals[0].indicators[0].breakdowns[2].dimensions: duplicate breakdown: the same \
         dimensions as goals[0].indicators[0].breakdowns[0]",
    );
}

#[test]
fn breakdown_without_dimensions() {
    assert_error(
        "breakdown-without-dimensions.json",
        "error: tests/bad/breakdown-without-dimensions.json:25:29: \
         goals[0].indicators[0].breakdowns[0].dimensions: a breakdown needs at least one \
         dimension, like {\"Køn\": \"Kvinder\"}",
    );
}

#[test]
fn dimension_value_not_a_string() {
    assert_error(
        "dimension-not-a-string.json",
        "error: tests/bad/dimension-not-a-string.json:26:26: \
         goals[0].indicators[0].breakdowns[0].dimensions.Alder: expected a string, found a number",
    );
}

#[test]
fn unknown_frequency() {
    assert_error(
        "unknown-frequency.json",
        "error: tests/bad/unknown-frequency.json:23:24: goals[0].indicators[0].frequency: \
         'annual' is not a frequency: use \"yearly\", \"half-yearly\", \"quarterly\", \
         \"monthly\", \"weekly\" or \"irregular\"",
    );
}

#[test]
fn unknown_status_method() {
    assert_error(
        "unknown-status-method.json",
        "error: tests/bad/unknown-status-method.json:27:20: status_method: 'sdg' is not a \
         status method: use \"forecast\" or \"open-sdg\"",
    );
}
