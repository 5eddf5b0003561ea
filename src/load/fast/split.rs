//! Cuts a dataset file, fed in blocks as it is read, into its skeleton and the elements of its
//! two long lists (the top-level `goals` and `initiatives`), so the elements can be parsed on
//! several threads while the rest of the file is still being read, and the file is never held
//! whole.
//!
//! The cut only frames. Every piece is parsed by `serde_json` afterwards, and anything this
//! scanner does not expect (a list element that is not an object, a trailing comma, a key
//! written with escapes, a file that does not start with `{`, deep nesting) stops it: the
//! caller then loads the file the ordinary way. A scanner mistake can cost time, never a
//! different result: the skeleton with each element put back between its list's brackets,
//! separated by commas, is the file, and each of those parts is checked by the parser.

use memchr::memchr2;

use super::batch::{Batch, List};

/// Why the scanner gave up: the caller loads the file the ordinary way, which says what is
/// wrong, if anything is.
#[derive(Debug, PartialEq, Eq)]
pub struct Unexpected;

/// Deeper than this, the ordinary parser's limit (128) comes into sight: leave such files to it.
const MAX_DEPTH: u32 = 100;

/// Where the scanner is, outside strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Before the top-level `{`.
    Start,
    /// Outside the long lists: bytes go to the skeleton.
    Skeleton,
    /// Just after a long list's `[`: its first element or `]`.
    ListOpen,
    /// Inside an element (at `depth` below the list).
    Element,
    /// After an element: `,` or `]`.
    AfterElement,
    /// After a `,` in a long list: the next element.
    ListComma,
    /// After the top-level object: only white space may follow.
    End,
}

/// Where a member of the top-level object is: the scanner looks for `"goals" : [`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Member {
    /// A key comes next (after `{` or `,`).
    Key,
    /// In the key's string.
    InKey,
    /// After the key: `:` comes next.
    Colon,
    /// After `:`: the value comes next.
    Value,
    /// In or after the value.
    Other,
}

/// The longest key worth remembering ("initiatives").
const KEY_CAP: usize = 16;

pub struct Splitter<F: FnMut(Batch)> {
    mode: Mode,
    member: Member,
    /// Nesting depth in the whole file (the top-level object is 1).
    depth: u32,
    in_string: bool,
    /// In a string, after a backslash.
    escaped: bool,
    key: Vec<u8>,
    /// The key had an escape, or was too long to be one of the lists.
    key_odd: bool,
    /// The list whose key was read, once its `:` is.
    list_key: Option<List>,
    list: List,
    skeleton: Vec<u8>,
    batch: Batch,
    batch_bytes: usize,
    next_seq: usize,
    split: Vec<List>,
    /// Buffers of batches done with, to fill again (see [`Splitter::give_back`]).
    spare: Vec<Batch>,
    send: F,
}

/// What the scanner leaves once the whole file is fed: the skeleton, with `[]` for each long
/// list, and the lists it cut out.
#[derive(Debug)]
pub struct Skeleton {
    pub bytes: Vec<u8>,
    pub split: Vec<List>,
}

impl<F: FnMut(Batch)> Splitter<F> {
    /// A scanner that hands each batch of about `batch_bytes` to `send`, in file order.
    pub fn new(batch_bytes: usize, send: F) -> Self {
        Self {
            mode: Mode::Start,
            member: Member::Other,
            depth: 0,
            in_string: false,
            escaped: false,
            key: Vec::with_capacity(KEY_CAP),
            key_odd: false,
            list_key: None,
            list: List::Goals,
            skeleton: Vec::new(),
            batch: Batch {
                list: List::Goals,
                seq: 0,
                bytes: Vec::new(),
                ends: Vec::new(),
            },
            batch_bytes,
            next_seq: 0,
            split: Vec::new(),
            spare: Vec::new(),
            send,
        }
    }

    /// A batch parsed and done with: its buffers are filled again rather than new ones
    /// made, so a few buffers carry the whole file (buffers freed on another thread than
    /// the one that made them are slow to go back to the system).
    pub fn give_back(&mut self, batch: Batch) {
        self.spare.push(batch);
    }

    fn empty_batch(&mut self) -> Batch {
        let mut batch = self.spare.pop().unwrap_or_else(|| Batch {
            list: self.list,
            seq: 0,
            bytes: Vec::with_capacity(self.batch_bytes + self.batch_bytes / 4),
            ends: Vec::new(),
        });
        batch.bytes.clear();
        batch.ends.clear();
        batch.list = self.list;
        batch.seq = self.next_seq;
        batch
    }

    /// Scans the next block of the file.
    pub fn feed(&mut self, block: &[u8]) -> Result<(), Unexpected> {
        let mut i = 0;
        while i < block.len() {
            i = if self.mode == Mode::Element {
                self.element(block, i)?
            } else if self.in_string {
                self.skeleton_string(block, i)
            } else {
                self.framing(block[i])?;
                i + 1
            };
        }
        Ok(())
    }

    /// Goes through an element from `start` to its end or the block's, copying it to the
    /// batch. Nearly all of a large file passes here, so it is one tight loop.
    fn element(&mut self, block: &[u8], start: usize) -> Result<usize, Unexpected> {
        let mut i = start;
        let mut ended = false;
        while i < block.len() {
            let b = block[i];
            i += 1;
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                } else if let Some(at) = memchr2(b'"', b'\\', &block[i..]) {
                    // Long texts: jump to the next quote or backslash.
                    i += at;
                } else {
                    i = block.len();
                }
                continue;
            }
            match b {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.open()?,
                b'}' | b']' => {
                    self.depth -= 1;
                    if self.depth == 2 {
                        ended = true;
                        break;
                    }
                }
                _ => {}
            }
        }
        self.batch.bytes.extend_from_slice(&block[start..i]);
        if ended {
            self.mode = Mode::AfterElement;
            self.element_done();
        }
        Ok(i)
    }

    /// Goes through a string of the skeleton from `i`, returning where to go on.
    fn skeleton_string(&mut self, block: &[u8], i: usize) -> usize {
        if self.escaped {
            self.escaped = false;
            self.key_odd |= self.member == Member::InKey;
            self.skeleton.push(block[i]);
            return i + 1;
        }
        let (text, end) = match memchr2(b'"', b'\\', &block[i..]) {
            Some(at) => (&block[i..i + at], i + at + 1),
            None => (&block[i..], block.len()),
        };
        self.key_bytes(text);
        self.skeleton.extend_from_slice(&block[i..end]);
        if end > i + text.len() {
            if block[end - 1] == b'\\' {
                self.escaped = true;
            } else {
                self.in_string = false;
                if self.member == Member::InKey {
                    self.member = Member::Colon;
                }
            }
        }
        end
    }

    fn key_bytes(&mut self, bytes: &[u8]) {
        if self.member != Member::InKey || self.key_odd {
            return;
        }
        if self.key.len() + bytes.len() > KEY_CAP {
            self.key_odd = true;
        } else {
            self.key.extend_from_slice(bytes);
        }
    }

    /// One byte outside strings and elements.
    fn framing(&mut self, b: u8) -> Result<(), Unexpected> {
        let space = matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        match self.mode {
            Mode::Start | Mode::End | Mode::Skeleton => {
                self.skeleton.push(b);
                if !space {
                    self.skeleton_byte(b)?;
                }
            }
            Mode::ListOpen | Mode::ListComma | Mode::AfterElement if space => {}
            Mode::ListOpen | Mode::AfterElement if b == b']' => {
                self.send_batch();
                self.depth -= 1;
                self.mode = Mode::Skeleton;
                self.skeleton.push(b);
            }
            Mode::ListOpen | Mode::ListComma if b == b'{' => {
                self.mode = Mode::Element;
                self.open()?;
                self.batch.bytes.push(b);
            }
            Mode::AfterElement if b == b',' => self.mode = Mode::ListComma,
            Mode::ListOpen | Mode::ListComma | Mode::AfterElement | Mode::Element => {
                return Err(Unexpected);
            }
        }
        Ok(())
    }

    fn open(&mut self) -> Result<(), Unexpected> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Unexpected);
        }
        Ok(())
    }

    /// A byte of the skeleton, not white space, outside strings.
    fn skeleton_byte(&mut self, b: u8) -> Result<(), Unexpected> {
        let top = self.depth == 1;
        match self.mode {
            Mode::Start if b == b'{' => {
                self.mode = Mode::Skeleton;
                self.member = Member::Key;
                self.depth = 1;
                return Ok(());
            }
            Mode::Start | Mode::End => return Err(Unexpected),
            _ => {}
        }
        if top && self.member == Member::Value {
            self.member = Member::Other;
            if let (b'[', Some(list)) = (b, self.list_key.take()) {
                self.depth += 1;
                self.list = list;
                self.split.push(list);
                self.mode = Mode::ListOpen;
                return Ok(());
            }
        }
        match b {
            b'"' => {
                self.in_string = true;
                if top && self.member == Member::Key {
                    self.member = Member::InKey;
                    self.key.clear();
                    self.key_odd = false;
                }
            }
            b':' if top && self.member == Member::Colon => {
                self.member = Member::Value;
                self.list_key = if self.key_odd {
                    None
                } else {
                    List::of_key(&self.key)
                };
            }
            b',' if top => self.member = Member::Key,
            b'{' | b'[' => self.open()?,
            b'}' | b']' => {
                self.depth = self.depth.checked_sub(1).ok_or(Unexpected)?;
                if self.depth == 0 {
                    self.mode = Mode::End;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// An element has ended: it joins the batch, which goes once it is full.
    fn element_done(&mut self) {
        self.batch.list = self.list;
        self.batch.ends.push(self.batch.bytes.len());
        if self.batch.bytes.len() >= self.batch_bytes {
            self.send_batch();
        }
    }

    fn send_batch(&mut self) {
        if self.batch.ends.is_empty() {
            return;
        }
        self.next_seq += 1;
        let next = self.empty_batch();
        let full = std::mem::replace(&mut self.batch, next);
        (self.send)(full);
    }

    /// Once the whole file is fed: the skeleton, if the file ended where an object may end.
    pub fn finish(self) -> Result<Skeleton, Unexpected> {
        if self.mode != Mode::End || self.in_string {
            return Err(Unexpected);
        }
        Ok(Skeleton {
            bytes: self.skeleton,
            split: self.split,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` fed in blocks of `block` bytes: the skeleton and each list's elements.
    fn split(text: &str, block: usize) -> Result<(String, Vec<(List, String)>), Unexpected> {
        let mut batches = Vec::new();
        let mut splitter = Splitter::new(8, |b| batches.push(b));
        for chunk in text.as_bytes().chunks(block.max(1)) {
            splitter.feed(chunk)?;
        }
        let skeleton = splitter.finish()?;
        let mut elements = Vec::new();
        for (n, batch) in batches.iter().enumerate() {
            assert_eq!(batch.seq, n, "numbered in order");
            for e in batch.elements() {
                elements.push((batch.list, String::from_utf8(e.to_vec()).expect("utf-8")));
            }
        }
        Ok((String::from_utf8(skeleton.bytes).expect("utf-8"), elements))
    }

    /// The same split whatever the block size.
    fn split_all(text: &str) -> Result<(String, Vec<(List, String)>), Unexpected> {
        let whole = split(text, text.len());
        for block in 1..text.len().min(40) {
            assert_eq!(split(text, block), whole, "block {block}");
        }
        whole
    }

    #[test]
    fn cuts_the_two_lists_out_of_the_skeleton() {
        let text = r#" { "title": "T", "goals" : [ {"id":"a","x":[1,{"y":"}]"}]} ,
            {"id":"b"} ], "owners": [{"id":"o"}], "initiatives":[{"id":"i"}] } "#;
        let (skeleton, elements) = split_all(text).expect("splits");
        assert_eq!(
            skeleton,
            r#" { "title": "T", "goals" : [], "owners": [{"id":"o"}], "initiatives":[] } "#
        );
        assert_eq!(
            elements,
            [
                (List::Goals, r#"{"id":"a","x":[1,{"y":"}]"}]}"#.to_owned()),
                (List::Goals, r#"{"id":"b"}"#.to_owned()),
                (List::Initiatives, r#"{"id":"i"}"#.to_owned()),
            ]
        );
    }

    #[test]
    fn strings_hide_brackets_quotes_and_keys() {
        let text = r#"{"title": "\"goals\": [{", "a\\": {"goals": [{"x": 1}]},
            "goals": [{"t": "\\\"}]\\"}], "initiatives": []}"#;
        let (skeleton, elements) = split_all(text).expect("splits");
        assert_eq!(
            skeleton,
            r#"{"title": "\"goals\": [{", "a\\": {"goals": [{"x": 1}]},
            "goals": [], "initiatives": []}"#
        );
        assert_eq!(elements, [(List::Goals, r#"{"t": "\\\"}]\\"}"#.to_owned())]);
    }

    #[test]
    fn a_key_written_with_escapes_or_a_list_that_is_no_list_stays_in_the_skeleton() {
        for text in [
            r#"{"go\u0061ls": [{"id": "g"}]}"#,
            r#"{"goals": {"id": "g"}}"#,
            r#"{"goals": "[{"}"#,
            r#"{"title": "goals", "x": [{"id": "g"}]}"#,
        ] {
            let (skeleton, elements) = split_all(text).expect("splits");
            assert_eq!(skeleton, text);
            assert!(elements.is_empty(), "{text}");
        }
    }

    #[test]
    fn what_it_does_not_expect_stops_it() {
        for text in [
            "",
            "   ",
            "[]",
            "\u{FEFF}{}",
            r#"{"goals": [{"id": "g"},]}"#,
            r#"{"goals": [,{"id": "g"}]}"#,
            r#"{"goals": [1]}"#,
            r#"{"goals": [{"id": "g"} {"id": "h"}]}"#,
            r#"{"goals": [{"id": "g"}]"#,
            r#"{"goals": [{"id": "g"}]} x"#,
            r#"{"goals": [{"id": "g"}]}}"#,
            r#"{"title": "open"#,
        ] {
            assert_eq!(split(text, 3), Err(Unexpected), "{text:?}");
        }
        let deep = format!("{{\"a\": {}{}}}", "[".repeat(120), "]".repeat(120));
        assert_eq!(split(&deep, 7), Err(Unexpected));
    }

    #[test]
    fn an_empty_list_and_an_empty_file_object() {
        assert_eq!(
            split_all(r#"{"goals": [ ], "initiatives":[]}"#),
            Ok((r#"{"goals": [], "initiatives":[]}"#.to_owned(), Vec::new()))
        );
        assert_eq!(split_all("{}"), Ok(("{}".to_owned(), Vec::new())));
    }

    #[test]
    fn batches_hold_one_list_and_about_the_size_asked() {
        let goals: Vec<String> = (0..20).map(|i| format!(r#"{{"id":"g{i}"}}"#)).collect();
        let text = format!(
            r#"{{"goals":[{}],"initiatives":[{{"id":"i"}}]}}"#,
            goals.join(",")
        );
        let mut batches = Vec::new();
        let mut splitter = Splitter::new(30, |b| batches.push(b));
        splitter.feed(text.as_bytes()).expect("feeds");
        splitter.finish().expect("ends");
        let lists: Vec<List> = batches.iter().map(|b| b.list).collect();
        assert_eq!(lists.last(), Some(&List::Initiatives));
        assert!(lists[..lists.len() - 1].iter().all(|l| *l == List::Goals));
        assert!(batches.iter().all(|b| b.bytes.len() < 30 + 12));
        assert_eq!(batches.iter().map(|b| b.ends.len()).sum::<usize>(), 21);
    }
}
