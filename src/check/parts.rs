//! Checking a clean file in parts, for the loader's fast path (`load::fast`): each goal
//! and initiative alone, on the thread that parsed it, then what spans them (ids unique in
//! their namespace, references that resolve, goals that something serves) over the whole
//! dataset.
//!
//! The parts answer only "no finding, and this is the model"; on any finding they give up
//! (`None`) and the file is checked whole by [`check`](super::check), which says what is
//! wrong. The same functions turn each part into the model, so a clean file gives the same
//! dataset either way (`tests/load_parallel.rs` compares them).

use foldhash::{HashSet, HashSetExt};

use super::ids::Ids;
use super::{Checker, format, goal, initiative, top_level};
use crate::model::{Dataset, Goal, GoalId, Initiative};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{RawDataset, RawGoal, RawInitiative};

/// One goal of the `goals` list, checked alone; `None` on any finding.
pub fn lone_goal(raw: Field<RawGoal>) -> Option<Goal> {
    lone(raw, goal::goal)
}

/// One initiative of the `initiatives` list, checked alone; `None` on any finding.
pub fn lone_initiative(raw: Field<RawInitiative>) -> Option<Initiative> {
    lone(raw, initiative::initiative)
}

/// An element checked alone by `check`, its ids left for [`ids_hold`].
fn lone<R, M>(raw: Field<R>, check: fn(&mut Checker, &mut Ids, R, &At) -> Option<M>) -> Option<M> {
    let Field::Ok(raw) = raw else {
        return None;
    };
    let mut cx = Checker::default();
    // The path is never shown: a finding sends the file the ordinary way.
    let model = check(&mut cx, &mut Ids::later(), raw, &At::Root);
    cx.findings.is_empty().then_some(model).flatten()
}

/// The dataset from the rest of the file (whose `goals` and `initiatives` are ignored) and the
/// goals and initiatives checked alone, in file order; `None` on any finding.
pub fn assemble(
    mut raw: RawDataset,
    goals: Vec<Goal>,
    initiatives: Vec<Initiative>,
) -> Option<Dataset> {
    // No goals is a warning of its own.
    if goals.is_empty() {
        return None;
    }
    let mut cx = Checker::default();
    let root = At::Root;
    format(&mut cx, std::mem::take(&mut raw.format), &root);
    let owners = std::mem::take(&mut raw.owners);
    let owners = goal::owners(&mut cx, &mut Ids::default(), owners, &root.key("owners"));
    let dataset = top_level(&mut cx, raw, owners, goals, initiatives);
    let clean = cx.findings.is_empty() && ids_hold(&dataset);
    // The warnings of `repeats` send the file the ordinary way, which reports them.
    (clean && super::repeats::repeats(&dataset).is_empty()).then_some(dataset)
}

/// What [`Ids`] checks as a file is read whole, over the dataset: each id once in its
/// namespace (indicators and measures share one), every owner and goal named exists, and
/// every goal without indicators is served by an initiative.
fn ids_hold(dataset: &Dataset) -> bool {
    let owners: HashSet<&str> = dataset.owners.iter().map(|o| o.id.as_str()).collect();
    let mut goals = HashSet::with_capacity(dataset.goals.len());
    let mut initiatives = HashSet::with_capacity(dataset.initiatives.len());
    let mut indicators = HashSet::new();
    let goal_indicators = dataset.goals.iter().flat_map(|g| &g.indicators);
    let measures = dataset.initiatives.iter().flat_map(|i| &i.measures);
    let unique = dataset.goals.iter().all(|g| goals.insert(g.id.as_str()))
        && dataset
            .initiatives
            .iter()
            .all(|i| initiatives.insert(i.id.as_str()))
        && goal_indicators
            .chain(measures)
            .all(|i| indicators.insert(i.id.as_str()));
    let owners_known = dataset
        .goals
        .iter()
        .flat_map(|g| &g.owners)
        .chain(dataset.initiatives.iter().flat_map(|i| &i.owners))
        .all(|o| owners.contains(o.as_str()));
    let served: HashSet<&str> = dataset
        .initiatives
        .iter()
        .flat_map(|i| &i.goals)
        .map(GoalId::as_str)
        .collect();
    let goals_known = served.iter().all(|g| goals.contains(g));
    let all_served = dataset
        .goals
        .iter()
        .all(|g| !g.indicators.is_empty() || served.contains(g.id.as_str()));
    unique && owners_known && goals_known && all_served
}
