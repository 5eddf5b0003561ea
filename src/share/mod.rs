//! Following a presenter: one dashboard (`--share`) publishes where it is, others (`follow`)
//! move along on their own copy of the dataset, each in its own size, language and colours.
//! Only positions cross, by id; never the dataset's content. Terminal-free: the dashboard turns
//! positions into actions elsewhere.
//!
//! | module | holds |
//! |---|---|
//! | [`protocol`] | the message (a position, the reload generation), as newline-delimited JSON with a size cap |
//! | [`place`] | the sockets' directory, its modes and group, socket names from the dataset's path |
//! | [`publisher`] | the presenter's thread: never waits for a follower, latest position only |
//! | [`follower`] | the follower's thread: reads positions, notices the presenter leave and return |

pub mod follower;
pub mod place;
pub mod protocol;
pub mod publisher;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

pub use follower::{FollowEvent, Follower};
pub use place::Access;
pub use protocol::{BrowserFilter, Message, Position, ProtocolError};
pub use publisher::Publisher;

/// What can go wrong in setting up a share or finding one.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error("there is no group '{0}'")]
    NoSuchGroup(String),
    #[error("you are not a member of the group '{0}', so you cannot share with it")]
    NotAMember(String),
    #[error("{}: {source}", dir.display())]
    Dir {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: not a directory of yours; remove it or share another way", .0.display())]
    NotOurs(PathBuf),
    #[error("{}: {source}", path.display())]
    Socket {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: there is a file of another kind where the share's socket goes", .0.display())]
    NotASocket(PathBuf),
    #[error("{}: too long a path for a socket (set XDG_RUNTIME_DIR to a shorter directory)", .0.display())]
    PathTooLong(PathBuf),
    #[error(
        "another goalboard already shares this dataset ({}); follow it with `goalboard follow`, or quit it first",
        .0.display()
    )]
    AlreadyShared(PathBuf),
    #[error("no one shares {}", .0.display())]
    NotShared(PathBuf),
    #[error("{}", no_share(name.as_deref(), dirs))]
    NoShare {
        name: Option<String>,
        dirs: Vec<PathBuf>,
    },
    #[error("there is nowhere to put the share's socket (no XDG_RUNTIME_DIR and no home)")]
    NoDir,
}

fn no_share(name: Option<&str>, dirs: &[PathBuf]) -> String {
    let looked: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    let what = name.map_or_else(|| "no share".to_owned(), |n| format!("no share '{n}'"));
    format!(
        "{what} found (looked in {}); start one with `goalboard --share`",
        looked.join(", ")
    )
}

/// Starts sharing a dataset (`None`: the bundled one) in the directory for this access.
pub fn start(dataset: Option<&Path>, access: &Access) -> Result<Publisher, ShareError> {
    let dir = place::dir(access).ok_or(ShareError::NoDir)?;
    start_in(&dir, dataset, access)
}

/// As [`start`], in a given directory (tests use a temporary one).
pub fn start_in(
    dir: &Path,
    dataset: Option<&Path>,
    access: &Access,
) -> Result<Publisher, ShareError> {
    place::prepare_dir(dir, access)?;
    let path = place::socket_path(dir, &place::socket_name(dataset))?;
    Publisher::bind(&path, access)
}
