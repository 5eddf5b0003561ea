//! The figures of the spec, computed once per load from a validated dataset: per indicator
//! (latest, change, gap, progress, trend, forecast, status; v1.1's pace, next value due and
//! run, and the same for each breakdown) and per goal (status and counts, and the status of
//! the measures of the initiatives that serve it).
//! Pure functions; formatting for people lives in `format`.

mod days;
mod indicator;
pub mod open_sdg;
mod open_sdg_indicator;
pub mod pace;
pub mod parallel;
mod status;

pub use indicator::{FittedLine, indicator_figures, reference_date, standing};
pub use open_sdg_indicator::{
    GoalProgress, OpenSdgFigures, OptionFigures, goal_progress, open_sdg_figures,
};
pub use pace::Run;
pub use status::{Status, StatusCounts, Trend};

use chrono::NaiveDate;

use crate::model::{Dataset, Indicator, Period};

/// A value with the date of its point, as written in the file.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct DatedValue {
    pub date: Period,
    pub value: f64,
}

/// The latest value of a comparison series and how the indicator stands against it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonFigures {
    pub latest: Option<DatedValue>,
    /// The indicator's latest value minus the comparison's latest.
    pub difference: Option<f64>,
}

/// Every figure of one indicator or measure (see the spec's table).
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorFigures {
    pub latest: Option<DatedValue>,
    pub baseline: Option<DatedValue>,
    pub change: Option<f64>,
    pub change_pct: Option<f64>,
    pub remaining: Option<f64>,
    pub progress_pct: Option<f64>,
    pub slope_per_year: Option<f64>,
    pub trend: Option<Trend>,
    pub forecast: Option<f64>,
    pub forecast_progress_pct: Option<f64>,
    pub status: Status,
    /// One per comparison series of the indicator, in the same order.
    pub comparisons: Vec<ComparisonFigures>,
    /// Open SDG's progress status (spec v1.1 section 5); `None` without an `open_sdg` member.
    pub open_sdg: Option<OpenSdgFigures>,
    /// The baseline already meets the target (so there is no progress to speak of).
    pub baseline_met: bool,
    /// The change a year still needed to reach the target by its deadline.
    pub required_per_year: Option<f64>,
    /// `slope_per_year / required_per_year`: `≥ 1`, the observed pace is enough.
    pub pace_ratio: Option<f64>,
    /// The day the next value is due.
    pub next_expected: Option<NaiveDate>,
    /// A whole period has gone by with no value that was due.
    pub stale: Option<bool>,
    pub run: Option<Run>,
    /// One per breakdown of the indicator, in the same order (their own `comparisons` and
    /// `breakdowns` are empty).
    pub breakdowns: Vec<IndicatorFigures>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalFigures {
    pub status: Status,
    /// How many of the goal's indicators have each status.
    pub counts: StatusCounts,
    /// One per indicator of the goal, in the same order.
    pub indicators: Vec<IndicatorFigures>,
    /// The worst status among the measures (with a target and data) of the initiatives that
    /// serve the goal and are not cancelled; `None` when there is none.
    pub measures_status: Option<Status>,
    /// How many of those measures have each status.
    pub measures_status_counts: StatusCounts,
    /// Open SDG's status over the goal's indicators; `None` when none has an `open_sdg` member.
    pub open_sdg: Option<GoalProgress>,
}

impl GoalFigures {
    /// The status of the initiatives' measures, where the goal has no status of its own
    /// (`no_data`, `no_target`) and they have one: what the views show in the goal's place
    /// (spec v1.1 section 4).
    pub fn via_initiatives(&self) -> Option<Status> {
        self.measures_status
            .filter(|_| matches!(self.status, Status::NoData | Status::NoTarget))
    }

    /// The status a goal is shown with: its own, else its initiatives' measures'.
    pub fn shown_status(&self) -> Status {
        self.via_initiatives().unwrap_or(self.status)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct InitiativeFigures {
    /// One per measure of the initiative, in the same order.
    pub measures: Vec<IndicatorFigures>,
}

/// All figures of a dataset. Vectors run parallel to the dataset's goals and initiatives.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// The day deadlines are judged against; never today's date.
    pub reference_date: Option<NaiveDate>,
    pub goals: Vec<GoalFigures>,
    pub initiatives: Vec<InitiativeFigures>,
    /// How many goals have each status (for the header).
    pub goal_counts: StatusCounts,
}

impl Figures {
    /// What a comparison reads of an older version (spec §6, `compare`): each goal's,
    /// indicator's, measure's and breakdown's status and latest value, exactly as
    /// [`Figures::compute`] gives them, worked out on every core. The pace, the comparisons,
    /// Open SDG's measure and the goals' measures are left empty: these figures are compared,
    /// never shown.
    pub fn for_comparison(dataset: &Dataset) -> Self {
        gather(dataset, standing)
    }

    /// Computes every figure of the dataset, on every core: each goal's and initiative's
    /// figures are their own (as in [`Figures::for_comparison`]), and a national dataset's
    /// take a third of the time between load and first frame on one thread.
    pub fn compute(dataset: &Dataset) -> Self {
        let mut figures = gather(dataset, indicator_figures);
        let measures = status::measures_status(dataset, &figures.initiatives);
        for (goal, (status, counts)) in figures.goals.iter_mut().zip(measures) {
            goal.measures_status = status;
            goal.measures_status_counts = counts;
        }
        figures
    }
}

/// Every goal's and initiative's figures, each indicator's and measure's by `one`, goals and
/// initiatives mapped over every core; the goals' measures status is left for the caller.
fn gather(
    dataset: &Dataset,
    one: impl Fn(&Indicator, Option<NaiveDate>) -> IndicatorFigures + Sync,
) -> Figures {
    let reference = reference_date(dataset);
    let one = &one;
    let initiatives = parallel::map(&dataset.initiatives, |ini| InitiativeFigures {
        measures: ini.measures.iter().map(|m| one(m, reference)).collect(),
    });
    let goals: Vec<GoalFigures> = parallel::map(&dataset.goals, |goal| {
        let indicators: Vec<IndicatorFigures> = goal
            .indicators
            .iter()
            .map(|ind| one(ind, reference))
            .collect();
        GoalFigures {
            status: status::goal_status(goal, &indicators),
            counts: StatusCounts::of(indicators.iter().map(|f| f.status)),
            open_sdg: goal_progress(indicators.iter().map(|f| f.open_sdg.as_ref())),
            indicators,
            measures_status: None,
            measures_status_counts: StatusCounts::default(),
        }
    });
    let goal_counts = StatusCounts::of(goals.iter().map(|g| g.status));
    Figures {
        reference_date: reference,
        goals,
        initiatives,
        goal_counts,
    }
}

#[cfg(test)]
mod tests {
    use super::{DatedValue, Figures, IndicatorFigures, Status};

    /// What a comparison reads of one indicator's figures.
    fn read(f: &IndicatorFigures) -> Vec<(Status, Option<DatedValue>)> {
        std::iter::once(f)
            .chain(&f.breakdowns)
            .map(|f| (f.status, f.latest))
            .collect()
    }

    #[test]
    fn for_comparison_reads_as_compute_gives() {
        let loaded = crate::load::load_bytes(crate::bundled::BYTES, "bundled");
        let dataset = loaded.dataset.expect("the bundled dataset loads");
        let (all, lean) = (
            Figures::compute(&dataset),
            Figures::for_comparison(&dataset),
        );
        assert_eq!(all.reference_date, lean.reference_date);
        assert_eq!(all.goal_counts, lean.goal_counts);
        for (a, b) in all.goals.iter().zip(&lean.goals) {
            assert_eq!(a.status, b.status);
            let a: Vec<_> = a.indicators.iter().map(read).collect();
            let b: Vec<_> = b.indicators.iter().map(read).collect();
            assert_eq!(a, b);
        }
        for (a, b) in all.initiatives.iter().zip(&lean.initiatives) {
            let a: Vec<_> = a.measures.iter().map(read).collect();
            let b: Vec<_> = b.measures.iter().map(read).collect();
            assert_eq!(a, b);
        }
        assert_eq!(all.goals.len(), lean.goals.len());
        assert_eq!(all.initiatives.len(), lean.initiatives.len());
    }
}
