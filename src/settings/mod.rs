//! Settings and remembered state, in the user's config and state directories (`directories`):
//! a TOML config file the user writes (theme, language, ASCII, mouse, default dataset), and a
//! state file goalboard writes (recent datasets, last selection per dataset). A broken file of
//! either kind gives a warning and the defaults, never a crash. The dataset is never written.

mod config;
mod review;
mod state;

pub use config::{Config, ThemeName};
pub use review::{Mark, ReviewKey, Reviews};
pub use state::{Selection, Sort, State};

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::load::file::{ReadError, mib, read_regular};

/// Where the config and state files live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    pub config: PathBuf,
    pub state: PathBuf,
}

impl Paths {
    /// The platform's places (`$XDG_CONFIG_HOME/goalboard/config.toml`,
    /// `$XDG_STATE_HOME/goalboard/state.json` on Linux), with `--config` overriding the config.
    pub fn resolve(config_override: Option<&Path>) -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "goalboard")?;
        let state_dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
        Some(Self {
            config: config_override
                .map_or_else(|| dirs.config_dir().join("config.toml"), Path::to_path_buf),
            state: state_dir.join("state.json"),
        })
    }
}

/// The most a config or state file may hold: either is a few hundred bytes; a larger one was
/// not written by a person or by goalboard.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Why a settings file cannot be read (a missing one is no error: the defaults hold).
#[derive(Debug, thiserror::Error)]
pub(crate) enum Unreadable {
    #[error("the file is {}; a settings file may hold up to {}", mib(*.0), mib(MAX_BYTES))]
    TooLarge(u64),
    #[error("{0}")]
    Read(ReadError),
}

/// A settings file's bytes, `None` when there is none; only a regular file, never past
/// [`MAX_BYTES`] (`load::file`). The error says why, for a warning.
fn read(path: &Path) -> Result<Option<Vec<u8>>, Unreadable> {
    match read_regular(path, MAX_BYTES) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(ReadError::TooLarge(len)) => Err(Unreadable::TooLarge(len)),
        Err(e) => Err(Unreadable::Read(e)),
    }
}

/// `warning: PATH: WHAT`, through the sanitiser: the path, and what the message quotes of
/// the file (a key, a value), may hold escape sequences.
fn warning(path: &Path, what: &str) -> String {
    crate::sanitize::clean(&format!("warning: {}: {what}", path.display())).into_owned()
}

/// Writes a file so that a reader sees either the old or the new content, never half: a
/// temporary file beside it, flushed to disk, then renamed over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".tmp{}", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("goalboard-settings-{}", std::process::id()));
        let path = dir.join("sub").join("f.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.join("sub"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
