//! The texts the search looks in, entry by entry, in the order hits are listed.

use super::{Described, Found};
use crate::model::{Dataset, Indicator};
use crate::tui::refs::IndicatorRef;

/// Every entry of the index with its texts, in the index's order: goals, indicators,
/// initiatives with their measures, owners, goal notes, updates, point notes, descriptions.
pub(super) fn each_entry(dataset: &Dataset, mut add: impl FnMut(Found, &[&str])) {
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
    each_point_note(dataset, &mut add);
    each_description(dataset, add);
}

/// The descriptions of goals, indicators and initiatives (with their measures), as entries.
fn each_description(dataset: &Dataset, mut add: impl FnMut(Found, &[&str])) {
    let mut described = |d: Described, text: &Option<String>| {
        if let Some(text) = text {
            add(Found::Description(d), &[text]);
        }
    };
    for (g, goal) in dataset.goals.iter().enumerate() {
        described(Described::Goal(g), &goal.description);
        for (i, ind) in goal.indicators.iter().enumerate() {
            let r = IndicatorRef::Goal { goal: g, index: i };
            described(Described::Indicator(r), &ind.description);
        }
    }
    for (n, ini) in dataset.initiatives.iter().enumerate() {
        described(Described::Initiative(n), &ini.description);
        for (i, m) in ini.measures.iter().enumerate() {
            let r = IndicatorRef::Measure {
                initiative: n,
                index: i,
            };
            described(Described::Indicator(r), &m.description);
        }
    }
}

/// The notes of points, of the goals' indicators and then of the measures, as entries.
fn each_point_note(dataset: &Dataset, mut add: impl FnMut(Found, &[&str])) {
    let mut point_notes = |r: IndicatorRef, ind: &Indicator| {
        for (p, point) in ind.series.iter().enumerate() {
            if let Some(note) = &point.note() {
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
            let r = IndicatorRef::Measure {
                initiative: n,
                index: i,
            };
            point_notes(r, m);
        }
    }
}
