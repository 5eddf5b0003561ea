//! Line and column of the values that diagnostics name. serde knows where a syntax error is,
//! but not where a bad date or a duplicate id sits once the file has parsed: this scanner
//! walks the bytes once, descending only into the members and elements on the way to a wanted
//! path and skipping everything else, and runs only when there is something to report.

use std::collections::HashMap;

use crate::raw::path::{JsonPath, Seg};

/// A 1-based line and a 1-based column counted in characters.
pub type Position = (usize, usize);

/// What to find: the value at a path, or the member name that ends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    Value,
    Key,
}

/// Where each target starts in `bytes` (`None` when the path is not in the file).
pub fn locate(bytes: &[u8], targets: &[(&JsonPath, Spot)]) -> Vec<Option<Position>> {
    let mut trie = Trie::default();
    for (i, (path, spot)) in targets.iter().enumerate() {
        trie.insert(path.segs(), *spot, i);
    }
    let mut offsets = vec![None; targets.len()];
    let mut scanner = Scanner { bytes, pos: 0 };
    scanner.ws();
    scanner.value(&trie, 0, &mut offsets);
    positions(bytes, &offsets)
}

#[derive(Default)]
struct Node {
    children: HashMap<Seg, usize>,
    values: Vec<usize>,
    keys: Vec<usize>,
}

/// The wanted paths, sharing their common beginnings.
struct Trie {
    nodes: Vec<Node>,
}

impl Default for Trie {
    fn default() -> Self {
        Self {
            nodes: vec![Node::default()],
        }
    }
}

impl Trie {
    fn insert(&mut self, segs: &[Seg], spot: Spot, target: usize) {
        let mut node = 0;
        for seg in segs {
            let next = self.nodes.len();
            node = *self.nodes[node].children.entry(seg.clone()).or_insert(next);
            if node == next {
                self.nodes.push(Node::default());
            }
        }
        match spot {
            Spot::Value => self.nodes[node].values.push(target),
            Spot::Key => self.nodes[node].keys.push(target),
        }
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Scans the value at `pos`, which is at trie node `node`.
    fn value(&mut self, trie: &Trie, node: usize, out: &mut [Option<usize>]) {
        let here = &trie.nodes[node];
        for &t in &here.values {
            out[t] = Some(self.pos);
        }
        if here.children.is_empty() {
            self.skip_value();
            return;
        }
        match self.peek() {
            Some(b'{') => self.object(trie, node, out),
            Some(b'[') => self.array(trie, node, out),
            _ => self.skip_value(),
        }
    }

    fn object(&mut self, trie: &Trie, node: usize, out: &mut [Option<usize>]) {
        self.pos += 1;
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                self.pos += 1; // `}` (or a broken file: stop at the next byte)
                return;
            }
            let key_at = self.pos;
            let key = self.string();
            let child = key.and_then(|k| trie.nodes[node].children.get(&Seg::Key(k)).copied());
            self.ws();
            if self.peek() == Some(b':') {
                self.pos += 1;
            }
            self.ws();
            match child {
                Some(child) => {
                    for &t in &trie.nodes[child].keys {
                        out[t] = Some(key_at);
                    }
                    self.value(trie, child, out);
                }
                None => self.skip_value(),
            }
            self.ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
            } else {
                self.pos += 1;
                return;
            }
        }
    }

    fn array(&mut self, trie: &Trie, node: usize, out: &mut [Option<usize>]) {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.ws();
            match self.peek() {
                None => return,
                Some(b']') => {
                    self.pos += 1;
                    return;
                }
                Some(_) => {}
            }
            match trie.nodes[node].children.get(&Seg::Index(index)) {
                Some(&child) => self.value(trie, child, out),
                None => self.skip_value(),
            }
            index += 1;
            self.ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
            } else {
                // `]`, or a broken file: either way the array ends here.
                self.pos += 1;
                return;
            }
        }
    }

    /// Reads a string at `pos` (on its `"`), decoding escapes only when there are some.
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.skip_string();
        let raw = self.bytes.get(start..self.pos)?;
        let inner = raw.get(1..raw.len().checked_sub(1)?)?;
        if inner.contains(&b'\\') {
            serde_json::from_slice(raw).ok()
        } else {
            String::from_utf8(inner.to_vec()).ok()
        }
    }

    fn skip_string(&mut self) {
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn skip_value(&mut self) {
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'{' | b'[') => self.skip_container(),
            _ => {
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
            }
        }
    }

    fn skip_container(&mut self) {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    self.skip_string();
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.pos += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
    }
}

/// Line and column (in characters) of byte offsets, in one pass over the bytes.
fn positions(bytes: &[u8], offsets: &[Option<usize>]) -> Vec<Option<Position>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.map(|o| (o, i)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; offsets.len()];
    let (mut pos, mut line, mut column) = (0, 1, 1);
    for (offset, i) in order {
        let offset = offset.min(bytes.len());
        for &b in &bytes[pos..offset] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                column += 1;
            }
        }
        pos = offset;
        out[i] = Some((line, column));
    }
    out
}

/// Line and column (in characters) of a byte offset.
pub fn position_of(bytes: &[u8], offset: usize) -> Position {
    positions(bytes, &[Some(offset)])[0].unwrap_or((1, 1))
}

/// The last byte before `serde_json`'s position (1-based line, 1-based byte column) that is not
/// white space. `serde_json` notices a missing comma at the token after the gap; the comma
/// belongs after the value before it, which is where people look.
pub fn end_of_previous(bytes: &[u8], line: usize, byte_column: usize) -> Option<Position> {
    let line_start = match line {
        0 | 1 => 0,
        _ => {
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .nth(line - 2)?
                .0
                + 1
        }
    };
    let offset = (line_start + byte_column.saturating_sub(1)).min(bytes.len());
    let last = bytes[..offset]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())?;
    Some(position_of(bytes, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(segs: &[&str]) -> JsonPath {
        JsonPath(
            segs.iter()
                .map(|s| {
                    s.parse()
                        .map_or_else(|_| Seg::Key((*s).to_owned()), Seg::Index)
                })
                .collect(),
        )
    }

    fn find(json: &str, segs: &[&str], spot: Spot) -> Option<Position> {
        let p = path(segs);
        locate(json.as_bytes(), &[(&p, spot)])[0]
    }

    #[test]
    fn finds_values_and_keys_in_nested_objects_and_arrays() {
        let json =
            "{\n  \"goals\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"titel\": 3}\n  ]\n}";
        assert_eq!(
            find(json, &["goals", "1", "id"], Spot::Value),
            Some((4, 12))
        );
        assert_eq!(
            find(json, &["goals", "1", "titel"], Spot::Key),
            Some((4, 17))
        );
        assert_eq!(find(json, &["goals", "1"], Spot::Value), Some((4, 5)));
        assert_eq!(find(json, &["goals"], Spot::Value), Some((2, 12)));
        assert_eq!(find(json, &[], Spot::Value), Some((1, 1)));
        assert_eq!(find(json, &["goals", "2"], Spot::Value), None);
    }

    #[test]
    fn skips_strings_with_escapes_and_brackets() {
        let json = r#"{"a": "x\"]}{[", "b": [[1, [2]], {"c": "]"}, 7]}"#;
        assert_eq!(find(json, &["b", "2"], Spot::Value), Some((1, 46)));
        let escaped_key = r#"{"t\u0069tle": 1, "b": 2}"#;
        assert_eq!(find(escaped_key, &["title"], Spot::Key), Some((1, 2)));
        assert_eq!(find(escaped_key, &["b"], Spot::Value), Some((1, 24)));
    }

    #[test]
    fn counts_columns_in_characters() {
        let json = "{\"titel\": \"Hjemløse 🏠\", \"x\": 1}";
        assert_eq!(find(json, &["x"], Spot::Value), Some((1, 30)));
        let crlf = "{\r\n\"æ\": 1,\r\n \"b\": 2}";
        assert_eq!(find(crlf, &["b"], Spot::Value), Some((3, 7)));
    }

    #[test]
    fn finds_many_targets_in_one_pass_in_any_order() {
        let json = r#"{"s": [{"d": 1}, {"d": 2}, {"d": 3}]}"#;
        let (p2, p0) = (path(&["s", "2", "d"]), path(&["s", "0", "d"]));
        let found = locate(json.as_bytes(), &[(&p2, Spot::Value), (&p0, Spot::Value)]);
        assert_eq!(found, vec![Some((1, 34)), Some((1, 14))]);
    }

    #[test]
    fn survives_broken_input() {
        for json in [
            "",
            "{",
            "{\"a\":",
            "[1,",
            "{\"a\" 1}",
            "\"",
            "{\"a\":[}",
            "}}]]",
        ] {
            let _ = find(json, &["a", "0", "b"], Spot::Value);
        }
    }

    #[test]
    fn end_of_the_value_before_a_gap() {
        let text = b"{\n  \"a\": \"x\"\n  \"b\": 1\n}";
        // serde_json reports the missing comma at `"b"`, 3:3.
        assert_eq!(end_of_previous(text, 3, 3), Some((2, 10)));
        assert_eq!(end_of_previous(b"[1 2]", 1, 4), Some((1, 2)));
        assert_eq!(end_of_previous(b"  x", 1, 1), None);
    }
}
