//! The dashboard's speed, without a terminal: the time to the first frame (load + figures +
//! prepared data + first draw), one frame of each view at 200×60, a key press and the frame
//! after it, and search as you type, each on the bundled ("small") and the large dataset.
//! Issue 5 aims at a first frame under 50 ms and key → frame under 5 ms on the bundled dataset;
//! issue 7 wants frames and keys on the large dataset within 2× of the bundled one. Frames and
//! keys also run on "mid", a tenth of the large dataset that fills the screen as fully: equal
//! times on mid and large show that per-frame work does not grow with the data.
//!
//! Frames are drawn through a `Terminal` over a ratatui `TestBackend`, as the event loop draws
//! them: render into the buffer, diff with the previous one, "write" the difference.
//!
//! `breakdowns/10000`: format v1.1's breakdowns view over one indicator with 10,000 of them
//! (issue 13 wants it as fast to open and scroll as the large dataset).

mod support;

// The binary's allocator, so the work costs what it costs in `goalboard`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use goalboard::model::Dataset;
use goalboard::tui::app::View;
use goalboard::tui::{Action, App, Options, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

/// What a user types into the search box: ASCII for `hjemløse`, which must still find it.
const QUERY: &str = "hjemlose";

fn tui(c: &mut Criterion) {
    let large_bytes = support::large();
    first_frame(c, "small", support::small(), None, 50);
    first_frame(c, "large", &large_bytes, Some(&support::large_path()), 10);
    let small = support::load(support::small(), "small");
    let mid = support::load(&support::mid(), "mid");
    let large = support::load(&large_bytes, "large");
    drop(large_bytes);
    for (name, dataset) in [("small", &small), ("mid", &mid), ("large", &large)] {
        frames(c, name, dataset);
        keys(c, name, dataset);
        search(c, name, dataset);
    }
}

/// From the bytes to the first frame on screen: what `goalboard FILE` does before the user
/// sees anything, less reading the file and entering the terminal.
fn first_frame(c: &mut Criterion, name: &str, bytes: &[u8], path: Option<&Path>, samples: usize) {
    let mut group = c.benchmark_group(format!("first_frame/{name}"));
    group.sample_size(samples);
    if let Some(path) = path {
        // As `goalboard FILE` loads a large file: read in blocks, parsed on worker threads.
        group.bench_function("load_path + App::new + draw", |b| {
            b.iter_with_large_drop(|| {
                let dataset = goalboard::load::load_path(black_box(path))
                    .dataset
                    .expect("the large dataset loads");
                let mut app = App::new(dataset, Options::default());
                update(&mut app, Action::Resize(WIDTH, HEIGHT));
                let mut terminal = terminal();
                draw_frame(&mut terminal, &app);
                (app, terminal)
            });
        });
    }
    group.bench_function("load + App::new + draw", |b| {
        b.iter_with_large_drop(|| {
            let dataset = support::load(black_box(bytes), name);
            let mut app = App::new(dataset, Options::default());
            update(&mut app, Action::Resize(WIDTH, HEIGHT));
            let mut terminal = terminal();
            draw_frame(&mut terminal, &app);
            (app, terminal)
        });
    });
    group.finish();
}

/// One frame of each view, redrawn from unchanged state.
fn frames(c: &mut Criterion, name: &str, dataset: &Dataset) {
    let mut group = c.benchmark_group(format!("frame/{name}"));
    for (view, then) in VIEWS {
        let app = app_at(dataset, &keys_to(then), view);
        let mut terminal = terminal();
        group.bench_function(format!("{view:?}"), |b| {
            b.iter(|| draw_frame(&mut terminal, black_box(&app)));
        });
    }
    group.finish();
}

/// The views measured, each with the keys that reach it after going down to goal 7 (in the
/// bundled dataset the homelessness goal, with an indicator and initiatives; the first goals
/// there have no indicator).
const VIEWS: [(View, &[Action]); 6] = [
    (View::Overview, &[]),
    (View::Indicator, &[Action::NextPane, Action::Enter]),
    (View::Initiative, &[Action::PrevPane, Action::Enter]),
    (View::Browser, &[Action::Browser]),
    (View::Help, &[Action::Help]),
    (
        View::Search,
        &[Action::Search, Action::Type('h'), Action::Type('j')],
    ),
];

/// The key presses that reach a view of [`VIEWS`] from the start.
fn keys_to(then: &[Action]) -> Vec<Action> {
    std::iter::repeat_n(&Action::Down, 6)
        .chain(then)
        .cloned()
        .collect()
}

/// A key and the frame after it, in the longest lists: the initiatives browser (every
/// initiative) and the goals pane (every goal; each move changes the detail panes). The cursor
/// starts at the bottom, where work proportional to the position would show, and moves up and
/// down in turn so it stays there.
fn keys(c: &mut Criterion, name: &str, dataset: &Dataset) {
    let mut group = c.benchmark_group(format!("key/{name}"));
    let lists: [(&str, View, &[Action]); 2] = [
        ("browser", View::Browser, &[Action::Browser, Action::Bottom]),
        ("goals", View::Overview, &[Action::Bottom]),
    ];
    for (list, view, keys) in lists {
        for (label, there, back) in [
            ("Up/Down", Action::Up, Action::Down),
            ("PageUp/PageDown", Action::PageUp, Action::PageDown),
        ] {
            let mut app = app_at(dataset, keys, view);
            let mut terminal = terminal();
            let mut forth = true;
            group.bench_function(format!("{list} {label} + draw"), |b| {
                b.iter(|| {
                    let action = if forth { &there } else { &back };
                    forth = !forth;
                    update(&mut app, action.clone());
                    frame(&mut terminal, &mut app);
                });
            });
        }
    }
    group.finish();
}

/// Typing a query one character at a time and erasing it again, a frame after each key:
/// the throughput is in keystrokes.
fn search(c: &mut Criterion, name: &str, dataset: &Dataset) {
    let mut group = c.benchmark_group(format!("search/{name}"));
    let keystrokes = 2 * QUERY.chars().count();
    group.throughput(Throughput::Elements(keystrokes as u64));
    let mut app = app_at(dataset, &[Action::Search], View::Search);
    let mut terminal = terminal();
    group.bench_function(format!("type and erase '{QUERY}' + draw"), |b| {
        b.iter(|| {
            for ch in QUERY.chars() {
                update(&mut app, Action::Type(ch));
                draw_frame(&mut terminal, &app);
            }
            for _ in QUERY.chars() {
                update(&mut app, Action::Erase);
                draw_frame(&mut terminal, &app);
            }
        });
    });
    // The search keeps the queries typed on the way, so the loop above searches everything
    // only once; the first key of a new query always does. Two such keys, each erased again.
    group.throughput(Throughput::Elements(4));
    group.bench_function(
        "first key of a new query ('h', 's') and Erase + draw",
        |b| {
            b.iter(|| {
                for ch in ['h', 's'] {
                    update(&mut app, Action::Type(ch));
                    draw_frame(&mut terminal, &app);
                    update(&mut app, Action::Erase);
                    draw_frame(&mut terminal, &app);
                }
            });
        },
    );
    group.finish();
}

/// Format v1.1: one indicator with 10,000 breakdowns (`support::breakdowns_file`), each with
/// all three dimensions, so a dimension lists all 10,000. From the bytes to the first frame;
/// the figures and prepared data alone; `d` on the indicator and the frame of its breakdowns
/// (and back); a page down and up in the list with a frame after each; typing a filter
/// (`k12`, matching 10 municipalities' 100 values) and erasing it, a frame after each key.
fn breakdowns(c: &mut Criterion) {
    let text = support::breakdowns_file();
    let dataset = support::load(text.as_bytes(), "breakdowns");
    let mut group = c.benchmark_group(format!("breakdowns/{}", support::BREAKDOWNS));
    group.sample_size(20);
    group.bench_function("load + App::new + draw", |b| {
        b.iter_with_large_drop(|| {
            let dataset = support::load(black_box(text.as_bytes()), "breakdowns");
            let mut app = App::new(dataset, Options::default());
            update(&mut app, Action::Resize(WIDTH, HEIGHT));
            let mut terminal = terminal();
            draw_frame(&mut terminal, &app);
            (app, terminal)
        });
    });
    group.bench_function("App::new (figures + prepared data)", |b| {
        b.iter_batched(
            || dataset.clone(),
            |dataset| App::new(dataset, Options::default()),
            BatchSize::LargeInput,
        );
    });
    group.finish();
    breakdowns_view(c, &dataset);
}

/// The breakdowns view over 10,000 breakdowns: opening it, a page in its list, the filter.
fn breakdowns_view(c: &mut Criterion, dataset: &Dataset) {
    let mut group = c.benchmark_group(format!("breakdowns/{}", support::BREAKDOWNS));
    group.sample_size(20);
    let indicator = [Action::Enter, Action::Enter];
    let mut app = app_at(dataset, &indicator, View::Indicator);
    let mut terminal = terminal();
    group.bench_function("open (d) + draw, back (Esc) + draw", |b| {
        b.iter(|| {
            update(&mut app, Action::Breakdowns);
            draw_frame(&mut terminal, &app);
            update(&mut app, Action::Back);
            draw_frame(&mut terminal, &app);
        });
    });
    let list = [&indicator[..], &[Action::Breakdowns, Action::Bottom]].concat();
    let mut app = app_at(dataset, &list, View::Breakdowns);
    let mut forth = true;
    group.bench_function("PageUp/PageDown + draw", |b| {
        b.iter(|| {
            let action = if forth {
                Action::PageUp
            } else {
                Action::PageDown
            };
            forth = !forth;
            update(&mut app, action);
            draw_frame(&mut terminal, &app);
        });
    });
    rows_of_a_page(&mut group, &app);
    let filter = "k12";
    group.throughput(Throughput::Elements(2 * filter.len() as u64));
    let mut app = app_at(
        dataset,
        &[&list[..], &[Action::Search]].concat(),
        View::Search,
    );
    group.bench_function(format!("filter: type and erase '{filter}' + draw"), |b| {
        b.iter(|| {
            for ch in filter.chars() {
                update(&mut app, Action::Type(ch));
                draw_frame(&mut terminal, &app);
            }
            for _ in filter.chars() {
                update(&mut app, Action::Erase);
                draw_frame(&mut terminal, &app);
            }
        });
    });
    group.finish();
}

/// A page of the list's rows (the cells, without drawing), as they were made before rows
/// borrowed (a copy of each breakdown into an indicator of its own, `One`) and as now (`Row`):
/// both in one run, so the shared machine's load is the same for either.
fn rows_of_a_page(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    app: &App,
) {
    use goalboard::tui::content::breakdown::{One, Row, label, row_cells};
    let Some(goalboard::tui::app::Screen::Breakdowns(s)) = app.ui.stack.last() else {
        panic!("the breakdowns are on top");
    };
    let p = app.data.indicator(s.indicator).expect("the indicator");
    let page: Vec<usize> = s
        .rows
        .iter()
        .rev()
        .take(usize::from(HEIGHT))
        .copied()
        .collect();
    let dimension = &p.prepared.breakdowns.dimensions[s.dimension];
    let row = |n: usize| {
        let row = Row::new(&p, n).expect("a breakdown");
        let label = label(row.breakdown, dimension, app.locale);
        (row, label)
    };
    group.bench_function("a page of rows: copied into an indicator (before)", |b| {
        b.iter(|| {
            for &n in &page {
                let (r, label) = row(n);
                let one = One::new(&p, n, label.clone());
                black_box(row_cells(app, &r, &label, None));
                drop(black_box(one));
            }
        });
    });
    group.bench_function("a page of rows: borrowed (after)", |b| {
        b.iter(|| {
            for &n in &page {
                let (r, label) = row(n);
                black_box(row_cells(app, &r, &label, None));
            }
        });
    });
}

/// A dashboard at 200×60 after the given keys, which must reach `view` (a bench that measures
/// another view than it says would be worse than none).
fn app_at(dataset: &Dataset, keys: &[Action], view: View) -> App {
    let mut app = App::new(dataset.clone(), Options::default());
    update(&mut app, Action::Resize(WIDTH, HEIGHT));
    for key in keys {
        update(&mut app, key.clone());
    }
    assert_eq!(app.view(), view, "the keys {keys:?} do not reach {view:?}");
    app
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a TestBackend cannot fail")
}

fn draw_frame(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| draw(frame, app))
        .expect("a TestBackend cannot fail");
}

/// A frame as the event loop makes one: drawn, then its lists' windows handed back to the
/// update step (`Action::Drawn`), which keeps the offsets and the rows of a page.
fn frame(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    draw_frame(terminal, app);
    let windows = goalboard::tui::shown::windows(app);
    update(app, Action::Drawn(windows));
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30);
    targets = tui, breakdowns
}
criterion_main!(benches);
