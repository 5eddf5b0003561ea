//! The import into a dataset file, as the command does it: read and check the dataset, plan,
//! and (when asked) splice, check the new text, and write it atomically. Printing is the
//! command's; this is what it and the benchmark share.

use std::path::{Path, PathBuf};

use super::plan::{Plan, plan};
use super::splice::splice;
use super::{Row, write};
use crate::diagnostic::Diagnostic;
use crate::load::{load_bytes, load_path};

/// A dataset read and planned against: its bytes, its errors, and what would change.
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub errors: Vec<Diagnostic>,
    pub plan: Plan,
}

/// Why an import could not be planned or written: a sentence for the person who asked.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{0}: cannot read the dataset: {1}")]
    Read(String, std::io::Error),
    #[error("{0}: {1}")]
    Scan(String, super::scan::ScanError),
    #[error("{0} has errors: fix them (goalboard check) before importing into it")]
    Invalid(String),
    #[error("nothing written: the import would leave {0} with an error: {1}")]
    WouldBreak(String, String),
    #[error("{0}: nothing written: {1}")]
    Write(String, std::io::Error),
}

/// Reads the dataset, checks it (the parallel loader, as `goalboard FILE` does) and plans.
pub fn prepare(path: &Path, rows: &[Row]) -> Result<Prepared, ApplyError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ApplyError::Read(name.clone(), e))?;
    let errors = load_path(path).errors().cloned().collect();
    let plan = plan(&bytes, rows).map_err(|e| ApplyError::Scan(name, e))?;
    Ok(Prepared {
        bytes,
        errors,
        plan,
    })
}

/// Splices the plan in, checks the result, writes it; returns where the old version is kept.
pub fn commit(path: &Path, prepared: &Prepared, revise: bool) -> Result<PathBuf, ApplyError> {
    let name = path.display().to_string();
    if !prepared.errors.is_empty() {
        return Err(ApplyError::Invalid(name));
    }
    let new = splice(&prepared.bytes, &prepared.plan, revise)
        .map_err(|e| ApplyError::Scan(name.clone(), e))?;
    if let Some(first) = load_bytes(&new, &name).errors().next() {
        return Err(ApplyError::WouldBreak(name, first.message.clone()));
    }
    write::replace(path, &new).map_err(|e| ApplyError::Write(name, e))
}
