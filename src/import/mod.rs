//! `goalboard import`: numbers from spreadsheets and statistics offices' files into a dataset.
//!
//! ```text
//! files ─readers─▶ Rows (+ unreadable rows, each with its place) ─plan─▶ Plan (what would change)
//! Plan + the dataset's bytes ─splice─▶ new bytes (only the points concerned) ─write─▶ the file
//! ```
//!
//! Each reader turns one kind of file into the same `Row`s; the planner compares them with the
//! series already in the dataset; the writer inserts or changes only the points concerned, so
//! the rest of the file stays byte for byte.

pub mod apply;
pub mod cell;
pub mod create;
pub mod delimited;
pub mod jsonstat;
pub mod number;
pub mod period;
pub mod plan;
pub mod scan;
pub mod sheet;
pub mod splice;
pub mod table;
pub mod text;
pub mod write;

use std::fmt;
use std::path::Path;

use crate::model::Period;
pub use number::Decimal;

/// Where a row came from: a line of a text file, a cell of a sheet, a place in a JSON file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spot {
    Line(usize),
    Cell { sheet: String, cell: String },
    Path(String),
    File,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub spot: Spot,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.spot {
            Spot::Line(line) => write!(f, "{}:{line}", self.file),
            Spot::Cell { sheet, cell } => write!(f, "{}: {sheet}!{cell}", self.file),
            Spot::Path(path) => write!(f, "{}: {path}", self.file),
            Spot::File => write!(f, "{}", self.file),
        }
    }
}

/// What kind of number a point is (format v1.1); `measured` is the default and not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Measured,
    Planned,
    Estimated,
}

impl Kind {
    /// The kind a cell names, in English or Danish.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_lowercase().as_str() {
            "" | "measured" | "målt" => Some(Kind::Measured),
            "planned" | "planlagt" => Some(Kind::Planned),
            "estimated" | "estimeret" | "skønnet" | "anslået" => Some(Kind::Estimated),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Measured => "measured",
            Kind::Planned => "planned",
            Kind::Estimated => "estimated",
        }
    }
}

/// One number read from a file, for one indicator (or one of its breakdowns) at one date.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub place: Place,
    pub indicator: String,
    /// Dimension name and value, sorted by name; empty for the indicator's own series.
    pub dimensions: Vec<(String, String)>,
    pub date: Period,
    pub value: f64,
    pub note: Option<String>,
    pub kind: Kind,
    /// For a new dataset (`-o`): the indicator's title and goal, when the file gives them.
    pub title: Option<String>,
    pub goal: Option<String>,
}

/// A row that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub place: Place,
    pub why: String,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.why)
    }
}

/// Everything read from the files.
#[derive(Clone, Debug, Default)]
pub struct Rows {
    pub rows: Vec<Row>,
    pub unreadable: Vec<Unreadable>,
    /// What the readers decided that a person may want to know (encoding, decimal mark, layout).
    pub notes: Vec<String>,
}

impl Rows {
    pub fn extend(&mut self, other: Rows) {
        self.rows.extend(other.rows);
        self.unreadable.extend(other.unreadable);
        self.notes.extend(other.notes);
    }

    fn refuse(&mut self, file: &str, spot: Spot, why: impl Into<String>) {
        self.unreadable.push(Unreadable {
            place: Place {
                file: file.to_owned(),
                spot,
            },
            why: why.into(),
        });
    }
}

/// How to read the files: what the command line says.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `--decimal-comma`: `Some(Comma)`; else the mark is detected.
    pub decimal: Option<Decimal>,
    /// `--sheet`: the sheet of a workbook (default: the first).
    pub sheet: Option<String>,
    /// `--select DIM=VALUE`: keep only these values of these dimensions.
    pub select: Vec<(String, String)>,
    /// `--indicator ID`: the indicator that rows without an indicator column belong to.
    pub indicator: Option<String>,
}

/// Whether an indicator id is one the format allows: `[A-Za-z0-9_.-]+`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// The largest file import reads: spreadsheets and downloads are far smaller.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Reads one file by its kind (its extension, or its first bytes for JSON).
pub fn read_file(path: &Path, options: &Options) -> Rows {
    let name = path.display().to_string();
    let mut rows = Rows::default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        return sheet::read(path, &name, options);
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > MAX_INPUT_BYTES => {
            rows.refuse(
                &name,
                Spot::File,
                "the file is too large to import (over 256 MiB)",
            );
            return rows;
        }
        Ok(meta) if meta.is_dir() => {
            rows.refuse(&name, Spot::File, "is a directory");
            return rows;
        }
        _ => {}
    }
    match std::fs::read(path) {
        Ok(bytes) => read_bytes(&bytes, &name, &ext, options),
        Err(e) => {
            rows.refuse(&name, Spot::File, format!("cannot read the file: {e}"));
            rows
        }
    }
}

/// Reads the bytes of a text file: JSON-stat when it is JSON, else a delimited table.
pub fn read_bytes(bytes: &[u8], name: &str, ext: &str, options: &Options) -> Rows {
    let (text, encoding) = text::decode(bytes);
    let first = text.trim_start().chars().next();
    if ext == "json" || first == Some('{') {
        return jsonstat::read(&text, name, options);
    }
    let mut rows = delimited::read(&text, name, ext, options);
    if encoding != text::Encoding::Utf8 {
        rows.notes
            .push(format!("{name}: read as {}", encoding.name()));
    }
    rows
}
