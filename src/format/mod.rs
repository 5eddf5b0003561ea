//! Numbers, dates, units, percentage points, statuses and trends for people, in English and
//! Danish, with an ASCII form of everything. The one place that decides how a figure looks, so
//! the dashboard and every report say the same thing the same way. Output is safe to print: the
//! only data string used here, an indicator's unit, passes through [`crate::sanitize`].
//!
//! Everything hangs off [`Locale`] (a language and whether only ASCII may be printed), plus
//! [`IndicatorFormat`] for an indicator's decimals and unit, built once per indicator:
//!
//! | function | example (en / da) |
//! |---|---|
//! | [`Locale::new`], [`Locale::ascii`] | `Locale::new(Lang::Da)`; the ASCII form uses `-` and no glyph outside ASCII |
//! | [`Locale::number`]`(v, decimals)` | `5,024.5` / `5.024,5`; `−23` (U+2212) |
//! | [`Locale::signed`]`(v, decimals)` | `+5`, `−23`, `0` |
//! | [`Locale::percent`], [`Locale::signed_percent`]`(v, decimals)` | a relative % such as `change_pct`: `−37.7 %` / `−37,7 %` |
//! | [`Locale::minus`] | `−`, or `-` in ASCII |
//! | [`IndicatorFormat::of`]`(&Indicator)` | decimals per the spec (`decimals`, else fewest 0–2 showing every value exactly) |
//! | [`IndicatorFormat::value`]`(loc, v)` | `16.9 %` / `16,9 %`, `38 personer` |
//! | [`IndicatorFormat::bare`]`(loc, v)` | the number alone: `16,9` |
//! | [`IndicatorFormat::change`]`(loc, v)` | `−6.9 pp` / `−6,9 pct.-point` for `%` indicators, else `−23 personer` |
//! | [`IndicatorFormat::gap`]`(loc, v)` | unsigned: `6.9 pp` / `6,9 pct.-point`, `8 personer` |
//! | [`IndicatorFormat::slope`]`(loc, v)` | `−12.9 personer per year` / `… om året` |
//! | [`IndicatorFormat::point_value`]`(loc, &Point)` | v1.1: `≈ 45`, `40–50 personer`, `≥ 100` (ASCII `~ 45`, `40-50`, `>= 100`) |
//! | [`Locale::what_it_takes`]`(&fmt, &figures)` | v1.1: `needs −3.8 pp a year · pace so far −1.2 (0.3×)` / `kræver −3,8 pct.-point om året · hidtil −1,2 (0,3×)` |
//! | [`Locale::overdue`]`(&figures)` | v1.1: `no value since dec 2016, one was due by 1 jun 2017` |
//! | [`Locale::run_against_trend`]`(&figures, direction)` | v1.1: `but rising 3 periods in a row` |
//! | [`IndicatorFormat::point_words`]`(loc, &Point)` | v1.1: `at least 100` / `mindst 100`, `at most 5` / `højst 5` |
//! | [`Locale::date`]`(Period)` | `dec 2016`, `H2 2016`, `Q1 2017`, `2016`, `5 dec 2016` / `dec. 2016`, `2. halvår 2016`, `1. kvt. 2017`, `2016`, `5. dec. 2016` |
//! | [`Locale::day`]`(NaiveDate)` | `1 mar 2017` / `1. mar. 2017` |
//! | [`Locale::span`]`(from, to)`, [`Locale::point_date`]`(&Point)` | `feb 2015 – nov 2016` |
//! | [`Locale::status`]`(Status)` | `on track` / `på sporet` |
//! | [`Locale::status_symbol`]`(Status)` | see the table below |
//! | [`Locale::trend`]`(Trend)` | `improving` / `forbedres` |
//! | [`Locale::trend_symbol`]`(Trend, Direction)` | `↗ ↘ →` / ASCII `^ v =`: which way the values move |
//! | [`Locale::initiative_status`] | `active` / `aktiv` |
//! | [`Locale::counts`]`(&StatusCounts)` | `1 at risk · 2 on track` |
//! | [`Locale::word`]`(Word)` | shared labels, lower case: `per year` / `om året`, `since` / `siden`, … |
//! | [`capitalize`]`(&str)` | `ændring` → `Ændring`, for headings |
//! | [`Locale::sep`] | ` · `, or ` | ` in ASCII |
//! | [`sparkline`]`(&[Option<f64>], ascii)`, [`sparkline_levels`] | `█▅▆▁`, ASCII `#~+_`; `None` is a space |
//!
//! Status symbols (each Unicode glyph one column wide):
//!
//! | status | Unicode | ASCII |
//! |---|---|---|
//! | achieved | `✔` | `[+]` |
//! | on track | `●` | `[o]` |
//! | at risk | `◐` | `[~]` |
//! | off track | `!` | `[!]` |
//! | missed | `✖` | `[x]` |
//! | insufficient data | `?` | `[?]` |
//! | no target | `◇` | `[-]` |
//! | no data | `○` | `[ ]` |
//!
//! Rounding is half away from zero on the shown decimals, and a value that rounds to zero has no
//! sign. In ASCII, Danish words spell `æ ø å` as `ae oe aa`.

mod date;
mod number;
mod pace;
mod point;
mod sparkline;
mod words;

use std::borrow::Cow;

pub use number::{IndicatorFormat, default_decimals};
pub use sparkline::{sparkline, sparkline_levels};
pub use words::{Word, capitalize};

use crate::model::Lang;

/// How to write for people: the language, and whether only ASCII may be printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    pub lang: Lang,
    /// No glyph outside ASCII: `-` for minus, `[+]` for `✔`, `aa` for `å`.
    pub ascii: bool,
}

impl Locale {
    pub const fn new(lang: Lang) -> Self {
        Self { lang, ascii: false }
    }

    pub const fn ascii(lang: Lang) -> Self {
        Self { lang, ascii: true }
    }
}

/// Our own text in its ASCII form: the same spelling as data strings get (`å` → `aa`).
fn to_ascii(s: &str) -> String {
    crate::sanitize::clean_ascii(s).into_owned()
}

fn fold(loc: Locale, s: String) -> String {
    if loc.ascii && !s.is_ascii() {
        to_ascii(&s)
    } else {
        s
    }
}

fn fold_static(loc: Locale, s: &'static str) -> Cow<'static, str> {
    if loc.ascii && !s.is_ascii() {
        Cow::Owned(to_ascii(s))
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_folding_spells_danish_letters() {
        assert_eq!(to_ascii("Ærø på Ålandsøerne"), "Aeroe paa Aalandsoeerne");
        assert_eq!(fold(Locale::new(Lang::Da), "på".into()), "på");
        assert_eq!(fold(Locale::ascii(Lang::Da), "på".into()), "paa");
        assert_eq!(fold_static(Locale::ascii(Lang::En), "a – b"), "a - b");
    }
}
