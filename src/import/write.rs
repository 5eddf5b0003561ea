//! Writing a dataset so that no crash, kill or full disk leaves half a file: the new text goes
//! to a temporary file in the same directory, is flushed to disk, and only then renamed over
//! the dataset (a rename within one directory is atomic). The previous version is kept beside
//! it as `NAME.bak` (a hard link to the old file, so keeping it costs no space).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where the previous version of `path` is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

fn temporary(path: &Path, what: &str) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{what}-{}.tmp", std::process::id()));
    path.with_file_name(name)
}

/// Replaces the file at `path` with `bytes`, keeping the old one at [`backup_path`].
/// On any error the dataset is as it was and no temporary file is left.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let tmp = temporary(path, "import");
    let written = write_new(&tmp, path, bytes);
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let backup = backup_path(path);
    if let Err(e) = keep_previous(path, &backup) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // The rename is on disk only once the directory is: best effort (not every system can).
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(backup)
}

/// A new file with the bytes, flushed to disk, with the permissions of the file it replaces.
fn write_new(tmp: &Path, original: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::options().write(true).create_new(true).open(tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    if let Ok(meta) = fs::metadata(original) {
        fs::set_permissions(tmp, meta.permissions())?;
    }
    Ok(())
}

/// The old version at `backup`: a hard link where the file system has them, else a copy.
fn keep_previous(path: &Path, backup: &Path) -> io::Result<()> {
    let tmp = temporary(path, "bak");
    let _ = fs::remove_file(&tmp);
    if fs::hard_link(path, &tmp).is_err()
        && let Err(e) = fs::copy(path, &tmp)
    {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs::rename(&tmp, backup)
}

/// Writes a new file that must not exist yet (for `-o`), by the same temporary-file route.
pub fn create(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.exists() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "the file exists; goalboard does not overwrite it",
        ));
    }
    let tmp = temporary(path, "new");
    let result = write_new(&tmp, path, bytes).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_the_previous_version() {
        let dir = std::env::temp_dir().join(format!("goalboard-write-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("d.json");
        fs::write(&path, "old").unwrap();
        let backup = replace(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_to_string(&backup).unwrap(), "old");
        assert_eq!(backup, dir.join("d.json.bak"));
        replace(&path, b"newer").unwrap();
        assert_eq!(fs::read_to_string(&backup).unwrap(), "new");
        let left: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 2, "no temporary file left: {left:?}");
        assert!(create(&path, b"x").is_err(), "never overwrites with -o");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_dataset_as_it_was() {
        let dir = std::env::temp_dir().join(format!("goalboard-write-fail-{}", std::process::id()));
        let path = dir.join("missing-dir").join("d.json");
        assert!(replace(&path, b"new").is_err());
        assert!(!path.exists());
    }
}
