//! What a diagnostic says, as typed data: a message and its arguments, worded in English
//! ([`english`], what `check` prints by default and what the JSON report's `message` holds,
//! byte for byte as before) and in Danish ([`danish`], for the dashboard in Danish and
//! `check --lang da`). Each wording is one exhaustive match, so a message cannot be added
//! without both. Values from the file (quoted ids, dates, numbers as written), JSON paths and
//! field names are arguments, the same in both languages.

mod danish;
mod english;
pub mod json;

use std::fmt;

use crate::model::Lang;
use crate::raw::field::Kind;
pub use json::JsonSyntax;

/// The kinds of id a dataset declares, as messages name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Owner,
    Goal,
    Initiative,
    /// Indicators and measures share one space of ids.
    IndicatorOrMeasure,
}

/// One message of `check`, `load` or the parser, by what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Member(Member),
    Written(Written),
    Rule(Rule),
    Points(Points),
    Reading(Reading),
    Json(Json),
    OpenSdg(OpenSdg),
    /// A message as another program words it, in English only: nothing in goalboard makes
    /// one today but `opensdg::Problem::at`, kept for problems not yet typed here.
    Other(String),
}

/// A member of the wrong kind, absent, unknown or twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Member {
    WrongKind {
        expected: Kind,
        found: Kind,
    },
    /// A required member is absent.
    Missing {
        name: String,
    },
    /// A point without `value`.
    MissingValue,
    /// The whole file is not an object (`None`: it is `null`).
    NotAnObject {
        found: Option<Kind>,
    },
    /// An unknown member close to a required member its object lacks.
    MisspeltRequired {
        name: String,
        near: String,
    },
    /// `more`: how many more places hold the same member in the same kind of object.
    UnknownField {
        name: String,
        near: Option<String>,
        more: usize,
    },
    DuplicateField {
        name: String,
    },
}

/// A value written in a way the format does not know; `text` is the value quoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    NotADate {
        text: String,
    },
    InvalidId {
        text: String,
    },
    NotAFormat {
        text: String,
    },
    UnsupportedFormat {
        text: String,
    },
    NotALanguage {
        text: String,
    },
    BadDecimals {
        max: u8,
        value: String,
    },
    NotADirection {
        text: String,
    },
    /// `choices`: the valid statuses, as written in the file.
    NotAStatus {
        text: String,
        choices: Vec<&'static str>,
    },
    NotAFrequency {
        text: String,
        choices: Vec<&'static str>,
    },
    NotAStatusMethod {
        text: String,
    },
    BadYear {
        value: String,
    },
    NotAnOpenSdgDirection {
        text: String,
    },
    NotAKind {
        text: String,
    },
    NotABound {
        text: String,
    },
}

/// A rule of the spec between members: ids, directions, dates, breakdowns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    NoGoals,
    GoalWithoutContent,
    DuplicateId {
        noun: Noun,
        id: String,
        first: String,
    },
    UnknownId {
        noun: Noun,
        id: String,
        near: Option<String>,
    },
    TargetNeedsDirection,
    /// `baseline`: the baseline the target equals (`None`: nothing to compare with).
    CannotInferDirection {
        baseline: Option<String>,
    },
    BaselineAfterLatest {
        baseline: String,
        latest: String,
    },
    DeadlineBeforeBaseline {
        deadline: String,
        start: String,
    },
    BreakdownTargetNeedsDirection,
    DuplicateBreakdown {
        first: String,
    },
    NoDimensions,
    NoSuchBreakdown,
    EndsBeforeStart {
        end: String,
        start: String,
    },
    NamedTwice {
        noun: Noun,
        id: String,
        times: usize,
    },
    SameCode {
        code: String,
        other: String,
        index: usize,
    },
}

/// The points of a series: values, ranges, bounds and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Points {
    PercentOutside {
        value: String,
    },
    PercentsOutside {
        count: usize,
        first: String,
    },
    RangeNotTwo,
    RangeAndBound,
    RangeNeedsValue,
    BoundNeedsValue,
    RangeMissesValue {
        low: String,
        high: String,
        value: String,
    },
    Unsorted {
        later: String,
        earlier: String,
    },
    SameDate {
        date: String,
        other: String,
    },
    /// Two dates written differently that start on the same day.
    SameStartDay {
        date: String,
        earlier: String,
        day: String,
        other: String,
    },
}

/// Why a file's bytes cannot be had or read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    IsADirectory,
    NotRegular {
        what: Special,
    },
    NoSuchFile,
    PermissionDenied,
    /// Any other reason the system gives (in its own words).
    CannotRead {
        reason: String,
    },
    TooLarge {
        bytes: u64,
        max_mib: u64,
    },
    Empty,
    /// UTF-16 or UTF-32.
    WideEncoding {
        encoding: &'static str,
    },
    InvalidUtf8 {
        byte: u8,
    },
}

/// The parser's findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    TooDeep,
    NumberOutOfRange,
    Syntax(JsonSyntax),
    /// A missing comma, reported at the value before it; the next value is at `next`.
    MissingComma {
        syntax: JsonSyntax,
        next: (usize, usize),
    },
    /// A data error of `serde` (none is expected: every member is read leniently).
    Data(String),
}

/// A problem in a file of an Open SDG data repository: its CSV tables and its metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenSdg {
    FirstColumnYear,
    LastColumnValue,
    CellCount {
        cells: usize,
        width: usize,
    },
    /// `cell`: the cell as written.
    NotAYear {
        cell: String,
    },
    NotANumber {
        cell: String,
    },
    /// `reason`: the CSV reader's own words.
    UnreadableCsv {
        reason: String,
    },
    NoClosingFrontMatter,
    MetadataNotMapping,
    /// `reason`: the YAML parser's own words.
    InvalidYaml {
        reason: String,
    },
    /// `series`: the dimensions of the series (`None`: the headline); `also`: the other line.
    YearTwice {
        year: i32,
        series: Option<String>,
        also: usize,
    },
    ProgressNotMapping,
    ProgressDirection {
        text: String,
    },
    /// `known`: the known options, listed.
    ProgressOption {
        key: String,
        known: String,
    },
}

macro_rules! into_message {
    ($($kind:ident),*) => {
        $(impl From<$kind> for Message {
            fn from(m: $kind) -> Self {
                Message::$kind(m)
            }
        })*
    };
}

into_message!(Member, Written, Rule, Points, Reading, Json, OpenSdg);

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

impl Message {
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => english::text(self),
            Lang::Da => danish::text(self),
        }
    }

    /// Whether it says a required member is absent (a misspelling of it may say so instead).
    pub fn is_missing(&self) -> bool {
        matches!(self, Message::Member(Member::Missing { .. }))
    }
}

impl fmt::Display for Message {
    /// In English, as `check` prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english::text(self))
    }
}

/// `"a", "b" or "c"` with the joining word of a language.
fn one_of(choices: &[&str], or: &str) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
