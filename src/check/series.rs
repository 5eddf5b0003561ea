//! Series of points: read, sorted by date (stable), with warnings for points out of order,
//! two points on one date, and percentages outside 0–100 (one warning per indicator); v1.1's
//! kind, range and bound of a point.

use super::quote;
use super::{Anchor, Checker, Finding};
use crate::diagnostic::Severity;
use crate::message::{Member, Points, Written};
use crate::model::{Bound, Point, PointKind};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{BoundText, KindText, List, RawPoint, SeriesPoint};

/// Where each point of a series came from: its index in the file (for messages after sorting
/// and dropping) and its first day (where it sits, as a [`crate::model::Period::first_day_key`]).
type Origin = (usize, i32);

/// Reads a series; `percent` when the unit is `%`. The points move out of the raw list, whose
/// buffer the model's series usually reuses.
pub fn series(cx: &mut Checker, list: List<SeriesPoint>, at: &At, percent: bool) -> Vec<Point> {
    let items = cx.items(list, at);
    let mut origins: Vec<Origin> = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    let mut points: Vec<Point> = items
        .filter_map(|(i, raw)| {
            let point = match raw {
                SeriesPoint::Clean(point) => {
                    if let (Some(v), true) = (point.value(), percent) {
                        warn_percent(cx, v, &at.index(i).key("value"));
                    }
                    point
                }
                SeriesPoint::Written(raw) => point(cx, *raw, &at.index(i), percent)?,
            };
            origins.push((i, point.date.first_day_key()));
            Some(point)
        })
        .collect();
    sort(cx, &mut points, &mut origins, at);
    warn_same_date(cx, &points, &origins, at);
    points
}

/// Like [`series`], for a series that must be present (a comparison's).
pub fn required_series(
    cx: &mut Checker,
    list: List<SeriesPoint>,
    at: &At,
    percent: bool,
) -> Vec<Point> {
    if matches!(list, Field::Missing) {
        cx.missing(at);
    }
    series(cx, list, at, percent)
}

/// A point with a problem somewhere, as written (see `SeriesPoint`).
fn point(cx: &mut Checker, raw: RawPoint, at: &At, percent: bool) -> Option<Point> {
    let date = cx.required_date(raw.date, &at.key("date"));
    let value_at = at.key("value");
    let value = match raw.value {
        Field::Ok(v) => Some(v),
        Field::Null => None,
        Field::Missing => {
            cx.push(Finding {
                severity: Severity::Error,
                path: value_at.path(),
                anchor: Anchor::Parent,
                message: Member::MissingValue.into(),
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
    let from = cx.date(raw.from, &at.key("from"));
    let note = cx.text(raw.note, &at.key("note"));
    let kind = kind(cx, raw.kind, &at.key("kind"));
    let bound = bound(cx, raw.bound, &at.key("bound"));
    let range = range(cx, raw.range, &at.key("range"));
    let (range, bound) = check_range_and_bound(cx, value, range, bound, at);
    Some(
        Point::new(date?, value)
            .with_from(from)
            .with_note(note)
            .with_kind(kind)
            .with_range(range)
            .with_bound(bound),
    )
}

fn kind(cx: &mut Checker, field: Field<KindText>, at: &At) -> PointKind {
    let Some(text) = cx.optional(field, at) else {
        return PointKind::Measured;
    };
    PointKind::parse(&text.0).unwrap_or_else(|| {
        let message = Written::NotAKind {
            text: quote(&text.0),
        };
        cx.error(at, message);
        PointKind::Measured
    })
}

fn bound(cx: &mut Checker, field: Field<BoundText>, at: &At) -> Option<Bound> {
    let text = cx.optional(field, at)?;
    let bound = Bound::parse(&text.0);
    if bound.is_none() {
        let message = Written::NotABound {
            text: quote(&text.0),
        };
        cx.error(at, message);
    }
    bound
}

/// `[low, high]`: exactly two numbers.
fn range(cx: &mut Checker, field: List<f64>, at: &At) -> Option<[f64; 2]> {
    let items = match field {
        Field::Missing | Field::Null => return None,
        Field::Ok(items) => items,
        Field::Wrong(_) => Vec::new(),
    };
    if let [Field::Ok(low), Field::Ok(high)] = items.as_slice() {
        return Some([*low, *high]);
    }
    cx.error(at, Points::RangeNotTwo);
    None
}

/// A range holds the value; a range and a bound do not go together; both need a value.
fn check_range_and_bound(
    cx: &mut Checker,
    value: Option<f64>,
    range: Option<[f64; 2]>,
    bound: Option<Bound>,
    at: &At,
) -> (Option<[f64; 2]>, Option<Bound>) {
    if let (Some(_), Some(_)) = (range, bound) {
        cx.error(&at.key("bound"), Points::RangeAndBound);
        return (None, None);
    }
    if value.is_none() {
        if range.is_some() {
            cx.error(&at.key("range"), Points::RangeNeedsValue);
        }
        if bound.is_some() {
            cx.error(&at.key("bound"), Points::BoundNeedsValue);
        }
        return (None, None);
    }
    if let (Some([low, high]), Some(v)) = (range, value)
        && !(low <= v && v <= high)
    {
        let message = Points::RangeMissesValue {
            low: low.to_string(),
            high: high.to_string(),
            value: v.to_string(),
        };
        cx.error(&at.key("range"), message);
        return (None, None);
    }
    (range, bound)
}

/// A value of a `%` indicator outside 0–100 is likely a share written as a fraction, or a typo;
/// but ratios and growth rates leave that range, so an indicator gets one warning at most
/// (given where its first such value is, by [`Checker::end_percent`]).
pub fn warn_percent(cx: &mut Checker, value: f64, at: &At) {
    if !(0.0..=100.0).contains(&value) {
        cx.note_percent(value, at);
    }
}

/// Sorts by date, keeping the file's order on one date; warns at the first point out of order.
fn sort(cx: &mut Checker, points: &mut Vec<Point>, origins: &mut Vec<Origin>, at: &At) {
    let out_of_order = origins.windows(2).position(|w| w[1].1 < w[0].1);
    let Some(before) = out_of_order else {
        return;
    };
    let message = Points::Unsorted {
        later: points[before + 1].date.to_string(),
        earlier: points[before].date.to_string(),
    };
    cx.warning(&at.index(origins[before + 1].0).key("date"), message);
    // Rare (a file written out of order): sort the pairs and take them apart again.
    let mut pairs: Vec<(Origin, Point)> = origins.drain(..).zip(points.drain(..)).collect();
    pairs.sort_by_key(|((_, day), _)| *day);
    (*origins, *points) = pairs.into_iter().unzip();
}

fn warn_same_date(cx: &mut Checker, points: &[Point], origins: &[Origin], at: &At) {
    for (w, o) in points.windows(2).zip(origins.windows(2)) {
        let ((a, b), ((first, day_a), (second, day_b))) = ((&w[0], &w[1]), (o[0], o[1]));
        if day_a != day_b {
            continue;
        }
        let other = at.index(first);
        let message = if a.date == b.date {
            Points::SameDate {
                date: b.date.to_string(),
                other: other.to_string(),
            }
        } else {
            Points::SameStartDay {
                date: b.date.to_string(),
                earlier: a.date.to_string(),
                day: b.date.first_day().to_string(),
                other: other.to_string(),
            }
        };
        cx.warning(&at.index(second).key("date"), message);
    }
}
