//! JSON-stat 2.0, and the 1.0 form Statistics Denmark's `StatBank` returns (`{"dataset": {…}}`
//! with `id`, `size` and `role` inside `dimension`). One series is chosen with `--select`; the
//! time dimension becomes dates, the other dimensions that still vary become breakdowns.

use serde_json::{Map, Value};

use super::period::parse_period;
use super::{Kind, Options, Place, Row, Rows, Spot, Unreadable, valid_id};

/// One dimension: its id, its label, and its categories (code, label) in index order.
struct Dimension {
    id: String,
    label: String,
    categories: Vec<(String, String)>,
}

/// The rows of a JSON-stat text.
pub fn read(text: &str, name: &str, options: &Options) -> Rows {
    let mut rows = Rows::default();
    match cube(text).and_then(|(dims, time, values)| series(&dims, time, &values, name, options)) {
        Ok(found) => rows.extend(found),
        Err(why) => rows.refuse(name, Spot::File, why.to_string()),
    }
    rows
}

type Cube = (Vec<Dimension>, usize, Vec<Option<f64>>);

/// Why a JSON-stat file gives no rows: a sentence for the person importing it.
#[derive(Debug, thiserror::Error)]
enum JsonStatError {
    #[error("not JSON (line {line}, column {column}): {0}", line = .0.line(), column = .0.column())]
    NotJson(serde_json::Error),
    /// Something the format requires is not there: what, in words.
    #[error("{0}")]
    Missing(&'static str),
    #[error("no dimension '{0}'")]
    NoDimension(String),
    #[error("dimension '{0}' has no categories")]
    NoCategories(String),
    #[error("--select {name}: no such dimension; there are {known}")]
    NoSuchDimension { name: String, known: String },
    #[error("--select {name}={wanted}: no such category")]
    NoSuchCategory { name: String, wanted: String },
    #[error("'{0}' is not an indicator id")]
    NotAnId(String),
}

use JsonStatError::Missing;

/// The dimensions, which of them is time, and the values in row-major order.
fn cube(text: &str) -> Result<Cube, JsonStatError> {
    let root: Value = serde_json::from_str(text).map_err(JsonStatError::NotJson)?;
    let ds = dataset(&root).ok_or(Missing(
        "not a JSON-stat dataset (no 'dimension' and 'value')",
    ))?;
    let dimension = ds
        .get("dimension")
        .and_then(Value::as_object)
        .ok_or(Missing("no 'dimension'"))?;
    // 2.0 keeps id, size and role at the top of the dataset; 1.0 inside 'dimension'.
    let holder = if ds.contains_key("id") { ds } else { dimension };
    let ids: Vec<String> = strings(holder.get("id")).ok_or(Missing("no dimension 'id' list"))?;
    let mut dims = Vec::new();
    for id in &ids {
        let d = dimension
            .get(id)
            .and_then(Value::as_object)
            .ok_or_else(|| JsonStatError::NoDimension(id.clone()))?;
        dims.push(Dimension {
            id: id.clone(),
            label: d
                .get("label")
                .and_then(Value::as_str)
                .unwrap_or(id)
                .to_owned(),
            categories: categories(d).ok_or_else(|| JsonStatError::NoCategories(id.clone()))?,
        });
    }
    let time = time_dimension(holder, &dims).ok_or(Missing(
        "no time dimension (role 'time', or one named Tid or time)",
    ))?;
    let total = dims.iter().map(|d| d.categories.len()).product::<usize>();
    let values = values(ds.get("value"), total).ok_or(Missing("no 'value'"))?;
    Ok((dims, time, values))
}

/// The dataset object: the root (2.0), `root.dataset` (`StatBank` 1.0), or a bundle's first.
fn dataset(root: &Value) -> Option<&Map<String, Value>> {
    let obj = root.as_object()?;
    if obj.contains_key("dimension") {
        return Some(obj);
    }
    obj.values()
        .filter_map(Value::as_object)
        .find(|o| o.contains_key("dimension") && o.contains_key("value"))
}

fn strings(v: Option<&Value>) -> Option<Vec<String>> {
    v?.as_array()?
        .iter()
        .map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// Categories in index order: `index` as a list or as code → position, else the labels' codes.
fn categories(d: &Map<String, Value>) -> Option<Vec<(String, String)>> {
    let category = d.get("category")?.as_object()?;
    let labels = category.get("label").and_then(Value::as_object);
    let mut codes: Vec<String> = match category.get("index") {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|c| c.as_str().map(str::to_owned))
            .collect(),
        Some(Value::Object(map)) => {
            let mut pairs: Vec<(u64, String)> = map
                .iter()
                .map(|(code, at)| (at.as_u64().unwrap_or(u64::MAX), code.clone()))
                .collect();
            pairs.sort();
            pairs.into_iter().map(|(_, code)| code).collect()
        }
        _ => labels?.keys().cloned().collect(),
    };
    codes.dedup();
    let label = |code: &String| {
        labels
            .and_then(|l| l.get(code))
            .and_then(Value::as_str)
            .unwrap_or(code)
            .to_owned()
    };
    Some(codes.iter().map(|c| (c.clone(), label(c))).collect())
}

fn time_dimension(holder: &Map<String, Value>, dims: &[Dimension]) -> Option<usize> {
    let by_role = holder
        .get("role")
        .and_then(|r| strings(r.get("time")))
        .and_then(|t| t.first().cloned());
    if let Some(id) = by_role {
        return dims.iter().position(|d| d.id.eq_ignore_ascii_case(&id));
    }
    dims.iter().position(|d| {
        matches!(
            d.id.to_lowercase().as_str(),
            "tid" | "time" | "time_period" | "year" | "år"
        )
    })
}

/// The values as a dense list: JSON-stat writes a list, or an object of index → value.
fn values(v: Option<&Value>, total: usize) -> Option<Vec<Option<f64>>> {
    match v? {
        Value::Array(list) => Some(list.iter().map(Value::as_f64).collect()),
        Value::Object(map) => {
            let mut dense = vec![None; total];
            for (at, value) in map {
                if let Some(slot) = at.parse::<usize>().ok().and_then(|i| dense.get_mut(i)) {
                    *slot = value.as_f64();
                }
            }
            Some(dense)
        }
        _ => None,
    }
}

/// The position of the selected category of each dimension, or `None` where not selected.
fn selections(dims: &[Dimension], options: &Options) -> Result<Vec<Option<usize>>, JsonStatError> {
    let mut chosen = vec![None; dims.len()];
    for (name, wanted) in &options.select {
        let at = dims
            .iter()
            .position(|d| d.id.eq_ignore_ascii_case(name) || d.label.eq_ignore_ascii_case(name))
            .ok_or_else(|| JsonStatError::NoSuchDimension {
                name: name.clone(),
                known: ids(dims),
            })?;
        let cats = &dims[at].categories;
        let category = cats
            .iter()
            .position(|(code, label)| code == wanted || label == wanted)
            .ok_or_else(|| JsonStatError::NoSuchCategory {
                name: name.clone(),
                wanted: wanted.clone(),
            })?;
        chosen[at] = Some(category);
    }
    Ok(chosen)
}

fn ids(dims: &[Dimension]) -> String {
    dims.iter()
        .map(|d| d.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rows of the chosen series: one per time category and combination of the varying rest.
fn series(
    dims: &[Dimension],
    time: usize,
    values: &[Option<f64>],
    name: &str,
    options: &Options,
) -> Result<Rows, JsonStatError> {
    let indicator = options.indicator.clone().ok_or(Missing(
        "name the indicator these numbers belong to with --indicator ID",
    ))?;
    if !valid_id(&indicator) {
        return Err(JsonStatError::NotAnId(indicator));
    }
    let chosen = selections(dims, options)?;
    let sizes: Vec<usize> = dims.iter().map(|d| d.categories.len()).collect();
    let mut out = Rows::default();
    let mut at = vec![0usize; dims.len()];
    for flat in 0..sizes.iter().product::<usize>() {
        let mut rest = flat;
        for k in (0..dims.len()).rev() {
            at[k] = rest % sizes[k];
            rest /= sizes[k];
        }
        if chosen
            .iter()
            .zip(&at)
            .any(|(c, a)| c.is_some_and(|c| c != *a))
        {
            continue;
        }
        if let Some(Some(value)) = values.get(flat).copied() {
            let place = Place {
                file: name.to_owned(),
                spot: Spot::Path(format!("value[{flat}]")),
            };
            let point = Point {
                at: &at,
                chosen: &chosen,
                time,
                value,
            };
            match row(dims, &point, &indicator, place) {
                Ok(r) => out.rows.push(r),
                Err(bad) => out.unreadable.push(bad),
            }
        }
    }
    Ok(out)
}

/// One value of the cube: its category in each dimension.
struct Point<'a> {
    at: &'a [usize],
    chosen: &'a [Option<usize>],
    time: usize,
    value: f64,
}

/// The row of one value: its date from the time category, its breakdown from the rest.
fn row(
    dims: &[Dimension],
    p: &Point<'_>,
    indicator: &str,
    place: Place,
) -> Result<Row, Unreadable> {
    let (code, label) = &dims[p.time].categories[p.at[p.time]];
    let Some(date) = parse_period(code).or_else(|| parse_period(label)) else {
        return Err(Unreadable {
            place,
            why: format!("'{code}' is not a period"),
        });
    };
    let mut dimensions: Vec<(String, String)> = dims
        .iter()
        .enumerate()
        .filter(|(k, d)| *k != p.time && p.chosen[*k].is_none() && d.categories.len() > 1)
        .map(|(k, d)| (d.label.clone(), d.categories[p.at[k]].1.clone()))
        .collect();
    dimensions.sort();
    Ok(Row {
        place,
        indicator: indicator.to_owned(),
        dimensions,
        date,
        value: p.value,
        note: None,
        kind: Kind::Measured,
        title: None,
        goal: None,
    })
}
