//! Tests of the ordinary path (`load_bytes`, `load_path`), beside it but out of its file.

use super::*;
use crate::model::{Direction, InitiativeStatus, Period, Point};

const VALID: &str = r#"{
      "format": "goalboard/1", "title": "T",
      "goals": [{ "id": "g7", "title": "G", "indicators": [
        { "id": "homeless", "title": "H", "target": { "value": 30, "date": "2018-12" },
          "series": [ { "date": "2016-12", "value": 38 }, { "date": "2015-05", "value": 61 },
                      { "date": "2015-12", "value": null } ] },
        { "id": "up", "title": "U", "baseline": { "date": "2015", "value": 10 },
          "target": { "value": 20 } },
        { "id": "context", "title": "C" } ] }],
      "initiatives": [{ "id": "pitstop", "title": "P", "goals": ["g7"] }]
    }"#;

fn load(json: &str) -> Loaded {
    load_bytes(json.as_bytes(), "x.json")
}

#[test]
fn wide_encodings_are_named_with_or_without_a_byte_order_mark() {
    let message = |bytes: &[u8]| load_bytes(bytes, "x.json").diagnostics[0].message.clone();
    let utf16le: Vec<u8> = "{\"a\": 1}"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let utf16be: Vec<u8> = "{\"a\": 1}"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    let utf32le: Vec<u8> = "{}"
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    let utf32be: Vec<u8> = "{}"
        .chars()
        .flat_map(|c| u32::from(c).to_be_bytes())
        .collect();
    let with = |bom: &[u8], rest: &[u8]| [bom, rest].concat();
    for (bytes, encoding) in [
        (utf16le.clone(), "UTF-16"),
        (utf16be.clone(), "UTF-16"),
        (with(b"\xFF\xFE", &utf16le), "UTF-16"),
        (with(b"\xFE\xFF", &utf16be), "UTF-16"),
        (utf32le.clone(), "UTF-32"),
        (utf32be.clone(), "UTF-32"),
        (with(b"\xFF\xFE\0\0", &utf32le), "UTF-32"),
        (with(b"\0\0\xFE\xFF", &utf32be), "UTF-32"),
    ] {
        assert_eq!(
            message(&bytes),
            format!("the file is {encoding}, not UTF-8: save it as UTF-8"),
            "{bytes:?}"
        );
    }
}

#[test]
fn the_depth_limit_holds_inside_unknown_members() {
    let deep = |depth: usize| {
        format!(
            "{{\"format\": \"goalboard/1\", \"title\": \"t\", \"goals\": [], \"extra\": {}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let loaded = load(&deep(5_000_000));
    assert!(loaded.has_errors(), "{:?}", loaded.diagnostics.first());
    let d = &loaded.diagnostics[0];
    assert_eq!(
        d.message,
        "nested deeper than 128 levels (recursion limit exceeded)"
    );
    assert!(d.path.starts_with("extra[0][0]"), "{}", d.path);
    assert_eq!((d.line, d.column), (Some(1), Some(63 + 126)));
    // Just within the limit, the unknown member is only a warning.
    assert!(!load(&deep(126)).has_errors());
}

#[test]
fn a_valid_file_becomes_the_model() {
    let loaded = load(VALID);
    let dataset = loaded.dataset.as_ref().expect("no error");
    let indicators = &dataset.goals[0].indicators;
    let dates: Vec<String> = indicators[0]
        .series
        .iter()
        .map(|p| p.date.to_string())
        .collect();
    assert_eq!(dates, ["2015-05", "2015-12", "2016-12"], "sorted on load");
    assert_eq!(indicators[0].series[1].value(), None, "null is a hole");
    assert_eq!(
        indicators[0].direction,
        Direction::Decrease,
        "inferred from the first point"
    );
    assert_eq!(
        indicators[1].direction,
        Direction::Increase,
        "inferred from the baseline"
    );
    assert_eq!(indicators[2].direction, Direction::None, "no target: none");
    assert_eq!(dataset.initiatives[0].status, InitiativeStatus::Active);
    assert_eq!(dataset.language, None);
    assert_eq!(dataset.lang().code(), "en");
    assert_eq!(
        indicators[0].target.as_ref().and_then(|t| t.date),
        "2018-12".parse().ok()
    );
    // The only diagnostic is the warning for the unsorted series.
    assert_eq!(loaded.diagnostics.len(), 1, "{:?}", loaded.diagnostics);
    assert!(!loaded.has_errors());
}

#[test]
fn no_dataset_when_there_is_an_error() {
    let loaded = load(&VALID.replace("\"2015-05\"", "\"2015-5\""));
    assert!(loaded.dataset.is_none());
    assert!(loaded.has_errors());
    let d = loaded.errors().next().expect("an error");
    assert_eq!(d.path, "goals[0].indicators[0].series[1].date");
    assert_eq!((d.line, d.column), (Some(5), Some(69)));
}

#[test]
fn sorting_is_stable_on_one_date() {
    let json = VALID.replace(
        r#"{ "date": "2015-12", "value": null }"#,
        r#"{ "date": "2016-12", "value": 39 }"#,
    );
    let loaded = load(&json);
    let dataset = loaded.dataset.expect("warnings only");
    let values: Vec<_> = dataset.goals[0].indicators[0]
        .series
        .iter()
        .map(Point::value)
        .collect();
    assert_eq!(values, [Some(61.0), Some(38.0), Some(39.0)]);
}

#[test]
fn every_precision_of_date_is_read() {
    for date in ["2016", "2016-H2", "2016-Q3", "2016-07", "2016-07-14"] {
        let json = VALID.replace("\"2016-12\"", &format!("\"{date}\""));
        let loaded = load(&json);
        let series = &loaded.dataset.expect("valid").goals[0].indicators[0].series;
        assert!(
            series
                .iter()
                .any(|p| p.date == date.parse::<Period>().expect("date"))
        );
    }
}

#[test]
fn minor_versions_of_format_1_are_read() {
    assert!(!load(&VALID.replace("goalboard/1", "goalboard/1.3")).has_errors());
    for other in [
        "goalboard/2",
        "goalboard/1.x",
        "goalboard/10",
        "goalboard",
        "gb/1",
    ] {
        assert!(
            load(&VALID.replace("goalboard/1", other)).has_errors(),
            "{other}"
        );
    }
}

#[test]
fn null_optional_members_are_absent() {
    let json = VALID.replace(
        r#""title": "C""#,
        r#""title": "C", "unit": null, "target": null"#,
    );
    assert!(!load(&json).has_errors());
}

#[test]
fn a_wrong_type_of_list_or_object_is_reported_and_the_rest_still_checked() {
    let json = VALID
        .replace(r#""goals": ["g7"]"#, r#""goals": "g7""#)
        .replace(
            r#""baseline": { "date": "2015", "value": 10 }"#,
            r#""baseline": [2015, 10]"#,
        );
    let loaded = load(&json);
    let found: Vec<(&str, &str)> = loaded
        .errors()
        .map(|d| (d.path.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "goals[0].indicators[1].baseline",
                "expected an object, found an array"
            ),
            ("initiatives[0].goals", "expected an array, found a string"),
        ]
    );
}

#[test]
fn an_unknown_field_repeated_in_a_long_list_is_reported_once() {
    let points: Vec<String> = (0..50)
        .map(|i| {
            format!(
                r#"{{ "date": "{}", "value": 1, "comment": "x" }}"#,
                1950 + i
            )
        })
        .collect();
    let json = format!(
        r#"{{ "format": "goalboard/1", "title": "T", "goals": [{{ "id": "g", "title": "G",
               "indicators": [{{ "id": "i", "title": "I", "series": [{}] }}] }}] }}"#,
        points.join(",")
    );
    let loaded = load(&json);
    assert_eq!(loaded.diagnostics.len(), 1, "{:?}", loaded.diagnostics);
    let d = &loaded.diagnostics[0];
    assert_eq!(d.path, "goals[0].indicators[0].series[0].comment");
    assert!(
        d.message.ends_with("(also in 49 more places like this)"),
        "{}",
        d.message
    );
}
