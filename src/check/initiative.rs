//! Initiatives: the goals they serve, status, dates, milestones, updates and measures.

use super::ids::{Ids, Space};
use super::indicator::indicators;
use super::{Checker, gather, quote};
use crate::message::Written;
use crate::model::{
    GoalId, Initiative, InitiativeId, InitiativeStatus, Milestone, OwnerId, Update,
};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{List, RawInitiative, RawMilestone, RawUpdate, StatusText};

pub fn initiatives(
    cx: &mut Checker,
    ids: &mut Ids,
    list: List<RawInitiative>,
    at: &At,
) -> Vec<Initiative> {
    gather(
        cx.items(list, at)
            .filter_map(|(i, raw)| initiative(cx, ids, raw, &at.index(i))),
    )
}

pub(super) fn initiative(
    cx: &mut Checker,
    ids: &mut Ids,
    raw: RawInitiative,
    at: &At,
) -> Option<Initiative> {
    let RawInitiative {
        id,
        title,
        goals,
        owners,
        tags,
        description,
        status: raw_status,
        start,
        end,
        milestones: raw_milestones,
        updates: raw_updates,
        measures,
    } = raw;
    // Every member is checked before a missing id or title drops the initiative.
    let id = ids.declare(cx, Space::Initiative, id, &at.key("id"));
    let title = cx.required_text(title, &at.key("title"));
    let goals = ids.references(cx, Space::Goal, goals, &at.key("goals"));
    let owners = ids.references(cx, Space::Owner, owners, &at.key("owners"));
    let tags = cx.texts(tags, &at.key("tags"));
    let description = cx.text(description, &at.key("description"));
    let status = status(cx, raw_status, &at.key("status"));
    let start = cx.date(start, &at.key("start"));
    let end = cx.date(end, &at.key("end"));
    let milestones = milestones(cx, raw_milestones, &at.key("milestones"));
    let updates = updates(cx, raw_updates, &at.key("updates"));
    let measures = indicators(cx, ids, measures, &at.key("measures"));
    Some(Initiative {
        id: InitiativeId(id?),
        title: title?,
        goals: goals.into_iter().map(GoalId).collect(),
        owners: owners.into_iter().map(OwnerId).collect(),
        tags,
        description,
        status: status.unwrap_or_default(),
        start,
        end,
        milestones,
        updates,
        measures,
    })
}

/// An optional status; absent is `None` (the caller's default), unknown an error.
fn status(cx: &mut Checker, field: Field<StatusText>, at: &At) -> Option<InitiativeStatus> {
    let text = cx.optional(field, at)?;
    let status = InitiativeStatus::parse(&text.0);
    if status.is_none() {
        let message = Written::NotAStatus {
            text: quote(&text.0),
            choices: InitiativeStatus::ALL.map(InitiativeStatus::name).to_vec(),
        };
        cx.error(at, message);
    }
    status
}

fn milestones(cx: &mut Checker, list: List<RawMilestone>, at: &At) -> Vec<Milestone> {
    let items = cx.items(list, at);
    let mut milestones = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let at = at.index(i);
        let date = cx.required_date(raw.date, &at.key("date"));
        let title = cx.required_text(raw.title, &at.key("title"));
        let done = cx.optional(raw.done, &at.key("done")).unwrap_or(false);
        if let (Some(date), Some(title)) = (date, title) {
            milestones.push(Milestone { date, title, done });
        }
    }
    milestones
}

fn updates(cx: &mut Checker, list: List<RawUpdate>, at: &At) -> Vec<Update> {
    let items = cx.items(list, at);
    let mut updates = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let at = at.index(i);
        let date = cx.required_date(raw.date, &at.key("date"));
        let text = cx.required_text(raw.text, &at.key("text"));
        let status = status(cx, raw.status, &at.key("status"));
        if let (Some(date), Some(text)) = (date, text) {
            updates.push(Update { date, text, status });
        }
    }
    updates
}
