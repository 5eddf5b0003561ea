//! `goalboard report FILE`: the figures as text, markdown, json or csv.
//! Diagnostics go to stderr as `check` prints them; a file with errors gives exit status 2.
//! Whether stdout is a terminal decides colour in the text report and cleaning in the CSV
//! (see `csv_for_reading`); the other formats are the same everywhere.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::bundled;
use crate::figures::Figures;
use crate::format::Locale;
use crate::load::{Loaded, load_bytes, load_path};
use crate::model::Lang;
use crate::report::{CsvOptions, Kind, Report, TextOptions};

use super::output::{self, say};
use super::{EXIT_INVALID, since};

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The dataset file or Open SDG data repository (default: the bundled Ishøj dataset).
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
    /// Lead with the changes since an older version: an older copy of the file, `git:REV`
    /// (a revision or a day, from the git repository the file is in) or `last-review`.
    #[arg(long, value_name = "FILE|git:REV|last-review")]
    pub since: Option<String>,
    /// CSV for a Danish Excel (`da`: semicolons, decimal commas, a byte order mark) or the
    /// plain kind (`en`); default: `da` when `--lang da` is given.
    #[arg(long, value_parser = ["en", "da"])]
    pub csv_locale: Option<String>,
    /// CSV: numbers exactly as stored, not rounded to the indicator's decimals.
    #[arg(long)]
    pub exact: bool,
    /// CSV: every point in long layout (indicator, date, value, note, kind), for charts and
    /// `goalboard import`.
    #[arg(long)]
    pub series: bool,
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

/// CSV is an export: written to a file or a pipe it holds the data exactly as written (it has
/// no escapes that could keep a control character and stay faithful). Shown on a terminal it
/// is being read, so each row is cleaned as the text report cleans data: a control, bidi or
/// escape character becomes `�`, a tab or line break inside a field a space. The CSV layout
/// (commas, quotes, CRLF row ends) holds no such character, so it stays as it is.
fn csv_for_reading(csv: &str) -> String {
    csv.split("\r\n")
        .map(crate::sanitize::clean)
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn load(file: Option<&PathBuf>) -> Loaded {
    match file {
        Some(path) => load_path(path),
        None => load_bytes(bundled::BYTES, bundled::NAME),
    }
}

/// The CSV flags; Danish when asked for with `--csv-locale da`, or with `--lang da` unless
/// `--csv-locale en` says otherwise (a dataset's own language does not decide: a CSV goes to
/// whoever opens it).
fn csv_options(args: &ReportArgs) -> CsvOptions {
    let locale = args.csv_locale.as_deref().or(args.lang.as_deref());
    CsvOptions {
        danish: locale == Some("da"),
        exact: args.exact,
        series: args.series,
    }
}

/// The file's errors and warnings, as `check --lang` words them in the language asked for
/// (the dataset's own is not known yet): English unless `--lang da`.
fn say_diagnostics(loaded: &crate::load::Loaded, lang: Option<&str>) {
    let lang = lang.and_then(Lang::parse).unwrap_or_default();
    for diagnostic in &loaded.diagnostics {
        say!("{}", diagnostic.in_lang(lang));
    }
}

pub fn run(args: &ReportArgs) -> ExitCode {
    if args.format != ReportFormat::Csv && (args.series || args.exact || args.csv_locale.is_some())
    {
        say!("error: --series, --exact and --csv-locale are for --format csv");
        return ExitCode::from(EXIT_INVALID);
    }
    let loaded = load(args.file.as_ref());
    say_diagnostics(&loaded, args.lang.as_deref());
    // A dataset with errors comes only from an Open SDG repository with broken indicators:
    // every indicator is reported (the broken ones with their error), then exit 2.
    let failed = loaded.has_errors();
    let Some(dataset) = loaded.dataset else {
        return ExitCode::from(EXIT_INVALID);
    };
    let figures = Figures::compute(&dataset);
    let mut report = match Report::select(&dataset, &figures, &args.goals) {
        Ok(report) => report,
        Err(unknown) => {
            say!("error: {unknown}");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    let compared = match compare(args, &dataset, &figures) {
        Ok(compared) => compared,
        Err(code) => return code,
    };
    let scoped = compared.as_ref().map(|c| {
        if args.goals.is_empty() {
            c.changes.clone()
        } else {
            c.changes.for_goals(&report.goal_ids(), &dataset)
        }
    });
    if let (Some(compared), Some(changes)) = (&compared, &scoped) {
        report = report.with_since(crate::report::changes::Since {
            changes,
            baseline: &compared.baseline.dataset,
            origin: &compared.baseline.origin,
        });
    }
    let kind = kind(args, &dataset);
    let mut text = report.render(kind);
    if matches!(kind, Kind::Csv(_)) && std::io::stdout().is_terminal() {
        text = csv_for_reading(&text);
    }
    let done = if failed {
        ExitCode::from(EXIT_INVALID)
    } else {
        ExitCode::SUCCESS
    };
    output::print(text.as_bytes(), done)
}

/// `--since`: the baseline compared with the dataset, or the exit after saying why not.
fn compare(
    args: &ReportArgs,
    dataset: &crate::model::Dataset,
    figures: &Figures,
) -> Result<Option<since::Compared>, ExitCode> {
    let Some(spec) = args.since.as_deref() else {
        return Ok(None);
    };
    match since::compare(spec, args.file.as_deref(), dataset, figures) {
        Ok(compared) => Ok(Some(compared)),
        Err(e) => {
            say!("error: --since: {e}");
            Err(ExitCode::from(EXIT_INVALID))
        }
    }
}

/// The report's kind, in the language asked for (else the dataset's).
fn kind(args: &ReportArgs, dataset: &crate::model::Dataset) -> Kind {
    let lang = args
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(|| dataset.lang());
    let locale = Locale {
        lang,
        ascii: args.ascii,
    };
    match args.format {
        ReportFormat::Text => Kind::Text(TextOptions {
            locale,
            color: use_color(),
        }),
        ReportFormat::Markdown => Kind::Markdown(locale),
        ReportFormat::Json => Kind::Json,
        ReportFormat::Csv => Kind::Csv(csv_options(args)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_read_on_a_terminal_is_cleaned_and_keeps_its_layout() {
        let csv = "kind,title\r\nindicator,\"Hjemløse\u{1b}[?1049l, \"\"tal\"\"\nnu\"\r\nmeasure,a\u{9b}2J\tb\r\n";
        assert_eq!(
            csv_for_reading(csv),
            "kind,title\r\nindicator,\"Hjemløse\u{fffd}[?1049l, \"\"tal\"\" nu\"\r\nmeasure,a\u{fffd}2J b\r\n"
        );
        assert_eq!(csv_for_reading("a,b\r\n"), "a,b\r\n");
    }
}
