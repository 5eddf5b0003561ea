//! Runs the real `goalboard` binary for the check tests, from the crate root so the files of
//! tests/bad/ are named as people would name them.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What one run printed, and its exit status.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// The diagnostic and summary lines, without the source lines and carets under them.
    pub fn diagnostics(&self) -> Vec<&str> {
        self.stdout.lines().filter(|l| !is_snippet(l)).collect()
    }
}

/// A line of the source shown under a diagnostic (`12 | text`) or its caret (`   | ^`).
pub fn is_snippet(line: &str) -> bool {
    let gutter = line
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    gutter.starts_with("| ") || gutter == "|"
}

pub fn goalboard(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_goalboard"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the goalboard binary runs");
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The path of a file of the bad-file corpus, as given on the command line.
pub fn bad(name: &str) -> String {
    let path = format!("tests/bad/{name}");
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(&path).exists(),
        "{path} is missing from the corpus"
    );
    path
}

/// Checks one file of the corpus: exactly these diagnostics, then the summary, and the status.
pub fn assert_check(name: &str, expected: &[&str], summary: &str, status: i32) {
    let file = bad(name);
    let run = goalboard(&["check", &file]);
    let mut want: Vec<String> = expected.iter().map(|l| (*l).to_owned()).collect();
    want.push(format!("{file}: {summary}"));
    assert_eq!(
        run.diagnostics(),
        want,
        "stdout of `goalboard check {file}`"
    );
    assert_eq!(
        run.status, status,
        "exit status of `goalboard check {file}`"
    );
    assert!(
        run.stderr.is_empty(),
        "nothing on stderr, got {:?}",
        run.stderr
    );
}

/// A file with exactly one error.
pub fn assert_error(name: &str, line: &str) {
    assert_check(name, &[line], "1 error", 2);
}

/// A file with exactly one warning: still usable.
pub fn assert_warning(name: &str, line: &str) {
    assert_check(name, &[line], "ok, 1 warning", 0);
}
