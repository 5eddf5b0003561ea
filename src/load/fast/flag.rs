//! Whether any member was ignored while parsing: a lean `serde_ignored` for the fast path
//! (`load::fast`), which needs only yes or no. `serde_ignored` keeps each member name as a
//! `String` to build the path of an unknown one, which cost a sixth of parsing a large file;
//! this keeps nothing and only notes that `deserialize_ignored_any` was asked for, which is how
//! serde's derived structs skip a member they do not know.
//!
//! Every value below the top is wrapped in turn (through sequences, maps, options and newtypes),
//! so a member is noticed at any depth. Map keys are not wrapped (a key holds no members), nor
//! are enums: the raw types have none.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// A deserializer that sets `ignored` when any member below it is skipped as unknown.
pub struct Flagging<'a, D> {
    de: D,
    ignored: &'a Cell<bool>,
}

impl<'a, D> Flagging<'a, D> {
    pub fn new(de: D, ignored: &'a Cell<bool>) -> Self {
        Self { de, ignored }
    }
}

/// The forwarding methods of [`Flagging`], each wrapping the visitor.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* Wrap::new(visitor, self.ignored))
        })*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Flagging<'_, D> {
    type Error = D::Error;

    forward!(
        deserialize_any(),
        deserialize_bool(),
        deserialize_i8(),
        deserialize_i16(),
        deserialize_i32(),
        deserialize_i64(),
        deserialize_i128(),
        deserialize_u8(),
        deserialize_u16(),
        deserialize_u32(),
        deserialize_u64(),
        deserialize_u128(),
        deserialize_f32(),
        deserialize_f64(),
        deserialize_char(),
        deserialize_str(),
        deserialize_string(),
        deserialize_bytes(),
        deserialize_byte_buf(),
        deserialize_option(),
        deserialize_unit(),
        deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str),
        deserialize_seq(),
        deserialize_tuple(len: usize),
        deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map(),
        deserialize_struct(name: &'static str, fields: &'static [&'static str]),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
        deserialize_identifier(),
    );

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.ignored.set(true);
        self.de.deserialize_ignored_any(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// A visitor, a sequence, a map or a seed whose values are read through [`Flagging`].
struct Wrap<'a, X> {
    inner: X,
    ignored: &'a Cell<bool>,
}

impl<'a, X> Wrap<'a, X> {
    fn new(inner: X, ignored: &'a Cell<bool>) -> Self {
        Self { inner, ignored }
    }
}

/// The visitor methods that pass a plain value through.
macro_rules! pass {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.inner.$method(v)
        })*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.expecting(f)
    }

    pass!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Flagging::new(d, self.ignored))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner
            .visit_newtype_struct(Flagging::new(d, self.ignored))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(Wrap::new(seq, self.ignored))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(Wrap::new(map, self.ignored))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(data)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.inner.next_element_seed(Wrap::new(seed, self.ignored))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.inner.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.next_value_seed(Wrap::new(seed, self.ignored))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<'_, T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T::Value, D::Error> {
        self.inner.deserialize(Flagging::new(d, self.ignored))
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use serde::Deserialize;

    use super::Flagging;
    use crate::raw::RawDataset;
    use crate::raw::field::Field;

    /// Whether parsing `json` as a dataset skips a member, by this and by `serde_ignored`.
    fn both(json: &str) -> (bool, bool) {
        let ignored = Cell::new(false);
        let mut de = serde_json::Deserializer::from_str(json);
        Field::<RawDataset>::deserialize(Flagging::new(&mut de, &ignored)).expect("parses");
        let mut paths = Vec::new();
        let mut de = serde_json::Deserializer::from_str(json);
        let mut note = |p: serde_ignored::Path| paths.push(p.to_string());
        Field::<RawDataset>::deserialize(serde_ignored::Deserializer::new(&mut de, &mut note))
            .expect("parses");
        (ignored.get(), !paths.is_empty())
    }

    #[test]
    fn notices_an_unknown_member_at_any_depth_as_serde_ignored_does() {
        for (json, unknown) in [
            (r#"{"title": "T"}"#, false),
            (r#"{"titel": "T"}"#, true),
            (r#"{"goals": [{"id": "g", "kode": 1}]}"#, true),
            (
                r#"{"goals": [{"id": "g", "indicators": [{"id": "i", "target": {"value": 1, "x": 2}}]}]}"#,
                true,
            ),
            (
                r#"{"goals": [{"indicators": [{"series": [{"date": "2016", "value": 1, "n": 0}]}]}]}"#,
                true,
            ),
            (
                r#"{"initiatives": [{"updates": [{"date": "2016", "text": "t", "status": "active"}]}]}"#,
                false,
            ),
            // A value of the wrong kind is skipped, but not as an unknown member.
            (r#"{"goals": [{"id": {"deep": [1, {"x": 2}]}}]}"#, false),
            (r#"{"owners": "none", "goals": 3}"#, false),
        ] {
            assert_eq!(both(json), (unknown, unknown), "{json}");
        }
    }
}
