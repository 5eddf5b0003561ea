//! `goalboard check FILE…`: every error and warning of every file, in one run.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Dataset files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Output format: `text` for people, `json` for other programs.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let _ = args;
    todo!("check")
}
