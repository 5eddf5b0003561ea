//! Positions by id, built once per dataset: looking each reference up by scanning the lists
//! made preparing a national dataset (1,000 goals, 50,000 initiatives) quadratic. The dashboard
//! keeps one beside its data; a report builds one when it looks many references up.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{Dataset, Goal, GoalId, Indicator, Initiative, Owner, OwnerId};

/// Where an indicator or a measure is, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndicatorAt {
    /// Indicator `index` of goal `goal`.
    Goal { goal: usize, index: usize },
    /// Measure `index` of initiative `initiative`.
    Measure { initiative: usize, index: usize },
}

/// Goals, owners, initiatives and indicators by id. Ids are unique in a checked dataset; a
/// dataset built in code may repeat one, and then the first counts (as [`Dataset::goal`] and
/// [`Dataset::owner`] find it), except that [`IdIndex::goals`] gives every goal of an id.
#[derive(Clone, Debug, Default)]
pub struct IdIndex {
    goals: HashMap<String, Vec<usize>>,
    owners: HashMap<String, usize>,
    initiatives: HashMap<String, usize>,
    indicators: HashMap<String, IndicatorAt>,
}

impl IdIndex {
    /// Everything by id.
    pub fn new(dataset: &Dataset) -> Self {
        let mut index = Self::references(dataset);
        index.initiatives.reserve(dataset.initiatives.len());
        for (g, goal) in dataset.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                let at = IndicatorAt::Goal { goal: g, index: i };
                index.indicators.entry(ind.id.to_string()).or_insert(at);
            }
        }
        for (n, ini) in dataset.initiatives.iter().enumerate() {
            index.initiatives.entry(ini.id.to_string()).or_insert(n);
            for (i, m) in ini.measures.iter().enumerate() {
                let at = IndicatorAt::Measure {
                    initiative: n,
                    index: i,
                };
                index.indicators.entry(m.id.to_string()).or_insert(at);
            }
        }
        index
    }

    /// Only what other items refer to, goals and owners (so [`IdIndex::initiative`] and
    /// [`IdIndex::indicator`] find nothing): all the dashboard's first frame needs, at a fraction
    /// of the cost on a national dataset (50,000 initiatives, 100,000 indicators).
    pub fn references(dataset: &Dataset) -> Self {
        let mut index = Self {
            goals: HashMap::with_capacity(dataset.goals.len()),
            owners: HashMap::with_capacity(dataset.owners.len()),
            ..Self::default()
        };
        for (g, goal) in dataset.goals.iter().enumerate() {
            index.goals.entry(goal.id.to_string()).or_default().push(g);
        }
        for (o, owner) in dataset.owners.iter().enumerate() {
            index.owners.entry(owner.id.to_string()).or_insert(o);
        }
        index
    }

    /// The position of the first goal with this id.
    pub fn goal(&self, id: &str) -> Option<usize> {
        self.goals.get(id)?.first().copied()
    }

    /// Every goal with this id, in file order (one in a checked dataset).
    pub fn goals(&self, id: &str) -> &[usize] {
        self.goals.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn owner(&self, id: &str) -> Option<usize> {
        self.owners.get(id).copied()
    }

    pub fn initiative(&self, id: &str) -> Option<usize> {
        self.initiatives.get(id).copied()
    }

    /// Where the first indicator or measure with this id is (goals' indicators first).
    pub fn indicator(&self, id: &str) -> Option<IndicatorAt> {
        self.indicators.get(id).copied()
    }

    /// The goal a reference names, in `dataset` (the one this index was built from).
    pub fn goal_of<'a>(&self, dataset: &'a Dataset, id: &GoalId) -> Option<&'a Goal> {
        dataset.goals.get(self.goal(id.as_str())?)
    }

    /// The owner a reference names, in `dataset` (the one this index was built from).
    pub fn owner_of<'a>(&self, dataset: &'a Dataset, id: &OwnerId) -> Option<&'a Owner> {
        dataset.owners.get(self.owner(id.as_str())?)
    }

    /// The initiative with this id, in `dataset` (the one this index was built from).
    pub fn initiative_of<'a>(&self, dataset: &'a Dataset, id: &str) -> Option<&'a Initiative> {
        dataset.initiatives.get(self.initiative(id)?)
    }

    /// The indicator or measure with this id, in `dataset` (the one this index was built from).
    pub fn indicator_of<'a>(&self, dataset: &'a Dataset, id: &str) -> Option<&'a Indicator> {
        match self.indicator(id)? {
            IndicatorAt::Goal { goal, index } => dataset.goals.get(goal)?.indicators.get(index),
            IndicatorAt::Measure { initiative, index } => {
                dataset.initiatives.get(initiative)?.measures.get(index)
            }
        }
    }

    /// Owners as text, `CSS, CFB`: each by `name` (e.g. [`owner_label`]), by its id when it
    /// names no owner, and made safe to show by `clean` (the dashboard and the reports each
    /// clean text their own way).
    pub fn owners_text<'a>(
        &self,
        dataset: &'a Dataset,
        ids: &'a [OwnerId],
        name: fn(&Owner) -> &str,
        clean: impl Fn(&'a str) -> Cow<'a, str>,
    ) -> String {
        joined(
            ids.iter()
                .map(|id| clean(self.owner_of(dataset, id).map_or(id.as_str(), name))),
        )
    }

    /// Goals as text, `8, 9`: each by its code, else by its id, made safe to show by `clean`.
    pub fn goals_text<'a>(
        &self,
        dataset: &'a Dataset,
        ids: &'a [GoalId],
        clean: impl Fn(&'a str) -> Cow<'a, str>,
    ) -> String {
        joined(ids.iter().map(|id| {
            let goal = self.goal_of(dataset, id);
            clean(goal.and_then(|g| g.code.as_deref()).unwrap_or(id.as_str()))
        }))
    }
}

/// Texts joined with ", " into one string, made once (50,000 initiatives have two each).
fn joined<'a>(texts: impl Iterator<Item = Cow<'a, str>>) -> String {
    let mut all = String::new();
    for (i, text) in texts.enumerate() {
        if i > 0 {
            all.push_str(", ");
        }
        all.push_str(&text);
    }
    all
}

/// How an owner is named where room is short: the short name, else the name.
pub fn owner_label(owner: &Owner) -> &str {
    owner.short.as_deref().unwrap_or(&owner.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_scan_finds() {
        let ds = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        let index = IdIndex::new(&ds);
        for (g, goal) in ds.goals.iter().enumerate() {
            assert_eq!(index.goal(goal.id.as_str()), Some(g));
            let scanned = ds.goals.iter().find(|g| g.id == goal.id);
            assert_eq!(index.goal_of(&ds, &goal.id), scanned);
            for (i, ind) in goal.indicators.iter().enumerate() {
                assert_eq!(
                    index.indicator(ind.id.as_str()),
                    Some(IndicatorAt::Goal { goal: g, index: i })
                );
            }
        }
        for (n, ini) in ds.initiatives.iter().enumerate() {
            assert_eq!(index.initiative(ini.id.as_str()), Some(n));
            for id in &ini.owners {
                let scanned = ds.owners.iter().find(|o| &o.id == id);
                assert_eq!(index.owner_of(&ds, id), scanned);
            }
        }
        assert_eq!(index.goal("no such goal"), None);
        let references = IdIndex::references(&ds);
        assert_eq!(references.goal(ds.goals[1].id.as_str()), Some(1));
        assert_eq!(references.initiative(ds.initiatives[0].id.as_str()), None);
        assert!(index.goals("no such goal").is_empty());
        let first = ds.goals.iter().flat_map(|g| &g.indicators).next();
        let first = first.expect("an indicator");
        assert_eq!(index.indicator_of(&ds, first.id.as_str()), Some(first));
        assert_eq!(index.indicator_of(&ds, "no such indicator"), None);
        let mut ds = ds.clone();
        let mut measure = first.clone();
        measure.id = super::super::IndicatorId::from("a measure");
        ds.initiatives[1].measures.push(measure.clone());
        let index = IdIndex::new(&ds);
        assert_eq!(index.indicator_of(&ds, "a measure"), Some(&measure));
        assert_eq!(
            index.initiative_of(&ds, ds.initiatives[1].id.as_str()),
            ds.initiatives.get(1)
        );
    }

    #[test]
    fn owners_and_goals_as_text() {
        let ds = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        let index = IdIndex::references(&ds);
        let short = ds
            .owners
            .iter()
            .find(|o| o.short.is_some())
            .expect("a short name");
        let ids = [short.id.clone(), OwnerId::from("nobody")];
        let text = index.owners_text(&ds, &ids, owner_label, Cow::Borrowed);
        assert_eq!(
            text,
            format!("{}, nobody", short.short.as_deref().unwrap_or(""))
        );
        let full = index.owners_text(&ds, &ids, |o| &o.name, Cow::Borrowed);
        assert_eq!(full, format!("{}, nobody", short.name));
        let coded = ds
            .goals
            .iter()
            .find(|g| g.code.is_some())
            .expect("a goal code");
        let goals = [coded.id.clone(), GoalId::from("g?")];
        let text = index.goals_text(&ds, &goals, |s| Cow::Owned(s.to_uppercase()));
        assert_eq!(
            text,
            format!("{}, G?", coded.code.as_deref().unwrap_or("").to_uppercase())
        );
    }
}
