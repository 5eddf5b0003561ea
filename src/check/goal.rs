//! Owners and goals (with their notes), and the warning for a goal nothing serves or measures.

use super::Checker;
use super::ids::{Ids, Space};
use super::indicator::indicators;
use crate::load::field::Field;
use crate::load::path::At;
use crate::load::raw::{List, RawDataset, RawGoal, RawNote, RawOwner};
use crate::model::{Goal, GoalId, Note, Owner, OwnerId};

pub fn owners(cx: &mut Checker, ids: &mut Ids, list: &List<RawOwner>, at: &At) -> Vec<Owner> {
    let mut owners = Vec::new();
    for (i, raw) in cx.items(list, at) {
        let at = at.index(i);
        let id = ids.declare(cx, Space::Owner, &raw.id, &at.key("id"));
        let name = cx.required_text(&raw.name, &at.key("name"));
        let short = cx.text(&raw.short, &at.key("short"));
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

pub fn goals(cx: &mut Checker, ids: &mut Ids, list: &List<RawGoal>, at: &At) -> Vec<Goal> {
    let items = cx.required_items(list, at);
    if matches!(list.value(), Some(goals) if goals.is_empty()) {
        cx.warning(at, "the dataset has no goals");
    }
    items
        .into_iter()
        .filter_map(|(i, raw)| goal(cx, ids, raw, &at.index(i)))
        .collect()
}

fn goal(cx: &mut Checker, ids: &mut Ids, raw: &RawGoal, at: &At) -> Option<Goal> {
    // Every member is checked before a missing id or title drops the goal.
    let id = ids.declare(cx, Space::Goal, &raw.id, &at.key("id"));
    let code = cx.text(&raw.code, &at.key("code"));
    let title = cx.required_text(&raw.title, &at.key("title"));
    let description = cx.text(&raw.description, &at.key("description"));
    let owners = ids.references(cx, Space::Owner, &raw.owners, &at.key("owners"));
    let tags = cx.texts(&raw.tags, &at.key("tags"));
    let indicators = indicators(cx, ids, &raw.indicators, &at.key("indicators"));
    let notes = notes(cx, &raw.notes, &at.key("notes"));
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

fn notes(cx: &mut Checker, list: &List<RawNote>, at: &At) -> Vec<Note> {
    let mut notes = Vec::new();
    for (i, raw) in cx.items(list, at) {
        let at = at.index(i);
        let date = cx.required_date(&raw.date, &at.key("date"));
        let text = cx.required_text(&raw.text, &at.key("text"));
        if let (Some(date), Some(text)) = (date, text) {
            notes.push(Note { date, text });
        }
    }
    notes
}

/// A goal with neither indicators nor initiatives shows nothing: probably unfinished. Judged
/// on what the file says, so an indicator dropped for an error does not also raise this.
pub fn warn_unserved(cx: &mut Checker, raw: &RawDataset, at: &At) {
    let Some(goals) = raw.goals.value() else {
        return;
    };
    let served: Vec<&str> = raw
        .initiatives
        .value()
        .into_iter()
        .flatten()
        .filter_map(Field::value)
        .flat_map(|ini| ini.goals.value().into_iter().flatten())
        .filter_map(|id| id.value().map(|id| id.0.as_str()))
        .collect();
    for (i, goal) in goals.iter().enumerate() {
        let Some(goal) = goal.value() else { continue };
        let measured = goal.indicators.value().is_some_and(|list| !list.is_empty());
        let id = goal.id.value().map(|id| id.0.as_str());
        if !measured && !id.is_some_and(|id| served.contains(&id)) {
            cx.warning(&at.index(i), "goal has neither indicators nor initiatives");
        }
    }
}
