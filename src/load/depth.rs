//! The nesting limit inside members goalboard does not know. `serde_json` stops at 128 levels
//! wherever it builds a value, but it skips an unknown member without counting its depth (its
//! skipping needs no stack), so a file with a 5,000,000-deep unknown member loaded, and any
//! other reader of the file (`jq`, a browser) would choke on it. The limit is one promise for
//! the whole file: this scan keeps it. It runs only when the parse met an unknown member, so a
//! clean file never pays for it.

use crate::raw::path::{JsonPath, Seg};

/// The nesting level `serde_json` refuses (the top-level object is level 1).
pub const TOO_DEEP: usize = 128;

/// An open object or array while scanning.
enum Frame {
    /// The byte range of the current member's name (with its quotes), once read.
    Object {
        key: Option<(usize, usize)>,
        expect_key: bool,
    },
    Array {
        index: usize,
    },
}

/// Where the first value nested [`TOO_DEEP`] levels deep opens: its byte offset and the path
/// of the value holding it. `None` when the file keeps the limit. The bytes are JSON that
/// already parsed, so the scan need not check anything but the nesting.
pub fn too_deep(bytes: &[u8]) -> Option<(usize, JsonPath)> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                let end = string_end(bytes, at);
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    *key = Some((at, end));
                    *expect_key = false;
                }
                at = end;
                continue;
            }
            open @ (b'{' | b'[') => {
                if stack.len() + 1 >= TOO_DEEP {
                    return Some((at, path_of(bytes, &stack)));
                }
                stack.push(if open == b'{' {
                    Frame::Object {
                        key: None,
                        expect_key: true,
                    }
                } else {
                    Frame::Array { index: 0 }
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            _ => {}
        }
        at += 1;
    }
    None
}

/// The offset just past the string that starts at `start` (its opening quote).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// The path of the value that opens too deep: each open value's current member or element.
fn path_of(bytes: &[u8], stack: &[Frame]) -> JsonPath {
    let segs = stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Array { index } => Some(Seg::Index(*index)),
            Frame::Object { key, .. } => {
                let (start, end) = (*key)?;
                let raw = bytes.get(start..end)?;
                let name = serde_json::from_slice::<String>(raw)
                    .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned());
                Some(Seg::Key(name))
            }
        })
        .collect();
    JsonPath(segs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!(
            "{{\"x\": {}1{}}}",
            "[".repeat(depth - 1),
            "]".repeat(depth - 1)
        )
    }

    #[test]
    fn the_limit_is_serde_jsons() {
        for depth in [TOO_DEEP - 1, TOO_DEEP] {
            let text = nested(depth);
            let parsed = serde_json::from_str::<serde_json::Value>(&text);
            assert_eq!(
                parsed.is_err(),
                too_deep(text.as_bytes()).is_some(),
                "depth {depth}"
            );
        }
    }

    #[test]
    fn points_at_the_bracket_too_deep_with_its_path() {
        let text = format!(
            "{{\"a\": 1, \"b\\\"c\": [0, {{\"k\": {}}}]}}",
            "[".repeat(TOO_DEEP)
        );
        let (at, path) = too_deep(text.as_bytes()).expect("too deep");
        // `{` `[` `{` then brackets: the 128th level opens at the 125th bracket.
        let first = text.find("[[").expect("brackets");
        assert_eq!(at, first + TOO_DEEP - 4);
        let expected = "[\"b\\\"c\"][1].k".to_owned() + &"[0]".repeat(TOO_DEEP - 4);
        assert_eq!(path.to_string(), expected);
    }

    #[test]
    fn brackets_in_strings_do_not_count() {
        let text = format!("{{\"x\": \"{}\", \"y\": [\"\\\\\", 1]}}", "[".repeat(500));
        assert!(too_deep(text.as_bytes()).is_none());
    }
}
