//! Series of points: read, sorted by date (stable), with warnings for points out of order,
//! two points on one date, and percentages outside 0–100.

use chrono::NaiveDate;

use super::{Anchor, Checker, Finding};
use crate::diagnostic::Severity;
use crate::load::field::Field;
use crate::load::path::At;
use crate::load::raw::{List, RawPoint};
use crate::model::Point;

/// A point with its index in the file (for messages after sorting) and its first day (where
/// it sits, worked out once).
type Indexed = (usize, NaiveDate, Point);

/// Reads a series; `percent` when the unit is `%`.
pub fn series(cx: &mut Checker, list: &List<RawPoint>, at: &At, percent: bool) -> Vec<Point> {
    let items = cx.items(list, at);
    let mut points: Vec<Indexed> = Vec::with_capacity(items.len());
    for (i, raw) in items {
        if let Some(point) = point(cx, raw, &at.index(i), percent) {
            points.push((i, point.date.first_day(), point));
        }
    }
    sort(cx, &mut points, at);
    warn_same_date(cx, &points, at);
    points.into_iter().map(|(_, _, p)| p).collect()
}

/// Like [`series`], for a series that must be present (a comparison's).
pub fn required_series(
    cx: &mut Checker,
    list: &List<RawPoint>,
    at: &At,
    percent: bool,
) -> Vec<Point> {
    if matches!(list, Field::Missing) {
        cx.missing(at);
    }
    series(cx, list, at, percent)
}

fn point(cx: &mut Checker, raw: &RawPoint, at: &At, percent: bool) -> Option<Point> {
    let date = cx.required_date(&raw.date, &at.key("date"));
    let value_at = at.key("value");
    let value = match &raw.value {
        Field::Ok(v) => Some(*v),
        Field::Null => None,
        Field::Missing => {
            let message = "missing required field \"value\" (use null for a value not measured)";
            cx.push(Finding {
                severity: Severity::Error,
                path: value_at.path(),
                anchor: Anchor::Parent,
                message: message.to_owned(),
            });
            None
        }
        wrong @ Field::Wrong(_) => {
            cx.required(wrong, &value_at);
            None
        }
    };
    if let (Some(v), true) = (value, percent) {
        warn_percent(cx, v, &value_at);
    }
    let from = cx.date(&raw.from, &at.key("from"));
    let note = cx.text(&raw.note, &at.key("note"));
    Some(Point {
        date: date?,
        value,
        from,
        note,
    })
}

/// A value of a `%` indicator outside 0–100 is likely a share written as a fraction, or a typo.
pub fn warn_percent(cx: &mut Checker, value: f64, at: &At) {
    if !(0.0..=100.0).contains(&value) {
        cx.warning(at, format!("{value} is outside 0–100 for the unit \"%\""));
    }
}

/// Sorts by date, keeping the file's order on one date; warns at the first point out of order.
fn sort(cx: &mut Checker, points: &mut [Indexed], at: &At) {
    let out_of_order = points.windows(2).find(|w| w[1].1 < w[0].1);
    if let Some([(_, _, before), (i, _, after)]) = out_of_order {
        let message = format!(
            "series is not sorted by date: {} comes after {}; sorted on load",
            after.date, before.date
        );
        cx.warning(&at.index(*i).key("date"), message);
        points.sort_by_key(|(_, day, _)| *day);
    }
}

fn warn_same_date(cx: &mut Checker, points: &[Indexed], at: &At) {
    for w in points.windows(2) {
        let ((first, day_a, a), (second, day_b, b)) = (&w[0], &w[1]);
        if day_a != day_b {
            continue;
        }
        let other = at.index(*first);
        let message = if a.date == b.date {
            format!("two points on {} (the other at {other})", b.date)
        } else {
            format!(
                "two points on one date: {} and {} both start on {day_b} (the other at {other})",
                b.date, a.date
            )
        };
        cx.warning(&at.index(*second).key("date"), message);
    }
}
