//! A point's value as the source gave it (v1.1): `≈ 45` for an estimate, `40–50` for a range,
//! `≥ 100` / `at least 100` for a bound, each with the indicator's unit.

use super::{IndicatorFormat, Locale, Word};
use crate::model::{Bound, Point, PointKind};

impl IndicatorFormat {
    /// The value of a point in symbols: `≈ 45 personer`, `40–50 personer`, `≥ 100` (ASCII `~ 45`,
    /// `40-50`, `>= 100`); `None` for a hole.
    pub fn point_value(&self, loc: Locale, point: &Point) -> Option<String> {
        let bound = point.bound().map(|b| match (b, loc.ascii) {
            (Bound::AtLeast, false) => "≥ ",
            (Bound::AtMost, false) => "≤ ",
            (Bound::AtLeast, true) => ">= ",
            (Bound::AtMost, true) => "<= ",
        });
        self.point_with(loc, point, bound.map(str::to_owned))
    }

    /// The value of a point in words: `at least 100 people` / `mindst 100 personer`; ranges
    /// and estimates as in [`IndicatorFormat::point_value`].
    pub fn point_words(&self, loc: Locale, point: &Point) -> Option<String> {
        let bound = point.bound().map(|b| {
            let word = match b {
                Bound::AtLeast => Word::AtLeast,
                Bound::AtMost => Word::AtMost,
            };
            format!("{} ", loc.word(word))
        });
        self.point_with(loc, point, bound)
    }

    fn point_with(&self, loc: Locale, point: &Point, bound: Option<String>) -> Option<String> {
        let value = point.value()?;
        let number = match point.range() {
            Some([low, high]) => {
                let dash = if loc.ascii { "-" } else { "\u{2013}" };
                format!("{}{dash}{}", self.bare(loc, low), self.bare(loc, high))
            }
            None => format!("{}{}", bound.unwrap_or_default(), self.bare(loc, value)),
        };
        let about = match (point.kind(), loc.ascii) {
            (PointKind::Estimated, false) => "≈ ",
            (PointKind::Estimated, true) => "~ ",
            _ => "",
        };
        Some(Self::with_unit(format!("{about}{number}"), self.unit(loc)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn point(v: f64) -> Point {
        Point::new("2016".parse().expect("date"), Some(v))
    }

    #[test]
    fn as_the_source_gave_it() {
        let fmt = IndicatorFormat::new(0, Some("frivillige".into()));
        let (en, da, ascii) = (
            Locale::new(Lang::En),
            Locale::new(Lang::Da),
            Locale::ascii(Lang::En),
        );
        assert_eq!(fmt.point_value(en, &point(45.0)).unwrap(), "45 frivillige");
        let range = point(45.0).with_range(Some([40.0, 50.0]));
        assert_eq!(fmt.point_value(en, &range).unwrap(), "40–50 frivillige");
        assert_eq!(fmt.point_value(ascii, &range).unwrap(), "40-50 frivillige");
        let over = point(100.0).with_bound(Some(Bound::AtLeast));
        assert_eq!(fmt.point_value(en, &over).unwrap(), "≥ 100 frivillige");
        assert_eq!(fmt.point_value(ascii, &over).unwrap(), ">= 100 frivillige");
        assert_eq!(
            fmt.point_words(en, &over).unwrap(),
            "at least 100 frivillige"
        );
        assert_eq!(fmt.point_words(da, &over).unwrap(), "mindst 100 frivillige");
        let under = point(5.0).with_bound(Some(Bound::AtMost));
        assert_eq!(fmt.point_words(en, &under).unwrap(), "at most 5 frivillige");
        assert_eq!(fmt.point_words(da, &under).unwrap(), "højst 5 frivillige");
        assert_eq!(fmt.point_value(en, &under).unwrap(), "≤ 5 frivillige");
        let about = point(45.0).with_kind(PointKind::Estimated);
        assert_eq!(fmt.point_value(en, &about).unwrap(), "≈ 45 frivillige");
        assert_eq!(fmt.point_value(ascii, &about).unwrap(), "~ 45 frivillige");
        let hole = Point::new("2016".parse().expect("date"), None);
        assert_eq!(fmt.point_value(en, &hole), None);
    }
}
