//! The figures of every indicator and measure (gap, progress, trend, forecast, status), on the
//! bundled and the large dataset: what the dashboard computes once per load, on every core; and
//! `Data::for_first_frame`, the figures with everything prepared for drawing (all that stands
//! between the load and the first frame). And format v1.1's breakdowns: one indicator with
//! 10,000 of them, loaded and checked, and its figures.

mod support;

// The binary's allocator, so the work costs what it costs in `goalboard`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use goalboard::figures::Figures;
use goalboard::load::load_bytes;
use goalboard::model::{Dataset, Lang};
use goalboard::tui::prepared::Data;
use goalboard::tui::theme::{Theme, ThemeOptions};

fn figures(c: &mut Criterion) {
    let small = support::load(support::small(), "small");
    measure(c, "small", &small, 100);
    let large = support::load(&support::large(), "large");
    measure(c, "large", &large, 20);
}

fn measure(c: &mut Criterion, name: &str, dataset: &Dataset, samples: usize) {
    let mut group = c.benchmark_group(format!("figures/{name}"));
    group.throughput(Throughput::Elements(indicator_count(dataset) as u64));
    group.sample_size(samples);
    group.bench_function("Figures::compute", |b| {
        b.iter_with_large_drop(|| Figures::compute(black_box(dataset)));
    });
    // The dataset moves into `Data`: each run gets a copy, made outside the timing.
    let theme = Theme::new(ThemeOptions::default());
    group.bench_function("Data::for_first_frame", |b| {
        b.iter_batched(
            || dataset.clone(),
            |dataset| Data::for_first_frame(dataset, &theme, Lang::Da),
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

fn breakdowns(c: &mut Criterion) {
    let text = support::breakdowns_file();
    let loaded = load_bytes(text.as_bytes(), "breakdowns.json");
    assert!(
        loaded.diagnostics.is_empty(),
        "{:?}",
        loaded.diagnostics.first()
    );
    let Some(dataset) = loaded.dataset else {
        return;
    };
    let mut group = c.benchmark_group("breakdowns/10000");
    group.throughput(Throughput::Elements(support::BREAKDOWNS as u64));
    group.sample_size(20);
    group.bench_function("load_bytes", |b| {
        b.iter_with_large_drop(|| load_bytes(black_box(text.as_bytes()), "breakdowns.json"));
    });
    group.bench_function("Figures::compute", |b| {
        b.iter_with_large_drop(|| Figures::compute(black_box(&dataset)));
    });
    group.finish();
}

/// Indicators and measures: the elements the figures are computed for.
fn indicator_count(dataset: &Dataset) -> usize {
    let indicators: usize = dataset.goals.iter().map(|g| g.indicators.len()).sum();
    let measures: usize = dataset.initiatives.iter().map(|i| i.measures.len()).sum();
    indicators + measures
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = figures, breakdowns
}
criterion_main!(benches);
