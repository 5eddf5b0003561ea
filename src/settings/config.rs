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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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
    pub fn load(path: &Path) -> (Config, Option<String>) {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Config::default(), None),
            Err(e) => (
                Config::default(),
                Some(format!("warning: {}: {e}; using defaults", path.display())),
            ),
        }
    }

    fn parse(text: &str, path: &Path) -> (Config, Option<String>) {
        match toml::from_str::<Config>(text) {
            Ok(config) => match config.language.as_deref().map(Lang::parse) {
                Some(None) => (
                    Config {
                        language: None,
                        ..config
                    },
                    Some(format!(
                        "warning: {}: language must be \"en\" or \"da\"; ignored",
                        path.display()
                    )),
                ),
                _ => (config, None),
            },
            Err(e) => {
                let msg = e.message().trim().to_owned();
                (
                    Config::default(),
                    Some(format!(
                        "warning: {}: {msg}; using defaults",
                        path.display()
                    )),
                )
            }
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::parse)
    }

    /// The config as TOML, for `goalboard config`.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }
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
        for text in ["theme = ", "theme = \"purple\"", "colour = 1", "[[x]]"] {
            let (c, warning) = Config::parse(text, Path::new("c.toml"));
            assert_eq!(c, Config::default());
            let warning = warning.expect("a warning");
            assert!(warning.starts_with("warning: c.toml: "), "{warning}");
        }
        let (c, warning) = Config::parse("language = \"fr\"", Path::new("c.toml"));
        assert_eq!(c.lang(), None);
        assert!(warning.is_some());
    }

    #[test]
    fn missing_file_is_silent_defaults() {
        let (c, warning) = Config::load(Path::new("/nonexistent/goalboard/config.toml"));
        assert_eq!((c, warning), (Config::default(), None));
    }
}
