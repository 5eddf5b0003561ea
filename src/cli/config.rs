//! `goalboard config`: where the config and state files are, and the settings in force.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::output::{self, say};
use crate::sanitize::clean;
use crate::settings::{Config, Paths, State};

pub fn run(config_override: Option<&Path>) -> ExitCode {
    let Some(paths) = Paths::resolve(config_override) else {
        say!("goalboard: no home directory: settings are not available");
        return ExitCode::from(1);
    };
    let (config, config_warning) = Config::load(&paths.config);
    let (state, state_warning) = State::load(&paths.state);
    for warning in [config_warning, state_warning].into_iter().flatten() {
        say!("{warning}");
    }
    let text = describe(&paths, &config, &state);
    output::print(text.as_bytes(), ExitCode::SUCCESS)
}

/// What `goalboard config` prints. Paths and settings may hold anything a file name can (an
/// escape sequence included): each line goes through the sanitiser.
fn describe(paths: &Paths, config: &Config, state: &State) -> String {
    let exists = |p: &Path| if p.exists() { "" } else { " (not there yet)" };
    let mut out = String::new();
    let config_file = paths.config.display().to_string();
    let state_file = paths.state.display().to_string();
    let _ = writeln!(
        out,
        "config file: {}{}",
        clean(&config_file),
        exists(&paths.config)
    );
    let _ = writeln!(
        out,
        "state file:  {}{}\n",
        clean(&state_file),
        exists(&paths.state)
    );
    out.push_str(
        "# settings in force (unset ones use the defaults: theme dark, language from the\n",
    );
    out.push_str(
        "# dataset, Unicode unless the locale is not UTF-8, colour unless NO_COLOR, mouse on)\n",
    );
    for line in config.to_toml().lines() {
        let _ = writeln!(out, "{}", clean(line));
    }
    if !state.recent.is_empty() {
        out.push_str("\n# recent datasets\n");
        for path in &state.recent {
            let _ = writeln!(out, "{}", clean(&path.display().to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_settings_are_printed_sanitised() {
        let paths = Paths {
            config: "/c\u{1b}]0;T\u{7}.toml".into(),
            state: "/s\u{9b}2J.json".into(),
        };
        let config = Config {
            dataset: Some("/d\u{202e}\u{9b}x.json".into()),
            ..Config::default()
        };
        let state = State {
            recent: vec!["/r\u{1b}[2J.json".into()],
            ..State::default()
        };
        let text = describe(&paths, &config, &state);
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::sanitize::is_unsafe(c)),
            "{text:?}"
        );
        assert!(text.contains("/c\u{fffd}]0;T\u{fffd}.toml"), "{text}");
        assert!(text.contains("/r\u{fffd}[2J.json"), "{text}");
    }
}
