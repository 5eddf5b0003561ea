//! Strings, dates and decimals as written: each read as it stands and checked by the loader,
//! each with its own JSON Schema. `string_type!` is used by `v11` too, so this module is
//! declared before it.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;

use super::field::{Expect, Kind};
use crate::model::{Direction, InitiativeStatus, Lang, Period};

/// The pattern of a date of the format (checked again, exactly, by the loader).
pub const DATE_PATTERN: &str =
    "^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?))?$";
/// The pattern of an id.
pub const ID_PATTERN: &str = "^[A-Za-z0-9_.-]+$";
/// The pattern of the `format` member: major version 1, with an optional minor version.
pub const FORMAT_PATTERN: &str = "^goalboard/1(\\.[0-9]+)?$";

/// Strings read as written and checked by the loader, with their own schema.
macro_rules! string_type {
    ($(#[$doc:meta])* $name:ident, $schema_name:literal, |$g:ident| $schema:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl Expect for $name {
            const KIND: Kind = Kind::String;
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($schema_name)
            }

            fn json_schema($g: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

/// A date as written: parsed while the file is read, so a series of a million points makes no
/// string for each date; the text is kept only when it is not a date, for the message.
#[derive(Clone, Debug, PartialEq)]
pub enum DateText {
    Valid(Period),
    Invalid(String),
}

impl Expect for DateText {
    const KIND: Kind = Kind::String;
}

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = DateText;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date")
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DateText, E> {
                Ok(s.parse()
                    .map_or_else(|_| DateText::Invalid(s.to_owned()), DateText::Valid))
            }
        }

        deserializer.deserialize_str(DateVisitor)
    }
}

impl JsonSchema for DateText {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Date")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "A year, half year, quarter, month or day: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD.",
            "examples": ["2016", "2016-H2", "2017-Q1", "2016-12", "2016-12-31"]
        })
    }
}

string_type!(
    /// An id: `[A-Za-z0-9_.-]+`.
    IdText, "Id", |_g| json_schema!({
        "type": "string",
        "pattern": ID_PATTERN,
        "description": "An id: letters A-Z and a-z, digits, '_', '.' and '-'."
    })
);
string_type!(
    /// `goalboard/1`.
    FormatText, "Format", |_g| json_schema!({
        "type": "string",
        "pattern": FORMAT_PATTERN,
        "description": "The format and its major version: \"goalboard/1\"."
    })
);
string_type!(
    /// `decrease`, `increase` or `none`.
    DirectionText, "Direction", |_g| json_schema!({
        "type": "string",
        "enum": [Direction::Decrease.name(), Direction::Increase.name(), Direction::None.name()],
        "description": "Which way is better: decrease (lower is better), increase (higher is better) or none. Inferred from the target when absent."
    })
);
string_type!(
    /// An initiative's status.
    StatusText, "InitiativeStatus", |_g| json_schema!({
        "type": "string",
        "enum": InitiativeStatus::ALL.map(InitiativeStatus::name),
        "description": "Where an initiative stands (default \"active\")."
    })
);
string_type!(
    /// `en` or `da`.
    LangText, "Language", |_g| json_schema!({
        "type": "string",
        "enum": [Lang::En.code(), Lang::Da.code()],
        "description": "The default language of the interface (default \"en\")."
    })
);

/// The number of decimals shown: a whole number, 0 to [`MAX_DECIMALS`].
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Decimals(pub f64);

/// The most decimals an indicator may ask for.
pub const MAX_DECIMALS: u8 = 10;

impl Expect for Decimals {
    const KIND: Kind = Kind::Number;
}

impl JsonSchema for Decimals {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Decimals")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 0,
            "maximum": MAX_DECIMALS,
            "description": "Decimals shown (default: the fewest, 0 to 2, that show every value exactly)."
        })
    }
}
