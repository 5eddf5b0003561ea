//! `goalboard report` as a user runs it: the real binary on tests/fixtures/report-small.json
//! (one goal per status, hostile strings), checking languages, ASCII, goal selection, exit
//! statuses, the JSON shape of the spec and RFC 4180 CSV.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report-small.json")
}

fn goalboard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalboard"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// Runs `report` on the fixture; asserts success and returns stdout.
fn report(args: &[&str]) -> String {
    let fixture = fixture();
    let mut all = vec!["report", fixture.to_str().expect("a UTF-8 path")];
    all.extend_from_slice(args);
    let out = goalboard(&all);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn text_defaults_to_the_dataset_language_and_never_colours_a_pipe() {
    let text = report(&[]);
    assert!(text.contains("Statusdato: mar. 2017"), "{text}");
    assert!(text.contains("█▅▆▁  38 personer (dec. 2016) · −23 personer (−37,7 %) siden maj 2015"));
    assert!(text.contains("tendens −12,9 personer om året ↘ forbedres"));
    assert!(
        !text.contains('\u{1b}'),
        "no escape: neither colour nor the data's own"
    );
}

#[test]
fn lang_en_switches_words_numbers_and_dates() {
    let text = report(&["--lang", "en"]);
    assert!(text.contains("Status date: mar 2017"), "{text}");
    assert!(text.contains("38 personer (dec 2016) · −23 personer (−37.7 %) since may 2015"));
    assert!(text.contains("5,024 (Q1 2017)"), "{text}");
}

#[test]
fn ascii_text_and_markdown_have_no_glyph_outside_ascii() {
    for format in ["text", "markdown"] {
        for lang in ["en", "da"] {
            let out = report(&["--ascii", "--format", format, "--lang", lang]);
            let stray: Vec<char> = out.chars().filter(|c| !c.is_ascii()).collect();
            assert!(stray.is_empty(), "{format} {lang}: {stray:?}");
        }
    }
    let text = report(&["--ascii", "--lang", "en"]);
    assert!(
        text.contains("#~+_  38 personer (dec 2016) | -23 personer (-37.7 %) since may 2015"),
        "{text}"
    );
}

#[test]
fn text_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    for args in [&["--lang", "en"][..], &["--lang", "da"], &["--ascii"]] {
        for line in report(args).lines() {
            assert!(line.width() <= 80, "{args:?}: {line}");
        }
        let bundled = goalboard(&[&["report"][..], args].concat());
        assert!(bundled.status.success() && !bundled.stdout.is_empty());
        for line in String::from_utf8_lossy(&bundled.stdout).lines() {
            assert!(line.width() <= 80, "bundled {args:?}: {line}");
        }
    }
}

#[test]
fn goal_selects_by_id_or_code() {
    let text = report(&["--goal", "3", "--goal", "g1", "--lang", "en"]);
    assert!(text.contains("Færre skal være hjemløse"));
    assert!(text.contains("Færre fattige børn"));
    assert!(!text.contains("Flere unge i uddannelse"));
    assert!(text.contains("Goals: 1 at risk · 1 no target"), "{text}");
    let json: Value = serde_json::from_str(&report(&["--goal", "g2", "--format", "json"])).unwrap();
    assert_eq!(json["goals"].as_array().unwrap().len(), 1);
    assert_eq!(
        json["initiatives"],
        serde_json::json!([]),
        "no initiative serves g2"
    );
}

#[test]
fn an_unknown_goal_is_an_error_listing_the_known_ones() {
    let fixture = fixture();
    let out = goalboard(&["report", fixture.to_str().unwrap(), "--goal", "g99"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: no goal has the id or code 'g99'; known goals: g1 (1), g2 (2)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("g8\n"),
        "goals without a code by id: {stderr}"
    );
}

#[test]
fn a_file_with_errors_prints_its_diagnostics_and_exits_2() {
    let dir = std::env::temp_dir().join(format!("goalboard-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"format": "goalboard/1", "title": "x", "goals": [{"id": "g1"}]}"#,
    )
    .unwrap();
    for format in ["text", "json"] {
        let out = goalboard(&["report", bad.to_str().unwrap(), "--format", format]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty(), "{format}: nothing on stdout");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(stderr.contains("goals[0]"), "{stderr}");
    }
    let missing = goalboard(&["report", dir.join("missing.json").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn warnings_go_to_stderr_and_the_report_to_stdout() {
    let fixture = fixture();
    let out = goalboard(&["report", fixture.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: "),
        "the fixture's empty goal warns: {stderr}"
    );
    let _: Value = serde_json::from_slice(&out.stdout).expect("stdout is pure JSON");
}

#[test]
fn without_a_file_it_reports_the_bundled_dataset() {
    let out = goalboard(&["report", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "10 mål for social mobilitet");
}

const STATUSES: [&str; 8] = [
    "missed",
    "off_track",
    "at_risk",
    "insufficient_data",
    "on_track",
    "achieved",
    "no_target",
    "no_data",
];

fn assert_keys(value: &Value, expected: &[&str], what: &str) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{what} is an object: {value}"));
    let mut found: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected = expected.to_vec();
    found.sort_unstable();
    expected.sort_unstable();
    assert_eq!(found, expected, "{what}");
}

fn assert_dated(value: &Value, what: &str) {
    if !value.is_null() {
        assert_keys(value, &["date", "value"], what);
        assert!(
            value["date"].is_string() && value["value"].is_number(),
            "{what}: {value}"
        );
    }
}

fn assert_figures(f: &Value) {
    let what = format!("figures of {}", f["id"]);
    assert_keys(
        f,
        &[
            "id",
            "title",
            "unit",
            "direction",
            "latest",
            "baseline",
            "target",
            "change",
            "change_pct",
            "remaining",
            "progress_pct",
            "slope_per_year",
            "trend",
            "forecast",
            "forecast_progress_pct",
            "status",
            "comparisons",
            "required_per_year",
            "pace_ratio",
            "next_expected",
            "stale",
            "run",
            "breakdowns",
            "open_sdg",
        ],
        &what,
    );
    assert_series_v11(f, &what);
    for b in f["breakdowns"].as_array().unwrap() {
        assert_keys(
            b,
            &[
                "dimensions",
                "latest",
                "baseline",
                "target",
                "change",
                "change_pct",
                "remaining",
                "progress_pct",
                "slope_per_year",
                "trend",
                "forecast",
                "forecast_progress_pct",
                "status",
                "required_per_year",
                "pace_ratio",
                "next_expected",
                "stale",
                "run",
            ],
            &what,
        );
        assert_series_v11(b, &what);
    }
    assert_dated(&f["latest"], &what);
    assert_dated(&f["baseline"], &what);
    if !f["target"].is_null() {
        assert_keys(&f["target"], &["value", "date"], &what);
    }
    for key in [
        "change",
        "change_pct",
        "remaining",
        "progress_pct",
        "slope_per_year",
        "forecast",
        "forecast_progress_pct",
    ] {
        assert!(
            f[key].is_number() || f[key].is_null(),
            "{what}.{key}: {}",
            f[key]
        );
    }
    assert!(STATUSES.contains(&f["status"].as_str().unwrap()), "{what}");
    for c in f["comparisons"].as_array().unwrap() {
        assert_keys(c, &["label", "latest", "difference"], &what);
        assert_dated(&c["latest"], &what);
    }
}

/// The figures v1.1 adds to every `Figures` and breakdown.
fn assert_series_v11(f: &Value, what: &str) {
    for key in ["required_per_year", "pace_ratio"] {
        assert!(f[key].is_number() || f[key].is_null(), "{what}.{key}");
    }
    assert!(f["next_expected"].is_string() || f["next_expected"].is_null());
    assert!(f["stale"].is_boolean() || f["stale"].is_null());
    if !f["run"].is_null() {
        assert_keys(&f["run"], &["direction", "periods"], what);
        assert!(
            f["run"]["periods"].as_u64().is_some_and(|n| n >= 1),
            "{what}"
        );
    }
}

/// Every key of the spec's "The report in JSON", at every level.
fn assert_spec_shape(json: &Value) {
    assert_keys(
        json,
        &["title", "reference_date", "goals", "initiatives"],
        "report",
    );
    for goal in json["goals"].as_array().unwrap() {
        assert_keys(
            goal,
            &[
                "id",
                "code",
                "title",
                "status",
                "status_counts",
                "measures_status",
                "measures_status_counts",
                "indicators",
            ],
            "goal",
        );
        assert_keys(&goal["status_counts"], &STATUSES, "status_counts");
        assert_keys(
            &goal["measures_status_counts"],
            &STATUSES,
            "measures_status_counts",
        );
        goal["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(assert_figures);
    }
    for initiative in json["initiatives"].as_array().unwrap() {
        assert_keys(
            initiative,
            &["id", "title", "status", "goals", "measures"],
            "initiative",
        );
        initiative["measures"]
            .as_array()
            .unwrap()
            .iter()
            .for_each(assert_figures);
    }
}

#[test]
fn json_has_the_spec_shape_with_unrounded_numbers() {
    let json: Value = serde_json::from_str(&report(&["--format", "json"])).unwrap();
    assert_spec_shape(&json);
    assert_eq!(json["reference_date"], "2017-03-01");
    let homeless = &json["goals"][0]["indicators"][0];
    assert_eq!(
        homeless["latest"],
        serde_json::json!({"date": "2016-12", "value": 38.0})
    );
    assert_eq!(homeless["change"], -23.0);
    assert_eq!(
        homeless["change_pct"].as_f64().unwrap(),
        -23.0 / 61.0 * 100.0
    );
    let slope = homeless["slope_per_year"].as_f64().unwrap();
    assert!((slope + 12.94).abs() < 0.005, "{slope}");
    assert_eq!(homeless["trend"], "improving");
    assert_eq!(homeless["status"], "no_target");
    let statuses: Vec<&str> = json["goals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "no_target",
            "on_track",
            "at_risk",
            "off_track",
            "missed",
            "insufficient_data",
            "no_data",
            "no_data"
        ]
    );
    assert_eq!(json["goals"][2]["status_counts"]["achieved"], 1);
    assert_eq!(json["goals"][2]["status_counts"]["at_risk"], 1);
    assert_eq!(json["goals"][7]["code"], Value::Null);
    assert_eq!(
        json["goals"][7]["title"], "Title, with \"quotes\"\nand a newline \u{1b}[2J",
        "JSON keeps data as written; its escaping keeps parsers safe"
    );
    let pitstop = &json["initiatives"][0]["measures"][0];
    assert_eq!(pitstop["latest"]["date"], "2016-11", "dates as written");
    assert_eq!(pitstop["comparisons"][0]["difference"], 5.0);
}

#[test]
fn json_of_the_bundled_dataset_has_the_spec_shape() {
    let out = goalboard(&["report", "--format", "json"]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_spec_shape(&json);
}

/// A minimal RFC 4180 reader: records of fields, quotes doubled inside quoted fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (_, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && record.is_empty(), "ends with CRLF");
    records
}

#[test]
fn csv_quotes_a_title_with_a_comma_a_quote_and_a_newline() {
    let csv = report(&["--format", "csv"]);
    let records = parse_csv(&csv);
    let header = &records[0];
    assert!(records.iter().all(|r| r.len() == header.len()), "one width");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(records.len(), 1 + 9 + 1, "header, 9 indicators, 1 measure");
    let turnout = records
        .iter()
        .find(|r| r[column("id")] == "turnout")
        .unwrap();
    assert_eq!(
        turnout[column("title")],
        "Turnout, \"local\" elections\nsecond line"
    );
    assert!(csv.contains("\"Turnout, \"\"local\"\" elections\nsecond line\""));
    assert_eq!(turnout[column("target_deadline")], "2019-12-31");
    assert_eq!(turnout[column("latest_date")], "2016-01-01");
    assert_eq!(turnout[column("latest_period")], "2016");
    let homeless = records
        .iter()
        .find(|r| r[column("id")] == "homeless")
        .unwrap();
    assert_eq!(homeless[column("change")], "-23");
    assert_eq!(homeless[column("status")], "no_target");
    assert_eq!(homeless[column("reference_date")], "2017-03-01");
    let pitstop = records
        .iter()
        .find(|r| r[column("id")] == "pitstop_jobs")
        .unwrap();
    assert_eq!(pitstop[column("kind")], "measure");
    assert_eq!(pitstop[column("comparison_1_label")], "National");
    assert_eq!(pitstop[column("comparison_1_difference")], "5");
}

#[test]
fn csv_for_a_danish_excel_rounded_unless_exact() {
    let csv = report(&["--format", "csv", "--lang", "da"]);
    assert!(csv.starts_with("\u{feff}kind;parent_id;"), "{csv}");
    let youth = csv.lines().find(|l| l.contains(";youth_edu;")).unwrap();
    assert!(youth.contains(";2016;2016-01-01;76,0;"), "{youth}");
    let english = report(&["--format", "csv", "--lang", "da", "--csv-locale", "en"]);
    assert!(english.starts_with("kind,parent_id,"), "{english}");
    let danish = report(&["--format", "csv", "--csv-locale", "da"]);
    assert_eq!(danish, csv);
    let exact = report(&["--format", "csv", "--exact"]);
    let youth = exact.lines().find(|l| l.contains(",youth_edu,")).unwrap();
    assert!(youth.contains(",2016,2016-01-01,76,"), "{youth}");
}

#[test]
fn csv_series_has_every_point_in_long_layout() {
    let csv = report(&["--format", "csv", "--series"]);
    assert!(csv.starts_with("indicator,date,value,note,kind"), "{csv}");
    assert!(
        csv.contains("\r\nhomeless,2015-05,61,,measured\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nyouth_edu,2015,74.5,,measured\r\n"),
        "{csv}"
    );
    let danish = report(&["--format", "csv", "--series", "--lang", "da"]);
    assert!(
        danish.contains("\r\nyouth_edu;2015;74,5;;measured\r\n"),
        "{danish}"
    );
    let out = goalboard(&["report", "--series"]);
    assert_eq!(out.status.code(), Some(2), "--series is for csv");
}

#[test]
fn a_file_s_warnings_follow_the_report_language_asked_for() {
    let file = "tests/bad/no-goals.json";
    let english = goalboard(&["report", file]);
    let stderr = String::from_utf8_lossy(&english.stderr);
    assert!(
        stderr.contains("warning: tests/bad/no-goals.json:4:12: goals: the dataset has no goals"),
        "{stderr}"
    );
    let danish = goalboard(&["report", "--lang", "da", file]);
    let stderr = String::from_utf8_lossy(&danish.stderr);
    assert!(
        stderr.contains("advarsel: tests/bad/no-goals.json:4:12: goals: datasættet har ingen mål"),
        "{stderr}"
    );
}
