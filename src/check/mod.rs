//! The validation rules of the spec, each a small function returning diagnostics: turns the
//! raw structs into the validated [`Dataset`], reporting every problem on the way, and hands
//! the dataset over only when there is no error.

mod breakdown;
mod fields;
mod goal;
mod ids;
mod indicator;
mod initiative;
mod open_sdg;
pub mod parts;
pub mod repeats;
mod series;
pub mod unknown;

use crate::diagnostic::Severity;
use crate::message::{Member, Message, Points, Written};
use crate::model::{Dataset, Goal, Initiative, Lang, Owner};
use crate::raw::field::Field;
use crate::raw::path::{At, JsonPath};
use crate::raw::{FormatText, LangText, RawDataset};

use ids::Ids;

/// Where a finding's line:column points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The value at the path.
    Value,
    /// The member name that ends the path (an unknown field).
    Key,
    /// The object that holds the path (a missing member).
    Parent,
}

/// A problem found by a check, before `load` adds the file name and line:column.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub path: JsonPath,
    pub anchor: Anchor,
    pub message: Message,
}

/// Collects findings while the checks walk a dataset.
#[derive(Debug, Default)]
pub struct Checker {
    findings: Vec<Finding>,
    errors: usize,
    percent: PercentTally,
}

/// The values of one indicator outside 0–100 for the unit `%`: how many, and the first with
/// where its warning goes among the findings.
#[derive(Debug, Default)]
struct PercentTally {
    count: usize,
    first: Option<(JsonPath, f64, usize)>,
}

impl Checker {
    pub fn push(&mut self, finding: Finding) {
        if finding.severity == Severity::Error {
            self.errors += 1;
        }
        self.findings.push(finding);
    }

    fn report(&mut self, severity: Severity, at: &At, anchor: Anchor, message: Message) {
        self.push(Finding {
            severity,
            path: at.path(),
            anchor,
            message,
        });
    }

    pub fn error(&mut self, at: &At, message: impl Into<Message>) {
        self.report(Severity::Error, at, Anchor::Value, message.into());
    }

    pub fn warning(&mut self, at: &At, message: impl Into<Message>) {
        self.report(Severity::Warning, at, Anchor::Value, message.into());
    }

    /// A required member is absent: the path names it, line:column points at its object.
    pub fn missing(&mut self, at: &At) {
        let name = match at {
            At::Key(_, k) => *k,
            _ => "value",
        };
        let message = Member::Missing {
            name: name.to_owned(),
        };
        self.report(Severity::Error, at, Anchor::Parent, message.into());
    }

    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// How many errors so far: a check compares it before and after a part, to stay quiet
    /// about what follows from an error already reported.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }

    fn note_percent(&mut self, value: f64, at: &At) {
        self.percent.count += 1;
        if self.percent.first.is_none() {
            self.percent.first = Some((at.path(), value, self.findings.len()));
        }
    }

    /// The one warning of an indicator's percentages outside 0–100, in the place of the first.
    pub fn end_percent(&mut self) {
        let PercentTally { count, first } = std::mem::take(&mut self.percent);
        let Some((path, value, index)) = first else {
            return;
        };
        let message = if count == 1 {
            Points::PercentOutside {
                value: number(value),
            }
        } else {
            Points::PercentsOutside {
                count,
                first: number(value),
            }
        };
        let finding = Finding {
            severity: Severity::Warning,
            path,
            anchor: Anchor::Value,
            message: message.into(),
        };
        self.findings
            .insert(index.min(self.findings.len()), finding);
    }
}

/// Collects into a vector with room for every element at once. `collect` on a `filter_map`
/// grows the vector step by step, leaving the smaller buffers behind: a national dataset has
/// a few hundred thousand of these lists.
pub fn gather<T>(iter: impl Iterator<Item = T>) -> Vec<T> {
    let (low, high) = iter.size_hint();
    let mut all = Vec::with_capacity(high.unwrap_or(low));
    all.extend(iter);
    all
}

/// A value from the file quoted in a message: single quotes, long values cut short.
pub fn quote(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((end, _)) => format!("'{}…'", &s[..end]),
        None => format!("'{s}'"),
    }
}

/// A number from the file quoted in a message, as short as it reads back: `1e308`, not 309
/// digits; `16.9` as written.
pub fn number(v: f64) -> String {
    if v != 0.0 && !(1e-6..1e15).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// Checks a parsed file: the dataset when there is no error, and every finding.
pub fn check(raw: RawDataset) -> (Option<Dataset>, Vec<Finding>) {
    let (dataset, findings, errors) = check_all(raw);
    ((!errors).then_some(dataset), findings)
}

/// Checks a parsed file and keeps what passed even when something did not: every check
/// leaves out the value, point or item it reports as an error, so the rest is a dataset the
/// dashboard can show beside the errors. Also says whether there were errors.
///
/// The raw dataset is taken apart as it is checked: every string and list moves into the
/// model, and each part of the raw tree is freed once converted, so the two never both hold
/// the whole file (on a national dataset that halved the peak memory).
pub fn check_all(raw: RawDataset) -> (Dataset, Vec<Finding>, bool) {
    let mut cx = Checker::default();
    let dataset = dataset(&mut cx, raw);
    let errors = cx.has_errors();
    if !errors {
        cx.findings.extend(repeats::repeats(&dataset));
    }
    (dataset, cx.into_findings(), errors)
}

fn dataset(cx: &mut Checker, mut raw: RawDataset) -> Dataset {
    let root = At::Root;
    let (owners, goals, initiatives) = (
        std::mem::take(&mut raw.owners),
        std::mem::take(&mut raw.goals),
        std::mem::take(&mut raw.initiatives),
    );
    let unserved = goal::unserved(&goals, &initiatives);
    format(cx, std::mem::take(&mut raw.format), &root);
    let mut ids = Ids::default();
    let owners = goal::owners(cx, &mut ids, owners, &root.key("owners"));
    let goals = goal::goals(cx, &mut ids, goals, &root.key("goals"));
    let initiatives = initiative::initiatives(cx, &mut ids, initiatives, &root.key("initiatives"));
    goal::warn_unserved(cx, &unserved, &root.key("goals"));
    top_level(cx, raw, owners, goals, initiatives)
}

/// The dataset: the top-level members of `raw` checked, around its lists (checked before, and
/// taken out of `raw`, as `format` is).
fn top_level(
    cx: &mut Checker,
    raw: RawDataset,
    owners: Vec<Owner>,
    goals: Vec<Goal>,
    initiatives: Vec<Initiative>,
) -> Dataset {
    let RawDataset {
        title,
        organization,
        description,
        as_of,
        language: raw_language,
        status_method,
        ..
    } = raw;
    let root = At::Root;
    Dataset {
        title: cx
            .required_text(title, &root.key("title"))
            .unwrap_or_default(),
        organization: cx.text(organization, &root.key("organization")),
        description: cx.text(description, &root.key("description")),
        as_of: cx.date(as_of, &root.key("as_of")),
        language: language(cx, raw_language, &root),
        status_method: open_sdg::status_method(cx, status_method, &root.key("status_method")),
        owners,
        goals,
        initiatives,
    }
}

/// `format` must name major version 1; a minor version (`goalboard/1.1`) is read as 1.
fn format(cx: &mut Checker, field: Field<FormatText>, root: &At) {
    let at = root.key("format");
    let Some(format) = cx.required(field, &at) else {
        return;
    };
    let text = format.0.as_str();
    let Some(version) = text.strip_prefix("goalboard/") else {
        cx.error(&at, Written::NotAFormat { text: quote(text) });
        return;
    };
    let minor = version.strip_prefix('1').map(|rest| rest.strip_prefix('.'));
    let readable = match minor {
        Some(None) => version == "1",
        Some(Some(m)) => !m.is_empty() && m.bytes().all(|b| b.is_ascii_digit()),
        None => false,
    };
    if !readable {
        cx.error(&at, Written::UnsupportedFormat { text: quote(text) });
    }
}

/// The language as written (`None` when absent: the default applies later).
fn language(cx: &mut Checker, field: Field<LangText>, root: &At) -> Option<Lang> {
    let at = root.key("language");
    let code = cx.optional(field, &at)?;
    let lang = Lang::parse(&code.0);
    if lang.is_none() {
        cx.error(
            &at,
            Written::NotALanguage {
                text: quote(&code.0),
            },
        );
    }
    lang
}
