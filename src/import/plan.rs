//! What an import would change, worked out before anything is written: new points, revised
//! points (old → new), new breakdowns, rows for ids the dataset does not have, and the points
//! already there with the same value. Matching is by indicator id, then by the breakdown's
//! dimension set, then by date as the same period.

use std::collections::{HashMap, HashSet};

use super::scan::{Element, ScanError, Target, elements, targets};
use super::{Row, Rows, Unreadable};

/// A change to one point of an existing series.
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    pub target: usize,
    pub element: Element,
    /// The value as the file writes it (`38`, `null`).
    pub old: String,
    pub row: Row,
}

/// Every change an import would make.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub targets: Vec<Target>,
    /// New points, by target index, in date order.
    pub new: Vec<(usize, Row)>,
    pub revised: Vec<Revision>,
    /// New breakdowns of an existing indicator: the indicator's target index and the rows.
    pub new_breakdowns: Vec<(usize, Vec<Row>)>,
    /// Rows for indicator ids the dataset does not have.
    pub unknown: Vec<Row>,
    /// Rows whose point is already there with the same value.
    pub unchanged: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.revised.is_empty() && self.new_breakdowns.is_empty()
    }
}

/// A point's identity: its indicator, dimension set and period (as first and last day).
type PointKey<'a> = (&'a str, &'a [(String, String)], i32, i32);

/// A series' identity: its indicator and dimension set.
type SeriesKey<'a> = (&'a str, &'a [(String, String)]);

/// Two rows for one point that disagree are unreadable: which one is meant is not ours to guess.
pub fn conflicts(rows: &mut Rows) {
    let mut seen: HashMap<PointKey<'_>, &Row> = HashMap::new();
    let mut found = Vec::new();
    for row in &rows.rows {
        let key = (
            row.indicator.as_str(),
            row.dimensions.as_slice(),
            row.date.first_day_key(),
            row.date.last_day_key(),
        );
        match seen.get(&key) {
            Some(first) if first.value != row.value => found.push(Unreadable {
                place: row.place.clone(),
                why: format!(
                    "{} at {} is {} here but {} at {}",
                    row.indicator, row.date, row.value, first.value, first.place
                ),
            }),
            Some(_) => {}
            None => {
                seen.insert(key, row);
            }
        }
    }
    rows.unreadable.extend(found);
}

/// The plan for bringing the rows into the dataset whose text is `bytes`.
pub fn plan(bytes: &[u8], rows: &[Row]) -> Result<Plan, ScanError> {
    let targets = targets(bytes)?;
    let index: HashMap<SeriesKey<'_>, usize> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.indicator.as_str(), t.dimensions.as_slice()), i))
        .collect();
    let mut plan = Plan::default();
    let mut by_target: HashMap<usize, Vec<&Row>> = HashMap::new();
    let mut breakdowns: Vec<(usize, Vec<Row>)> = Vec::new();
    let mut done: HashSet<(usize, i32, i32)> = HashSet::new();
    for row in rows {
        if let Some(&t) = index.get(&(row.indicator.as_str(), row.dimensions.as_slice())) {
            if done.insert((t, row.date.first_day_key(), row.date.last_day_key())) {
                by_target.entry(t).or_default().push(row);
            }
        } else if let Some(&head) = index.get(&(row.indicator.as_str(), &[][..])) {
            match breakdowns
                .iter_mut()
                .find(|(h, r)| *h == head && r[0].dimensions == row.dimensions)
            {
                Some((_, list)) => list.push(row.clone()),
                None => breakdowns.push((head, vec![row.clone()])),
            }
        } else {
            plan.unknown.push(row.clone());
        }
    }
    let mut keys: Vec<usize> = by_target.keys().copied().collect();
    keys.sort_unstable();
    for t in keys {
        let existing = match targets[t].series {
            Some(span) => elements(bytes, span)?,
            None => Vec::new(),
        };
        for row in &by_target[&t] {
            compare(bytes, t, &existing, row, &mut plan);
        }
    }
    for (_, list) in &mut breakdowns {
        list.sort_by_key(|r| r.date);
        list.dedup_by_key(|r| r.date);
    }
    plan.new.sort_by_key(|(t, r)| (*t, r.date));
    plan.new_breakdowns = breakdowns;
    plan.targets = targets;
    Ok(plan)
}

fn compare(bytes: &[u8], target: usize, existing: &[Element], row: &Row, plan: &mut Plan) {
    let Some(old) = existing.iter().find(|e| e.date == Some(row.date)) else {
        plan.new.push((target, row.clone()));
        return;
    };
    let old_text = old.value.map_or_else(
        || "null".to_owned(),
        |v| String::from_utf8_lossy(&bytes[v.start..v.end]).into_owned(),
    );
    if old_text.parse::<f64>().ok() == Some(row.value) {
        plan.unchanged += 1;
    } else {
        plan.revised.push(Revision {
            target,
            element: old.clone(),
            old: old_text,
            row: row.clone(),
        });
    }
}
