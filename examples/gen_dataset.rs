//! Writes a synthetic goalboard dataset of any size, the same bytes for the same seed:
//!
//! ```text
//! cargo run --release --example gen_dataset -- --goals 1000 --indicators 10 --points 120 \
//!     --initiatives 50000 --seed 42 --out target/large.json
//! ```
//!
//! Without `--out` it writes to standard output. The defaults are the "large" dataset of
//! issue 7 (about 60 MB). The generator itself lives in `benches/support/` (`generate.rs`, with
//! `words.rs` and `json_writer.rs`), shared with the benchmarks.

#[path = "../benches/support/generate.rs"]
mod generate;
#[path = "../benches/support/json_writer.rs"]
mod json_writer;
#[path = "../benches/support/words.rs"]
mod words;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Write a synthetic dataset in goalboard format v1 (Danish text, reproducible from a seed).
#[derive(Debug, Parser)]
struct Args {
    /// Number of goals (themes × municipalities).
    #[arg(long, default_value_t = generate::Size::LARGE.goals)]
    goals: usize,
    /// Indicators per goal (with 0, give at least as many initiatives as goals, or `check`
    /// warns about goals with neither indicators nor initiatives).
    #[arg(long, default_value_t = generate::Size::LARGE.indicators)]
    indicators: usize,
    /// Monthly points per indicator (at most 12000).
    #[arg(long, default_value_t = generate::Size::LARGE.points, value_parser = parse_points)]
    points: usize,
    /// Number of initiatives, each with milestones, updates and sometimes a measure.
    #[arg(long, default_value_t = generate::Size::LARGE.initiatives)]
    initiatives: usize,
    /// Seed of the pseudo-random generator: the same seed gives the same file.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Where to write (default: standard output).
    #[arg(long)]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let size = generate::Size {
        goals: args.goals,
        indicators: args.indicators,
        points: args.points,
        initiatives: args.initiatives,
    };
    let result = match &args.out {
        Some(path) => File::create(path).and_then(|f| write(f, size, args.seed)),
        None => write(io::stdout().lock(), size, args.seed),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let target = args
                .out
                .as_ref()
                .map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
            eprintln!("gen_dataset: cannot write to {target}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_points(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n <= generate::MAX_POINTS => Ok(n),
        _ => Err(format!(
            "expected a whole number from 0 to {}",
            generate::MAX_POINTS
        )),
    }
}

fn write(out: impl Write, size: generate::Size, seed: u64) -> io::Result<()> {
    let mut out = generate::write_dataset(BufWriter::with_capacity(1 << 16, out), size, seed)?;
    out.flush()
}
