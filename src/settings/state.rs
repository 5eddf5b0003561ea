//! What goalboard remembers between runs: the datasets opened, newest first, and the last
//! selection in each (with the initiatives browser's sort), so reopening a dataset puts the
//! analyst back where they were.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent datasets are kept.
const RECENT: usize = 10;

/// A selection remembered by ids, so it survives edits that reorder the file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Selection {
    pub goal: Option<String>,
    pub indicator: Option<String>,
    pub initiative: Option<String>,
    /// How the initiatives browser was sorted.
    pub sort: Option<Sort>,
}

/// The initiatives browser's sort: a column by name (`title`, `status`, `owners`, `goals`,
/// `start`, `end`, `updated`) and the direction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sort {
    pub column: String,
    pub descending: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// Absolute paths, newest first.
    pub recent: Vec<PathBuf>,
    /// The last selection per dataset, by absolute path.
    pub selections: BTreeMap<PathBuf, Selection>,
    /// The last selection in the bundled dataset (which has no path, and is not "recent": it
    /// opens anyway when nothing else was opened).
    pub bundled: Option<Selection>,
}

impl State {
    /// Reads the state; missing is empty, broken is empty plus a warning.
    pub fn load(path: &Path) -> (State, Option<String>) {
        let afresh = |why: &str| {
            let warning = super::warning(path, &format!("{why}; starting afresh"));
            (State::default(), Some(warning))
        };
        match super::read(path) {
            Ok(None) => (State::default(), None),
            Ok(Some(bytes)) => match serde_json::from_slice(&bytes) {
                Ok(state) => (state, None),
                Err(e) => afresh(&e.to_string()),
            },
            Err(why) => afresh(&why.to_string()),
        }
    }

    /// Writes the state atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        super::write_atomically(path, &bytes)
    }

    /// The most recently opened dataset that still exists.
    pub fn last_dataset(&self) -> Option<&Path> {
        self.recent
            .iter()
            .map(PathBuf::as_path)
            .find(|p| p.is_file())
    }

    /// Puts a dataset first in the recent list.
    pub fn opened(&mut self, dataset: &Path) {
        self.recent.retain(|p| p != dataset);
        self.recent.insert(0, dataset.to_path_buf());
        self.recent.truncate(RECENT);
        let keep: Vec<PathBuf> = self.recent.clone();
        self.selections.retain(|p, _| keep.contains(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_is_newest_first_without_duplicates_and_bounded() {
        let mut s = State::default();
        for i in 0..12 {
            s.opened(Path::new(&format!("/d{i}.json")));
        }
        s.opened(Path::new("/d5.json"));
        assert_eq!(s.recent.len(), RECENT);
        assert_eq!(s.recent[0], Path::new("/d5.json"));
        assert_eq!(
            s.recent.iter().filter(|p| p.ends_with("d5.json")).count(),
            1
        );
    }

    #[test]
    fn round_trip_and_broken_file() {
        let dir = std::env::temp_dir().join(format!("goalboard-state-{}", std::process::id()));
        let path = dir.join("state.json");
        let mut s = State::default();
        s.opened(Path::new("/a.json"));
        s.selections.insert(
            "/a.json".into(),
            Selection {
                goal: Some("g7".into()),
                sort: Some(Sort {
                    column: "goals".into(),
                    descending: true,
                }),
                ..Selection::default()
            },
        );
        s.save(&path).unwrap();
        assert_eq!(State::load(&path), (s, None));
        std::fs::write(&path, b"{not json").unwrap();
        let (state, warning) = State::load(&path);
        assert_eq!(state, State::default());
        assert!(warning.is_some());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
