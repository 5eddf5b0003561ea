//! The code's shape, as the developers' brief sets it: no `src/` file over 500 lines and no
//! function over 60 lines outside the tests. Read from the sources with a brace count that
//! skips strings, characters and comments; test modules (`#[cfg(test)] mod …`, inline or in a
//! file of their own, and every `tests.rs`) are left out of the function count.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 60;

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src is there")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source with strings, characters and comments blanked (newlines kept), so braces and
/// words in them do not count.
fn blank(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let keep_lines = |out: &mut String, text: &[char]| {
        for &c in text {
            out.push(if c == '\n' { '\n' } else { ' ' });
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let end = if c == '/' && next == Some('/') {
            (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len())
        } else if c == '/' && next == Some('*') {
            block_comment_end(&chars, i)
        } else if c == '"' || (c == 'r' && matches!(next, Some('"' | '#')) && !ident(&chars, i)) {
            string_end(&chars, i)
        } else if c == 'b' && next == Some('\'') && !ident(&chars, i) {
            char_end(&chars, i + 1).unwrap_or(i + 1)
        } else if c == '\'' {
            char_end(&chars, i).unwrap_or(i + 1)
        } else {
            out.push(c);
            i += 1;
            continue;
        };
        keep_lines(&mut out, &chars[i..end]);
        i = end;
    }
    out
}

/// Whether the character before `i` continues an identifier (`br"…"` aside, `r` in `for"` is
/// not a raw string).
fn ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

fn block_comment_end(chars: &[char], start: usize) -> usize {
    let mut depth = 0;
    let mut i = start;
    while i + 1 < chars.len() {
        match (chars[i], chars[i + 1]) {
            ('/', '*') => {
                depth += 1;
                i += 2;
            }
            ('*', '/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    chars.len()
}

/// The end of a string starting at `start`: `"…"` with escapes, or raw `r#"…"#`.
fn string_end(chars: &[char], start: usize) -> usize {
    let mut i = start;
    if chars[i] == 'r' {
        i += 1;
        let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
        i += hashes + 1;
        while i < chars.len() {
            if chars[i] == '"'
                && chars[i + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == '#')
                    .count()
                    == hashes
            {
                return i + 1 + hashes;
            }
            i += 1;
        }
        return chars.len();
    }
    i += 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
}

/// The end of a character literal at `start` (`'{'`, `'\''`, `'\u{7b}'`), `None` for a
/// lifetime (`'a`).
fn char_end(chars: &[char], start: usize) -> Option<usize> {
    match chars.get(start + 1)? {
        '\\' => (start + 3..chars.len().min(start + 12))
            .find(|&j| chars[j] == '\'')
            .map(|j| j + 1),
        _ if chars.get(start + 2) == Some(&'\'') => Some(start + 3),
        _ => None,
    }
}

/// Functions longer than `max` lines (from the `fn` line to its closing brace), outside
/// `#[cfg(test)]` modules, as `(name, lines)`.
fn long_functions(src: &str, max: usize) -> Vec<(String, usize)> {
    let code = blank(src);
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut test_attr = false;
    while i < lines.len() {
        let line = lines[i].trim();
        if line.starts_with("#[cfg(test)]") {
            test_attr = true;
            i += 1;
            continue;
        }
        let is_mod = word_before(line, "mod").is_some() && line.ends_with('{');
        if let Some(name) = word_before(line, "fn").filter(|_| !test_attr || !is_mod) {
            if let Some(end) = body_end(&lines, i) {
                if end + 1 - i > max {
                    out.push((name, end + 1 - i));
                }
                // Functions inside a function are counted as part of it.
                i = end + 1;
                test_attr = false;
                continue;
            }
        } else if test_attr && is_mod {
            i = body_end(&lines, i).map_or(lines.len(), |end| end + 1);
            test_attr = false;
            continue;
        }
        if !line.starts_with("#[") && !line.is_empty() {
            test_attr = false;
        }
        i += 1;
    }
    out
}

/// The name after `keyword` when the line declares one (`pub(crate) fn name<…>(`).
fn word_before(line: &str, keyword: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words.iter().position(|w| *w == keyword)?;
    let allowed = ["pub", "const", "async", "unsafe", "extern", "default"];
    let leading = words[..at]
        .iter()
        .all(|w| allowed.contains(w) || w.starts_with("pub(") || *w == "\"C\"");
    let name: String = words
        .get(at + 1)?
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (leading && !name.is_empty()).then_some(name)
}

/// The line of the brace that closes the item starting at line `start`; `None` when it ends
/// with `;` before any brace (a declaration without a body).
fn body_end(lines: &[&str], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut opened = false;
    for (n, line) in lines.iter().enumerate().skip(start) {
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if opened && depth == 0 {
                        return Some(n);
                    }
                }
                ';' if !opened => return None,
                _ => {}
            }
        }
    }
    None
}

/// Files that are test modules by their declaration: `#[cfg(test)] mod name;` makes
/// `name.rs` (or `name/mod.rs`) beside its parent's module directory a test file.
fn test_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).expect("a source file");
        let dir = match file.file_stem().and_then(|s| s.to_str()) {
            Some("mod" | "lib" | "main") => file.parent().map(Path::to_path_buf),
            Some(stem) => file.parent().map(|p| p.join(stem)),
            None => None,
        };
        let Some(dir) = dir else { continue };
        let mut after_cfg = false;
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[cfg(test)]") {
                after_cfg = true;
                continue;
            }
            if after_cfg
                && line.ends_with(';')
                && let Some(name) = word_before(line, "mod")
            {
                out.insert(dir.join(format!("{name}.rs")));
                out.insert(dir.join(name).join("mod.rs"));
            }
            after_cfg = after_cfg && line.starts_with("#[");
        }
    }
    out
}

#[test]
fn no_source_file_is_over_500_lines() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    assert!(files.len() > 100, "the sources are read");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f)
                .expect("a source file")
                .lines()
                .count();
            (lines > MAX_FILE_LINES).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_function_is_over_60_lines_outside_the_tests() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let tests = test_files(&files);
    let mut long = Vec::new();
    for file in files.iter().filter(|f| !tests.contains(*f)) {
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("a source file");
        for (name, lines) in long_functions(&text, MAX_FN_LINES) {
            long.push(format!("{}:{name} ({lines} lines)", file.display()));
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines:\n{}",
        long.join("\n")
    );
}

/// The scan finds a long function, and leaves tests, strings and comments out.
#[test]
fn the_scan_can_fail() {
    let body = "    let x = 1;\n".repeat(60);
    let long = format!("pub(crate) fn long() {{\n{body}}}\n");
    assert_eq!(long_functions(&long, 60), [("long".to_owned(), 62)]);
    let short = "    let x = 1;\n".repeat(58);
    assert!(long_functions(&format!("fn short() {{\n{short}}}\n"), 60).is_empty());
    let tricky = format!(
        "fn tricky<'a>(s: &'a str) -> char {{\n    let _ = \"}}\";\n    // }}\n    let _ = r#\"}}\"#;\n    '}}'\n}}\n{long}"
    );
    assert_eq!(long_functions(&tricky, 60), [("long".to_owned(), 62)]);
    let tested =
        format!("#[cfg(test)]\nmod tests {{\n    use super::*;\n\n{long}}}\nfn after() {{}}\n");
    assert!(long_functions(&tested, 60).is_empty());
    let declared = "trait T {\n    fn f(&self);\n    fn g(&self) {}\n}\n";
    assert!(long_functions(declared, 0).len() == 1, "the body of g only");
}
