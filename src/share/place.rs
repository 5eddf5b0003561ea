//! Where shares live and who may reach them. A private share sits in a per-user directory under
//! `$XDG_RUNTIME_DIR` (else the state directory), mode 0700, its socket 0600. A share for a group
//! (`--share-group`) cannot live there: `$XDG_RUNTIME_DIR` is the user's alone (0700 by its
//! specification), so no member could reach inside. It sits in the temporary directory instead,
//! in a directory of the user's own for that group, mode 0750 and 0660 with the group set to it.
//! A directory found there that is not the user's own (made beforehand by someone else) is
//! refused, never used.
//!
//! A socket is named after the dataset's canonical path (a readable stem and a hash), so a
//! presenter that starts again takes the same name and its followers find it again.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::ShareError;

/// Who may follow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    /// The user alone.
    Private,
    /// The user and the members of one group.
    Group { name: String, gid: u32 },
}

impl Access {
    /// The group named (or given by number), which the user must belong to.
    pub fn group(name: &str) -> Result<Self, ShareError> {
        let groups = fs::read_to_string("/etc/group").unwrap_or_default();
        let gid = gid_of(&groups, name).ok_or_else(|| ShareError::NoSuchGroup(name.to_owned()))?;
        let uid = rustix::process::getuid().as_raw();
        let mut mine: Vec<u32> = rustix::process::getgroups()
            .unwrap_or_default()
            .into_iter()
            .map(rustix::process::Gid::as_raw)
            .collect();
        mine.push(rustix::process::getgid().as_raw());
        if !may_share_with(uid, &mine, gid) {
            return Err(ShareError::NotAMember(name.to_owned()));
        }
        Ok(Access::Group {
            name: name.to_owned(),
            gid,
        })
    }

    fn dir_mode(&self) -> u32 {
        match self {
            Access::Private => 0o700,
            Access::Group { .. } => 0o750,
        }
    }

    fn socket_mode(&self) -> u32 {
        match self {
            Access::Private => 0o600,
            Access::Group { .. } => 0o660,
        }
    }

    fn gid(&self) -> Option<u32> {
        match self {
            Access::Private => None,
            Access::Group { gid, .. } => Some(*gid),
        }
    }
}

/// A group's id from `/etc/group`'s text, by name or as a number.
pub(super) fn gid_of(etc_group: &str, name: &str) -> Option<u32> {
    etc_group
        .lines()
        .find_map(|line| {
            let mut fields = line.split(':');
            let group = fields.next()?;
            let gid = fields.nth(1)?.parse().ok()?;
            (group == name).then_some(gid)
        })
        .or_else(|| name.parse().ok())
}

/// Only a member may hand a socket to a group (root may to any).
pub(super) fn may_share_with(uid: u32, my_groups: &[u32], gid: u32) -> bool {
    uid == 0 || my_groups.contains(&gid)
}

/// The directory for shares of this kind, its parent taken from the environment.
pub fn dir(access: &Access) -> Option<PathBuf> {
    let uid = rustix::process::getuid().as_raw();
    match access {
        Access::Private => private_dir(),
        Access::Group { gid, .. } => {
            Some(std::env::temp_dir().join(format!("goalboard-share-{uid}-{gid}")))
        }
    }
}

fn private_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|runtime| runtime.join("goalboard"))
        .or_else(|| {
            let dirs = directories::ProjectDirs::from("", "", "goalboard")?;
            let state = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
            Some(state.join("share"))
        })
}

/// Every directory a follower looks in: the user's own, then each group share it can see.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = dir(&Access::Private).into_iter().collect();
    if let Ok(entries) = fs::read_dir(std::env::temp_dir()) {
        let mut groups: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("goalboard-share-")
            })
            .map(|e| e.path())
            .collect();
        groups.sort();
        dirs.extend(groups);
    }
    dirs
}

/// Makes the directory (or checks the one there) with the access's mode and group.
pub fn prepare_dir(dir: &Path, access: &Access) -> Result<(), ShareError> {
    let fail = |source| ShareError::Dir {
        dir: dir.to_owned(),
        source,
    };
    if let Some(parent) = dir.parent() {
        fs::create_dir_all(parent).map_err(fail)?;
    }
    match fs::DirBuilder::new().mode(access.dir_mode()).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(fail(e)),
    }
    // Not followed through a link: a link planted there could point anywhere.
    let meta = fs::symlink_metadata(dir).map_err(fail)?;
    if !meta.is_dir() || meta.uid() != rustix::process::getuid().as_raw() {
        return Err(ShareError::NotOurs(dir.to_owned()));
    }
    if let Some(gid) = access.gid() {
        std::os::unix::fs::chown(dir, None, Some(gid)).map_err(fail)?;
    }
    // Set after the group, and always: the umask may have narrowed it, an old one widened it.
    fs::set_permissions(dir, fs::Permissions::from_mode(access.dir_mode())).map_err(fail)
}

/// Gives a socket just made its mode and group.
pub fn protect_socket(socket: &Path, access: &Access) -> std::io::Result<()> {
    if let Some(gid) = access.gid() {
        std::os::unix::fs::chown(socket, None, Some(gid))?;
    }
    fs::set_permissions(socket, fs::Permissions::from_mode(access.socket_mode()))
}

/// The longest path a Unix socket may have (`sun_path` less its closing zero).
const MAX_SOCKET_PATH: usize = 107;

/// The socket's name for a dataset: its file's stem (plain characters, cut short) and a hash of
/// its canonical path; `None` is the bundled dataset.
pub fn socket_name(canonical: Option<&Path>) -> String {
    let Some(path) = canonical else {
        return "bundled.sock".to_owned();
    };
    let stem: String = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(32)
        .collect();
    let hash = fnv1a(path.as_os_str().as_encoded_bytes());
    format!("{stem}-{hash:016x}.sock")
}

/// A hash that stays the same across runs and versions (the standard library's may change),
/// since presenters and followers of different builds must agree on a name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The socket's path in a directory, refused when too long for a socket.
pub fn socket_path(dir: &Path, name: &str) -> Result<PathBuf, ShareError> {
    let path = dir.join(name);
    if path.as_os_str().len() > MAX_SOCKET_PATH {
        return Err(ShareError::PathTooLong(path));
    }
    Ok(path)
}

/// The share to follow: `name` is a socket's path, a dataset file's path (its share), or (part
/// of) a socket's name; without it, the newest share found.
pub fn find(name: Option<&str>, dirs: &[PathBuf]) -> Result<PathBuf, ShareError> {
    if let Some(name) = name {
        let path = Path::new(name);
        if let Ok(meta) = fs::metadata(path) {
            if meta.file_type().is_socket() {
                return Ok(path.to_owned());
            }
            if let Ok(canonical) = fs::canonicalize(path) {
                let wanted = socket_name(Some(&canonical));
                return sockets(dirs)
                    .into_iter()
                    .map(|(p, _)| p)
                    .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy() == wanted))
                    .ok_or_else(|| ShareError::NotShared(path.to_owned()));
            }
        }
    }
    let mut found: Vec<(PathBuf, std::time::SystemTime)> = sockets(dirs)
        .into_iter()
        .filter(|(p, _)| {
            name.is_none_or(|n| {
                p.file_name()
                    .is_some_and(|f| f.to_string_lossy().starts_with(n))
            })
        })
        .collect();
    found.sort_by_key(|(_, made)| std::cmp::Reverse(*made));
    match found.into_iter().next() {
        Some((path, _)) => Ok(path),
        None => Err(ShareError::NoShare {
            name: name.map(str::to_owned),
            dirs: dirs.to_vec(),
        }),
    }
}

/// The sockets in these directories, with when each was made.
fn sockets(dirs: &[PathBuf]) -> Vec<(PathBuf, std::time::SystemTime)> {
    dirs.iter()
        .filter_map(|d| fs::read_dir(d).ok())
        .flat_map(Iterator::flatten)
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            let is_ours = e.file_name().to_string_lossy().ends_with(".sock");
            (meta.file_type().is_socket() && is_ours)
                .then(|| (e.path(), meta.modified().unwrap_or(std::time::UNIX_EPOCH)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ETC_GROUP: &str = "root:x:0:\nadm:x:4:syslog,anna\nteam:x:1500:anna,bo\n";

    #[test]
    fn group_by_name_or_number() {
        assert_eq!(gid_of(ETC_GROUP, "team"), Some(1500));
        assert_eq!(gid_of(ETC_GROUP, "adm"), Some(4));
        assert_eq!(gid_of(ETC_GROUP, "1234"), Some(1234));
        assert_eq!(gid_of(ETC_GROUP, "nobody-here"), None);
        assert_eq!(gid_of("broken line\n::\n", "x"), None);
    }

    #[test]
    fn only_members_share_with_a_group() {
        assert!(may_share_with(1000, &[1000, 1500], 1500));
        assert!(!may_share_with(1000, &[1000], 1500));
        assert!(may_share_with(0, &[0], 1500));
    }

    #[test]
    fn name_is_stable_plain_and_differs_by_path() {
        let a = socket_name(Some(Path::new("/data/Ishøj social.json")));
        assert_eq!(a, socket_name(Some(Path::new("/data/Ishøj social.json"))));
        assert!(a.starts_with("Ish-j-social-"), "{a}");
        assert!(Path::new(&a).extension().is_some_and(|e| e == "sock"));
        assert!(a.is_ascii());
        let b = socket_name(Some(Path::new("/other/Ishøj social.json")));
        assert_ne!(a, b);
        assert_eq!(socket_name(None), "bundled.sock");
        // Fixed by the hash's definition, so every build agrees.
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn long_names_are_cut_and_long_paths_refused() {
        let long = format!("/d/{}.json", "x".repeat(300));
        let name = socket_name(Some(Path::new(&long)));
        assert!(name.len() <= 32 + 1 + 16 + 5, "{name}");
        let deep = PathBuf::from(format!("/{}", "d".repeat(100)));
        assert!(matches!(
            socket_path(&deep, &name),
            Err(ShareError::PathTooLong(_))
        ));
        assert!(socket_path(Path::new("/run/user/1000/goalboard"), &name).is_ok());
    }
}
