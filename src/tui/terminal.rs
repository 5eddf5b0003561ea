//! The terminal around the dashboard: raw mode, the alternate screen, a hidden cursor and (when
//! asked) mouse clicks, turned on together and undone together on every way out — quit, an
//! error, a panic (restore first, then report), and SIGTERM, SIGHUP, SIGINT or SIGQUIT (restore,
//! then exit with 128 + the signal).
//!
//! The event loop draws only when the state changed or the terminal was resized, never on a
//! timer. A failed read or draw ends it: after an SSH connection drops, retrying would spin.
//! A closed input terminal that sends no SIGHUP is worse: crossterm then reads end-of-file
//! forever inside `event::read` (crossterm#793), so a watchdog thread checks once a second that
//! the terminal is still there, and restores and exits when it is not.
//!
//! Auto-advance: a presentation with an interval (`goalboard present --every`) wakes the loop
//! when the interval passes without an event and draws the next goal; nothing else is drawn on
//! a timer.
//!
//! Mouse: only clicks and the wheel are asked for (modes 1000 and 1006), not motion (1003),
//! so moving the pointer sends nothing over a slow link.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{event, terminal};

use super::action::{Action, action_for, update};
use super::app::App;
use super::ui;

/// How often the watchdog checks that the terminal is still there (it draws nothing).
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// Held while drawing, so a signal's restore never interleaves with a frame.
static WRITING: Mutex<()> = Mutex::new(());
/// Whether the terminal is ours to restore; restoring happens once.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse reporting was turned on.
static MOUSE: AtomicBool = AtomicBool::new(false);

/// The alternate screen, cleared (without asking where the cursor is: over a slow link that
/// is a round trip, and some terminals never answer).
const ENTER_ALT_SCREEN: &[u8] = b"\x1b[?1049h\x1b[2J\x1b[H";
const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
/// Clicks and the wheel, reported in SGR form.
const MOUSE_ON: &[u8] = b"\x1b[?1000h\x1b[?1006h";
/// Every mouse mode off, including those we never turned on.
const MOUSE_OFF: &[u8] = b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";

/// Runs the dashboard until the user quits. The terminal is restored however this ends.
pub fn run(app: &mut App, mouse: bool) -> io::Result<()> {
    install_panic_hook();
    spawn_signal_thread()?;
    enter(mouse)?;
    spawn_watchdog()?;
    let result = (|| {
        let mut term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        let size = term.size()?;
        update(app, Action::Resize(size.width, size.height));
        draw(&mut term, app)?;
        let result = event_loop(&mut term, app);
        drop(term);
        result
    })();
    restore();
    result
}

fn event_loop(term: &mut Terminal<CrosstermBackend<io::Stdout>>, app: &mut App) -> io::Result<()> {
    // Auto-advance: a presentation with an interval moves on when it passes without an event;
    // any event starts it again.
    let mut idle_since = Instant::now();
    loop {
        if advance_in(app, idle_since) == Some(Duration::ZERO) {
            idle_since = Instant::now();
            if update(app, Action::Advance) {
                draw(term, app)?;
            }
        }
        if let Some(timeout) = advance_in(app, idle_since)
            && !event::poll(timeout)?
        {
            continue;
        }
        let event = event::read()?;
        idle_since = Instant::now();
        // Hidden test hook (docs/robustness.md): a panic at the first event after the first
        // frame, so the tests can check that a panic restores the terminal.
        let on_demand = std::env::var_os("GOALBOARD_TEST_PANIC").is_some_and(|v| v == "1");
        assert!(
            !on_demand,
            "GOALBOARD_TEST_PANIC is set: a panic on demand, to test the restore"
        );
        let Some(action) = action_for(&event, app) else {
            continue;
        };
        let resized = matches!(action, Action::Resize(..));
        let changed = update(app, action);
        if app.ui.quit {
            return Ok(());
        }
        if changed || resized {
            draw(term, app)?;
        }
    }
}

/// How long until the presentation on top moves on by itself (zero: now); `None` when it does
/// not, and the loop may wait for an event as long as it takes.
fn advance_in(app: &App, idle_since: Instant) -> Option<Duration> {
    let every = app.advance_every()?;
    Some(every.saturating_sub(idle_since.elapsed()))
}

fn draw(term: &mut Terminal<CrosstermBackend<io::Stdout>>, app: &App) -> io::Result<()> {
    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    term.draw(|frame| ui::draw(frame, app))?;
    Ok(())
}

fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    MOUSE.store(mouse, Ordering::SeqCst);
    let mut out = io::stdout().lock();
    out.write_all(ENTER_ALT_SCREEN)?;
    out.write_all(HIDE_CURSOR)?;
    if mouse {
        out.write_all(MOUSE_ON)?;
    }
    out.flush()
}

/// Undoes everything `enter` did, once, ignoring errors: the terminal may already be gone.
/// The last bytes written leave the alternate screen and show the cursor.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout().lock();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = out.write_all(MOUSE_OFF);
    }
    let _ = out.write_all(LEAVE_ALT_SCREEN);
    let _ = out.write_all(SHOW_CURSOR);
    let _ = out.flush();
    drop(out);
    let _ = terminal::disable_raw_mode();
}

/// Restores the terminal before the panic is reported, so the report is readable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// A thread that waits for a terminating signal, restores the terminal and exits with
/// 128 + the signal, as a shell expects.
fn spawn_signal_thread() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
                restore();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// A thread that checks once a second that the terminal is still there (standard output, and
/// standard input when it was a terminal); when it is gone, restores what it can, says so and
/// exits with status 1. Ends when the terminal is restored.
fn spawn_watchdog() -> io::Result<()> {
    let stdin_was_terminal = io::stdin().is_terminal();
    std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || {
            loop {
                std::thread::sleep(WATCH_EVERY);
                if !ACTIVE.load(Ordering::SeqCst) {
                    return;
                }
                let gone = !io::stdout().is_terminal()
                    || (stdin_was_terminal && !io::stdin().is_terminal());
                if gone {
                    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
                    restore();
                    // Not `eprintln!`: it panics when standard error went with the terminal.
                    let _ = writeln!(
                        io::stderr(),
                        "goalboard: the terminal failed: the terminal was closed"
                    );
                    std::process::exit(1);
                }
            }
        })?;
    Ok(())
}
