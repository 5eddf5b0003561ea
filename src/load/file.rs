//! Reading a file that someone else may have swapped for something else: only a regular file
//! is read, it is never waited on, and never read past a limit. A named pipe put where the
//! dataset was (`mkfifo f; mv f data.json`) would block `open` until a writer came, on the
//! dashboard's own thread when it reloads; a link to `/dev/zero` would be read for ever. The
//! dataset loader and the settings both read through here.
//!
//! The type is checked three times, each for a reason: `stat` first (anything that is not a
//! regular file is refused without being opened: opening a device can itself act), then the
//! open does not wait (`O_NONBLOCK`: a named pipe swapped in after the `stat` opens at once
//! instead of waiting for a writer), then `fstat` on what was opened (the name may have been
//! swapped between the two), and the read stops one byte past the limit.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// The system's own error: missing, no permission, …
    Io(io::Error),
    /// A directory, device, named pipe or socket: what it is, in words ("a named pipe (FIFO)").
    NotRegular(&'static str),
    /// Longer than the limit: its length, or the limit and one byte when it grew while read.
    TooLarge(u64),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            ReadError::TooLarge(len) => write!(f, "is {}", mib(*len)),
        }
    }
}

/// A length for people: `512.0 MiB`.
pub fn mib(len: u64) -> String {
    format!("{:.1} MiB", len as f64 / (1024.0 * 1024.0))
}

/// What a file that is not a regular file is, in words; `None` for a regular file.
pub fn not_regular(meta: &Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_char_device() {
            return Some("a character device");
        }
        if kind.is_block_device() {
            return Some("a block device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

fn refuse_special(meta: &Metadata) -> Result<(), ReadError> {
    not_regular(meta).map_or(Ok(()), |kind| Err(ReadError::NotRegular(kind)))
}

/// Opens a regular file for reading without ever waiting on it; gives its length as opened.
pub fn open_regular(path: &Path) -> Result<(File, u64), ReadError> {
    refuse_special(&std::fs::metadata(path)?)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // On a regular file O_NONBLOCK changes nothing; it only keeps `open` from waiting on
        // a named pipe that replaced the file after the `stat` above.
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits().cast_signed());
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    refuse_special(&meta)?;
    Ok((file, meta.len()))
}

/// The bytes of a regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, len) = open_regular(path)?;
    if len > limit {
        return Err(ReadError::TooLarge(len));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // `take` guards against a file that grows while it is read.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("goalboard-file-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        dir
    }

    #[test]
    fn a_regular_file_is_read_up_to_the_limit() {
        let dir = temp_dir("regular");
        let path = dir.join("x.json");
        std::fs::write(&path, b"12345").expect("a file");
        assert_eq!(read_regular(&path, 5).expect("read"), b"12345");
        assert!(matches!(
            read_regular(&path, 4),
            Err(ReadError::TooLarge(5))
        ));
        assert!(matches!(
            read_regular(&dir.join("none"), 4),
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound
        ));
        assert!(matches!(
            read_regular(&dir, 4),
            Err(ReadError::NotRegular("a directory"))
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        let started = std::time::Instant::now();
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), u64::MAX - 1),
            Err(ReadError::NotRegular("a character device"))
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = temp_dir("fifo");
        let fifo = dir.join("data.json");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if made {
            // Without a writer, a blocking open would wait here for ever.
            assert!(matches!(
                read_regular(&fifo, 100),
                Err(ReadError::NotRegular("a named pipe (FIFO)"))
            ));
            // A link to it is what it points at.
            let link = dir.join("link.json");
            std::os::unix::fs::symlink(&fifo, &link).expect("a link");
            assert!(matches!(
                open_regular(&link),
                Err(ReadError::NotRegular("a named pipe (FIFO)"))
            ));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
