//! The changes of some goals only: `report --goal … --since …` and `y` in the dashboard, which
//! copies the changes of the goal in view. A goal's changes are its own, its indicators', and
//! those of the initiatives that serve it (with their measures).

use foldhash::HashSet;

use super::{Changes, Items, Parent};
use crate::model::{Dataset, GoalId, InitiativeId};

impl Changes {
    /// The changes of the goals named, with the initiatives that serve them in `current`.
    #[must_use]
    pub fn for_goals(&self, goals: &[GoalId], current: &Dataset) -> Changes {
        let scope = Scope::new(goals, current);
        let (goals, initiatives) = (&scope.goals, &scope.initiatives);
        Changes {
            since: self.since.clone(),
            goals: self
                .goals
                .iter()
                .filter(|g| goals.contains(&g.id))
                .cloned()
                .collect(),
            indicators: self
                .indicators
                .iter()
                .filter(|i| scope.keeps(&i.of))
                .cloned()
                .collect(),
            initiatives: self
                .initiatives
                .iter()
                .filter(|i| initiatives.contains(&i.id))
                .cloned()
                .collect(),
            notes: self
                .notes
                .iter()
                .filter(|n| goals.contains(&n.goal))
                .cloned()
                .collect(),
            added: scope.items(&self.added),
            removed: scope.items(&self.removed),
        }
    }
}

/// The goals asked for and the initiatives that serve them in the current version.
struct Scope<'a> {
    goals: HashSet<&'a GoalId>,
    initiatives: HashSet<&'a InitiativeId>,
}

impl<'a> Scope<'a> {
    fn new(goals: &'a [GoalId], current: &'a Dataset) -> Self {
        let goals: HashSet<&GoalId> = goals.iter().collect();
        let initiatives = current
            .initiatives
            .iter()
            .filter(|i| i.goals.iter().any(|g| goals.contains(g)))
            .map(|i| &i.id)
            .collect();
        Self { goals, initiatives }
    }

    /// Whether an indicator or measure of this parent is in scope.
    fn keeps(&self, parent: &Parent) -> bool {
        match parent {
            Parent::Goal(g) => self.goals.contains(g),
            Parent::Initiative(i) => self.initiatives.contains(i),
        }
    }

    /// The added or removed items in scope.
    fn items(&self, all: &Items) -> Items {
        Items {
            goals: all
                .goals
                .iter()
                .filter(|g| self.goals.contains(g))
                .cloned()
                .collect(),
            indicators: all
                .indicators
                .iter()
                .filter(|(_, p)| self.keeps(p))
                .cloned()
                .collect(),
            initiatives: all
                .initiatives
                .iter()
                .filter(|i| self.initiatives.contains(i))
                .cloned()
                .collect(),
        }
    }
}
