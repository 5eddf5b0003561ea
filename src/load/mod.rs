//! Bytes or a path → a validated `Dataset` plus diagnostics. The file is read into memory once
//! and parsed straight into the raw structs (no whole-file `serde_json::Value`: files reach
//! 100 MB); every member is lenient, so one run finds every problem; line:column of the
//! problems found after parsing is looked up only when there are some.

pub mod depth;
mod fast;
pub mod file;
pub mod locate;

/// The fast path's entry points, reachable from outside the crate only for
/// `tests/load_parallel.rs` and `fuzz/fuzz_targets/fast_path.rs`, which compare it with the
/// ordinary path. Everything else goes through [`load_path`].
#[doc(hidden)]
pub mod parallel {
    pub use super::fast::{MIN_FILE_BYTES, load_clean, load_clean_from};
}

use std::path::Path;

use serde::Deserialize;

use crate::check::{Anchor, Finding, check_all, unknown::unknown_fields};
use crate::diagnostic::{Diagnostic, Severity};
use crate::message::{Json, JsonSyntax, Member, Message, Reading, Special};
use crate::model::Dataset;
use crate::raw::RawDataset;
use crate::raw::field::Field;
use crate::raw::path::{JsonPath, Seg};
use locate::{Spot, locate, position_of};

/// The largest file goalboard reads (documented in docs/dataset-format.md).
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// A loaded file: the dataset when it has no error, and every diagnostic in file order.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub dataset: Option<Dataset>,
    pub diagnostics: Vec<Diagnostic>,
    /// A file that parsed but has errors: what passed the checks (the values with errors left
    /// out), for the dashboard to show beside its errors. `check` and `report` refuse it.
    pub partial: Option<Box<Dataset>>,
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

    fn failed(file: &str, message: impl Into<Message>) -> Self {
        Self {
            dataset: None,
            diagnostics: vec![Diagnostic::file_error(file, message)],
            partial: None,
        }
    }
}

/// Loads a file; `path` as given is the name shown in messages.
pub fn load_path(path: &Path) -> Loaded {
    // An Open SDG data repository is a directory; it becomes a dataset document first.
    if path.is_dir() && crate::opensdg::is_repository(path) {
        return crate::opensdg::load_dir(path);
    }
    if let Some(dataset) = fast::load_clean(path) {
        return Loaded {
            dataset: Some(dataset),
            diagnostics: Vec::new(),
            partial: None,
        };
    }
    let file = path.display().to_string();
    // Only a regular file is read, never waited on, and never past [`MAX_FILE_BYTES`] (see
    // [`file`]): a named pipe or `/dev/zero` put in the dataset's place is refused at once.
    match file::read_regular(path, MAX_FILE_BYTES) {
        Ok(bytes) => load_bytes(&bytes, &file),
        Err(e) => Loaded::failed(&file, read_message(e)),
    }
}

/// Why a file's bytes cannot be had, in words for the person who named it.
fn read_message(e: file::ReadError) -> Reading {
    match e {
        file::ReadError::Io(e) => io_message(&e),
        file::ReadError::NotRegular("a directory") => Reading::IsADirectory,
        file::ReadError::NotRegular(kind) => Reading::NotRegular {
            what: special(kind),
        },
        file::ReadError::TooLarge(len) => too_large(len),
    }
}

/// What `file::not_regular` calls a path that is not a regular file.
fn special(kind: &str) -> Special {
    match kind {
        "a named pipe (FIFO)" => Special::NamedPipe,
        "a character device" => Special::CharacterDevice,
        "a block device" => Special::BlockDevice,
        "a socket" => Special::Socket,
        _ => Special::Other,
    }
}

fn io_message(e: &std::io::Error) -> Reading {
    match e.kind() {
        std::io::ErrorKind::NotFound => Reading::NoSuchFile,
        std::io::ErrorKind::PermissionDenied => Reading::PermissionDenied,
        std::io::ErrorKind::IsADirectory => Reading::IsADirectory,
        _ => Reading::CannotRead {
            reason: e.to_string(),
        },
    }
}

fn too_large(len: u64) -> Reading {
    Reading::TooLarge {
        bytes: len,
        max_mib: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// Loads a dataset from bytes; `file` is the name shown in messages.
pub fn load_bytes(bytes: &[u8], file: &str) -> Loaded {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Loaded::failed(file, too_large(bytes.len() as u64));
    }
    // Editors on Windows may start a UTF-8 file with a byte order mark: not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Loaded::failed(file, Reading::Empty);
    }
    let parsed = match utf8(bytes).and_then(parse) {
        Ok(parsed) => parsed,
        Err(failure) => {
            return Loaded {
                dataset: None,
                diagnostics: vec![failure.in_file(file)],
                partial: None,
            };
        }
    };
    finish(bytes, file, parsed)
}

/// The bytes as text, or why they are not UTF-8.
fn utf8(bytes: &[u8]) -> Result<&str, Failure> {
    if let Some(encoding) = wide_encoding(bytes) {
        return Err(Failure {
            path: String::new(),
            line: None,
            column: None,
            message: Box::new(Reading::WideEncoding { encoding }.into()),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let (line, column) = position_of(bytes, at);
        let byte = bytes.get(at).copied().unwrap_or_default();
        Failure {
            path: String::new(),
            line: Some(line),
            column: Some(column),
            message: Box::new(Reading::InvalidUtf8 { byte }.into()),
        }
    })
}

/// UTF-16 or UTF-32, with or without a byte order mark, told by where the zero bytes of the
/// first characters are (as RFC 4627 §3 does): JSON in UTF-8 holds no zero byte at all, so
/// this never mistakes a UTF-8 file.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    let nonzero = |b: u8| b != 0;
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16"),
        [0, 0, 0, b, ..] | [b, 0, 0, 0, ..] if nonzero(*b) => Some("UTF-32"),
        [0, b, ..] | [b, 0, ..] if nonzero(*b) => Some("UTF-16"),
        _ => None,
    }
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
    message: Box<Message>,
}

impl Failure {
    fn in_file(self, file: &str) -> Diagnostic {
        let position = self.line.zip(self.column);
        let mut d = Diagnostic::new(Severity::Error, file, self.path, position, *self.message);
        // A line without a column (never made today) keeps its line.
        d.line = self.line;
        d
    }
}

/// Parses the text into the raw structs, noting unknown members. The path of a parse error
/// is tracked only on a second parse after a failure: tracking it costs a third of the time.
/// Parsing from text, not bytes, spares checking each string for UTF-8 again.
fn parse(text: &str) -> Result<Parsed, Failure> {
    let bytes = text.as_bytes();
    let mut unknown = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let result = {
        let mut note = |p: serde_ignored::Path| unknown.push(ignored_path(&p));
        let tracked = serde_ignored::Deserializer::new(&mut de, &mut note);
        Field::<RawDataset>::deserialize(tracked).and_then(|root| de.end().map(|()| root))
    };
    match result {
        // Unknown members were skipped without counting their depth (see `depth`).
        Ok(_) if !unknown.is_empty() && depth::too_deep(bytes).is_some() => Err(too_deep(bytes)),
        Ok(root) => Ok(Parsed { root, unknown }),
        Err(e) => Err(locate_failure(bytes, &e)),
    }
}

/// The failure for a file nested too deep inside an unknown member, as `serde_json` words it
/// elsewhere.
fn too_deep(bytes: &[u8]) -> Failure {
    let (at, path) = depth::too_deep(bytes).unwrap_or_default();
    let (line, column) = position_of(bytes, at);
    let path = path.to_string();
    Failure {
        path: cut_path(&path),
        line: Some(line),
        column: Some(column),
        message: Box::new(Json::TooDeep.into()),
    }
}

/// A parse error with its JSON path, found by parsing again with the path tracked.
fn locate_failure(bytes: &[u8], first: &serde_json::Error) -> Failure {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, Field<RawDataset>>(&mut de) {
        Err(e) => {
            let mut failure = failure(bytes, &error_path(e.path()), e.inner());
            // serde_json stops at the end of a number too large; people look for its start.
            if e.inner().to_string().starts_with("number out of range") {
                let path = track_path(e.path());
                if let Some((line, column)) = locate(bytes, &[(&path, Spot::Value)])[0] {
                    (failure.line, failure.column) = (Some(line), Some(column));
                }
            }
            failure
        }
        // Only trailing characters fail after the value: no path to give.
        Ok(_) => failure(bytes, "", first),
    }
}

/// The path `serde_path_to_error` tracked, without the `?` it writes for a member whose name
/// was not read yet.
fn error_path(path: &serde_path_to_error::Path) -> String {
    let text = path.to_string();
    let text = text.strip_suffix('?').unwrap_or(&text);
    cut_path(text.strip_suffix('.').unwrap_or(text))
}

/// Past a few levels (a file nested 128 deep) a path helps no one: cut it short.
fn cut_path(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The name in `raw::v11`'s own "duplicate field \"Køn\"".
fn quoted_duplicate(text: &str) -> Option<&str> {
    text.strip_prefix("duplicate field \"")?.strip_suffix('"')
}

/// `serde_json`'s error in one plain line, with the column counted in characters.
fn failure(bytes: &[u8], path: &str, e: &serde_json::Error) -> Failure {
    let full = e.to_string();
    let text = match full.rfind(" at line ") {
        Some(cut) if e.line() > 0 => &full[..cut],
        _ => full.as_str(),
    };
    let mut path = path.to_owned();
    let message = message_of(text, e, &mut path);
    let (mut line, mut column) = if e.line() > 0 {
        let (l, c) = char_column(bytes, e.line(), e.column());
        (Some(l), Some(c))
    } else {
        (None, None)
    };
    // "expected `,` or `}`" is found at the next token; the comma is missing after the value
    // before it, so that is where the message points (and it says where the next one is).
    let mut message = message;
    if e.is_syntax()
        && text.starts_with("expected `,` or ")
        && let (Some((l, c)), Some(next_line), Some(next_column)) = (
            locate::end_of_previous(bytes, e.line(), e.column()),
            line,
            column,
        )
    {
        message = Json::MissingComma {
            syntax: JsonSyntax::of(text),
            next: (next_line, next_column),
        }
        .into();
        (line, column) = (Some(l), Some(c));
    }
    Failure {
        path,
        line,
        column,
        message: Box::new(message),
    }
}

/// `serde_json`'s message as typed data, from its category and its fixed phrase; a member
/// named twice is added to `path`.
fn message_of(text: &str, e: &serde_json::Error, path: &mut String) -> Message {
    if text == "recursion limit exceeded" {
        Json::TooDeep.into()
    } else if text == "number out of range" {
        Json::NumberOutOfRange.into()
    } else if let Some(name) = duplicate_field(text) {
        *path = if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        };
        Member::DuplicateField {
            name: name.to_owned(),
        }
        .into()
    } else if let Some(name) = quoted_duplicate(text) {
        // A member named twice in a dimensions object (`raw::v11`): its path is already whole.
        Member::DuplicateField {
            name: name.to_owned(),
        }
        .into()
    } else if e.is_syntax() || e.is_eof() {
        Json::Syntax(JsonSyntax::of(text)).into()
    } else {
        Json::Data(text.to_owned()).into()
    }
}

/// `serde_path_to_error`'s path as a `JsonPath`.
fn track_path(path: &serde_path_to_error::Path) -> JsonPath {
    use serde_path_to_error::Segment;
    let segs = path
        .iter()
        .filter_map(|seg| match seg {
            Segment::Seq { index } => Some(Seg::Index(*index)),
            Segment::Map { key } => Some(Seg::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect();
    JsonPath(segs)
}

/// The name in serde's "duplicate field `title`".
fn duplicate_field(text: &str) -> Option<&str> {
    text.strip_prefix("duplicate field `")?.strip_suffix('`')
}

/// `serde_json` counts columns in bytes; people and editors count characters.
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

/// `serde_ignored`'s path of an unknown member as a `JsonPath`.
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
fn finish(bytes: &[u8], file: &str, parsed: Parsed) -> Loaded {
    let Parsed { root, unknown } = parsed;
    let (dataset, partial, mut findings) = match root {
        Field::Ok(raw) => match check_all(raw) {
            (dataset, findings, false) => (Some(dataset), None, findings),
            (dataset, findings, true) => (None, Some(Box::new(dataset)), findings),
        },
        other => {
            let found = match other {
                Field::Wrong(kind) => Some(kind),
                _ => None,
            };
            let finding = Finding {
                severity: Severity::Error,
                path: JsonPath::default(),
                anchor: Anchor::Value,
                message: Member::NotAnObject { found }.into(),
            };
            (None, None, vec![finding])
        }
    };
    unknown_fields(unknown, &mut findings);
    let diagnostics = diagnostics(bytes, file, findings);
    Loaded {
        dataset,
        diagnostics,
        partial,
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
        .map(|(f, pos)| Diagnostic::new(f.severity, file, f.path.to_string(), pos, f.message))
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.column));
    diagnostics
}

#[cfg(test)]
mod tests;
