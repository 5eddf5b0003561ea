//! Breakdowns of one indicator matched by their dimension set (the pairs in any order), and
//! planned points left out of every comparison: a plan is not a measurement (spec §1), so a
//! plan revised is no revision, and a plan turned into a measured value reads as a new value.

use foldhash::{HashMap, HashMapExt};

use super::{PointChanges, points};
use crate::figures::{DatedValue, IndicatorFigures, Status};
use crate::model::{Breakdown, Dimensions, Point, PointKind};

/// What changed in one breakdown. A breakdown only in the current version has no old status
/// or latest value and every point new; one only in the older version the reverse.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownChange {
    /// As the current version writes them (the older one's for a removed breakdown).
    pub dimensions: Dimensions,
    pub status: Option<(Option<Status>, Option<Status>)>,
    pub latest: Option<(Option<DatedValue>, Option<DatedValue>)>,
    pub points: PointChanges,
}

/// The points a comparison looks at: every point but the planned ones.
pub fn compared(series: &[Point]) -> impl Iterator<Item = &Point> {
    series.iter().filter(|p| p.kind() != PointKind::Planned)
}

fn key(dimensions: &Dimensions) -> Vec<(&str, &str)> {
    let mut key: Vec<(&str, &str)> = dimensions
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    key.sort_unstable();
    key
}

type Side<'a> = Option<(&'a Breakdown, Option<&'a IndicatorFigures>)>;

fn series(side: Side<'_>) -> &[Point] {
    side.map_or(&[], |(b, _)| b.series.as_slice())
}

fn change(old: Side<'_>, new: Side<'_>) -> Option<BreakdownChange> {
    let status = |s: Side<'_>| s.and_then(|(_, f)| f.map(|f| f.status));
    let latest = |s: Side<'_>| s.and_then(|(_, f)| f.and_then(|f| f.latest));
    let (old_status, new_status) = (status(old), status(new));
    let (old_latest, new_latest) = (latest(old), latest(new));
    let points = points::diff(compared(series(old)), compared(series(new)));
    let status = (old_status != new_status).then_some((old_status, new_status));
    let latest = (old_latest != new_latest).then_some((old_latest, new_latest));
    let whole = old.is_none() || new.is_none();
    if !whole && status.is_none() && latest.is_none() && points.is_empty() {
        return None;
    }
    let dimensions = new.or(old).map(|(b, _)| b.dimensions.clone())?;
    Some(BreakdownChange {
        dimensions,
        status,
        latest,
        points,
    })
}

/// The breakdowns that changed, were added or removed, in the current version's order, then
/// the removed ones in the older version's order.
pub fn diff(
    old: (&[Breakdown], &[IndicatorFigures]),
    new: (&[Breakdown], &[IndicatorFigures]),
) -> Vec<BreakdownChange> {
    if old.0.is_empty() && new.0.is_empty() {
        return Vec::new();
    }
    let mut by_key: HashMap<Vec<(&str, &str)>, usize> = HashMap::with_capacity(old.0.len());
    for (i, b) in old.0.iter().enumerate() {
        by_key.insert(key(&b.dimensions), i);
    }
    let mut changes = Vec::new();
    for (i, b) in new.0.iter().enumerate() {
        let found = by_key.remove(&key(&b.dimensions));
        let old_side = found.map(|j| (&old.0[j], old.1.get(j)));
        changes.extend(change(old_side, Some((b, new.1.get(i)))));
    }
    let mut gone: Vec<usize> = by_key.into_values().collect();
    gone.sort_unstable();
    for j in gone {
        changes.extend(change(Some((&old.0[j], old.1.get(j))), None));
    }
    changes
}
