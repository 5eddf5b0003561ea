//! `goalboard [FILE]`: the dashboard.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct DashboardArgs {
    /// The dataset to open (default: the last one opened, else the bundled Ishøj dataset).
    pub file: Option<PathBuf>,
    /// Language of the interface (default: the dataset's `language`).
    #[arg(long, value_parser = ["en", "da"])]
    pub lang: Option<String>,
    /// Use no glyph outside ASCII (automatic when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
    /// No colour (also when NO_COLOR is set): symbols and words carry every status.
    #[arg(long)]
    pub no_color: bool,
}

pub fn run(args: &DashboardArgs) -> ExitCode {
    let _ = args;
    todo!("dashboard")
}
