//! The dashboard's modules use each other in one direction only: no import circle in
//! `src/tui` (docs/architecture.md). Read from the sources: every `super::…` and
//! `crate::tui::…` path outside the tests is an arrow from its file's module to the module it
//! names; the arrows must not close a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of `src/tui` (`ui::goal`, `content`, …) with its source, tests left out.
fn modules() -> BTreeMap<String, (String, bool)> {
    let mut out = BTreeMap::new();
    collect(Path::new("src/tui"), &mut Vec::new(), &mut out);
    out
}

fn collect(dir: &Path, at: &mut Vec<String>, out: &mut BTreeMap<String, (String, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/tui is there")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_owned();
        if path.is_dir() {
            at.push(name);
            collect(&path, at, out);
            at.pop();
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
            let text = std::fs::read_to_string(&path).expect("a source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            let is_mod = name == "mod";
            let mut module = at.clone();
            if !is_mod {
                module.push(name);
            }
            out.insert(module.join("::"), (code, is_mod));
        }
    }
}

/// The paths a source names: `super::x::y`, `crate::tui::x`, and the items of `{…}` lists.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts = rest.starts_with("super::") || rest.starts_with("crate::tui::");
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if !(starts && boundary) {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let path = rest[..len].trim_end_matches(':').to_owned();
        if rest[len..].starts_with('{') {
            let list = &rest[len + 1..rest[len..].find('}').map_or(len + 1, |e| len + e)];
            for item in list.split(',') {
                let item = item.trim().split("::").next().unwrap_or("");
                if !item.is_empty() && item != "self" {
                    out.push(format!("{path}::{item}"));
                }
            }
        }
        out.push(path);
        i += len.max(1);
    }
    out
}

/// The module a path names, from module `from`: the longest prefix that is a module.
fn target(
    from: &str,
    is_mod: bool,
    path: &str,
    modules: &BTreeMap<String, (String, bool)>,
) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    if segs.first() == Some(&"crate") {
        segs.drain(..2);
        base.clear();
    } else {
        // `super` in a file module is its parent; in a `mod.rs`, the parent of the directory.
        let _ = is_mod;
        while segs.first() == Some(&"super") {
            segs.remove(0);
            base.pop();
        }
    }
    (1..=segs.len()).rev().find_map(|k| {
        let name = base
            .iter()
            .chain(&segs[..k])
            .copied()
            .collect::<Vec<_>>()
            .join("::");
        modules.contains_key(&name).then_some(name)
    })
}

#[test]
fn the_dashboards_modules_make_no_circle() {
    let modules = modules();
    assert!(
        modules.len() > 30,
        "the modules were read: {}",
        modules.len()
    );
    let mut arrows: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, (code, is_mod)) in &modules {
        for path in paths(code) {
            if let Some(to) = target(name, *is_mod, &path, &modules) {
                let inside = to.is_empty() || name.starts_with(&format!("{to}::"));
                if &to != name && !inside {
                    arrows.entry(name.clone()).or_default().insert(to);
                }
            }
        }
    }
    // A module reached again from itself closes a circle.
    for start in modules.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in arrows.get(&at).into_iter().flatten() {
                assert!(
                    next != start,
                    "an import circle: {} → {start}",
                    trail.join(" → ")
                );
                if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
}

#[test]
fn a_circle_is_seen() {
    let mut modules = BTreeMap::new();
    modules.insert("a".to_owned(), ("use super::b::X;".to_owned(), false));
    modules.insert(
        "b".to_owned(),
        ("fn f() { crate::tui::a::g() }".to_owned(), false),
    );
    let to_b = paths(&modules["a"].0);
    assert_eq!(target("a", false, &to_b[0], &modules).as_deref(), Some("b"));
    let to_a = paths(&modules["b"].0);
    assert_eq!(target("b", false, &to_a[0], &modules).as_deref(), Some("a"));
}
