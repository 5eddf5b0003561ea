//! The `changes` member of the JSON report, exactly the shape of the spec's section 6: every
//! key present, `null` for an unchanged status or latest value, numbers unrounded, dates as
//! written, the reference date as an ISO day.

use serde::Serialize;

use crate::compare::{Changes, IndicatorChange, Items, Parent, PointValue};
use crate::figures::{DatedValue, Status};
use crate::model::{GoalId, InitiativeId, InitiativeStatus, Period};

#[derive(Serialize)]
pub struct JsonChanges<'a> {
    since: JsonSince<'a>,
    goals: Vec<JsonGoal<'a>>,
    indicators: Vec<JsonIndicator<'a>>,
    initiatives: Vec<JsonInitiative<'a>>,
    added: JsonItems<'a>,
    removed: JsonItems<'a>,
}

#[derive(Serialize)]
struct JsonSince<'a> {
    title: &'a str,
    as_of: Option<Period>,
    reference_date: Option<String>,
}

#[derive(Serialize)]
struct JsonGoal<'a> {
    id: &'a str,
    status: [Status; 2],
}

#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum JsonOf<'a> {
    Goal(&'a str),
    Initiative(&'a str),
}

#[derive(Serialize)]
struct JsonPoint {
    date: Period,
    value: Option<f64>,
}

#[derive(Serialize)]
struct JsonRevised {
    date: Period,
    old: Option<f64>,
    new: Option<f64>,
}

#[derive(Serialize)]
struct JsonIndicator<'a> {
    id: &'a str,
    of: JsonOf<'a>,
    status: Option<[Status; 2]>,
    latest: Option<[Option<DatedValue>; 2]>,
    new_points: Vec<JsonPoint>,
    revised_points: Vec<JsonRevised>,
    removed_points: Vec<JsonPoint>,
    /// Not in the spec's example: the breakdowns matched by their dimension set (spec §6),
    /// each with the same members as its indicator; empty when none changed.
    breakdowns: Vec<JsonBreakdown<'a>>,
}

#[derive(Serialize)]
struct JsonBreakdown<'a> {
    dimensions: JsonDimensions<'a>,
    status: Option<[Option<Status>; 2]>,
    latest: Option<[Option<DatedValue>; 2]>,
    new_points: Vec<JsonPoint>,
    revised_points: Vec<JsonRevised>,
    removed_points: Vec<JsonPoint>,
}

/// The dimension pairs as a JSON object, in the file's order.
struct JsonDimensions<'a>(&'a [(String, String)]);

impl Serialize for JsonDimensions<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn revised(list: &[crate::compare::Revised]) -> Vec<JsonRevised> {
    list.iter()
        .map(|r| JsonRevised {
            date: r.date,
            old: r.old,
            new: r.new,
        })
        .collect()
}

#[derive(Serialize)]
struct JsonUpdate<'a> {
    date: Period,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonInitiative<'a> {
    id: &'a str,
    status: Option<[InitiativeStatus; 2]>,
    new_updates: Vec<JsonUpdate<'a>>,
    milestones_done: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonItems<'a> {
    goals: Vec<&'a str>,
    indicators: Vec<&'a str>,
    initiatives: Vec<&'a str>,
}

fn points(list: &[PointValue]) -> Vec<JsonPoint> {
    list.iter()
        .map(|p| JsonPoint {
            date: p.date,
            value: p.value,
        })
        .collect()
}

fn indicator(change: &IndicatorChange) -> JsonIndicator<'_> {
    JsonIndicator {
        id: change.id.as_str(),
        of: match &change.of {
            Parent::Goal(g) => JsonOf::Goal(g.as_str()),
            Parent::Initiative(i) => JsonOf::Initiative(i.as_str()),
        },
        status: change.status.map(|(a, b)| [a, b]),
        latest: change.latest.map(|(a, b)| [a, b]),
        new_points: points(&change.points.new),
        revised_points: revised(&change.points.revised),
        removed_points: points(&change.points.removed),
        breakdowns: change
            .breakdowns
            .iter()
            .map(|b| JsonBreakdown {
                dimensions: JsonDimensions(&b.dimensions),
                status: b.status.map(|(a, c)| [a, c]),
                latest: b.latest.map(|(a, c)| [a, c]),
                new_points: points(&b.points.new),
                revised_points: revised(&b.points.revised),
                removed_points: points(&b.points.removed),
            })
            .collect(),
    }
}

fn items(items: &Items) -> JsonItems<'_> {
    JsonItems {
        goals: items.goals.iter().map(GoalId::as_str).collect(),
        indicators: items.indicators.iter().map(|(i, _)| i.as_str()).collect(),
        initiatives: items.initiatives.iter().map(InitiativeId::as_str).collect(),
    }
}

/// The changes as the JSON report writes them.
pub fn build(changes: &Changes) -> JsonChanges<'_> {
    JsonChanges {
        since: JsonSince {
            title: &changes.since.title,
            as_of: changes.since.as_of,
            reference_date: changes
                .since
                .reference_date
                .map(|d| d.format("%Y-%m-%d").to_string()),
        },
        goals: changes
            .goals
            .iter()
            .map(|g| JsonGoal {
                id: g.id.as_str(),
                status: [g.status.0, g.status.1],
            })
            .collect(),
        indicators: changes.indicators.iter().map(indicator).collect(),
        initiatives: changes
            .initiatives
            .iter()
            .map(|i| JsonInitiative {
                id: i.id.as_str(),
                status: i.status.map(|(a, b)| [a, b]),
                new_updates: i
                    .new_updates
                    .iter()
                    .map(|u| JsonUpdate {
                        date: u.date,
                        text: &u.text,
                    })
                    .collect(),
                milestones_done: i.milestones_done.iter().map(String::as_str).collect(),
            })
            .collect(),
        added: items(&changes.added),
        removed: items(&changes.removed),
    }
}
