//! The changes as CSV, one row per change, for a spreadsheet: the CSV report with `--since`
//! is this table alone (a CSV file holds one table). The same quoting and formula guard as the
//! figures' CSV; numbers unrounded, dates as written.

use crate::compare::{
    BreakdownChange, Changes, IndicatorChange, InitiativeChange, Parent, PointChanges,
};
use crate::model::Dataset;
use crate::report::csv::{quote, text};

use super::Since;

const COLUMNS: [&str; 9] = [
    "change",
    "kind",
    "id",
    "parent_kind",
    "parent_id",
    "date",
    "old",
    "new",
    "text",
];

struct Rows(String);

impl Rows {
    /// A row; every field but the numbers (`old`, `new`) gets the formula guard.
    fn row(&mut self, fields: [&str; 9]) {
        let fields: Vec<String> = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if matches!(i, 6 | 7) {
                    quote(f, ',')
                } else {
                    quote(&text(f), ',')
                }
            })
            .collect();
        self.0.push_str(&fields.join(","));
        self.0.push_str("\r\n");
    }
}

fn number(x: Option<f64>) -> String {
    x.map(|x| x.to_string()).unwrap_or_default()
}

fn parent(of: &Parent) -> (&'static str, &str) {
    match of {
        Parent::Goal(g) => ("goal", g.as_str()),
        Parent::Initiative(i) => ("initiative", i.as_str()),
    }
}

fn kind(of: &Parent) -> &'static str {
    match of {
        Parent::Goal(_) => "indicator",
        Parent::Initiative(_) => "measure",
    }
}

/// An initiative's new status, updates and milestones done, a row each.
fn initiative_rows(rows: &mut Rows, c: &InitiativeChange) {
    let id = c.id.as_str();
    if let Some((was, now)) = c.status {
        rows.row([
            "status",
            "initiative",
            id,
            "",
            "",
            "",
            was.name(),
            now.name(),
            "",
        ]);
    }
    for u in &c.new_updates {
        let date = u.date.to_string();
        rows.row([
            "new_update",
            "initiative",
            id,
            "",
            "",
            &date,
            "",
            "",
            &u.text,
        ]);
    }
    for m in &c.milestones_done {
        rows.row(["milestone_done", "initiative", id, "", "", "", "", "", m]);
    }
}

/// What a row is about: (kind, id, parent kind, parent id).
type Subject<'a> = (&'a str, &'a str, &'a str, &'a str);

fn point_rows(rows: &mut Rows, (k, id, pk, pid): Subject<'_>, points: &PointChanges) {
    for p in &points.new {
        let (date, v) = (p.date.to_string(), number(p.value));
        rows.row(["new_point", k, id, pk, pid, &date, "", &v, ""]);
    }
    for r in &points.revised {
        let (date, old, new) = (r.date.to_string(), number(r.old), number(r.new));
        rows.row(["revised_point", k, id, pk, pid, &date, &old, &new, ""]);
    }
    for p in &points.removed {
        let (date, v) = (p.date.to_string(), number(p.value));
        rows.row(["removed_point", k, id, pk, pid, &date, &v, "", ""]);
    }
}

fn indicator_rows(rows: &mut Rows, c: &IndicatorChange) {
    let (pk, pid) = parent(&c.of);
    let (k, id) = (kind(&c.of), c.id.as_str());
    if let Some((was, now)) = c.status {
        rows.row(["status", k, id, pk, pid, "", was.name(), now.name(), ""]);
    }
    point_rows(rows, (k, id, pk, pid), &c.points);
    for b in &c.breakdowns {
        breakdown_rows(rows, (k, id), b);
    }
}

/// A breakdown's dimensions as its id in the CSV: `Sex=Women;Age=18-29`, in the file's order.
fn dimensions(b: &BreakdownChange) -> String {
    let pairs: Vec<String> = b
        .dimensions
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    pairs.join(";")
}

/// A breakdown's rows, its indicator (or measure) as the parent: `added` or `removed` for a
/// breakdown in one version only (its points follow, all new or all removed), else its status
/// and its points.
fn breakdown_rows(rows: &mut Rows, (parent_kind, parent_id): (&str, &str), b: &BreakdownChange) {
    let id = dimensions(b);
    let name = |s: Option<crate::figures::Status>| s.map_or("", crate::figures::Status::name);
    // One row for the breakdown itself: added, removed, or its status moved.
    let change = match b.status {
        Some((None, Some(_))) => Some(("added", "", "")),
        Some((Some(_), None)) => Some(("removed", "", "")),
        Some((was, now)) => Some(("status", name(was), name(now))),
        None => None,
    };
    if let Some((change, old, new)) = change {
        rows.row([
            change,
            "breakdown",
            &id,
            parent_kind,
            parent_id,
            "",
            old,
            new,
            "",
        ]);
    }
    point_rows(rows, ("breakdown", &id, parent_kind, parent_id), &b.points);
}

/// The CSV of the changes.
pub fn csv(since: &Since<'_>, _current: &Dataset) -> String {
    let changes: &Changes = since.changes;
    let mut rows = Rows(String::new());
    rows.0.push_str(&COLUMNS.join(","));
    rows.0.push_str("\r\n");
    for g in &changes.goals {
        let id = g.id.as_str();
        rows.row([
            "status",
            "goal",
            id,
            "",
            "",
            "",
            g.status.0.name(),
            g.status.1.name(),
            "",
        ]);
    }
    for n in &changes.notes {
        let date = n.date.to_string();
        rows.row([
            "new_note",
            "goal",
            n.goal.as_str(),
            "",
            "",
            &date,
            "",
            "",
            &n.text,
        ]);
    }
    for c in &changes.indicators {
        indicator_rows(&mut rows, c);
    }
    for c in &changes.initiatives {
        initiative_rows(&mut rows, c);
    }
    for (change, items) in [("added", &changes.added), ("removed", &changes.removed)] {
        for g in &items.goals {
            rows.row([change, "goal", g.as_str(), "", "", "", "", "", ""]);
        }
        for (i, of) in &items.indicators {
            let (pk, pid) = parent(of);
            rows.row([change, kind(of), i.as_str(), pk, pid, "", "", "", ""]);
        }
        for i in &items.initiatives {
            rows.row([change, "initiative", i.as_str(), "", "", "", "", "", ""]);
        }
    }
    rows.0
}
