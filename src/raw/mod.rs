//! The dataset as written: typed structs that serde fills straight from the bytes, with every
//! member a lenient [`Field`] so a wrong or missing value becomes a diagnostic, not an abort.
//! The JSON Schema (`goalboard schema`) is generated from these types, so a member added here
//! appears there, and is known to the unknown-field warnings, without further code.
//!
//! Every struct reads absent members as `Field::Missing` (`#[serde(default)]`), so a missing
//! required member is a diagnostic; required members carry `extend("x-required" = true)`,
//! which `schema` turns into the schema's `required` lists.
//!
//! This module is the bottom of the domain: `check` reads these types and paths, `load` fills
//! them and calls `check`, and neither of those two imports the other's way round.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Deserialize;

pub mod field;
pub mod path;

use crate::model::Point;
use field::{Expect, Field, Kind};

/// A list whose elements are each lenient too.
pub type List<T> = Field<Vec<Field<T>>>;

/// Raw structs are read from JSON objects.
macro_rules! objects {
    ($($name:ident),*) => {
        $(impl Expect for $name {
            const KIND: Kind = Kind::Object;
        })*
    };
}

objects!(
    RawDataset,
    RawOwner,
    RawGoal,
    RawNote,
    RawIndicator,
    RawBaseline,
    RawTarget,
    RawPoint,
    RawComparison,
    RawInitiative,
    RawMilestone,
    RawUpdate
);

#[macro_use]
mod text;
mod v11;

pub use text::*;

pub use v11::*;

/// A goalboard dataset: goals, their indicators, and the initiatives that serve them.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(title = "goalboard dataset (format goalboard/1)")]
#[schemars(extend("additionalProperties" = false))]
pub struct RawDataset {
    /// The JSON Schema to validate against (ignored by goalboard).
    #[serde(rename = "$schema")]
    pub schema: Field<String>,
    /// Always "goalboard/1".
    #[schemars(extend("x-required" = true))]
    pub format: Field<FormatText>,
    #[schemars(extend("x-required" = true))]
    pub title: Field<String>,
    pub organization: Field<String>,
    pub description: Field<String>,
    /// The status date of the dataset: figures are computed as of its first day.
    pub as_of: Field<DateText>,
    pub language: Field<LangText>,
    /// v1.1: which status the dashboard shows (default "forecast").
    pub status_method: Field<StatusMethodText>,
    /// Departments, teams or people that goals and initiatives name by id.
    pub owners: List<RawOwner>,
    #[schemars(extend("x-required" = true))]
    pub goals: List<RawGoal>,
    pub initiatives: List<RawInitiative>,
}

/// A department, team or person.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Owner", extend("additionalProperties" = false))]
pub struct RawOwner {
    #[schemars(extend("x-required" = true))]
    pub id: Field<IdText>,
    #[schemars(extend("x-required" = true))]
    pub name: Field<String>,
    /// A short name for narrow screens.
    pub short: Field<String>,
}

/// A goal and the indicators that show whether it is reached.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Goal", extend("additionalProperties" = false))]
pub struct RawGoal {
    #[schemars(extend("x-required" = true))]
    pub id: Field<IdText>,
    /// A short label shown in lists, like "7".
    pub code: Field<String>,
    #[schemars(extend("x-required" = true))]
    pub title: Field<String>,
    pub description: Field<String>,
    /// Owner ids.
    pub owners: List<IdText>,
    pub tags: List<String>,
    pub indicators: List<RawIndicator>,
    /// Dated status notes.
    pub notes: List<RawNote>,
}

/// A dated status note.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Note", extend("additionalProperties" = false))]
pub struct RawNote {
    #[schemars(extend("x-required" = true))]
    pub date: Field<DateText>,
    #[schemars(extend("x-required" = true))]
    pub text: Field<String>,
}

/// An indicator of a goal, or a measure of an initiative.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Indicator", extend("additionalProperties" = false))]
pub struct RawIndicator {
    /// Unique among all indicators and measures of the file.
    #[schemars(extend("x-required" = true))]
    pub id: Field<IdText>,
    #[schemars(extend("x-required" = true))]
    pub title: Field<String>,
    /// Display unit; "%" means values are percentages (16.9, not 0.169).
    pub unit: Field<String>,
    pub decimals: Field<Decimals>,
    pub direction: Field<DirectionText>,
    /// Default: the first non-null point of the series.
    pub baseline: Field<RawBaseline>,
    pub target: Field<RawTarget>,
    pub series: List<SeriesPoint>,
    /// Benchmark series shown beside this one.
    pub comparisons: List<RawComparison>,
    pub source: Field<String>,
    pub description: Field<String>,
    /// v1.1: how often a value is due.
    pub frequency: Field<FrequencyText>,
    /// v1.1: the same indicator split by dimensions; `series` above is the total.
    pub breakdowns: List<RawBreakdown>,
    /// v1.1: Open SDG's progress measure for this indicator.
    pub open_sdg: Field<RawOpenSdg>,
}

/// The value to measure progress from.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Baseline", extend("additionalProperties" = false))]
pub struct RawBaseline {
    #[schemars(extend("x-required" = true))]
    pub date: Field<DateText>,
    #[schemars(extend("x-required" = true))]
    pub value: Field<f64>,
}

/// The value to reach, and by when.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Target", extend("additionalProperties" = false))]
pub struct RawTarget {
    #[schemars(extend("x-required" = true))]
    pub value: Field<f64>,
    /// The deadline: the target is due by the last day of this period.
    pub date: Field<DateText>,
    pub label: Field<String>,
}

/// One measurement.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Point", extend("additionalProperties" = false))]
pub struct RawPoint {
    #[schemars(extend("x-required" = true))]
    pub date: Field<DateText>,
    /// A number, or null when not measured (a hole in the line).
    #[schemars(with = "Option<f64>", extend("x-required" = true))]
    pub value: Field<f64>,
    /// The start of the measurement period, when the value covers one.
    pub from: Field<DateText>,
    pub note: Field<String>,
    /// v1.1: "measured" (default), "planned" or "estimated".
    pub kind: Field<KindText>,
    /// v1.1: the range the source gives, [low, high], around `value`.
    #[schemars(with = "[f64; 2]")]
    pub range: List<f64>,
    /// v1.1: the source gives only a bound.
    pub bound: Field<BoundText>,
}

/// A point of a series as read. Series hold nearly all of a large file (a national dataset has
/// over a million points), so a point without a problem becomes the model's [`Point`] as soon
/// as it is read: the raw tree then takes no more memory than the model, and the checks move
/// it over. A point with a problem is kept as written, for the checks to report.
#[derive(Debug)]
pub enum SeriesPoint {
    Clean(Point),
    Written(Box<RawPoint>),
}

impl Expect for SeriesPoint {
    const KIND: Kind = Kind::Object;
}

impl<'de> Deserialize<'de> for SeriesPoint {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawPoint::deserialize(deserializer).map(SeriesPoint::from)
    }
}

impl From<RawPoint> for SeriesPoint {
    fn from(raw: RawPoint) -> Self {
        // Exactly the points the checks take without a finding (but the percentage warning,
        // which needs the unit and is made from the model's point).
        let date = match &raw.date {
            Field::Ok(DateText::Valid(date)) => *date,
            _ => return SeriesPoint::Written(Box::new(raw)),
        };
        let value = match &raw.value {
            Field::Ok(v) => Some(*v),
            Field::Null => None,
            _ => return SeriesPoint::Written(Box::new(raw)),
        };
        let from = match &raw.from {
            Field::Ok(DateText::Valid(from)) => Some(*from),
            Field::Missing | Field::Null => None,
            _ => return SeriesPoint::Written(Box::new(raw)),
        };
        // v1.1's members are rare: a point with any of them takes the checked way.
        let plain = matches!(
            (&raw.kind, &raw.range, &raw.bound),
            (Field::Missing, Field::Missing, Field::Missing)
        );
        if !plain {
            return SeriesPoint::Written(Box::new(raw));
        }
        let note = match raw.note {
            Field::Ok(note) => Some(note),
            Field::Missing | Field::Null => None,
            wrong @ Field::Wrong(_) => {
                return SeriesPoint::Written(Box::new(RawPoint { note: wrong, ..raw }));
            }
        };
        SeriesPoint::Clean(Point::new(date, value).with_from(from).with_note(note))
    }
}

/// The schema is the point's as written.
impl JsonSchema for SeriesPoint {
    fn inline_schema() -> bool {
        RawPoint::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        RawPoint::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        RawPoint::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        RawPoint::json_schema(generator)
    }
}

/// A benchmark series.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Comparison", extend("additionalProperties" = false))]
pub struct RawComparison {
    #[schemars(extend("x-required" = true))]
    pub label: Field<String>,
    #[schemars(extend("x-required" = true))]
    pub series: List<SeriesPoint>,
}

/// Something being done to reach goals.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Initiative", extend("additionalProperties" = false))]
pub struct RawInitiative {
    #[schemars(extend("x-required" = true))]
    pub id: Field<IdText>,
    #[schemars(extend("x-required" = true))]
    pub title: Field<String>,
    /// Ids of the goals it serves.
    pub goals: List<IdText>,
    /// Owner ids.
    pub owners: List<IdText>,
    pub tags: List<String>,
    pub description: Field<String>,
    pub status: Field<StatusText>,
    pub start: Field<DateText>,
    /// Sits at the last day of its period.
    pub end: Field<DateText>,
    pub milestones: List<RawMilestone>,
    /// Dated status notes.
    pub updates: List<RawUpdate>,
    /// Performance measures: how much, how well, who is better off.
    pub measures: List<RawIndicator>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Milestone", extend("additionalProperties" = false))]
pub struct RawMilestone {
    #[schemars(extend("x-required" = true))]
    pub date: Field<DateText>,
    #[schemars(extend("x-required" = true))]
    pub title: Field<String>,
    /// Default false.
    pub done: Field<bool>,
}

/// A dated status note on an initiative.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Update", extend("additionalProperties" = false))]
pub struct RawUpdate {
    #[schemars(extend("x-required" = true))]
    pub date: Field<DateText>,
    #[schemars(extend("x-required" = true))]
    pub text: Field<String>,
    pub status: Field<StatusText>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(json: &str) -> Field<SeriesPoint> {
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn a_point_without_a_problem_is_the_model_point_as_read() {
        let Field::Ok(SeriesPoint::Clean(p)) =
            point(r#"{"date": "2016-12", "value": 38, "from": "2016-01", "note": "n"}"#)
        else {
            panic!("clean");
        };
        assert_eq!(p.date, "2016-12".parse().expect("date"));
        assert_eq!(p.value(), Some(38.0));
        assert_eq!(p.from(), "2016-01".parse().ok());
        assert_eq!(p.note(), Some("n"));
        assert!(matches!(
            point(r#"{"date": "2016", "value": null}"#),
            Field::Ok(SeriesPoint::Clean(p)) if p.value().is_none()
        ));
    }

    #[test]
    fn a_point_with_a_problem_is_kept_as_written() {
        for json in [
            r#"{"date": "2016-13", "value": 1}"#,
            r#"{"value": 1}"#,
            r#"{"date": "2016", "value": "1"}"#,
            r#"{"date": "2016"}"#,
            r#"{"date": "2016", "value": 1, "from": "x"}"#,
            r#"{"date": "2016", "value": 1, "from": 2016}"#,
            r#"{"date": "2016", "value": 1, "note": 5}"#,
        ] {
            assert!(
                matches!(point(json), Field::Ok(SeriesPoint::Written(_))),
                "{json}"
            );
        }
    }

    #[test]
    fn a_point_as_read_is_no_larger_than_the_model_point() {
        assert!(size_of::<Field<SeriesPoint>>() <= size_of::<Point>());
    }
}
