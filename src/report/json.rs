//! The JSON report, exactly the shape of the spec's "The report in JSON": every key present,
//! `null` where a figure is absent, numbers unrounded, dates as written in the file, the
//! reference date as an ISO day. Strings are the data as written, and stay safe to print on a
//! terminal: besides the control characters JSON always escapes, every character the text
//! report would clean (DEL, the C1 controls such as the 8-bit CSI U+009B, the bidirectional
//! overrides and isolates, LRM/RLM, the line and paragraph separators) is written as a `\uXXXX`
//! escape, which any JSON parser reads back as the same character.

use std::borrow::Cow;
use std::io;

use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::Report;
use crate::figures::{DatedValue, IndicatorFigures, Status, StatusCounts, Trend};
use crate::model::{Direction, GoalId, Indicator, InitiativeStatus, Period, Target};

#[derive(Serialize)]
struct JsonReport<'a> {
    title: &'a str,
    reference_date: Option<String>,
    /// Only with `--since` (spec section 6).
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<super::changes::json::JsonChanges<'a>>,
    goals: Vec<JsonGoal<'a>>,
    initiatives: Vec<JsonInitiative<'a>>,
}

#[derive(Serialize)]
struct JsonGoal<'a> {
    id: &'a str,
    code: Option<&'a str>,
    title: &'a str,
    status: Status,
    status_counts: Counts,
    measures_status: Option<Status>,
    measures_status_counts: Counts,
    indicators: Vec<JsonFigures<'a>>,
}

#[derive(Serialize)]
struct JsonInitiative<'a> {
    id: &'a str,
    title: &'a str,
    status: InitiativeStatus,
    goals: &'a [GoalId],
    measures: Vec<JsonFigures<'a>>,
}

#[derive(Serialize)]
struct JsonTarget {
    value: f64,
    date: Option<Period>,
}

#[derive(Serialize)]
struct JsonComparison<'a> {
    label: &'a str,
    latest: Option<DatedValue>,
    difference: Option<f64>,
}

#[derive(Serialize)]
struct JsonFigures<'a> {
    id: &'a str,
    title: &'a str,
    unit: Option<&'a str>,
    direction: Direction,
    #[serde(flatten)]
    series: JsonSeries,
    comparisons: Vec<JsonComparison<'a>>,
    breakdowns: Vec<JsonBreakdown<'a>>,
    /// Open SDG's measure (spec v1.1 section 5); null without an `open_sdg` member.
    open_sdg: Option<crate::figures::OpenSdgFigures>,
}

/// The figures of one series: an indicator's, or a breakdown's.
#[derive(Serialize)]
struct JsonSeries {
    latest: Option<DatedValue>,
    baseline: Option<DatedValue>,
    target: Option<JsonTarget>,
    change: Option<f64>,
    change_pct: Option<f64>,
    remaining: Option<f64>,
    progress_pct: Option<f64>,
    slope_per_year: Option<f64>,
    trend: Option<Trend>,
    forecast: Option<f64>,
    forecast_progress_pct: Option<f64>,
    status: Status,
    required_per_year: Option<f64>,
    pace_ratio: Option<f64>,
    next_expected: Option<String>,
    stale: Option<bool>,
    run: Option<JsonRun>,
}

#[derive(Serialize)]
struct JsonRun {
    direction: Trend,
    periods: usize,
}

#[derive(Serialize)]
struct JsonBreakdown<'a> {
    dimensions: Dimensions<'a>,
    #[serde(flatten)]
    series: JsonSeries,
}

/// A breakdown's dimensions as an object, in file order.
struct Dimensions<'a>(&'a [(String, String)]);

impl Serialize for Dimensions<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// Every status name with its count, in the order of `Status::ALL`.
struct Counts(StatusCounts);

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Status::ALL.len()))?;
        for status in Status::ALL {
            map.serialize_entry(status.name(), &self.0.get(status))?;
        }
        map.end()
    }
}

fn series(target: Option<&Target>, f: &IndicatorFigures) -> JsonSeries {
    JsonSeries {
        latest: f.latest,
        baseline: f.baseline,
        target: target.map(|t| JsonTarget {
            value: t.value,
            date: t.date,
        }),
        change: f.change,
        change_pct: f.change_pct,
        remaining: f.remaining,
        progress_pct: f.progress_pct,
        slope_per_year: f.slope_per_year,
        trend: f.trend,
        forecast: f.forecast,
        forecast_progress_pct: f.forecast_progress_pct,
        status: f.status,
        required_per_year: f.required_per_year,
        pace_ratio: f.pace_ratio,
        next_expected: f.next_expected.map(|d| d.format("%Y-%m-%d").to_string()),
        stale: f.stale,
        run: f.run.map(|r| JsonRun {
            direction: r.direction,
            periods: r.periods,
        }),
    }
}

fn figures<'a>(ind: &'a Indicator, f: &'a IndicatorFigures) -> JsonFigures<'a> {
    JsonFigures {
        id: ind.id.as_str(),
        title: &ind.title,
        unit: ind.unit.as_deref(),
        direction: ind.direction,
        series: series(ind.target.as_ref(), f),
        comparisons: ind
            .comparisons
            .iter()
            .zip(&f.comparisons)
            .map(|(c, cf)| JsonComparison {
                label: &c.label,
                latest: cf.latest,
                difference: cf.difference,
            })
            .collect(),
        breakdowns: ind
            .breakdowns
            .iter()
            .zip(&f.breakdowns)
            .map(|(b, bf)| JsonBreakdown {
                dimensions: Dimensions(&b.dimensions),
                series: series(b.target.as_ref(), bf),
            })
            .collect(),
        open_sdg: f.open_sdg.clone(),
    }
}

fn build<'a>(report: &Report<'a>) -> JsonReport<'a> {
    JsonReport {
        title: &report.dataset.title,
        reference_date: report
            .figures
            .reference_date
            .map(|d| d.format("%Y-%m-%d").to_string()),
        changes: report
            .since()
            .map(|s| super::changes::json::build(s.changes)),
        goals: report
            .goals()
            .map(|(g, f)| JsonGoal {
                id: g.id.as_str(),
                code: g.code.as_deref(),
                title: &g.title,
                status: f.status,
                status_counts: Counts(f.counts),
                measures_status: f.measures_status,
                measures_status_counts: Counts(f.measures_status_counts),
                indicators: g
                    .indicators
                    .iter()
                    .zip(&f.indicators)
                    .map(|(i, f)| figures(i, f))
                    .collect(),
            })
            .collect(),
        initiatives: report
            .initiatives()
            .map(|(ini, f)| JsonInitiative {
                id: ini.id.as_str(),
                title: &ini.title,
                status: ini.status,
                goals: &ini.goals,
                measures: ini
                    .measures
                    .iter()
                    .zip(&f.measures)
                    .map(|(m, f)| figures(m, f))
                    .collect(),
            })
            .collect(),
    }
}

pub fn render(report: &Report<'_>) -> String {
    let mut out = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, TerminalSafe(PrettyFormatter::new()));
    // Serialising these plain structs into memory cannot fail: every map key is a string and
    // every float came from a JSON number or `finite()`; serde_json writes a non-finite float
    // as null.
    if build(report).serialize(&mut serializer).is_err() {
        return String::new();
    }
    let mut text = String::from_utf8(out).unwrap_or_default();
    text.push('\n');
    text
}

/// Any value as pretty JSON with the characters that could act on a terminal escaped, as this
/// report writes them (`goalboard check --format json` writes its diagnostics so).
pub fn to_writer_pretty<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        writer,
        TerminalSafe(PrettyFormatter::new()),
    ))
}

/// `serde_json`'s pretty layout, with the characters that could act on a terminal escaped.
struct TerminalSafe(PrettyFormatter<'static>);

/// Whether a character could act on a terminal: asked of `sanitize` itself, so the JSON
/// report escapes exactly the characters the text report replaces. (A flag's regional
/// indicators, which the text report writes as letters for the width's sake, stay as they are:
/// they do not act.)
fn acts_on_a_terminal(c: char) -> bool {
    crate::sanitize::is_unsafe(c)
}

impl Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if matches!(crate::sanitize::clean(fragment), Cow::Borrowed(_)) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if acts_on_a_terminal(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                // Every such character is in the Basic Multilingual Plane: one escape.
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests;
