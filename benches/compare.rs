//! The comparison of two versions of the large (60 MB) dataset (`report --since`, the
//! dashboard's changes): the realistic case, a new point in every tenth indicator and a revised
//! value in every twentieth, and the worst case, two datasets of other seeds where every value
//! differs. "with old figures" adds computing the older version's figures, which a comparison
//! needs and the current version already has: all of them (`Figures::compute`, what a load
//! does), or only what a comparison reads (`Figures::for_comparison`, what `--since` does).

mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use goalboard::compare::Changes;
use goalboard::figures::Figures;
use goalboard::model::{Dataset, Point};

/// The large dataset a meeting later: new points and revisions here and there.
fn a_meeting_later(old: &Dataset) -> Dataset {
    let mut new = old.clone();
    let indicators = new.goals.iter_mut().flat_map(|g| &mut g.indicators);
    for (i, ind) in indicators.enumerate() {
        if i % 10 == 0
            && let Some(last) = ind.series.last()
        {
            let date = goalboard::model::Period::year(last.date.year_number() + 1);
            ind.series.extend(date.map(|d| Point::new(d, Some(1.0))));
        }
        if i % 20 == 0
            && let Some(first) = ind.series.first_mut()
        {
            *first = Point::new(first.date, first.value().map(|v| v + 1.0));
        }
    }
    new
}

fn compare(c: &mut Criterion) {
    let old = support::load(&support::large(), "large");
    let new = a_meeting_later(&old);
    let other = support::load(
        &support::generate::write_dataset(Vec::new(), support::generate::Size::LARGE, 43)
            .expect("writing into a Vec cannot fail"),
        "large seed 43",
    );
    let (old_f, new_f, other_f) = (
        Figures::compute(&old),
        Figures::compute(&new),
        Figures::compute(&other),
    );
    let mut group = c.benchmark_group("compare/large");
    group.sample_size(10);
    group.bench_function("a meeting later", |b| {
        b.iter_with_large_drop(|| Changes::between(black_box((&old, &old_f)), (&new, &new_f)));
    });
    group.bench_function("a meeting later, with old figures", |b| {
        b.iter_with_large_drop(|| {
            let old_f = Figures::compute(black_box(&old));
            Changes::between((&old, &old_f), (&new, &new_f))
        });
    });
    group.bench_function("a meeting later, with old figures for comparison", |b| {
        b.iter_with_large_drop(|| {
            let old_f = Figures::for_comparison(black_box(&old));
            Changes::between((&old, &old_f), (&new, &new_f))
        });
    });
    group.bench_function("every value differs", |b| {
        b.iter_with_large_drop(|| Changes::between(black_box((&old, &old_f)), (&other, &other_f)));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = compare
}
criterion_main!(benches);
