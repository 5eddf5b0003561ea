//! A dataset's own earlier version from the git repository it lives in, read with the `git`
//! program (never through a shell): `git -C DIR rev-parse` to find the commit, `git show
//! REV:./FILE` for its bytes, `git rev-list -1 --before=…` for the version at a date. An Open
//! SDG repository is a folder of many files: its tree at the revision is read into an index of
//! our own (`GIT_INDEX_FILE`) and written out into a temporary folder, so the repository's own
//! index and working tree are never touched.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;

use super::BaselineError;

/// The bytes of `file` at revision `rev` (or at the end of a day `YYYY-MM-DD`), with the day
/// of the commit.
pub fn show(file: &Path, rev: &str) -> Result<(Vec<u8>, Option<NaiveDate>), BaselineError> {
    let (dir, name) = split(file)?;
    let (commit, day, _) = commit_and_day(dir, rev)?;
    let spec = format!("{commit}:./{name}");
    let bytes = run(dir, &["show", &spec], None).map_err(|cause| BaselineError::NotInRevision {
        rev: rev.to_owned(),
        file: name.clone(),
        cause,
    })?;
    Ok((bytes, day))
}

/// A folder as it was at a revision, written out under the temporary folder; removed when
/// dropped.
#[derive(Debug)]
pub struct Checkout {
    root: PathBuf,
    /// The folder's own name, so what a reader takes from it (an Open SDG dataset's title)
    /// is as in the working tree.
    name: String,
}

impl Checkout {
    /// The folder's files as they were.
    pub fn tree(&self) -> PathBuf {
        self.root.join(&self.name)
    }

    /// A new empty folder of our own under the temporary folder.
    fn new(name: String) -> std::io::Result<Self> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let root =
                std::env::temp_dir().join(format!("goalboard-since-{}-{n}", std::process::id()));
            match std::fs::create_dir(&root) {
                Ok(()) => return Ok(Self { root, name }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// The folder `dir` at revision `rev` (or at the end of a day), written out, with the day of
/// the commit.
pub fn checkout(dir: &Path, rev: &str) -> Result<(Checkout, Option<NaiveDate>), BaselineError> {
    let (commit, day, top) = commit_and_day(dir, rev)?;
    let not_in = |cause: GitError| BaselineError::NotInRevision {
        rev: rev.to_owned(),
        file: dir.display().to_string(),
        cause,
    };
    let name = std::fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|n| n != "index")
        .unwrap_or_else(|| "tree".to_owned());
    let out = Checkout::new(name).map_err(|e| not_in(GitError::TempFolder(e)))?;
    let index = out.root.join("index");
    let tree = format!("{commit}:./");
    run(dir, &["read-tree", &tree], Some(&index)).map_err(not_in)?;
    // From the top: checkout-index run inside `dir` writes only the index's paths under it.
    let prefix = format!("--prefix={}/", out.tree().display());
    run(&top, &["checkout-index", "-a", &prefix], Some(&index)).map_err(not_in)?;
    Ok((out, day))
}

/// The full hash of a revision, the day of its commit and the repository's top folder.
fn commit_and_day(
    dir: &Path,
    rev: &str,
) -> Result<(String, Option<NaiveDate>, PathBuf), BaselineError> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(BaselineError::UnknownRevision {
            rev: rev.to_owned(),
            cause: GitError::BadRevision,
        });
    }
    let top = git(dir, &["rev-parse", "--show-toplevel"]).map_err(|cause| {
        BaselineError::NotARepository {
            dir: dir.display().to_string(),
            cause,
        }
    })?;
    let commit = commit_of(dir, rev)?;
    let day = git(dir, &["show", "-s", "--format=%cs", &commit])
        .ok()
        .and_then(|s| s.trim().parse::<NaiveDate>().ok());
    Ok((
        commit,
        day,
        PathBuf::from(top.trim_end_matches(['\n', '\r'])),
    ))
}

/// The file's folder and name (a file in the working directory has the folder `.`).
fn split(file: &Path) -> Result<(&Path, String), BaselineError> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| BaselineError::NotARepository {
            dir: file.display().to_string(),
            cause: GitError::NotAFile,
        })?;
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok((dir, name))
}

/// The full hash of a revision, or of the last commit on or before a day.
fn commit_of(dir: &Path, rev: &str) -> Result<String, BaselineError> {
    if let Ok(day) = rev.parse::<NaiveDate>() {
        let before = format!("--before={day} 23:59:59");
        let found = git(dir, &["rev-list", "-1", &before, "HEAD"]).map_err(|cause| {
            BaselineError::UnknownRevision {
                rev: rev.to_owned(),
                cause,
            }
        })?;
        let hash = found.trim();
        if hash.is_empty() {
            return Err(BaselineError::UnknownRevision {
                rev: rev.to_owned(),
                cause: GitError::NoCommitBefore(day),
            });
        }
        return Ok(hash.to_owned());
    }
    let asked = format!("{rev}^{{commit}}");
    git(dir, &["rev-parse", "--verify", &asked])
        .map(|s| s.trim().to_owned())
        .map_err(|cause| BaselineError::UnknownRevision {
            rev: rev.to_owned(),
            cause,
        })
}

/// Why git gave no answer, or why it was not asked.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git: {0}")]
    Spawn(#[source] std::io::Error),
    /// git's own message: the last lines of its standard error, cleaned for the terminal.
    #[error("{0}")]
    Said(String),
    #[error("git exited with {0}")]
    Exited(std::process::ExitStatus),
    #[error("not a file")]
    NotAFile,
    #[error("a revision cannot be empty or start with '-'")]
    BadRevision,
    #[error("no commit on or before {0}")]
    NoCommitBefore(NaiveDate),
    #[error("cannot make a temporary folder: {0}")]
    TempFolder(#[source] std::io::Error),
    #[error("no Open SDG data files (data/indicator_*.csv) there")]
    NoOpenSdg,
}

fn git(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    run(dir, args, None).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs git, with an index of our own when given; its standard output, or its message (the
/// last lines of its standard error).
fn run(dir: &Path, args: &[&str], index: Option<&Path>) -> Result<Vec<u8>, GitError> {
    let mut command = Command::new("git");
    if let Some(index) = index {
        command.env("GIT_INDEX_FILE", index);
    }
    let output = command
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(GitError::Spawn)?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let message = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    Err(if message.is_empty() {
        GitError::Exited(output.status)
    } else {
        GitError::Said(crate::sanitize::clean(&message).into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_like_an_option_is_refused_before_git_runs() {
        let err = commit_and_day(Path::new("."), "--output=x").expect_err("refused");
        assert!(matches!(
            err,
            BaselineError::UnknownRevision {
                cause: GitError::BadRevision,
                ..
            }
        ));
        assert_eq!(
            err.to_string(),
            "git has no revision '--output=x': a revision cannot be empty or start with '-'"
        );
    }
}
