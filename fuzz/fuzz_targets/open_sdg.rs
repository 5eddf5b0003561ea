//! Arbitrary bytes as an Open SDG data repository: the input, cut at each 0xFE byte (never in
//! UTF-8 text), gives the data CSV of indicator 1-2-1, its Markdown metadata (front matter),
//! `config_data.yml`, a translations file (English and Danish) and its YAML metadata, written
//! to a folder of this process. The repository is then read and loaded as the dashboard opens
//! one, figured and reported. Nothing may panic, and no diagnostic or report may hold a
//! control character.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use goalboard::figures::Figures;
use goalboard::format::Locale;
use goalboard::model::Lang;
use goalboard::report::{Kind, Report, TextOptions};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/hostile_support/chain.rs"]
#[allow(dead_code)]
mod chain;

/// Where each part of the input goes, in order.
const FILES: [&str; 6] = [
    "data/indicator_1-2-1.csv",
    "meta/1-2-1.md",
    "config_data.yml",
    "translations/en/data.yml",
    "translations/da/data.yml",
    "indicator-config/1-2-1.yml",
];

fn folder() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("goalboard-fuzz-osdg-{}", std::process::id()));
        for file in FILES {
            if let Some(parent) = dir.join(file).parent() {
                let _ = std::fs::create_dir_all(parent);
            }
        }
        dir
    })
}

fuzz_target!(|input: &[u8]| {
    let dir = folder();
    let mut parts = input.split(|&b| b == 0xFE);
    for file in FILES {
        let path = dir.join(file);
        match parts.next() {
            Some(part) => {
                if std::fs::write(&path, part).is_err() {
                    return;
                }
            }
            None => {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
    let loaded = goalboard::opensdg::load_dir(dir);
    for diagnostic in &loaded.diagnostics {
        chain::assert_printable(&diagnostic.to_string(), false, "a diagnostic");
    }
    let Some(dataset) = loaded.dataset else {
        return;
    };
    let figures = Figures::compute(&dataset);
    let report = Report::all(&dataset, &figures);
    for lang in [Lang::En, Lang::Da] {
        let locale = Locale { lang, ascii: false };
        let text = report.render(Kind::Text(TextOptions {
            locale,
            color: false,
        }));
        chain::assert_printable(&text, true, "the text report");
    }
});
