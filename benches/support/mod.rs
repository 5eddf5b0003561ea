//! What the benches share: the two datasets they measure and a quick way to load them.
//!
//! "small" is the bundled Ishøj dataset; "large" is the national-size dataset of issue 7
//! (1,000 goals × 10 indicators × 120 monthly points + 50,000 initiatives), generated at bench
//! start from a fixed seed into `target/bench-data/` (never committed), where the
//! whole-process comparisons of `docs/performance.md` find it too; "mid" is a tenth of it.
#![allow(dead_code, reason = "each bench binary uses a part of the helpers")]

pub mod generate;
mod json_writer;
mod words;

use std::fs;
use std::path::PathBuf;

use goalboard::model::Dataset;

/// The seed of the large dataset: fixed, so every run measures the same bytes.
pub const LARGE_SEED: u64 = 42;

/// The bundled dataset's bytes.
pub fn small() -> &'static [u8] {
    goalboard::bundled::BYTES
}

/// Where the large dataset is written.
pub fn large_path() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    target
        .join("bench-data")
        .join(format!("large-seed{LARGE_SEED}.json"))
}

/// Generates the large dataset (about half a second), writes it to [`large_path`] and returns
/// its bytes. Regenerated on every run so it always matches the generator.
pub fn large() -> Vec<u8> {
    let bytes = generate::write_dataset(Vec::new(), generate::Size::LARGE, LARGE_SEED)
        .expect("writing into a Vec cannot fail");
    let path = large_path();
    let written = path
        .parent()
        .map_or(Ok(()), fs::create_dir_all)
        .and_then(|()| fs::write(&path, &bytes));
    if let Err(e) = written {
        eprintln!("note: could not keep a copy at {}: {e}", path.display());
    }
    bytes
}

/// A tenth of the large dataset (100 goals, 5,000 initiatives, about 7 MB): it fills the
/// screen as fully as the large one, so a frame or key that costs more on the large dataset
/// than on this one does work that grows with the data.
pub fn mid() -> Vec<u8> {
    let size = generate::Size {
        goals: 100,
        initiatives: 5_000,
        ..generate::Size::LARGE
    };
    generate::write_dataset(Vec::new(), size, LARGE_SEED).expect("writing into a Vec cannot fail")
}

/// How many breakdowns the one indicator of [`breakdowns_file`] has.
pub const BREAKDOWNS: usize = 10_000;

/// A dataset (shared by the `figures` and `tui` benches) of one indicator split by sex, age and municipality into [`BREAKDOWNS`]
/// breakdowns of 12 quarterly points each, every other one with a target.
pub fn breakdowns_file() -> String {
    let mut breakdowns = Vec::with_capacity(BREAKDOWNS);
    for i in 0..BREAKDOWNS {
        let points: Vec<String> = (0..12)
            .map(|q| {
                let value = 40.0 + ((i * 7 + q * 3) % 29) as f64 / 2.0;
                format!(
                    r#"{{"date":"{}-Q{}","value":{value}}}"#,
                    2014 + q / 4,
                    q % 4 + 1
                )
            })
            .collect();
        let target = if i % 2 == 0 {
            r#","target":{"value":30,"date":"2020"}"#
        } else {
            ""
        };
        breakdowns.push(format!(
            r#"{{"dimensions":{{"Køn":"{}","Alder":"{}","Kommune":"k{}"}},"series":[{}]{target}}}"#,
            ["Kvinder", "Mænd"][i % 2],
            ["0-17", "18-29", "30-49", "50-64", "65+"][i / 2 % 5],
            i / 10,
            points.join(",")
        ));
    }
    format!(
        r#"{{"format":"goalboard/1.1","title":"Breakdowns","as_of":"2017-03","goals":[{{"id":"g",
        "title":"G","indicators":[{{"id":"i","title":"I","unit":"%","direction":"decrease",
        "frequency":"quarterly","target":{{"value":30,"date":"2020"}},
        "series":[{{"date":"2014-Q1","value":50}},{{"date":"2016-Q4","value":45}}],
        "breakdowns":[{}]}}]}}]}}"#,
        breakdowns.join(",")
    )
}

/// Loads a dataset the benches made or bundle; one that does not load is a broken bench.
pub fn load(bytes: &[u8], name: &str) -> Dataset {
    let loaded = goalboard::load::load_bytes(bytes, name);
    match loaded.dataset {
        Some(dataset) => dataset,
        None => panic!("the {name} dataset does not load: {:?}", loaded.diagnostics),
    }
}

/// Megabytes, for messages.
pub fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}
