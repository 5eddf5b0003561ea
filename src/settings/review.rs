//! Review marks: "reviewed now", one key in the dashboard, so the next meeting can ask what
//! changed since. A mark keeps the dataset's content as it was, so the comparison still works
//! after the file changes. Marks live in the state directory, one folder per dataset:
//!
//! ```text
//! <state dir>/reviews/<hash of the dataset's path>/marks.json        the dataset and its marks
//! <state dir>/reviews/<hash of the dataset's path>/20170320T101500.json  the content at a mark
//! ```
//!
//! The newest [`KEPT`] marks of each dataset are kept.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// How many marks of one dataset are kept (a national dataset's copy is tens of MB).
pub const KEPT: usize = 5;

/// The largest index file read (it holds a path and a few dates).
const MAX_INDEX_BYTES: u64 = 1024 * 1024;

/// Which dataset marks belong to: its absolute path, or the bundled dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewKey(String);

impl ReviewKey {
    pub fn file(path: &Path) -> Self {
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        Self(absolute.display().to_string())
    }

    pub fn bundled() -> Self {
        Self("(bundled)".to_owned())
    }

    /// The folder name: FNV-1a of the key, stable across builds and platforms.
    fn folder(&self) -> String {
        let hash = self.0.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{hash:016x}")
    }
}

impl fmt::Display for ReviewKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::sanitize::clean(&self.0))
    }
}

/// One mark: when, and the file that holds the content then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// RFC 3339, in the local time of the mark.
    pub at: String,
    /// The copy of the dataset, an absolute path.
    pub content: PathBuf,
}

impl Mark {
    /// The day of the mark, as the person who made it saw the clock.
    pub fn day(&self) -> NaiveDate {
        DateTime::parse_from_rfc3339(&self.at).map_or(NaiveDate::MIN, |at| at.date_naive())
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    dataset: String,
    /// Oldest first.
    marks: Vec<Mark>,
}

/// The review marks under one state directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviews {
    dir: PathBuf,
}

impl Reviews {
    /// The marks beside the state file (`<state dir>/reviews`).
    pub fn beside(state_file: &Path) -> Self {
        let dir = state_file
            .parent()
            .unwrap_or(Path::new("."))
            .join("reviews");
        Self { dir }
    }

    fn index_path(&self, key: &ReviewKey) -> PathBuf {
        self.dir.join(key.folder()).join("marks.json")
    }

    fn index(&self, key: &ReviewKey) -> std::io::Result<Index> {
        let path = self.index_path(key);
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Index::default()),
            Err(e) => return Err(e),
        };
        if meta.len() > MAX_INDEX_BYTES {
            return Err(std::io::Error::other(format!(
                "{}: larger than {MAX_INDEX_BYTES} bytes",
                path.display()
            )));
        }
        let bytes = std::fs::read(&path)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))
    }

    /// The marks of a dataset, oldest first; those whose copy is gone (or whose date does
    /// not read) are left out.
    pub fn marks(&self, key: &ReviewKey) -> std::io::Result<Vec<Mark>> {
        let index = self.index(key)?;
        Ok(index
            .marks
            .into_iter()
            .filter(|m| m.content.is_file() && DateTime::parse_from_rfc3339(&m.at).is_ok())
            .collect())
    }

    /// The newest mark of a dataset.
    pub fn latest(&self, key: &ReviewKey) -> std::io::Result<Option<Mark>> {
        Ok(self.marks(key)?.pop())
    }

    /// Marks the dataset reviewed at `at`, keeping `content` (its bytes now). The oldest marks
    /// beyond [`KEPT`] and their copies are removed.
    pub fn mark(
        &self,
        key: &ReviewKey,
        content: &[u8],
        at: DateTime<FixedOffset>,
    ) -> std::io::Result<Mark> {
        let folder = self.dir.join(key.folder());
        let mut index = self.index(key).unwrap_or_default();
        index.dataset.clone_from(&key.0);
        let mut name = at.format("%Y%m%dT%H%M%S").to_string();
        while index
            .marks
            .iter()
            .any(|m| m.content.file_name() == Some(format!("{name}.json").as_ref()))
        {
            name.push('b');
        }
        let content_path = folder.join(format!("{name}.json"));
        super::write_atomically(&content_path, content)?;
        let mark = Mark {
            at: at.to_rfc3339(),
            content: content_path,
        };
        index.marks.push(mark.clone());
        let excess = index.marks.len().saturating_sub(KEPT);
        for old in index.marks.drain(..excess) {
            let _ = std::fs::remove_file(&old.content);
        }
        let bytes = serde_json::to_vec_pretty(&index).map_err(std::io::Error::other)?;
        super::write_atomically(&self.index_path(key), &bytes)?;
        Ok(mark)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn temp(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("goalboard-review-{name}-{}", std::process::id()))
    }

    #[test]
    fn a_mark_survives_a_restart_and_keeps_the_content() {
        let dir = temp("restart");
        let key = ReviewKey::file(Path::new("/data/goals.json"));
        let reviews = Reviews::beside(&dir.join("state.json"));
        assert_eq!(reviews.latest(&key).unwrap(), None);
        reviews
            .mark(&key, b"first", at("2017-03-20T10:15:00+01:00"))
            .unwrap();
        reviews
            .mark(&key, b"second", at("2017-04-20T10:15:00+02:00"))
            .unwrap();
        let again = Reviews::beside(&dir.join("state.json"));
        let latest = again.latest(&key).unwrap().unwrap();
        assert_eq!(latest.day(), NaiveDate::from_ymd_opt(2017, 4, 20).unwrap());
        assert_eq!(std::fs::read(&latest.content).unwrap(), b"second");
        assert_eq!(again.marks(&key).unwrap().len(), 2);
        assert_eq!(
            again.latest(&ReviewKey::bundled()).unwrap(),
            None,
            "per dataset"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn only_the_newest_marks_are_kept() {
        let dir = temp("kept");
        let key = ReviewKey::bundled();
        let reviews = Reviews::beside(&dir.join("state.json"));
        let mut first = None;
        for day in 1..=KEPT + 2 {
            let mark = reviews
                .mark(
                    &key,
                    day.to_string().as_bytes(),
                    at(&format!("2017-03-{day:02}T09:00:00Z")),
                )
                .unwrap();
            first.get_or_insert(mark);
        }
        let marks = reviews.marks(&key).unwrap();
        assert_eq!(marks.len(), KEPT);
        assert!(
            !first.unwrap().content.exists(),
            "the oldest copy is removed"
        );
        assert_eq!(
            std::fs::read(&marks[KEPT - 1].content).unwrap(),
            (KEPT + 2).to_string().as_bytes()
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_index_is_an_error_not_a_crash() {
        let dir = temp("broken");
        let key = ReviewKey::bundled();
        let reviews = Reviews::beside(&dir.join("state.json"));
        std::fs::create_dir_all(dir.join("reviews").join(key.folder())).unwrap();
        std::fs::write(reviews.index_path(&key), b"{nope").unwrap();
        assert!(reviews.latest(&key).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
