//! The terminal is restored on every way out of the dashboard — quit, Ctrl-C, an error, a
//! panic, SIGTERM, SIGHUP, SIGINT and SIGQUIT — checked on the real binary in a
//! pseudo-terminal: afterwards the screen is the normal one (alternate screen left), the
//! cursor is shown, mouse reporting is off (it was on while running), the terminal's modes are
//! cooked again (they were raw while running), and the exit status is the expected one
//! (128 + the signal for signals).

mod hostile_support;

use std::io::Write;

use hostile_support::pty::{Session, Start, escaped, find_all};
use portable_pty::PtySize;

const DATASET: &str = "tests/fixtures/tui-small.json";

/// The dashboard started and drawn, with the terminal raw and the mouse on.
fn started(name: &str, start: &Start<'_>) -> Session {
    let mut session = Session::start(name, start);
    session.wait_for_dashboard();
    let screen = session.parser();
    assert!(
        screen.screen().hide_cursor(),
        "the cursor is hidden while running"
    );
    assert_ne!(
        screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is on while running (so turning it off is checked)"
    );
    assert!(
        session.raw(),
        "raw mode while running: {:?}",
        session.local_modes()
    );
    session
}

fn dashboard(name: &str) -> Session {
    started(
        name,
        &Start {
            args: &[DATASET],
            ..Start::default()
        },
    )
}

/// After the program exited: everything it turned on is off again. Returns the final screen.
fn assert_restored(session: Session, path: &str) -> vt100::Parser {
    assert!(
        session.cooked(),
        "{path}: the terminal's modes are not restored: {:?}",
        session.local_modes()
    );
    let (bytes, parser) = session.finish_screen();
    let screen = parser.screen();
    assert!(
        !screen.alternate_screen(),
        "{path}: still on the alternate screen"
    );
    assert!(!screen.hide_cursor(), "{path}: the cursor is still hidden");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "{path}: mouse reporting is still on"
    );
    assert_eq!(
        screen.mouse_protocol_encoding(),
        vt100::MouseProtocolEncoding::Default,
        "{path}: SGR mouse encoding is still on"
    );
    assert_restore_is_last(&bytes, path);
    parser
}

/// The restore comes after the last frame: leaving the alternate screen is the last mode
/// change but showing the cursor, and only plain text (a message) may follow.
fn assert_restore_is_last(bytes: &[u8], path: &str) {
    let leave = find_all(bytes, b"\x1b[?1049l");
    let Some(&at) = leave.last() else {
        panic!("{path}: the alternate screen was never left");
    };
    let tail = &bytes[at..];
    let rest = tail
        .strip_prefix(b"\x1b[?1049l\x1b[?25h".as_slice())
        .unwrap_or_else(|| panic!("{path}: after leaving: {}", escaped(tail)));
    // A message may follow (a panic's), and ratatui showing the cursor again as it is dropped
    // during the unwinding; nothing that turns a mode back on.
    let after = hostile_support::pty::replace(rest, b"\x1b[?25h", b"");
    assert!(
        !after.contains(&0x1b),
        "{path}: escapes after the restore: {}",
        escaped(rest)
    );
    // Mouse reporting is turned off in the restore itself: between it and leaving the
    // alternate screen only modes are turned off, no frame is drawn.
    let before = &bytes[..at];
    let mouse_off = *find_all(before, b"\x1b[?1000l")
        .last()
        .unwrap_or_else(|| panic!("{path}: mouse reporting never turned off"));
    let between = &before[mouse_off..];
    let sequences = between.split(|&b| b == 0x1b).filter(|s| !s.is_empty());
    for sequence in sequences {
        assert!(
            sequence.starts_with(b"[?") && sequence.ends_with(b"l"),
            "{path}: drawn during the restore: {}",
            escaped(between)
        );
    }
}

fn exit_code(session: &mut Session) -> u32 {
    let status = session.wait_exit();
    assert!(status.signal().is_none(), "killed by a signal: {status:?}");
    status.exit_code()
}

#[test]
fn quit_with_q() {
    let mut session = dashboard("quit-q");
    session.send(b"q");
    assert_eq!(exit_code(&mut session), 0);
    assert_restored(session, "q");
}

#[test]
fn quit_with_ctrl_c_key() {
    // In raw mode Ctrl-C is a key, not a signal.
    let mut session = dashboard("quit-ctrl-c");
    session.send(b"\x03");
    assert_eq!(exit_code(&mut session), 0);
    assert_restored(session, "Ctrl-C");
}

fn signal_path(name: &str, number: u32) {
    let mut session = dashboard(&format!("signal-{name}"));
    session.signal(name);
    assert_eq!(exit_code(&mut session), 128 + number, "SIG{name}");
    assert_restored(session, &format!("SIG{name}"));
}

#[test]
fn sigterm() {
    signal_path("TERM", 15);
}

#[test]
fn sighup() {
    signal_path("HUP", 1);
}

#[test]
fn sigint() {
    signal_path("INT", 2);
}

#[test]
fn sigquit() {
    signal_path("QUIT", 3);
}

/// A signal while the screen is being drawn: the restore waits for the frame, so it is
/// still the last thing written.
#[test]
fn sigterm_while_drawing() {
    let mut session = dashboard("signal-drawing");
    for _ in 0..20 {
        session.send(b"jk");
    }
    session.signal("TERM");
    assert_eq!(exit_code(&mut session), 143);
    assert_restored(session, "SIGTERM while drawing");
}

/// The panic path needs the program to panic on demand: with the hidden test hook
/// `GOALBOARD_TEST_PANIC=1` it panics at the first event after its first frame.
#[test]
fn panic_after_the_first_frame() {
    let mut session = started(
        "panic",
        &Start {
            args: &[DATASET],
            env: &[("GOALBOARD_TEST_PANIC", "1")],
            ..Start::default()
        },
    );
    session.send(b"j");
    assert_eq!(
        exit_code(&mut session),
        101,
        "Rust's exit status after a panic"
    );
    let screen = assert_restored(session, "panic").screen().contents();
    assert!(
        screen.contains("panicked"),
        "the panic message is readable on the normal screen:\n{screen}"
    );
}

/// A second terminal, for a program whose input or output is not the session's terminal.
fn other_terminal() -> portable_pty::PtyPair {
    portable_pty::native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a second pseudo-terminal")
}

/// The error path: the terminal the dashboard draws on goes away (its other side closes, as
/// when the window showing it is closed) while its input terminal stays, so no SIGHUP comes.
/// The next frame fails to write; the program must restore the input terminal's modes, say
/// what happened and exit with status 1. (The output terminal is gone, so what was written to
/// it cannot be seen: the other paths check those bytes.)
#[test]
fn error_when_the_output_terminal_goes_away() {
    let output = other_terminal();
    let path = output.master.tty_name().expect("the terminal's name");
    let mut session = Session::start(
        "error-output-gone",
        &Start {
            args: &[DATASET],
            stdout: Some(&path),
            ..Start::default()
        },
    );
    session.wait_until("in raw mode (the dashboard started)", Session::raw);
    drop(output);
    // Each key changes the selection, so a frame is written, and fails.
    for key in [b"j", b"k"].iter().cycle().take(400) {
        if !session.running() {
            break;
        }
        session.send(*key);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(exit_code(&mut session), 1);
    assert!(
        session.cooked(),
        "raw mode left on: {:?}",
        session.local_modes()
    );
    let shown = session.finish_screen().1.screen().contents();
    assert!(
        shown.contains("goalboard: the terminal failed"),
        "the error is said on the terminal that remains:\n{shown}"
    );
}

/// Another error path: the terminal the keys come from goes away while the output stays,
/// without a SIGHUP (it is not the controlling terminal; as with a program left running
/// under `sudo` when its window closes: crossterm issue #793). Reading it then gives
/// end-of-file forever; the program must treat that as fatal, restore and exit 1 rather than
/// spin (a watchdog in `src/tui/terminal.rs` checks the terminals once a second).
#[test]
fn error_when_the_input_terminal_goes_away() {
    let input = other_terminal();
    let path = input.master.tty_name().expect("the terminal's name");
    let mut keys = input.master.take_writer().expect("a writer");
    let mut session = Session::start(
        "error-input-gone",
        &Start {
            args: &[DATASET],
            stdin: Some(&path),
            ..Start::default()
        },
    );
    session.wait_for_dashboard();
    keys.write_all(b"?")
        .and_then(|()| keys.flush())
        .expect("a key");
    session.wait_for_text("Taster");
    drop(keys);
    drop(input);
    assert_eq!(exit_code(&mut session), 1);
    let (bytes, parser) = session.finish_screen();
    assert!(
        !parser.screen().alternate_screen(),
        "still on the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is still hidden");
    assert_restore_is_last(&bytes, "input gone");
}

#[test]
fn sigusr1() {
    signal_path("USR1", 10);
}

#[test]
fn sigalrm() {
    signal_path("ALRM", 14);
}

/// The state letter of a process in /proc (`T`: stopped).
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command name, which is in parentheses.
    stat.rsplit(") ")
        .next()
        .and_then(|s| s.chars().next())
        .unwrap_or('?')
}

/// Ctrl-Z (a key in raw mode) suspends as in less or vim: the terminal is restored and the
/// process stopped; after SIGCONT the terminal is raw again and the whole screen redrawn.
fn suspend_and_continue(name: &str, suspend: impl Fn(&mut Session)) {
    let mut session = dashboard(name);
    let pid = session.pid();
    suspend(&mut session);
    // The restore's bytes may reach the test's reader a little after the stop.
    session.wait_until("stopped, the screen restored", |s| {
        state(pid) == 'T' && !s.parser().screen().alternate_screen()
    });
    let screen = session.parser();
    assert!(
        !screen.screen().alternate_screen(),
        "{name}: alternate screen left"
    );
    assert!(!screen.screen().hide_cursor(), "{name}: cursor shown");
    assert_eq!(
        screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "{name}: mouse off"
    );
    assert!(session.cooked(), "{name}: cooked while stopped");
    let before = session.bytes().len();
    session.signal("CONT");
    session.wait_for("the dashboard again", |s| {
        s.alternate_screen() && s.contents().trim().len() > 20
    });
    session.wait_until("raw again", Session::raw);
    assert!(
        session.bytes().len() > before + 200,
        "{name}: redrawn whole"
    );
    session.send(b"q");
    assert_eq!(exit_code(&mut session), 0);
    assert_restored(session, name);
}

#[test]
fn ctrl_z_suspends() {
    suspend_and_continue("ctrl-z", |s| s.send(b"\x1a"));
}

#[test]
fn sigtstp_suspends() {
    suspend_and_continue("tstp", |s| s.signal("TSTP"));
}

/// A burst far larger than one read (3,000 keys at once, as a paste or tmux send-keys
/// gives): all of it is handled, the `q` at its end too, without another key.
#[test]
fn a_burst_of_keys_is_drained() {
    let mut session = dashboard("burst");
    let mut keys = vec![b'j'; 3000];
    keys.push(b'q');
    session.send(&keys);
    assert_eq!(exit_code(&mut session), 0);
    assert_restored(session, "burst");
}
