use super::*;
use crate::figures::Figures;
use crate::report::{Kind, fixture};
use serde_json::Value;

fn fixture_json() -> Value {
    let dataset = fixture::dataset();
    let figures = Figures::compute(&dataset);
    let text = Report::all(&dataset, &figures).render(Kind::Json);
    serde_json::from_str(&text).unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

const FIGURE_KEYS: [&str; 24] = [
    "baseline",
    "breakdowns",
    "change",
    "change_pct",
    "comparisons",
    "direction",
    "forecast",
    "forecast_progress_pct",
    "id",
    "latest",
    "next_expected",
    "open_sdg",
    "pace_ratio",
    "progress_pct",
    "remaining",
    "required_per_year",
    "run",
    "slope_per_year",
    "stale",
    "status",
    "target",
    "title",
    "trend",
    "unit",
];

#[test]
fn characters_that_act_on_a_terminal_are_escaped_and_read_back() {
    let mut dataset = fixture::dataset();
    let hostile = "a\u{1b}]52;c;x\u{7}b\u{7f}c\u{9b}2J\u{202e}d\u{2066}e\u{200f}f\u{2028}g\u{85}h";
    dataset.title = hostile.to_owned();
    let figures = Figures::compute(&dataset);
    let text = Report::all(&dataset, &figures).render(Kind::Json);
    assert!(
        !text.chars().any(|c| c != '\n' && acts_on_a_terminal(c)),
        "{text}"
    );
    assert!(
        text.contains(
            r#""a\u001b]52;c;x\u0007b\u007fc\u009b2J\u202ed\u2066e\u200ff\u2028g\u0085h""#
        ),
        "{text}"
    );
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["title"], hostile, "the same string when parsed");
}

#[test]
fn every_character_that_acts_on_a_terminal_has_one_escape() {
    // The escapes are `\uXXXX`: only characters of the Basic Multilingual Plane fit.
    let acting: Vec<char> = (0..=0x10_FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| acts_on_a_terminal(c))
        .collect();
    assert!(acting.iter().all(|&c| u32::from(c) <= 0xFFFF), "{acting:?}");
    assert!(acting.contains(&'\u{9b}') && acting.contains(&'\u{2069}'));
}

#[test]
fn has_the_spec_shape() {
    let json = fixture_json();
    assert_eq!(
        keys(&json),
        ["goals", "initiatives", "reference_date", "title"]
    );
    assert_eq!(json["reference_date"], "2017-03-01");
    let goal = &json["goals"][0];
    assert_eq!(
        keys(goal),
        [
            "code",
            "id",
            "indicators",
            "measures_status",
            "measures_status_counts",
            "status",
            "status_counts",
            "title"
        ]
    );
    assert_eq!(keys(&goal["status_counts"]).len(), 8);
    assert_eq!(keys(&goal["measures_status_counts"]).len(), 8);
    assert_eq!(goal["status_counts"]["no_target"], 1);
    assert_eq!(goal["status_counts"]["on_track"], 0);
    let figures = &goal["indicators"][0];
    assert_eq!(keys(figures), FIGURE_KEYS);
    let initiative = &json["initiatives"][0];
    assert_eq!(
        keys(initiative),
        ["goals", "id", "measures", "status", "title"]
    );
    assert_eq!(initiative["goals"], serde_json::json!(["g1", "g3"]));
    assert_eq!(json["goals"][7]["code"], Value::Null);
}

#[test]
fn the_homelessness_figures_unrounded() {
    let json = fixture_json();
    let f = &json["goals"][0]["indicators"][0];
    assert_eq!(
        f["latest"],
        serde_json::json!({"date": "2016-12", "value": 38.0})
    );
    assert_eq!(
        f["baseline"],
        serde_json::json!({"date": "2015-05", "value": 61.0})
    );
    assert_eq!(f["change"], -23.0);
    let change_pct = f["change_pct"].as_f64().unwrap();
    assert!(
        (change_pct - (-23.0 / 61.0 * 100.0)).abs() < 1e-12,
        "{change_pct}"
    );
    let slope = f["slope_per_year"].as_f64().unwrap();
    assert!((slope - -12.94).abs() < 0.005, "{slope}");
    assert_ne!((slope * 100.0).round() / 100.0, slope, "not rounded");
    assert_eq!(f["trend"], "improving");
    assert_eq!(f["status"], "no_target");
    assert_eq!(f["target"], Value::Null);
    assert_eq!(f["remaining"], Value::Null);
    assert_eq!(f["unit"], "personer");
    assert_eq!(f["direction"], "decrease");
}

#[test]
fn targets_comparisons_and_periods_as_written() {
    let json = fixture_json();
    let f = &json["goals"][1]["indicators"][0];
    assert_eq!(
        f["target"],
        serde_json::json!({"value": 80.0, "date": "2018"})
    );
    let c = &f["comparisons"][0];
    assert_eq!(c["label"], "Hele landet");
    assert_eq!(
        c["latest"],
        serde_json::json!({"date": "2016", "value": 78.3})
    );
    assert_eq!(c["difference"].as_f64().unwrap(), 76.0 - 78.3);
    let achieved = &json["goals"][2]["indicators"][1];
    assert_eq!(achieved["baseline"]["date"], "2014-H2");
    assert_eq!(
        json["goals"][1]["indicators"][1]["target"]["date"],
        Value::Null
    );
}
