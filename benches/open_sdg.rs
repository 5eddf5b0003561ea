//! Opening an Open SDG data repository of 300 indicators (generated: 24 years, Sex × Age
//! disaggregations, YAML front matter with progress options, a translations folder): the
//! reader plus the ordinary load (`opensdg::load_dir`, what `goalboard DIR` and `check DIR`
//! do before anything is drawn or printed), and the figures computed once per load; then the
//! issue's two must-holds, each under 1 s: the first frame (`load_path` of the folder,
//! `App::new`, one draw at 200×60, as `goalboard DIR` does less entering the terminal) and
//! `check DIR` (`load_path`, every diagnostic and the summary line written, as the command
//! prints them).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use goalboard::tui::{Action, App, Options, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const INDICATORS: usize = 300;

/// Writes the repository once (kept, so `goalboard check` can be timed on it too).
fn repository() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-opensdg-{INDICATORS}"));
    if dir.join("data").is_dir() {
        return dir;
    }
    for sub in ["data", "meta", "translations/en"] {
        std::fs::create_dir_all(dir.join(sub)).expect("temp dir");
    }
    std::fs::write(dir.join("config_data.yml"), "languages:\n  - en\n").expect("write");
    std::fs::write(
        dir.join("translations/en/data.yml"),
        "Female: Women\nMale: Men\n",
    )
    .expect("write");
    for n in 0..INDICATORS {
        let id = format!("{}-{}-{}", n % 17 + 1, n / 17 + 1, n % 3 + 1);
        write_indicator(&dir, &id, n);
    }
    dir
}

fn write_indicator(dir: &Path, id: &str, n: usize) {
    let mut csv = String::from("Year,Sex,Age,Observation status,Value\n");
    for sex in ["", "data.Female", "data.Male"] {
        for age in ["", "15-24", "25-64"] {
            for year in 2000..2024 {
                let v =
                    50.0 + (n % 7) as f64 - 0.3 * f64::from(year - 2000) + sex.len() as f64 * 0.1;
                let _ = writeln!(csv, "{year},{sex},{age},,{v:.2}");
            }
        }
    }
    std::fs::write(dir.join(format!("data/indicator_{id}.csv")), csv).expect("write");
    let meta = format!(
        "---\nindicator_name: global_indicators.{id}-title\ncomputation_units: Percent\n\
         auto_progress_calculation: true\nprogress_calculation_options:\n  - target: 20\n  \
         - disaggregation:\n      - field: Sex\n        value: data.Female\n---\nText.\n"
    );
    std::fs::write(dir.join(format!("meta/{id}.md")), meta).expect("write");
}

fn open(c: &mut Criterion) {
    let dir = repository();
    eprintln!("repository of {INDICATORS} indicators at {}", dir.display());
    let mut group = c.benchmark_group("open_sdg/300");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("load_dir (read + load + check)", |b| {
        b.iter_with_large_drop(|| goalboard::opensdg::load_dir(black_box(&dir)));
    });
    group.bench_function("load_dir + figures", |b| {
        b.iter_with_large_drop(|| {
            let loaded = goalboard::opensdg::load_dir(black_box(&dir));
            let dataset = loaded.dataset.expect("a dataset");
            let figures = goalboard::figures::Figures::compute(&dataset);
            (dataset, figures)
        });
    });
    group.finish();
}

fn must_holds(c: &mut Criterion) {
    let dir = repository();
    let mut group = c.benchmark_group("open_sdg/300");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("first frame (load_path + App::new + draw 200x60)", |b| {
        b.iter_with_large_drop(|| {
            let dataset = goalboard::load::load_path(black_box(&dir))
                .dataset
                .expect("the repository loads");
            let mut app = App::new(dataset, Options::default());
            update(&mut app, Action::Resize(200, 60));
            let mut terminal =
                Terminal::new(TestBackend::new(200, 60)).expect("a TestBackend cannot fail");
            terminal
                .draw(|frame| draw(frame, &app))
                .expect("a TestBackend cannot fail");
            (app, terminal)
        });
    });
    group.bench_function("check DIR (load_path + diagnostics written)", |b| {
        b.iter_with_large_drop(|| {
            let loaded = goalboard::load::load_path(black_box(&dir));
            let mut out = Vec::new();
            for d in &loaded.diagnostics {
                let _ = writeln!(out, "{d}");
            }
            let (errors, warnings) = (loaded.errors().count(), loaded.warnings().count());
            let _ = writeln!(
                out,
                "{}: {errors} errors, {warnings} warnings",
                dir.display()
            );
            (loaded, out)
        });
    });
    group.finish();
}

criterion_group!(benches, open, must_holds);
criterion_main!(benches);
