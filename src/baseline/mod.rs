//! The older version a comparison starts from (`--since`): an older copy of the file
//! (`--since FILE`), the dataset's own earlier version in its git repository (`--since
//! git:REV`, a revision or a day), or the latest review mark (`--since last-review`). Each is
//! loaded and checked like any dataset; what goes wrong is a [`BaselineError`] that names what
//! failed.

mod git;
mod words;

pub use git::GitError;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::load::{load_bytes, load_path};
use crate::model::Dataset;
use crate::report::changes::Origin;
use crate::settings::{ReviewKey, Reviews};

/// A `--since` as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BaselineSpec {
    /// An older copy of the dataset.
    File(PathBuf),
    /// `git:REV`: a revision git knows (`HEAD~3`, a tag, a hash) or a day (`2017-03-01`).
    Git(String),
    /// `last-review`: the latest review mark of the dataset.
    LastReview,
}

impl BaselineSpec {
    /// Reads a `--since` value; a file named `last-review` is `./last-review`.
    pub fn parse(s: &str) -> Self {
        if s == "last-review" {
            BaselineSpec::LastReview
        } else if let Some(rev) = s.strip_prefix("git:") {
            BaselineSpec::Git(rev.to_owned())
        } else {
            BaselineSpec::File(PathBuf::from(s))
        }
    }
}

impl fmt::Display for BaselineSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BaselineSpec::File(path) => write!(f, "{}", path.display()),
            BaselineSpec::Git(rev) => write!(f, "git:{rev}"),
            BaselineSpec::LastReview => f.write_str("last-review"),
        }
    }
}

/// Why a baseline cannot be had.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("the baseline '{name}' has errors:\n{}", list(.diagnostics))]
    Invalid {
        name: String,
        diagnostics: Vec<Diagnostic>,
    },
    #[error("'{dir}' is not in a git repository: {cause}")]
    NotARepository { dir: String, cause: GitError },
    #[error("git has no revision '{rev}': {cause}")]
    UnknownRevision { rev: String, cause: GitError },
    #[error("'{file}' is not in git revision '{rev}': {cause}")]
    NotInRevision {
        rev: String,
        file: String,
        cause: GitError,
    },
    #[error("the bundled dataset has no {0}; name a dataset file")]
    Bundled(&'static str),
    #[error("no review of '{0}' is marked yet (mark one with `M` in the dashboard)")]
    NoReview(String),
    #[error("cannot read the review marks: {0}")]
    Reviews(String),
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A baseline loaded and checked, with where it came from.
pub struct Baseline {
    pub dataset: Dataset,
    pub origin: Origin,
}

/// Where the current dataset comes from: a file, or the bundled dataset (no file, no git).
#[derive(Clone, Copy, Debug)]
pub enum Current<'a> {
    File(&'a Path),
    Bundled,
}

/// Loads the baseline a `--since` names for the current dataset. `reviews` is where review
/// marks live (None when the state directory is unknown).
pub fn resolve(
    spec: &BaselineSpec,
    current: Current<'_>,
    reviews: Option<&Reviews>,
) -> Result<Baseline, BaselineError> {
    match spec {
        BaselineSpec::File(path) => {
            let loaded = load_path(path);
            checked(loaded, &path.display().to_string()).map(|dataset| Baseline {
                dataset,
                origin: Origin::File(path.display().to_string()),
            })
        }
        BaselineSpec::Git(rev) => {
            let Current::File(file) = current else {
                return Err(BaselineError::Bundled("git history"));
            };
            if file.is_dir() {
                return git_folder(file, rev);
            }
            let (bytes, day) = git::show(file, rev)?;
            let name = format!("git:{rev}:{}", file.display());
            checked(load_bytes(&bytes, &name), &name).map(|dataset| Baseline {
                dataset,
                origin: Origin::Git {
                    rev: rev.clone(),
                    day,
                },
            })
        }
        BaselineSpec::LastReview => last_review(current, reviews),
    }
}

/// An Open SDG repository (a folder) as it was at a revision: written out, loaded as a
/// repository, and its problems named as in the revision (`git:REV:DIR/…`), not the copy.
fn git_folder(dir: &Path, rev: &str) -> Result<Baseline, BaselineError> {
    let (checkout, day) = git::checkout(dir, rev)?;
    let tree = checkout.tree();
    let name = format!("git:{rev}:{}", dir.display());
    if !crate::opensdg::is_repository(&tree) {
        return Err(BaselineError::NotInRevision {
            rev: rev.to_owned(),
            file: dir.display().to_string(),
            cause: GitError::NoOpenSdg,
        });
    }
    let mut loaded = crate::opensdg::load_dir(&tree);
    let copy = tree.display().to_string();
    for d in &mut loaded.diagnostics {
        if let Some(rest) = d.file.strip_prefix(&copy) {
            d.file = format!("{name}{rest}");
        }
    }
    checked(loaded, &name).map(|dataset| Baseline {
        dataset,
        origin: Origin::Git {
            rev: rev.to_owned(),
            day,
        },
    })
}

fn last_review(current: Current<'_>, reviews: Option<&Reviews>) -> Result<Baseline, BaselineError> {
    let key = match current {
        Current::File(path) => ReviewKey::file(path),
        Current::Bundled => ReviewKey::bundled(),
    };
    let name = key.to_string();
    let mark = reviews
        .ok_or_else(|| BaselineError::NoReview(name.clone()))?
        .latest(&key)
        .map_err(|e| BaselineError::Reviews(e.to_string()))?
        .ok_or_else(|| BaselineError::NoReview(name.clone()))?;
    let shown = format!("{} ({})", mark.content.display(), name);
    checked(load_path(&mark.content), &shown).map(|dataset| Baseline {
        dataset,
        origin: Origin::Review(mark.day()),
    })
}

fn checked(loaded: crate::load::Loaded, name: &str) -> Result<Dataset, BaselineError> {
    match loaded.dataset {
        Some(dataset) if !loaded.has_errors() => Ok(dataset),
        _ => Err(BaselineError::Invalid {
            name: name.to_owned(),
            diagnostics: loaded.diagnostics,
        }),
    }
}
