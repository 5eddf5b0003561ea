//! Open SDG's measure of one indicator of the dataset: its `open_sdg` member's options, each on
//! the headline or the breakdown it names, through the pure measure of `figures::open_sdg`.
//! The JSON report writes the result as spec v1.1 section 5 shows it.

use serde::Serialize;

use super::open_sdg::{
    ProgressOptions, ProgressStatus, SeriesProgress, ThresholdOverride, Way, indicator_progress,
    series_progress,
};
use crate::model::{Indicator, OpenSdgDirection, Point};

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
            let options = ProgressOptions {
                base_year: o.base_year,
                target_year: o.target_year,
                target: o.target,
                way: match o.direction {
                    OpenSdgDirection::Decrease => Way::Decrease,
                    OpenSdgDirection::Increase => Way::Increase,
                },
                limit: o.limit,
                thresholds: o.thresholds.map_or_else(ThresholdOverride::default, |t| {
                    ThresholdOverride {
                        high: t.high,
                        med: t.med,
                        low: t.low,
                    }
                }),
            };
            series_progress(&years(series), &options)
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
