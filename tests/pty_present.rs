//! `goalboard present` in a pseudo-terminal: it opens straight into the presentation, moves on
//! by itself with `--every` (round, and a key starts the interval again), draws nothing while
//! idle without it, and Esc leaves for the overview with the goal shown selected.

#[allow(dead_code)]
#[path = "hostile_support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Session, Start};

fn present(name: &str, args: &[&str]) -> Session {
    let mut all = vec!["present"];
    all.extend_from_slice(args);
    let mut s = Session::start(
        name,
        &Start {
            args: &all,
            ..Start::default()
        },
    );
    s.wait_for_dashboard();
    s
}

#[test]
fn every_moves_on_round_and_a_key_starts_the_interval_again() {
    let mut s = present("every", &["--goals", "7,3", "--every", "1s"]);
    s.wait_for_text("1 / 2");
    s.wait_for_text("næste hver 1 s");
    assert!(s.screen_text().contains("Færre skal være hjemløse"));
    let start = Instant::now();
    s.wait_for_text("2 / 2");
    assert!(
        start.elapsed() >= Duration::from_millis(700),
        "moved on after {:?}",
        start.elapsed()
    );
    assert!(s.screen_text().contains("Flere personer med handicap"));
    s.wait_for_text("1 / 2");

    // Keys in quick succession keep it where the keys put it.
    for i in 0..6 {
        if i > 0 {
            std::thread::sleep(Duration::from_millis(300));
        }
        s.send(b"\x1b[C");
    }
    // Six times → from 1: 2, 1, 2, 1, 2, 1 (unless the interval fired in between, which
    // it must not: each key came well within a second of the one before, though the keys
    // took longer than a second).
    std::thread::sleep(Duration::from_millis(150));
    let after_keys = s.screen_text();
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    assert!(after_keys.contains("1 / 2"), "{after_keys}");
}

#[test]
fn without_every_nothing_is_written_while_idle() {
    let mut s = present("idle", &["--goals", "g7"]);
    s.wait_for_text("1 / 1");
    // Let the first frame settle, then nothing may come.
    std::thread::sleep(Duration::from_millis(300));
    let before = s.bytes().len();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(s.bytes().len(), before, "bytes written while idle");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn esc_leaves_for_the_overview_with_the_goal_shown_selected() {
    let mut s = present("esc", &["--goals", "7,8"]);
    s.wait_for_text("1 / 2");
    s.send(b" ");
    s.wait_for_text("2 / 2");
    s.send(b"\x1b");
    // The overview's header line with the status counts.
    s.wait_for_text("10 mål:");
    let screen = s.screen_text();
    let selected = screen
        .lines()
        .find(|l| l.contains('▸'))
        .unwrap_or_default()
        .to_owned();
    assert!(
        selected.contains("Større effekt af stofmisbrug"),
        "{screen}"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}
