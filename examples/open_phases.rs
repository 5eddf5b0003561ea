//! Where the time goes between `goalboard FILE` and its first frame, in a fresh process (unlike
//! the criterion benches, whose loops reuse memory and so skip the page faults of a first
//! load): reading, loading and checking the file, and `Data::new` (figures and everything prepared for
//! drawing, with the search index and number formats on a second thread).
//!
//! ```sh
//! cargo run --release --example open_phases -- target/bench-data/large-seed42.json
//! ```

// The binary's allocator, so the phases cost what they cost in `goalboard`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use goalboard::model::Lang;
use goalboard::tui::prepared::Data;
use goalboard::tui::theme::{Theme, ThemeOptions};

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: open_phases FILE");
        return ExitCode::FAILURE;
    };
    let start = Instant::now();
    // As `goalboard FILE` reads it: a large clean file in blocks, parsed on worker threads.
    let loaded = goalboard::load::load_path(&path);
    let load = start.elapsed();
    let Some(dataset) = loaded.dataset else {
        eprintln!("{}: does not load", path.display());
        return ExitCode::FAILURE;
    };
    let theme = Theme::new(ThemeOptions::default());
    let start = Instant::now();
    let data = Data::for_first_frame(dataset, &theme, Lang::Da);
    let prepare = start.elapsed();
    println!(
        "read + load + check {:.0} ms, Data::new {:.0} ms ({} goals, {} initiatives)",
        load.as_secs_f64() * 1e3,
        prepare.as_secs_f64() * 1e3,
        data.dataset.goals.len(),
        data.dataset.initiatives.len()
    );
    ExitCode::SUCCESS
}
