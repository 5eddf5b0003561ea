//! Ids: each declared once in its namespace (owners, goals, initiatives, and indicators with
//! measures together), and every reference to an owner or a goal naming a declared one.

use std::collections::HashMap;

use super::{Checker, quote};
use crate::message::{Noun, Rule};
use crate::raw::field::Field;
use crate::raw::path::{At, JsonPath};
use crate::raw::{IdText, List};
use crate::suggest::closest;

/// The namespaces of ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Space {
    Owner,
    Goal,
    Initiative,
    /// Indicators of goals and measures of initiatives share one namespace.
    Indicator,
}

impl Space {
    fn noun(self) -> Noun {
        match self {
            Space::Owner => Noun::Owner,
            Space::Goal => Noun::Goal,
            Space::Initiative => Noun::Initiative,
            Space::Indicator => Noun::IndicatorOrMeasure,
        }
    }
}

/// The ids declared so far, each with where it was first declared.
#[derive(Debug, Default)]
pub struct Ids {
    /// Only each id's text is checked: whether ids are unique and references resolve is
    /// checked later, over the whole dataset (`parts::ids_hold`), for a file checked in parts.
    later: bool,
    owners: HashMap<String, JsonPath>,
    goals: HashMap<String, JsonPath>,
    initiatives: HashMap<String, JsonPath>,
    indicators: HashMap<String, JsonPath>,
}

impl Ids {
    /// Ids for one goal or initiative checked alone (see `later`).
    pub fn later() -> Self {
        Self {
            later: true,
            ..Self::default()
        }
    }

    fn space(&mut self, space: Space) -> &mut HashMap<String, JsonPath> {
        match space {
            Space::Owner => &mut self.owners,
            Space::Goal => &mut self.goals,
            Space::Initiative => &mut self.initiatives,
            Space::Indicator => &mut self.indicators,
        }
    }

    /// Reads and declares the `id` member at `at`; a duplicate is an error that says where
    /// the id was first used. Returns the id (even a duplicate, so checks can go on).
    pub fn declare(
        &mut self,
        cx: &mut Checker,
        space: Space,
        field: Field<IdText>,
        at: &At,
    ) -> Option<String> {
        let text = cx.required(field, at)?;
        let id = cx.id_text(text, at)?;
        if self.later {
            return Some(id);
        }
        if let Some(first) = self.space(space).get(&id) {
            let message = Rule::DuplicateId {
                noun: space.noun(),
                id: quote(&id),
                first: first.to_string(),
            };
            cx.error(at, message);
        } else {
            self.space(space).insert(id.clone(), at.path());
        }
        Some(id)
    }

    /// Reads a list of references to owners or goals; an unknown id is an error, with the
    /// closest known id as a suggestion.
    pub fn references(
        &mut self,
        cx: &mut Checker,
        space: Space,
        list: List<IdText>,
        at: &At,
    ) -> Vec<String> {
        let mut found = Vec::new();
        for (i, text) in cx.items(list, at) {
            let item_at = at.index(i);
            let Some(id) = cx.id_text(text, &item_at) else {
                continue;
            };
            if self.later {
                found.push(id);
                continue;
            }
            let known = self.space(space);
            if !known.contains_key(&id) {
                let message = Rule::UnknownId {
                    noun: space.noun(),
                    id: quote(&id),
                    near: closest(&id, known.keys().map(String::as_str)).map(quote),
                };
                cx.error(&item_at, message);
            }
            found.push(id);
        }
        found
    }
}
