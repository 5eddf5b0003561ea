//! Owners and goals (with their notes), and the warning for a goal nothing serves or measures.

use std::collections::HashSet;

use super::ids::{Ids, Space};
use super::indicator::indicators;
use super::{Checker, gather};
use crate::message::Rule;
use crate::model::{Goal, GoalId, Note, Owner, OwnerId};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{List, RawGoal, RawInitiative, RawNote, RawOwner};

pub fn owners(cx: &mut Checker, ids: &mut Ids, list: List<RawOwner>, at: &At) -> Vec<Owner> {
    let items = cx.items(list, at);
    let mut owners = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let RawOwner { id, name, short } = raw;
        let at = at.index(i);
        let id = ids.declare(cx, Space::Owner, id, &at.key("id"));
        let name = cx.required_text(name, &at.key("name"));
        let short = cx.text(short, &at.key("short"));
        if let (Some(id), Some(name)) = (id, name) {
            owners.push(Owner {
                id: OwnerId(id),
                name,
                short,
            });
        }
    }
    owners
}

pub fn goals(cx: &mut Checker, ids: &mut Ids, list: List<RawGoal>, at: &At) -> Vec<Goal> {
    let empty = matches!(&list, Field::Ok(goals) if goals.is_empty());
    let items = cx.required_items(list, at);
    if empty {
        cx.warning(at, Rule::NoGoals);
    }
    gather(items.filter_map(|(i, raw)| goal(cx, ids, raw, &at.index(i))))
}

pub(super) fn goal(cx: &mut Checker, ids: &mut Ids, raw: RawGoal, at: &At) -> Option<Goal> {
    let RawGoal {
        id,
        code,
        title,
        description,
        owners,
        tags,
        indicators: raw_indicators,
        notes: raw_notes,
    } = raw;
    // Every member is checked before a missing id or title drops the goal.
    let id = ids.declare(cx, Space::Goal, id, &at.key("id"));
    let code = cx.text(code, &at.key("code"));
    let title = cx.required_text(title, &at.key("title"));
    let description = cx.text(description, &at.key("description"));
    let owners = ids.references(cx, Space::Owner, owners, &at.key("owners"));
    let tags = cx.texts(tags, &at.key("tags"));
    let indicators = indicators(cx, ids, raw_indicators, &at.key("indicators"));
    let notes = notes(cx, raw_notes, &at.key("notes"));
    Some(Goal {
        id: GoalId(id?),
        code,
        title: title?,
        description,
        owners: owners.into_iter().map(OwnerId).collect(),
        tags,
        indicators,
        notes,
    })
}

fn notes(cx: &mut Checker, list: List<RawNote>, at: &At) -> Vec<Note> {
    let items = cx.items(list, at);
    let mut notes = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let at = at.index(i);
        let date = cx.required_date(raw.date, &at.key("date"));
        let text = cx.required_text(raw.text, &at.key("text"));
        if let (Some(date), Some(text)) = (date, text) {
            notes.push(Note { date, text });
        }
    }
    notes
}

/// A goal with neither indicators nor initiatives shows nothing: probably unfinished. Judged
/// on what the file says, so an indicator dropped for an error does not also raise this.
/// Returns the positions of such goals; read before the checks take the raw dataset apart,
/// reported after the initiatives as before.
pub fn unserved(goals: &List<RawGoal>, initiatives: &List<RawInitiative>) -> Vec<usize> {
    let Some(goals) = goals.value() else {
        return Vec::new();
    };
    let served: HashSet<&str> = initiatives
        .value()
        .into_iter()
        .flatten()
        .filter_map(Field::value)
        .flat_map(|ini| ini.goals.value().into_iter().flatten())
        .filter_map(|id| id.value().map(|id| id.0.as_str()))
        .collect();
    let mut unserved = Vec::new();
    for (i, goal) in goals.iter().enumerate() {
        let Some(goal) = goal.value() else { continue };
        let measured = goal.indicators.value().is_some_and(|list| !list.is_empty());
        let id = goal.id.value().map(|id| id.0.as_str());
        if !measured && !id.is_some_and(|id| served.contains(id)) {
            unserved.push(i);
        }
    }
    unserved
}

/// The warnings for the goals [`unserved`] found.
pub fn warn_unserved(cx: &mut Checker, unserved: &[usize], at: &At) {
    for &i in unserved {
        cx.warning(&at.index(i), Rule::GoalWithoutContent);
    }
}
