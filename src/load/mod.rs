//! Bytes or a path → a validated `Dataset` plus diagnostics. The file is read into memory once
//! and parsed straight into the raw structs (no whole-file `serde_json::Value`: files reach
//! 100 MB); every member is lenient, so one run finds every problem; line:column of the
//! problems found after parsing is looked up only when there are some.

pub mod field;
pub mod locate;
pub mod path;
pub mod raw;

use std::io::Read;
use std::path::Path;

use crate::check::{Anchor, Finding, check, unknown::unknown_fields};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Dataset;
use field::Field;
use locate::{Spot, locate, position_of};
use path::{JsonPath, Seg};
use raw::RawDataset;

/// The largest file goalboard reads (documented in docs/dataset-format.md).
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// A loaded file: the dataset when it has no error, and every diagnostic in file order.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub dataset: Option<Dataset>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    fn failed(file: &str, message: impl Into<String>) -> Self {
        Self {
            dataset: None,
            diagnostics: vec![Diagnostic::file_error(file, message)],
        }
    }
}

/// Loads a file; `path` as given is the name shown in messages.
pub fn load_path(path: &Path) -> Loaded {
    let file = path.display().to_string();
    match read(path) {
        Ok(bytes) => load_bytes(&bytes, &file),
        Err(message) => Loaded::failed(&file, message),
    }
}

/// The bytes of a file, or why they cannot be had, in words for the person who named it.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("is a directory, not a dataset file".to_owned());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_message(&e))?;
    // `take` guards against files that grow, and devices without a length.
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    Ok(bytes)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => {
            "cannot read the file: permission denied".to_owned()
        }
        std::io::ErrorKind::IsADirectory => "is a directory, not a dataset file".to_owned(),
        _ => format!("cannot read the file: {e}"),
    }
}

fn too_large(len: u64) -> String {
    let mib = |n: u64| n as f64 / (1024.0 * 1024.0);
    format!(
        "the file is {:.1} MiB; goalboard reads files up to {} MiB",
        mib(len),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Loads a dataset from bytes; `file` is the name shown in messages.
pub fn load_bytes(bytes: &[u8], file: &str) -> Loaded {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Loaded::failed(file, too_large(bytes.len() as u64));
    }
    // Editors on Windows may start a UTF-8 file with a byte order mark: not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(problem) = encoding_problem(bytes) {
        let mut d = Diagnostic::file_error(file, problem.message);
        (d.line, d.column) = (problem.line, problem.column);
        return Loaded {
            dataset: None,
            diagnostics: vec![d],
        };
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Loaded::failed(file, "the file is empty");
    }
    match parse(bytes) {
        Ok(parsed) => finish(bytes, file, &parsed),
        Err(d) => Loaded {
            dataset: None,
            diagnostics: vec![d.in_file(file)],
        },
    }
}

struct EncodingProblem {
    message: String,
    line: Option<usize>,
    column: Option<usize>,
}

fn encoding_problem(bytes: &[u8]) -> Option<EncodingProblem> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Some(EncodingProblem {
            message: "the file is UTF-16, not UTF-8: save it as UTF-8".to_owned(),
            line: None,
            column: None,
        });
    }
    let e = std::str::from_utf8(bytes).err()?;
    let at = e.valid_up_to();
    let (line, column) = position_of(bytes, at);
    let byte = bytes.get(at).copied().unwrap_or_default();
    Some(EncodingProblem {
        message: format!("invalid UTF-8 (byte 0x{byte:02X}): save the file as UTF-8"),
        line: Some(line),
        column: Some(column),
    })
}

/// What the parse produced: the raw dataset and the paths of unknown members.
struct Parsed {
    root: Field<RawDataset>,
    unknown: Vec<JsonPath>,
}

/// A parse failure, before it is given a file name.
struct Failure {
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl Failure {
    fn in_file(self, file: &str) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            path: self.path,
            line: self.line,
            column: self.column,
            message: self.message,
        }
    }
}

fn parse(bytes: &[u8]) -> Result<Parsed, Failure> {
    let mut unknown = Vec::new();
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result = {
        let mut note = |p: serde_ignored::Path| unknown.push(ignored_path(&p));
        let tracked = serde_ignored::Deserializer::new(&mut de, &mut note);
        serde_path_to_error::deserialize(tracked)
    };
    let root = result.map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        failure(bytes, path, e.inner())
    })?;
    de.end().map_err(|e| failure(bytes, String::new(), &e))?;
    Ok(Parsed { root, unknown })
}

/// serde_json's error in one plain line, with the column counted in characters.
fn failure(bytes: &[u8], path: String, e: &serde_json::Error) -> Failure {
    let full = e.to_string();
    let text = match full.rfind(" at line ") {
        Some(cut) if e.line() > 0 => &full[..cut],
        _ => full.as_str(),
    };
    let message = if text == "recursion limit exceeded" {
        "nested deeper than 128 levels (recursion limit exceeded)".to_owned()
    } else if e.is_syntax() || e.is_eof() {
        format!("invalid JSON: {text}")
    } else {
        text.to_owned()
    };
    let (line, column) = if e.line() > 0 {
        let (l, c) = char_column(bytes, e.line(), e.column());
        (Some(l), Some(c))
    } else {
        (None, None)
    };
    Failure {
        path,
        line,
        column,
        message,
    }
}

/// serde_json counts columns in bytes; people and editors count characters.
fn char_column(bytes: &[u8], line: usize, byte_column: usize) -> (usize, usize) {
    let line_start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(i, _)| i + 1)
    };
    let end = (line_start + byte_column.saturating_sub(1)).min(bytes.len());
    let chars = bytes[line_start..end]
        .iter()
        .filter(|b| **b & 0xC0 != 0x80)
        .count();
    (line, chars + 1)
}

/// serde_ignored's path of an unknown member as a `JsonPath`.
fn ignored_path(p: &serde_ignored::Path) -> JsonPath {
    let mut segs = Vec::new();
    let mut at = p;
    loop {
        match at {
            serde_ignored::Path::Root => break,
            serde_ignored::Path::Seq { parent, index } => {
                segs.push(Seg::Index(*index));
                at = parent;
            }
            serde_ignored::Path::Map { parent, key } => {
                segs.push(Seg::Key(key.clone()));
                at = parent;
            }
            serde_ignored::Path::Some { parent }
            | serde_ignored::Path::NewtypeStruct { parent }
            | serde_ignored::Path::NewtypeVariant { parent } => at = parent,
        }
    }
    segs.reverse();
    JsonPath(segs)
}

/// Checks what was parsed and turns findings into diagnostics with line:column.
fn finish(bytes: &[u8], file: &str, parsed: &Parsed) -> Loaded {
    let (dataset, mut findings) = match &parsed.root {
        Field::Ok(raw) => check(raw),
        other => {
            let found = match other {
                Field::Wrong(kind) => kind.described(),
                _ => "null",
            };
            let message = format!("expected an object (a dataset), found {found}");
            let finding = Finding {
                severity: Severity::Error,
                path: JsonPath::default(),
                anchor: Anchor::Value,
                message,
            };
            (None, vec![finding])
        }
    };
    findings.extend(unknown_fields(parsed.unknown.clone()));
    let diagnostics = diagnostics(bytes, file, findings);
    Loaded {
        dataset,
        diagnostics,
    }
}

fn diagnostics(bytes: &[u8], file: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    let anchors: Vec<(JsonPath, Spot)> = findings
        .iter()
        .map(|f| match f.anchor {
            Anchor::Value => (f.path.clone(), Spot::Value),
            Anchor::Key => (f.path.clone(), Spot::Key),
            Anchor::Parent => (f.path.parent(), Spot::Value),
        })
        .collect();
    let targets: Vec<(&JsonPath, Spot)> = anchors.iter().map(|(p, s)| (p, *s)).collect();
    let positions = locate(bytes, &targets);
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .zip(positions)
        .map(|(f, pos)| Diagnostic {
            severity: f.severity,
            file: file.to_owned(),
            path: f.path.to_string(),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            message: f.message,
        })
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.column));
    diagnostics
}
