//! `goalboard import open-sdg DIR -o FILE.json`: an Open SDG data repository written as a
//! goalboard dataset file (format v1.1), the same dataset `goalboard DIR` shows. The reader's
//! problems are printed as `check` prints them; with any, nothing is written and the exit
//! status is 2.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::opensdg;

use super::EXIT_INVALID;

#[derive(Debug, clap::Args)]
pub struct ImportOpenSdgArgs {
    /// The repository (the folder that holds data/indicator_*.csv).
    pub dir: PathBuf,
    /// The dataset file to write.
    #[arg(long, short)]
    pub output: PathBuf,
}

pub fn run(args: &ImportOpenSdgArgs) -> ExitCode {
    if !opensdg::is_repository(&args.dir) {
        super::output::say!(
            "error: {}: not an Open SDG data repository (no data/indicator_*.csv files)",
            crate::sanitize::clean(&args.dir.display().to_string())
        );
        return ExitCode::from(EXIT_INVALID);
    }
    let imported = opensdg::read_repository(&args.dir);
    for d in &imported.diagnostics {
        super::output::say!("{d}");
    }
    if imported
        .diagnostics
        .iter()
        .any(crate::diagnostic::Diagnostic::is_error)
    {
        return ExitCode::from(EXIT_INVALID);
    }
    let mut text = match serde_json::to_string_pretty(&imported.document) {
        Ok(text) => text,
        Err(e) => {
            super::output::say!("error: cannot write the dataset: {e}");
            return ExitCode::FAILURE;
        }
    };
    text.push('\n');
    match std::fs::write(&args.output, text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::output::say!(
                "error: {}: cannot write: {e}",
                crate::sanitize::clean(&args.output.display().to_string())
            );
            ExitCode::FAILURE
        }
    }
}
