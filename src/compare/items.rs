//! Goals, indicators (with measures) and initiatives matched by id between two versions.
//! Ids are looked up in hash maps, so a national dataset with a hundred thousand indicators
//! compares in one pass over each version.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::{
    GoalChange, IndicatorChange, InitiativeChange, NewNote, NewUpdate, Parent, breakdowns, points,
};
use crate::figures::{Figures, IndicatorFigures};
use crate::model::{Dataset, GoalId, Indicator, IndicatorId, Initiative, InitiativeId, Period};

type Version<'a> = (&'a Dataset, &'a Figures);

/// Goals whose status changed, the notes written since, and goals added and removed.
pub fn goals(
    old: Version<'_>,
    new: Version<'_>,
) -> (Vec<GoalChange>, Vec<NewNote>, Vec<GoalId>, Vec<GoalId>) {
    let by_id: HashMap<&GoalId, usize> = old
        .0
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| (&g.id, i))
        .collect();
    let (mut changes, mut notes, mut added) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = HashSet::with_capacity(new.0.goals.len());
    for (goal, figures) in new.0.goals.iter().zip(&new.1.goals) {
        seen.insert(&goal.id);
        let Some(&at) = by_id.get(&goal.id) else {
            added.push(goal.id.clone());
            continue;
        };
        let (old_goal, old_status) = (&old.0.goals[at], old.1.goals.get(at).map(|f| f.status));
        if let Some(was) = old_status.filter(|&s| s != figures.status) {
            changes.push(GoalChange {
                id: goal.id.clone(),
                status: (was, figures.status),
            });
        }
        let old_notes = old_goal.notes.iter().map(|n| (n.date, n.text.as_str()));
        let new_notes = goal.notes.iter().map(|n| (n.date, n.text.as_str()));
        notes.extend(
            written_since(old_notes, new_notes).map(|(date, text)| NewNote {
                goal: goal.id.clone(),
                date,
                text: text.to_owned(),
            }),
        );
    }
    let mut removed: Vec<GoalId> = old
        .0
        .goals
        .iter()
        .filter(|g| !seen.contains(&g.id))
        .map(|g| g.id.clone())
        .collect();
    changes.sort_by(|a, b| a.id.cmp(&b.id));
    notes.sort_by(|a, b| a.goal.cmp(&b.goal).then(a.date.cmp(&b.date)));
    added.sort();
    removed.sort();
    (changes, notes, added, removed)
}

/// Dated texts of the new version that the old one does not have (each old one used once),
/// sorted by date, stable.
fn written_since<'a>(
    old: impl Iterator<Item = (Period, &'a str)>,
    new: impl Iterator<Item = (Period, &'a str)>,
) -> impl Iterator<Item = (Period, &'a str)> {
    let mut left: HashMap<(Period, &str), usize> = HashMap::new();
    for key in old {
        *left.entry(key).or_default() += 1;
    }
    let mut fresh: Vec<(Period, &str)> = new
        .filter(|key| match left.get_mut(key) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect();
    fresh.sort_by_key(|(date, _)| *date);
    fresh.into_iter()
}

/// Every indicator and measure of a version with where it belongs and its figures.
fn every_indicator(
    version: Version<'_>,
) -> impl Iterator<Item = (Parent, &Indicator, &IndicatorFigures)> {
    let (data, figures) = version;
    let of_goals = data.goals.iter().zip(&figures.goals).flat_map(|(g, f)| {
        g.indicators
            .iter()
            .zip(&f.indicators)
            .map(|(i, f)| (Parent::Goal(g.id.clone()), i, f))
    });
    let of_initiatives = data
        .initiatives
        .iter()
        .zip(&figures.initiatives)
        .flat_map(|(ini, f)| {
            ini.measures
                .iter()
                .zip(&f.measures)
                .map(|(m, f)| (Parent::Initiative(ini.id.clone()), m, f))
        });
    of_goals.chain(of_initiatives)
}

type Added = Vec<(IndicatorId, Parent)>;

/// Indicators and measures with a change, and those added and removed, each by id.
pub fn indicators(old: Version<'_>, new: Version<'_>) -> (Vec<IndicatorChange>, Added, Added) {
    let mut by_id: HashMap<&IndicatorId, (Parent, &Indicator, &IndicatorFigures)> = HashMap::new();
    for (parent, ind, f) in every_indicator(old) {
        by_id.insert(&ind.id, (parent, ind, f));
    }
    let (mut changes, mut added) = (Vec::new(), Vec::new());
    for (parent, ind, f) in every_indicator(new) {
        match by_id.remove(&ind.id) {
            Some((_, old_ind, old_f)) => {
                changes.extend(indicator_change(parent, (old_ind, old_f), (ind, f)));
            }
            None => added.push((ind.id.clone(), parent)),
        }
    }
    let mut removed: Added = by_id
        .into_values()
        .map(|(parent, ind, _)| (ind.id.clone(), parent))
        .collect();
    changes.sort_by(|a, b| a.id.cmp(&b.id));
    added.sort();
    removed.sort();
    (changes, added, removed)
}

/// What changed in one indicator, if anything.
fn indicator_change(
    of: Parent,
    old: (&Indicator, &IndicatorFigures),
    new: (&Indicator, &IndicatorFigures),
) -> Option<IndicatorChange> {
    let status = (old.1.status != new.1.status).then_some((old.1.status, new.1.status));
    let latest = (old.1.latest != new.1.latest).then_some((old.1.latest, new.1.latest));
    let points = points::diff(
        breakdowns::compared(&old.0.series),
        breakdowns::compared(&new.0.series),
    );
    let breakdowns = breakdowns::diff(
        (&old.0.breakdowns, &old.1.breakdowns),
        (&new.0.breakdowns, &new.1.breakdowns),
    );
    if status.is_none() && latest.is_none() && points.is_empty() && breakdowns.is_empty() {
        return None;
    }
    Some(IndicatorChange {
        id: new.0.id.clone(),
        of,
        status,
        latest,
        points,
        breakdowns,
    })
}

/// Initiatives with a change, and those added and removed, each by id.
pub fn initiatives(
    old: &Dataset,
    new: &Dataset,
) -> (Vec<InitiativeChange>, Vec<InitiativeId>, Vec<InitiativeId>) {
    let by_id: HashMap<&InitiativeId, &Initiative> =
        old.initiatives.iter().map(|i| (&i.id, i)).collect();
    let (mut changes, mut added) = (Vec::new(), Vec::new());
    let mut seen = HashSet::with_capacity(new.initiatives.len());
    for ini in &new.initiatives {
        seen.insert(&ini.id);
        match by_id.get(&ini.id) {
            Some(was) => changes.extend(initiative_change(was, ini)),
            None => added.push(ini.id.clone()),
        }
    }
    let mut removed: Vec<InitiativeId> = old
        .initiatives
        .iter()
        .filter(|i| !seen.contains(&i.id))
        .map(|i| i.id.clone())
        .collect();
    changes.sort_by(|a, b| a.id.cmp(&b.id));
    added.sort();
    removed.sort();
    (changes, added, removed)
}

fn initiative_change(old: &Initiative, new: &Initiative) -> Option<InitiativeChange> {
    let status = (old.status != new.status).then_some((old.status, new.status));
    let new_updates: Vec<NewUpdate> = written_since(
        old.updates.iter().map(|u| (u.date, u.text.as_str())),
        new.updates.iter().map(|u| (u.date, u.text.as_str())),
    )
    .map(|(date, text)| NewUpdate {
        date,
        text: text.to_owned(),
    })
    .collect();
    let was_done: HashSet<&str> = old
        .milestones
        .iter()
        .filter(|m| m.done)
        .map(|m| m.title.as_str())
        .collect();
    let mut done: Vec<(Period, &str)> = new
        .milestones
        .iter()
        .filter(|m| m.done && !was_done.contains(m.title.as_str()))
        .map(|m| (m.date, m.title.as_str()))
        .collect();
    done.sort_by_key(|(date, _)| *date);
    let milestones_done: Vec<String> = done.into_iter().map(|(_, t)| t.to_owned()).collect();
    if status.is_none() && new_updates.is_empty() && milestones_done.is_empty() {
        return None;
    }
    Some(InitiativeChange {
        id: new.id.clone(),
        status,
        new_updates,
        milestones_done,
    })
}
