//! The share over real Unix sockets in a temporary directory: a presenter and its followers in
//! one process, a stopped follower played by a socket nobody reads.

use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::protocol::{FrameReader, VERSION};
use super::*;

/// Long enough for a loaded machine; every wait ends as soon as its event comes.
const PATIENCE: Duration = Duration::from_secs(5);

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gb-sharetest-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn message(seq: u64) -> Message {
    let mut m = Message {
        version: VERSION,
        seq,
        presenter: "anna".into(),
        ..Message::default()
    };
    m.position.goal = Some(format!("g{seq}"));
    m
}

fn share(dir: &Path) -> Publisher {
    start_in(dir, Some(Path::new("/data/x.json")), &Access::Private).unwrap()
}

/// Waits for the first event that `want` accepts, skipping others.
fn wait_for(follower: &Follower, want: impl Fn(&FollowEvent) -> bool) -> FollowEvent {
    let end = Instant::now() + PATIENCE;
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        if let Some(event) = follower.next_within(left)
            && want(&event)
        {
            return event;
        }
    }
    panic!("no such event within {PATIENCE:?}");
}

fn seq_of(event: &FollowEvent) -> Option<u64> {
    match event {
        FollowEvent::Message(m) => Some(m.seq),
        _ => None,
    }
}

#[test]
fn follower_gets_positions_then_sees_the_presenter_leave() {
    let dir = TempDir::new("leave");
    let presenter = share(&dir.0);
    let path = presenter.path().to_owned();
    let follower = Follower::start(&path).unwrap();
    wait_for(&follower, |e| matches!(e, FollowEvent::Joined));
    presenter.publish(&message(1)).unwrap();
    let got = wait_for(&follower, |e| seq_of(e).is_some());
    let FollowEvent::Message(m) = got else {
        unreachable!()
    };
    assert_eq!(*m, message(1));
    drop(presenter);
    wait_for(&follower, |e| matches!(e, FollowEvent::Left));
    assert!(
        !path.exists(),
        "the socket is removed when the presenter quits"
    );
}

#[test]
fn a_new_follower_gets_the_latest_position_at_once() {
    let dir = TempDir::new("latest");
    let presenter = share(&dir.0);
    for seq in 1..=3 {
        presenter.publish(&message(seq)).unwrap();
    }
    let follower = Follower::start(presenter.path()).unwrap();
    let got = wait_for(&follower, |e| seq_of(e).is_some());
    assert_eq!(seq_of(&got), Some(3));
}

#[test]
fn a_stopped_follower_does_not_block_the_presenter() {
    let dir = TempDir::new("stopped");
    let presenter = share(&dir.0);
    // Connected and never read, as a follower stopped with SIGSTOP.
    let stopped = UnixStream::connect(presenter.path()).unwrap();
    let follower = Follower::start(presenter.path()).unwrap();
    wait_for(&follower, |e| matches!(e, FollowEvent::Joined));

    // Some 8 MB in all, far more than a socket buffer holds.
    let big = |seq| {
        let mut m = message(seq);
        m.position.query = Some("x".repeat(protocol::MAX_FRAME - 400));
        m
    };
    let count = 500;
    let mut slowest = Duration::ZERO;
    let start = Instant::now();
    for seq in 1..=count {
        let before = Instant::now();
        presenter.publish(&big(seq)).unwrap();
        slowest = slowest.max(before.elapsed());
    }
    assert!(
        slowest < Duration::from_millis(50),
        "a publish took {slowest:?}"
    );
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(presenter.followers(), 2);

    // The running follower gets the last position.
    wait_for(&follower, |e| seq_of(e) == Some(count));

    // The stopped one, when it reads again, gets what was half sent and then the latest.
    stopped.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut reader = FrameReader::new(&stopped);
    let mut read = 0;
    loop {
        let m = reader.next_message().unwrap().expect("a message");
        read += 1;
        if m.seq == count {
            break;
        }
        assert!(read < count, "the stopped follower got every message");
    }
    assert!(
        read < count / 2,
        "it read {read} of {count}: older ones were not dropped"
    );
}

#[test]
fn a_follower_comes_back_when_the_presenter_starts_again() {
    let dir = TempDir::new("again");
    let first = share(&dir.0);
    let follower = Follower::start(first.path()).unwrap();
    wait_for(&follower, |e| matches!(e, FollowEvent::Joined));
    drop(first);
    wait_for(&follower, |e| matches!(e, FollowEvent::Left));
    let second = share(&dir.0);
    wait_for(&follower, |e| matches!(e, FollowEvent::Joined));
    second.publish(&message(9)).unwrap();
    wait_for(&follower, |e| seq_of(e) == Some(9));
}

#[test]
fn a_stale_socket_is_replaced_and_a_live_one_refused() {
    let dir = TempDir::new("stale");
    place::prepare_dir(&dir.0, &Access::Private).unwrap();
    let path =
        place::socket_path(&dir.0, &place::socket_name(Some(Path::new("/data/x.json")))).unwrap();
    // A crashed presenter: the file stays, nobody listens.
    drop(UnixListener::bind(&path).unwrap());
    assert!(path.exists());
    let presenter = share(&dir.0);

    let second = start_in(&dir.0, Some(Path::new("/data/x.json")), &Access::Private);
    let Err(e) = second else {
        panic!("a second presenter was let in")
    };
    assert!(matches!(e, ShareError::AlreadyShared(_)), "{e}");
    assert!(e.to_string().contains("already shares"), "{e}");
    // The first still serves.
    let follower = Follower::start(presenter.path()).unwrap();
    presenter.publish(&message(4)).unwrap();
    wait_for(&follower, |e| seq_of(e) == Some(4));
}

#[test]
fn a_file_of_another_kind_is_left_alone() {
    let dir = TempDir::new("file");
    place::prepare_dir(&dir.0, &Access::Private).unwrap();
    let path = place::socket_path(&dir.0, &place::socket_name(None)).unwrap();
    std::fs::write(&path, b"mine").unwrap();
    let result = start_in(&dir.0, None, &Access::Private);
    assert!(matches!(result, Err(ShareError::NotASocket(_))));
    assert_eq!(std::fs::read(&path).unwrap(), b"mine");
}

#[test]
fn a_follower_that_speaks_is_cut_off() {
    let dir = TempDir::new("speaks");
    let presenter = share(&dir.0);
    let mut talker = UnixStream::connect(presenter.path()).unwrap();
    talker.write_all(b"{\"go\":\"somewhere\"}\n").unwrap();
    talker.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut buf = [0u8; 64];
    // Closed by the presenter: the read ends (0), not times out.
    let n = talker.read(&mut buf).unwrap();
    assert_eq!(n, 0);
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[test]
fn a_private_share_is_the_users_alone() {
    let dir = TempDir::new("private");
    // An old directory left wide open is narrowed.
    std::fs::create_dir_all(&dir.0).unwrap();
    std::fs::set_permissions(&dir.0, std::fs::Permissions::from_mode(0o777)).unwrap();
    let presenter = share(&dir.0);
    assert_eq!(mode(&dir.0), 0o700);
    assert_eq!(mode(presenter.path()), 0o600);
}

#[test]
fn a_group_share_is_open_to_the_group_only() {
    let dir = TempDir::new("group");
    let gid = rustix::process::getgid().as_raw();
    let access = Access::Group {
        name: "ours".into(),
        gid,
    };
    let presenter = start_in(&dir.0, None, &access).unwrap();
    for (path, want) in [(dir.0.as_path(), 0o750), (presenter.path(), 0o660)] {
        let meta = std::fs::metadata(path).unwrap();
        assert_eq!(mode(path), want, "{}", path.display());
        assert_eq!(
            mode(path) & 0o007,
            0,
            "others have no access to {}",
            path.display()
        );
        assert_eq!(meta.gid(), gid);
    }
}

#[test]
fn a_directory_of_someone_else_is_refused() {
    let dir = TempDir::new("link");
    std::fs::create_dir_all(&dir.0).unwrap();
    let link = dir.0.join("planted");
    std::os::unix::fs::symlink(&dir.0, &link).unwrap();
    assert!(matches!(
        place::prepare_dir(&link, &Access::Private),
        Err(ShareError::NotOurs(_))
    ));
}

#[test]
fn follow_finds_a_share_by_dataset_name_or_newest() {
    let dir = TempDir::new("find");
    let data = dir.0.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let file = data.join("ishoj.json");
    std::fs::write(&file, b"{}").unwrap();
    let canonical = std::fs::canonicalize(&file).unwrap();
    let shares = dir.0.join("shares");
    let dirs = vec![shares.clone()];
    assert!(matches!(
        place::find(None, &dirs),
        Err(ShareError::NoShare { .. })
    ));
    let a = start_in(&shares, Some(&canonical), &Access::Private).unwrap();
    let b = start_in(&shares, None, &Access::Private).unwrap();
    let file_name = file.to_str().unwrap();
    assert_eq!(place::find(Some(file_name), &dirs).unwrap(), a.path());
    assert_eq!(place::find(Some("ishoj"), &dirs).unwrap(), a.path());
    assert_eq!(place::find(Some("bundled"), &dirs).unwrap(), b.path());
    let socket = b.path().to_str().unwrap();
    assert_eq!(place::find(Some(socket), &dirs).unwrap(), b.path());
    assert!(place::find(Some("nothing"), &dirs).is_err());
    let newest = place::find(None, &dirs).unwrap();
    assert!(newest == a.path() || newest == b.path());
}
