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

/// Whether a character would be cleaned for a terminal: asked of `sanitize` itself, so the
/// JSON report escapes exactly what the text report replaces.
fn acts_on_a_terminal(c: char) -> bool {
    let mut buf = [0; 4];
    matches!(
        crate::sanitize::clean(c.encode_utf8(&mut buf)),
        Cow::Owned(_)
    )
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
mod tests {
    use super::*;
    use crate::figures::Figures;
    use crate::report::{Kind, fixture};
    use serde_json::Value;

    fn fixture_json() -> Value {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let text = Report::all(&dataset, &figures).render(Kind::Json);
        serde_json::from_str(&text).unwrap()
    }

    fn keys(v: &Value) -> Vec<&str> {
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    const FIGURE_KEYS: [&str; 24] = [
        "baseline",
        "breakdowns",
        "change",
        "change_pct",
        "comparisons",
        "direction",
        "forecast",
        "forecast_progress_pct",
        "id",
        "latest",
        "next_expected",
        "open_sdg",
        "pace_ratio",
        "progress_pct",
        "remaining",
        "required_per_year",
        "run",
        "slope_per_year",
        "stale",
        "status",
        "target",
        "title",
        "trend",
        "unit",
    ];

    #[test]
    fn characters_that_act_on_a_terminal_are_escaped_and_read_back() {
        let mut dataset = fixture::dataset();
        let hostile =
            "a\u{1b}]52;c;x\u{7}b\u{7f}c\u{9b}2J\u{202e}d\u{2066}e\u{200f}f\u{2028}g\u{85}h";
        dataset.title = hostile.to_owned();
        let figures = Figures::compute(&dataset);
        let text = Report::all(&dataset, &figures).render(Kind::Json);
        assert!(
            !text.chars().any(|c| c != '\n' && acts_on_a_terminal(c)),
            "{text}"
        );
        assert!(
            text.contains(
                r#""a\u001b]52;c;x\u0007b\u007fc\u009b2J\u202ed\u2066e\u200ff\u2028g\u0085h""#
            ),
            "{text}"
        );
        let json: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["title"], hostile, "the same string when parsed");
    }

    #[test]
    fn every_character_that_acts_on_a_terminal_has_one_escape() {
        // The escapes are `\uXXXX`: only characters of the Basic Multilingual Plane fit.
        let acting: Vec<char> = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| acts_on_a_terminal(c))
            .collect();
        assert!(acting.iter().all(|&c| u32::from(c) <= 0xFFFF), "{acting:?}");
        assert!(acting.contains(&'\u{9b}') && acting.contains(&'\u{2069}'));
    }

    #[test]
    fn has_the_spec_shape() {
        let json = fixture_json();
        assert_eq!(
            keys(&json),
            ["goals", "initiatives", "reference_date", "title"]
        );
        assert_eq!(json["reference_date"], "2017-03-01");
        let goal = &json["goals"][0];
        assert_eq!(
            keys(goal),
            [
                "code",
                "id",
                "indicators",
                "measures_status",
                "measures_status_counts",
                "status",
                "status_counts",
                "title"
            ]
        );
        assert_eq!(keys(&goal["status_counts"]).len(), 8);
        assert_eq!(keys(&goal["measures_status_counts"]).len(), 8);
        assert_eq!(goal["status_counts"]["no_target"], 1);
        assert_eq!(goal["status_counts"]["on_track"], 0);
        let figures = &goal["indicators"][0];
        assert_eq!(keys(figures), FIGURE_KEYS);
        let initiative = &json["initiatives"][0];
        assert_eq!(
            keys(initiative),
            ["goals", "id", "measures", "status", "title"]
        );
        assert_eq!(initiative["goals"], serde_json::json!(["g1", "g3"]));
        assert_eq!(json["goals"][7]["code"], Value::Null);
    }

    #[test]
    fn the_homelessness_figures_unrounded() {
        let json = fixture_json();
        let f = &json["goals"][0]["indicators"][0];
        assert_eq!(
            f["latest"],
            serde_json::json!({"date": "2016-12", "value": 38.0})
        );
        assert_eq!(
            f["baseline"],
            serde_json::json!({"date": "2015-05", "value": 61.0})
        );
        assert_eq!(f["change"], -23.0);
        let change_pct = f["change_pct"].as_f64().unwrap();
        assert!(
            (change_pct - (-23.0 / 61.0 * 100.0)).abs() < 1e-12,
            "{change_pct}"
        );
        let slope = f["slope_per_year"].as_f64().unwrap();
        assert!((slope - -12.94).abs() < 0.005, "{slope}");
        assert_ne!((slope * 100.0).round() / 100.0, slope, "not rounded");
        assert_eq!(f["trend"], "improving");
        assert_eq!(f["status"], "no_target");
        assert_eq!(f["target"], Value::Null);
        assert_eq!(f["remaining"], Value::Null);
        assert_eq!(f["unit"], "personer");
        assert_eq!(f["direction"], "decrease");
    }

    #[test]
    fn targets_comparisons_and_periods_as_written() {
        let json = fixture_json();
        let f = &json["goals"][1]["indicators"][0];
        assert_eq!(
            f["target"],
            serde_json::json!({"value": 80.0, "date": "2018"})
        );
        let c = &f["comparisons"][0];
        assert_eq!(c["label"], "Hele landet");
        assert_eq!(
            c["latest"],
            serde_json::json!({"date": "2016", "value": 78.3})
        );
        assert_eq!(c["difference"].as_f64().unwrap(), 76.0 - 78.3);
        let achieved = &json["goals"][2]["indicators"][1];
        assert_eq!(achieved["baseline"]["date"], "2014-H2");
        assert_eq!(
            json["goals"][1]["indicators"][1]["target"]["date"],
            Value::Null
        );
    }
}
