//! Numbers for people: rounding, thousands separators, the decimal comma, a real minus sign, and
//! an indicator's unit, decimals and percentage points.

use std::borrow::Cow;

use super::Locale;
use crate::model::{Indicator, Lang, Point};
use crate::sanitize;

/// From here on a number is shown in powers of ten (see `Locale::number`).
const MIN_SCIENTIFIC: f64 = 1e15;

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

    /// A number with `decimals` decimals: `5,024.5` / `5.024,5`, `−23`; from 10¹⁵ on, where
    /// a double's digits are mostly noise (1e308 would be 309 of them), in powers of ten:
    /// `1.8e308` / `1,8e308`.
    pub fn number(self, value: f64, decimals: u8) -> String {
        if value.is_finite() && value.abs() >= MIN_SCIENTIFIC {
            return self.scientific(value);
        }
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

    /// `value` with three significant digits and its power of ten: `1.8e308`, `−2.5e15`.
    fn scientific(self, value: f64) -> String {
        let s = format!("{:.2e}", value.abs());
        let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        let point = match self.lang {
            Lang::En => ".",
            Lang::Da => ",",
        };
        let sign = if value < 0.0 { self.minus() } else { "" };
        format!("{sign}{}e{exponent}", mantissa.replace('.', point))
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
mod tests;
