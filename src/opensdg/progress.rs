//! An indicator's progress settings (`auto_progress_calculation`,
//! `progress_calculation_options`, a manual `progress_status`) turned into the v1.1 `open_sdg`
//! member. An option naming a unit or series that is the headline's names the headline.

use serde_json::{Map, Value as Json, json};
use serde_yaml_ng::Value;

use super::Problem;
use super::meta::Meta;
use super::translations::{Translations, scalar};
use crate::message::OpenSdg;

const KNOWN: [&str; 9] = [
    "series",
    "unit",
    "disaggregation",
    "base_year",
    "target_year",
    "target",
    "direction",
    "limit",
    "progress_thresholds",
];

/// The headline's unit and series, which an option's dimensions leave out.
pub struct Splits<'a> {
    /// (column, first value) for `Units` and `Series`.
    pub first: &'a [(String, String)],
}

/// The `open_sdg` member, or `None` when the metadata says nothing of progress. Problems
/// come with the file they are in.
pub fn member(
    meta: &Meta,
    tr: &Translations,
    splits: &Splits,
    problems: &mut Vec<(std::path::PathBuf, Problem)>,
) -> Option<Json> {
    let auto = meta.flag("auto_progress_calculation");
    let manual = meta.text("progress_status");
    let options = meta.fields.get("progress_calculation_options");
    if !auto && manual.is_none() && options.is_none() {
        return None;
    }
    let mut out = Map::new();
    out.insert("auto".into(), Json::Bool(auto));
    if let (false, Some(status)) = (auto, manual) {
        out.insert("status".into(), Json::String(status));
    }
    let list: Vec<Json> = match options {
        Some(Value::Sequence(items)) => items
            .iter()
            .filter_map(|o| option(o, meta, tr, splits, problems))
            .collect(),
        _ => Vec::new(),
    };
    out.insert("options".into(), Json::Array(list));
    Some(Json::Object(out))
}

/// One progress option as the `open_sdg` member's: its settings, and what it is a breakdown
/// of.
fn option(
    o: &Value,
    meta: &Meta,
    tr: &Translations,
    splits: &Splits,
    problems: &mut Vec<(std::path::PathBuf, Problem)>,
) -> Option<Json> {
    let Value::Mapping(map) = o else {
        problems.push(locate(
            meta,
            "progress_calculation_options",
            OpenSdg::ProgressNotMapping,
        ));
        return None;
    };
    let mut out = Map::new();
    let mut dims = Map::new();
    for (k, v) in map {
        let key = scalar(k).unwrap_or_default();
        match key.as_str() {
            "series" | "unit" => unit_or_series(&key, v, tr, splits, &mut dims),
            "disaggregation" => disaggregation(v, tr, &mut dims),
            "base_year" | "target_year" => {
                if let Some(n) = v.as_i64() {
                    out.insert(key.clone(), json!(n));
                }
            }
            "target" | "limit" => {
                if let Some(n) = v.as_f64() {
                    out.insert(key.clone(), json!(n));
                }
            }
            "direction" => match direction(v) {
                Some(direction) => _ = out.insert(key.clone(), json!(direction)),
                None => problems.push(locate(
                    meta,
                    "direction",
                    OpenSdg::ProgressDirection {
                        text: v.as_str().unwrap_or("?").to_owned(),
                    },
                )),
            },
            "progress_thresholds" => {
                out.insert("thresholds".into(), thresholds(v));
            }
            _ => problems.push(unknown(meta, &key)),
        }
    }
    if !dims.is_empty() {
        out.insert("breakdown".into(), Json::Object(dims));
    }
    Some(Json::Object(out))
}

/// A setting no progress option has, with the ones there are.
fn unknown(meta: &Meta, key: &str) -> (std::path::PathBuf, Problem) {
    let message = OpenSdg::ProgressOption {
        key: key.to_owned(),
        known: KNOWN.join(", "),
    };
    locate(meta, key, message)
}

/// An option's `unit` or `series`: a breakdown's dimension, unless it is the headline's.
fn unit_or_series(
    key: &str,
    v: &Value,
    tr: &Translations,
    splits: &Splits,
    dims: &mut Map<String, Json>,
) {
    let column = if key == "series" { "Series" } else { "Units" };
    let value = tr.cell(&scalar(v).unwrap_or_default());
    let headline = splits.first.iter().any(|(c, f)| c == column && *f == value);
    if !headline {
        dims.insert(column.into(), Json::String(value));
    }
}

/// An option's `direction` in the dataset's words (`None` for a word Open SDG does not know).
fn direction(v: &Value) -> Option<&'static str> {
    match v.as_str() {
        Some("positive") => Some("increase"),
        Some("negative") => Some("decrease"),
        _ => None,
    }
}

/// `[{field: Sex, value: Female}]`, or a plain mapping `{Sex: Female}`.
fn disaggregation(v: &Value, tr: &Translations, dims: &mut Map<String, Json>) {
    match v {
        Value::Sequence(items) => {
            for item in items {
                let field = item.get("field").and_then(scalar);
                let value = item.get("value").and_then(scalar);
                if let (Some(f), Some(v)) = (field, value) {
                    dims.insert(tr.cell(&f), Json::String(tr.cell(&v)));
                }
            }
        }
        Value::Mapping(map) => {
            for (f, v) in map {
                if let (Some(f), Some(v)) = (scalar(f), scalar(v)) {
                    dims.insert(tr.cell(&f), Json::String(tr.cell(&v)));
                }
            }
        }
        _ => {}
    }
}

fn thresholds(v: &Value) -> Json {
    let mut out = Map::new();
    for key in ["high", "med", "low"] {
        if let Some(n) = v.get(key).and_then(Value::as_f64) {
            out.insert(key.into(), json!(n));
        }
    }
    Json::Object(out)
}

/// A problem at the first line of the indicator's metadata files that names `key`.
fn locate(meta: &Meta, key: &str, message: OpenSdg) -> (std::path::PathBuf, Problem) {
    for file in meta.files.iter().rev() {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            if let Some(at) = line.find(&format!("{key}:")).or_else(|| line.find(key)) {
                let column = line[..at].chars().count() + 1;
                return (file.clone(), Problem::said(i + 1, column, message));
            }
        }
    }
    let file = meta.files.last().cloned().unwrap_or_default();
    (file, Problem::said(0, 0, message))
}
