//! `goalboard --share` and two `goalboard follow`ers, each in a pseudo-terminal of its own size:
//! one in English and ASCII, one in Danish with colour. A move of the presenter shows on both
//! within 100 ms; a follower stopped with SIGSTOP does not slow the presenter, and gets the
//! latest position when it goes on; a follower looks around on its own and snaps back; the
//! presenter's exit leaves both followers running, with their screens, saying it left.

#[allow(dead_code)]
#[path = "hostile_support/pty.rs"]
mod pty;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use pty::{Session, Start};

/// The limit for a move to show on a follower.
const SHOWS_WITHIN: Duration = Duration::from_millis(100);

fn start(name: &str, args: &[&str], size: (u16, u16), runtime: &Path) -> Session {
    let runtime = runtime.to_str().expect("a UTF-8 temporary path");
    let mut s = Session::start(
        name,
        &Start {
            args,
            size,
            env: &[("XDG_RUNTIME_DIR", runtime)],
            ..Start::default()
        },
    );
    s.wait_for_dashboard();
    s
}

/// How long until every session shows `text`; fails after a generous limit.
fn time_until_shown(sessions: &[&Session], text: &str) -> Duration {
    let start = Instant::now();
    loop {
        if sessions.iter().all(|s| s.screen_text().contains(text)) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{text:?} not shown; screens:\n{}",
            sessions
                .iter()
                .map(|s| s.screen_text())
                .collect::<Vec<_>>()
                .join("\n-----\n")
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The presenter's key, and how long until the presenter and each follower show `text`.
fn move_and_time(
    presenter: &mut Session,
    key: &[u8],
    followers: &[&Session],
    text: &str,
) -> Duration {
    presenter.send(key);
    let mut all: Vec<&Session> = vec![presenter];
    all.extend_from_slice(followers);
    time_until_shown(&all, text)
}

#[test]
fn two_followers_move_with_the_presenter_and_outlive_it() {
    let runtime = pty::private_home("follow-runtime");
    let data = pty::repo("data/ishoj-social-mobilitet.json");
    let data = data.to_str().unwrap();
    let mut presenter = start("follow-presenter", &["--share", data], (100, 30), &runtime);
    let share_dir = runtime.join("goalboard");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode(&share_dir),
        0o700,
        "the share's directory is the user's alone"
    );
    let socket = std::fs::read_dir(&share_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .next()
        .expect("a socket in the share's directory");
    assert_eq!(mode(&socket), 0o600);

    let mut english = start(
        "follow-en",
        &["follow", "--lang", "en", "--ascii"],
        (80, 24),
        &runtime,
    );
    let mut danish = start(
        "follow-da",
        &["follow", "--lang", "da"],
        (120, 40),
        &runtime,
    );
    english.wait_for_text("following");
    danish.wait_for_text("følger");
    assert!(
        pty::find_all(&danish.bytes(), b"\x1b[38;").len() > 1,
        "the Danish follower draws in colour"
    );

    // Into the presentation and on: each move on both within the limit.
    let mut slowest = Duration::ZERO;
    let (p, f) = (&mut presenter, [&english, &danish]);
    slowest = slowest.max(move_and_time(p, b"p", &f, "1 / 10"));
    for page in 2..=4 {
        slowest = slowest.max(move_and_time(p, b" ", &f, &format!("{page} / 10")));
    }
    assert!(
        slowest < SHOWS_WITHIN,
        "a move took {slowest:?} to show on both"
    );

    // A stopped follower: the presenter and the other follower go on as fast.
    english.signal("STOP");
    let mut slowest = Duration::ZERO;
    for page in 5..=9 {
        let took = move_and_time(&mut presenter, b" ", &[&danish], &format!("{page} / 10"));
        slowest = slowest.max(took);
    }
    assert!(
        slowest < SHOWS_WITHIN,
        "with a follower stopped, a move took {slowest:?}"
    );
    english.signal("CONT");
    english.wait_for_text("9 / 10");

    // Looking around: the follower stays; snapping back: it is where the presenter is.
    danish.send(b"L");
    presenter.send(b" ");
    presenter.wait_for_text("10 / 10");
    english.wait_for_text("10 / 10");
    std::thread::sleep(Duration::from_millis(150));
    assert!(
        danish.screen_text().contains("9 / 10"),
        "{}",
        danish.screen_text()
    );
    danish.send(b"F");
    danish.wait_for_text("10 / 10");

    // Back in the overview, the footer says whom each follows.
    presenter.send(b"\x1b");
    english.wait_for_text("following");
    danish.wait_for_text("følger");

    // The presenter leaves; the followers stay, with their screens.
    presenter.send(b"q");
    assert!(presenter.wait_exit().success());
    english.wait_for_text("the presenter has left");
    danish.wait_for_text("præsentanten er gået");
    assert!(english.running() && danish.running());
    assert!(english.screen_text().contains("Ishoj") || english.screen_text().contains("maal"));
    assert!(!socket.exists(), "the presenter removed its socket");
    for mut follower in [english, danish] {
        follower.send(b"q");
        assert!(follower.wait_exit().success());
        follower.finish();
    }
    presenter.finish();
    let _ = std::fs::remove_dir_all(&runtime);
}

#[test]
fn a_second_presenter_of_the_same_dataset_is_told_and_refused() {
    let runtime = pty::private_home("follow-second");
    let data = pty::repo("data/ishoj-social-mobilitet.json");
    let data = data.to_str().unwrap();
    let mut first = start("follow-first", &["--share", data], (80, 24), &runtime);
    let rt = runtime.to_str().unwrap();
    let mut second = Session::start(
        "follow-second-presenter",
        &Start {
            args: &["--share", data],
            env: &[("XDG_RUNTIME_DIR", rt)],
            ..Start::default()
        },
    );
    let status = second.wait_exit();
    let said = String::from_utf8_lossy(&second.finish()).into_owned();
    assert!(!status.success());
    assert!(said.contains("already shares"), "{said}");
    // The first goes on sharing.
    assert!(first.running());
    first.send(b"q");
    assert!(first.wait_exit().success());
    first.finish();
    let _ = std::fs::remove_dir_all(&runtime);
}
