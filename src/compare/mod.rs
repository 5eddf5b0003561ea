//! The changes between two versions of a dataset (spec section 6): what a goal review asks
//! first. Items are matched by id, points by date (the same period), and each version's
//! figures use its own reference date. Pure: two datasets and their figures in, a [`Changes`]
//! out; reading the older version (a file, a git revision, a review mark) is `baseline`'s work,
//! and the words for people are the reports' and the dashboard's.

mod breakdowns;
mod items;
mod points;
mod scope;
mod summary;

pub use breakdowns::BreakdownChange;
pub use points::{PointValue, Revised};
pub use summary::Summary;

use chrono::NaiveDate;

use crate::figures::{DatedValue, Figures, Status};
use crate::model::{Dataset, GoalId, IndicatorId, InitiativeId, InitiativeStatus, Period};

/// Which version the changes are counted from, as the spec's `since` gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Since {
    pub title: String,
    pub as_of: Option<Period>,
    pub reference_date: Option<NaiveDate>,
}

/// A status that changed: `[old, new]`.
pub type Transition<T> = (T, T);

/// What an indicator or measure belongs to.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Parent {
    Goal(GoalId),
    Initiative(InitiativeId),
}

/// A goal whose status changed.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalChange {
    pub id: GoalId,
    pub status: Transition<Status>,
}

/// An indicator or measure with a change in its status, its latest value or its points.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorChange {
    pub id: IndicatorId,
    /// Where it is now.
    pub of: Parent,
    pub status: Option<Transition<Status>>,
    pub latest: Option<Transition<Option<DatedValue>>>,
    pub points: PointChanges,
    /// Breakdowns matched by their dimension set that changed, were added or removed.
    pub breakdowns: Vec<BreakdownChange>,
}

/// The points of one series that were added, revised or removed, each list by date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PointChanges {
    pub new: Vec<PointValue>,
    pub revised: Vec<Revised>,
    pub removed: Vec<PointValue>,
}

impl PointChanges {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty() && self.revised.is_empty() && self.removed.is_empty()
    }
}

/// An update written since, as the initiative now has it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewUpdate {
    pub date: Period,
    pub text: String,
}

/// An initiative whose status changed, or with new updates or milestones done.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiativeChange {
    pub id: InitiativeId,
    pub status: Option<Transition<InitiativeStatus>>,
    pub new_updates: Vec<NewUpdate>,
    /// Titles of the milestones done now that were not done (or not there) before.
    pub milestones_done: Vec<String>,
}

/// A goal's status note written since. Not in the spec's JSON (which lists a goal only when
/// its status changed), but the first thing read out in a meeting, so text, markdown and the
/// dashboard show it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewNote {
    pub goal: GoalId,
    pub date: Period,
    pub text: String,
}

/// Items present in one version only, each list by id. Indicators keep their parent (in the
/// version that has them) so a report on some goals can pick theirs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Items {
    pub goals: Vec<GoalId>,
    pub indicators: Vec<(IndicatorId, Parent)>,
    pub initiatives: Vec<InitiativeId>,
}

impl Items {
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.indicators.is_empty() && self.initiatives.is_empty()
    }
}

/// Everything that changed from an older version to the current one.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    pub since: Since,
    pub goals: Vec<GoalChange>,
    pub indicators: Vec<IndicatorChange>,
    pub initiatives: Vec<InitiativeChange>,
    pub notes: Vec<NewNote>,
    pub added: Items,
    pub removed: Items,
}

impl Changes {
    /// Compares the older version with the current one. Each version's figures must be its
    /// own (`Figures::compute` of that dataset, or `Figures::for_comparison`, which is all
    /// this reads).
    pub fn between(old: (&Dataset, &Figures), new: (&Dataset, &Figures)) -> Self {
        let (old_data, old_figures) = old;
        let since = Since {
            title: old_data.title.clone(),
            as_of: old_data.as_of,
            reference_date: old_figures.reference_date,
        };
        let (goals, notes, added_goals, removed_goals) = items::goals(old, new);
        let (indicators, added_ind, removed_ind) = items::indicators(old, new);
        let (initiatives, added_ini, removed_ini) = items::initiatives(old_data, new.0);
        Self {
            since,
            goals,
            indicators,
            initiatives,
            notes,
            added: Items {
                goals: added_goals,
                indicators: added_ind,
                initiatives: added_ini,
            },
            removed: Items {
                goals: removed_goals,
                indicators: removed_ind,
                initiatives: removed_ini,
            },
        }
    }

    /// Whether nothing changed (every list empty).
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty()
            && self.indicators.is_empty()
            && self.initiatives.is_empty()
            && self.notes.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
    }

    /// The counts a header line shows.
    pub fn summary(&self) -> Summary {
        Summary::of(self)
    }
}

#[cfg(test)]
mod tests;
