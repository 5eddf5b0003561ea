//! `goalboard report` and `goalboard check` on tests/fixtures/hostile.json, run as the real
//! binary: the text and markdown reports hold no control character but the newline (and, in
//! colour on a terminal, nothing but SGR colour sequences), while the injected text shows with
//! `�` where its escapes were; diagnostics quoting the file are cleaned the same way.

mod hostile_support;

use std::process::{Command, Output};

use hostile_support::chain::{assert_printable, strip_sgr};
use hostile_support::pty::{Session, Start, escaped};

const HOSTILE: &str = "tests/fixtures/hostile.json";

fn goalboard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalboard"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("HOME", std::env::temp_dir())
        .output()
        .expect("the binary runs")
}

fn stdout_of(args: &[&str]) -> String {
    let output = goalboard(args);
    assert!(
        output.status.success(),
        "{args:?}: {:?}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the report is UTF-8")
}

/// Visible text of the injected strings, escapes shown as `�`.
const SHOWN: &[&str] = &[
    "Fjendtlig \u{fffd}]0;pwned\u{fffd}titel",
    "Kommune\u{fffd}[2J\u{fffd}[H",
    "Hjemløse\u{fffd}[?1049l borgere",
    "Status\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}note",
    "personer\u{fffd}[6n",
    "Pitstop\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}",
    "Opdatering\u{fffd}]0;pwned\u{fffd}tekst",
    "Bidi\u{fffd}tekst",
    "Andel\u{fffd}2J",
];

#[test]
fn text_and_markdown_reports_hold_no_control_character() {
    for args in [
        &["report", HOSTILE][..],
        &["report", HOSTILE, "--lang", "en"],
        &["report", HOSTILE, "--format", "markdown"],
        &["report", HOSTILE, "--format", "markdown", "--lang", "en"],
    ] {
        let report = stdout_of(args);
        assert_printable(&report, true, &format!("{args:?}"));
        // Markdown escapes its own punctuation (`\[`): read past that.
        let report = report.replace("\\[", "[").replace("\\]", "]");
        for shown in SHOWN {
            assert!(
                report.contains(shown),
                "{args:?} lacks {shown:?}:\n{report}"
            );
        }
    }
}

#[test]
fn ascii_report_is_ascii_with_question_marks() {
    let report = stdout_of(&["report", HOSTILE, "--ascii"]);
    assert_printable(&report, true, "the ASCII report");
    assert!(report.is_ascii(), "{report}");
    assert!(report.contains("Fjendtlig ?]0;pwned?titel"), "{report}");
    assert!(report.contains("Hjemloese?[?1049l"), "{report}");
}

#[test]
fn json_report_has_no_raw_escape() {
    // Programs get the text as written, escaped by the format (JSON's \u001b), never raw.
    let json = stdout_of(&["report", HOSTILE, "--format", "json"]);
    assert!(
        !json.contains('\u{1b}') && !json.contains('\u{7}'),
        "{json}"
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("the report is JSON");
    assert!(value.to_string().contains("pwned"), "{json}");
}

/// Printed to a terminal (the usual first look), JSON and CSV must not act on it either. JSON
/// escapes C1 controls, DEL and bidi characters as `\uXXXX` everywhere, which changes nothing
/// for a program reading it; CSV has no escapes, so it is cleaned only on a terminal and stays
/// the exact data in a file or a pipe.
#[test]
fn json_and_csv_reports_are_safe_on_a_terminal() {
    let dataset = goalboard::load::load_path(&hostile_support::pty::repo(HOSTILE))
        .dataset
        .expect("the hostile fixture loads");
    let json = stdout_of(&["report", HOSTILE, "--format", "json"]);
    assert_printable(&json, true, "the JSON report");
    let value: serde_json::Value = serde_json::from_str(&json).expect("the report is JSON");
    assert_eq!(
        value["title"],
        dataset.title.as_str(),
        "read back as written"
    );
    assert_eq!(
        value["goals"][0]["title"],
        dataset.goals[0].title.as_str(),
        "read back as written"
    );

    let mut session = Session::start(
        "hostile-csv",
        &Start {
            args: &["report", HOSTILE, "--format", "csv"],
            size: (200, 60),
            ..Start::default()
        },
    );
    let status = session.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status:?}");
    let bytes = session.finish();
    let csv = String::from_utf8(bytes.clone()).expect("UTF-8");
    // The terminal turns each newline into CR LF, so the CSV's own CR LF row ends arrive as
    // CR CR LF; a CR of the data would still stand alone and fail.
    let csv = csv.replace("\r\r\n", "\n").replace("\r\n", "\n");
    assert_printable(
        &csv,
        true,
        &format!("the CSV on a terminal: {}", escaped(&bytes)),
    );
    assert!(csv.contains("Hjemløse\u{fffd}[?1049l"), "{csv}");

    let piped = stdout_of(&["report", HOSTILE, "--format", "csv"]);
    assert!(
        piped.contains("Hjemløse\u{1b}[?1049l"),
        "piped, the CSV is the data as written: {piped:?}"
    );
}

#[test]
fn check_quotes_the_file_cleanly() {
    let output = goalboard(&["check", HOSTILE]);
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8(output.stderr).expect("UTF-8");
    let said = said + &String::from_utf8(output.stdout).expect("UTF-8");
    assert_printable(&said, true, "check");
    assert!(
        said.contains("unknown field \"\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}felt\""),
        "the hostile field name is quoted, cleaned:\n{said}"
    );
}

#[test]
fn invalid_file_messages_are_cleaned() {
    // Errors quote the file's values: a bad date, an unknown goal id, a wrong format.
    let dir = hostile_support::pty::private_home("hostile-invalid");
    let file = dir.join("bad\u{1b}]0;name.json");
    let bad = r#"{"format": "goalboard/1\u001b[2J", "title": "x\u009b6n",
        "goals": [{"id": "g", "title": "t", "indicators": [{"id": "i", "title": "t",
          "series": [{"date": "2016\u001b]52;c;eA==\u0007", "value": 1}]}]}],
        "initiatives": [{"id": "n", "title": "n", "goals": ["nope\u001bP"]}],
        "\u001b[?1049l": 1}"#;
    std::fs::write(&file, bad).expect("the file is written");
    let path = file.display().to_string();
    for args in [&["check", path.as_str()][..], &["report", path.as_str()]] {
        let output = goalboard(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let said = String::from_utf8_lossy(&output.stderr).into_owned()
            + &String::from_utf8_lossy(&output.stdout);
        assert_printable(&said, true, &format!("{args:?}"));
        assert!(said.contains("\u{fffd}]52;c;eA=="), "{args:?}: {said}");
        assert!(said.contains("bad\u{fffd}]0;name.json"), "{args:?}: {said}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// On a terminal the text report is coloured: the only escapes are SGR colours.
#[test]
fn coloured_report_on_a_terminal_has_only_colour_sequences() {
    let mut session = Session::start(
        "hostile-report",
        &Start {
            args: &["report", HOSTILE],
            size: (100, 60),
            ..Start::default()
        },
    );
    let status = session.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status:?}");
    let bytes = session.finish();
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(
        text.contains("\u{1b}["),
        "colour is on for a terminal: {}",
        escaped(&bytes)
    );
    // The terminal turns each newline into CR LF.
    let plain = strip_sgr(&text).replace("\r\n", "\n");
    assert_printable(&plain, true, "the coloured report");
    assert!(plain.contains(SHOWN[0]), "{plain}");
}
