//! `goalboard import --write` into a 60 MB dataset kept as people keep one in git (one member a
//! line): read and check the dataset, plan 100 new points, splice them in, check the new text,
//! write it atomically with the old version kept. Issue 15 asks for under 2 s. The file is
//! copied back before each run (not timed), so each run inserts the same points.

mod support;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use goalboard::import::apply::{commit, prepare};
use goalboard::import::{Options, read_bytes, scan};

/// A generated dataset, pretty-printed to about 60 MB, and a CSV of 100 new points for it.
fn fixture() -> (PathBuf, Vec<u8>, String) {
    let size = support::generate::Size {
        goals: 380,
        initiatives: 19_000,
        ..support::generate::Size::LARGE
    };
    let compact = support::generate::write_dataset(Vec::new(), size, support::LARGE_SEED)
        .expect("writing into a Vec cannot fail");
    let value: serde_json::Value = serde_json::from_slice(&compact).expect("generated JSON");
    let pretty = serde_json::to_vec_pretty(&value).expect("JSON");
    let targets = scan::targets(&pretty).expect("scan");
    let mut csv = String::from("indicator,date,value\n");
    let step = targets.len() / 100;
    for t in targets.iter().step_by(step.max(1)).take(100) {
        let _ = writeln!(csv, "{},2030-01,1.5", t.indicator);
    }
    let dir = support::large_path().with_file_name("import");
    std::fs::create_dir_all(&dir).expect("bench dir");
    (dir.join("dataset.json"), pretty, csv)
}

fn import(c: &mut Criterion) {
    let (path, original, csv) = fixture();
    eprintln!(
        "dataset: {:.1} MB at {}",
        support::mb(original.len()),
        path.display()
    );
    let rows = read_bytes(csv.as_bytes(), "new.csv", "csv", &Options::default()).rows;
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    group.bench_function("write 100 points into 60 MB", |b| {
        b.iter_batched(
            || std::fs::write(&path, &original).expect("copy the dataset back"),
            |()| {
                let prepared = prepare(&path, &rows).expect("prepare");
                assert_eq!(prepared.plan.new.len(), 100);
                commit(&path, &prepared, false).expect("write")
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("plan only (dry run) on 60 MB", |b| {
        std::fs::write(&path, &original).expect("copy the dataset back");
        b.iter(|| prepare(&path, &rows).expect("prepare").plan.new.len());
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
