//! One point of a series: a date, a value or a hole, and what few points have (a note, the
//! start of the period measured, and v1.1's kind, range and bound) in one box.

use super::period::Period;

/// What kind of number a point is (v1.1). Planned points take part in no figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PointKind {
    #[default]
    Measured,
    /// A plan or an expectation, not a measurement.
    Planned,
    /// A rough or unofficial figure: shown with `≈`, counted as measured.
    Estimated,
}

impl PointKind {
    pub const ALL: [PointKind; 3] = [
        PointKind::Measured,
        PointKind::Planned,
        PointKind::Estimated,
    ];

    pub fn name(self) -> &'static str {
        match self {
            PointKind::Measured => "measured",
            PointKind::Planned => "planned",
            PointKind::Estimated => "estimated",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// The source gave only a bound: "at least 100", "no more than 5" (v1.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    AtLeast,
    AtMost,
}

impl Bound {
    pub const ALL: [Bound; 2] = [Bound::AtLeast, Bound::AtMost];

    pub fn name(self) -> &'static str {
        match self {
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.name() == s)
    }
}

/// One measurement. A national dataset holds over a million, so a point is 24 bytes: the
/// value is NaN for a hole (JSON has no NaN, so no value read from a file is one), and what few
/// points have (a note, the start of the period measured, a kind other than measured, a range
/// or a bound) is boxed, so it costs the others one pointer.
#[derive(Clone)]
pub struct Point {
    pub date: Period,
    value: f64,
    rare: Option<Box<Rare>>,
}

/// What few points have.
#[derive(Clone, Default, PartialEq)]
struct Rare {
    from: Option<Period>,
    note: Option<String>,
    kind: PointKind,
    range: Option<[f64; 2]>,
    bound: Option<Bound>,
}

impl Point {
    /// A point; a value of `None` (or NaN) is a hole: not measured, ignored by every figure.
    pub fn new(date: Period, value: Option<f64>) -> Self {
        Self {
            date,
            value: value.unwrap_or(f64::NAN),
            rare: None,
        }
    }

    #[must_use]
    pub fn with_from(self, from: Option<Period>) -> Self {
        self.with_rare(|rare| rare.from = from)
    }

    #[must_use]
    pub fn with_note(self, note: Option<String>) -> Self {
        self.with_rare(|rare| rare.note = note)
    }

    #[must_use]
    pub fn with_kind(self, kind: PointKind) -> Self {
        self.with_rare(|rare| rare.kind = kind)
    }

    /// `[low, high]` as the source gave it; the value is the figure computed with.
    #[must_use]
    pub fn with_range(self, range: Option<[f64; 2]>) -> Self {
        self.with_rare(|rare| rare.range = range)
    }

    #[must_use]
    pub fn with_bound(self, bound: Option<Bound>) -> Self {
        self.with_rare(|rare| rare.bound = bound)
    }

    fn with_rare(mut self, set: impl FnOnce(&mut Rare)) -> Self {
        let mut rare = self.rare.take().map(|r| *r).unwrap_or_default();
        set(&mut rare);
        self.rare = (rare != Rare::default()).then(|| Box::new(rare));
        self
    }

    /// The value, or `None` for a hole.
    pub fn value(&self) -> Option<f64> {
        (!self.value.is_nan()).then_some(self.value)
    }

    /// The value of a measured point (v1.1's "measured points": not a hole, not planned),
    /// the only values a figure reads.
    pub fn measured_value(&self) -> Option<f64> {
        self.value().filter(|_| self.kind() != PointKind::Planned)
    }

    /// The start of the measurement period, when the value covers one.
    pub fn from(&self) -> Option<Period> {
        self.rare.as_ref().and_then(|r| r.from)
    }

    pub fn note(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|r| r.note.as_deref())
    }

    pub fn kind(&self) -> PointKind {
        self.rare.as_ref().map_or(PointKind::Measured, |r| r.kind)
    }

    pub fn range(&self) -> Option<[f64; 2]> {
        self.rare.as_ref().and_then(|r| r.range)
    }

    pub fn bound(&self) -> Option<Bound> {
        self.rare.as_ref().and_then(|r| r.bound)
    }
}

/// Holes are equal (NaN is not equal to itself).
impl PartialEq for Point {
    fn eq(&self, other: &Self) -> bool {
        self.date == other.date && self.value() == other.value() && self.rare == other.rare
    }
}

/// The point as the file gives it: the hole as `None`, the boxed members as members.
#[allow(clippy::missing_fields_in_debug)]
impl std::fmt::Debug for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = f.debug_struct("Point");
        s.field("date", &self.date)
            .field("value", &self.value())
            .field("from", &self.from())
            .field("note", &self.note());
        // v1 points print as they always have.
        if self.kind() != PointKind::Measured {
            s.field("kind", &self.kind());
        }
        if let Some(range) = self.range() {
            s.field("range", &range);
        }
        if let Some(bound) = self.bound() {
            s.field("bound", &bound);
        }
        s.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_24_bytes_and_a_hole_is_a_hole() {
        assert_eq!(size_of::<Point>(), 24);
        let date = "2016".parse().expect("date");
        let hole = Point::new(date, None);
        assert_eq!(hole.value(), None);
        assert_eq!(hole, Point::new(date, Some(f64::NAN)));
        assert_ne!(hole, Point::new(date, Some(0.0)));
        let noted = Point::new(date, Some(-0.5)).with_note(Some("n".into()));
        assert_eq!((noted.value(), noted.note()), (Some(-0.5), Some("n")));
        let both = noted.clone().with_from(Some(date));
        assert_eq!((both.from(), both.note()), (Some(date), Some("n")));
        assert_eq!(
            both.with_note(None).with_from(None),
            Point::new(date, Some(-0.5))
        );
    }

    #[test]
    fn kind_range_and_bound_sit_in_the_box() {
        let date = "2016".parse().expect("date");
        let plain = Point::new(date, Some(45.0));
        assert_eq!(plain.kind(), PointKind::Measured);
        let planned = plain.clone().with_kind(PointKind::Planned);
        assert_eq!(planned.kind(), PointKind::Planned);
        assert_eq!(planned.measured_value(), None);
        assert_eq!(planned.value(), Some(45.0));
        let ranged = plain.clone().with_range(Some([40.0, 50.0]));
        assert_eq!(ranged.range(), Some([40.0, 50.0]));
        assert_eq!(ranged.measured_value(), Some(45.0));
        assert_ne!(ranged, plain);
        let bounded = plain.clone().with_bound(Some(Bound::AtLeast));
        assert_eq!(bounded.bound(), Some(Bound::AtLeast));
        // Back to the defaults, the box is gone: equal to the plain point.
        let back = bounded
            .with_bound(None)
            .with_kind(PointKind::Measured)
            .with_range(None);
        assert_eq!(back, plain);
        assert!(back.rare.is_none());
        assert_eq!(PointKind::parse("estimated"), Some(PointKind::Estimated));
        assert_eq!(Bound::parse("at_most"), Some(Bound::AtMost));
        assert_eq!(Bound::parse("over"), None);
    }
}
