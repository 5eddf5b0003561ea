//! Statuses and trends, and the rule for a goal's status.

use super::IndicatorFigures;
use crate::model::Goal;

/// The status of an indicator or a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Missed,
    OffTrack,
    AtRisk,
    InsufficientData,
    OnTrack,
    Achieved,
    NoTarget,
    NoData,
}

impl Status {
    /// Every status, worst first, then the two without a verdict.
    pub const ALL: [Status; 8] = [
        Status::Missed,
        Status::OffTrack,
        Status::AtRisk,
        Status::InsufficientData,
        Status::OnTrack,
        Status::Achieved,
        Status::NoTarget,
        Status::NoData,
    ];

    /// The name used in JSON and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Status::Missed => "missed",
            Status::OffTrack => "off_track",
            Status::AtRisk => "at_risk",
            Status::InsufficientData => "insufficient_data",
            Status::OnTrack => "on_track",
            Status::Achieved => "achieved",
            Status::NoTarget => "no_target",
            Status::NoData => "no_data",
        }
    }

    /// Rank for "worst status" among indicators with a target and data (lower is worse).
    fn rank(self) -> u8 {
        self as u8
    }
}

/// Which way an indicator moves, judged against its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Improving,
    Worsening,
    Flat,
    /// Direction `none`, going up.
    Rising,
    /// Direction `none`, going down.
    Falling,
}

impl Trend {
    pub fn name(self) -> &'static str {
        match self {
            Trend::Improving => "improving",
            Trend::Worsening => "worsening",
            Trend::Flat => "flat",
            Trend::Rising => "rising",
            Trend::Falling => "falling",
        }
    }
}

/// How many items have each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts([usize; 8]);

impl StatusCounts {
    pub fn of(statuses: impl IntoIterator<Item = Status>) -> Self {
        let mut counts = Self::default();
        for s in statuses {
            counts.0[s as usize] += 1;
        }
        counts
    }

    pub fn get(&self, status: Status) -> usize {
        self.0[status as usize]
    }

    /// Statuses with a count above zero, worst first, with their counts.
    pub fn nonzero(&self) -> impl Iterator<Item = (Status, usize)> + '_ {
        Status::ALL
            .into_iter()
            .map(|s| (s, self.get(s)))
            .filter(|&(_, n)| n > 0)
    }
}

/// The worst status among indicators with a target and data; else `no_data` when there are no
/// indicators or one has a target but no data; else `no_target`.
pub(super) fn goal_status(goal: &Goal, figures: &[IndicatorFigures]) -> Status {
    let judged = goal
        .indicators
        .iter()
        .zip(figures)
        .filter(|(ind, f)| ind.target.is_some() && f.latest.is_some())
        .map(|(_, f)| f.status)
        .min_by_key(|s| s.rank());
    if let Some(worst) = judged {
        return worst;
    }
    let target_without_data = goal
        .indicators
        .iter()
        .zip(figures)
        .any(|(ind, f)| ind.target.is_some() && f.latest.is_none());
    if goal.indicators.is_empty() || target_without_data {
        Status::NoData
    } else {
        Status::NoTarget
    }
}
