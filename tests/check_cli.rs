//! `goalboard check` as programs and people use it: several files, `--quiet`, `--format json`,
//! exit statuses; and `goalboard schema`, which must match the committed schema.

mod check_support;

use check_support::goalboard;

#[test]
fn a_valid_file_is_ok() {
    let run = goalboard(&["check", "tests/bad/ok.json"]);
    assert_eq!(run.lines(), ["tests/bad/ok.json: ok"]);
    assert_eq!(run.status, 0);
}

#[test]
fn several_files_each_with_a_summary_and_status_2_if_any_fails() {
    let run = goalboard(&[
        "check",
        "tests/bad/ok.json",
        "tests/bad/no-goals.json",
        "tests/bad/wrong-type.json",
    ]);
    assert_eq!(
        run.diagnostics(),
        [
            "tests/bad/ok.json: ok",
            "warning: tests/bad/no-goals.json:4:12: goals: the dataset has no goals",
            "tests/bad/no-goals.json: ok, 1 warning",
            "error: tests/bad/wrong-type.json:3:12: title: expected a string, found a number",
            "tests/bad/wrong-type.json: 1 error",
        ]
    );
    assert_eq!(run.status, 2);
}

#[test]
fn the_source_line_with_a_caret_under_the_column() {
    let run = goalboard(&["check", "tests/bad/wrong-type.json"]);
    assert_eq!(
        run.lines(),
        [
            "error: tests/bad/wrong-type.json:3:12: title: expected a string, found a number",
            "3 |   \"title\": 7,",
            "  |            ^",
            "tests/bad/wrong-type.json: 1 error",
        ]
    );
    // Programs get the same diagnostics, without the source.
    let run = goalboard(&["check", "--format", "json", "tests/bad/wrong-type.json"]);
    assert!(!run.stdout.contains(" | "), "{}", run.stdout);
    let run = goalboard(&["check", "--quiet", "tests/bad/wrong-type.json"]);
    assert_eq!(run.lines().len(), 1, "{}", run.stdout);
}

#[test]
fn a_missing_comma_is_shown_where_it_is_missing() {
    let run = goalboard(&["check", "tests/bad/invalid-json.json"]);
    assert_eq!(
        run.lines(),
        [
            "error: tests/bad/invalid-json.json:3:33: invalid JSON: expected `,` or `}` after this \
             value: is a comma missing here? (the next value is at 4:3)",
            "3 |   \"title\": \"Bad: a missing comma\"",
            "  |                                 ^",
            "tests/bad/invalid-json.json: 1 error",
        ]
    );
    assert_eq!(run.status, 2);
}

#[test]
fn a_misspelt_required_field_is_one_error() {
    let run = goalboard(&["check", "tests/bad/misspelt-required.json"]);
    assert_eq!(
        run.diagnostics(),
        [
            "error: tests/bad/misspelt-required.json:7:7: goals[0].tittle: unknown field \
             \"tittle\", did you mean \"title\"? — \"title\" is required",
            "tests/bad/misspelt-required.json: 1 error",
        ]
    );
    assert_eq!(run.status, 2);
}

#[test]
fn warnings_alone_exit_0() {
    let run = goalboard(&["check", "tests/bad/ok.json", "tests/bad/unknown-field.json"]);
    assert_eq!(run.status, 0);
}

#[test]
fn quiet_prints_only_errors() {
    let run = goalboard(&[
        "check",
        "--quiet",
        "tests/bad/ok.json",
        "tests/bad/many-errors.json",
    ]);
    let lines = run.lines();
    assert_eq!(lines.len(), 7, "{lines:?}");
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("error: tests/bad/many-errors.json:")),
        "{lines:?}"
    );
    assert_eq!(run.status, 2);
    let run = goalboard(&["check", "-q", "tests/bad/unknown-field.json"]);
    assert_eq!(run.stdout, "");
    assert_eq!(run.status, 0);
}

#[test]
fn json_output_for_programs() {
    let run = goalboard(&[
        "check",
        "--format",
        "json",
        "tests/bad/ok.json",
        "tests/bad/unknown-field.json",
        "tests/bad/missing-field.json",
        "tests/bad/empty.json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    assert_eq!(
        value,
        serde_json::json!([
            {
                "severity": "warning", "file": "tests/bad/unknown-field.json",
                "path": "goals[0].titel", "line": 25, "column": 7,
                "message": "unknown field \"titel\"; did you mean \"title\"?"
            },
            {
                "severity": "error", "file": "tests/bad/missing-field.json",
                "path": "title", "line": 1, "column": 1,
                "message": "missing required field \"title\""
            },
            {
                "severity": "error", "file": "tests/bad/empty.json",
                "path": "", "line": null, "column": null,
                "message": "the file is empty"
            }
        ])
    );
    assert_eq!(run.status, 2);
}

#[test]
fn json_output_of_a_valid_file_is_an_empty_array() {
    let run = goalboard(&["check", "--format", "json", "tests/bad/ok.json"]);
    assert_eq!(run.stdout.trim(), "[]");
    assert_eq!(run.status, 0);
}

#[test]
fn control_characters_from_the_file_are_not_printed() {
    let dir = std::env::temp_dir().join(format!("goalboard-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let path = dir.join("escape.json");
    let json = r#"{"format": "goalboard/1", "title": "x", "goals": [], "\u001b]52;c;aGk=\u0007": 1,
        "as_of": "\u001b[2J\u009b31m"}"#;
    std::fs::write(&path, json).expect("write");
    let run = goalboard(&["check", &path.display().to_string()]);
    assert!(!run.stdout.contains('\u{1b}'), "{:?}", run.stdout);
    assert!(!run.stdout.contains('\u{9b}'), "{:?}", run.stdout);
    assert!(!run.stdout.contains('\u{7}'), "{:?}", run.stdout);
    assert!(run.stdout.contains("is not a date"), "{:?}", run.stdout);
    assert_eq!(run.status, 2);
}

#[test]
fn schema_command_matches_the_committed_schema() {
    let run = goalboard(&["schema"]);
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/schema/goalboard-1.schema.json"
    ))
    .expect("docs/schema/goalboard-1.schema.json is committed");
    assert!(
        run.stdout == committed,
        "docs/schema/goalboard-1.schema.json is stale: regenerate it with \
         `cargo run -q -- schema > docs/schema/goalboard-1.schema.json`"
    );
    assert_eq!(run.status, 0);
}

#[test]
fn schema_is_json_schema_with_the_required_members() {
    let run = goalboard(&["schema"]);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        schema["required"],
        serde_json::json!(["format", "goals", "title"])
    );
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["$defs"]["Point"]["required"],
        serde_json::json!(["date", "value"])
    );
}

/// Every file of the bad-file corpus, sorted, as the command line names them.
fn corpus() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir("tests/bad")
        .expect("the corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn check_in_danish_says_every_message_in_danish() {
    let files = corpus();
    let mut args = vec!["check", "--lang", "da"];
    args.extend(files.iter().map(String::as_str));
    let run = goalboard(&args);
    assert_eq!(run.status, 2);
    let shown = run.diagnostics();
    for line in &shown {
        assert!(
            line.starts_with("fejl: ")
                || line.starts_with("advarsel: ")
                || line.starts_with("tests/bad/"),
            "{line}"
        );
        assert!(
            !line.ends_with(" error") && !line.ends_with(" warnings"),
            "{line}"
        );
    }
    // No English message is left: each diagnostic's English wording is absent.
    for file in &files {
        for d in goalboard::load::load_path(std::path::Path::new(file)).diagnostics {
            assert!(
                !run.stdout.contains(&d.message),
                "English left: {}",
                d.message
            );
        }
    }
    insta::assert_snapshot!(shown.join("\n"));
}

#[test]
fn check_in_danish_keeps_the_json_for_programs_in_english() {
    let english = goalboard(&["check", "--format", "json", "tests/bad/wrong-type.json"]);
    let danish = goalboard(&[
        "check",
        "--lang",
        "da",
        "--format",
        "json",
        "tests/bad/wrong-type.json",
    ]);
    assert_eq!(danish.stdout, english.stdout);
    assert!(danish.stdout.contains("expected a string, found a number"));
}
