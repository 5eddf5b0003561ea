//! The counts behind the one-line summary ("3 new values · 1 revised · 2 status changes ·
//! 4 new notes"), computed once per comparison so a header can show them at no cost per key.

use super::Changes;

/// How many changes of each kind; the words are the reports' and the dashboard's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Points whose date is new.
    pub new_values: usize,
    /// Points whose value changed (a hole becoming a number counts).
    pub revised: usize,
    /// Points whose date is gone.
    pub removed_values: usize,
    /// Goals, indicators, measures and initiatives whose status changed.
    pub status_changes: usize,
    /// Goal notes and initiative updates written since.
    pub new_notes: usize,
    pub milestones_done: usize,
    /// Goals, indicators, measures and initiatives added.
    pub added: usize,
    /// Goals, indicators, measures and initiatives removed.
    pub removed: usize,
}

impl Summary {
    pub fn of(changes: &Changes) -> Self {
        let mut s = Summary::default();
        for ind in &changes.indicators {
            s.new_values += ind.points.new.len();
            s.revised += ind.points.revised.len();
            s.removed_values += ind.points.removed.len();
            s.status_changes += usize::from(ind.status.is_some());
        }
        s.status_changes += changes.goals.len();
        for ini in &changes.initiatives {
            s.status_changes += usize::from(ini.status.is_some());
            s.new_notes += ini.new_updates.len();
            s.milestones_done += ini.milestones_done.len();
        }
        s.new_notes += changes.notes.len();
        let count = |items: &super::Items| {
            items.goals.len() + items.indicators.len() + items.initiatives.len()
        };
        s.added = count(&changes.added);
        s.removed = count(&changes.removed);
        s
    }

    pub fn is_empty(&self) -> bool {
        *self == Summary::default()
    }
}
