//! The config file: what the user chose, all optional. Command-line flags win over it; for the
//! language the order is `--lang`, then the dataset's `language`, then the config.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// A colour theme. `auto` uses the terminal's 16-colour palette, which follows its theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

/// The names of the settings, for "did you mean".
const SETTINGS: [&str; 6] = ["theme", "language", "ascii", "no_color", "mouse", "dataset"];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// `dark` or `light`.
    pub theme: Option<ThemeName>,
    /// `en` or `da`: the language when the dataset names none.
    pub language: Option<String>,
    /// Use no glyph outside ASCII.
    pub ascii: Option<bool>,
    /// Turn colour off (as `NO_COLOR` does).
    pub no_color: Option<bool>,
    /// Capture the mouse (click to select, wheel to scroll). Off keeps the terminal's own text
    /// selection for copying numbers; on is the default.
    pub mouse: Option<bool>,
    /// The dataset opened when none is named and none was opened before.
    pub dataset: Option<PathBuf>,
}

impl Config {
    /// Reads the config; a missing file is the defaults, a broken one the defaults plus a warning.
    /// Only a regular file of at most [`super::MAX_BYTES`] is read (a link to `/dev/zero` or a
    /// named pipe is refused at once, see `load::file`).
    pub fn load(path: &Path) -> (Config, Option<String>) {
        match super::read(path) {
            Ok(None) => (Config::default(), None),
            Ok(Some(bytes)) => match String::from_utf8(bytes) {
                Ok(text) => Self::parse(&text, path),
                Err(_) => (
                    Config::default(),
                    Some(super::warning(path, "not UTF-8; using defaults")),
                ),
            },
            Err(why) => (
                Config::default(),
                Some(super::warning(path, &format!("{why}; using defaults"))),
            ),
        }
    }

    /// Parses the config. A setting it does not know is ignored with a warning (with "did you
    /// mean" for a near miss) and the rest kept; a file that is not valid TOML, or a value of
    /// the wrong kind, gives the defaults and a warning with its line and column.
    fn parse(text: &str, path: &Path) -> (Config, Option<String>) {
        let mut unknown = Vec::new();
        let parsed = toml::de::Deserializer::parse(text)
            .and_then(|de| serde_ignored::deserialize(de, |key| unknown.push(key.to_string())));
        let mut config: Config = match parsed {
            Ok(config) => config,
            Err(e) => {
                let at = e
                    .span()
                    .map(|span| line_col(text, span.start))
                    .map_or_else(String::new, |(line, col)| format!(":{line}:{col}"));
                // The message may quote the file's text: it goes through the sanitiser.
                let msg = e.message().trim().to_owned();
                return (
                    Config::default(),
                    Some(
                        crate::sanitize::clean(&format!(
                            "warning: {}{at}: {msg}; using defaults",
                            path.display()
                        ))
                        .into_owned(),
                    ),
                );
            }
        };
        let mut warnings: Vec<String> = unknown
            .iter()
            .map(|key| {
                let hint = crate::suggest::closest(key, SETTINGS)
                    .map_or_else(String::new, |k| format!("; did you mean `{k}`?"));
                format!("unknown setting `{key}` ignored{hint}")
            })
            .collect();
        if config
            .language
            .as_deref()
            .is_some_and(|l| Lang::parse(l).is_none())
        {
            config.language = None;
            warnings.push("language must be \"en\" or \"da\"; ignored".to_owned());
        }
        let warning = (!warnings.is_empty()).then(|| super::warning(path, &warnings.join("; ")));
        (config, warning)
    }

    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::parse)
    }

    /// The config as TOML, for `goalboard config`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_setting() {
        let text = "theme = \"light\"\nlanguage = \"da\"\nascii = true\nmouse = false\ndataset = \"/x.json\"\n";
        let (c, warning) = Config::parse(text, Path::new("c.toml"));
        assert_eq!(warning, None);
        assert_eq!(c.theme, Some(ThemeName::Light));
        assert_eq!(c.lang(), Some(Lang::Da));
        assert_eq!((c.ascii, c.mouse), (Some(true), Some(false)));
        assert_eq!(c.dataset.as_deref(), Some(Path::new("/x.json")));
    }

    #[test]
    fn broken_config_warns_and_defaults() {
        for text in ["theme = ", "theme = \"purple\"", "ascii = \"yes\"", "[[x"] {
            let (c, warning) = Config::parse(text, Path::new("c.toml"));
            assert_eq!(c, Config::default());
            let warning = warning.expect("a warning");
            assert!(warning.starts_with("warning: c.toml:"), "{warning}");
            assert!(warning.ends_with("; using defaults"), "{warning}");
        }
        let (c, warning) = Config::parse("language = \"fr\"", Path::new("c.toml"));
        assert_eq!(c.lang(), None);
        assert!(warning.is_some());
    }

    #[test]
    fn errors_say_where() {
        let (_, warning) = Config::parse("ascii = true\ntheme = \"purple\"\n", Path::new("c.toml"));
        let warning = warning.expect("a warning");
        assert!(warning.starts_with("warning: c.toml:2:9: "), "{warning}");
    }

    #[test]
    fn unknown_settings_are_ignored_and_the_rest_kept() {
        let (c, warning) = Config::parse(
            "thme = \"light\"\nascii = true\ncolour = 1\n",
            Path::new("c.toml"),
        );
        assert_eq!(c.ascii, Some(true));
        assert_eq!(c.theme, None);
        let warning = warning.expect("a warning");
        assert!(
            warning.starts_with("warning: c.toml: unknown setting"),
            "{warning}"
        );
        assert!(
            warning.contains("unknown setting `thme` ignored; did you mean `theme`?"),
            "{warning}"
        );
        assert!(
            warning.contains("unknown setting `colour` ignored"),
            "{warning}"
        );
    }

    /// "Did you mean" knows every setting: the list follows the struct.
    #[test]
    fn the_names_for_suggestions_are_the_settings() {
        let all = Config {
            theme: Some(ThemeName::Light),
            language: Some("da".into()),
            ascii: Some(true),
            no_color: Some(true),
            mouse: Some(true),
            dataset: Some("/x.json".into()),
        };
        let table: toml::Table = toml::from_str(&all.to_toml()).expect("the config as TOML");
        let mut names: Vec<&str> = table.keys().map(String::as_str).collect();
        let mut known = SETTINGS.to_vec();
        names.sort_unstable();
        known.sort_unstable();
        assert_eq!(names, known);
    }

    #[test]
    fn warnings_quoting_the_file_are_sanitised() {
        let texts = [
            "\"\\u001b]0;TITLE\\u0007\\u001b[2J\" = 1\n",
            "theme = \"\\u001b]0;TITLE\\u0007\"\n",
            "theme = \"\u{9b}2J\u{202e}\"\n",
            "\"\u{9b}x\" = 1\n",
        ];
        for text in texts {
            let (_, warning) = Config::parse(text, Path::new("c\u{1b}[2J.toml"));
            let warning = warning.expect("a warning");
            assert!(
                !warning.chars().any(crate::sanitize::is_unsafe),
                "{text:?}: {warning:?}"
            );
            assert!(
                warning.starts_with("warning: c\u{fffd}[2J.toml"),
                "{warning:?}"
            );
        }
    }

    #[test]
    fn a_device_or_an_endless_file_is_refused_at_once() {
        let (c, warning) = Config::load(Path::new("/dev/zero"));
        assert_eq!(c, Config::default());
        let warning = warning.expect("a warning");
        assert!(warning.contains("a character device"), "{warning}");
    }

    #[test]
    fn missing_file_is_silent_defaults() {
        let (c, warning) = Config::load(Path::new("/nonexistent/goalboard/config.toml"));
        assert_eq!((c, warning), (Config::default(), None));
    }
}
