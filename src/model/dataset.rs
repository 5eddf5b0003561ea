//! The validated dataset: what the rest of the program reads. Built only by `load`, after
//! every check has passed, so its invariants hold (ids resolve, series sorted, dates valid).

use super::breakdown::{Breakdown, Frequency};
use super::ids::{GoalId, IndicatorId, InitiativeId, OwnerId};
use super::open_sdg::{OpenSdg, StatusMethod};
use super::period::Period;
use super::point::Point;

/// The UI and report language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Da,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "en" => Some(Lang::En),
            "da" => Some(Lang::Da),
            _ => None,
        }
    }
}

/// Which way is better for an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Lower is better.
    Decrease,
    /// Higher is better.
    Increase,
    /// Neither: counts shown for context.
    None,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Decrease => "decrease",
            Direction::Increase => "increase",
            Direction::None => "none",
        }
    }
}

/// Where an initiative stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InitiativeStatus {
    Planned,
    #[default]
    Active,
    Paused,
    Completed,
    Cancelled,
}

impl InitiativeStatus {
    pub const ALL: [InitiativeStatus; 5] = [
        InitiativeStatus::Planned,
        InitiativeStatus::Active,
        InitiativeStatus::Paused,
        InitiativeStatus::Completed,
        InitiativeStatus::Cancelled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            InitiativeStatus::Planned => "planned",
            InitiativeStatus::Active => "active",
            InitiativeStatus::Paused => "paused",
            InitiativeStatus::Completed => "completed",
            InitiativeStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.name() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub title: String,
    pub organization: Option<String>,
    pub description: Option<String>,
    pub as_of: Option<Period>,
    /// As written; `None` when the file names no language (the UI then asks the config).
    pub language: Option<Lang>,
    /// Which status the UI shows (v1.1; the v1 rules by default).
    pub status_method: StatusMethod,
    pub owners: Vec<Owner>,
    pub goals: Vec<Goal>,
    pub initiatives: Vec<Initiative>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    pub id: OwnerId,
    pub name: String,
    pub short: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub id: GoalId,
    pub code: Option<String>,
    pub title: String,
    pub description: Option<String>,
    pub owners: Vec<OwnerId>,
    pub tags: Vec<String>,
    pub indicators: Vec<Indicator>,
    pub notes: Vec<Note>,
}

/// A dated status note on a goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub date: Period,
    pub text: String,
}

/// An indicator of a goal, or a measure of an initiative: the same shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: IndicatorId,
    pub title: String,
    pub unit: Option<String>,
    pub decimals: Option<u8>,
    /// As written, or inferred from the target (see the spec's Direction).
    pub direction: Direction,
    pub baseline: Option<Baseline>,
    pub target: Option<Target>,
    /// Sorted by date (stable).
    pub series: Vec<Point>,
    pub comparisons: Vec<Comparison>,
    pub source: Option<String>,
    pub description: Option<String>,
    /// How often a value is due (v1.1); `None`: inferred from the series where needed.
    pub frequency: Option<Frequency>,
    /// The same indicator split by dimensions (v1.1); the indicator's own series is the total.
    pub breakdowns: Vec<Breakdown>,
    /// Open SDG's progress measure, as written (v1.1).
    pub open_sdg: Option<OpenSdg>,
}

impl Indicator {
    /// Whether values are percentages, so changes are shown in percentage points.
    pub fn is_percent(&self) -> bool {
        self.unit.as_deref() == Some("%")
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Baseline {
    pub date: Period,
    pub value: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub value: f64,
    /// The deadline: the target is due by the last day of this period.
    pub date: Option<Period>,
    pub label: Option<String>,
}

/// A benchmark series shown beside an indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub label: String,
    /// Sorted by date (stable).
    pub series: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Initiative {
    pub id: InitiativeId,
    pub title: String,
    pub goals: Vec<GoalId>,
    pub owners: Vec<OwnerId>,
    pub tags: Vec<String>,
    pub description: Option<String>,
    pub status: InitiativeStatus,
    pub start: Option<Period>,
    pub end: Option<Period>,
    pub milestones: Vec<Milestone>,
    /// As written in the file (see `latest_update` for the newest).
    pub updates: Vec<Update>,
    pub measures: Vec<Indicator>,
}

impl Initiative {
    /// The newest update (the last written of those on the newest date: `max_by_key` keeps
    /// the last of equal maxima).
    pub fn latest_update(&self) -> Option<&Update> {
        self.updates.iter().max_by_key(|u| u.date)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    pub date: Period,
    pub title: String,
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Update {
    pub date: Period,
    pub text: String,
    pub status: Option<InitiativeStatus>,
}

impl Dataset {
    /// The dataset's language, English when it names none (the spec's default).
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_default()
    }

    /// Initiatives that serve a goal, in file order.
    pub fn initiatives_for<'a>(&'a self, goal: &'a GoalId) -> impl Iterator<Item = &'a Initiative> {
        self.initiatives
            .iter()
            .filter(move |i| i.goals.contains(goal))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_update_is_the_last_written_on_the_newest_date() {
        let update = |date: &str, text: &str| Update {
            date: date.parse().expect("period"),
            text: text.into(),
            status: None,
        };
        let initiative = Initiative {
            id: InitiativeId::from("i"),
            title: "i".into(),
            goals: Vec::new(),
            owners: Vec::new(),
            tags: Vec::new(),
            description: None,
            status: InitiativeStatus::Active,
            start: None,
            end: None,
            milestones: Vec::new(),
            updates: vec![
                update("2017-03", "a"),
                update("2017-03", "b"),
                update("2016", "c"),
            ],
            measures: Vec::new(),
        };
        assert_eq!(
            initiative.latest_update().map(|u| u.text.as_str()),
            Some("b")
        );
    }
}
