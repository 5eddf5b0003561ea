//! Reading one member of a raw struct: present, absent, null or of the wrong kind, each
//! reported where the spec says it is a problem.

use super::{Checker, quote};
use crate::message::{Member, Written};
use crate::model::{Period, is_valid_id};
use crate::raw::field::{Expect, Field, Kind};
use crate::raw::path::At;
use crate::raw::{DateText, IdText, List};

impl Checker {
    fn wrong_kind<T: Expect>(&mut self, at: &At, found: Kind) {
        let message = Member::WrongKind {
            expected: T::KIND,
            found,
        };
        self.error(at, message);
    }

    /// Reports a member that is not a value of the expected kind: absent (when `required`),
    /// null (when `required`) or of another kind.
    fn not_ok<T: Expect>(&mut self, field: &Field<T>, at: &At, required: bool) {
        match field {
            Field::Missing if required => self.missing(at),
            Field::Null if required => self.wrong_kind::<T>(at, Kind::Null),
            Field::Wrong(found) => self.wrong_kind::<T>(at, *found),
            Field::Ok(_) | Field::Missing | Field::Null => {}
        }
    }

    /// A required member: absent, null or of the wrong kind is an error. The value is moved
    /// out of the raw struct, so the raw tree shrinks as the model grows.
    pub fn required<T: Expect>(&mut self, field: Field<T>, at: &At) -> Option<T> {
        match field {
            Field::Ok(v) => Some(v),
            other => {
                self.not_ok(&other, at, true);
                None
            }
        }
    }

    /// An optional member: absent or null is `None`; the wrong kind is an error.
    pub fn optional<T: Expect>(&mut self, field: Field<T>, at: &At) -> Option<T> {
        match field {
            Field::Ok(v) => Some(v),
            other => {
                self.not_ok(&other, at, false);
                None
            }
        }
    }

    pub fn text(&mut self, field: Field<String>, at: &At) -> Option<String> {
        self.optional(field, at)
    }

    pub fn required_text(&mut self, field: Field<String>, at: &At) -> Option<String> {
        self.required(field, at)
    }

    /// The elements of an optional list, with their indices; elements of the wrong kind are
    /// reported (all of them, before the caller reads any element) and left out.
    pub fn items<T: Expect>(
        &mut self,
        list: List<T>,
        at: &At,
    ) -> impl Iterator<Item = (usize, T)> + use<T> {
        let items = self.optional(list, at).unwrap_or_default();
        self.elements(items, at)
    }

    /// Like [`Checker::items`], for a list that must be present.
    pub fn required_items<T: Expect>(
        &mut self,
        list: List<T>,
        at: &At,
    ) -> impl Iterator<Item = (usize, T)> + use<T> {
        let items = self.required(list, at).unwrap_or_default();
        self.elements(items, at)
    }

    fn elements<T: Expect>(
        &mut self,
        items: Vec<Field<T>>,
        at: &At,
    ) -> impl Iterator<Item = (usize, T)> + use<T> {
        for (i, item) in items.iter().enumerate() {
            self.not_ok(item, &at.index(i), true);
        }
        items
            .into_iter()
            .enumerate()
            .filter_map(|(i, item)| match item {
                Field::Ok(v) => Some((i, v)),
                _ => None,
            })
    }

    /// The strings of an optional list of strings.
    pub fn texts(&mut self, list: List<String>, at: &At) -> Vec<String> {
        self.items(list, at).map(|(_, s)| s).collect()
    }

    fn parse_date(&mut self, text: DateText, at: &At) -> Option<Period> {
        match text {
            DateText::Valid(period) => Some(period),
            DateText::Invalid(text) => {
                let message = Written::NotADate { text: quote(&text) };
                self.error(at, message);
                None
            }
        }
    }

    pub fn date(&mut self, field: Field<DateText>, at: &At) -> Option<Period> {
        let text = self.optional(field, at)?;
        self.parse_date(text, at)
    }

    pub fn required_date(&mut self, field: Field<DateText>, at: &At) -> Option<Period> {
        let text = self.required(field, at)?;
        self.parse_date(text, at)
    }

    /// An id written where it is declared or referred to: `[A-Za-z0-9_.-]+`.
    pub fn id_text(&mut self, text: IdText, at: &At) -> Option<String> {
        if is_valid_id(&text.0) {
            return Some(text.0);
        }
        let message = Written::InvalidId {
            text: quote(&text.0),
        };
        self.error(at, message);
        None
    }

    pub fn number(&mut self, field: Field<f64>, at: &At) -> Option<f64> {
        self.required(field, at)
    }
}
