//! Statuses and trends, and the rule for a goal's status.

use foldhash::{HashMap, HashMapExt};

use super::{IndicatorFigures, InitiativeFigures};
use crate::model::{Dataset, Goal, GoalId, InitiativeStatus};

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

    /// The worse of two statuses (the first when they rank the same).
    fn min_by_rank(self, other: Status) -> Status {
        if other.rank() < self.rank() {
            other
        } else {
            self
        }
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

    fn add(&mut self, status: Status) {
        self.0[status as usize] += 1;
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

/// The worst status and the counts of some measures.
pub(super) type MeasuresStatus = (Option<Status>, StatusCounts);

/// v1.1 §4, for every goal (in the dataset's order): the worst status (and the counts) among
/// the measures with a target and data of the initiatives that serve it and are not
/// cancelled. One pass over the initiatives: asking each goal in turn to look through all of
/// them took seconds on a national dataset (1,000 goals × 50,000 initiatives).
pub(super) fn measures_status(
    dataset: &Dataset,
    initiatives: &[InitiativeFigures],
) -> Vec<MeasuresStatus> {
    let mut by_goal: HashMap<&GoalId, MeasuresStatus> = HashMap::with_capacity(dataset.goals.len());
    for goal in &dataset.goals {
        by_goal.insert(&goal.id, (None, StatusCounts::default()));
    }
    let serving = dataset
        .initiatives
        .iter()
        .zip(initiatives)
        .filter(|(ini, _)| ini.status != InitiativeStatus::Cancelled);
    for (ini, f) in serving {
        let judged = || {
            ini.measures
                .iter()
                .zip(&f.measures)
                .filter(|(m, f)| m.target.is_some() && f.latest.is_some())
                .map(|(_, f)| f.status)
        };
        for (i, goal) in ini.goals.iter().enumerate() {
            // A goal named twice by one initiative counts its measures once.
            if ini.goals[..i].contains(goal) {
                continue;
            }
            let Some((worst, counts)) = by_goal.get_mut(goal) else {
                continue;
            };
            for status in judged() {
                counts.add(status);
                *worst = Some(worst.map_or(status, |w| w.min_by_rank(status)));
            }
        }
    }
    dataset
        .goals
        .iter()
        .map(|g| by_goal.get(&g.id).copied().unwrap_or_default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::indicator_figures;
    use crate::model::{Direction, GoalId, Indicator, IndicatorId, Point, Target};

    fn ind(target: Option<f64>, values: &[f64]) -> Indicator {
        Indicator {
            id: IndicatorId::from("i"),
            title: "i".into(),
            unit: None,
            decimals: None,
            direction: if target.is_some() {
                Direction::Decrease
            } else {
                Direction::None
            },
            baseline: None,
            target: target.map(|value| Target {
                value,
                date: None,
                label: None,
            }),
            series: values
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let year = crate::model::Period::year(2010 + i as i32).expect("year");
                    Point::new(year, Some(v))
                })
                .collect(),
            comparisons: Vec::new(),
            source: None,
            description: None,
            frequency: None,
            breakdowns: Vec::new(),
            open_sdg: None,
        }
    }

    fn goal_of(indicators: Vec<Indicator>) -> Status {
        let goal = Goal {
            id: GoalId::from("g"),
            code: None,
            title: "g".into(),
            description: None,
            owners: Vec::new(),
            tags: Vec::new(),
            indicators,
            notes: Vec::new(),
        };
        let figures: Vec<_> = goal
            .indicators
            .iter()
            .map(|i| indicator_figures(i, None))
            .collect();
        goal_status(&goal, &figures)
    }

    #[test]
    fn worst_judged_indicator_decides() {
        // achieved (5 ≤ 10) and off_track (worsening, no deadline): off_track is worse.
        let status = goal_of(vec![
            ind(Some(10.0), &[20.0, 5.0]),
            ind(Some(10.0), &[20.0, 25.0]),
        ]);
        assert_eq!(status, Status::OffTrack);
        // indicators without a target do not count.
        assert_eq!(
            goal_of(vec![ind(Some(10.0), &[20.0, 5.0]), ind(None, &[1.0, 9.0])]),
            Status::Achieved
        );
    }

    #[test]
    fn without_judged_indicators() {
        assert_eq!(goal_of(vec![]), Status::NoData);
        assert_eq!(
            goal_of(vec![ind(None, &[1.0]), ind(Some(3.0), &[])]),
            Status::NoData
        );
        assert_eq!(goal_of(vec![ind(None, &[1.0, 2.0])]), Status::NoTarget);
    }

    #[test]
    fn counts_list_nonzero_worst_first() {
        let counts = StatusCounts::of([Status::OnTrack, Status::AtRisk, Status::OnTrack]);
        assert_eq!(
            counts.nonzero().collect::<Vec<_>>(),
            vec![(Status::AtRisk, 1), (Status::OnTrack, 2)]
        );
        assert_eq!(counts.get(Status::Missed), 0);
    }

    /// A goal's measures status and its nonzero counts.
    type Shown = (Option<Status>, Vec<(Status, usize)>);

    #[test]
    fn measures_status_per_goal_in_one_pass() {
        let measure = |id: &str, target: Option<f64>, values: [f64; 2]| {
            let target = target.map_or(String::new(), |t| {
                format!(r#","target":{{"value":{t},"date":"2030"}}"#)
            });
            format!(
                r#"{{"id":"{id}","title":"{id}","direction":"decrease"{target},"series":[{{"date":"2015","value":{}}},{{"date":"2016","value":{}}}]}}"#,
                values[0], values[1]
            )
        };
        let initiative = |id: &str, status: &str, goals: &str, measures: Vec<String>| {
            format!(
                r#"{{"id":"{id}","title":"{id}","status":"{status}","goals":{goals},"measures":[{}]}}"#,
                measures.join(",")
            )
        };
        let goal = |id: &str| format!(r#"{{"id":"{id}","title":"{id}","indicators":[]}}"#);
        let text = format!(
            r#"{{"format":"goalboard/1","title":"t","as_of":"2016","goals":[{},{},{}],"initiatives":[{},{},{}]}}"#,
            goal("a"),
            goal("b"),
            goal("c"),
            // Named twice: its measures count once. The one without a target is not judged.
            initiative(
                "one",
                "active",
                r#"["a","b","a"]"#,
                vec![
                    measure("m1", Some(5.0), [10.0, 4.0]),
                    measure("m2", None, [1.0, 2.0]),
                ]
            ),
            initiative(
                "two",
                "active",
                r#"["b"]"#,
                vec![measure("m3", Some(0.0), [10.0, 11.0])]
            ),
            initiative(
                "gone",
                "cancelled",
                r#"["a"]"#,
                vec![measure("m4", Some(0.0), [10.0, 11.0])]
            ),
        );
        let loaded = crate::load::load_bytes(text.as_bytes(), "t.json");
        let dataset = loaded.dataset.expect("loads");
        let figures = crate::figures::Figures::compute(&dataset);
        let got: Vec<Shown> = figures
            .goals
            .iter()
            .map(|g| {
                (
                    g.measures_status,
                    g.measures_status_counts.nonzero().collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(Status::Achieved), vec![(Status::Achieved, 1)]),
                (
                    Some(Status::OffTrack),
                    vec![(Status::OffTrack, 1), (Status::Achieved, 1)]
                ),
                (None, vec![]),
            ]
        );
    }
}
