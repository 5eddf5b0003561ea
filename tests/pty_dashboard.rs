//! The real binary in a pseudo-terminal: it opens the bundled dataset, moves to goal 7, enters
//! the homelessness indicator, shows 38, quits, and leaves the terminal as it found it — also
//! when killed by SIGTERM, SIGHUP or SIGINT. And outside a terminal it says what to use.
//!
//! Waits poll the screen until what is expected appears; the deadline only stops a hung test.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_goalboard");
const DEADLINE: Duration = Duration::from_secs(60);
/// What a restored terminal sees last: the alternate screen left, the cursor shown.
const RESTORED: &[u8] = b"\x1b[?1049l\x1b[?25h";

struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
    size: (u16, u16),
    home: PathBuf,
}

/// An empty home, so no remembered dataset or config changes what opens.
fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

impl Session {
    fn start(name: &str, args: &[&str], size: (u16, u16)) -> Self {
        Self::start_with(name, args, size, &[])
    }

    fn start_with(name: &str, args: &[&str], size: (u16, u16), env: &[(&str, &str)]) -> Self {
        Self::start_at(home(name), args, size, env)
    }

    /// Starts in a given home (to see what an earlier run remembered).
    fn start_at(home: PathBuf, args: &[&str], size: (u16, u16), env: &[(&str, &str)]) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: size.1,
                cols: size.0,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.cwd(&home);
        cmd.env("HOME", &home);
        cmd.env("XDG_STATE_HOME", home.join("state"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_CTYPE");
        cmd.env_remove("NO_COLOR");
        cmd.env("TERM", "xterm-256color");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("goalboard starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        let reader = std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().expect("output").extend_from_slice(&buf[..n]),
                }
            }
        });
        Self {
            child,
            writer,
            output,
            reader: Some(reader),
            size,
            home,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        self.output.lock().expect("output").clone()
    }

    fn parser(&self) -> vt100::Parser {
        let mut parser = vt100::Parser::new(self.size.1, self.size.0, 0);
        parser.process(&self.bytes());
        parser
    }

    fn screen(&self) -> String {
        self.parser().screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(
                start.elapsed() < DEADLINE,
                "{text:?} never appeared; the screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the terminal");
        self.writer.flush().expect("flush");
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        let status = std::process::Command::new("kill")
            .args([format!("-{name}"), pid])
            .status();
        assert!(status.expect("kill runs").success());
    }

    /// Waits for the program to end and for its last output; removes its home.
    fn finish(self) -> (ExitStatus, Vec<u8>) {
        let home = self.home.clone();
        let result = self.finish_keeping_home();
        let _ = std::fs::remove_dir_all(home);
        result
    }

    fn finish_keeping_home(mut self) -> (ExitStatus, Vec<u8>) {
        let status = self.child.wait().expect("goalboard ends");
        if let Some(reader) = self.reader.take() {
            reader.join().expect("reader");
        }
        (status, self.bytes())
    }
}

fn assert_restored(bytes: &[u8]) {
    assert!(
        bytes.ends_with(RESTORED),
        "the output ends with {:?}",
        String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(80)..])
    );
    let mut parser = vt100::Parser::new(24, 80, 0);
    parser.process(bytes);
    assert!(
        !parser.screen().alternate_screen(),
        "still on the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    let mouse_on = bytes.windows(8).rposition(|w| w == b"\x1b[?1000h");
    let mouse_off = bytes.windows(8).rposition(|w| w == b"\x1b[?1000l");
    assert!(mouse_off > mouse_on, "mouse reporting left on");
}

#[test]
fn opens_the_bundled_dataset_and_finds_the_homeless_count() {
    let mut s = Session::start("walk", &[], (80, 24));
    s.wait_for("10 mål for social mobilitet");
    s.wait_for("Færre skal være hjemløse");
    for _ in 0..6 {
        s.send(b"j");
    }
    s.wait_for("7 Færre skal være hjemløse · Indikatorer");
    s.send(b"\r");
    s.send(b"\r");
    s.wait_for("38 personer");
    let screen = s.screen();
    assert!(screen.contains("Hjemløse"), "{screen}");
    s.send(b"q");
    let (status, bytes) = s.finish();
    assert!(status.success(), "{status:?}");
    assert_restored(&bytes);
}

fn killed_by(signal: &str, code: u32) {
    let s = Session::start(signal, &[], (80, 24));
    s.wait_for("10 mål for social mobilitet");
    s.signal(signal);
    let (status, bytes) = s.finish();
    assert_eq!(status.exit_code(), code, "{status:?}");
    assert_restored(&bytes);
}

#[test]
fn sigterm_restores_the_terminal() {
    killed_by("TERM", 143);
}

#[test]
fn sighup_restores_the_terminal() {
    killed_by("HUP", 129);
}

#[test]
fn sigint_restores_the_terminal() {
    killed_by("INT", 130);
}

#[test]
fn ctrl_c_quits() {
    let mut s = Session::start("ctrl-c", &[], (80, 24));
    s.wait_for("10 mål for social mobilitet");
    s.send(b"\x03");
    let (status, bytes) = s.finish();
    assert!(status.success(), "{status:?}");
    assert_restored(&bytes);
}

#[test]
fn a_file_that_cannot_be_shown_does_not_open() {
    // Not a dataset at all (one bad value opens with it in the banner: tests/tui_space.rs).
    let dir = home("bad-file");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        br#"{"format": "goalboard/1", "title": "x", "goals": [{"id": "g1"}"#,
    )
    .expect("write");
    let s = Session::start("bad", &[bad.to_str().expect("utf-8 path")], (80, 24));
    let (status, bytes) = s.finish();
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(status.exit_code(), 2, "{text}");
    assert!(text.contains("error: "), "{text}");
    assert!(text.contains("invalid JSON"), "{text}");
    assert!(
        text.contains("bad.json: 1 error"),
        "the summary, as check prints it: {text}"
    );
    assert!(
        !text.contains("\x1b[?1049h"),
        "no screen was opened: {text}"
    );
    // In Danish when the interface is asked to be: the errors as `check --lang da` words them.
    let path = bad.to_str().expect("utf-8 path");
    let s = Session::start("bad", &["--lang", "da", path], (80, 24));
    let (status, bytes) = s.finish();
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(status.exit_code(), 2, "{text}");
    assert!(text.contains("fejl: "), "{text}");
    assert!(
        text.contains("ugyldig JSON: filen slutter midt i"),
        "{text}"
    );
    assert!(text.contains("bad.json: 1 fejl"), "{text}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn without_a_terminal_it_points_to_report() {
    let out = std::process::Command::new(BIN)
        .env("HOME", home("no-tty"))
        .output()
        .expect("goalboard runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a terminal"), "{err}");
    assert!(err.contains("goalboard report"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let mut s = Session::start_with("no-color", &[], (80, 24), &[("NO_COLOR", "1")]);
    s.wait_for("10 mål for social mobilitet");
    let parser = s.parser();
    let screen = parser.screen();
    let row = (0..24)
        .find(|&r| screen.contents_between(r, 0, r, 80).starts_with("▸ 1"))
        .expect("the first goal is selected");
    let cell = screen.cell(row, 6).expect("a cell");
    assert!(
        cell.inverse(),
        "the selected row is in reverse video without colour"
    );
    for r in 0..24 {
        for c in 0..80 {
            let cell = screen.cell(r, c).expect("a cell");
            assert_eq!(cell.fgcolor(), vt100::Color::Default, "a colour at {r},{c}");
            assert_eq!(cell.bgcolor(), vt100::Color::Default, "a colour at {r},{c}");
        }
    }
    s.send(b"q");
    let (status, bytes) = s.finish();
    assert!(status.success());
    assert_restored(&bytes);
}

#[test]
fn clicks_and_the_wheel_work_and_motion_is_not_asked_for() {
    let mut s = Session::start("mouse", &[], (80, 24));
    s.wait_for("10 mål for social mobilitet");
    let bytes = s.bytes();
    assert!(
        bytes.windows(16).any(|w| w == b"\x1b[?1000h\x1b[?1006h"),
        "clicks and SGR asked for"
    );
    assert!(
        !bytes.windows(8).any(|w| w == b"\x1b[?1003h"),
        "motion is not asked for"
    );
    assert!(
        !bytes.windows(8).any(|w| w == b"\x1b[?1002h"),
        "drags are not asked for"
    );
    // Goals start on row 4 (1-based, after two header rows and the pane's title): goal 7 is on row 10.
    s.send(b"\x1b[<0;12;10M\x1b[<0;12;10m");
    s.wait_for("7 Færre skal være hjemløse · Indikatorer");
    // Motion reports, were the terminal to send them, change nothing.
    s.send(b"\x1b[<35;12;5M");
    s.send(b"\x1b[<65;12;10M");
    s.wait_for("8 Større effekt af stofmisbrugsbehandlingen · Indikatorer");
    s.send(b"q");
    let (status, bytes) = s.finish();
    assert!(status.success());
    assert_restored(&bytes);
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let mut s = Session::start("no-mouse", &["--no-mouse"], (80, 24));
    s.wait_for("10 mål for social mobilitet");
    assert!(!s.bytes().windows(8).any(|w| w == b"\x1b[?1000h"));
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success());
}

#[test]
fn without_a_file_the_last_dataset_opens_with_its_selection() {
    let fixture = std::fs::canonicalize("tests/fixtures/tui-small.json").expect("the fixture");
    let fixture = fixture.to_str().expect("utf-8 path");
    let home = home("last");
    let mut s = Session::start_at(home.clone(), &[fixture], (80, 24), &[]);
    s.wait_for("Små mål for testen");
    s.send(b"jj");
    // The goal's heading (code and title, one space apart; the list's row has more).
    s.wait_for("8 Flere skal i arbejde eller uddannelse");
    s.send(b"q");
    let (status, _) = s.finish_keeping_home();
    assert!(status.success());

    let mut s = Session::start_at(home, &[], (80, 24), &[]);
    s.wait_for("Små mål for testen");
    // The goal's heading (code and title, one space apart; the list's row has more).
    s.wait_for("8 Flere skal i arbejde eller uddannelse");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success());
}

#[test]
fn the_bundled_dataset_reopens_at_its_last_goal() {
    let home = home("bundled-last");
    let mut s = Session::start_at(home.clone(), &[], (80, 24), &[]);
    s.wait_for("10 mål for social mobilitet");
    s.send(b"jjjjjj");
    s.wait_for("7 Færre skal være hjemløse · Indikatorer");
    s.send(b"q");
    let (status, _) = s.finish_keeping_home();
    assert!(status.success());

    let mut s = Session::start_at(home, &[], (80, 24), &[]);
    s.wait_for("7 Færre skal være hjemløse · Indikatorer");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success());
}

#[test]
fn a_panic_restores_the_terminal_then_reports() {
    let env = [("GOALBOARD_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")];
    let mut s = Session::start_with("panic", &[], (80, 24), &env);
    s.wait_for("10 mål for social mobilitet");
    s.send(b"j");
    let (status, bytes) = s.finish();
    assert_eq!(status.exit_code(), 101, "{status:?}");
    let mut parser = vt100::Parser::new(24, 80, 0);
    parser.process(&bytes);
    assert!(
        !parser.screen().alternate_screen(),
        "still on the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    let screen = parser.screen().contents();
    assert!(
        screen.contains("panicked"),
        "the report is readable after the restore:\n{screen}"
    );
    let restored = bytes.windows(RESTORED.len()).position(|w| w == RESTORED);
    let report = bytes.windows(8).position(|w| w == b"panicked");
    assert!(
        restored < report && restored.is_some(),
        "restored first, then reported"
    );
}
