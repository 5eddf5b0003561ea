//! Dates for people, at the precision they were written: `dec 2016` / `dec. 2016`,
//! `H2 2016` / `2. halvår 2016`, `Q1 2017` / `1. kvt. 2017`, `2016`, `5 dec 2016` / `5. dec. 2016`.

use chrono::NaiveDate;

use super::{Locale, fold};
use crate::model::{Lang, Period, Point, Precision};

const MONTHS_EN: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
/// Danish abbreviations take a full stop, except `maj`, which is the whole word.
const MONTHS_DA: [&str; 12] = [
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];

impl Locale {
    /// The short name of month 1–12.
    fn month_name(self, month: u8) -> &'static str {
        let i = usize::from(month.clamp(1, 12) - 1);
        match self.lang {
            Lang::En => MONTHS_EN[i],
            Lang::Da => MONTHS_DA[i],
        }
    }

    /// A date at the precision it was written: `dec 2016`, `2. halvår 2016`, `5. dec. 2016`.
    pub fn date(self, period: Period) -> String {
        // Four digits, as the format writes a year: year 0000 is "0000", not "0".
        let y = format!("{:04}", period.year_number());
        let text = match (self.lang, period.precision()) {
            (_, Precision::Year) => y,
            (Lang::En, Precision::Half(n)) => format!("H{n} {y}"),
            (Lang::Da, Precision::Half(n)) => format!("{n}. halvår {y}"),
            (Lang::En, Precision::Quarter(n)) => format!("Q{n} {y}"),
            (Lang::Da, Precision::Quarter(n)) => format!("{n}. kvt. {y}"),
            (_, Precision::Month(m)) => format!("{} {y}", self.month_name(m)),
            (Lang::En, Precision::Day(m, d)) => format!("{d} {} {y}", self.month_name(m)),
            (Lang::Da, Precision::Day(m, d)) => format!("{d}. {} {y}", self.month_name(m)),
        };
        fold(self, text)
    }

    /// A calendar day, such as the reference date: `1 mar 2017` / `1. mar. 2017`.
    pub fn day(self, date: NaiveDate) -> String {
        self.date(Period::from_date(date))
    }

    /// A measurement period: `feb 2015 – nov 2016` (`-` in ASCII).
    pub fn span(self, from: Period, to: Period) -> String {
        let dash = if self.ascii { "-" } else { "\u{2013}" };
        format!("{} {dash} {}", self.date(from), self.date(to))
    }

    /// The date of a point: its period, or `from – date` when the value covers a span.
    pub fn point_date(self, point: &Point) -> String {
        match point.from() {
            Some(from) => self.span(from, point.date),
            None => self.date(point.date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        s.parse().unwrap()
    }

    const EN: Locale = Locale::new(Lang::En);
    const DA: Locale = Locale::new(Lang::Da);

    #[test]
    fn early_years_keep_their_four_digits() {
        assert_eq!(EN.date(p("0000")), "0000");
        assert_eq!(EN.date(p("0099-05")), "may 0099");
        assert_eq!(EN.date(p("2016")), "2016");
    }

    #[test]
    fn five_precisions_in_english() {
        let shown: Vec<String> = ["2016-12", "2016-H2", "2017-Q1", "2016", "2016-12-05"]
            .map(|s| EN.date(p(s)))
            .into();
        assert_eq!(
            shown,
            ["dec 2016", "H2 2016", "Q1 2017", "2016", "5 dec 2016"]
        );
    }

    #[test]
    fn five_precisions_in_danish() {
        let shown: Vec<String> = ["2016-12", "2016-H2", "2017-Q1", "2016", "2016-12-05"]
            .map(|s| DA.date(p(s)))
            .into();
        assert_eq!(
            shown,
            [
                "dec. 2016",
                "2. halvår 2016",
                "1. kvt. 2017",
                "2016",
                "5. dec. 2016"
            ]
        );
    }

    #[test]
    fn every_month_name() {
        let en: Vec<String> = (1..=12)
            .map(|m| EN.date(Period::month(2016, m).unwrap()))
            .collect();
        assert_eq!(en[0], "jan 2016");
        assert_eq!(en[4], "may 2016");
        assert_eq!(en[9], "oct 2016");
        let da: Vec<String> = (1..=12)
            .map(|m| DA.date(Period::month(2016, m).unwrap()))
            .collect();
        assert_eq!(
            da.iter()
                .map(|s| s.trim_end_matches(" 2016"))
                .collect::<Vec<_>>(),
            [
                "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                "nov.", "dec."
            ]
        );
        assert_eq!(DA.date(p("2015-05-17")), "17. maj 2015");
    }

    #[test]
    fn ascii_danish_spells_aa() {
        assert_eq!(
            Locale::ascii(Lang::Da).date(p("2016-H1")),
            "1. halvaar 2016"
        );
    }

    #[test]
    fn days_and_spans() {
        let day = NaiveDate::from_ymd_opt(2017, 3, 1).unwrap();
        assert_eq!(EN.day(day), "1 mar 2017");
        assert_eq!(DA.day(day), "1. mar. 2017");
        assert_eq!(
            EN.span(p("2015-02"), p("2016-11")),
            "feb 2015 \u{2013} nov 2016"
        );
        assert_eq!(
            Locale::ascii(Lang::Da).span(p("2015-02"), p("2016-11")),
            "feb. 2015 - nov. 2016"
        );
    }

    #[test]
    fn point_dates_use_from_when_present() {
        let point = Point::new(p("2016-11"), Some(33.0));
        assert_eq!(EN.point_date(&point), "nov 2016");
        let point = point.with_from(Some(p("2015-02")));
        assert_eq!(EN.point_date(&point), "feb 2015 \u{2013} nov 2016");
    }
}
