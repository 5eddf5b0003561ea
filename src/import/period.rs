//! Periods as spreadsheets and statistics offices write them, each mapped to the goalboard date
//! of the same precision: `2016M12` and `dec. 2016` are the month `2016-12`, `2016K4` the
//! quarter `2016-Q4`, an Excel serial number a day. Pure: text in, `Period` out.

use chrono::{Datelike, NaiveDate};

use crate::model::{Period, Precision};

/// The goalboard period a text names, or `None` when it names none.
pub fn parse_period(text: &str) -> Option<Period> {
    let s = text.trim().trim_matches('"').trim();
    if let Ok(own) = s.parse::<Period>() {
        return Some(own);
    }
    compact(s)
        .or_else(|| dashed(s))
        .or_else(|| day_first(s))
        .or_else(|| month_name(s))
        .or_else(|| serial(s))
}

/// `2016M12`, `2016K4`, `2016Q4`, `2016H2`, `2016S2`: the codes of `StatBank` and Eurostat.
fn compact(s: &str) -> Option<Period> {
    let (year, rest) = s.split_at_checked(4)?;
    let year = number(year)?;
    let mut chars = rest.chars();
    let letter = chars.next()?.to_ascii_uppercase();
    let n = u8::try_from(number(chars.as_str())?).ok()?;
    period_of(year, letter, n)
}

/// `2016-Q4`, `2016-S2`, `2016-M12`, `2016-K4` (SDMX writes the dash).
fn dashed(s: &str) -> Option<Period> {
    let (year, rest) = s.split_once('-')?;
    if year.len() != 4 {
        return None;
    }
    let mut chars = rest.chars();
    let letter = chars.next()?.to_ascii_uppercase();
    let n = u8::try_from(number(chars.as_str())?).ok()?;
    period_of(number(year)?, letter, n)
}

fn period_of(year: i32, letter: char, n: u8) -> Option<Period> {
    let precision = match letter {
        'M' => Precision::Month(n),
        'K' | 'Q' => Precision::Quarter(n),
        'H' | 'S' => Precision::Half(n),
        'A' | 'Y' if n == 1 => Precision::Year,
        _ => return None,
    };
    Period::new(year, precision)
}

/// `31-12-2016`, `31.12.2016`, `31/12/2016`: day first, as Danish spreadsheets write days.
fn day_first(s: &str) -> Option<Period> {
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    Period::day(
        number(y)?,
        u8::try_from(number(m)?).ok()?,
        u8::try_from(number(d)?).ok()?,
    )
}

/// `dec. 2016`, `December 2016`, `maj 2016`, `2016 december`, `Dec-16` is not read (the
/// century would be a guess).
fn month_name(s: &str) -> Option<Period> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let (name, year) = match words.as_slice() {
        [name, year] if year.len() == 4 => (*name, *year),
        [year, name] if year.len() == 4 => (*name, *year),
        _ => return None,
    };
    Period::month(number(year)?, month_number(name)?)
}

/// The month a Danish or English name or abbreviation names (`okt`, `oct`, `oktober`).
fn month_number(name: &str) -> Option<u8> {
    const NAMES: [[&str; 2]; 12] = [
        ["januar", "january"],
        ["februar", "february"],
        ["marts", "march"],
        ["april", "april"],
        ["maj", "may"],
        ["juni", "june"],
        ["juli", "july"],
        ["august", "august"],
        ["september", "september"],
        ["oktober", "october"],
        ["november", "november"],
        ["december", "december"],
    ];
    let found = NAMES.iter().position(|names| {
        names
            .iter()
            .any(|full| *full == name || (name.len() >= 3 && full.starts_with(name)))
    })?;
    Some(found as u8 + 1)
}

/// An Excel serial day number (1900 date system, as Excel writes dates into a CSV when a cell
/// was formatted as a number): 10000 and above, so a plain year is never taken for one.
fn serial(s: &str) -> Option<Period> {
    let n: f64 = s.parse().ok()?;
    excel_serial(n)
}

/// The day of an Excel serial number, its fraction (the time of day) ignored.
pub fn excel_serial(n: f64) -> Option<Period> {
    if !(10_000.0..=2_958_465.0).contains(&n) {
        return None;
    }
    // Excel counts from 1899-12-31 and wrongly has a 29 February 1900, so from March 1900 on
    // day 0 is 1899-12-30.
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let day = epoch.checked_add_days(chrono::Days::new(n.floor() as u64))?;
    Period::day(day.year(), day.month() as u8, day.day() as u8)
}

/// A number of ASCII digits only.
fn number(s: &str) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        parse_period(s).map_or_else(|| "none".to_owned(), |p| p.to_string())
    }

    #[test]
    fn goalboards_own_forms_stay_as_they_are() {
        for s in ["2016", "2016-H2", "2016-Q4", "2016-12", "2016-12-31"] {
            assert_eq!(p(s), s);
        }
    }

    #[test]
    fn statistics_office_codes() {
        assert_eq!(p("2016M12"), "2016-12");
        assert_eq!(p("2016M01"), "2016-01");
        assert_eq!(p("2016K4"), "2016-Q4");
        assert_eq!(p("2016Q4"), "2016-Q4");
        assert_eq!(p("2016-Q4"), "2016-Q4");
        assert_eq!(p("2016H2"), "2016-H2");
        assert_eq!(p("2016-S2"), "2016-H2");
        assert_eq!(p("2016S1"), "2016-H1");
        assert_eq!(p("2016-M03"), "2016-03");
        assert_eq!(p("2016A1"), "2016");
    }

    #[test]
    fn month_names_in_danish_and_english() {
        assert_eq!(p("dec. 2016"), "2016-12");
        assert_eq!(p("December 2016"), "2016-12");
        assert_eq!(p("maj 2016"), "2016-05");
        assert_eq!(p("Okt 2016"), "2016-10");
        assert_eq!(p("oct 2016"), "2016-10");
        assert_eq!(p("2016 marts"), "2016-03");
        assert_eq!(p("februar 2017"), "2017-02");
        assert_eq!(p("mo 2016"), "none");
    }

    #[test]
    fn days_and_excel_serials() {
        assert_eq!(p("31-12-2016"), "2016-12-31");
        assert_eq!(p("31.12.2016"), "2016-12-31");
        assert_eq!(p("42735"), "2016-12-31");
        assert_eq!(p("42735.5"), "2016-12-31");
        assert_eq!(p("43101"), "2018-01-01");
    }

    #[test]
    fn refuses_what_names_no_period() {
        for s in [
            "",
            "2016M13",
            "2016K5",
            "2016H3",
            "31-02-2016",
            "abc",
            "16",
            "9999999",
            "2016-X1",
        ] {
            assert_eq!(p(s), "none", "{s}");
        }
    }
}
