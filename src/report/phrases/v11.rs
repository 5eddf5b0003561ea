//! v1.1's phrases: what it takes ("needs −3.8 pp a year · pace so far −1.2 (0.3×)"), a value
//! overdue, a run that disagrees with the trend, planned points, breakdowns. (A goal's status
//! through its initiatives is `GoalFigures::shown_status`, said where the goal's status is.)

use super::{Phrases, Tone, clean, status_text};
use crate::figures::IndicatorFigures;
use crate::format::Word;
use crate::model::{Breakdown, Point, PointKind};

impl Phrases<'_> {
    /// `needs −3.8 pp a year · pace so far −1.2 (0.3×)`; the pace only with a slope.
    pub fn what_it_takes(&self) -> Option<String> {
        self.loc.what_it_takes(&self.fmt, self.fig)
    }

    /// `no value since dec 2016, one was due by 1 jun 2017`, when a value is overdue.
    pub fn stale(&self) -> Option<String> {
        self.loc.overdue(self.fig)
    }

    /// `but rising 3 periods in a row`, when the recent run disagrees with the trend.
    pub fn run(&self) -> Option<String> {
        self.loc.run_against_trend(self.fig, self.ind.direction)
    }

    /// The planned points, as the source gave them: `planned 6 boliger (2018)`.
    pub fn planned(&self) -> Option<String> {
        planned(self, &self.ind.series)
    }

    /// One line per breakdown: `Køn: Kvinder 10 % (2016) · ● on track`, with its tone.
    pub fn breakdowns(&self) -> Vec<(String, Tone)> {
        self.ind
            .breakdowns
            .iter()
            .zip(&self.fig.breakdowns)
            .map(|(b, f)| (self.breakdown(b, f), Tone::of_status(f.status)))
            .collect()
    }

    fn breakdown(&self, b: &Breakdown, f: &IndicatorFigures) -> String {
        let sep = self.loc.sep();
        let mut parts = vec![clean(self.loc, &b.label()).into_owned()];
        let latest = f.latest.and_then(|l| {
            let point = b.series.iter().rev().find(|p| p.date == l.date)?;
            let value = self.fmt.point_words(self.loc, point)?;
            Some(format!("{value} ({})", self.loc.point_date(point)))
        });
        parts.push(latest.unwrap_or_else(|| self.loc.word(Word::NoValue).into_owned()));
        if let Some(t) = &b.target {
            let mut target = format!(
                "{} {}",
                self.loc.word(Word::Target),
                self.fmt.value(self.loc, t.value)
            );
            if let Some(deadline) = t.date {
                target = format!(
                    "{target} {} {}",
                    self.loc.word(Word::By),
                    self.loc.date(deadline)
                );
            }
            parts.push(target);
        }
        parts.extend(self.loc.what_it_takes(&self.fmt, f));
        parts.extend(self.loc.overdue(f));
        parts.push(status_text(self.loc, f.status));
        parts.join(sep)
    }
}

fn planned(p: &Phrases<'_>, series: &[Point]) -> Option<String> {
    let items: Vec<String> = series
        .iter()
        .filter(|pt| pt.kind() == PointKind::Planned)
        .filter_map(|pt| {
            let value = p.fmt.point_words(p.loc, pt)?;
            Some(format!("{value} ({})", p.loc.point_date(pt)))
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(format!(
        "{} {}",
        p.loc.word(Word::Planned),
        items.join(", ")
    ))
}
