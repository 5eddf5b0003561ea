//! The mapping from a repository to a goalboard v1.1 document: one goal per SDG goal found,
//! one indicator per data file, the headline series and its breakdowns, titles through the
//! translations, unit, decimals, target, direction and the `open_sdg` member.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json, json};
use serde_yaml_ng::Value;

use super::config::Config;
use super::meta::{self, Meta};
use super::progress::{self, Splits};
use super::table::{self, ColumnKind, Row, Table};
use super::translations::Translations;
use super::{Problem, data_file_id, files_in, shown};
use crate::message::OpenSdg;

/// Builds the document; problems are added with their files.
pub fn build(dir: &Path, config: &Config, problems: &mut Vec<(String, Problem)>) -> Json {
    let languages = languages(dir, config);
    let ui = languages
        .iter()
        .find(|l| matches!(l.as_str(), "da" | "en"))
        .cloned();
    let lang = ui
        .clone()
        .or_else(|| languages.first().cloned())
        .unwrap_or_else(|| "en".to_owned());
    let tr = Translations::read(dir, &lang, problems);
    let metas = meta::read_all(dir, &config.meta, Some(&lang), problems);
    let mut files: Vec<(Vec<SortPart>, String, PathBuf)> =
        files_in(&dir.join(&config.data_dir), &["csv"])
            .into_iter()
            .filter_map(|p| data_file_id(&p).map(|id| (sort_key(&id), id, p)))
            .collect();
    files.sort();
    let mut goals: BTreeMap<u8, Vec<Json>> = BTreeMap::new();
    for (_, id, path) in files {
        let goal: u8 = id
            .split('-')
            .next()
            .and_then(|g| g.parse().ok())
            .unwrap_or(0);
        let empty = Meta::default();
        let meta = metas.get(&id).unwrap_or(&empty);
        let indicator = indicator(dir, &id, &path, meta, &tr, problems);
        goals.entry(goal).or_default().push(indicator);
    }
    let goals: Vec<Json> = goals
        .into_iter()
        .map(|(number, indicators)| goal(number, &indicators, &tr))
        .collect();
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string());
    let mut doc = json!({
        "format": "goalboard/1",
        "title": format!("Open SDG data: {name}"),
        "description": "Read from an Open SDG data repository (see docs/open-sdg.md).",
        "status_method": "open-sdg",
        "goals": goals,
    });
    if let Some(ui) = ui {
        doc["language"] = Json::String(ui);
    }
    doc
}

/// The repository's languages: as `config_data.yml` lists them, else the folders of
/// `translations/` (sorted), so a repository without a config still reads in its language.
fn languages(dir: &Path, config: &Config) -> Vec<String> {
    if !config.languages.is_empty() {
        return config.languages.clone();
    }
    let Ok(entries) = std::fs::read_dir(dir.join("translations")) else {
        return Vec::new();
    };
    let mut found: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| !name.starts_with('.'))
        .collect();
    found.sort();
    found
}

fn goal(number: u8, indicators: &[Json], tr: &Translations) -> Json {
    let id = number.to_string();
    let title = tr
        .get(&format!("global_goals.{id}-title"))
        .or_else(|| tr.global_goal_title(&id).map(str::to_owned))
        .unwrap_or_else(|| format!("Goal {id}"));
    json!({ "id": id, "code": id, "title": title, "indicators": indicators })
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortPart {
    Number(u32),
    Text(String),
}

/// SDG order: 1-2-1 < 1-10-1 < 1-a-1 (numbered targets before lettered ones).
fn sort_key(id: &str) -> Vec<SortPart> {
    id.split('-')
        .map(|p| {
            p.parse()
                .map_or_else(|_| SortPart::Text(p.to_owned()), SortPart::Number)
        })
        .collect()
}

fn indicator(
    dir: &Path,
    id: &str,
    path: &Path,
    meta: &Meta,
    tr: &Translations,
    problems: &mut Vec<(String, Problem)>,
) -> Json {
    let file = shown(dir, path);
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (table, mut found) = table::read(&text, &|s| tr.cell(s));
    let series = split(&table, &mut found);
    let first = first_splits(&table);
    let mut located = Vec::new();
    let open_sdg = progress::member(meta, tr, &Splits { first: &first }, &mut located);
    let inner = |f: &Path| f.strip_prefix(dir).unwrap_or(f).display().to_string();
    let mut errors: Vec<String> = found
        .iter()
        .map(|p| format!("{}:{}:{}: {}", inner(path), p.line, p.column, p.message))
        .collect();
    errors.extend(meta.errors.iter().cloned());
    errors.extend(
        located
            .iter()
            .map(|(f, p)| format!("{}:{}:{}: {}", inner(f), p.line, p.column, p.message)),
    );
    problems.extend(found.into_iter().map(|p| (file.clone(), p)));
    for (f, p) in located {
        problems.push((shown(dir, &f), p));
    }
    let mut out = Map::new();
    out.insert("id".into(), json!(id));
    out.insert("title".into(), json!(title(id, meta, tr)));
    describe(&mut out, meta, tr, &first);
    let (headline, breakdowns) = series;
    out.insert(
        "series".into(),
        Json::Array(headline.iter().map(|r| point(&table, r)).collect()),
    );
    if !breakdowns.is_empty() {
        let list = breakdowns
            .iter()
            .map(|(dims, rows)| json!({ "dimensions": dims, "series": rows.iter().map(|r| point(&table, r)).collect::<Vec<_>>() }))
            .collect();
        out.insert("breakdowns".into(), Json::Array(list));
    }
    target(&mut out, meta, tr);
    if let Some(member) = open_sdg {
        out.insert("open_sdg".into(), member);
    }
    let target_line = global_target(id, meta, tr);
    notes(&mut out, meta, tr, &table, &errors, target_line);
    Json::Object(out)
}

/// The first title field that reads as text, else the global title, else the id.
fn title(id: &str, meta: &Meta, tr: &Translations) -> String {
    [
        "indicator_name",
        "graph_title",
        "indicator_available",
        "indicator_name_national",
    ]
    .iter()
    .filter_map(|f| meta.text(f))
    .find_map(|t| tr.field(&t))
    .or_else(|| tr.global_indicator_title(id).map(str::to_owned))
    .unwrap_or_else(|| id.to_owned())
}

/// Unit, decimals, direction and source.
fn describe(
    out: &mut Map<String, Json>,
    meta: &Meta,
    tr: &Translations,
    first: &[(String, String)],
) {
    if let Some(unit) = unit(meta, tr, first) {
        out.insert("unit".into(), json!(unit));
    }
    if let Some(d) = decimals(meta).filter(|d| *d <= 6) {
        out.insert("decimals".into(), json!(d));
    }
    if let Some(direction) = direction(meta) {
        out.insert("direction".into(), json!(direction));
    }
    if let Some(source) = source(meta, tr) {
        out.insert("source".into(), json!(source));
    }
}

/// The unit: the data's `Units` column on its first row, else the metadata's, a percentage
/// in any of its spellings written `%`.
fn unit(meta: &Meta, tr: &Translations, first: &[(String, String)]) -> Option<String> {
    let unit = first
        .iter()
        .find(|(c, _)| c == "Units")
        .map(|(_, u)| u.clone())
        .or_else(|| meta.text("computation_units").and_then(|u| tr.field(&u)))?;
    let percent = matches!(
        unit.to_lowercase().as_str(),
        "%" | "percent" | "percentage" | "per cent" | "procent"
    );
    Some(if percent { "%".to_owned() } else { unit })
}

/// The decimals shown: `precision` (or `decimals`), a number or the first of a list.
fn decimals(meta: &Meta) -> Option<u64> {
    match meta
        .fields
        .get("precision")
        .or_else(|| meta.fields.get("decimals"))
    {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::Sequence(items)) => items
            .first()
            .and_then(|i| i.get("decimals"))
            .and_then(Value::as_u64),
        _ => None,
    }
}

/// The direction in the dataset's words: the headline option's, else `decrease` when
/// `auto_progress_calculation` is set without one.
fn direction(meta: &Meta) -> Option<&'static str> {
    let direction = headline_option(meta)
        .and_then(|o| o.get("direction").and_then(Value::as_str))
        .or_else(|| meta.flag("auto_progress_calculation").then_some("negative"));
    match direction {
        Some("positive") => Some("increase"),
        Some("negative") => Some("decrease"),
        _ => None,
    }
}

/// The source: the first of the organisation and data source fields that is set.
fn source(meta: &Meta, tr: &Translations) -> Option<String> {
    [
        "source_organisation_1",
        "source_organisation",
        "data_source",
    ]
    .iter()
    .filter_map(|f| meta.text(f))
    .find_map(|t| tr.field(&t))
}

/// The option for the headline: the first with no disaggregation.
fn headline_option(meta: &Meta) -> Option<&Value> {
    match meta.fields.get("progress_calculation_options")? {
        Value::Sequence(items) => items.iter().find(|o| o.get("disaggregation").is_none()),
        _ => None,
    }
}

/// Target and deadline: the headline option's target and target year, else the first
/// target line of the graph.
fn target(out: &mut Map<String, Json>, meta: &Meta, tr: &Translations) {
    let headline = headline_option(meta).and_then(|o| {
        let t = o.get("target").and_then(Value::as_f64)?;
        let year = o.get("target_year").and_then(Value::as_i64).unwrap_or(2030);
        Some(json!({ "value": t, "date": year.to_string() }))
    });
    let line = || {
        let Some(Value::Sequence(lines)) = meta.fields.get("graph_target_lines") else {
            return None;
        };
        let line = lines.first()?;
        let v = line
            .get("value")
            .and_then(|v| v.as_f64().or_else(|| v.as_str()?.parse().ok()))?;
        let mut t = json!({ "value": v });
        if let Some(label) = line
            .get("label")
            .and_then(Value::as_str)
            .and_then(|l| tr.field(l))
        {
            t["label"] = json!(label);
        }
        Some(t)
    };
    if let Some(t) = headline.or_else(line) {
        out.insert("target".into(), t);
    }
}

/// The global target the indicator serves, as Open SDG sites show it ("Target 1.2: …"): the
/// metadata's `target_name` where it reads as text, else the bundled title of the target the
/// id names (`1-2-1` serves `1-2`).
fn global_target(id: &str, meta: &Meta, tr: &Translations) -> Option<String> {
    let mut parts = id.split('-');
    let (goal, target) = (parts.next()?, parts.next()?);
    let title = meta
        .text("target_name")
        .and_then(|t| tr.field(&t))
        .or_else(|| tr.get(&format!("global_targets.{goal}-{target}-title")))?;
    Some(format!("Target {goal}.{target}: {title}"))
}

/// The description: what the site says of the indicator, and why it may lack data.
fn notes(
    out: &mut Map<String, Json>,
    meta: &Meta,
    tr: &Translations,
    table: &Table,
    errors: &[String],
    target: Option<String>,
) {
    let mut parts: Vec<String> = Vec::new();
    if !errors.is_empty() {
        parts.push(format!("Error: {}.", errors.join("; ")));
        // At the front of the title, so every list and report that shows the indicator
        // shows that it is broken, however narrow; the description says why.
        if let Some(Json::String(title)) = out.get_mut("title") {
            *title = format!("[error] {title}");
        }
    }
    if table.rows.iter().all(|r| r.value.is_none()) && errors.is_empty() {
        parts.push("No data yet: the data file has no values.".to_owned());
    }
    if meta.flag("data_non_statistical") {
        parts.push("Non-statistical indicator.".to_owned());
    }
    if let Some(status) = meta.text("reporting_status") {
        parts.push(format!("Reporting status: {status}."));
    }
    parts.extend(target);
    // A definition may be a key too (a site's own `my_site.1-2-1-definition`).
    if let Some(d) = ["indicator_definition", "computation_definitions"]
        .iter()
        .filter_map(|f| meta.text(f))
        .find_map(|t| tr.field(&t))
    {
        parts.push(d);
    }
    if !parts.is_empty() {
        out.insert("description".into(), json!(parts.join(" ")));
    }
}

/// The first value of each split column (Units, Series), in file order.
fn first_splits(table: &Table) -> Vec<(String, String)> {
    table
        .kinds()
        .filter(|(_, k)| *k == ColumnKind::Split)
        .filter_map(|(i, _)| {
            let first = table.rows.iter().find_map(|r| r.cells[i].clone())?;
            Some((table.columns[i].clone(), first))
        })
        .collect()
}

type Dims = BTreeMap<String, String>;

/// The headline rows and the breakdowns, in file order; a year twice in one series is a
/// problem (the second row is left out).
fn split<'t>(
    table: &'t Table,
    problems: &mut Vec<Problem>,
) -> (Vec<&'t Row>, Vec<(Dims, Vec<&'t Row>)>) {
    let first = first_splits(table);
    let mut headline: Vec<&Row> = Vec::new();
    let mut breakdowns: Vec<(Dims, Vec<&Row>)> = Vec::new();
    let mut index: HashMap<Dims, usize> = HashMap::new();
    let mut seen: HashMap<(Dims, i32), usize> = HashMap::new();
    for row in table.rows.iter().filter(|r| r.value.is_some()) {
        let dims = dimensions(table, row, &first);
        if let Some(line) = seen.insert((dims.clone(), row.year), row.line) {
            let series = (!dims.is_empty()).then(|| format!("{dims:?}"));
            let (year, also) = (row.year, line);
            let twice = OpenSdg::YearTwice { year, series, also };
            problems.push(Problem::said(row.line, 1, twice));
            continue;
        }
        if dims.is_empty() {
            headline.push(row);
        } else {
            let at = *index.entry(dims.clone()).or_insert_with(|| {
                breakdowns.push((dims, Vec::new()));
                breakdowns.len() - 1
            });
            breakdowns[at].1.push(row);
        }
    }
    (headline, breakdowns)
}

fn dimensions(table: &Table, row: &Row, first: &[(String, String)]) -> Dims {
    let mut dims = Dims::new();
    for (i, kind) in table.kinds() {
        let Some(cell) = &row.cells[i] else { continue };
        let column = &table.columns[i];
        match kind {
            ColumnKind::Disaggregation => _ = dims.insert(column.clone(), cell.clone()),
            ColumnKind::Split if !first.iter().any(|(c, f)| c == column && f == cell) => {
                _ = dims.insert(column.clone(), cell.clone());
            }
            _ => {}
        }
    }
    dims
}

/// A point; a range of years and the note columns (observation status, comment) make its note.
fn point(table: &Table, row: &Row) -> Json {
    let mut p = json!({ "date": row.year.to_string(), "value": row.value });
    let mut note: Vec<String> = row.range.iter().map(|r| format!("Year {r}")).collect();
    for (i, kind) in table.kinds() {
        if let (ColumnKind::Note, Some(cell)) = (kind, &row.cells[i]) {
            note.push(format!("{}: {cell}", table.columns[i]));
        }
    }
    if !note.is_empty() {
        p["note"] = json!(note.join("; "));
    }
    p
}
