//! Unknown fields: a warning each, with "did you mean" when a known member of that object is
//! close. A field repeated in every element of a long list is reported once, with a count.

use std::collections::HashMap;

use super::{Anchor, Finding};
use crate::diagnostic::Severity;
use crate::raw::path::{JsonPath, Seg};
use crate::schema::known_fields;
use crate::suggest::closest;

/// Findings for the unknown members found at `paths` (in file order).
pub fn unknown_fields(paths: Vec<JsonPath>) -> Vec<Finding> {
    // The same member of the same kind of object (indices aside) is one finding.
    let mut first: Vec<(JsonPath, usize)> = Vec::new();
    let mut seen: HashMap<Vec<Seg>, usize> = HashMap::new();
    for path in paths {
        let shape: Vec<Seg> = path
            .segs()
            .iter()
            .map(|s| match s {
                Seg::Index(_) => Seg::Index(0),
                key @ Seg::Key(_) => key.clone(),
            })
            .collect();
        if let Some(&i) = seen.get(&shape) {
            first[i].1 += 1;
        } else {
            seen.insert(shape, first.len());
            first.push((path, 0));
        }
    }
    first
        .into_iter()
        .map(|(path, more)| finding(path, more))
        .collect()
}

fn finding(path: JsonPath, more: usize) -> Finding {
    let name = path.last_key().unwrap_or_default();
    let known = known_fields(path.parent().segs());
    let hint = match closest(name, known.iter().map(String::as_str)) {
        Some(near) => format!("did you mean \"{near}\"?"),
        None => "ignored".to_owned(),
    };
    let also = match more {
        0 => String::new(),
        1 => " (also in 1 more place like this)".to_owned(),
        n => format!(" (also in {n} more places like this)"),
    };
    let message = format!("unknown field \"{name}\"; {hint}{also}");
    Finding {
        severity: Severity::Warning,
        path,
        anchor: Anchor::Key,
        message,
    }
}
