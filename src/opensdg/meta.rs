//! Indicator metadata in every form found in the wild: YAML front matter of `meta/*.md`,
//! `meta/*.yml`, `indicator-config/*.yml`, two-column `csv-meta/*.csv` renamed through a
//! mapping file, and the translated `meta/<lang>/…`. Later inputs override earlier ones, as
//! sdg-build merges them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_yaml_ng::{Mapping, Value};

use super::config::{MetaForm, MetaInput};
use super::translations::scalar;
use super::{Problem, files_in, shown};
use crate::message::OpenSdg;

/// One indicator's metadata fields, and the files they came from (for locating problems).
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub fields: HashMap<String, Value>,
    pub files: Vec<PathBuf>,
    /// Problems of its metadata files, shown with the indicator.
    pub errors: Vec<String>,
}

impl Meta {
    pub fn text(&self, field: &str) -> Option<String> {
        self.fields.get(field).and_then(scalar)
    }

    pub fn number(&self, field: &str) -> Option<f64> {
        match self.fields.get(field)? {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn flag(&self, field: &str) -> bool {
        matches!(self.fields.get(field), Some(Value::Bool(true)))
    }

    fn merge(&mut self, map: Mapping, file: &Path) {
        for (k, v) in map {
            if let Some(k) = scalar(&k) {
                self.fields.insert(k, v);
            }
        }
        self.files.push(file.to_owned());
    }
}

/// Reads every metadata input; `lang` adds `meta/<lang>/…` after them.
pub fn read_all(
    repo: &Path,
    inputs: &[MetaInput],
    lang: Option<&str>,
    problems: &mut Vec<(String, Problem)>,
) -> HashMap<String, Meta> {
    let mut metas: HashMap<String, Meta> = HashMap::new();
    let mut all: Vec<MetaInput> = inputs.to_vec();
    if let Some(lang) = lang {
        for input in inputs {
            if input.form != MetaForm::Csv {
                all.push(MetaInput {
                    dir: format!("{}/{lang}", input.dir),
                    ..input.clone()
                });
            }
        }
    }
    for input in &all {
        let mapping = input
            .mapping
            .as_ref()
            .map(|m| read_mapping(&repo.join(m)))
            .unwrap_or_default();
        let ext: &[&str] = match input.form {
            MetaForm::MarkdownFrontMatter => &["md"],
            MetaForm::Yaml => &["yml", "yaml"],
            MetaForm::Csv => &["csv"],
        };
        for path in files_in(&repo.join(&input.dir), ext) {
            let Some(id) = path.file_stem().and_then(|s| s.to_str()).and_then(id_of) else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            match parse(input.form, &text, &mapping) {
                Ok(map) => metas.entry(id).or_default().merge(map, &path),
                Err(p) => {
                    let meta = metas.entry(id).or_default();
                    meta.files.push(path.clone());
                    meta.errors.push(format!(
                        "{}:{}:{}: {}",
                        path.strip_prefix(repo).unwrap_or(&path).display(),
                        p.line,
                        p.column,
                        p.message
                    ));
                    problems.push((shown(repo, &path), p));
                }
            }
        }
    }
    metas
}

/// The indicator id of a metadata file's stem: `1-2-1`, `indicator_1-2-1`.
pub fn id_of(stem: &str) -> Option<String> {
    let id = stem.strip_prefix("indicator_").unwrap_or(stem);
    let mut parts = id.split('-');
    let goal = parts.next()?;
    let ok = goal.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))
        && id.split('-').count() >= 3
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| id.to_owned())
}

fn parse(
    form: MetaForm,
    text: &str,
    mapping: &HashMap<String, String>,
) -> Result<Mapping, Problem> {
    match form {
        MetaForm::MarkdownFrontMatter => front_matter(text),
        MetaForm::Yaml => yaml_map(text, 0),
        MetaForm::Csv => Ok(csv_meta(text, mapping)),
    }
}

/// The YAML between the first two `---` lines; a file without them has no metadata.
pub fn front_matter(text: &str) -> Result<Mapping, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return Ok(Mapping::new());
    }
    let mut yaml = String::new();
    for line in lines {
        if line.trim_end() == "---" {
            return yaml_map(&yaml, 1);
        }
        yaml.push_str(line);
    }
    Err(Problem::said(1, 1, OpenSdg::NoClosingFrontMatter))
}

/// A YAML mapping; `offset` lines come before the text in its file.
fn yaml_map(text: &str, offset: usize) -> Result<Mapping, Problem> {
    if text.trim().is_empty() {
        return Ok(Mapping::new());
    }
    match serde_yaml_ng::from_str::<Value>(text) {
        Ok(Value::Mapping(map)) => Ok(map),
        Ok(Value::Null) => Ok(Mapping::new()),
        Ok(_) => Err(Problem::said(offset + 1, 1, OpenSdg::MetadataNotMapping)),
        Err(e) => Err(Problem::yaml(&e, offset)),
    }
}

/// Two columns, field then value; the header row (`field,value`) and unknown rows pass.
fn csv_meta(text: &str, mapping: &HashMap<String, String>) -> Mapping {
    let mut map = Mapping::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in reader.records().flatten() {
        let (Some(field), Some(value)) = (record.get(0), record.get(1)) else {
            continue;
        };
        let field = field.trim();
        let field = mapping.get(field).map_or(field, String::as_str);
        if field.is_empty() || value.trim().is_empty() {
            continue;
        }
        // A cell may hold YAML (a list of options); plain text stays text.
        let value = match serde_yaml_ng::from_str::<Value>(value) {
            Ok(
                v @ (Value::Sequence(_) | Value::Mapping(_) | Value::Bool(_) | Value::Number(_)),
            ) => v,
            _ => Value::String(value.trim().to_owned()),
        };
        map.insert(Value::String(field.to_owned()), value);
    }
    map
}

/// The metadata mapping: human label → field name.
fn read_mapping(path: &Path) -> HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .flatten()
        .filter_map(|r| Some((r.get(0)?.trim().to_owned(), r.get(1)?.trim().to_owned())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_its_errors_with_file_lines() {
        let map = front_matter(
            "---\nindicator_name: Poverty\nauto_progress_calculation: true\n---\nText\n",
        )
        .unwrap();
        assert_eq!(map.len(), 2);
        let e = front_matter("---\ntitle: ok\nbad: [1, 2\n---\n").unwrap_err();
        assert!(e.line >= 3, "{e:?}");
        assert!(front_matter("---\na: 1\n").is_err());
        assert!(front_matter("no front matter").unwrap().is_empty());
    }

    #[test]
    fn csv_meta_renamed_by_the_mapping() {
        let mapping = HashMap::from([("Indicator name".to_owned(), "indicator_name".to_owned())]);
        let map = csv_meta(
            "Indicator name,Poverty rate\nauto_progress_calculation,true\n",
            &mapping,
        );
        assert_eq!(
            map.get("indicator_name").and_then(Value::as_str),
            Some("Poverty rate")
        );
        assert_eq!(
            map.get("auto_progress_calculation"),
            Some(&Value::Bool(true))
        );
    }

    #[test]
    fn ids_of_file_names() {
        assert_eq!(id_of("1-2-1").as_deref(), Some("1-2-1"));
        assert_eq!(id_of("indicator_16-b-1").as_deref(), Some("16-b-1"));
        assert_eq!(id_of("archived-1-2-1"), None);
        assert_eq!(id_of("18-1-1"), None);
        assert_eq!(id_of("README"), None);
    }
}
