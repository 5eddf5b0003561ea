//! The dashboard over Open SDG repositories (tests/fixtures/opensdg/): Open SDG's progress
//! status in the overview, the indicator screen and the presentation, the header's counts
//! under `"status_method": "open-sdg"`, the status beside the v1 one under the forecast method,
//! and a broken repository's errors in the header.

mod tui_support;

use std::path::Path;

use goalboard::load::{load_bytes, load_path};
use goalboard::model::Lang;
use goalboard::opensdg::read_repository;
use goalboard::tui::App;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/opensdg")
        .join(name)
}

/// The repository as the dashboard opens it, with its errors counted for the header.
fn repository(name: &str, size: (u16, u16)) -> App {
    let loaded = load_path(&fixture(name));
    let errors = loaded.errors().count();
    let warnings = loaded.warnings().count();
    let dataset = loaded.dataset.expect("a repository loads");
    let options = goalboard::tui::Options {
        warnings,
        ..options(Lang::En)
    };
    let mut app = App::new(dataset, options).with_errors(errors);
    goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(size.0, size.1));
    app
}

fn snapshot(view: &str, keys: &[KeyCode]) {
    for size in SIZES {
        let mut app = repository("starter", size);
        press(&mut app, keys);
        let name = format!("opensdg_{view}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, screen(&app));
    }
}

#[test]
fn overview() {
    snapshot("overview", &[]);
}

#[test]
fn indicator() {
    snapshot("indicator", &[KeyCode::Enter, KeyCode::Enter]);
}

#[test]
fn presentation() {
    snapshot("present", &[KeyCode::Char('p')]);
}

#[test]
fn the_header_counts_goals_by_open_sdg_status() {
    let app = repository("starter", (120, 30));
    let text = screen(&app);
    let counts = text.lines().nth(1).unwrap_or_default();
    assert!(counts.contains("progress"), "{text}");
    assert!(!counts.contains("no target"), "{text}");
}

#[test]
fn a_broken_repository_says_it_has_errors() {
    let app = repository("broken", (120, 30));
    assert!(app.errors > 0);
    let first = screen(&app).lines().next().unwrap_or_default().to_owned();
    assert!(
        first.contains(&format!("{} errors", app.errors)),
        "the header names the errors: {first}"
    );
}

#[test]
fn under_the_forecast_method_open_sdg_stands_beside_the_status() {
    let mut doc = read_repository(&fixture("starter")).document;
    doc["status_method"] = serde_json::Value::from("forecast");
    let bytes = serde_json::to_vec(&doc).expect("a document");
    let loaded = load_bytes(&bytes, "starter.json");
    let dataset = loaded.dataset.expect("the document loads");
    let mut app = App::new(dataset, options(Lang::En));
    goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(160, 48));
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    let text = screen(&app);
    assert!(text.contains("Open SDG: "), "{text}");
}

/// A repository where no indicator has automatic progress: the header counts the goals by the
/// status their rows show, rather than ending at "2 goals:".
#[test]
fn goals_without_an_official_status_are_counted_as_shown() {
    let app = repository("french", (80, 24));
    let shown = screen(&app);
    let counts = shown.lines().nth(1).unwrap_or_default();
    assert!(counts.starts_with("2 goals: ◇ 2 no target"), "{shown}");
}
