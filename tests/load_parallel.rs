//! The fast path for large files (`load::fast`) against the ordinary one: on a clean file
//! they give the same dataset; on any other file the fast path gives way (`None`), so every
//! message is the ordinary path's. Read in any block sizes, with any number of workers.

#[path = "../benches/support/generate.rs"]
mod generate;
#[path = "../benches/support/json_writer.rs"]
mod json_writer;
#[path = "load_support/trickle.rs"]
mod trickle;
#[path = "../benches/support/words.rs"]
mod words;

use std::path::Path;

use goalboard::load::parallel::load_clean_from;
use goalboard::load::{load_bytes, load_path};
use goalboard::model::Dataset;
use proptest::prelude::*;
use trickle::Trickle;

fn ordinary(bytes: &[u8]) -> Option<Dataset> {
    let loaded = load_bytes(bytes, "x.json");
    loaded
        .diagnostics
        .is_empty()
        .then_some(loaded.dataset)
        .flatten()
}

/// The fast path gives way, or gives what the ordinary path gives for a clean file.
fn agrees(bytes: &[u8], workers: usize, step: usize) -> Result<(), String> {
    let fast = load_clean_from(Trickle { bytes, step }, workers);
    if fast.is_some() && fast != ordinary(bytes) {
        return Err(format!(
            "the fast path loaded what the ordinary path does not (workers {workers}, step {step})"
        ));
    }
    Ok(())
}

fn generated(goals: usize, initiatives: usize, seed: u64) -> Vec<u8> {
    let size = generate::Size {
        goals,
        indicators: 3,
        points: 30,
        initiatives,
    };
    generate::write_dataset(Vec::new(), size, seed).expect("into a Vec")
}

#[test]
fn clean_generated_files_load_the_same_either_way() {
    for (goals, initiatives, seed) in [(1, 0, 1), (20, 300, 2), (60, 2_000, 3)] {
        let bytes = generated(goals, initiatives, seed);
        let expected = ordinary(&bytes).expect("generated files are clean");
        for workers in [1, 2, 3] {
            for step in [7, 4096, 1 << 20] {
                let fast = load_clean_from(
                    Trickle {
                        bytes: &bytes,
                        step,
                    },
                    workers,
                );
                assert!(
                    fast.as_ref() == Some(&expected),
                    "{goals} goals, {workers} workers, step {step}"
                );
            }
        }
    }
}

#[test]
fn the_bundled_dataset_loads_the_same_either_way() {
    let bytes = goalboard::bundled::BYTES;
    let fast = load_clean_from(Trickle { bytes, step: 333 }, 2);
    assert!(fast.is_some(), "the bundled dataset is clean");
    assert!(fast == ordinary(bytes));
}

/// Every kept bad file, fuzz input and fixture: the fast path gives way or agrees.
#[test]
fn files_with_findings_take_the_ordinary_path() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut seen = 0;
    for dir in ["bad", "fuzz_regressions", "fixtures"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            seen += 1;
            if let Err(e) = agrees(&bytes, 2, 64) {
                panic!("{}: {e}", entry.path().display());
            }
            let loaded = load_bytes(&bytes, "x.json");
            if !loaded.diagnostics.is_empty() {
                let fast = load_clean_from(
                    Trickle {
                        bytes: &bytes,
                        step: 64,
                    },
                    2,
                );
                assert!(fast.is_none(), "{}", entry.path().display());
            }
        }
    }
    assert!(seen > 100, "only {seen} files found");
}

#[test]
fn an_unknown_member_in_an_element_sends_the_file_the_ordinary_way() {
    let bytes = generated(5, 20, 4);
    let text = String::from_utf8(bytes).expect("utf-8");
    for (from, to) in [
        (r#""title":"#, r#""titel":"x","title":"#),
        (
            r#""series":["#,
            r#""series":[{"date":"2000","value":1,"kommentar":1},"#,
        ),
    ] {
        let broken = text.replacen(from, to, 1);
        assert_ne!(broken, text);
        assert!(load_clean_from(broken.as_bytes(), 2).is_none(), "{to}");
        assert!(
            !load_bytes(broken.as_bytes(), "x.json")
                .diagnostics
                .is_empty()
        );
    }
}

/// Format v1.1's members (a point's kind, range and bound; an indicator's frequency,
/// breakdowns and Open SDG measure; the status method) load the same either way.
#[test]
fn the_members_of_v1_1_load_the_same_either_way() {
    let text = String::from_utf8(generated(20, 300, 7)).expect("utf-8");
    let v11 = text
        .replacen(
            r#""series":["#,
            r#""frequency":"yearly","breakdowns":[{"dimensions":{"Køn":"Kvinder","Alder":"18-29"},
            "series":[{"date":"2016","value":3,"kind":"estimated","range":[2,4]},
            {"date":"2017","value":5,"bound":"at_least"}]},
            {"dimensions":{"Køn":"Mænd"},"series":[]}],
            "open_sdg":{"auto":true,"options":[{"base_year":2016,"breakdown":{"Køn":"Mænd"}}]},
            "series":[{"date":"1900","value":1,"kind":"planned"},"#,
            3,
        )
        .replacen(r#""title":"#, r#""status_method":"open-sdg","title":"#, 1);
    assert_ne!(v11, text);
    let expected = ordinary(v11.as_bytes());
    let loaded = load_bytes(v11.as_bytes(), "x.json");
    assert!(
        expected.is_some(),
        "the file is clean: {:?}",
        loaded.diagnostics
    );
    let dataset = expected.as_ref().expect("clean");
    let with_breakdowns = dataset
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .chain(dataset.initiatives.iter().flat_map(|i| &i.measures))
        .filter(|i| !i.breakdowns.is_empty())
        .count();
    assert_eq!(with_breakdowns, 3);
    for workers in [1, 2] {
        for step in [7, 4096] {
            let fast = load_clean_from(
                Trickle {
                    bytes: v11.as_bytes(),
                    step,
                },
                workers,
            );
            assert!(
                fast.is_some() && fast == expected,
                "{workers} workers, step {step}"
            );
        }
    }
}

#[test]
fn load_path_takes_the_fast_path_for_a_large_file_and_gives_the_same() {
    let size = generate::Size {
        goals: 60,
        initiatives: 6_000,
        ..generate::Size::LARGE
    };
    let bytes = generate::write_dataset(Vec::new(), size, 5).expect("into a Vec");
    assert!(bytes.len() as u64 >= goalboard::load::parallel::MIN_FILE_BYTES);
    let dir = std::env::temp_dir().join(format!("goalboard-parallel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("large.json");
    std::fs::write(&path, &bytes).expect("written");
    let fast = goalboard::load::parallel::load_clean(&path);
    let loaded = load_path(&path);
    std::fs::remove_dir_all(&dir).ok();
    assert!(fast.is_some(), "clean and large: the fast path answers");
    assert!(loaded.diagnostics.is_empty());
    assert!(fast == loaded.dataset);
    assert!(fast == ordinary(&bytes));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A byte changed, dropped or added anywhere in a clean file: the fast path gives way or
    /// agrees with the ordinary path.
    #[test]
    fn a_broken_copy_never_loads_differently(
        at in 0.0f64..1.0,
        edit in 0u8..3,
        byte in prop::sample::select(b"{}[],:\"\\ 0a-.".to_vec()),
        step in 1usize..200,
    ) {
        let mut bytes = generated(3, 8, 6);
        let i = ((bytes.len() as f64 * at) as usize).min(bytes.len() - 1);
        match edit {
            0 => bytes[i] = byte,
            1 => { bytes.remove(i); }
            _ => bytes.insert(i, byte),
        }
        prop_assert!(agrees(&bytes, 2, step).is_ok());
    }
}
