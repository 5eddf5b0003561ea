//! What the second round of hostile input (issue 19) added to opening a file, on the large
//! dataset: the warnings of `check::repeats` (every load: a pass over goals and initiatives),
//! the depth scan of `load::depth` (only for a file with an unknown member), and reading
//! through `load::file::read_regular` (stat, open without waiting, fstat, bounded read) beside
//! `std::fs::read`.

mod support;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn hostile(c: &mut Criterion) {
    let bytes = support::large();
    let path = support::large_path();
    let dataset = support::load(&bytes, "large");
    // A finding would send the large file off the fast path: the generated data has none.
    assert!(goalboard::check::repeats::repeats(&dataset).is_empty());
    let mut group = c.benchmark_group("hostile/large");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    group.bench_function("check::repeats", |b| {
        b.iter(|| goalboard::check::repeats::repeats(black_box(&dataset)));
    });
    group.throughput(Throughput::BytesDecimal(bytes.len() as u64));
    group.bench_function("load::depth::too_deep", |b| {
        b.iter(|| goalboard::load::depth::too_deep(black_box(&bytes)));
    });
    group.bench_function("load::file::read_regular", |b| {
        b.iter_with_large_drop(|| {
            goalboard::load::file::read_regular(&path, goalboard::load::MAX_FILE_BYTES)
        });
    });
    group.bench_function("std::fs::read (reference)", |b| {
        b.iter_with_large_drop(|| std::fs::read(&path));
    });
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
