//! `goalboard report FILE`: the figures as text, markdown, json or csv.
//! Diagnostics go to stderr as `check` prints them; a file with errors gives exit status 2.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::bundled;
use crate::figures::Figures;
use crate::format::Locale;
use crate::load::{Loaded, load_bytes, load_path};
use crate::model::Lang;
use crate::report::{Kind, Report, TextOptions};

use super::EXIT_INVALID;

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

/// Colour only for a terminal that wants it: stdout is a terminal, `NO_COLOR` is unset or
/// empty (as no-color.org defines it), and `TERM` is not `dumb`.
fn use_color() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    std::io::stdout().is_terminal() && !no_color && !dumb
}

fn load(file: Option<&PathBuf>) -> Loaded {
    match file {
        Some(path) => load_path(path),
        None => load_bytes(bundled::BYTES, bundled::NAME),
    }
}

pub fn run(args: &ReportArgs) -> ExitCode {
    let loaded = load(args.file.as_ref());
    for diagnostic in &loaded.diagnostics {
        eprintln!("{diagnostic}");
    }
    let dataset = match loaded.dataset {
        Some(dataset) if !loaded.has_errors() => dataset,
        _ => return ExitCode::from(EXIT_INVALID),
    };
    let figures = Figures::compute(&dataset);
    let report = match Report::select(&dataset, &figures, &args.goals) {
        Ok(report) => report,
        Err(unknown) => {
            eprintln!("error: {unknown}");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    let lang = args
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(|| dataset.lang());
    let locale = Locale {
        lang,
        ascii: args.ascii,
    };
    let kind = match args.format {
        ReportFormat::Text => Kind::Text(TextOptions {
            locale,
            color: use_color(),
        }),
        ReportFormat::Markdown => Kind::Markdown(locale),
        ReportFormat::Json => Kind::Json,
        ReportFormat::Csv => Kind::Csv,
    };
    let text = report.render(kind);
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // `goalboard report | head` closes the pipe early: not an error worth a word.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the report: {e}");
            ExitCode::FAILURE
        }
    }
}
