//! The command line: clap definitions and dispatch, one file per subcommand.
//! Each subcommand returns its exit code; errors are printed here, readably, never as a panic.

mod check;
mod config;
mod dashboard;
mod follow;
mod import;
mod import_open_sdg;
mod output;
mod present;
mod report;
mod schema;
mod since;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use check::CheckArgs;
pub use dashboard::{DashboardArgs, app_of};
pub use follow::FollowArgs;
pub use import::ImportArgs;
pub use present::PresentArgs;
pub use report::ReportArgs;

/// A terminal dashboard for public goals, the initiatives that serve them, and the numbers that
/// show whether they work.
#[derive(Debug, Parser)]
#[command(
    name = "goalboard",
    version,
    about,
    subcommand_precedence_over_arg = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Open the dashboard (the default when no subcommand is given).
    #[command(flatten)]
    pub dashboard: DashboardArgs,

    /// Read settings from this file instead of the user's config file.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check datasets and report every error and warning, like a compiler.
    Check(CheckArgs),
    /// Print the figures of a dataset as text, markdown, json or csv.
    Report(ReportArgs),
    /// Open the dashboard in presentation mode: one goal per screen, for a room.
    Present(PresentArgs),
    /// Follow someone who presents with `--share`: move when they move, in your own terminal.
    Follow(FollowArgs),
    /// Bring numbers from CSV, spreadsheets, JSON-stat or SDMX-CSV into a dataset; or
    /// `import open-sdg DIR -o FILE.json`: an Open SDG repository as a goalboard file.
    Import(ImportArgs),
    /// Print the JSON Schema of the dataset format (for editors).
    Schema,
    /// Show where the config and state files are, and the settings in force.
    Config,
}

/// What `import` reads.
#[derive(Debug, Subcommand)]
pub enum ImportSource {
    /// An Open SDG data repository (data/indicator_*.csv, metadata, translations).
    #[command(name = "open-sdg")]
    OpenSdg(import_open_sdg::ImportOpenSdgArgs),
}

/// Exit status for a file that fails its checks (and for usage errors, as clap does).
pub const EXIT_INVALID: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return output::clap_exit(&e),
    };
    match cli.command {
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Report(args)) => report::run(&args),
        Some(Command::Present(args)) => present::run(&args, cli.config.as_deref()),
        Some(Command::Follow(args)) => follow::run(&args, cli.config.as_deref()),
        Some(Command::Import(args)) => match &args.source {
            Some(ImportSource::OpenSdg(source)) => import_open_sdg::run(source),
            None => import::run(&args),
        },
        Some(Command::Schema) => schema::run(),
        Some(Command::Config) => config::run(cli.config.as_deref()),
        None => dashboard::run_with_config(&cli.dashboard, cli.config.as_deref()),
    }
}

/// Drops a value on a thread of its own, so the caller can go on (or end) without waiting: a
/// national dataset is some 1.5 million allocations, freed one by one in 60–90 ms, for memory
/// the system takes back at once when the process ends.
fn free_in_background<T: Send + 'static>(value: T) {
    let spawned = std::thread::Builder::new()
        .name("free".into())
        .spawn(move || drop(value));
    // Without a thread, it is freed here: slower, but the same.
    drop(spawned);
}
