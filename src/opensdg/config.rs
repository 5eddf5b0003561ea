//! `config_data.yml`: the repository's languages and where its data and metadata are, as
//! sdg-build reads them. Without the file (or without `inputs`), the forms found in the wild
//! are all looked for.

use std::path::Path;

use serde_yaml_ng::Value;

use super::Problem;

/// A metadata form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaForm {
    /// `meta/*.md`: YAML front matter between `---` lines (sdg-build's `InputYamlMdMeta`).
    MarkdownFrontMatter,
    /// `meta/*.yml`, `indicator-config/*.yml` (`InputYamlMeta`).
    Yaml,
    /// Two columns, field and value (`InputCsvMeta`), fields renamed by a mapping file.
    Csv,
}

/// One metadata input: its form and the folder it reads, relative to the repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaInput {
    pub form: MetaForm,
    pub dir: String,
    /// For the CSV form: a two-column file of (label, field) that renames the fields.
    pub mapping: Option<String>,
}

/// What the repository's config says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub languages: Vec<String>,
    pub data_dir: String,
    pub meta: Vec<MetaInput>,
}

impl Default for Config {
    fn default() -> Self {
        let input = |form, dir: &str| MetaInput {
            form,
            dir: dir.to_owned(),
            mapping: None,
        };
        Self {
            languages: Vec::new(),
            data_dir: "data".to_owned(),
            meta: vec![
                input(MetaForm::MarkdownFrontMatter, "meta"),
                input(MetaForm::Yaml, "meta"),
                input(MetaForm::Yaml, "indicator-config"),
                MetaInput {
                    form: MetaForm::Csv,
                    dir: "csv-meta".to_owned(),
                    mapping: Some("metadata-mapping.csv".to_owned()),
                },
            ],
        }
    }
}

/// Reads `config_data.yml` if there is one.
pub fn read(repo: &Path) -> Result<Config, Problem> {
    let Ok(text) = std::fs::read_to_string(repo.join("config_data.yml")) else {
        return Ok(Config::default());
    };
    let value: Value = serde_yaml_ng::from_str(&text).map_err(|e| Problem::yaml(&e, 0))?;
    let mut config = Config::default();
    let src = value.get("src_dir").and_then(Value::as_str).unwrap_or("");
    let under = |dir: &str| {
        if src.is_empty() {
            dir.to_owned()
        } else {
            format!("{}/{dir}", src.trim_end_matches('/'))
        }
    };
    if let Some(langs) = value.get("languages").and_then(Value::as_sequence) {
        config.languages = langs
            .iter()
            .filter_map(|l| l.as_str().map(str::to_owned))
            .collect();
    }
    if let Some(inputs) = value.get("inputs").and_then(Value::as_sequence) {
        config.meta.clear();
        for input in inputs {
            let class = input.get("class").and_then(Value::as_str).unwrap_or("");
            let pattern = input.get("path_pattern").and_then(Value::as_str);
            let dir = pattern.map(folder_of);
            let form = match class {
                "InputCsvData" => {
                    if let Some(dir) = dir {
                        config.data_dir = under(&dir);
                    }
                    continue;
                }
                "InputYamlMdMeta" => MetaForm::MarkdownFrontMatter,
                "InputYamlMeta" => MetaForm::Yaml,
                "InputCsvMeta" => MetaForm::Csv,
                // SDMX, APIs and the like: goalboard reads files only.
                _ => continue,
            };
            let mapping = input
                .get("metadata_mapping")
                .and_then(Value::as_str)
                .map(under);
            config.meta.push(MetaInput {
                form,
                dir: under(&dir.unwrap_or_else(|| "meta".to_owned())),
                mapping,
            });
        }
    }
    Ok(config)
}

/// The folder of a glob pattern: `meta/*-*.md` → `meta`.
fn folder_of(pattern: &str) -> String {
    let head = pattern.split('*').next().unwrap_or("");
    head.rsplit_once('/')
        .map_or(String::new(), |(dir, _)| dir.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_of_patterns() {
        assert_eq!(folder_of("meta/*-*.md"), "meta");
        assert_eq!(folder_of("data/sub/*.csv"), "data/sub");
        assert_eq!(folder_of("*.csv"), "");
    }
}
