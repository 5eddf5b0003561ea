//! The phrases the text and markdown reports share: "38 personer (dec 2016)", "−23 personer
//! (−37.7 %) since may 2015", "target 30 personer by dec 2018", and the tone each is shown in.
//! Every data string in them has passed through `sanitize`.

use std::borrow::Cow;

use crate::figures::{GoalFigures, IndicatorFigures, Status, Trend};
use crate::format::open_sdg::{progress_mark, progress_words};
use crate::format::{IndicatorFormat, Locale, MAX_SPARKLINE_POINTS, Word, sparkline_latest};
use crate::model::{Direction, Indicator, Point, PointKind};
use crate::sanitize;

mod v11;

/// How a phrase is coloured when colour is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warn,
    Bad,
    Dim,
}

impl Tone {
    pub fn of_status(status: Status) -> Self {
        match status {
            Status::Achieved | Status::OnTrack => Tone::Good,
            Status::AtRisk => Tone::Warn,
            Status::OffTrack | Status::Missed => Tone::Bad,
            Status::InsufficientData | Status::NoTarget | Status::NoData => Tone::Dim,
        }
    }

    pub fn of_trend(trend: Trend) -> Self {
        match trend {
            Trend::Improving => Tone::Good,
            Trend::Worsening => Tone::Bad,
            Trend::Flat | Trend::Rising | Trend::Falling => Tone::Plain,
        }
    }

    /// A difference is good when it lies on the better side for the direction.
    pub fn of_difference(direction: Direction, difference: f64) -> Self {
        match direction {
            Direction::Increase if difference > 0.0 => Tone::Good,
            Direction::Decrease if difference < 0.0 => Tone::Good,
            Direction::Increase | Direction::Decrease if difference != 0.0 => Tone::Bad,
            _ => Tone::Plain,
        }
    }
}

/// A data string made safe for one line of output.
pub fn clean(loc: Locale, s: &str) -> Cow<'_, str> {
    if loc.ascii {
        sanitize::clean_ascii(s)
    } else {
        sanitize::clean(s)
    }
}

/// One indicator or measure with its figures and number format, ready to be put in words.
pub struct Phrases<'a> {
    pub loc: Locale,
    pub ind: &'a Indicator,
    pub fig: &'a IndicatorFigures,
    pub fmt: IndicatorFormat,
}

impl<'a> Phrases<'a> {
    pub fn new(loc: Locale, ind: &'a Indicator, fig: &'a IndicatorFigures) -> Self {
        Self {
            loc,
            ind,
            fig,
            fmt: IndicatorFormat::of(ind),
        }
    }

    fn word(&self, word: Word) -> Cow<'static, str> {
        self.loc.word(word)
    }

    pub fn title(&self) -> Cow<'a, str> {
        clean(self.loc, &self.ind.title)
    }

    /// The measured series as a sparkline, holes as spaces (planned points are left out), of
    /// the latest points only when it is long (`…` first); `None` without any value.
    pub fn sparkline(&self) -> Option<String> {
        let values: Vec<Option<f64>> = self
            .ind
            .series
            .iter()
            .filter(|p| p.kind() != PointKind::Planned)
            .map(Point::value)
            .collect();
        values
            .iter()
            .any(Option::is_some)
            .then(|| sparkline_latest(&values, self.loc.ascii, MAX_SPARKLINE_POINTS))
    }

    /// The latest point as written: the figures keep only its date, the series also its `from`.
    fn latest_point(&self) -> Option<&'a Point> {
        let latest = self.fig.latest?;
        self.ind
            .series
            .iter()
            .rev()
            .find(|p| p.date == latest.date && p.measured_value() == Some(latest.value))
    }

    /// `38 personer (dec 2016)`, or `33 % (feb 2015 – nov 2016)` for a value covering a span;
    /// an estimate, a range or a bound as the source gave it (`≈ 45`, `40–50`, `at least 100`).
    pub fn latest(&self) -> Option<String> {
        let latest = self.fig.latest?;
        let point = self.latest_point();
        let date = match point {
            Some(point) => self.loc.point_date(point),
            None => self.loc.date(latest.date),
        };
        let value = point
            .and_then(|p| self.fmt.point_words(self.loc, p))
            .unwrap_or_else(|| self.fmt.value(self.loc, latest.value));
        Some(format!("{value} ({date})"))
    }

    /// `−23 personer (−37.7 %) since may 2015`; a `%` indicator changes in points only.
    /// Nothing when the baseline is the latest point itself.
    pub fn change(&self) -> Option<String> {
        let change = self.fig.change?;
        let baseline = self.fig.baseline?;
        if self.baseline_is_latest() {
            return None;
        }
        let relative = match self.fig.change_pct {
            Some(pct) if !self.ind.is_percent() => {
                format!(" ({})", self.loc.signed_percent(pct, 1))
            }
            _ => String::new(),
        };
        Some(format!(
            "{}{relative} {} {}",
            self.fmt.change(self.loc, change),
            self.word(Word::Since),
            self.loc.date(baseline.date)
        ))
    }

    /// `30 personer by dec 2018 (label)`, without the word "target".
    pub fn target_value(&self) -> Option<String> {
        let target = self.ind.target.as_ref()?;
        let mut s = self.fmt.value(self.loc, target.value);
        if let Some(deadline) = target.date {
            s = format!("{s} {} {}", self.word(Word::By), self.loc.date(deadline));
        }
        if let Some(label) = &target.label {
            s = format!("{s} ({})", clean(self.loc, label));
        }
        Some(s)
    }

    /// `target 30 personer by dec 2018`.
    pub fn target(&self) -> Option<String> {
        Some(format!(
            "{} {}",
            self.word(Word::Target),
            self.target_value()?
        ))
    }

    /// `8 personer to go`, `3 personer beyond the target`, or `target met`.
    pub fn remaining(&self) -> Option<String> {
        let remaining = self.fig.remaining?;
        Some(if remaining > 0.0 {
            format!(
                "{} {}",
                self.fmt.gap(self.loc, remaining),
                self.word(Word::ToGo)
            )
        } else if remaining < 0.0 {
            format!(
                "{} {}",
                self.fmt.gap(self.loc, remaining),
                self.word(Word::BeyondTarget)
            )
        } else {
            self.word(Word::TargetMet).into_owned()
        })
    }

    /// `74 % of the way`.
    /// Nothing when the baseline is the latest point: the way is not begun, whatever the gap.
    pub fn progress(&self) -> Option<String> {
        if self.baseline_is_latest() {
            return None;
        }
        if self.fig.baseline_met {
            return Some(self.word(Word::BaselineMet).into_owned());
        }
        self.fig
            .progress_pct
            .map(|p| format!("{} {}", self.loc.percent(p, 0), self.word(Word::OfTheWay)))
    }

    /// Whether the baseline is the latest point itself (one point, or a baseline written at the
    /// latest point): then a change or progress of 0 says nothing.
    fn baseline_is_latest(&self) -> bool {
        self.fig.latest.is_some() && self.fig.latest == self.fig.baseline
    }

    /// `−12.9 personer per year ↘ improving`.
    pub fn trend(&self) -> Option<String> {
        let slope = self.fig.slope_per_year?;
        let trend = self.fig.trend?;
        Some(format!(
            "{} {} {}",
            self.fmt.slope(self.loc, slope),
            self.loc.trend_symbol(trend, self.ind.direction),
            self.loc.trend(trend)
        ))
    }

    /// `12 personer by dec 2018 (158 % of the way)`, without the word "forecast".
    pub fn forecast_value(&self) -> Option<String> {
        let forecast = self.fig.forecast?;
        let deadline = self.ind.target.as_ref()?.date?;
        let mut s = format!(
            "{} {} {}",
            self.fmt.value(self.loc, forecast),
            self.word(Word::By),
            self.loc.date(deadline)
        );
        if let Some(p) = self.fig.forecast_progress_pct {
            s = format!(
                "{s} ({} {})",
                self.loc.percent(p, 0),
                self.word(Word::OfTheWay)
            );
        }
        Some(s)
    }

    /// `forecast 12 personer by dec 2018 (158 % of the way)`.
    pub fn forecast(&self) -> Option<String> {
        Some(format!(
            "{} {}",
            self.word(Word::Forecast),
            self.forecast_value()?
        ))
    }

    /// One per comparison series, read as a position: `2.3 pp below Hele landet (78.3 %, 2016)`,
    /// with its tone.
    pub fn comparisons(&self) -> Vec<(String, Tone)> {
        self.ind
            .comparisons
            .iter()
            .zip(&self.fig.comparisons)
            .map(|(c, f)| {
                let label = clean(self.loc, &c.label);
                let Some(latest) = f.latest else {
                    return (format!("{label}: {}", self.word(Word::NoValue)), Tone::Dim);
                };
                let theirs = format!(
                    "({}, {})",
                    self.fmt.value(self.loc, latest.value),
                    self.loc.date(latest.date)
                );
                match f.difference {
                    Some(d) => (
                        format!("{} {label} {theirs}", self.position(d)),
                        Tone::of_difference(self.ind.direction, d),
                    ),
                    None => (format!("{label} {theirs}"), Tone::Plain),
                }
            })
            .collect()
    }

    /// `72.5 pp below`, `3 personer above`, or `same as`.
    fn position(&self, difference: f64) -> String {
        let gap = self.fmt.gap(self.loc, difference);
        let zero = self.fmt.bare(self.loc, difference.abs()) == self.fmt.bare(self.loc, 0.0);
        if zero {
            self.word(Word::SameAs).into_owned()
        } else if difference < 0.0 {
            format!("{gap} {}", self.word(Word::Below))
        } else {
            format!("{gap} {}", self.word(Word::Above))
        }
    }

    /// `◇ no target`.
    pub fn status(&self) -> String {
        status_text(self.loc, self.fig.status)
    }

    /// Open SDG's status beside the v1 one, with its own mark: `Open SDG: ↑ moderate
    /// progress`; a manual status that is none of its words as the source writes it.
    pub fn open_sdg(&self) -> Option<String> {
        let f = self.fig.open_sdg.as_ref()?;
        let status = match f.progress_status() {
            Some(s) => format!(
                "{} {}",
                progress_mark(s, self.loc.ascii),
                progress_words(s, self.loc.lang)
            ),
            None => clean(self.loc, &f.status).into_owned(),
        };
        Some(format!("Open SDG: {status}"))
    }
}

/// A goal's Open SDG status (its indicators' scores), beside its status: `Open SDG: ↑
/// moderate progress`; `None` when none of its indicators has one.
pub fn goal_open_sdg(loc: Locale, fig: &GoalFigures) -> Option<String> {
    let s = fig.open_sdg?.status;
    Some(format!(
        "Open SDG: {} {}",
        progress_mark(s, loc.ascii),
        progress_words(s, loc.lang)
    ))
}

/// A status as its symbol and word: `● on track`.
pub fn status_text(loc: Locale, status: Status) -> String {
    format!("{} {}", loc.status_symbol(status), loc.status(status))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Figures;
    use crate::model::Lang;
    use crate::report::fixture;

    fn with<R>(goal: usize, indicator: usize, loc: Locale, f: impl FnOnce(&Phrases) -> R) -> R {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let phrases = Phrases::new(
            loc,
            &dataset.goals[goal].indicators[indicator],
            &figures.goals[goal].indicators[indicator],
        );
        f(&phrases)
    }

    const EN: Locale = Locale::new(Lang::En);
    const DA: Locale = Locale::new(Lang::Da);

    #[test]
    fn the_homelessness_example_in_words() {
        with(0, 0, DA, |p| {
            assert_eq!(p.latest().unwrap(), "38 personer (dec. 2016)");
            assert_eq!(p.change().unwrap(), "−23 personer (−37,7 %) siden maj 2015");
            assert_eq!(p.trend().unwrap(), "−12,9 personer om året ↘ forbedres");
            assert_eq!(p.sparkline().unwrap(), "█▅▆▁");
            assert_eq!(p.target(), None);
            assert_eq!(p.status(), "◇ intet mål");
        });
    }

    #[test]
    fn percent_indicators_change_in_points_without_a_relative_percentage() {
        with(1, 0, EN, |p| {
            assert_eq!(p.change().unwrap(), "+6.0 pp since 2013");
            assert_eq!(
                p.target().unwrap(),
                "target 80.0 % by 2018 (Landsgennemsnittet)"
            );
            assert_eq!(p.remaining().unwrap(), "4.0 pp to go");
            assert_eq!(p.progress().unwrap(), "60 % of the way");
            assert_eq!(
                p.comparisons(),
                [(
                    "2.3 pp below Hele landet (78.3 %, 2016)".to_owned(),
                    Tone::Bad
                )]
            );
        });
    }

    #[test]
    fn beyond_the_target_and_a_dated_baseline() {
        with(2, 1, EN, |p| {
            assert_eq!(p.remaining().unwrap(), "2 people beyond the target");
            assert_eq!(p.change().unwrap(), "+4 people (+40.0 %) since H2 2014");
            assert_eq!(p.progress().unwrap(), "200 % of the way");
        });
    }

    #[test]
    fn forecasts_carry_their_deadline_and_progress() {
        with(2, 0, EN, |p| {
            assert_eq!(
                p.forecast().unwrap(),
                "forecast 25 % by 2018 (50 % of the way)"
            );
            assert_eq!(p.trend().unwrap(), "−1.0 pp per year ↘ improving");
        });
    }

    #[test]
    fn a_measure_over_a_span_and_its_comparison() {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let p = Phrases::new(
            Locale::ascii(Lang::En),
            &dataset.initiatives[0].measures[0],
            &figures.initiatives[0].measures[0],
        );
        assert_eq!(p.latest().unwrap(), "33 % (feb 2015 - nov 2016)");
        assert_eq!(
            p.comparisons(),
            [("5 pp above National (28 %, 2016)".to_owned(), Tone::Plain)]
        );
    }

    #[test]
    fn no_data_has_no_phrases_but_its_target() {
        with(6, 0, EN, |p| {
            assert_eq!(p.latest(), None);
            assert_eq!(p.sparkline(), None);
            assert_eq!(p.change(), None);
            assert_eq!(p.trend(), None);
            assert_eq!(p.target().unwrap(), "target 5 weeks by 2020");
        });
    }

    #[test]
    fn no_change_or_progress_when_the_baseline_is_the_latest_point() {
        with(5, 0, EN, |p| {
            assert_eq!(p.change(), None);
            assert_eq!(p.progress(), None);
            assert_eq!(p.remaining().unwrap(), "8 to go");
        });
    }

    #[test]
    fn tones() {
        assert_eq!(Tone::of_difference(Direction::Decrease, -1.0), Tone::Good);
        assert_eq!(Tone::of_difference(Direction::Decrease, 1.0), Tone::Bad);
        assert_eq!(Tone::of_difference(Direction::Increase, 0.0), Tone::Plain);
        assert_eq!(Tone::of_difference(Direction::None, 5.0), Tone::Plain);
        assert_eq!(Tone::of_status(Status::AtRisk), Tone::Warn);
    }
}
