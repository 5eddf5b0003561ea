//! The changes since an older version, as each report leads with them (`report --since`):
//! text and markdown go goal by goal (see [`sections`]), JSON adds the spec's `changes` member,
//! CSV is one row per change.

mod csv;
pub mod json;
mod sections;
mod words;

pub use sections::{Entry, Opens, Section, sections};
pub use words::{Label, Origin, arrow, label, origin, origin_short, summary};

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::wrap::wrap_pieces;
use crate::compare::Changes;
use crate::format::{Locale, capitalize};
use crate::model::Dataset;

/// A comparison as a report shows it: the changes, the older version (for the titles of what
/// was removed) and where it came from.
#[derive(Clone, Copy)]
pub struct Since<'a> {
    pub changes: &'a Changes,
    pub baseline: &'a Dataset,
    pub origin: &'a Origin,
}

/// The width the text lines fit in, as the text report's.
const WIDTH: usize = 80;

/// "Changes since the review of 20 mar 2017".
fn title(loc: Locale, since: &Since<'_>) -> String {
    capitalize(&format!(
        "{} {}",
        label(loc, Label::ChangesSince),
        origin(loc, since.origin)
    ))
}

/// The text section that leads the text report, ending with a blank line.
pub fn text(since: &Since<'_>, current: &Dataset, loc: Locale) -> String {
    let mut out = String::new();
    let heading = title(loc, since);
    out.push_str(&heading);
    out.push('\n');
    let rule = if loc.ascii { "-" } else { "─" };
    out.push_str(&rule.repeat(heading.width().clamp(1, WIDTH)));
    out.push('\n');
    let sep = loc.sep();
    push_wrapped(&mut out, 0, &summary(loc, &since.changes.summary()), sep);
    for section in sections(since.changes, current, since.baseline, loc) {
        out.push('\n');
        push_wrapped(&mut out, 0, &section.heading, sep);
        for entry in &section.entries {
            push_wrapped(&mut out, 2 + 2 * usize::from(entry.depth), &entry.text, sep);
        }
    }
    out.push('\n');
    out
}

/// Lines of at most [`WIDTH`] columns, the first at `indent`, the rest two further in,
/// broken between the parts `sep` joins where they fit.
fn push_wrapped(out: &mut String, indent: usize, text: &str, sep: &str) {
    let width = WIDTH.saturating_sub(indent + 2).max(20);
    let pieces: Vec<(String, ())> = text.split(sep).map(|p| (p.to_owned(), ())).collect();
    for (i, line) in wrap_pieces(&pieces, sep, (), width).into_iter().enumerate() {
        let pad = if i == 0 { indent } else { indent + 2 };
        out.push_str(&" ".repeat(pad));
        out.extend(line.into_iter().map(|(text, ())| text));
        out.push('\n');
    }
}

/// The markdown section that leads the markdown report: a heading per goal and a list of
/// changes, ready for the minutes.
pub fn markdown(since: &Since<'_>, current: &Dataset, loc: Locale) -> String {
    let escape = super::markdown::escape;
    let mut out = format!("# {}\n\n", escape(&title(loc, since)));
    out.push_str(&escape(&summary(loc, &since.changes.summary())));
    out.push_str("\n\n");
    for section in sections(since.changes, current, since.baseline, loc) {
        let _ = write!(out, "## {}\n\n", escape(&section.heading));
        for entry in &section.entries {
            let indent = "  ".repeat(usize::from(entry.depth));
            let _ = writeln!(out, "{indent}- {}", escape(&entry.text));
        }
        if !section.entries.is_empty() {
            out.push('\n');
        }
    }
    out
}

pub use csv::csv;
