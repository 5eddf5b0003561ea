//! Colour in the text report: on a terminal, and only there, unless `NO_COLOR` says no.
//! Runs the real binary on a pseudo-terminal.

use std::io::Read;
use std::path::Path;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Runs `goalboard report FIXTURE ARGS…` on a terminal and returns all it wrote.
fn on_a_terminal(args: &[&str], no_color: Option<&str>) -> String {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_goalboard"));
    command.arg("report");
    command.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report-small.json"));
    command.args(args);
    command.env("TERM", "xterm-256color");
    match no_color {
        Some(value) => command.env("NO_COLOR", value),
        None => command.env_remove("NO_COLOR"),
    }
    let mut child = pty.slave.spawn_command(command).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    // Read until the child closes the terminal (EOF, or EIO on Linux), so it never blocks on a
    // full buffer.
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n]);
    }
    let status = child.wait().expect("wait");
    assert!(status.success(), "{}", String::from_utf8_lossy(&bytes));
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn colours_on_a_terminal() {
    let out = on_a_terminal(&["--lang", "en"], None);
    assert!(out.contains("\u{1b}[32mon track\u{1b}[0m"), "{out}");
    assert!(out.contains("\u{1b}[31m"), "red for off track and missed");
}

#[test]
fn no_color_turns_colour_off() {
    let out = on_a_terminal(&["--lang", "en"], Some("1"));
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(out.contains("on track"));
}

#[test]
fn an_empty_no_color_is_unset() {
    let out = on_a_terminal(&["--lang", "en"], Some(""));
    assert!(
        out.contains('\u{1b}'),
        "no-color.org: only a non-empty NO_COLOR counts"
    );
}

#[test]
fn other_formats_never_colour() {
    let out = on_a_terminal(&["--format", "markdown"], None);
    assert!(!out.contains('\u{1b}'));
}
