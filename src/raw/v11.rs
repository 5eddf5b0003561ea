//! The members v1.1 adds, as written: a point's kind and bound, an indicator's frequency,
//! breakdowns and Open SDG measure, and the dataset's status method.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};

use super::{List, RawTarget, SeriesPoint};
use crate::model::{Bound, Frequency, PointKind, StatusMethod};
use crate::raw::field::{Expect, Field, Kind};

string_type!(
    /// `measured`, `planned` or `estimated`.
    KindText, "PointKind", |_g| json_schema!({
        "type": "string",
        "enum": PointKind::ALL.map(PointKind::name),
        "description": "What kind of number this is (default \"measured\"): a plan or expectation is \"planned\" and takes part in no figure; a rough or unofficial figure is \"estimated\"."
    })
);
string_type!(
    /// `at_least` or `at_most`.
    BoundText, "Bound", |_g| json_schema!({
        "type": "string",
        "enum": Bound::ALL.map(Bound::name),
        "description": "The source gives only a bound: \"at least\" / \"over\" (at_least), \"no more than\" (at_most)."
    })
);
string_type!(
    /// How often a value is due.
    FrequencyText, "Frequency", |_g| json_schema!({
        "type": "string",
        "enum": Frequency::ALL.map(Frequency::name),
        "description": "How often a value is due; inferred from the series when absent."
    })
);
string_type!(
    /// `forecast` or `open-sdg`.
    StatusMethodText, "StatusMethod", |_g| json_schema!({
        "type": "string",
        "enum": [StatusMethod::Forecast.name(), StatusMethod::OpenSdg.name()],
        "description": "Which status the dashboard shows: \"forecast\" (default, goalboard's rules) or \"open-sdg\" (Open SDG's progress measure)."
    })
);
string_type!(
    /// `decrease` or `increase`, for Open SDG.
    OpenSdgDirectionText, "OpenSdgDirection", |_g| json_schema!({
        "type": "string",
        "enum": ["decrease", "increase"],
        "description": "Which way is progress (default \"decrease\", Open SDG's \"negative\")."
    })
);

/// Dimension: value pairs as written, in file order; a value of the wrong kind is kept as
/// such, for the checks to report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DimensionsText(pub Vec<(String, Field<String>)>);

impl Expect for DimensionsText {
    const KIND: Kind = Kind::Object;
}

impl<'de> Deserialize<'de> for DimensionsText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor;

        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = DimensionsText;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of dimension names and values")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DimensionsText, A::Error> {
                let mut pairs: Vec<(String, Field<String>)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if pairs.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format_args!("duplicate field \"{key}\"")));
                    }
                    let value = map.next_value::<Field<String>>()?;
                    pairs.push((key, value));
                }
                Ok(DimensionsText(pairs))
            }
        }

        deserializer.deserialize_map(PairsVisitor)
    }
}

impl JsonSchema for DimensionsText {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Dimensions")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "additionalProperties": { "type": "string" },
            "minProperties": 1,
            "description": "Dimension names and values, like {\"Køn\": \"Kvinder\", \"Alder\": \"18-29\"}.",
        })
    }
}

objects!(RawBreakdown, RawOpenSdg, RawOpenSdgOption, RawThresholds);

/// The same indicator split by one or more dimensions; it takes the indicator's unit,
/// decimals and direction.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "Breakdown", extend("additionalProperties" = false))]
pub struct RawBreakdown {
    /// One or more dimension: value pairs; no two breakdowns of an indicator with the same set.
    #[schemars(extend("x-required" = true))]
    pub dimensions: Field<DimensionsText>,
    #[schemars(extend("x-required" = true))]
    pub series: List<SeriesPoint>,
    /// This breakdown's own target, if it has one.
    pub target: Field<RawTarget>,
}

/// Open SDG's progress measure for an indicator (computed as `sdg-build` does).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "OpenSdg", extend("additionalProperties" = false))]
pub struct RawOpenSdg {
    /// Default true; false: use `status` as a manual status and compute nothing.
    pub auto: Field<bool>,
    /// The manual status, used only when `auto` is false.
    pub status: Field<String>,
    /// One per series the measure covers; absent or [] means one option with the defaults.
    pub options: List<RawOpenSdgOption>,
}

/// One series the Open SDG measure covers.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "OpenSdgOption", extend("additionalProperties" = false))]
pub struct RawOpenSdgOption {
    /// Which breakdown, by its dimensions; absent: the headline series.
    pub breakdown: Field<DimensionsText>,
    /// Default 2015.
    #[schemars(with = "i32")]
    pub base_year: Field<f64>,
    /// Default 2030.
    #[schemars(with = "i32")]
    pub target_year: Field<f64>,
    /// With a target, Open SDG's method 2; without, method 1.
    pub target: Field<f64>,
    pub direction: Field<OpenSdgDirectionText>,
    /// A natural limit (method 1 only).
    #[schemars(with = "Option<f64>")]
    pub limit: Field<f64>,
    pub thresholds: Field<RawThresholds>,
}

/// Overrides of the measure's thresholds.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(rename = "OpenSdgThresholds", extend("additionalProperties" = false))]
pub struct RawThresholds {
    pub high: Field<f64>,
    pub med: Field<f64>,
    pub low: Field<f64>,
}
