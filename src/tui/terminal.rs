//! The terminal around the dashboard: raw mode, the alternate screen, a hidden cursor and (when
//! asked) mouse clicks, turned on together and undone together on every way out — quit, an
//! error, a panic (restore first, then report), and SIGTERM, SIGHUP, SIGINT, SIGQUIT and the other
//! signals that end a process (restore, then exit with 128 + the signal). Ctrl-Z and SIGTSTP
//! restore, stop, and on SIGCONT take the terminal back and draw it whole (`suspend`).
//!
//! The event loop is the only place with side effects: it turns events into actions, lets
//! `update` apply them, carries out the effects `update` asks for (reading the file, the
//! editor, the clipboard) and feeds their results back as actions, then draws. Frames are
//! diffed, so a key that changes nothing writes nothing; nothing is drawn on a timer. A failed
//! read or draw ends it: after an SSH connection drops, retrying would spin.
//! A closed input terminal that sends no SIGHUP is worse: crossterm then reads end-of-file
//! forever inside `event::read` (crossterm#793), so a watchdog thread checks once a second that
//! the terminal is still there, and restores and exits when it is not.
//!
//! Live reload (`watch`) makes the loop wake at least every `watch::CHECK_EVERY` while a file
//! is open, to look for a change; an unchanged frame writes nothing. `e` hands the terminal to
//! the editor and takes it back (`run_suspended`), the signals and the watchdog kept off it.
//!
//! Auto-advance: `goalboard present --every` wakes the loop when the interval passes without an
//! event and draws the next goal; nothing else is drawn on a timer.
//!
//! Mouse: only clicks and the wheel are asked for (modes 1000 and 1006), not motion (1003),
//! so moving the pointer sends nothing over a slow link.

use std::collections::VecDeque;
use std::io::{self, IsTerminal, Write};
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{event, terminal};

use super::action::{Action, EditRequest, Effect};
use super::app::App;
use super::editor::EditorError;
use super::keys::action_for;
use super::lean::Lean;
use super::link::Link;
use super::ui;
use super::update::update;
use crate::load::load_path;

/// The dashboard's terminal: crossterm, through the backend that saves bytes on slow links.
/// Frames go out whole: standard output alone flushes every 1 KiB (it is line-buffered), which
/// showed a half-drawn frame between two writes; ratatui flushes once at the end of each frame.
type Term = Terminal<Lean<CrosstermBackend<io::BufWriter<io::Stdout>>>>;
/// Larger than a full frame at 200×60 with colours (about 40 KB).
const FRAME_BUFFER: usize = 64 * 1024;
/// How long a batch of input waits for its next event. Not zero: crossterm's poll(2) reader
/// looks at nothing, not even what it has already read, when given no time at all.
const BATCH_WAIT: Duration = Duration::from_millis(1);
/// How often the watchdog checks that the terminal is still there (it draws nothing).
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// Held while drawing, so a signal's restore never interleaves with a frame.
static WRITING: Mutex<()> = Mutex::new(());
/// Whether the terminal is ours to restore; restoring happens once.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether mouse reporting was turned on.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// Whether the terminal is handed to another program (`e`, see `run_suspended`).
static SUSPENDED: AtomicBool = AtomicBool::new(false);
/// That program's process id, so a SIGTERM or SIGHUP reaches it too (0: none).
static CHILD: AtomicU32 = AtomicU32::new(0);
/// A terminating signal that came while suspended (0: none): the dashboard ends when the
/// program has, without taking the terminal back.
static PENDING: AtomicI32 = AtomicI32::new(0);
/// Set when the process continues after a stop: the screen was left, so the next frame is
/// drawn whole.
static REDRAW: AtomicBool = AtomicBool::new(false);

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
    run_linked(app, mouse, &mut Link::Alone)
}

/// Runs the dashboard sharing its position, or following another's (see `link`).
pub fn run_linked(app: &mut App, mouse: bool, link: &mut Link) -> io::Result<()> {
    install_panic_hook();
    spawn_signal_thread()?;
    // Hidden test hook (docs/robustness.md), read once here rather than on every event.
    let panic_on_demand = std::env::var_os("GOALBOARD_TEST_PANIC").is_some_and(|v| v == "1");
    enter(mouse)?;
    spawn_watchdog()?;
    let result = (|| {
        let out = io::BufWriter::with_capacity(FRAME_BUFFER, io::stdout());
        let mut term = Terminal::new(Lean::new(CrosstermBackend::new(out))?)?;
        let size = term.size()?;
        update(app, Action::Resize(size.width, size.height));
        draw(&mut term, app)?;
        link.publish(app);
        // The search index, left out of the first frame: built before the first key is read.
        app.data.search();
        if panic_on_demand {
            // A panic at the first event after the first frame, so the tests can check that a
            // panic restores the terminal.
            event::read()?;
            panic!("GOALBOARD_TEST_PANIC is set: a panic on demand, to test the restore");
        }
        let result = event_loop(&mut term, app, link);
        drop(term);
        result
    })();
    restore();
    result
}

/// Whether the dashboard goes on after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Go,
    Quit,
}

fn event_loop(term: &mut Term, app: &mut App, link: &mut Link) -> io::Result<()> {
    // Live reload: with a file watched the loop wakes at least every `watch::CHECK_EVERY` to
    // look for a change (writing nothing when there is none). A wake is not a timeout of its
    // own: anything else due after a wait must keep its own deadline.
    let mut watch = super::watch::start(app);
    // Auto-advance: a presentation with an interval moves on when it passes without an event;
    // any event starts it again.
    let mut idle_since = Instant::now();
    loop {
        for action in link.actions() {
            handle(term, app, link, action)?;
        }
        if let Some(w) = watch.as_mut()
            && w.due(Instant::now())
        {
            handle(term, app, link, Action::FileChanged)?;
        }
        if advance_in(app, idle_since) == Some(Duration::ZERO) {
            idle_since = Instant::now();
            handle(term, app, link, Action::Advance)?;
        }
        let timeout = earliest(
            earliest(
                watch.as_ref().map(|w| w.timeout(Instant::now())),
                advance_in(app, idle_since),
            ),
            link.timeout(),
        );
        if let Some(timeout) = timeout
            && !event::poll(timeout)?
        {
            continue;
        }
        if drain(term, app, link)? == Flow::Quit {
            return Ok(());
        }
        // Back from the editor, the presentation's interval starts again.
        idle_since = Instant::now();
    }
}

/// Handles every event that has arrived (at least one, waiting for it), then draws once.
/// A burst (a paste, 3,000 keys from tmux, the wheel spun) is taken whole: reading one event
/// per wake left the rest of it unseen until another key came.
fn drain(term: &mut Term, app: &mut App, link: &mut Link) -> io::Result<Flow> {
    let mut event = event::read()?;
    loop {
        if REDRAW.swap(false, Ordering::SeqCst) {
            // Back from a stop (Ctrl-Z): the screen was left, so all of it is drawn again.
            term.clear()?;
            let size = term.size()?;
            update(app, Action::Resize(size.width, size.height));
        }
        if is_suspend(&event) {
            suspend();
        } else if let Some(action) = action_for(&event, app)
            && apply(term, app, link, action)? == Flow::Quit
        {
            return Ok(Flow::Quit);
        }
        // As typed keys do, each key meets the windows the one before it left.
        update(app, Action::Drawn(super::shown::windows(app)));
        if !event::poll(BATCH_WAIT)? {
            break;
        }
        event = event::read()?;
    }
    draw(term, app)?;
    link.publish(app);
    Ok(Flow::Go)
}

/// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
fn is_suspend(event: &event::Event) -> bool {
    use event::{Event, KeyCode, KeyEventKind, KeyModifiers};
    matches!(event, Event::Key(key) if key.code == KeyCode::Char('z')
        && key.modifiers.contains(KeyModifiers::CONTROL)
        && key.kind != KeyEventKind::Release)
}

/// Stops as a terminal's Ctrl-Z does outside raw mode (and as less and vim do): restores the
/// terminal, stops the process, and when a shell's `fg` continues it, takes the terminal back
/// and asks the loop to draw the whole screen again. The drawing lock is held throughout, so
/// no frame lands on the shell's screen.
fn suspend() {
    use signal_hook::consts::{SIGSTOP, SIGWINCH};
    use signal_hook::low_level::raise;
    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    let mouse = MOUSE.load(Ordering::SeqCst);
    // Keeps the watchdog from taking the restored terminal for a closed one.
    SUSPENDED.store(true, Ordering::SeqCst);
    restore();
    // raise(3), not kill(2) on the process: the stop must reach this thread before it goes
    // on; kill(2) may stop the others first and let this one enter the screen again.
    let _ = raise(SIGSTOP);
    // Continued. A terminal that cannot be entered again is found out by the next draw.
    let _ = enter(mouse);
    SUSPENDED.store(false, Ordering::SeqCst);
    REDRAW.store(true, Ordering::SeqCst);
    // Wakes the loop (crossterm turns it into a resize event), which then draws; the size
    // may have changed while stopped, too.
    let _ = raise(SIGWINCH);
}

/// Applies an action, carries out the effects it asks for (feeding their results back as
/// actions), then draws. The frame is diffed, so a change that shows nothing writes nothing.
/// A shared dashboard publishes where it is after it draws, its lists' offsets as drawn.
fn handle(term: &mut Term, app: &mut App, link: &mut Link, action: Action) -> io::Result<Flow> {
    if apply(term, app, link, action)? == Flow::Quit {
        return Ok(Flow::Quit);
    }
    draw(term, app)?;
    link.publish(app);
    Ok(Flow::Go)
}

/// Applies an action and carries out its effects, without drawing.
fn apply(term: &mut Term, app: &mut App, link: &mut Link, action: Action) -> io::Result<Flow> {
    let mut queue = VecDeque::from([action]);
    while let Some(action) = queue.pop_front() {
        link.saw(&action);
        match update(app, action) {
            None => {}
            Some(Effect::Quit) => return Ok(Flow::Quit),
            Some(Effect::Load(path)) => queue.push_back(Action::loaded(load_path(&path))),
            Some(Effect::Copy(text)) => copy(&text)?,
            Some(Effect::Edit(request)) => queue.extend(edit(term, &request)?),
            Some(Effect::MarkReview(file)) => queue.push_back(Action::Reviewed(
                super::since::write_mark(file.as_deref(), app.locale.lang),
            )),
        }
    }
    Ok(Flow::Go)
}

/// How long until the presentation on top moves on by itself (zero: now); `None` when it does
/// not, and the loop may wait for an event as long as it takes.
fn advance_in(app: &App, idle_since: Instant) -> Option<Duration> {
    let every = app.advance_every()?;
    Some(every.saturating_sub(idle_since.elapsed()))
}

/// The sooner of two waits, either of which may be none.
fn earliest(a: Option<Duration>, b: Option<Duration>) -> Option<Duration> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// `y`: the text on the terminal's clipboard.
fn copy(text: &str) -> io::Result<()> {
    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    let mut out = io::stdout().lock();
    out.write_all(super::copy::osc52(text).as_bytes())?;
    out.flush()
}

/// `e`: the file in the editor, then the terminal taken back and cleared, so the next frame is
/// drawn whole. Answers with the terminal's size and how the editor went.
fn edit(term: &mut Term, request: &EditRequest) -> io::Result<Vec<Action>> {
    let mut cmd = match super::editor::command(request, |name| std::env::var(name).ok()) {
        Ok(cmd) => cmd,
        Err(why) => return Ok(vec![Action::Edited(Err(why))]),
    };
    let ran = run_suspended(&mut cmd)?;
    term.clear()?;
    let size = term.size()?;
    let result = ran.map(|_| ()).map_err(|e| EditorError::Start {
        program: cmd.get_program().to_string_lossy().into_owned(),
        message: e.to_string(),
    });
    Ok(vec![
        Action::Resize(size.width, size.height),
        Action::Edited(result),
    ])
}

/// Hands the terminal to another program (the editor) and takes it back when it exits: leaves
/// the alternate screen, raw mode and the mouse as `restore` does, runs the program with the
/// standard streams inherited, waits for it, and enters again as `run` did. The outer error is
/// the terminal's (fatal), the inner one the program's (it did not start).
///
/// The drawing lock is held throughout, so a signal's restore waits instead of pulling the
/// terminal from under the program. SIGTERM and SIGHUP are passed on to the program; the
/// dashboard then ends with 128 + the signal instead of coming back. SIGINT and SIGQUIT are
/// the program's alone, as with `system(3)`. Either way the terminal's modes are put back as
/// they were before the program, since one killed by a signal may not restore them.
pub fn run_suspended(cmd: &mut Command) -> io::Result<io::Result<ExitStatus>> {
    use rustix::termios::{OptionalActions, tcgetattr, tcsetattr};
    let writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    let mouse = MOUSE.load(Ordering::SeqCst);
    SUSPENDED.store(true, Ordering::SeqCst);
    restore();
    // The modes the program gets, put back after it: one killed by a signal may leave its
    // own behind (vim does), and `enter` would then keep them as the ones to restore at exit.
    let modes = tcgetattr(io::stdout()).ok();
    let status = cmd.spawn().and_then(|mut child| {
        CHILD.store(child.id(), Ordering::SeqCst);
        let status = child.wait();
        CHILD.store(0, Ordering::SeqCst);
        status
    });
    if let Some(modes) = &modes {
        let _ = tcsetattr(io::stdout(), OptionalActions::Now, modes);
    }
    // Whatever screen and mouse modes a killed program left on go off again.
    let mut out = io::stdout().lock();
    let _ = out.write_all(MOUSE_OFF);
    let pending = PENDING.load(Ordering::SeqCst);
    if pending != 0 {
        // A SIGTERM or SIGHUP came: end as the signal path does, with the terminal as it was
        // before the dashboard (the program's screen left, the cursor shown).
        let _ = out.write_all(LEAVE_ALT_SCREEN);
        let _ = out.write_all(SHOW_CURSOR);
        let _ = out.flush();
        std::process::exit(128 + pending);
    }
    drop(out);
    let entered = enter(mouse);
    SUSPENDED.store(false, Ordering::SeqCst);
    drop(writing);
    entered?;
    Ok(status)
}

/// Passes a signal on to the program the terminal is handed to, if one is running.
fn pass_on(signal: i32) {
    use rustix::process::{Pid, Signal, kill_process};
    let pid = i32::try_from(CHILD.load(Ordering::SeqCst)).ok();
    if let (Some(pid), Some(signal)) = (pid.and_then(Pid::from_raw), Signal::from_named_raw(signal))
    {
        // It may have just exited: then there is nobody to tell.
        let _ = kill_process(pid, signal);
    }
}

/// Draws a frame, then hands the update step the lists' windows it showed (see `scroll`).
fn draw(term: &mut Term, app: &mut App) -> io::Result<()> {
    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
    term.draw(|frame| ui::draw(frame, app))?;
    update(app, Action::Drawn(super::shown::windows(app)));
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

/// The signals whose default action ends the process and that can be caught: each would
/// leave the terminal raw, on the alternate screen, with the mouse on.
const FATAL: [i32; 11] = {
    use signal_hook::consts::{
        SIGALRM, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGXCPU,
        SIGXFSZ,
    };
    [
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ,
    ]
};

/// SIGTSTP (`kill -TSTP`, or Ctrl-Z sent to a whole process group, as vim does when it is
/// the editor): a stop. While the editor has the terminal it is the editor's to restore;
/// the dashboard only stops with it.
fn stop_for(editor_has_terminal: bool) {
    if editor_has_terminal {
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    } else {
        suspend();
    }
}

/// A thread that waits for a terminating signal, restores the terminal and exits with
/// 128 + the signal, as a shell expects.
fn spawn_signal_thread() -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
    let mut wanted = FATAL.to_vec();
    wanted.push(SIGTSTP);
    let mut signals = signal_hook::iterator::Signals::new(wanted)?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if signal == SIGTSTP {
                    stop_for(SUSPENDED.load(Ordering::SeqCst));
                    continue;
                }
                if SUSPENDED.load(Ordering::SeqCst) {
                    // The terminal is the editor's (`run_suspended`).
                    if matches!(signal, SIGINT | SIGQUIT) {
                        continue;
                    }
                    PENDING.store(signal, Ordering::SeqCst);
                    pass_on(signal);
                }
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
                if SUSPENDED.load(Ordering::SeqCst) {
                    // The terminal is the editor's; it is looked at again when taken back.
                    continue;
                }
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
