//! Points of two versions of one series matched by date. Both series are sorted by date on
//! load, so one walk through both finds every change; two points on one date (allowed, with a
//! warning) are matched first with first.

use std::cmp::Ordering;

use super::PointChanges;
use crate::model::{Period, Point};

/// A point as a change lists it; `value` is `None` for a hole.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointValue {
    pub date: Period,
    pub value: Option<f64>,
}

/// A point whose value differs between the versions (a hole becoming a number counts).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Revised {
    pub date: Period,
    pub old: Option<f64>,
    pub new: Option<f64>,
}

fn listed(point: &Point) -> PointValue {
    PointValue {
        date: point.date,
        value: point.value(),
    }
}

/// Values as written compare exactly: a revision is any difference, and two holes are equal.
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.to_bits() == b.to_bits() || a == b,
        (None, None) => true,
        _ => false,
    }
}

/// The points added, revised and removed from `old` to `new`, each by date.
pub fn diff<'a>(
    old: impl IntoIterator<Item = &'a Point>,
    new: impl IntoIterator<Item = &'a Point>,
) -> PointChanges {
    let mut changes = PointChanges::default();
    let mut old = old.into_iter().peekable();
    let mut new = new.into_iter().peekable();
    loop {
        let order = match (old.peek(), new.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(o), Some(n)) => o.date.cmp(&n.date),
        };
        match order {
            Ordering::Less => changes.removed.extend(old.next().map(listed)),
            Ordering::Greater => changes.new.extend(new.next().map(listed)),
            Ordering::Equal => {
                if let (Some(o), Some(n)) = (old.next(), new.next())
                    && !same(o.value(), n.value())
                {
                    changes.revised.push(Revised {
                        date: n.date,
                        old: o.value(),
                        new: n.value(),
                    });
                }
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(points: &[(&str, Option<f64>)]) -> Vec<Point> {
        points
            .iter()
            .map(|(d, v)| Point::new(d.parse().unwrap(), *v))
            .collect()
    }

    fn p(s: &str) -> Period {
        s.parse().unwrap()
    }

    #[test]
    fn new_revised_and_removed_points_by_date() {
        let old = series(&[
            ("2015-05", Some(61.0)),
            ("2015-12", Some(50.0)),
            ("2016-05", Some(52.0)),
            ("2016-06", None),
        ]);
        let new = series(&[
            ("2015-12", Some(50.0)),
            ("2016-05", Some(54.0)),
            ("2016-06", Some(7.0)),
            ("2016-12", Some(38.0)),
        ]);
        let changes = diff(&old, &new);
        assert_eq!(
            changes.new,
            [PointValue {
                date: p("2016-12"),
                value: Some(38.0)
            }]
        );
        assert_eq!(
            changes.revised,
            [
                Revised {
                    date: p("2016-05"),
                    old: Some(52.0),
                    new: Some(54.0)
                },
                Revised {
                    date: p("2016-06"),
                    old: None,
                    new: Some(7.0)
                }
            ]
        );
        assert_eq!(
            changes.removed,
            [PointValue {
                date: p("2015-05"),
                value: Some(61.0)
            }]
        );
    }

    #[test]
    fn the_same_period_only_a_year_is_not_its_january() {
        let old = series(&[("2016", Some(1.0))]);
        let new = series(&[("2016-01", Some(1.0)), ("2016", None)]);
        let changes = diff(&old, &new);
        assert_eq!(changes.new.len(), 1, "{changes:?}");
        assert_eq!(changes.new[0].date, p("2016-01"));
        assert_eq!(changes.revised.len(), 1, "number → hole");
        assert!(changes.removed.is_empty());
    }

    #[test]
    fn equal_series_and_two_points_on_one_date() {
        let old = series(&[("2016", Some(1.0)), ("2016", Some(2.0)), ("2017", None)]);
        assert!(diff(&old, &old).is_empty());
        let new = series(&[("2016", Some(1.0)), ("2016", Some(3.0))]);
        let changes = diff(&old, &new);
        assert_eq!(changes.revised.len(), 1);
        assert_eq!(changes.revised[0].new, Some(3.0));
        assert_eq!(changes.removed.len(), 1);
    }
}
