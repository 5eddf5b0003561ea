//! `goalboard report FILE`: the figures as text, markdown, json or csv.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The dataset (default: the bundled Ishøj dataset).
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Language of words, numbers and dates (default: the dataset's `language`).
    #[arg(long, value_parser = ["en", "da"])]
    pub lang: Option<String>,
    /// Use no glyph outside ASCII.
    #[arg(long)]
    pub ascii: bool,
    /// Report only this goal (by id or code); repeat for several.
    #[arg(long = "goal", value_name = "ID")]
    pub goals: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Json,
    Csv,
}

pub fn run(args: &ReportArgs) -> ExitCode {
    let _ = args;
    todo!("report")
}
