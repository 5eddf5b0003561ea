//! `goalboard check FILE…`: every error and warning of every file, in one run, like a compiler.
//!
//! Diagnostics go to stdout (they are what was asked for, and pipe into `grep` or `jq`), one
//! line each with the source line and a caret under the column below it, then a summary line
//! per file; `--quiet` prints only the error lines, without the source. The exit
//! status is 2 when any file has an error, else 0.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::file::read_regular;
use crate::load::{Loaded, MAX_FILE_BYTES, load_path};
use crate::model::Lang;
use crate::sanitize::clean;
use crate::snippet::Lines;

use super::EXIT_INVALID;
use super::output;

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
    /// Language of the text output: `en` (the default) or `da`. The JSON output's `message`
    /// is always English, for programs.
    #[arg(long, value_parser = ["en", "da"])]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let results: Vec<(String, Loaded)> = args
        .files
        .iter()
        .map(|path| (path.display().to_string(), load_path(path)))
        .collect();
    let failed = results.iter().any(|(_, loaded)| loaded.has_errors());
    let mut out = BufWriter::new(io::stdout().lock());
    let written = match args.format {
        CheckFormat::Text => {
            let lang = args
                .lang
                .as_deref()
                .and_then(Lang::parse)
                .unwrap_or_default();
            write_text(&mut out, &args.files, &results, (args.quiet, lang))
        }
        CheckFormat::Json => write_json(&mut out, &results, args.quiet),
    };
    // A closed pipe (`check … | head`) loses output but not the verdict; a failed write is
    // an error (`output`).
    let written = written.and_then(|()| out.flush());
    // Not freed here: the datasets of national files are millions of allocations, and freeing
    // them one by one took 60–90 ms per file after everything was printed (this is the last
    // thing `check` does).
    super::free_in_background(results);
    let verdict = if failed {
        ExitCode::from(EXIT_INVALID)
    } else {
        ExitCode::SUCCESS
    };
    drop(out);
    output::finish(written, verdict)
}

fn shown(loaded: &Loaded, quiet: bool) -> impl Iterator<Item = &Diagnostic> {
    loaded
        .diagnostics
        .iter()
        .filter(move |d| !quiet || d.is_error())
}

fn write_text(
    out: &mut impl Write,
    paths: &[PathBuf],
    results: &[(String, Loaded)],
    (quiet, lang): (bool, Lang),
) -> io::Result<()> {
    for (path, (file, loaded)) in paths.iter().zip(results) {
        // The file is read again only to show its lines, and only when a line is to be shown.
        let source = if quiet || loaded.diagnostics.iter().all(|d| d.line.is_none()) {
            None
        } else {
            read_regular(path, MAX_FILE_BYTES).ok()
        };
        let lines = source.as_deref().map(Lines::new);
        for d in shown(loaded, quiet) {
            writeln!(out, "{}", d.in_lang(lang))?;
            let snippet = match (&lines, d.line, d.column) {
                (Some(lines), Some(line), Some(column)) => lines.snippet(line, column),
                _ => None,
            };
            if let Some(snippet) = snippet {
                writeln!(out, "{snippet}")?;
            }
        }
        if !quiet {
            writeln!(out, "{}: {}", clean(file), summary_in(loaded, lang))?;
        }
    }
    Ok(())
}

/// "ok", "1 warning", "2 errors, 1 warning"; in Danish "2 fejl, 1 advarsel".
pub fn summary_in(loaded: &Loaded, lang: Lang) -> String {
    let count = |n: usize, severity: Severity| {
        let (one, many) = match (severity, lang) {
            (Severity::Error, Lang::En) => ("error", "errors"),
            (Severity::Warning, Lang::En) => ("warning", "warnings"),
            (Severity::Error, Lang::Da) => ("fejl", "fejl"),
            (Severity::Warning, Lang::Da) => ("advarsel", "advarsler"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let (errors, warnings) = (loaded.errors().count(), loaded.warnings().count());
    let (e, w) = (Severity::Error, Severity::Warning);
    match (errors, warnings) {
        (0, 0) => "ok".to_owned(),
        (0, n) => format!("ok, {}", count(n, w)),
        (n, 0) => count(n, e),
        (n, m) => format!("{}, {}", count(n, e), count(m, w)),
    }
}

fn write_json(out: &mut impl Write, results: &[(String, Loaded)], quiet: bool) -> io::Result<()> {
    let all: Vec<&Diagnostic> = results.iter().flat_map(|(_, l)| shown(l, quiet)).collect();
    // Escaped as the JSON report escapes: a file name or message holding a C1 control or a
    // bidi override must not act on the terminal `check` often prints to.
    crate::report::json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}
