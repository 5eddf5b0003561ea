//! A dataset's own earlier version from the git repository it lives in, read with the `git`
//! program (never through a shell): `git -C DIR rev-parse` to find the commit, `git show
//! REV:./FILE` for its bytes, `git rev-list -1 --before=…` for the version at a date.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;

use super::BaselineError;

/// The bytes of `file` at revision `rev` (or at the end of a day `YYYY-MM-DD`), with the day
/// of the commit.
pub fn show(file: &Path, rev: &str) -> Result<(Vec<u8>, Option<NaiveDate>), BaselineError> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(BaselineError::UnknownRevision {
            rev: rev.to_owned(),
            message: "a revision cannot be empty or start with '-'".to_owned(),
        });
    }
    let (dir, name) = split(file)?;
    git(dir, &["rev-parse", "--show-toplevel"]).map_err(|message| {
        BaselineError::NotARepository {
            dir: dir.display().to_string(),
            message,
        }
    })?;
    let commit = commit_of(dir, rev)?;
    let day = git(dir, &["show", "-s", "--format=%cs", &commit])
        .ok()
        .and_then(|s| s.trim().parse::<NaiveDate>().ok());
    let spec = format!("{commit}:./{name}");
    let bytes = run(dir, &["show", &spec]).map_err(|message| BaselineError::NotInRevision {
        rev: rev.to_owned(),
        file: name.clone(),
        message,
    })?;
    Ok((bytes, day))
}

/// The file's folder and name (a file in the working directory has the folder `.`).
fn split(file: &Path) -> Result<(&Path, String), BaselineError> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| BaselineError::NotARepository {
            dir: file.display().to_string(),
            message: "not a file".to_owned(),
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
        let found = git(dir, &["rev-list", "-1", &before, "HEAD"]).map_err(|message| {
            BaselineError::UnknownRevision {
                rev: rev.to_owned(),
                message,
            }
        })?;
        let hash = found.trim();
        if hash.is_empty() {
            return Err(BaselineError::UnknownRevision {
                rev: rev.to_owned(),
                message: format!("no commit on or before {day}"),
            });
        }
        return Ok(hash.to_owned());
    }
    let asked = format!("{rev}^{{commit}}");
    git(dir, &["rev-parse", "--verify", &asked])
        .map(|s| s.trim().to_owned())
        .map_err(|message| BaselineError::UnknownRevision {
            rev: rev.to_owned(),
            message,
        })
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    run(dir, args).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs git; its standard output, or its message (the last lines of its standard error).
fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
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
        format!("git exited with {}", output.status)
    } else {
        crate::sanitize::clean(&message).into_owned()
    })
}
