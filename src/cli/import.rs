//! `goalboard import FILE… --into DATASET.json [--write [--revise]]` and
//! `goalboard import FILE… -o NEW.json`: numbers from spreadsheets and statistics files.
//!
//! Without `--write` nothing is written: the plan (new points, revised points, rows for ids
//! the dataset does not have, rows that could not be read) is printed and the exit status is
//! 2 when a row could not be read, else 0. With `--write` nothing is written either when any
//! row failed or the dataset has errors.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::import::plan::{Plan, conflicts};
use crate::import::splice::json_number;
use crate::import::{Decimal, Options, Row, Rows, apply, create, read_file, write};
use crate::load::load_bytes;
use crate::sanitize::clean;

use super::EXIT_INVALID;

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("dest").required(true).args(["into", "output"])))]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ImportArgs {
    /// Another kind of source, written whole as a goalboard file.
    #[command(subcommand)]
    pub source: Option<super::ImportSource>,
    /// Files to read: .csv, .tsv, .txt, .xlsx, .ods, JSON-stat .json.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The dataset to bring the numbers into.
    #[arg(long, value_name = "DATASET.json")]
    pub into: Option<PathBuf>,
    /// Make a new dataset from the rows instead (the file must not exist).
    #[arg(short = 'o', long = "output", value_name = "NEW.json")]
    pub output: Option<PathBuf>,
    /// Apply the new points (default: only show what would change).
    #[arg(long, requires = "into")]
    pub write: bool,
    /// With --write, also change points whose value differs.
    #[arg(long, requires = "write")]
    pub revise: bool,
    /// Read numbers with a decimal comma (default: detected).
    #[arg(long)]
    pub decimal_comma: bool,
    /// The sheet of a workbook to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Keep only this value of a dimension (JSON-stat, SDMX-CSV, dimension columns); repeatable.
    #[arg(long, value_name = "DIM=VALUE", value_parser = parse_select)]
    pub select: Vec<(String, String)>,
    /// The indicator the numbers belong to, for files without an indicator column.
    #[arg(long, value_name = "ID")]
    pub indicator: Option<String>,
    /// The title of a new dataset (with -o; default: the first file's name).
    #[arg(long)]
    pub title: Option<String>,
}

/// A `--select` that is not `DIM=VALUE`.
#[derive(Debug, thiserror::Error)]
#[error("'{0}' is not DIM=VALUE")]
pub struct NotASelection(String);

fn parse_select(s: &str) -> Result<(String, String), NotASelection> {
    s.split_once('=')
        .map(|(d, v)| (d.trim().to_owned(), v.trim().to_owned()))
        .filter(|(d, _)| !d.is_empty())
        .ok_or_else(|| NotASelection(s.to_owned()))
}

/// Why an import stopped: a sentence for the person who asked.
#[derive(Debug, thiserror::Error)]
enum ImportError {
    #[error(transparent)]
    Apply(#[from] apply::ApplyError),
    /// Writing the plan or the report to the terminal failed.
    #[error("{0}")]
    Output(#[from] io::Error),
    #[error("nothing written: the new dataset would have errors ({0})")]
    WouldHaveErrors(String),
    #[error("{0}: {1}")]
    Create(String, io::Error),
}

pub fn run(args: &ImportArgs) -> ExitCode {
    let options = Options {
        decimal: args.decimal_comma.then_some(Decimal::Comma),
        sheet: args.sheet.clone(),
        select: args.select.clone(),
        indicator: args.indicator.clone(),
    };
    let mut rows = Rows::default();
    for file in &args.files {
        rows.extend(read_file(file, &options));
    }
    conflicts(&mut rows);
    let mut out = io::stdout().lock();
    let code = match (&args.into, &args.output) {
        (Some(into), _) => into_dataset(&mut out, &rows, into, args),
        (None, Some(output)) => new_dataset(&mut out, &rows, output, args),
        (None, None) => Ok(false),
    };
    match code {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(EXIT_INVALID),
        Err(message) => {
            let _ = out.flush();
            super::output::say!("error: {}", clean(&message.to_string()));
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// A dimension set as `[Køn=Kvinder, Alder=18-29]`, or nothing for the headline.
fn series_name(row: &Row) -> String {
    let mut s = row.indicator.clone();
    if !row.dimensions.is_empty() {
        let dims: Vec<String> = row
            .dimensions
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        s = format!("{s} [{}]", dims.join(", "));
    }
    clean(&s).into_owned()
}

fn print_unreadable(out: &mut impl Write, rows: &Rows) -> io::Result<()> {
    for note in &rows.notes {
        writeln!(out, "note: {}", clean(note))?;
    }
    if !rows.unreadable.is_empty() {
        writeln!(
            out,
            "rows that could not be read ({}):",
            rows.unreadable.len()
        )?;
        for bad in &rows.unreadable {
            writeln!(out, "  {}", clean(&bad.to_string()))?;
        }
    }
    Ok(())
}

fn print_plan(out: &mut impl Write, plan: &Plan, revise: bool) -> io::Result<()> {
    if !plan.new.is_empty() {
        writeln!(out, "new points ({}):", plan.new.len())?;
        for (_, r) in &plan.new {
            writeln!(
                out,
                "  + {} {}: {}  ({})",
                series_name(r),
                r.date,
                json_number(r.value),
                clean(&r.place.to_string())
            )?;
        }
    }
    if !plan.revised.is_empty() {
        let how = if revise {
            ""
        } else {
            ", applied only with --revise"
        };
        writeln!(out, "revised points ({}{how}):", plan.revised.len())?;
        for r in &plan.revised {
            let row = &r.row;
            writeln!(
                out,
                "  ~ {} {}: {} → {}  ({})",
                series_name(row),
                row.date,
                clean(&r.old),
                json_number(row.value),
                clean(&row.place.to_string())
            )?;
        }
    }
    print_others(out, plan)
}

/// New breakdowns, ids the dataset does not have, and what is already there.
fn print_others(out: &mut impl Write, plan: &Plan) -> io::Result<()> {
    if !plan.new_breakdowns.is_empty() {
        writeln!(out, "new breakdowns ({}):", plan.new_breakdowns.len())?;
        for (_, rows) in &plan.new_breakdowns {
            writeln!(out, "  + {}: {} points", series_name(&rows[0]), rows.len())?;
        }
    }
    if !plan.unknown.is_empty() {
        let mut ids: Vec<&str> = plan.unknown.iter().map(|r| r.indicator.as_str()).collect();
        ids.dedup();
        writeln!(
            out,
            "rows for ids the dataset does not have ({}):",
            plan.unknown.len()
        )?;
        for id in ids {
            let first = plan
                .unknown
                .iter()
                .find(|r| r.indicator == id)
                .map(|r| r.place.to_string())
                .unwrap_or_default();
            writeln!(out, "  ? {}  (first at {})", clean(id), clean(&first))?;
        }
    }
    if plan.unchanged > 0 {
        writeln!(
            out,
            "unchanged: {} points already there with the same value",
            plan.unchanged
        )?;
    }
    Ok(())
}

/// `--into`: the plan, and with `--write` the change. `Ok(false)` is exit status 2.
fn into_dataset(
    out: &mut impl Write,
    rows: &Rows,
    into: &Path,
    args: &ImportArgs,
) -> Result<bool, ImportError> {
    let prepared = apply::prepare(into, &rows.rows)?;
    let plan = &prepared.plan;
    print_unreadable(out, rows)?;
    print_plan(out, plan, args.revise)?;
    if !prepared.errors.is_empty() {
        for d in &prepared.errors {
            writeln!(out, "{d}")?;
        }
        return Err(apply::ApplyError::Invalid(into.display().to_string()).into());
    }
    if refuse_unreadable(out, rows)? {
        return Ok(false);
    }
    let applies = !plan.new.is_empty()
        || !plan.new_breakdowns.is_empty()
        || (args.revise && !plan.revised.is_empty());
    if !args.write || !applies {
        let what = if applies {
            "dry run: add --write to apply"
        } else {
            "nothing to change"
        };
        writeln!(out, "{what}")?;
        return Ok(true);
    }
    let backup = apply::commit(into, &prepared, args.revise)?;
    let revised = if args.revise { plan.revised.len() } else { 0 };
    writeln!(
        out,
        "wrote {}: {} new points, {revised} revised, {} new breakdowns; the previous version is kept at {}",
        clean(&into.display().to_string()),
        plan.new.len(),
        plan.new_breakdowns.len(),
        clean(&backup.display().to_string())
    )?;
    Ok(true)
}

/// Nothing is written when any row could not be read: says so, and whether it was so.
fn refuse_unreadable(out: &mut impl Write, rows: &Rows) -> io::Result<bool> {
    if rows.unreadable.is_empty() {
        return Ok(false);
    }
    let count = rows.unreadable.len();
    writeln!(out, "nothing written: {count} rows could not be read")?;
    Ok(true)
}

/// `-o`: a new dataset from the rows.
fn new_dataset(
    out: &mut impl Write,
    rows: &Rows,
    output: &Path,
    args: &ImportArgs,
) -> Result<bool, ImportError> {
    print_unreadable(out, rows)?;
    if refuse_unreadable(out, rows)? {
        return Ok(false);
    }
    let title = args.title.clone().unwrap_or_else(|| {
        args.files
            .first()
            .and_then(|f| f.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let text = create::dataset(&rows.rows, &title);
    let name = output.display().to_string();
    let check = load_bytes(text.as_bytes(), &name);
    if check.has_errors() {
        let first = check
            .errors()
            .next()
            .map(ToString::to_string)
            .unwrap_or_default();
        return Err(ImportError::WouldHaveErrors(first));
    }
    write::create(output, text.as_bytes()).map_err(|e| ImportError::Create(name.clone(), e))?;
    writeln!(out, "wrote {name}: {} points", rows.rows.len())?;
    Ok(true)
}
