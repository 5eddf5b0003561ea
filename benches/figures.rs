//! The figures of every indicator and measure (gap, progress, trend, forecast, status), on the
//! bundled and the large dataset: what the dashboard computes once per load. And format v1.1's
//! breakdowns: one indicator with 10,000 of them, loaded and checked, and its figures.

mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use goalboard::figures::Figures;
use goalboard::load::load_bytes;
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

/// How many breakdowns the one indicator of [`breakdowns_file`] has.
const BREAKDOWNS: usize = 10_000;

/// A dataset of one indicator split by sex, age and municipality into [`BREAKDOWNS`]
/// breakdowns of 12 quarterly points each, every other one with a target.
fn breakdowns_file() -> String {
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

fn breakdowns(c: &mut Criterion) {
    let text = breakdowns_file();
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
    group.throughput(Throughput::Elements(BREAKDOWNS as u64));
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
