//! A lenient field: reads any JSON value without ever failing the parse on a wrong type, so one
//! run reports every problem of a file. A value of the expected kind is parsed into `T` (arrays
//! and objects stream straight into it); any other value is skipped and only its kind is kept,
//! for a message like "expected a string, found a number".

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, MapAccessDeserializer,
    SeqAccessDeserializer, StrDeserializer, StringDeserializer,
};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// The kinds of JSON value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    /// With its article, for messages: "a string", "an array".
    pub fn described(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// The kind of JSON value a type is read from.
pub trait Expect {
    const KIND: Kind;
}

impl Expect for String {
    const KIND: Kind = Kind::String;
}

impl Expect for f64 {
    const KIND: Kind = Kind::Number;
}

impl Expect for bool {
    const KIND: Kind = Kind::Bool;
}

impl<T> Expect for Vec<T> {
    const KIND: Kind = Kind::Array;
}

/// A member as found in the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Field<T> {
    /// Not written (the default when serde finds no such member).
    #[default]
    Missing,
    /// Written as `null`.
    Null,
    /// Written as a value of another kind (the kind found).
    Wrong(Kind),
    Ok(T),
}

impl<T> Field<T> {
    pub fn value(&self) -> Option<&T> {
        match self {
            Field::Ok(v) => Some(v),
            _ => None,
        }
    }
}

impl<'de, T: Deserialize<'de> + Expect> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldVisitor(PhantomData))
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Field<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

struct FieldVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de> + Expect> FieldVisitor<T> {
    /// A scalar: parsed into `T` when it is of the expected kind, else only its kind kept.
    fn scalar<D: Deserializer<'de>>(found: Kind, value: D) -> Field<T> {
        if found != T::KIND {
            return Field::Wrong(found);
        }
        T::deserialize(value).map_or(Field::Wrong(found), Field::Ok)
    }
}

impl<'de, T: Deserialize<'de> + Expect> Visitor<'de> for FieldVisitor<T> {
    type Value = Field<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", T::KIND.described())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Self::scalar(Kind::Bool, BoolDeserializer::<E>::new(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Self::scalar(Kind::Number, F64Deserializer::<E>::new(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Self::scalar(Kind::String, StrDeserializer::<E>::new(v)))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Self::scalar(
            Kind::String,
            BorrowedStrDeserializer::<E>::new(v),
        ))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Self::scalar(Kind::String, StringDeserializer::<E>::new(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Field::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if T::KIND == Kind::Array {
            return T::deserialize(SeqAccessDeserializer::new(seq)).map(Field::Ok);
        }
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Field::Wrong(Kind::Array))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if T::KIND == Kind::Object {
            return T::deserialize(MapAccessDeserializer::new(map)).map(Field::Ok);
        }
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Field::Wrong(Kind::Object))
    }
}

/// Consumes any value. Unlike `IgnoredAny` it is not reported as an unknown field by
/// `serde_ignored`: a value of the wrong type already has its own error.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Skip, D::Error> {
        Skip::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, serde::Deserialize)]
    struct Obj {
        #[serde(default)]
        a: Field<String>,
        #[serde(default)]
        b: Field<Vec<Field<f64>>>,
    }

    impl Expect for Obj {
        const KIND: Kind = Kind::Object;
    }

    fn parse(json: &str) -> Field<Obj> {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn keeps_values_of_the_expected_kind() {
        let Field::Ok(o) = parse(r#"{"a":"x","b":[1,2.5]}"#) else {
            panic!()
        };
        assert_eq!(o.a, Field::Ok("x".to_owned()));
        assert_eq!(o.b, Field::Ok(vec![Field::Ok(1.0), Field::Ok(2.5)]));
    }

    #[test]
    fn records_the_kind_of_a_wrong_value_and_goes_on() {
        let Field::Ok(o) = parse(r#"{"a":{"deep":[1,{"x":2}]},"b":[true,null,"s",[],3]}"#) else {
            panic!()
        };
        assert_eq!(o.a, Field::Wrong(Kind::Object));
        assert_eq!(
            o.b,
            Field::Ok(vec![
                Field::Wrong(Kind::Bool),
                Field::Null,
                Field::Wrong(Kind::String),
                Field::Wrong(Kind::Array),
                Field::Ok(3.0)
            ])
        );
        assert_eq!(parse("[1]"), Field::Wrong(Kind::Array));
    }

    #[test]
    fn absent_members_are_missing() {
        let Field::Ok(o) = parse("{}") else { panic!() };
        assert_eq!(o.a, Field::Missing);
    }
}
