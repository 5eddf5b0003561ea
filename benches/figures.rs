//! The figures of every indicator and measure (gap, progress, trend, forecast, status), on the
//! bundled and the large dataset: what the dashboard computes once per load.

mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use goalboard::figures::Figures;
use goalboard::model::Dataset;

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
    targets = figures
}
criterion_main!(benches);
