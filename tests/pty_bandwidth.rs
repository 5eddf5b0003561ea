//! What the dashboard sends over a slow link. The real binary runs on the bundled dataset in a
//! 120×40 pseudo-terminal; every byte it writes is counted. Moving the selection must rewrite
//! only what changed (well under a quarter of the first full frame, in every view), and a
//! dashboard left alone must write nothing at all.
//!
//! Run with `--nocapture` to see the bytes per key of each view (docs/performance.md keeps them).

mod hostile_support;

use std::time::{Duration, Instant};

use hostile_support::pty::{Session, Start};

const SIZE: (u16, u16) = (120, 40);
/// How long the output must stay unchanged to count a frame as written.
const SETTLED: Duration = Duration::from_millis(300);
/// A limit that only turns a hang into a readable failure.
const PATIENCE: Duration = Duration::from_secs(20);

/// What a key changes: the selection within what is shown, or what is shown (another goal's
/// title, note, indicators and initiatives beside the goals list; a page of other rows): new
/// content, whose bytes no diff can save (scrolling moves every line, too). New content must
/// still cost well less than a repaint.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Selection,
    NewContent,
}

/// A view: its name, the keys that reach it from the view before, the key measured there,
/// and what that key changes.
struct View {
    name: &'static str,
    reach: &'static [&'static [u8]],
    step: &'static [u8],
    change: Change,
}

const VIEWS: &[View] = &[
    View {
        name: "overview: the next goal (goal 1 to 2)",
        reach: &[],
        step: b"j",
        change: Change::NewContent,
    },
    View {
        name: "overview: the next initiative of goal 2",
        reach: &[b"\t", b"\t"],
        step: b"j",
        change: Change::Selection,
    },
    View {
        name: "overview: the next goal (goal 2 to 3)",
        reach: &[b"\t"],
        step: b"j",
        change: Change::NewContent,
    },
    View {
        name: "overview: the next indicator of goal 3",
        reach: &[b"\t"],
        step: b"j",
        change: Change::Selection,
    },
    View {
        name: "indicator screen: the next point (goal 7)",
        reach: &[b"\t", b"\t", b"j", b"j", b"j", b"j", b"\t", b"\r"],
        step: b"j",
        change: Change::Selection,
    },
    View {
        name: "initiatives browser: the next row",
        reach: &[b"\x1b", b"b"],
        step: b"j",
        change: Change::Selection,
    },
    View {
        name: "initiatives browser: a page down",
        reach: &[],
        step: b"\x1b[6~",
        change: Change::NewContent,
    },
    View {
        name: "initiative screen: the next measure (Pitstop)",
        reach: &[b"\x1b", b"/", b"Pitstop", b"\r"],
        step: b"j",
        change: Change::Selection,
    },
    View {
        name: "initiative screen: to the details pane",
        reach: &[],
        step: b"\t",
        change: Change::Selection,
    },
    View {
        name: "help: scrolling a line (every line moves)",
        reach: &[b"\x1b", b"\x1b", b"?"],
        step: b"j",
        change: Change::NewContent,
    },
];

/// Waits until the program has written something since `from` bytes, then until it stops
/// writing; returns the byte count then.
fn settle(session: &mut Session, from: usize) -> usize {
    let deadline = Instant::now() + PATIENCE;
    while session.bytes().len() == from {
        assert!(
            Instant::now() < deadline,
            "nothing written within {PATIENCE:?}; screen:\n{}",
            session.screen_text()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut seen = session.bytes().len();
    loop {
        std::thread::sleep(SETTLED);
        let now = session.bytes().len();
        if now == seen {
            return now;
        }
        seen = now;
    }
}

/// Sends keys that lead somewhere, and waits until what they drew (if anything) is written.
fn reach(session: &mut Session, keys: &[u8]) {
    let before = session.bytes().len();
    session.send(keys);
    let deadline = Instant::now() + Duration::from_secs(2);
    while session.bytes().len() == before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    settle(session, session.bytes().len().saturating_sub(1));
}

/// Sends keys and returns how many bytes the frame they caused took; that frame never clears
/// the screen (a clear makes the terminal repaint everything, and flickers).
fn press(session: &mut Session, keys: &[u8]) -> usize {
    let before = session.bytes().len();
    session.send(keys);
    let after = settle(session, before);
    let frame = &session.bytes()[before..after];
    assert!(
        !frame.windows(4).any(|w| w == b"\x1b[2J"),
        "a key press cleared the screen"
    );
    after - before
}

#[test]
fn a_selection_move_sends_a_small_part_of_a_frame() {
    let mut session = Session::start(
        "bandwidth",
        &Start {
            size: SIZE,
            ..Start::default()
        },
    );
    session.wait_for_dashboard();
    let first = settle(&mut session, 0);
    println!("first full frame at {}×{}: {first} bytes", SIZE.0, SIZE.1);
    println!("| view | bytes per key | share of the first frame |");
    println!("|---|---:|---:|");
    let mut worst = 0;
    let mut over = Vec::new();
    for view in VIEWS {
        for keys in view.reach {
            reach(&mut session, keys);
        }
        let sent = press(&mut session, view.step);
        let share = sent * 100 / first;
        println!("| {} | {sent} | {share} % |", view.name);
        let limit = match view.change {
            Change::Selection => first / 4,
            Change::NewContent => first * 3 / 4,
        };
        if sent >= limit {
            over.push(format!(
                "{}: {sent} bytes, limit {limit}\n{}",
                view.name,
                session.screen_text()
            ));
        }
        worst = worst.max(sent);
    }
    println!("largest move: {worst} bytes");
    assert!(
        over.is_empty(),
        "moves over their limit (a quarter of the first frame, {first} bytes, for a selection):\n{}",
        over.join("\n")
    );
    session.send(b"q");
    session.wait_exit();
    session.finish();
}

#[test]
fn an_idle_dashboard_writes_nothing() {
    let mut session = Session::start(
        "idle",
        &Start {
            size: SIZE,
            ..Start::default()
        },
    );
    session.wait_for_dashboard();
    let drawn = settle(&mut session, 0);
    // Long enough for any timer-driven redraw (a clock, a spinner, a watcher's poll) to show.
    std::thread::sleep(Duration::from_secs(2));
    let after = session.bytes().len();
    assert_eq!(
        after - drawn,
        0,
        "the idle dashboard wrote {} bytes",
        after - drawn
    );
    // A key that changes nothing (moving up from the first goal) draws nothing either.
    session.send(b"k");
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(
        session.bytes().len(),
        after,
        "a key that changed nothing was drawn"
    );
    session.send(b"q");
    session.wait_exit();
    session.finish();
}
