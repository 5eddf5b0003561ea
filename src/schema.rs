//! The JSON Schema of the dataset format, generated from the raw types, so an editor validates
//! and completes a dataset while it is typed. It also tells the loader which members each
//! object knows, for "did you mean" on unknown fields.

use std::sync::OnceLock;

use serde_json::Value;

use crate::raw::RawDataset;
use crate::raw::path::Seg;

/// The JSON Schema of format goalboard/1.
pub fn schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<RawDataset>().to_value();
    gather_required(&mut schema);
    schema
}

/// The marker on a required member of a raw struct (see `raw`).
const REQUIRED_MARKER: &str = "x-required";

/// Turns the markers on members into each object's `required` list. Raw structs read every
/// absent member leniently (so the loader can report it), which hides required-ness from
/// schemars; the marker carries it instead.
fn gather_required(node: &mut Value) {
    match node {
        Value::Object(map) => {
            let mut required = Vec::new();
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    let marked = prop.as_object_mut().and_then(|p| p.remove(REQUIRED_MARKER));
                    if marked == Some(Value::Bool(true)) {
                        required.push(Value::String(name.clone()));
                    }
                }
            }
            if !required.is_empty() {
                map.insert("required".to_owned(), Value::Array(required));
            }
            map.values_mut().for_each(gather_required);
        }
        Value::Array(items) => items.iter_mut().for_each(gather_required),
        _ => {}
    }
}

/// The schema as `goalboard schema` prints it (and as docs/schema/ holds it).
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// The members known to the object at `path` of a dataset (empty where the path leads
/// nowhere the schema describes).
pub fn known_fields(path: &[Seg]) -> Vec<String> {
    // Made once: a file may hold many unknown fields.
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    let root = SCHEMA.get_or_init(schema);
    let mut node = root;
    for seg in path {
        let Some(next) = step(root, node, seg) else {
            return Vec::new();
        };
        node = next;
    }
    resolve(root, node)
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|props| props.keys().cloned().collect())
        .unwrap_or_default()
}

/// Follows `$ref` (and a nullable `anyOf`/`oneOf`) to the schema that has the content.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..8 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let pointer = reference.strip_prefix('#')?;
            node = root.pointer(pointer)?;
        } else if let Some(alternatives) = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(Value::as_array)
        {
            node = alternatives
                .iter()
                .find(|a| a.get("type").and_then(Value::as_str) != Some("null"))?;
        } else {
            return Some(node);
        }
    }
    None
}

fn step<'a>(root: &'a Value, node: &'a Value, seg: &Seg) -> Option<&'a Value> {
    let node = resolve(root, node)?;
    match seg {
        Seg::Key(k) => node.get("properties")?.get(k.as_str()),
        Seg::Index(_) => node.get("items"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(segs: &[&str]) -> Vec<Seg> {
        segs.iter()
            .map(|s| {
                s.parse()
                    .map_or_else(|_| Seg::Key((*s).to_owned()), Seg::Index)
            })
            .collect()
    }

    #[test]
    fn knows_the_members_of_nested_objects() {
        let top = known_fields(&[]);
        assert!(top.contains(&"title".to_owned()) && top.contains(&"$schema".to_owned()));
        let target = known_fields(&path(&["goals", "3", "indicators", "0", "target"]));
        assert_eq!(target, ["date", "label", "value"]);
        let point = known_fields(&path(&["initiatives", "0", "measures", "1", "series", "2"]));
        assert!(point.contains(&"from".to_owned()));
        assert!(known_fields(&path(&["nowhere"])).is_empty());
    }

    #[test]
    fn dates_carry_their_pattern_and_enums_their_values() {
        let s = schema();
        assert_eq!(s["$defs"]["Date"]["pattern"], crate::raw::DATE_PATTERN);
        let status = &s["$defs"]["InitiativeStatus"]["enum"];
        assert_eq!(status.as_array().map(Vec::len), Some(5));
        assert_eq!(
            s["required"],
            serde_json::json!(["format", "goals", "title"])
        );
    }
}
