//! Dates as the format writes them: a year, half, quarter, month or day, each naming a period
//! with a first and a last day. One small `Copy` type so series stay compact.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// How precise a date is, with the number of the half, quarter or month it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Year,
    /// 1 or 2.
    Half(u8),
    /// 1 to 4.
    Quarter(u8),
    /// 1 to 12.
    Month(u8),
    /// Month 1 to 12 and a day that exists in it.
    Day(u8, u8),
}

/// A date of the dataset format: `YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    year: i32,
    precision: Precision,
}

/// Why a string is not a date of the format.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date: use YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")]
pub struct PeriodError(pub String);

impl Period {
    pub fn year(year: i32) -> Option<Self> {
        (0..=9999).contains(&year).then_some(Self {
            year,
            precision: Precision::Year,
        })
    }

    pub fn month(year: i32, month: u8) -> Option<Self> {
        Self::new(year, Precision::Month(month))
    }

    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        Self::new(year, Precision::Day(month, day))
    }

    /// A period if the numbers name a real one.
    pub fn new(year: i32, precision: Precision) -> Option<Self> {
        let valid = (0..=9999).contains(&year)
            && match precision {
                Precision::Year => true,
                Precision::Half(n) => (1..=2).contains(&n),
                Precision::Quarter(n) => (1..=4).contains(&n),
                Precision::Month(m) => (1..=12).contains(&m),
                Precision::Day(m, d) => {
                    NaiveDate::from_ymd_opt(year, u32::from(m), u32::from(d)).is_some()
                }
            };
        valid.then_some(Self { year, precision })
    }

    /// The period of a calendar day.
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            precision: Precision::Day(date.month() as u8, date.day() as u8),
        }
    }

    pub fn year_number(self) -> i32 {
        self.year
    }

    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The first month of the period and how many months it spans (days span one month).
    fn months(self) -> (u32, u32) {
        match self.precision {
            Precision::Year => (1, 12),
            Precision::Half(n) => (u32::from(n - 1) * 6 + 1, 6),
            Precision::Quarter(n) => (u32::from(n - 1) * 3 + 1, 3),
            Precision::Month(m) | Precision::Day(m, _) => (u32::from(m), 1),
        }
    }

    /// The first day: where points, baselines, notes and `as_of` sit.
    pub fn first_day(self) -> NaiveDate {
        let (month, _) = self.months();
        let day = match self.precision {
            Precision::Day(_, d) => u32::from(d),
            _ => 1,
        };
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    /// The last day: where deadlines and ends sit ("by 2018-03" is by 31 March 2018).
    pub fn last_day(self) -> NaiveDate {
        if let Precision::Day(..) = self.precision {
            return self.first_day();
        }
        let (month, span) = self.months();
        let next = month + span;
        let first_after = if next > 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, next, 1)
        };
        first_after
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }
}

impl Period {
    /// The first day as a number that orders and equals as the days do, worked out without a
    /// calendar: `year × 512 + month × 32 + day`. Series are sorted and periods compared by it
    /// (a national dataset holds over a million points). Any year a `NaiveDate` can hold fits,
    /// negative ones included (from [`Period::from_date`]).
    pub fn first_day_key(self) -> i32 {
        let (month, day) = match self.precision {
            Precision::Year => (1, 1),
            Precision::Half(n) => ((i32::from(n) - 1) * 6 + 1, 1),
            Precision::Quarter(n) => ((i32::from(n) - 1) * 3 + 1, 1),
            Precision::Month(m) => (i32::from(m), 1),
            Precision::Day(m, d) => (i32::from(m), i32::from(d)),
        };
        day_key(self.year, month, day)
    }

    /// The last day as a number, like [`Period::first_day_key`].
    pub fn last_day_key(self) -> i32 {
        let month = match self.precision {
            Precision::Day(m, d) => return day_key(self.year, i32::from(m), i32::from(d)),
            Precision::Year => 12,
            Precision::Half(n) => i32::from(n) * 6,
            Precision::Quarter(n) => i32::from(n) * 3,
            Precision::Month(m) => i32::from(m),
        };
        day_key(self.year, month, days_in_month(self.year, month))
    }
}

/// A day as a number that orders as the days do (months 1–12 and days 1–31 fit in 4 and 5 bits).
fn day_key(year: i32, month: i32, day: i32) -> i32 {
    year * 512 + month * 32 + day
}

/// The days of a month in the proleptic Gregorian calendar, as chrono counts them.
fn days_in_month(year: i32, month: i32) -> i32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Time in years since 1970-01-01, as the figures use it: days / 365.25.
pub fn years_since_epoch(date: NaiveDate) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    (date - epoch).num_days() as f64 / 365.25
}

impl Ord for Period {
    /// By first day, then the shorter period first (2016-01 before 2016). Compared by day keys,
    /// not dates: the figures compare periods millions of times on a national dataset.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day_key()
            .cmp(&other.first_day_key())
            .then_with(|| self.last_day_key().cmp(&other.last_day_key()))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).ok_or_else(|| PeriodError(s.to_owned()))
    }
}

/// The number written by one or more ASCII digits.
fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// Byte by byte: a national dataset has over a million dates.
fn parse(s: &str) -> Option<Period> {
    let (year, rest) = s.as_bytes().split_at_checked(4)?;
    let year = digits(year)? as i32;
    let precision = match rest {
        [] => Precision::Year,
        [b'-', b'H', n] => Precision::Half(digits(&[*n])? as u8),
        [b'-', b'Q', n] => Precision::Quarter(digits(&[*n])? as u8),
        [b'-', m @ ..] if m.len() == 2 => Precision::Month(digits(m)? as u8),
        [b'-', m0, m1, b'-', d0, d1] => {
            Precision::Day(digits(&[*m0, *m1])? as u8, digits(&[*d0, *d1])? as u8)
        }
        _ => return None,
    };
    Period::new(year, precision)
}

impl fmt::Display for Period {
    /// The period exactly as the format writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self.year;
        match self.precision {
            Precision::Year => write!(f, "{y:04}"),
            Precision::Half(n) => write!(f, "{y:04}-H{n}"),
            Precision::Quarter(n) => write!(f, "{y:04}-Q{n}"),
            Precision::Month(m) => write!(f, "{y:04}-{m:02}"),
            Precision::Day(m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        s.parse().unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_all_five_precisions_and_prints_them_back() {
        for s in ["2016", "2016-H2", "2017-Q1", "2016-12", "2016-02-29"] {
            assert_eq!(p(s).to_string(), s);
        }
    }

    #[test]
    fn rejects_malformed_dates() {
        for s in [
            "",
            "16",
            "2016-13",
            "2016-H3",
            "2016-Q0",
            "2016-Q5",
            "2017-02-29",
            "2016-1",
            "2016-12-1",
            "2016/12",
            "2016-h2",
            "2016-12-01-01",
            "２０１６",
            "-2016",
            "2016-",
            "2016-H",
            "2016-Q12",
        ] {
            assert!(s.parse::<Period>().is_err(), "{s:?} should be rejected");
        }
    }

    #[test]
    fn first_and_last_days() {
        assert_eq!(p("2018-03").last_day(), d(2018, 3, 31));
        assert_eq!(p("2018-03").first_day(), d(2018, 3, 1));
        assert_eq!(p("2016-H2").first_day(), d(2016, 7, 1));
        assert_eq!(p("2016-H2").last_day(), d(2016, 12, 31));
        assert_eq!(p("2017-Q1").last_day(), d(2017, 3, 31));
        assert_eq!(p("2016-02").last_day(), d(2016, 2, 29));
        assert_eq!(p("2016").last_day(), d(2016, 12, 31));
        assert_eq!(p("9999").last_day(), d(9999, 12, 31));
        assert_eq!(p("2016-05-17").last_day(), d(2016, 5, 17));
    }

    #[test]
    fn orders_by_first_day_then_length() {
        assert!(p("2016-01") < p("2016"));
        assert!(p("2015-12") < p("2016-Q1"));
        assert!(p("2016-H2") < p("2016-12"));
    }

    /// Every period of the given years, at every precision.
    fn periods(years: impl IntoIterator<Item = i32>) -> Vec<Period> {
        let mut all = Vec::new();
        for year in years {
            all.push(Period::year(year));
            all.extend((1..=2).map(|n| Period::new(year, Precision::Half(n))));
            all.extend((1..=4).map(|n| Period::new(year, Precision::Quarter(n))));
            for m in 1..=12 {
                all.push(Period::month(year, m));
                all.extend((1..=31).map(|d| Period::day(year, m, d)));
            }
        }
        all.into_iter().flatten().collect()
    }

    /// The order as it was defined: by chrono's first day, then its last day.
    fn chrono_order(a: Period, b: Period) -> Ordering {
        a.first_day()
            .cmp(&b.first_day())
            .then(a.last_day().cmp(&b.last_day()))
    }

    #[test]
    fn day_keys_are_the_days() {
        let all = periods(
            (0..=2)
                .chain(1896..=1904)
                .chain(1999..=2001)
                .chain(9997..=9999),
        );
        let mut dated: Vec<(NaiveDate, i32)> = Vec::new();
        for p in &all {
            dated.push((p.first_day(), p.first_day_key()));
            dated.push((p.last_day(), p.last_day_key()));
        }
        dated.sort_unstable();
        dated.dedup();
        for pair in dated.windows(2) {
            let ((a, ka), (b, kb)) = (pair[0], pair[1]);
            // One key per day, and later days have larger keys.
            assert!(a < b && ka < kb, "{a} ({ka}) before {b} ({kb})");
        }
    }

    #[test]
    fn orders_exactly_as_the_calendar_does() {
        // Every pair within each run of consecutive years (leap years, century years, 0, 9999).
        for years in [
            0..=2,
            1899..=1901,
            1999..=2001,
            2015..=2017,
            2099..=2101,
            9998..=9999,
        ] {
            let all = periods(years);
            for a in &all {
                for b in &all {
                    assert_eq!(a.cmp(b), chrono_order(*a, *b), "{a} {b}");
                    assert_eq!(a.cmp(b) == Ordering::Equal, a == b, "{a} {b}");
                }
            }
        }
        // Days from any date chrono holds, negative years too.
        let far = [
            NaiveDate::MIN,
            d(-1, 12, 31),
            d(-4, 2, 29),
            d(0, 1, 1),
            d(10_000, 1, 1),
            d(2016, 2, 29),
            NaiveDate::MAX,
        ];
        let mut all = periods([0, 2016, 9999]);
        all.extend(far.map(Period::from_date));
        for a in &all {
            for b in &all {
                assert_eq!(a.cmp(b), chrono_order(*a, *b), "{a} {b}");
            }
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn any_period() -> impl Strategy<Value = Period> {
            let precision = prop_oneof![
                Just(Precision::Year),
                (1u8..=2).prop_map(Precision::Half),
                (1u8..=4).prop_map(Precision::Quarter),
                (1u8..=12).prop_map(Precision::Month),
                (1u8..=12, 1u8..=31).prop_map(|(m, d)| Precision::Day(m, d)),
            ];
            (0i32..=9999, precision).prop_filter_map("a real date", |(y, p)| Period::new(y, p))
        }

        proptest! {
            #[test]
            fn orders_as_the_calendar_does_over_all_years(
                a in any_period(),
                b in any_period(),
                near in any::<bool>(),
            ) {
                // Half the pairs in the same year, where the ties between precisions are.
                let b = if near {
                    Period::new(a.year_number(), b.precision()).unwrap_or(b)
                } else {
                    b
                };
                prop_assert_eq!(a.cmp(&b), chrono_order(a, b), "{} {}", a, b);
            }

            /// The byte-by-byte parse reads exactly what the first, by `split('-')`, read.
            #[test]
            fn parses_as_the_split_parse_did(s in "[0-9HQ+-]{0,11}|[0-9]{4}-[0-9HQ]{1,3}(-[0-9]{0,3})?") {
                prop_assert_eq!(parse(&s), split_parse(&s), "{:?}", s);
            }
        }

        fn split_parse(s: &str) -> Option<Period> {
            let digits = |s: &str, len: usize| {
                (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<u32>().ok())
                    .flatten()
            };
            let mut parts = s.split('-');
            let year = digits(parts.next()?, 4)? as i32;
            let precision = match (parts.next(), parts.next(), parts.next()) {
                (None, _, _) => Precision::Year,
                (Some(p), None, _) if p.starts_with('H') => {
                    Precision::Half(digits(&p[1..], 1)? as u8)
                }
                (Some(p), None, _) if p.starts_with('Q') => {
                    Precision::Quarter(digits(&p[1..], 1)? as u8)
                }
                (Some(m), None, _) => Precision::Month(digits(m, 2)? as u8),
                (Some(m), Some(d), None) => {
                    Precision::Day(digits(m, 2)? as u8, digits(d, 2)? as u8)
                }
                _ => return None,
            };
            Period::new(year, precision)
        }
    }

    #[test]
    fn years_since_epoch_uses_365_25() {
        assert_eq!(years_since_epoch(d(1970, 1, 1)), 0.0);
        assert!((years_since_epoch(d(1971, 1, 1)) - 365.0 / 365.25).abs() < 1e-12);
    }
}
