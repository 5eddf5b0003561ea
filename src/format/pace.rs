//! v1.1's figures in words, shared by the reports and the dashboard: what it takes
//! ("needs −3.8 pp a year · pace so far −1.2 (0.3×)"), a value overdue ("no value since dec
//! 2016, one was due by 1 jun 2017") and a recent run that disagrees with the trend ("but
//! rising 3 periods in a row").

use super::{IndicatorFormat, Locale, Word};
use crate::figures::{IndicatorFigures, Status, Trend};
use crate::model::Direction;

impl Locale {
    /// `needs −3.8 pp a year · pace so far −1.2 (0.3×)`; the pace only with a slope. Not said
    /// of a missed target: the figure exists up to the deadline's last day, but the deadline
    /// has passed by the reference date.
    pub fn what_it_takes(self, fmt: &IndicatorFormat, f: &IndicatorFigures) -> Option<String> {
        let required = f.required_per_year.filter(|_| f.status != Status::Missed)?;
        let mut s = format!(
            "{} {} {}",
            self.word(Word::Needs),
            fmt.change(self, required),
            self.word(Word::AYear)
        );
        if let Some(slope) = f.slope_per_year {
            s = format!(
                "{s}{}{} {}",
                self.sep(),
                self.word(Word::PaceSoFar),
                self.signed(slope, fmt.decimals())
            );
            if let Some(ratio) = f.pace_ratio {
                let times = if self.ascii { "x" } else { "×" };
                s = format!("{s} ({}{times})", self.number(ratio, 1));
            }
        }
        Some(s)
    }

    /// `no value since dec 2016, one was due by 1 jun 2017`, when a value is overdue.
    pub fn overdue(self, f: &IndicatorFigures) -> Option<String> {
        if f.stale != Some(true) {
            return None;
        }
        let (latest, due) = (f.latest?, f.next_expected?);
        Some(format!(
            "{} {}, {} {}",
            self.word(Word::NoValueSince),
            self.date(latest.date),
            self.word(Word::OneWasDueBy),
            self.day(due)
        ))
    }

    /// `but rising 3 periods in a row`, when the recent run disagrees with the trend (with a
    /// flat trend, from 2 periods on).
    pub fn run_against_trend(self, f: &IndicatorFigures, direction: Direction) -> Option<String> {
        let (run, trend) = (f.run?, f.trend?);
        let disagrees = match trend {
            Trend::Flat => run.periods >= 2,
            _ => trend != run.direction,
        };
        if !disagrees {
            return None;
        }
        // Which way the values moved, not which way is better: "rising", "falling".
        let up = matches!(
            (run.direction, direction),
            (Trend::Rising, _)
                | (Trend::Improving, Direction::Increase)
                | (Trend::Worsening, Direction::Decrease)
        );
        let moved = if up { Trend::Rising } else { Trend::Falling };
        let periods = if run.periods == 1 {
            Word::PeriodInARow
        } else {
            Word::PeriodsInARow
        };
        Some(format!(
            "{} {} {} {}",
            self.word(Word::But),
            self.trend(moved),
            run.periods,
            self.word(periods)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::{Run, indicator_figures};
    use crate::model::{Indicator, IndicatorId, Lang, Point, Target};

    fn flex_job() -> Indicator {
        Indicator {
            id: IndicatorId::from("flex"),
            title: "flex".into(),
            unit: Some("%".into()),
            decimals: None,
            direction: Direction::Decrease,
            baseline: None,
            target: Some(Target {
                value: 10.0,
                date: "2018-03".parse().ok(),
                label: None,
            }),
            series: vec![Point::new("2016-06".parse().expect("date"), Some(16.9))],
            comparisons: Vec::new(),
            source: None,
            description: None,
            frequency: None,
            breakdowns: Vec::new(),
            open_sdg: None,
        }
    }

    #[test]
    fn what_it_takes_in_both_languages() {
        let ind = flex_job();
        let fmt = IndicatorFormat::of(&ind);
        let mut f = indicator_figures(&ind, None);
        let (en, da) = (Locale::new(Lang::En), Locale::new(Lang::Da));
        assert_eq!(en.what_it_takes(&fmt, &f).unwrap(), "needs −3.8 pp a year");
        f.slope_per_year = Some(-1.2);
        f.pace_ratio = Some(-1.2 / -3.773);
        assert_eq!(
            en.what_it_takes(&fmt, &f).unwrap(),
            "needs −3.8 pp a year · pace so far −1.2 (0.3×)"
        );
        assert_eq!(
            da.what_it_takes(&fmt, &f).unwrap(),
            "kræver −3,8 pct.-point om året · hidtil −1,2 (0,3×)"
        );
        f.status = Status::Missed;
        assert_eq!(en.what_it_takes(&fmt, &f), None);
    }

    #[test]
    fn overdue_and_run_in_words() {
        let mut ind = flex_job();
        ind.series = ["2015-05", "2015-12", "2016-05", "2016-12"]
            .iter()
            .zip([61.0, 50.0, 54.0, 38.0])
            .map(|(d, v)| Point::new(d.parse().expect("date"), Some(v)))
            .collect();
        ind.unit = None;
        let late = chrono::NaiveDate::from_ymd_opt(2017, 12, 1);
        let mut f = indicator_figures(&ind, late);
        let (en, da) = (Locale::new(Lang::En), Locale::new(Lang::Da));
        assert_eq!(
            en.overdue(&f).unwrap(),
            "no value since dec 2016, one was due by 1 jun 2017"
        );
        assert_eq!(
            da.overdue(&f).unwrap(),
            "ingen værdi siden dec. 2016, en var ventet senest 1. jun. 2017"
        );
        f.stale = Some(false);
        assert_eq!(en.overdue(&f), None);
        f.trend = Some(Trend::Improving);
        f.run = Some(Run {
            direction: Trend::Worsening,
            periods: 3,
        });
        assert_eq!(
            en.run_against_trend(&f, Direction::Decrease).unwrap(),
            "but rising 3 periods in a row"
        );
        assert_eq!(
            da.run_against_trend(&f, Direction::Decrease).unwrap(),
            "men stigende 3 perioder i træk"
        );
        f.run = Some(Run {
            direction: Trend::Improving,
            periods: 1,
        });
        assert_eq!(en.run_against_trend(&f, Direction::Decrease), None);
    }
}
