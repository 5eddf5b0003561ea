//! Reading one member of a raw struct: present, absent, null or of the wrong kind, each
//! reported where the spec says it is a problem.

use super::{Checker, quote};
use crate::load::field::{Expect, Field, Kind};
use crate::load::path::At;
use crate::load::raw::{DateText, IdText, List};
use crate::model::{Period, is_valid_id};

impl Checker {
    fn wrong_kind<T: Expect>(&mut self, at: &At, found: Kind) {
        let message = format!(
            "expected {}, found {}",
            T::KIND.described(),
            found.described()
        );
        self.error(at, message);
    }

    /// A required member: absent, null or of the wrong kind is an error.
    pub fn required<'f, T: Expect>(&mut self, field: &'f Field<T>, at: &At) -> Option<&'f T> {
        match field {
            Field::Ok(v) => Some(v),
            Field::Missing => {
                self.missing(at);
                None
            }
            Field::Null => {
                self.wrong_kind::<T>(at, Kind::Null);
                None
            }
            Field::Wrong(found) => {
                self.wrong_kind::<T>(at, *found);
                None
            }
        }
    }

    /// An optional member: absent or null is `None`; the wrong kind is an error.
    pub fn optional<'f, T: Expect>(&mut self, field: &'f Field<T>, at: &At) -> Option<&'f T> {
        match field {
            Field::Ok(v) => Some(v),
            Field::Missing | Field::Null => None,
            Field::Wrong(found) => {
                self.wrong_kind::<T>(at, *found);
                None
            }
        }
    }

    pub fn text(&mut self, field: &Field<String>, at: &At) -> Option<String> {
        self.optional(field, at).cloned()
    }

    pub fn required_text(&mut self, field: &Field<String>, at: &At) -> Option<String> {
        self.required(field, at).cloned()
    }

    /// The elements of an optional list, with their indices; elements of the wrong kind are
    /// reported and left out.
    pub fn items<'f, T: Expect>(&mut self, list: &'f List<T>, at: &At) -> Vec<(usize, &'f T)> {
        let items = self.optional(list, at).map_or(&[][..], Vec::as_slice);
        self.elements(items, at)
    }

    /// Like [`Checker::items`], for a list that must be present.
    pub fn required_items<'f, T: Expect>(
        &mut self,
        list: &'f List<T>,
        at: &At,
    ) -> Vec<(usize, &'f T)> {
        let items = self.required(list, at).map_or(&[][..], Vec::as_slice);
        self.elements(items, at)
    }

    fn elements<'f, T: Expect>(&mut self, items: &'f [Field<T>], at: &At) -> Vec<(usize, &'f T)> {
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.required(item, &at.index(i)).map(|v| (i, v)))
            .collect()
    }

    /// The strings of an optional list of strings.
    pub fn texts(&mut self, list: &List<String>, at: &At) -> Vec<String> {
        self.items(list, at)
            .into_iter()
            .map(|(_, s)| s.clone())
            .collect()
    }

    fn parse_date(&mut self, text: &DateText, at: &At) -> Option<Period> {
        match text {
            DateText::Valid(period) => Some(*period),
            DateText::Invalid(text) => {
                let message = format!(
                    "{} is not a date: use YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD",
                    quote(text)
                );
                self.error(at, message);
                None
            }
        }
    }

    pub fn date(&mut self, field: &Field<DateText>, at: &At) -> Option<Period> {
        let text = self.optional(field, at)?;
        self.parse_date(text, at)
    }

    pub fn required_date(&mut self, field: &Field<DateText>, at: &At) -> Option<Period> {
        let text = self.required(field, at)?;
        self.parse_date(text, at)
    }

    /// An id written where it is declared or referred to: `[A-Za-z0-9_.-]+`.
    pub fn id_text<'f>(&mut self, text: &'f IdText, at: &At) -> Option<&'f str> {
        if is_valid_id(&text.0) {
            return Some(&text.0);
        }
        let message = format!(
            "{} is not a valid id: use only letters A-Z and a-z, digits, '_', '.' and '-'",
            quote(&text.0)
        );
        self.error(at, message);
        None
    }

    pub fn number(&mut self, field: &Field<f64>, at: &At) -> Option<f64> {
        self.required(field, at).copied()
    }
}
