//! Numbers for people: rounding, thousands separators, the decimal comma, a real minus sign, and
//! an indicator's unit, decimals and percentage points.

use std::borrow::Cow;

use super::Locale;
use crate::model::{Indicator, Lang, Point};
use crate::sanitize;

/// The most decimals the default rule picks (an explicit `decimals` may ask for more).
const MAX_DEFAULT_DECIMALS: u8 = 2;

/// `value` rounded to `decimals`, halves away from zero, as plain ASCII digits (`-5024.50`).
/// `None` for NaN and infinities, which no dataset holds but a computation might.
fn plain(value: f64, decimals: u8) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let d = usize::from(decimals);
    let scale = 10f64.powi(i32::from(decimals));
    let scaled = value * scale;
    // Below 2^53 the scaled value is an exact integer after rounding; above, format directly.
    let rounded = if scaled.is_finite() && scaled.abs() < 9.0e15 {
        scaled.round() / scale
    } else {
        value
    };
    let s = format!("{rounded:.d$}");
    // A value that rounds to zero has no sign: never "-0".
    let is_zero = s.bytes().all(|b| matches!(b, b'-' | b'0' | b'.'));
    Some(if is_zero {
        s.trim_start_matches('-').to_owned()
    } else {
        s
    })
}

/// Whether `value` shown with `decimals` decimals reads back as exactly the same number.
///
/// The decimals rule asks this of every value of a dataset (over a million on a national one),
/// so the usual case is answered without formatting: when `10^d` is an exact double (`d` ≤ 15)
/// and `|value × 10^d|` < 10¹², [`plain`] rounds to `R / 10^d` for an integer `R`, and that
/// double is so much closer to the decimal `R / 10^d` than half a unit of its last shown
/// decimal that it is written as exactly that decimal, which parses back to the nearest double
/// of `R / 10^d`: the same correctly rounded division. So the text reads back as the rounded
/// value itself, and the value shows exactly when rounding left it unchanged. Anything else
/// (huge, non-finite, many decimals) takes the formatting path.
fn shows_exactly(value: f64, decimals: u8) -> bool {
    if decimals <= 15 {
        let scale = 10f64.powi(i32::from(decimals));
        let scaled = value * scale;
        if scaled.is_finite() && scaled.abs() < 1e12 {
            return scaled.round() / scale == value;
        }
    }
    shows_exactly_by_formatting(value, decimals)
}

/// [`shows_exactly`] by formatting and parsing back: the definition the fast path must equal.
fn shows_exactly_by_formatting(value: f64, decimals: u8) -> bool {
    plain(value, decimals).and_then(|s| s.parse::<f64>().ok()) == Some(value)
}

/// The fewest decimals (0 to 2) that show every value exactly; 2 when none does.
pub fn default_decimals(values: impl IntoIterator<Item = f64>) -> u8 {
    let values: Vec<f64> = values.into_iter().filter(|v| v.is_finite()).collect();
    (0..MAX_DEFAULT_DECIMALS)
        .find(|&d| values.iter().all(|&v| shows_exactly(v, d)))
        .unwrap_or(MAX_DEFAULT_DECIMALS)
}

/// Groups the digits of an unsigned integer part by three.
fn group(int: &str, separator: char) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

impl Locale {
    /// The minus sign: `−` (U+2212), or `-` in ASCII.
    pub fn minus(self) -> &'static str {
        if self.ascii { "-" } else { "\u{2212}" }
    }

    /// A number with `decimals` decimals: `5,024.5` / `5.024,5`, `−23`.
    pub fn number(self, value: f64, decimals: u8) -> String {
        let Some(s) = plain(value, decimals) else {
            return "?".to_owned();
        };
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.as_str()),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let (thousands, point) = match self.lang {
            Lang::En => (',', '.'),
            Lang::Da => ('.', ','),
        };
        let mut out = String::new();
        if negative {
            out.push_str(self.minus());
        }
        out.push_str(&group(int, thousands));
        if !frac.is_empty() {
            out.push(point);
            out.push_str(frac);
        }
        out
    }

    /// A number with an explicit sign, for changes: `+5`, `−23`, and `0` when it rounds to zero.
    pub fn signed(self, value: f64, decimals: u8) -> String {
        let s = self.number(value, decimals);
        let rounds_to_zero = !s.bytes().any(|b| b.is_ascii_digit() && b != b'0');
        if s.starts_with(self.minus()) || rounds_to_zero || s == "?" {
            s
        } else {
            format!("+{s}")
        }
    }

    /// A relative percentage such as `change_pct` or progress: `−37.7 %`, `52 %`.
    pub fn percent(self, value: f64, decimals: u8) -> String {
        format!("{} %", self.number(value, decimals))
    }

    /// A relative percentage with an explicit sign: `+12.5 %`, `−37.7 %`.
    pub fn signed_percent(self, value: f64, decimals: u8) -> String {
        format!("{} %", self.signed(value, decimals))
    }
}

/// How the values of one indicator are shown: its decimals and unit. Build it once per indicator
/// with [`IndicatorFormat::of`] (the decimals rule looks at every value) and keep it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorFormat {
    decimals: u8,
    /// As written in the file; sanitised when shown.
    unit: Option<String>,
}

impl IndicatorFormat {
    /// The indicator's `decimals`, else the fewest (0–2) that show every value of the indicator
    /// exactly: its series, baseline, target and comparison series.
    pub fn of(indicator: &Indicator) -> Self {
        let decimals = indicator.decimals.unwrap_or_else(|| {
            let series = indicator.series.iter().filter_map(Point::value);
            let comparisons = indicator
                .comparisons
                .iter()
                .flat_map(|c| &c.series)
                .filter_map(Point::value);
            let baseline = indicator.baseline.map(|b| b.value);
            let target = indicator.target.as_ref().map(|t| t.value);
            // v1.1: the ends of ranges, and the breakdowns, which share the decimals.
            let ranges = indicator.series.iter().filter_map(Point::range).flatten();
            let breakdowns = indicator.breakdowns.iter().flat_map(|b| {
                let values = b.series.iter().filter_map(Point::value);
                values.chain(b.target.as_ref().map(|t| t.value))
            });
            default_decimals(
                series
                    .chain(comparisons)
                    .chain(baseline)
                    .chain(target)
                    .chain(ranges)
                    .chain(breakdowns),
            )
        });
        Self::new(decimals, indicator.unit.clone())
    }

    pub fn new(decimals: u8, unit: Option<String>) -> Self {
        let unit = unit.filter(|u| !u.trim().is_empty());
        Self { decimals, unit }
    }

    pub fn decimals(&self) -> u8 {
        self.decimals
    }

    fn is_percent(&self) -> bool {
        self.unit.as_deref() == Some("%")
    }

    pub(super) fn unit(&self, loc: Locale) -> Option<Cow<'_, str>> {
        let unit = self.unit.as_deref()?;
        Some(if loc.ascii {
            sanitize::clean_ascii(unit)
        } else {
            sanitize::clean(unit)
        })
    }

    /// The unit of changes and gaps: percentage points for percentages (`pp` / `pct.-point`),
    /// else the unit itself.
    fn change_unit(&self, loc: Locale) -> Option<Cow<'_, str>> {
        if self.is_percent() {
            Some(Cow::Borrowed(match loc.lang {
                Lang::En => "pp",
                Lang::Da => "pct.-point",
            }))
        } else {
            self.unit(loc)
        }
    }

    pub(super) fn with_unit(number: String, unit: Option<Cow<'_, str>>) -> String {
        match unit {
            Some(u) => format!("{number} {u}"),
            None => number,
        }
    }

    /// A value in the indicator's unit: `16.9 %`, `38 personer`, `5,024`.
    pub fn value(&self, loc: Locale, value: f64) -> String {
        Self::with_unit(loc.number(value, self.decimals), self.unit(loc))
    }

    /// A value without its unit, for table columns whose header carries the unit.
    pub fn bare(&self, loc: Locale, value: f64) -> String {
        loc.number(value, self.decimals)
    }

    /// A signed change or difference: `−23 personer`, `+5 pp` (percentage points for `%`).
    pub fn change(&self, loc: Locale, value: f64) -> String {
        Self::with_unit(loc.signed(value, self.decimals), self.change_unit(loc))
    }

    /// An unsigned distance such as the remaining gap: `8 personer`, `6.9 pp`.
    pub fn gap(&self, loc: Locale, value: f64) -> String {
        Self::with_unit(
            loc.number(value.abs(), self.decimals),
            self.change_unit(loc),
        )
    }

    /// A slope per year, one decimal finer than the values: `−12.9 personer per year`,
    /// `+2.35 pp om året`.
    pub fn slope(&self, loc: Locale, value: f64) -> String {
        let decimals = self.decimals.saturating_add(1).min(self.decimals.max(3));
        let number = Self::with_unit(loc.signed(value, decimals), self.change_unit(loc));
        format!("{number} {}", loc.word(super::Word::PerYear))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Locale = Locale::new(Lang::En);
    const DA: Locale = Locale::new(Lang::Da);
    const EN_ASCII: Locale = Locale::ascii(Lang::En);

    #[test]
    fn rounds_halves_away_from_zero_and_never_shows_minus_zero() {
        assert_eq!(plain(0.125, 2).unwrap(), "0.13");
        assert_eq!(plain(2.5, 0).unwrap(), "3");
        assert_eq!(plain(-2.5, 0).unwrap(), "-3");
        assert_eq!(plain(-0.004, 2).unwrap(), "0.00");
        assert_eq!(plain(-0.0, 0).unwrap(), "0");
        assert_eq!(plain(1e20, 0).unwrap(), "100000000000000000000");
        assert_eq!(plain(f64::NAN, 1), None);
    }

    #[test]
    fn shows_exactly_at_the_edges() {
        let edges = [
            0.0,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            0.1 + 0.2,
            0.3,
            0.5,
            -0.5,
            0.004,
            -0.004,
            0.005,
            999_999_999_999.5,
            1e12,
            99_999_999_999.99,
            9_999_999_999.999,
            4_503_599_627_370_496.5,
            9_007_199_254_740_993.0,
            1e20,
            1e300,
        ];
        for v in edges {
            for d in 0..=20 {
                assert_eq!(
                    shows_exactly(v, d),
                    shows_exactly_by_formatting(v, d),
                    "{v:e} at {d}"
                );
            }
        }
        // Every value of up to three decimals from −20 to 20 (k / 10^s), at 0 to 3 decimals:
        // many of them scale to just under or over a whole number (0.29 × 100 is 28.999…).
        for k in -20_000..=20_000 {
            for s in 1..=3 {
                let v = f64::from(k) / 10f64.powi(s);
                for d in 0..=3 {
                    assert_eq!(
                        shows_exactly(v, d),
                        shows_exactly_by_formatting(v, d),
                        "{v} at {d}"
                    );
                }
            }
        }
        assert!(shows_exactly(0.29, 2) && shows_exactly(-0.29, 2) && !shows_exactly(0.29, 1));
        assert!(shows_exactly(16.9, 1) && !shows_exactly(16.9, 0));
        assert!(!shows_exactly(0.1 + 0.2, 2) && shows_exactly(0.3, 1));
        assert!(shows_exactly(-0.0, 0), "-0 is shown as 0, which equals -0");
        assert!(!shows_exactly(f64::NAN, 2));
    }

    #[test]
    fn default_decimals_are_the_fewest_that_show_every_value() {
        assert_eq!(default_decimals([61.0, 50.0, 38.0]), 0);
        assert_eq!(default_decimals([16.9, 20.0]), 1);
        assert_eq!(
            default_decimals([0.1 + 0.2]),
            2,
            "0.30000000000000004 is not 0.3"
        );
        assert_eq!(default_decimals([1.25, 3.0]), 2);
        assert_eq!(default_decimals([1.234]), 2, "capped at 2");
        assert_eq!(default_decimals([]), 0);
    }

    #[test]
    fn thousands_and_decimal_separators_by_language() {
        assert_eq!(EN.number(5024.0, 0), "5,024");
        assert_eq!(DA.number(5024.0, 0), "5.024");
        assert_eq!(EN.number(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(DA.number(1_234_567.891, 2), "1.234.567,89");
        assert_eq!(DA.number(16.9, 1), "16,9");
        assert_eq!(EN.number(999.0, 0), "999");
        assert_eq!(EN.number(100_000.0, 0), "100,000");
    }

    #[test]
    fn a_real_minus_sign_and_ascii_minus() {
        assert_eq!(EN.number(-23.0, 0), "\u{2212}23");
        assert_eq!(DA.number(-5024.5, 1), "\u{2212}5.024,5");
        assert_eq!(EN_ASCII.number(-23.0, 0), "-23");
        assert_eq!(EN.number(f64::INFINITY, 0), "?");
    }

    #[test]
    fn signed_numbers_have_an_explicit_plus() {
        assert_eq!(EN.signed(5.0, 0), "+5");
        assert_eq!(EN.signed(-23.0, 0), "\u{2212}23");
        assert_eq!(EN.signed(0.0, 0), "0");
        assert_eq!(EN.signed(-0.001, 1), "0.0");
        assert_eq!(EN_ASCII.signed(-6.94, 1), "-6.9");
    }

    #[test]
    fn relative_percentages() {
        assert_eq!(EN.signed_percent(-37.704_918, 1), "\u{2212}37.7 %");
        assert_eq!(DA.signed_percent(12.5, 1), "+12,5 %");
        assert_eq!(DA.percent(52.4, 0), "52 %");
    }

    #[test]
    fn percent_indicators_change_in_percentage_points() {
        let pct = IndicatorFormat::new(1, Some("%".into()));
        assert_eq!(pct.value(EN, 16.9), "16.9 %");
        assert_eq!(pct.value(DA, 16.9), "16,9 %");
        assert_eq!(pct.change(EN, -6.9), "\u{2212}6.9 pp");
        assert_eq!(pct.change(DA, -6.9), "\u{2212}6,9 pct.-point");
        assert_eq!(pct.gap(DA, -6.9), "6,9 pct.-point");
        assert_eq!(pct.change(EN_ASCII, 5.0), "+5.0 pp");
    }

    #[test]
    fn other_units_follow_the_number() {
        let people = IndicatorFormat::new(0, Some("personer".into()));
        assert_eq!(people.value(DA, 38.0), "38 personer");
        assert_eq!(people.change(DA, -23.0), "\u{2212}23 personer");
        assert_eq!(people.gap(EN, 8.0), "8 personer");
        assert_eq!(people.bare(EN, 5024.0), "5,024");
        let none = IndicatorFormat::new(0, None);
        assert_eq!(none.value(EN, 5024.0), "5,024");
        let blank = IndicatorFormat::new(0, Some("  ".into()));
        assert_eq!(blank.value(EN, 1.0), "1");
    }

    #[test]
    fn units_are_sanitised() {
        let hostile = IndicatorFormat::new(0, Some("kr\u{1b}[2J".into()));
        assert_eq!(hostile.value(EN, 1.0), "1 kr\u{FFFD}[2J");
        let danish = IndicatorFormat::new(0, Some("børn".into()));
        assert_eq!(danish.value(EN_ASCII, 1.0), "1 boern");
    }

    #[test]
    fn slopes_are_one_decimal_finer_per_year() {
        let people = IndicatorFormat::new(0, Some("personer".into()));
        assert_eq!(people.slope(EN, -12.94), "\u{2212}12.9 personer per year");
        assert_eq!(people.slope(DA, -12.94), "\u{2212}12,9 personer om året");
        let pct = IndicatorFormat::new(1, Some("%".into()));
        assert_eq!(pct.slope(EN_ASCII, 2.346), "+2.35 pp per year");
        let fine = IndicatorFormat::new(3, None);
        assert_eq!(fine.slope(EN, 0.1234), "+0.123 per year");
    }

    #[test]
    fn indicator_format_applies_the_decimals_rule_once() {
        use crate::model::{Comparison, IndicatorId, Target};
        let point = |date: &str, value: Option<f64>| Point::new(date.parse().unwrap(), value);
        let mut ind = Indicator {
            id: IndicatorId::from("x"),
            title: "x".into(),
            unit: Some("%".into()),
            decimals: None,
            direction: crate::model::Direction::Decrease,
            baseline: None,
            target: Some(Target {
                value: 15.0,
                date: None,
                label: None,
            }),
            series: vec![
                point("2015", Some(20.0)),
                point("2016", None),
                point("2017", Some(18.0)),
            ],
            comparisons: vec![],
            source: None,
            description: None,
            frequency: None,
            breakdowns: vec![],
            open_sdg: None,
        };
        assert_eq!(IndicatorFormat::of(&ind).decimals(), 0);
        ind.comparisons.push(Comparison {
            label: "DK".into(),
            series: vec![point("2017", Some(16.9))],
        });
        assert_eq!(
            IndicatorFormat::of(&ind).decimals(),
            1,
            "comparison values count"
        );
        ind.target = Some(Target {
            value: 12.25,
            date: None,
            label: None,
        });
        assert_eq!(IndicatorFormat::of(&ind).decimals(), 2, "the target counts");
        ind.decimals = Some(0);
        assert_eq!(
            IndicatorFormat::of(&ind).decimals(),
            0,
            "explicit decimals win"
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// The English form read back as a number: separators out, the real minus back to `-`.
        fn read_back(s: &str) -> f64 {
            s.replace(',', "").replace('\u{2212}', "-").parse().unwrap()
        }

        proptest! {
            #[test]
            fn a_number_reads_back_within_half_its_last_decimal(v in -1e12f64..1e12, d in 0u8..=2) {
                let shown = EN.number(v, d);
                let step = 10f64.powi(-i32::from(d));
                prop_assert!((read_back(&shown) - v).abs() <= step / 2.0 + v.abs() * 1e-15, "{v} -> {shown}");
            }

            #[test]
            fn danish_is_english_with_the_separators_swapped(v in -1e9f64..1e9, d in 0u8..=2) {
                let swapped: String = EN.number(v, d).chars().map(|c| match c {
                    ',' => '.',
                    '.' => ',',
                    c => c,
                }).collect();
                prop_assert_eq!(DA.number(v, d), swapped);
            }

            #[test]
            fn the_default_decimals_show_every_value_exactly(
                values in proptest::collection::vec(-1e6f64..1e6, 0..8),
                cents in proptest::collection::vec(-100_000i64..100_000, 0..8),
            ) {
                // Values with at most two decimals must be shown exactly by the rule.
                let exact: Vec<f64> = cents.iter().map(|&c| c as f64 / 100.0).collect();
                let d = default_decimals(exact.iter().copied());
                for &v in &exact {
                    prop_assert_eq!(read_back(&EN.number(v, d)), v);
                }
                prop_assert!(default_decimals(values) <= MAX_DEFAULT_DECIMALS);
            }

            #[test]
            fn shows_exactly_equals_formatting_for_any_double(v in proptest::num::f64::ANY, d in 0u8..=17) {
                prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
            }

            #[test]
            fn shows_exactly_equals_formatting_for_round_values(
                k in prop_oneof![
                    -1_000i64..1_000,
                    -10_000_000i64..10_000_000,
                    -10_000_000_000_000_000i64..10_000_000_000_000_000,
                ],
                shift in 0i32..=6,
                d in 0u8..=4,
                nudge in prop_oneof![3 => Just(0i64), 1 => -2i64..=2],
            ) {
                // k / 10^shift: exact decimals at, above and below the decimals asked for, up to
                // and past the 10^12 edge of the fast path, and a few doubles either side of each.
                let v = k as f64 / 10f64.powi(shift);
                let v = f64::from_bits(v.to_bits().wrapping_add_signed(nudge));
                prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
                prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
            }

            #[test]
            fn shows_exactly_equals_formatting_near_the_edge(
                v in prop_oneof![1e9f64..1e13, 1e13f64..1e17],
                d in 0u8..=4,
            ) {
                // Where the doubles' spacing nears a unit of the last decimal.
                prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
                prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
            }

            #[test]
            fn shows_exactly_equals_formatting_for_huge_and_tiny(
                mantissa in 1u64..1_000_000,
                exp in -330i32..=310,
                d in 0u8..=3,
            ) {
                let v = mantissa as f64 * 10f64.powi(exp);
                prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
                prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
            }

            #[test]
            fn ascii_numbers_are_ascii(v in proptest::num::f64::ANY, d in 0u8..=3) {
                prop_assert!(Locale::ascii(Lang::Da).signed(v, d).is_ascii());
            }
        }
    }
}
