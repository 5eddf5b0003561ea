//! Failures of the file itself: each one clear line with exit status 2, never a panic or a
//! backtrace. Files that cannot be committed (unreadable, too large) are made by the test.

mod check_support;

use std::fs;
use std::path::PathBuf;

use check_support::{assert_error, goalboard};

/// A scratch path of this test process (no tempfile dependency needed for three files).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-check-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir.join(name)
}

/// Runs `check` on a path outside the corpus: one error line, its summary, status 2.
fn assert_file_error(path: &str, message: &str) {
    let run = goalboard(&["check", path]);
    assert_eq!(
        run.lines(),
        [
            format!("error: {path}: {message}"),
            format!("{path}: 1 error")
        ],
        "stdout of `goalboard check {path}`"
    );
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.is_empty(),
        "nothing on stderr, got {:?}",
        run.stderr
    );
}

#[test]
fn missing_file() {
    assert_file_error("tests/bad/no-such-file.json", "no such file");
}

#[test]
fn directory() {
    assert_file_error("tests/bad", "is a directory, not a dataset file");
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let path = scratch("unreadable.json");
    fs::write(&path, b"{}").expect("write");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod 000");
    if fs::read(&path).is_ok() {
        eprintln!("skipped: this user (root?) reads files with mode 000");
        return;
    }
    let shown = path.display().to_string();
    assert_file_error(&shown, "cannot read the file: permission denied");
}

#[test]
fn empty_file() {
    assert_error(
        "empty.json",
        "error: tests/bad/empty.json: the file is empty",
    );
}

#[test]
fn whitespace_only_file() {
    assert_error(
        "whitespace-only.json",
        "error: tests/bad/whitespace-only.json: the file is empty",
    );
}

#[test]
fn invalid_utf8_names_the_byte_and_where() {
    assert_error(
        "invalid-utf8.json",
        "error: tests/bad/invalid-utf8.json:3:16: invalid UTF-8 (byte 0xF8): save the file as UTF-8",
    );
}

#[test]
fn utf16_file() {
    assert_error(
        "utf16.json",
        "error: tests/bad/utf16.json: the file is UTF-16, not UTF-8: save it as UTF-8",
    );
}

#[test]
fn number_out_of_range_points_at_the_number() {
    assert_error(
        "number-out-of-range.json",
        "error: tests/bad/number-out-of-range.json:5:110: goals[0].indicators[0].series[0].value: \
         number out of range: numbers must lie within ±1.7976931348623157e308",
    );
}

#[test]
fn nested_deeper_than_the_parser_allows() {
    let run = goalboard(&["check", "tests/bad/too-deep.json"]);
    let lines = run.diagnostics();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("error: tests/bad/too-deep.json:1:162: title[0][0]"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with("…: nested deeper than 128 levels (recursion limit exceeded)"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].chars().count() < 200,
        "the path is cut short: {}",
        lines[0]
    );
    assert_eq!(run.status, 2);
}

#[test]
fn larger_than_the_limit() {
    // A sparse file: 600 MiB long, nothing written, so the test is quick and light.
    let path = scratch("huge.json");
    let file = fs::File::create(&path).expect("create");
    file.set_len(600 * 1024 * 1024).expect("set_len");
    let shown = path.display().to_string();
    assert_file_error(
        &shown,
        "the file is 600.0 MiB; goalboard reads files up to 512 MiB",
    );
    let _ = fs::remove_file(&path);
}

#[test]
fn byte_order_mark_is_accepted() {
    let path = scratch("bom.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&fs::read("tests/bad/ok.json").expect("ok.json"));
    fs::write(&path, bytes).expect("write");
    let shown = path.display().to_string();
    let run = goalboard(&["check", &shown]);
    assert_eq!(run.lines(), [format!("{shown}: ok")]);
    assert_eq!(run.status, 0);
}
