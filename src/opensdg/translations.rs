//! Translation keys (`global_indicators.1-2-1-title`, `data.Female`): looked up in the
//! repository's own `translations/<lang>/*.yml`, then in the global goal, target and indicator
//! titles of open-sdg/sdg-translations stored in the binary (in the repository's language
//! where they are bundled, else in English), so that no raw key is ever shown.

use std::collections::HashMap;
use std::path::Path;

use serde_yaml_ng::Value;

use super::Problem;
use super::global::{self, GoalField};

/// The keys of one language: `group.key` → text.
#[derive(Clone, Debug, Default)]
pub struct Translations {
    entries: HashMap<String, String>,
    /// The language of the bundled global titles used: the repository's where bundled.
    global: &'static str,
}

impl Translations {
    /// Reads `translations/<lang>/*.yml` of the repository; a broken file is a problem, the
    /// others still count.
    pub fn read(repo: &Path, lang: &str, problems: &mut Vec<(String, Problem)>) -> Self {
        let mut entries = HashMap::new();
        let dir = repo.join("translations").join(lang);
        for path in super::files_in(&dir, &["yml", "yaml"]) {
            let Some(group) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            match serde_yaml_ng::from_str::<Value>(&text) {
                Ok(value) => flatten(group, &value, &mut entries),
                Err(e) => problems.push((super::shown(repo, &path), Problem::yaml(&e, 0))),
            }
        }
        Self {
            entries,
            global: global::bundled(lang).unwrap_or("en"),
        }
    }

    /// The language the bundled global titles are in.
    pub fn global_language(&self) -> &'static str {
        if self.global.is_empty() {
            "en"
        } else {
            self.global
        }
    }

    /// The bundled title of goal `number` ("1"…"17").
    pub fn global_goal_title(&self, number: &str) -> Option<&'static str> {
        global::goal(self.global_language(), number, GoalField::Title)
    }

    /// The bundled title of indicator `id` ("1-2-1").
    pub fn global_indicator_title(&self, id: &str) -> Option<&'static str> {
        global::indicator(self.global_language(), id)
    }

    /// The text of `key` if it is a key this repository or the bundled titles know.
    pub fn get(&self, key: &str) -> Option<String> {
        if let Some(text) = self.entries.get(key) {
            return Some(text.clone());
        }
        let (group, rest) = key.split_once('.')?;
        let lang = self.global_language();
        let text = match group {
            "global_indicators" => global::indicator(lang, rest.strip_suffix("-title")?),
            "global_targets" => global::target(lang, rest.strip_suffix("-title")?),
            "global_goals" => {
                let (number, field) = rest.rsplit_once('-')?;
                let field = match field {
                    "title" => GoalField::Title,
                    "short" => GoalField::Short,
                    _ => return None,
                };
                global::goal(lang, number, field)
            }
            _ => None,
        };
        text.map(str::to_owned)
    }

    /// A data cell or column name: its translation when it is a known key, else as written.
    pub fn cell(&self, text: &str) -> String {
        if text.contains('.')
            && let Some(t) = self.get(text)
        {
            return t;
        }
        text.to_owned()
    }

    /// Whether `text` looks like a translation key (`group.some-key`, no spaces in the group).
    pub fn looks_like_key(text: &str) -> bool {
        text.split_once('.').is_some_and(|(group, rest)| {
            !group.is_empty()
                && !rest.is_empty()
                && group
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
    }

    /// The text of a metadata field: a key is translated, or `None` when it cannot be.
    pub fn field(&self, text: &str) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if Self::looks_like_key(text) && !text.contains(' ') {
            return self.get(text);
        }
        Some(text.to_owned())
    }
}

/// Nested maps become `group.a-b`, as Open SDG joins them; both `.` and `-` joins are kept.
fn flatten(prefix: &str, value: &Value, out: &mut HashMap<String, String>) {
    match value {
        Value::Mapping(map) => {
            for (k, v) in map {
                let Some(k) = scalar(k) else { continue };
                if prefix.contains('.') {
                    flatten(&format!("{prefix}-{k}"), v, out);
                }
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        other => {
            if let Some(text) = scalar(other) {
                out.insert(prefix.to_owned(), text);
            }
        }
    }
}

/// A YAML scalar as text (keys such as `1` are numbers in YAML).
pub fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_titles_answer_global_keys() {
        let t = Translations::default();
        assert_eq!(
            t.get("global_goals.1-title").as_deref(),
            Some("End poverty in all its forms everywhere")
        );
        assert!(
            t.get("global_indicators.1-2-1-title").is_some_and(
                |s| s.starts_with("Proportion of population living below the national")
            )
        );
        assert_eq!(t.global_goal_title("17").map(str::len), Some(104));
        assert_eq!(
            t.get("global_targets.16-9-title").as_deref(),
            Some("By 2030, provide legal identity for all, including birth registration")
        );
        assert_eq!(t.field("global_targets.16-99-title"), None);
        let de = Translations {
            global: "de",
            ..Translations::default()
        };
        assert_eq!(
            de.get("global_goals.2-short").as_deref(),
            Some("Kein Hunger")
        );
        assert!(
            de.get("global_indicators.1-2-1-title")
                .is_some_and(|s| s.starts_with("Anteil"))
        );
        assert_eq!(de.get("global_goals.2-colour"), None);
    }

    #[test]
    fn fields_keys_and_cells() {
        let mut entries = HashMap::new();
        flatten(
            "data",
            &serde_yaml_ng::from_str("Female: Kvinder\nage:\n  young: Unge\n").unwrap(),
            &mut entries,
        );
        let t = Translations {
            entries,
            global: "en",
        };
        assert_eq!(t.cell("data.Female"), "Kvinder");
        assert_eq!(t.cell("data.age.young"), "Unge");
        assert_eq!(t.cell("Female"), "Female");
        assert_eq!(t.field("my_group.unknown-title"), None);
        assert_eq!(
            t.field("Share of people, 2015. Total").as_deref(),
            Some("Share of people, 2015. Total")
        );
    }
}
