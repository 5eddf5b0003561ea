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
        let goals: HashSet<&GoalId> = goals.iter().collect();
        let initiatives: HashSet<&InitiativeId> = current
            .initiatives
            .iter()
            .filter(|i| i.goals.iter().any(|g| goals.contains(g)))
            .map(|i| &i.id)
            .collect();
        let keeps = |parent: &Parent| match parent {
            Parent::Goal(g) => goals.contains(g),
            Parent::Initiative(i) => initiatives.contains(i),
        };
        let items = |all: &Items| Items {
            goals: all
                .goals
                .iter()
                .filter(|g| goals.contains(g))
                .cloned()
                .collect(),
            indicators: all
                .indicators
                .iter()
                .filter(|(_, p)| keeps(p))
                .cloned()
                .collect(),
            initiatives: all
                .initiatives
                .iter()
                .filter(|i| initiatives.contains(i))
                .cloned()
                .collect(),
        };
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
                .filter(|i| keeps(&i.of))
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
            added: items(&self.added),
            removed: items(&self.removed),
        }
    }
}
