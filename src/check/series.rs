//! Series of points: read, sorted by date (stable), with warnings for points out of order,
//! two points on one date, and percentages outside 0–100.

use super::Checker;
use crate::load::field::Field;
use crate::load::path::At;
use crate::load::raw::{List, RawPoint};
use crate::model::Point;

/// A point with its index in the file, for messages after sorting.
type Indexed = (usize, Point);

/// Reads a series; `percent` when the unit is `%`.
pub fn series(cx: &mut Checker, list: &List<RawPoint>, at: &At, percent: bool) -> Vec<Point> {
    let mut points: Vec<Indexed> = Vec::new();
    for (i, raw) in cx.items(list, at) {
        if let Some(point) = point(cx, raw, &at.index(i), percent) {
            points.push((i, point));
        }
    }
    sort(cx, &mut points, at);
    warn_same_date(cx, &points, at);
    points.into_iter().map(|(_, p)| p).collect()
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
            cx.missing(&value_at);
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
    let out_of_order = points
        .windows(2)
        .find(|w| w[1].1.date.first_day() < w[0].1.date.first_day());
    if let Some([(_, before), (i, after)]) = out_of_order {
        let message = format!(
            "series is not sorted by date: {} comes after {}; sorted on load",
            after.date, before.date
        );
        cx.warning(&at.index(*i).key("date"), message);
        points.sort_by_key(|(_, p)| p.date.first_day());
    }
}

fn warn_same_date(cx: &mut Checker, points: &[Indexed], at: &At) {
    for w in points.windows(2) {
        let ((first, a), (second, b)) = (&w[0], &w[1]);
        if a.date.first_day() == b.date.first_day() {
            let message = format!(
                "two points on one date: {} here and {} at {}",
                b.date,
                a.date,
                at.index(*first)
            );
            cx.warning(&at.index(*second).key("date"), message);
        }
    }
}
