//! Numbers as people and offices write them: a decimal point or comma, thousands grouped by
//! the other mark or a space, a unit sign before or after. A grouping that could be read two
//! ways ('1.234' under a decimal comma: a thousand and more, or one and a bit?) is refused.

/// Which mark separates the decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decimal {
    Point,
    Comma,
}

impl Decimal {
    fn mark(self) -> char {
        match self {
            Decimal::Point => '.',
            Decimal::Comma => ',',
        }
    }

    fn grouping(self) -> char {
        match self {
            Decimal::Point => ',',
            Decimal::Comma => '.',
        }
    }
}

/// What statistics offices write for "no value": `StatBank` `..`, Eurostat `:`, Excel `#N/A`.
const MISSING: [&str; 8] = ["", "..", ":", "-", "–", "NA", "n/a", "#N/A"];

/// Unit signs read off a number; longer ones first so `kr.` goes before `kr`.
const UNITS: [&str; 10] = ["DKK", "EUR", "kr.", "kr", "pct.", "pct", "%", "€", "$", "£"];

/// Why a cell's text is not a number: `'1.234' is ambiguous under a decimal comma: …`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' {why}")]
pub struct NotANumber {
    pub text: String,
    pub why: &'static str,
}

impl NotANumber {
    pub fn new(text: &str, why: &'static str) -> Self {
        Self {
            text: text.to_owned(),
            why,
        }
    }
}

/// The number a cell holds: `Ok(None)` for a cell that says "no value", `Err` with why.
pub fn parse_number(text: &str, decimal: Decimal) -> Result<Option<f64>, NotANumber> {
    let s = text.trim();
    if MISSING.contains(&s) {
        return Ok(None);
    }
    let bare = strip_units(s).replace('\u{2212}', "-");
    let bare: String = bare
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if !spaced_ok(strip_units(s)) {
        return Err(NotANumber::new(
            s,
            "is not a number: digits grouped unevenly",
        ));
    }
    let (sign, digits) = match bare.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", bare.strip_prefix('+').unwrap_or(&bare)),
    };
    let plain = ungroup(digits, decimal).map_err(|why| NotANumber::new(s, why))?;
    let value: f64 = format!("{sign}{plain}")
        .parse()
        .map_err(|_| NotANumber::new(s, "is not a number"))?;
    if value.is_finite() {
        Ok(Some(value))
    } else {
        Err(NotANumber::new(s, "is too large"))
    }
}

/// The text without a unit sign before or after it.
fn strip_units(s: &str) -> &str {
    let mut s = s.trim();
    for unit in UNITS {
        if let Some(rest) = s.strip_prefix(unit) {
            s = rest.trim_start();
            break;
        }
    }
    for unit in UNITS {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.trim_end();
            break;
        }
    }
    s
}

/// Whether each space-separated group after the first starts with three digits and no more
/// (`1 234 567`, `1 234,5`): spaces group thousands in both Danish and English.
fn spaced_ok(s: &str) -> bool {
    let groups: Vec<&str> = s.split([' ', '\u{a0}', '\u{202f}']).collect();
    groups.iter().skip(1).enumerate().all(|(i, g)| {
        let digits = g.bytes().take_while(u8::is_ascii_digit).count();
        let last = i + 2 == groups.len();
        digits == 3 && (last || g.len() == 3)
    })
}

/// Digits with the grouping marks taken out and the decimal mark made a point.
fn ungroup(digits: &str, decimal: Decimal) -> Result<String, &'static str> {
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err("is not a number");
    }
    let (whole, fraction) = match digits.rfind(decimal.mark()) {
        Some(at) if !digits[at..].contains(decimal.grouping()) => {
            (&digits[..at], Some(&digits[at + 1..]))
        }
        Some(_) => return Err("has a grouping mark after the decimal mark"),
        None => (digits, None),
    };
    if whole.contains(decimal.mark()) {
        return Err("has two decimal marks");
    }
    let groups: Vec<&str> = whole.split(decimal.grouping()).collect();
    if groups.len() > 1 {
        let even = (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
        if !even {
            return Err("has its digits grouped unevenly");
        }
        if groups.len() == 2 && fraction.is_none() {
            return Err(match decimal {
                Decimal::Comma => {
                    "is ambiguous under a decimal comma: write it without the point, or with decimals"
                }
                Decimal::Point => {
                    "is ambiguous under a decimal point: write it without the comma, or with decimals"
                }
            });
        }
    }
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return Err("is not a number");
    }
    let whole: String = groups.concat();
    Ok(match fraction {
        Some(f) => format!("{}.{f}", if whole.is_empty() { "0" } else { &whole }),
        None => whole,
    })
}

/// Whether a cell's text reads as a number with this decimal mark: used to tell which mark a
/// file uses (a decimal with one or two digits after the mark shows it).
pub fn shows_decimal(text: &str, decimal: Decimal) -> bool {
    let s = text.trim();
    let Some(at) = s.rfind(decimal.mark()) else {
        return false;
    };
    let after = &s[at + 1..];
    let before = &s[..at];
    !after.is_empty()
        && after.len() != 3
        && after.bytes().all(|b| b.is_ascii_digit())
        && !before.contains(decimal.grouping())
        && before.bytes().last().is_some_and(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comma(s: &str) -> Result<Option<f64>, String> {
        parse_number(s, Decimal::Comma).map_err(|e| e.to_string())
    }

    fn point(s: &str) -> Result<Option<f64>, String> {
        parse_number(s, Decimal::Point).map_err(|e| e.to_string())
    }

    #[test]
    fn decimal_comma_with_grouping_points_and_spaces() {
        assert_eq!(comma("16,9"), Ok(Some(16.9)));
        assert_eq!(comma("1.234,5"), Ok(Some(1234.5)));
        assert_eq!(comma("1.234.567"), Ok(Some(1_234_567.0)));
        assert_eq!(comma("1 234,5"), Ok(Some(1234.5)));
        assert_eq!(comma("1\u{a0}234"), Ok(Some(1234.0)));
        assert_eq!(comma("−3,5"), Ok(Some(-3.5)));
        assert_eq!(comma("38"), Ok(Some(38.0)));
        assert_eq!(comma(",5"), Ok(Some(0.5)));
    }

    #[test]
    fn decimal_point_with_grouping_commas() {
        assert_eq!(point("16.9"), Ok(Some(16.9)));
        assert_eq!(point("1,234.5"), Ok(Some(1234.5)));
        assert_eq!(point("1,234,567"), Ok(Some(1_234_567.0)));
        assert_eq!(point("-0.25"), Ok(Some(-0.25)));
    }

    #[test]
    fn unit_signs_are_read_off() {
        assert_eq!(comma("16,9 %"), Ok(Some(16.9)));
        assert_eq!(comma("16,9%"), Ok(Some(16.9)));
        assert_eq!(comma("kr. 1.234,50"), Ok(Some(1234.5)));
        assert_eq!(comma("1.234,0 kr."), Ok(Some(1234.0)));
        assert!(comma("1.234 kr.").is_err());
        assert_eq!(point("€5.5"), Ok(Some(5.5)));
        assert_eq!(point("$ 1,000.00"), Ok(Some(1000.0)));
    }

    #[test]
    fn ambiguous_and_malformed_numbers_are_refused() {
        assert!(comma("1.234").unwrap_err().contains("ambiguous"));
        assert!(point("1,234").unwrap_err().contains("ambiguous"));
        assert!(comma("12.34,5").is_err());
        assert!(comma("1,2,3").is_err());
        assert!(point("1.2.3").is_err());
        assert!(comma("12 34").is_err());
        assert!(point("abc").is_err());
        assert!(point("1e400").is_err());
        assert!(point("inf").is_err());
        assert!(point("NaN").is_err());
        assert!(comma("1,234.5").is_err());
    }

    #[test]
    fn missing_markers_are_no_value() {
        for s in ["", "..", ":", "-", " "] {
            assert_eq!(comma(s), Ok(None), "{s}");
        }
    }

    #[test]
    fn tells_the_decimal_mark() {
        assert!(shows_decimal("16,9", Decimal::Comma));
        assert!(!shows_decimal("1,234", Decimal::Comma));
        assert!(shows_decimal("16.9", Decimal::Point));
        assert!(!shows_decimal("1.234,5", Decimal::Point));
        assert!(!shows_decimal("38", Decimal::Point));
    }
}
