//! Open SDG data repositories (the open-sdg-data-starter layout) opened as they are: the
//! reader turns one into a goalboard v1.1 dataset document, which the ordinary loader then
//! loads, so a repository is checked, reported and shown exactly as a file would be. The
//! reader's own problems (a bad CSV cell, broken YAML front matter) carry their file, line
//! and column; the indicator they concern stays in the dataset, marked with its error.
//! The mapping rules are written out in docs/open-sdg.md.

pub mod config;
mod document;
pub mod global;
pub mod meta;
mod progress;
pub mod table;
pub mod translations;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{Loaded, load_bytes};
use crate::message::{Message, OpenSdg};

/// A problem in one file of the repository, before the file is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: Message,
}

impl Problem {
    /// A problem worded in English only.
    pub fn at(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self::said(line, column, Message::Other(message.into()))
    }

    /// A problem worded in each language.
    pub fn said(line: usize, column: usize, message: impl Into<Message>) -> Self {
        Self {
            line,
            column,
            message: message.into(),
        }
    }

    /// A YAML error, its line moved down by the `offset` lines before the YAML in its file.
    pub fn yaml(e: &serde_yaml_ng::Error, offset: usize) -> Self {
        let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        let reason = without_position(&e.to_string());
        Self::said(line + offset, column, OpenSdg::InvalidYaml { reason })
    }

    fn in_file(self, file: &str) -> Diagnostic {
        let position = (self.line > 0).then_some((self.line, self.column));
        Diagnostic::new(Severity::Error, file, String::new(), position, self.message)
    }
}

/// A YAML message without its " at line N column M" (relative to the YAML, not the file).
fn without_position(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(" at line ") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + " at line ".len()..];
        let skip = tail
            .find(|c: char| !(c.is_ascii_digit() || c == ' ' || "column".contains(c)))
            .unwrap_or(tail.len());
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
}

/// The dataset document of a repository, and every problem the reader found.
#[derive(Clone, Debug)]
pub struct Imported {
    pub document: serde_json::Value,
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether `dir` is an Open SDG data repository: it has `data/indicator_*.csv` files (or
/// the data folder its `config_data.yml` names does).
pub fn is_repository(dir: &Path) -> bool {
    let data_dir = config::read(dir).map_or_else(|_| "data".to_owned(), |c| c.data_dir);
    files_in(&dir.join(data_dir), &["csv"])
        .iter()
        .any(|p| data_file_id(p).is_some())
}

/// Reads a repository into a goalboard dataset document.
pub fn read_repository(dir: &Path) -> Imported {
    let mut problems: Vec<(String, Problem)> = Vec::new();
    let config = config::read(dir).unwrap_or_else(|p| {
        problems.push((shown(dir, &dir.join("config_data.yml")), p));
        config::Config::default()
    });
    let document = document::build(dir, &config, &mut problems);
    let diagnostics = problems
        .into_iter()
        .map(|(file, p)| p.in_file(&file))
        .collect();
    Imported {
        document,
        diagnostics,
    }
}

/// Loads a repository as the loader loads a file: the reader's problems come first, then
/// the loader's. A repository with broken indicators still gives a dataset (those
/// indicators marked), so the dashboard and `report` show what is fine.
pub fn load_dir(dir: &Path) -> Loaded {
    let imported = read_repository(dir);
    let bytes = serde_json::to_vec(&imported.document).unwrap_or_default();
    let name = dir.display().to_string();
    let mut loaded = load_bytes(&bytes, &name);
    let mut diagnostics = imported.diagnostics;
    diagnostics.append(&mut loaded.diagnostics);
    loaded.diagnostics = diagnostics;
    loaded
}

/// The id of a data file: `indicator_1-2-1.csv` → `1-2-1`; other files are not indicators.
pub fn data_file_id(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    stem.strip_prefix("indicator_").and_then(meta::id_of)
}

/// The files of `dir` with one of the extensions, sorted by name; none when it is absent.
pub fn files_in(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
                && p.is_file()
        })
        .collect();
    files.sort();
    files
}

/// A file as shown in messages: the repository as named, then the path inside it.
pub fn shown(repo: &Path, file: &Path) -> String {
    file.strip_prefix(repo)
        .map_or_else(|_| file.to_path_buf(), |inner| repo.join(inner))
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn yaml_messages_lose_their_yaml_positions() {
        assert_eq!(
            super::without_position("did not find expected ',' at line 3 column 1, while parsing"),
            "did not find expected ',', while parsing"
        );
    }
}
