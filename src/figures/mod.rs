//! The figures of the spec, computed once per load from a validated dataset: per indicator
//! (latest, change, gap, progress, trend, forecast, status) and per goal (status and counts).
//! Pure functions; formatting for people lives in `format`.

mod indicator;
pub mod open_sdg;
mod status;

pub use indicator::{indicator_figures, reference_date};
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
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalFigures {
    pub status: Status,
    /// How many of the goal's indicators have each status.
    pub counts: StatusCounts,
    /// One per indicator of the goal, in the same order.
    pub indicators: Vec<IndicatorFigures>,
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
        let goals: Vec<GoalFigures> = dataset
            .goals
            .iter()
            .map(|goal| {
                let indicators: Vec<IndicatorFigures> = goal
                    .indicators
                    .iter()
                    .map(|ind| indicator_figures(ind, reference))
                    .collect();
                let status = status::goal_status(goal, &indicators);
                let counts = StatusCounts::of(indicators.iter().map(|f| f.status));
                GoalFigures {
                    status,
                    counts,
                    indicators,
                }
            })
            .collect();
        let initiatives = dataset
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
        let goal_counts = StatusCounts::of(goals.iter().map(|g| g.status));
        Figures {
            reference_date: reference,
            goals,
            initiatives,
            goal_counts,
        }
    }
}
