//! The figures of the spec, computed once per load from a validated dataset: per indicator
//! (latest, change, gap, progress, trend, forecast, status; v1.1's pace, next value due and
//! run, and the same for each breakdown) and per goal (status and counts, and the status of
//! the measures of the initiatives that serve it).
//! Pure functions; formatting for people lives in `format`.

mod indicator;
pub mod open_sdg;
mod open_sdg_indicator;
pub mod pace;
mod status;

pub use indicator::{FittedLine, indicator_figures, reference_date};
pub use open_sdg_indicator::{
    GoalProgress, OpenSdgFigures, OptionFigures, goal_progress, open_sdg_figures,
};
pub use pace::Run;
pub use status::{Status, StatusCounts, Trend};

use chrono::NaiveDate;

use crate::model::{Dataset, Period};

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
    /// Computes every figure of the dataset.
    pub fn compute(dataset: &Dataset) -> Self {
        let reference = reference_date(dataset);
        let initiatives: Vec<InitiativeFigures> = dataset
            .initiatives
            .iter()
            .map(|ini| InitiativeFigures {
                measures: ini
                    .measures
                    .iter()
                    .map(|m| indicator_figures(m, reference))
                    .collect(),
            })
            .collect();
        let measures = status::measures_status(dataset, &initiatives);
        let goals: Vec<GoalFigures> = dataset
            .goals
            .iter()
            .zip(measures)
            .map(|(goal, (measures_status, measures_status_counts))| {
                let indicators: Vec<IndicatorFigures> = goal
                    .indicators
                    .iter()
                    .map(|ind| indicator_figures(ind, reference))
                    .collect();
                let status = status::goal_status(goal, &indicators);
                let open_sdg = goal_progress(indicators.iter().map(|f| f.open_sdg.as_ref()));
                let counts = StatusCounts::of(indicators.iter().map(|f| f.status));
                GoalFigures {
                    status,
                    counts,
                    indicators,
                    measures_status,
                    measures_status_counts,
                    open_sdg,
                }
            })
            .collect();
        let goal_counts = StatusCounts::of(goals.iter().map(|g| g.status));
        Figures {
            reference_date: reference,
            goals,
            initiatives,
            goal_counts,
        }
    }
}
