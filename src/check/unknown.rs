//! Unknown fields: a warning each, with "did you mean" when a known member of that object is
//! close. A field repeated in every element of a long list is reported once, with a count.
//! A misspelt required field is one error, at the misspelling: not a warning there plus a
//! "missing required field" at its object.

use crate::message::Member;
use std::collections::HashMap;

use super::{Anchor, Finding};
use crate::diagnostic::Severity;
use crate::raw::path::{JsonPath, Seg};
use crate::schema::known_fields;
use crate::suggest::closest;

/// Findings for the unknown members found at `paths` (in file order), added to `findings`
/// (the checks' own). A "missing required field" that an unknown member misspells is taken
/// out of `findings` and said in that member's error instead.
pub fn unknown_fields(paths: Vec<JsonPath>, findings: &mut Vec<Finding>) {
    // The same member of the same kind of object (indices aside) is one finding.
    let mut first: Vec<(JsonPath, usize)> = Vec::new();
    let mut seen: HashMap<Vec<Seg>, usize> = HashMap::new();
    // The missing required members by path: few, and usually none (then nothing is looked up).
    let mut missing: HashMap<JsonPath, usize> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity == Severity::Error && f.message.is_missing())
        .map(|(i, f)| (f.path.clone(), i))
        .collect();
    let mut misspelt = Vec::new();
    let mut taken = vec![false; findings.len()];
    for path in paths {
        if !missing.is_empty()
            && let Some((at, finding)) = misspelt_required(&path, &mut missing)
        {
            taken[at] = true;
            misspelt.push(finding);
            continue;
        }
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
    let mut taken = taken.into_iter();
    findings.retain(|_| !taken.next().unwrap_or(false));
    findings.extend(misspelt);
    findings.extend(first.into_iter().map(|(path, more)| finding(path, more)));
}

/// The error for an unknown member at `path` close to a required member its object lacks,
/// with the index of that member's "missing required field" finding (taken out of `missing`).
fn misspelt_required(
    path: &JsonPath,
    missing: &mut HashMap<JsonPath, usize>,
) -> Option<(usize, Finding)> {
    let name = path.last_key()?;
    let parent = path.parent();
    let known = known_fields(parent.segs());
    let near = closest(name, known.iter().map(String::as_str))?;
    let mut wanted = parent.clone();
    wanted.0.push(Seg::Key(near.to_owned()));
    let at = missing.remove(&wanted)?;
    let finding = Finding {
        severity: Severity::Error,
        path: path.clone(),
        anchor: Anchor::Key,
        message: Member::MisspeltRequired {
            name: name.to_owned(),
            near: near.to_owned(),
        }
        .into(),
    };
    Some((at, finding))
}

fn finding(path: JsonPath, more: usize) -> Finding {
    let name = path.last_key().unwrap_or_default();
    let known = known_fields(path.parent().segs());
    let message = Member::UnknownField {
        name: name.to_owned(),
        near: closest(name, known.iter().map(String::as_str)).map(str::to_owned),
        more,
    }
    .into();
    Finding {
        severity: Severity::Warning,
        path,
        anchor: Anchor::Key,
        message,
    }
}
