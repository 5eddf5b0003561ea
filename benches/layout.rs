//! What ratatui's `Layout` costs the dashboard (issue 12 moved the panes' splits onto it): the
//! panes of the overview as every frame and every key lays them out (the solver's answers come
//! from its cache), and one split the cache has not seen (what a new terminal size or a first
//! frame pays), beside the same split written out (as `layout::split_top` and its like are).

mod support;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use goalboard::tui::{Action, App, Options, layout, update};
use ratatui::layout::Constraint::{Fill, Length};
use ratatui::layout::{Layout, Rect};

fn layouts(c: &mut Criterion) {
    let dataset = support::load(support::small(), "small");
    let mut app = App::new(dataset, Options::default());
    update(&mut app, Action::Resize(120, 40));
    let mut group = c.benchmark_group("layout");
    group.bench_function("frame + overview (cached)", |b| {
        b.iter(|| {
            let f = layout::frame(black_box(&app), layout::area(&app));
            layout::overview(&app, f.body)
        });
    });
    // More heights than the cache keeps (500), so every split is solved.
    let mut height = 0u16;
    group.bench_function("frame's five rows, solved (not cached)", |b| {
        b.iter(|| {
            height = (height + 1) % 2000;
            let area = Rect::new(0, 0, 120, 15 + height);
            let rows = [Length(2), Length(1), Length(0), Fill(1), Length(1)];
            let areas: [Rect; 5] = Layout::vertical(rows).areas(black_box(area));
            areas
        });
    });
    group.bench_function("one cut (split_top), solved (not cached)", |b| {
        b.iter(|| {
            height = (height + 1) % 2000;
            let area = Rect::new(0, 0, 120, 15 + height);
            let areas: [Rect; 2] = Layout::vertical([Length(3), Fill(1)]).areas(black_box(area));
            areas
        });
    });
    group.bench_function("one cut (split_top), written out", |b| {
        b.iter(|| {
            height = (height + 1) % 2000;
            layout::split_top(black_box(Rect::new(0, 0, 120, 15 + height)), 3)
        });
    });
    group.bench_function("frame's five rows, written out", |b| {
        b.iter(|| {
            height = (height + 1) % 2000;
            let area = black_box(Rect::new(0, 0, 120, 15 + height));
            let [header, rest] = layout::split_top(area, 2);
            let [since, rest] = layout::split_top(rest, 1);
            let [banner, rest] = layout::split_top(rest, 0);
            let [body, footer] = layout::split_bottom(rest, 1);
            [header, since, banner, body, footer]
        });
    });
    group.finish();
}

criterion_group!(benches, layouts);
criterion_main!(benches);
