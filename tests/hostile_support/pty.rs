//! The real `goalboard` binary in a pseudo-terminal: every byte it writes is kept, a vt100
//! parser reads the screen from them, keys and signals are sent to it, and the terminal's
//! modes (termios) can be read back. Waiting is always for a condition, with a generous limit
//! that only turns a hang into a readable failure.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, SlavePty};

/// How long to wait for something that takes milliseconds, before calling it a hang.
const PATIENCE: Duration = Duration::from_secs(20);

/// What a program writes to ask where the cursor is (CSI 6n).
pub const CURSOR_QUERY: &[u8] = b"\x1b[6n";

/// A bundled dataset never depends on a config or state file of the person running the tests.
pub fn private_home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

/// Where the repository's files are.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

pub struct Session {
    pub master: Box<dyn MasterPty + Send>,
    /// Kept open so the terminal's modes can be read after the program exits.
    slave: Option<Box<dyn SlavePty + Send>>,
    child: Box<dyn Child + Send + Sync>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    output: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
    size: (u16, u16),
    pub home: PathBuf,
}

/// How to start the program.
pub struct Start<'a> {
    pub args: &'a [&'a str],
    pub size: (u16, u16),
    pub env: &'a [(&'a str, &'a str)],
    /// Whether the terminal becomes the program's controlling terminal (as in a login), so
    /// that its hang-up sends SIGHUP.
    pub controlling_tty: bool,
    /// Standard input from this terminal (a path like `/dev/pts/7`) instead of the session's.
    pub stdin: Option<&'a Path>,
    /// Standard output to this terminal instead of the session's.
    pub stdout: Option<&'a Path>,
}

impl Default for Start<'_> {
    fn default() -> Self {
        Self {
            args: &[],
            size: (80, 24),
            env: &[],
            controlling_tty: true,
            stdin: None,
            stdout: None,
        }
    }
}

impl Session {
    pub fn start(name: &str, start: &Start<'_>) -> Self {
        let (cols, rows) = start.size;
        let pair = portable_pty::native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let home = private_home(name);
        let binary = env!("CARGO_BIN_EXE_goalboard");
        let mut cmd = if start.stdin.is_none() && start.stdout.is_none() {
            CommandBuilder::new(binary)
        } else {
            // The shell only redirects, then becomes the program (the same process).
            let mut script = String::from("exec \"$0\" \"$@\"");
            if start.stdin.is_some() {
                script.push_str(" < \"$GOALBOARD_TEST_STDIN\"");
            }
            if start.stdout.is_some() {
                script.push_str(" > \"$GOALBOARD_TEST_STDOUT\"");
            }
            let mut sh = CommandBuilder::new("/bin/sh");
            sh.args(["-c", script.as_str(), binary]);
            sh
        };
        cmd.args(start.args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.set_controlling_tty(start.controlling_tty);
        cmd.env_clear();
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd.env("HOME", &home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_STATE_HOME", home.join("state"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env("RUST_BACKTRACE", "0");
        if let Some(stdin) = start.stdin {
            cmd.env("GOALBOARD_TEST_STDIN", stdin);
        }
        if let Some(stdout) = start.stdout {
            cmd.env("GOALBOARD_TEST_STDOUT", stdout);
        }
        for (k, v) in start.env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("the binary starts");
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("a writer")));
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        let answer = Arc::clone(&writer);
        let reader = std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            // Ends when the last holder of the terminal's other side closes it.
            while let Ok(n) = reader.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                let mut all = sink.lock().unwrap_or_else(PoisonError::into_inner);
                let from = all.len().saturating_sub(3);
                all.extend_from_slice(&chunk[..n]);
                // A real terminal answers a cursor position query; ratatui asks one.
                for _ in find_all(&all[from..], CURSOR_QUERY) {
                    let mut w = answer.lock().unwrap_or_else(PoisonError::into_inner);
                    let _ = w.write_all(b"\x1b[1;1R").and_then(|()| w.flush());
                }
            }
        });
        Self {
            master: pair.master,
            slave: Some(pair.slave),
            child,
            writer,
            output,
            reader: Some(reader),
            size: start.size,
            home,
        }
    }

    /// Every byte the program wrote so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.output
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The screen as a terminal would show it after those bytes. vt100 draws nothing for
    /// `�` (U+FFFD), where every real terminal draws one cell: it gets a stand-in that vt100
    /// does draw, so columns stay where a terminal puts them; [`shown`] turns it back.
    pub fn parser(&self) -> vt100::Parser {
        screen_of(&self.bytes(), self.size)
    }

    pub fn screen_text(&self) -> String {
        shown(&self.parser().screen().contents())
    }

    /// Waits until the screen satisfies `done`; fails with the screen when it never does.
    pub fn wait_for(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if done(self.parser().screen()) {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                if done(self.parser().screen()) {
                    return;
                }
                panic!(
                    "the program exited ({status:?}) before {what}; screen:\n{}",
                    self.screen_text()
                );
            }
            assert!(
                Instant::now() < deadline,
                "no {what} within {PATIENCE:?}; screen:\n{}",
                self.screen_text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `done` holds of the session.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self) {
            assert!(
                Instant::now() < deadline,
                "not {what} within {PATIENCE:?}; screen:\n{}",
                self.screen_text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the program is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for_text(&mut self, text: &str) {
        self.wait_for(&format!("{text:?} on screen"), |s| {
            shown(&s.contents()).contains(text)
        });
    }

    /// Waits until the dashboard has drawn its first frame.
    pub fn wait_for_dashboard(&mut self) {
        self.wait_for("the dashboard", |s| {
            s.alternate_screen() && s.contents().trim().len() > 20
        });
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let mut w = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        w.write_all(bytes)
            .and_then(|()| w.flush())
            .expect("keys reach the program");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the program has a pid")
    }

    /// Sends a signal by name (`TERM`, `HUP`, `INT`) with the system's `kill`.
    pub fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -{name} failed");
    }

    /// Waits for the program to exit.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("the program's status") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "the program did not exit within {PATIENCE:?}; screen:\n{}",
                    self.screen_text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal's local modes now, as flag names (`ICANON`, `ECHO`, …).
    pub fn local_modes(&self) -> Vec<String> {
        let termios = self.master.get_termios().expect("the terminal's modes");
        // The flags' own names, so no platform's numbers are written here.
        let shown = format!("{:?}", termios.local_flags);
        let inner = shown
            .split_once('(')
            .and_then(|(_, rest)| rest.strip_suffix(')'))
            .unwrap_or("");
        inner
            .split('|')
            .map(|flag| flag.trim().to_owned())
            .filter(|flag| !flag.is_empty())
            .collect()
    }

    /// Whether the terminal is in its normal (cooked) mode: lines edited, keys echoed.
    pub fn cooked(&self) -> bool {
        let modes = self.local_modes();
        ["ICANON", "ECHO", "ISIG"]
            .iter()
            .all(|m| modes.iter().any(|f| f == m))
    }

    /// Whether the terminal is in raw mode: no line editing, no echo, no signals from keys.
    pub fn raw(&self) -> bool {
        let modes = self.local_modes();
        ["ICANON", "ECHO", "ISIG"]
            .iter()
            .all(|m| !modes.iter().any(|f| f == m))
    }

    /// Like [`Session::finish`], with the final screen.
    pub fn finish_screen(self) -> (Vec<u8>, vt100::Parser) {
        let size = self.size;
        let bytes = self.finish();
        let parser = screen_of(&bytes, size);
        (bytes, parser)
    }

    /// After the program exited: closes this side's hold on the terminal, collects the last
    /// bytes (the reader may not have had them yet), and returns all of them.
    pub fn finish(mut self) -> Vec<u8> {
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        drop(self.slave.take());
        drop(self.writer);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        let _ = std::fs::remove_dir_all(&self.home);
        self.output
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Where `needle` occurs in `haystack`.
pub fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return Vec::new();
    }
    (0..=haystack.len() - needle.len())
        .filter(|&i| &haystack[i..i + needle.len()] == needle)
        .collect()
}

/// The screen after `bytes`, as a terminal of `(columns, rows)` shows it (see
/// [`Session::parser`]).
pub fn screen_of(bytes: &[u8], (cols, rows): (u16, u16)) -> vt100::Parser {
    let mut parser = vt100::Parser::new(rows, cols, 0);
    parser.process(&replace(bytes, "\u{fffd}".as_bytes(), STAND_IN.as_bytes()));
    parser
}

/// Drawn by vt100 in place of `�` (see [`Session::parser`]); not in any test dataset.
const STAND_IN: &str = "\u{a4}";

/// Screen text with `�` back in place of its stand-in.
pub fn shown(contents: &str) -> String {
    contents.replace(STAND_IN, "\u{fffd}")
}

/// `bytes` with every `from` replaced by `to`.
pub fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// Bytes made readable in a failure message.
pub fn escaped(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).escape_debug().to_string()
}
