//! Live reload: the dataset's file is watched and a burst of changes is waited out; the event
//! loop then sends `Action::FileChanged`, and the update step has the file read and applies the
//! new version with every selection kept by id (`reload`). A version that
//! fails `check` — broken JSON, a check error, a half-written or vanished file — leaves the last
//! good data on screen under a banner naming the first error, until a version loads again.
//!
//! The watch is on the file's directory, not on the file: editors save by writing another file
//! and renaming it over the original (vim, VS Code, `sed -i`), and a watch on the original's
//! inode would then watch nothing. Events are kept only for the file's name, and only those that
//! may change it: opening and reading are not changes (and the reload itself does both).
//!
//! A folder (an Open SDG repository) is watched recursively instead, and a change of any file
//! under its `data/`, `meta/`, `indicator-config/`, `translations/` or `csv-meta/`, or of its
//! `config_data.yml`, is a change of the dataset ([`concerns_repository`]); `.git/` is not.
//!
//! Success is quiet: the new data is simply there (with the header's count of warnings
//! updated); an unchanged file redraws nothing. The event loop asks [`Watch::due`] each time it
//! wakes and waits at most [`Watch::timeout`] for a key, so a change shows within about
//! `QUIET + CHECK_EVERY` of the last write, with nothing written to the terminal while idle.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecursiveMode, Watcher};

use super::app::App;

/// How long the file must stay quiet after a change before it is read: an editor's save is
/// several events (write a temporary file, rename it, set its mode), a slow copy many more.
pub const QUIET: Duration = Duration::from_millis(150);
/// The longest a stream of changes postpones a reload (a file written for seconds on end).
pub const MOST: Duration = Duration::from_secs(1);
/// How long the event loop may wait for a key before looking for a change again.
pub const CHECK_EVERY: Duration = Duration::from_millis(200);

/// Waits out a burst of events: due `QUIET` after the last one, or `MOST` after the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Debounce {
    quiet: Duration,
    most: Duration,
    /// The first and the last event not yet acted on.
    burst: Option<(Instant, Instant)>,
}

impl Debounce {
    pub fn new(quiet: Duration, most: Duration) -> Self {
        Self {
            quiet,
            most,
            burst: None,
        }
    }

    /// An event happened at `at`.
    pub fn event(&mut self, at: Instant) {
        self.burst = Some(match self.burst {
            Some((first, last)) => (first.min(at), last.max(at)),
            None => (at, at),
        });
    }

    /// When the burst is due, if there is one.
    pub fn due_at(&self) -> Option<Instant> {
        let (first, last) = self.burst?;
        Some((last + self.quiet).min(first + self.most))
    }

    /// Whether the burst is due at `now`; if so, it is over.
    pub fn fire(&mut self, now: Instant) -> bool {
        let due = self.due_at().is_some_and(|at| at <= now);
        if due {
            self.burst = None;
        }
        due
    }

    /// How long until the burst is due (`None` without one).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.due_at().map(|at| at.saturating_duration_since(now))
    }
}

/// Whether an event may have changed the file: it names one of `names` in the watched
/// directory, and is not a mere open or read. An overflowed queue may have lost such an
/// event, so it counts too.
pub fn concerns(event: &Event, names: &[OsString]) -> bool {
    if event.need_rescan() {
        return true;
    }
    let changes = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    };
    changes
        && event
            .paths
            .iter()
            .any(|p| p.file_name().is_some_and(|n| names.iter().any(|m| m == n)))
}

/// The parts of an Open SDG repository the dataset is read from.
const REPOSITORY_FOLDERS: [&str; 5] = [
    "data",
    "meta",
    "indicator-config",
    "translations",
    "csv-meta",
];

/// Whether an event may have changed the repository at `root`: a change (not an open or a
/// read) of a file in one of the folders it is read from, or of `config_data.yml`.
pub fn concerns_repository(event: &Event, root: &Path) -> bool {
    if event.need_rescan() {
        return true;
    }
    let changes = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    };
    changes && event.paths.iter().any(|p| in_repository(p, root))
}

fn in_repository(path: &Path, root: &Path) -> bool {
    let Ok(inside) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = inside.components().map(std::path::Component::as_os_str);
    match (parts.next(), parts.next()) {
        (Some(first), None) => first == "config_data.yml",
        (Some(first), Some(_)) => REPOSITORY_FOLDERS.iter().any(|f| first == *f),
        _ => false,
    }
}

/// The directories to watch and the file names to look for in them: the file as named and,
/// when it is a symbolic link, the file it points to (an editor writes there).
pub fn targets(file: &Path) -> Vec<(PathBuf, OsString)> {
    let mut out = Vec::new();
    let split = |p: &Path| {
        let name = p.file_name()?.to_os_string();
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Some((dir, name))
    };
    out.extend(split(file));
    let is_link = std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && let Ok(real) = std::fs::canonicalize(file) {
        out.extend(split(&real));
    }
    out.dedup();
    out
}

/// A file being watched. Dropping it ends the watch.
pub struct Watch {
    /// Kept for its thread: notify stops watching when it is dropped.
    _watcher: notify::RecommendedWatcher,
    /// When each relevant event arrived, from notify's thread.
    events: Receiver<Instant>,
    debounce: Debounce,
}

impl Watch {
    /// Watches `file` through its directory (and a link's target's directory); a folder (a
    /// repository) recursively.
    pub fn new(file: &Path) -> notify::Result<Self> {
        if file.is_dir() {
            return Self::repository(file);
        }
        let targets = targets(file);
        let names: Vec<OsString> = targets.iter().map(|(_, n)| n.clone()).collect();
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<Event>| {
            // An error from the watcher itself (not from the file) changes nothing on screen.
            if let Ok(event) = event
                && concerns(&event, &names)
            {
                // The receiver is gone only when the dashboard is closing.
                let _ = tx.send(Instant::now());
            }
        })?;
        for (dir, _) in &targets {
            watcher.watch(dir, RecursiveMode::NonRecursive)?;
        }
        Ok(Self {
            _watcher: watcher,
            events,
            debounce: Debounce::new(QUIET, MOST),
        })
    }

    fn repository(dir: &Path) -> notify::Result<Self> {
        // notify names events by the watched path made absolute as the system has it.
        let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let (tx, events) = channel();
        let seen = root.clone();
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<Event>| {
            if let Ok(event) = event
                && concerns_repository(&event, &seen)
            {
                let _ = tx.send(Instant::now());
            }
        })?;
        watcher.watch(&root, RecursiveMode::Recursive)?;
        Ok(Self {
            _watcher: watcher,
            events,
            debounce: Debounce::new(QUIET, MOST),
        })
    }

    /// Whether a burst of changes is over, so the file should be read again now.
    pub fn due(&mut self, now: Instant) -> bool {
        while let Ok(at) = self.events.try_recv() {
            self.debounce.event(at);
        }
        self.debounce.fire(now)
    }

    /// How long the event loop may wait for a key before calling [`Watch::due`] again.
    pub fn timeout(&self, now: Instant) -> Duration {
        self.debounce
            .wait(now)
            .map_or(CHECK_EVERY, |w| w.min(CHECK_EVERY))
    }
}

/// Watches the app's file, if it has one. A watch that cannot be had (the directory is gone,
/// the system's limit of watches is reached) leaves `r` to reload by hand.
pub fn start(app: &App) -> Option<Watch> {
    Watch::new(app.file.as_deref()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind, RemoveKind, RenameMode};

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn debounce_waits_for_quiet_after_the_last_event() {
        let t0 = Instant::now();
        let mut d = Debounce::new(ms(150), ms(1000));
        assert!(!d.fire(t0 + ms(5000)), "nothing happened");
        assert_eq!(d.wait(t0), None);
        d.event(t0);
        d.event(t0 + ms(100));
        assert!(!d.fire(t0 + ms(200)), "the last event was 100 ms ago");
        assert_eq!(d.wait(t0 + ms(200)), Some(ms(50)));
        assert!(d.fire(t0 + ms(250)));
        assert!(!d.fire(t0 + ms(260)), "fired once");
    }

    #[test]
    fn debounce_fires_during_an_endless_burst() {
        let t0 = Instant::now();
        let mut d = Debounce::new(ms(150), ms(1000));
        for i in 0..20 {
            d.event(t0 + ms(i * 100));
        }
        assert_eq!(d.due_at(), Some(t0 + ms(1000)));
        assert!(d.fire(t0 + ms(1000)));
    }

    #[test]
    fn debounce_takes_events_out_of_order() {
        let t0 = Instant::now();
        let mut d = Debounce::new(ms(150), ms(1000));
        d.event(t0 + ms(100));
        d.event(t0);
        assert_eq!(d.due_at(), Some(t0 + ms(250)));
    }

    fn event(kind: EventKind, paths: &[&str]) -> Event {
        let mut e = Event::new(kind);
        for p in paths {
            e = e.add_path(PathBuf::from(p));
        }
        e
    }

    #[test]
    fn only_changes_to_the_file_count() {
        let names = vec![OsString::from("x.json")];
        let create = EventKind::Create(CreateKind::File);
        let write = EventKind::Modify(ModifyKind::Any);
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        let both = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let opened = EventKind::Access(AccessKind::Open(AccessMode::Any));
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        let removed = EventKind::Remove(RemoveKind::File);
        assert!(concerns(&event(write, &["/d/x.json"]), &names));
        assert!(concerns(&event(create, &["/d/x.json"]), &names));
        assert!(concerns(&event(renamed, &["/d/x.json"]), &names));
        assert!(
            concerns(&event(both, &["/d/.x.json.swp", "/d/x.json"]), &names),
            "a temporary file renamed over the file"
        );
        assert!(concerns(&event(closed, &["./x.json"]), &names));
        assert!(concerns(&event(removed, &["/d/x.json"]), &names));
        assert!(!concerns(&event(opened, &["/d/x.json"]), &names));
        assert!(!concerns(&event(read, &["/d/x.json"]), &names));
        assert!(!concerns(&event(write, &["/d/y.json"]), &names));
        assert!(!concerns(&event(write, &["/d/x.json.tmp"]), &names));
        assert!(!concerns(&event(write, &["/d/sub/x.json/z"]), &names));
    }

    #[test]
    fn an_overflow_counts_as_a_change() {
        let names = vec![OsString::from("x.json")];
        let e = Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan);
        assert!(concerns(&e, &names));
    }

    #[test]
    fn the_directory_of_a_bare_name_is_the_current_one() {
        assert_eq!(
            targets(Path::new("no-such-file.json")),
            vec![(PathBuf::from("."), OsString::from("no-such-file.json"))]
        );
        assert_eq!(
            targets(Path::new("/no/such/dir/x.json")),
            vec![(PathBuf::from("/no/such/dir"), OsString::from("x.json"))]
        );
        assert!(targets(Path::new("/")).is_empty());
    }

    #[test]
    fn a_link_is_watched_with_its_target() {
        let dir = std::env::temp_dir().join(format!("goalboard-watch-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("real")).expect("a temporary directory");
        std::fs::write(dir.join("real/data.json"), "{}").expect("a file");
        std::os::unix::fs::symlink(dir.join("real/data.json"), dir.join("link.json"))
            .expect("a link");
        let found = targets(&dir.join("link.json"));
        let real = std::fs::canonicalize(dir.join("real")).expect("the real directory");
        assert_eq!(
            found,
            vec![
                (dir.clone(), OsString::from("link.json")),
                (real, OsString::from("data.json"))
            ]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn in_a_repository_only_its_data_folders_count() {
        let root = Path::new("/r");
        let write = EventKind::Modify(ModifyKind::Any);
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        let yes = |p: &str| concerns_repository(&event(write, &[p]), root);
        assert!(yes("/r/data/indicator_1-2-1.csv"));
        assert!(yes("/r/meta/da/1-2-1.md"));
        assert!(yes("/r/indicator-config/1-2-1.yml"));
        assert!(yes("/r/translations/en/data.yml"));
        assert!(yes("/r/csv-meta/1-2-1.csv"));
        assert!(yes("/r/config_data.yml"));
        assert!(!yes("/r/.git/index"));
        assert!(!yes("/r/.git/data/x"));
        assert!(!yes("/r/README.md"));
        assert!(!yes("/r/docs/config_data.yml"));
        assert!(!yes("/other/data/x.csv"));
        let read = event(read, &["/r/data/indicator_1-2-1.csv"]);
        assert!(!concerns_repository(&read, root));
    }

    #[test]
    fn a_change_in_a_repositorys_data_file_is_seen() {
        let dir = std::env::temp_dir().join(format!("goalboard-repo-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data")).expect("a temporary repository");
        std::fs::create_dir_all(dir.join(".git")).expect("a .git folder");
        let csv = dir.join("data/indicator_1-1-1.csv");
        std::fs::write(&csv, "Year,Value\n2015,1\n").expect("a data file");
        let mut watch = Watch::new(&dir).expect("a watch");
        std::fs::write(dir.join(".git/index"), "x").expect("a git file");
        std::fs::write(dir.join("README.md"), "x").expect("another file");
        std::thread::sleep(ms(400));
        assert!(
            !watch.due(Instant::now()),
            "git and other files are not changes"
        );
        std::fs::write(&csv, "Year,Value\n2015,1\n2016,2\n").expect("written");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !watch.due(Instant::now()) {
            assert!(
                Instant::now() < deadline,
                "the data file's change was not seen"
            );
            std::thread::sleep(ms(20));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_save_by_rename_is_seen() {
        let dir = std::env::temp_dir().join(format!("goalboard-rename-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let file = dir.join("x.json");
        std::fs::write(&file, "1").expect("a file");
        let mut watch = Watch::new(&file).expect("a watch");
        // Reading the file is not a change.
        let _ = std::fs::read(&file);
        std::fs::write(dir.join("other.json"), "1").expect("another file");
        std::thread::sleep(ms(400));
        assert!(
            !watch.due(Instant::now()),
            "reads and other files are not changes"
        );
        std::fs::write(dir.join("x.json.tmp"), "2").expect("a temporary file");
        std::fs::rename(dir.join("x.json.tmp"), &file).expect("renamed over");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !watch.due(Instant::now()) {
            assert!(Instant::now() < deadline, "the rename was not seen");
            std::thread::sleep(ms(20));
        }
        // The watch survives the rename: the next save is seen too.
        std::fs::write(&file, "3").expect("written in place");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !watch.due(Instant::now()) {
            assert!(Instant::now() < deadline, "the second save was not seen");
            std::thread::sleep(ms(20));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
