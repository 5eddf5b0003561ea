//! `goalboard config`: where the config and state files are, and the settings in force.

use std::path::Path;
use std::process::ExitCode;

use crate::settings::{Config, Paths, State};

pub fn run(config_override: Option<&Path>) -> ExitCode {
    let Some(paths) = Paths::resolve(config_override) else {
        eprintln!("goalboard: no home directory: settings are not available");
        return ExitCode::from(1);
    };
    let (config, config_warning) = Config::load(&paths.config);
    let (state, state_warning) = State::load(&paths.state);
    for warning in [config_warning, state_warning].into_iter().flatten() {
        eprintln!("{warning}");
    }
    let exists = |p: &Path| if p.exists() { "" } else { " (not there yet)" };
    println!(
        "config file: {}{}",
        paths.config.display(),
        exists(&paths.config)
    );
    println!(
        "state file:  {}{}",
        paths.state.display(),
        exists(&paths.state)
    );
    println!();
    println!("# settings in force (unset ones use the defaults: theme dark, language from the");
    println!(
        "# dataset, Unicode unless the locale is not UTF-8, colour unless NO_COLOR, mouse on)"
    );
    print!("{}", config.to_toml());
    if !state.recent.is_empty() {
        println!();
        println!("# recent datasets");
        for path in &state.recent {
            println!("{}", crate::sanitize::clean(&path.display().to_string()));
        }
    }
    ExitCode::SUCCESS
}
