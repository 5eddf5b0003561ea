//! The plan and the writer on real files: what changes, and that nothing else does.

use std::fmt::Write as _;
use std::process::Command;

use super::{fixture, read, select};
use goalboard::figures::Figures;
use goalboard::import::plan::plan;
use goalboard::import::splice::splice;
use goalboard::import::{Options, read_bytes};
use goalboard::load::load_bytes;
use goalboard::report::{Kind, Report};

fn base() -> Vec<u8> {
    std::fs::read(fixture("base.json")).unwrap()
}

/// The lines of `new` that are not in `old`, when every line of `old` is still in `new` in
/// order (or, for a series' last point, with a comma added): what `git diff` would show.
fn added_lines(old: &str, new: &str) -> Vec<String> {
    let mut old_lines = old.lines().peekable();
    let mut added = Vec::new();
    for line in new.lines() {
        match old_lines.peek() {
            Some(o) if *o == line || format!("{o},") == line => {
                old_lines.next();
            }
            // An empty series opened to take its first points: the line changes.
            Some(o)
                if o.strip_suffix("[]")
                    .is_some_and(|head| line.strip_suffix('[') == Some(head)) =>
            {
                added.push(line.to_owned());
                old_lines.next();
            }
            _ => added.push(line.to_owned()),
        }
    }
    assert_eq!(old_lines.next(), None, "a line of the old file is gone");
    added
}

fn clean(bytes: &[u8]) {
    let loaded = load_bytes(bytes, "new.json");
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().all(|p| p.contains("unknown field")),
        "{problems:?}"
    );
    assert!(!loaded.has_errors());
}

#[test]
fn new_points_go_in_date_order_in_the_files_own_style() {
    let bytes = base();
    let rows = read("danish.csv", &Options::default()).rows;
    let plan = plan(&bytes, &rows).unwrap();
    assert_eq!(plan.new.len(), 4);
    assert_eq!(plan.unchanged, 1, "homeless 2016-12 = 38 is already there");
    let new = splice(&bytes, &plan, false).unwrap();
    clean(&new);
    let expected = std::fs::read_to_string(fixture("base-after-danish.json")).unwrap();
    assert_eq!(String::from_utf8(new.clone()).unwrap(), expected);
    let added = added_lines(
        std::str::from_utf8(&bytes).unwrap(),
        std::str::from_utf8(&new).unwrap(),
    );
    // homeless: one point of 5 lines; flexjob: its series opened (10); youth: a new series (6).
    assert_eq!(added.len(), 5 + 10 + 6, "{added:#?}");
}

#[test]
fn one_line_points_stay_on_one_line() {
    let bytes = base();
    let rows = read("wide.csv", &Options::default()).rows;
    let plan = plan(&bytes, &rows).unwrap();
    let new = String::from_utf8(splice(&bytes, &plan, false).unwrap()).unwrap();
    assert!(new.contains(r#""series": [ { "date": "2016", "value": 3 }, { "date": "2017", "value": 5 }, { "date": "2018", "value": 9 } ]"#), "{new}");
    assert!(
        new.contains("\"date\": \"2016\",\n              \"value\": 40\n"),
        "{new}"
    );
}

#[test]
fn revisions_only_when_asked() {
    let bytes = base();
    let csv = "indicator,date,value\nhomeless,2016-12,39\nhomeless,2016-05,54\n";
    let rows = read_bytes(csv.as_bytes(), "r.csv", "csv", &Options::default()).rows;
    let plan = plan(&bytes, &rows).unwrap();
    assert_eq!(
        (plan.revised.len(), plan.unchanged, plan.new.len()),
        (1, 1, 0)
    );
    assert_eq!(plan.revised[0].old, "38");
    assert_eq!(splice(&bytes, &plan, false).unwrap(), bytes);
    let revised = String::from_utf8(splice(&bytes, &plan, true).unwrap()).unwrap();
    let old = String::from_utf8(bytes).unwrap();
    assert_eq!(revised, old.replacen("\"value\": 38", "\"value\": 39", 1));
}

#[test]
fn unknown_ids_are_reported_not_written() {
    let bytes = base();
    let csv = "indicator,date,value\nnobody,2016,1\n";
    let rows = read_bytes(csv.as_bytes(), "u.csv", "csv", &Options::default()).rows;
    let plan = plan(&bytes, &rows).unwrap();
    assert_eq!(plan.unknown.len(), 1);
    assert!(plan.is_empty());
}

#[test]
fn breakdowns_are_made_and_then_matched_by_their_dimensions() {
    let bytes = base();
    let rows = read("statbank.json", &select(&[("OMRÅDE", "183")], "homeless")).rows;
    let plan1 = plan(&bytes, &rows).unwrap();
    assert_eq!(plan1.new_breakdowns.len(), 2);
    let once = splice(&bytes, &plan1, false).unwrap();
    clean(&once);
    let text = String::from_utf8(once.clone()).unwrap();
    assert!(text.contains("\"breakdowns\": [\n            {\n              \"dimensions\": {\n                \"køn\": \"Mænd\"\n              },\n              \"series\": [\n                {\n                  \"date\": \"2015-Q4\",\n"), "{text}");
    // The same file again: nothing new; one changed value: a revision in the breakdown.
    let again = plan(&once, &rows).unwrap();
    assert!(again.is_empty(), "{:?}", again.new);
    assert_eq!(again.unchanged, 5);
    let mut changed = rows.clone();
    changed[4].value = 22.0;
    let revised = plan(&once, &changed).unwrap();
    assert_eq!(revised.revised.len(), 1);
}

#[test]
fn a_write_into_a_large_dataset_changes_only_the_inserted_lines() {
    let size = super::generate::Size {
        goals: 40,
        indicators: 5,
        points: 24,
        initiatives: 200,
    };
    let bytes = pretty(&super::generate::write_dataset(Vec::new(), size, 7).unwrap());
    let targets = goalboard::import::scan::targets(&bytes).unwrap();
    let mut csv = String::from(
        "indicator,date,value
",
    );
    for t in targets.iter().filter(|t| t.series.is_some()).step_by(17) {
        let id = &t.indicator;
        let _ = write!(
            csv,
            "{id},2030-01,1.5
{id},1990-01,2
"
        );
    }
    let rows = read_bytes(csv.as_bytes(), "l.csv", "csv", &Options::default()).rows;
    let plan = plan(&bytes, &rows).unwrap();
    assert_eq!(plan.new.len(), rows.len());
    let new = splice(&bytes, &plan, false).unwrap();
    assert!(!load_bytes(&new, "large.json").has_errors());
    let added = added_lines(
        std::str::from_utf8(&bytes).unwrap(),
        std::str::from_utf8(&new).unwrap(),
    );
    assert!(
        added.iter().all(|l| l.contains("\"date\"")
            || l.contains("\"value\"")
            || l.trim() == "{"
            || l.trim().starts_with('}')),
        "{added:#?}"
    );
}

/// A generated dataset as people keep one in git: one member a line.
pub fn pretty(bytes: &[u8]) -> Vec<u8> {
    let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    serde_json::to_vec_pretty(&value).unwrap()
}

fn goalboard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_goalboard"))
}

fn temp_copy(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("d.json");
    std::fs::write(&path, base()).unwrap();
    path
}

#[test]
fn the_command_shows_then_writes_and_keeps_the_previous_version() {
    let path = temp_copy("cli");
    let dry = goalboard()
        .arg("import")
        .arg(fixture("danish.csv"))
        .arg("--into")
        .arg(&path)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&dry.stdout);
    assert_eq!(dry.status.code(), Some(0), "{out}");
    assert!(
        out.contains("new points (4):") && out.contains("+ homeless 2015-12: 50"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        base(),
        "a dry run writes nothing"
    );
    let bad = goalboard()
        .arg("import")
        .arg(fixture("bad.csv"))
        .arg("--into")
        .arg(&path)
        .arg("--write")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stdout).contains("nothing written"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        base(),
        "nothing written when a row failed"
    );
    let write = goalboard()
        .arg("import")
        .arg(fixture("danish.csv"))
        .arg("--into")
        .arg(&path)
        .arg("--write")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&write.stdout);
    assert_eq!(write.status.code(), Some(0), "{out}");
    assert!(out.contains("d.json.bak"), "{out}");
    assert_eq!(
        std::fs::read(path.with_file_name("d.json.bak")).unwrap(),
        base()
    );
    let check = goalboard().arg("check").arg(&path).output().unwrap();
    assert_eq!(check.status.code(), Some(0));
    let new = path.with_file_name("new.json");
    let made = goalboard()
        .arg("import")
        .arg(fixture("wide.csv"))
        .arg("-o")
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(
        made.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let check = goalboard().arg("check").arg(&new).output().unwrap();
    assert!(
        String::from_utf8_lossy(&check.stdout).contains(": ok"),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn report_csv_imported_into_an_empty_copy_gives_the_same_figures() {
    let full = std::fs::read(fixture("roundtrip.json")).unwrap();
    let dataset = load_bytes(&full, "r.json").dataset.unwrap();
    let figures = Figures::compute(&dataset);
    // Every point in long layout, unrounded: what `report --format csv --series --exact` writes.
    let options = goalboard::report::CsvOptions {
        series: true,
        exact: true,
        ..Default::default()
    };
    let csv = Report::all(&dataset, &figures).render(Kind::Csv(options));
    let empty = String::from_utf8(full.clone()).unwrap();
    let empty = empty
        .lines()
        .filter(|l| !l.trim_start().starts_with("{ \"date\""))
        .collect::<Vec<_>>()
        .join("\n");
    let rows = read_bytes(csv.as_bytes(), "report.csv", "csv", &Options::default());
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    let plan = plan(empty.as_bytes(), &rows.rows).unwrap();
    let back = splice(empty.as_bytes(), &plan, false).unwrap();
    let again = load_bytes(&back, "back.json").dataset.unwrap();
    let json =
        |d: &goalboard::model::Dataset| Report::all(d, &Figures::compute(d)).render(Kind::Json);
    assert_eq!(json(&again), json(&dataset));
}
