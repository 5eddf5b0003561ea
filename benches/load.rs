//! Load + check of the bundled and the large dataset, in MB/s, beside the reference of issue 7:
//! parsing the same bytes into a `serde_json::Value` in the same run.
//!
//! Both sides keep their result past the timing (`iter_with_large_drop`): the dashboard keeps
//! its dataset for the whole session, so freeing it is not part of opening a file.
//!
//! `load_bytes` is the ordinary path (the whole file in memory, one thread); `load_path` on the
//! large file is what `goalboard FILE` does: a clean file of 4 MiB or more is read in blocks and
//! parsed and checked on worker threads (`load::fast`).

mod support;

// The binary's allocator, so the loads cost what they cost in `goalboard`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    measure(
        c,
        "small",
        support::small(),
        None,
        100,
        Duration::from_secs(3),
    );
    let large = support::large();
    eprintln!(
        "large dataset: {:.1} MB at {}",
        support::mb(large.len()),
        support::large_path().display()
    );
    let path = support::large_path();
    measure(c, "large", &large, Some(&path), 10, Duration::from_secs(8));
}

fn measure(
    c: &mut Criterion,
    name: &str,
    bytes: &[u8],
    path: Option<&Path>,
    samples: usize,
    time: Duration,
) {
    let mut group = c.benchmark_group(format!("load/{name}"));
    group.throughput(Throughput::BytesDecimal(bytes.len() as u64));
    group.sample_size(samples).measurement_time(time);
    group.bench_function("goalboard load_bytes + check", |b| {
        b.iter_with_large_drop(|| goalboard::load::load_bytes(black_box(bytes), name));
    });
    if let Some(path) = path {
        group.bench_function("goalboard load_path + check (blocks, workers)", |b| {
            b.iter_with_large_drop(|| goalboard::load::load_path(black_box(path)));
        });
    }
    group.bench_function("serde_json::Value (reference)", |b| {
        b.iter_with_large_drop(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = load
}
criterion_main!(benches);
