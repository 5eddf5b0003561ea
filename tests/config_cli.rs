//! `goalboard config` as a user runs it: where the files are, the settings in force, `--config`
//! before or after the subcommand, and a broken config that warns but never stops anything.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

fn goalboard(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goalboard"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .output()
        .expect("goalboard runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn config_names_both_files_and_the_defaults() {
    let home = home("plain");
    let out = goalboard(&home, &["config"]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    let config = home.join("config/goalboard/config.toml");
    let state = home.join("state/goalboard/state.json");
    assert!(
        stdout.contains(&format!(
            "config file: {} (not there yet)",
            config.display()
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("state file:  {} (not there yet)", state.display())),
        "{stdout}"
    );
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn config_flag_works_before_and_after_the_subcommand() {
    let home = home("flag");
    let file = home.join("mine.toml");
    std::fs::write(&file, "theme = \"light\"\nlanguage = \"en\"\n").expect("written");
    let path = file.to_str().expect("a UTF-8 path");
    for args in [["--config", path, "config"], ["config", "--config", path]] {
        let out = goalboard(&home, &args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains(&format!("config file: {path}\n")),
            "{stdout}"
        );
        assert!(
            stdout.contains("theme = \"light\"\nlanguage = \"en\"\n"),
            "{stdout}"
        );
    }
}

#[test]
fn a_broken_config_warns_and_the_rest_goes_on() {
    let home = home("broken");
    let dir = home.join("config/goalboard");
    std::fs::create_dir_all(&dir).expect("a config directory");
    std::fs::write(dir.join("config.toml"), "ascii = true\ntheme = purple\n").expect("written");
    let out = goalboard(&home, &["config"]);
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "warning: {}:2:9: ",
            dir.join("config.toml").display()
        )),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("; using defaults"), "{stderr}");
    // The defaults are in force: no setting is listed.
    assert!(
        !text(&out.stdout).contains("ascii"),
        "{}",
        text(&out.stdout)
    );

    // A broken state file is the same: a warning, then a fresh start.
    let state = home.join("state/goalboard");
    std::fs::create_dir_all(&state).expect("a state directory");
    std::fs::write(state.join("state.json"), "{not json").expect("written");
    let out = goalboard(&home, &["check", "data/ishoj-social-mobilitet.json"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let out = goalboard(&home, &["config"]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("state.json: key must be a string"),
        "{}",
        text(&out.stderr)
    );
}
