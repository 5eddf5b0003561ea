//! Open SDG's measure of one indicator of the dataset: its `open_sdg` member's options, each on
//! the headline or the breakdown it names, through the pure measure of `figures::open_sdg`.
//! The JSON report writes the result as spec v1.1 section 5 shows it.

use serde::Serialize;

use super::open_sdg::{
    ProgressOptions, ProgressStatus, SeriesProgress, ThresholdOverride, Way, indicator_progress,
    series_progress,
};
use crate::model::{Indicator, OpenSdgDirection, OpenSdgOption, Point};

/// One option's components, with the breakdown it was computed on (`None`: the headline).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionFigures {
    pub breakdown: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(flatten)]
    pub series: SeriesProgress,
}

/// The indicator's Open SDG status: computed, or the manual status as the source writes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenSdgFigures {
    pub status: String,
    pub score: Option<f64>,
    pub options: Vec<OptionFigures>,
}

impl OpenSdgFigures {
    /// The computed status, or a manual one when it is one of Open SDG's words.
    pub fn progress_status(&self) -> Option<ProgressStatus> {
        ProgressStatus::parse(&self.status)
    }
}

/// A goal's Open SDG status: the indicators' rule over their scores (spec v1.1 section 5).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GoalProgress {
    pub status: ProgressStatus,
    pub score: Option<f64>,
}

/// The mean of the indicators' available scores; `target_achieved` when every indicator with
/// a score achieved its target. Manual statuses have no score and take no part. `None` when no
/// indicator has an `open_sdg` member.
pub fn goal_progress<'a>(
    indicators: impl IntoIterator<Item = Option<&'a OpenSdgFigures>>,
) -> Option<GoalProgress> {
    let mut any = false;
    let (mut sum, mut n, mut achieved) = (0.0, 0usize, true);
    for f in indicators.into_iter().flatten() {
        any = true;
        if let Some(score) = f.score {
            sum += score;
            n += 1;
            achieved &= f.progress_status() == Some(ProgressStatus::TargetAchieved);
        }
    }
    let score = (n > 0).then(|| sum / n as f64);
    any.then(|| GoalProgress {
        status: ProgressStatus::from_score(score, n > 0 && achieved),
        score,
    })
}

/// The measure of an indicator with an `open_sdg` member; `None` without one.
pub fn open_sdg_figures(ind: &Indicator) -> Option<OpenSdgFigures> {
    let member = ind.open_sdg.as_ref()?;
    if !member.auto {
        let status = member
            .status
            .clone()
            .unwrap_or_else(|| ProgressStatus::NotAvailable.name().to_owned());
        return Some(OpenSdgFigures {
            status,
            score: None,
            options: Vec::new(),
        });
    }
    let mut breakdowns = Vec::new();
    let each: Vec<SeriesProgress> = member
        .options
        .iter()
        .map(|o| {
            let series: &[Point] = match &o.breakdown {
                None => &ind.series,
                Some(dims) => ind
                    .breakdowns
                    .iter()
                    .find(|b| same_dimensions(&b.dimensions, dims))
                    .map_or(&[], |b| &b.series),
            };
            breakdowns.push(o.breakdown.as_ref().map(|dims| {
                dims.iter()
                    .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                    .collect()
            }));
            series_progress(&years(series), &progress_options(o))
        })
        .collect();
    let result = indicator_progress(each);
    Some(OpenSdgFigures {
        status: result.status.name().to_owned(),
        score: result.score,
        options: breakdowns
            .into_iter()
            .zip(result.options)
            .map(|(breakdown, series)| OptionFigures { breakdown, series })
            .collect(),
    })
}

/// An option of the file as the progress calculation takes it.
fn progress_options(o: &OpenSdgOption) -> ProgressOptions {
    ProgressOptions {
        base_year: o.base_year,
        target_year: o.target_year,
        target: o.target,
        way: match o.direction {
            OpenSdgDirection::Decrease => Way::Decrease,
            OpenSdgDirection::Increase => Way::Increase,
        },
        limit: o.limit,
        thresholds: o
            .thresholds
            .map_or_else(ThresholdOverride::default, |t| ThresholdOverride {
                high: t.high,
                med: t.med,
                low: t.low,
            }),
    }
}

/// The calendar year and value of each measured point (planned points take part in nothing).
fn years(series: &[Point]) -> Vec<(i32, f64)> {
    series
        .iter()
        .filter_map(|p| p.measured_value().map(|v| (p.date.year_number(), v)))
        .collect()
}

fn same_dimensions(a: &[(String, String)], b: &[(String, String)]) -> bool {
    a.len() == b.len() && a.iter().all(|pair| b.contains(pair))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(status: ProgressStatus, score: Option<f64>) -> OpenSdgFigures {
        OpenSdgFigures {
            status: status.name().to_owned(),
            score,
            options: Vec::new(),
        }
    }

    #[test]
    fn a_goal_takes_the_mean_of_the_available_scores() {
        let a = ind(ProgressStatus::SubstantialProgress, Some(4.0));
        let b = ind(ProgressStatus::Deterioration, Some(-3.0));
        let manual = ind(ProgressStatus::Deterioration, None);
        let g = goal_progress([Some(&a), None, Some(&b), Some(&manual)]).unwrap();
        assert_eq!(g.score, Some(0.5));
        assert_eq!(g.status, ProgressStatus::ModerateProgress);
        let g = goal_progress([Some(&b)]).unwrap();
        assert_eq!(g.status, ProgressStatus::Deterioration);
    }

    #[test]
    fn a_goal_achieves_only_when_every_scored_indicator_does() {
        let done = ind(ProgressStatus::TargetAchieved, Some(5.0));
        let almost = ind(ProgressStatus::SubstantialProgress, Some(4.0));
        let g = goal_progress([Some(&done), Some(&done)]).unwrap();
        assert_eq!(g.status, ProgressStatus::TargetAchieved);
        let g = goal_progress([Some(&done), Some(&almost)]).unwrap();
        assert_eq!(g.status, ProgressStatus::SubstantialProgress);
        assert_eq!(g.score, Some(4.5));
    }

    #[test]
    fn a_goal_without_scores_is_not_available_and_without_members_has_none() {
        let manual = ind(ProgressStatus::TargetAchieved, None);
        let g = goal_progress([Some(&manual)]).unwrap();
        assert_eq!(g.status, ProgressStatus::NotAvailable);
        assert_eq!(g.score, None);
        assert_eq!(goal_progress([None, None]), None);
    }
}
