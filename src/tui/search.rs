//! Search as you type over goals, indicators, initiatives, owners and notes, ignoring case and
//! accents: `hjemlose` finds `hjemløse`. Keys are folded once per load; a query is folded the
//! same way and every word of it must occur in an entry.

use super::prepared::IndicatorRef;
use crate::model::{Dataset, Indicator};

/// What a search hit leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Found {
    Goal(usize),
    Indicator(IndicatorRef),
    Initiative(usize),
    Owner(usize),
    /// Note `note` of goal `goal`.
    GoalNote {
        goal: usize,
        note: usize,
    },
    /// Update `update` of initiative `initiative`.
    Update {
        initiative: usize,
        update: usize,
    },
    /// The note of point `point` of an indicator or measure.
    PointNote {
        indicator: IndicatorRef,
        point: usize,
    },
}

#[derive(Clone, Debug)]
struct Entry {
    found: Found,
    key: String,
}

/// Every searchable text of a dataset, folded, in the order hits are listed: goals,
/// indicators, initiatives, owners, then notes.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Lower case without accents: `Hjemløse` → `hjemlose`. Danish letters also match their
/// two-letter spellings (`hjemloese`), which is how they are typed on keyboards without them.
pub fn fold(s: &str) -> String {
    let plain = deunicode::deunicode(s).to_lowercase();
    if s.is_ascii() {
        return plain;
    }
    let danish: String = s
        .chars()
        .flat_map(|c| match c.to_lowercase().next().unwrap_or(c) {
            'æ' => "ae".chars().chain(None),
            'ø' => "oe".chars().chain(None),
            'å' => "aa".chars().chain(None),
            _ => "".chars().chain(Some(c)),
        })
        .collect();
    let danish = deunicode::deunicode(&danish).to_lowercase();
    if danish == plain {
        plain
    } else {
        format!("{plain}\n{danish}")
    }
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> Self {
        let mut entries = Vec::new();
        let mut add = |found: Found, parts: &[&str]| {
            let text = parts.join(" ");
            if !text.trim().is_empty() {
                entries.push(Entry {
                    found,
                    key: fold(&text),
                });
            }
        };
        for (g, goal) in dataset.goals.iter().enumerate() {
            add(
                Found::Goal(g),
                &[
                    goal.code.as_deref().unwrap_or(""),
                    &goal.title,
                    goal.id.as_str(),
                ],
            );
        }
        for (g, goal) in dataset.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                let r = IndicatorRef::Goal { goal: g, index: i };
                add(Found::Indicator(r), &[&ind.title, ind.id.as_str()]);
            }
        }
        for (n, ini) in dataset.initiatives.iter().enumerate() {
            add(Found::Initiative(n), &[&ini.title, ini.id.as_str()]);
            for (i, m) in ini.measures.iter().enumerate() {
                let r = IndicatorRef::Measure {
                    initiative: n,
                    index: i,
                };
                add(Found::Indicator(r), &[&m.title, m.id.as_str()]);
            }
        }
        for (o, owner) in dataset.owners.iter().enumerate() {
            add(
                Found::Owner(o),
                &[
                    &owner.name,
                    owner.short.as_deref().unwrap_or(""),
                    owner.id.as_str(),
                ],
            );
        }
        for (g, goal) in dataset.goals.iter().enumerate() {
            for (n, note) in goal.notes.iter().enumerate() {
                add(Found::GoalNote { goal: g, note: n }, &[&note.text]);
            }
        }
        for (n, ini) in dataset.initiatives.iter().enumerate() {
            for (u, update) in ini.updates.iter().enumerate() {
                add(
                    Found::Update {
                        initiative: n,
                        update: u,
                    },
                    &[&update.text],
                );
            }
        }
        let mut point_notes = |r: IndicatorRef, ind: &Indicator| {
            for (p, point) in ind.series.iter().enumerate() {
                if let Some(note) = &point.note {
                    add(
                        Found::PointNote {
                            indicator: r,
                            point: p,
                        },
                        &[note],
                    );
                }
            }
        };
        for (g, goal) in dataset.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                point_notes(IndicatorRef::Goal { goal: g, index: i }, ind);
            }
        }
        for (n, ini) in dataset.initiatives.iter().enumerate() {
            for (i, m) in ini.measures.iter().enumerate() {
                point_notes(
                    IndicatorRef::Measure {
                        initiative: n,
                        index: i,
                    },
                    m,
                );
            }
        }
        Self { entries }
    }

    /// The entries matching every word of the query, as positions; none for an empty query.
    pub fn find(&self, query: &str) -> Vec<usize> {
        let query = deunicode::deunicode(query).to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| words.iter().all(|w| e.key.contains(w)))
            .map(|(i, _)| i)
            .collect()
    }

    /// What entry `i` leads to.
    pub fn found(&self, i: usize) -> Option<Found> {
        self.entries.get(i).map(|e| e.found)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Hjemløse"), "hjemlose\nhjemloese");
        assert_eq!(fold("SSP"), "ssp");
        assert!(fold("Ærø").contains("aero"));
        assert!(fold("Ærø").contains("aeroe"));
        assert_eq!(fold("Pitstop é"), "pitstop e");
    }
}
