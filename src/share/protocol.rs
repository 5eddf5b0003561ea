//! What a presenter tells its followers: where it is, never what the dataset says. One message is
//! one line of JSON (newline-delimited), at most [`MAX_FRAME`] bytes; every message carries the
//! whole position, so a follower that missed some needs only the latest.
//!
//! Reading never trusts the other end: a line that is not JSON, a message of another protocol
//! version, a connection that ends mid-line or a line without end each give a typed
//! [`ProtocolError`], and the reader never holds more than `MAX_FRAME` bytes.

use std::io::{self, Read};

use serde::{Deserialize, Serialize};

mod breakdowns;
pub use breakdowns::{BreakdownsPosition, MAX_PAIRS, shown_pairs};

/// The protocol's version; a follower refuses messages of any other.
pub const VERSION: u32 = 1;
/// The longest message, newline included. A position is a few hundred bytes; ids and a search
/// query long enough to pass this are refused rather than sent.
pub const MAX_FRAME: usize = 16 * 1024;
/// The most goals of a presentation sent.
pub const MAX_PAGES: usize = 64;
/// The longest search query sent, in characters (the rest is cut, as the box shows no more).
pub const MAX_QUERY: usize = 200;

/// One message from the presenter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub version: u32,
    /// Counts the presenter's messages, so a follower can tell a new one from a repeat.
    pub seq: u64,
    /// How many times the presenter has loaded a new version of the dataset: when it grows, the
    /// follower reads its own copy of the file again before applying the position.
    pub reloaded: u64,
    /// Who presents (the user's name), for the follower's footer.
    pub presenter: String,
    /// The dataset's canonical path, which the follower opens itself; `None` for the bundled one.
    pub dataset: Option<String>,
    pub position: Position,
}

/// Where the presenter is: the screen on top and what is selected in it, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Position {
    pub screen: Screen,
    /// The pane with the focus (overview or initiative screen).
    pub focus: Focus,
    pub goal: Option<String>,
    pub indicator: Option<String>,
    /// The indicator's breakdowns, when they are on top of its screen (v1.1). The screen stays
    /// `indicator`: a follower that does not know this member stays on the indicator.
    pub breakdowns: Option<Box<BreakdownsPosition>>,
    pub initiative: Option<String>,
    /// The selected row where it has no id of its own: a point, a browser row, a search hit.
    pub row: u32,
    pub scroll: Scroll,
    /// Presentation mode's page (which of its goals is on screen).
    pub page: Option<u32>,
    /// Presentation mode's goals, by id, in order (at most [`MAX_PAGES`]; a longer
    /// presentation sends only the goal on screen, in `goal`).
    pub pages: Vec<String>,
    /// The search box's text while it is open.
    pub query: Option<String>,
    /// The initiatives browser's filters and sort, on the browser (absent from a presenter
    /// older than them: the follower's browser then shows its own). Boxed: a position is
    /// passed around by value, and is mostly off the browser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser: Option<Box<BrowserFilter>>,
}

/// What the initiatives browser shows, so a follower's table holds the presenter's rows in the
/// presenter's order (the position's `row` is a row of that table). By ids and names, as the
/// rest of a position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BrowserFilter {
    /// The `/` filter's text (cut as the search query is).
    pub query: String,
    /// An initiative status by its name in the dataset format (`active`).
    pub status: Option<String>,
    /// An owner by id.
    pub owner: Option<String>,
    /// A goal by id.
    pub goal: Option<String>,
    /// The sorted column by its name in the state file (`title`, `goals`, `updated`).
    pub sort: String,
    pub descending: bool,
}

/// The screen on top.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    #[default]
    Overview,
    Goal,
    Indicator,
    Initiative,
    Browser,
    Help,
    Present,
}

/// The pane with the focus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    #[default]
    Goals,
    Indicators,
    Initiatives,
    Measures,
    Details,
}

/// The first row shown of each list, so a follower of the same size sees the same rows (one of
/// another size keeps the selection in sight its own way).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scroll {
    pub goals: u32,
    pub indicators: u32,
    pub initiatives: u32,
    /// The screen on top's own list or text (points, details, notes, help, browser rows).
    pub screen: u32,
}

/// What can be wrong with what came over the socket.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    #[error("a message longer than {limit} bytes")]
    Oversized { limit: usize },
    #[error("the connection ended in the middle of a message ({len} bytes of it)")]
    Truncated { len: usize },
    #[error("a message that is not goalboard's: {0}")]
    Garbled(String),
    #[error("a message of protocol version {found}; this goalboard speaks version {VERSION}")]
    Version { found: u32 },
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// Cuts a search query to what is sent.
pub fn shown_query(query: &str) -> String {
    query.chars().take(MAX_QUERY).collect()
}

/// The message as one line, newline included; refused when longer than [`MAX_FRAME`].
pub fn encode(message: &Message) -> Result<Vec<u8>, ProtocolError> {
    let mut line =
        serde_json::to_vec(message).map_err(|e| ProtocolError::Garbled(e.to_string()))?;
    line.push(b'\n');
    if line.len() > MAX_FRAME {
        return Err(ProtocolError::Oversized { limit: MAX_FRAME });
    }
    Ok(line)
}

/// One line (with or without its newline) back into a message.
pub fn decode(line: &[u8]) -> Result<Message, ProtocolError> {
    // Only the version is read first: a message of another version may differ in anything else.
    #[derive(Deserialize)]
    struct Head {
        version: u32,
    }
    if line.len() > MAX_FRAME {
        return Err(ProtocolError::Oversized { limit: MAX_FRAME });
    }
    let garbled = |e: serde_json::Error| ProtocolError::Garbled(e.to_string());
    let head: Head = serde_json::from_slice(line).map_err(garbled)?;
    if head.version != VERSION {
        return Err(ProtocolError::Version {
            found: head.version,
        });
    }
    serde_json::from_slice(line).map_err(garbled)
}

/// Reads messages off a stream, one line at a time, holding at most [`MAX_FRAME`] bytes.
#[derive(Debug)]
pub struct FrameReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// Bytes in `buf` not yet taken.
    start: usize,
    /// After an oversized line: its rest is dropped up to the next newline.
    skipping: bool,
}

impl<R: Read> FrameReader<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            buf: Vec::with_capacity(4096),
            start: 0,
            skipping: false,
        }
    }

    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// The next message; `Ok(None)` when the stream ends between messages. An error for one
    /// message leaves the reader at the next line, so reading may go on. A read timeout or
    /// `WouldBlock` comes back as `Io` with the bytes read so far kept.
    pub fn next_message(&mut self) -> Result<Option<Message>, ProtocolError> {
        loop {
            if let Some(line) = self.take_line()? {
                return decode(&line).map(Some);
            }
            self.compact();
            let old = self.buf.len();
            // Room for the rest of a frame, never more.
            let want = (MAX_FRAME + 1).saturating_sub(old).max(1);
            self.buf.resize(old + want, 0);
            let read = self.inner.read(&mut self.buf[old..]);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.buf.truncate(old);
                    if e.kind() == io::ErrorKind::Interrupted {
                        continue;
                    }
                    return Err(e.into());
                }
            };
            self.buf.truncate(old + n);
            if n == 0 {
                let len = self.buf.len();
                self.buf.clear();
                return if len == 0 || self.skipping {
                    self.skipping = false;
                    Ok(None)
                } else {
                    Err(ProtocolError::Truncated { len })
                };
            }
        }
    }

    /// A whole line from the buffer, if there is one; an oversized line is an error once, then
    /// skipped to its end.
    fn take_line(&mut self) -> Result<Option<Vec<u8>>, ProtocolError> {
        loop {
            let pending = &self.buf[self.start..];
            match memchr::memchr(b'\n', pending) {
                Some(i) => {
                    let line = pending[..i].to_vec();
                    self.start += i + 1;
                    if std::mem::take(&mut self.skipping) {
                        continue;
                    }
                    return Ok(Some(line));
                }
                None if pending.len() > MAX_FRAME || (self.skipping && !pending.is_empty()) => {
                    self.start = self.buf.len();
                    if self.skipping {
                        return Ok(None);
                    }
                    self.skipping = true;
                    return Err(ProtocolError::Oversized { limit: MAX_FRAME });
                }
                None => return Ok(None),
            }
        }
    }

    /// Moves the bytes not yet taken to the front.
    fn compact(&mut self) {
        self.buf.drain(..self.start);
        self.start = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn sample() -> Message {
        Message {
            version: VERSION,
            seq: 7,
            reloaded: 1,
            presenter: "anna".into(),
            dataset: Some("/data/ishøj.json".into()),
            position: Position {
                screen: Screen::Indicator,
                focus: Focus::Indicators,
                goal: Some("g1".into()),
                indicator: Some("i2".into()),
                breakdowns: Some(Box::new(BreakdownsPosition {
                    dimension: "Køn".into(),
                    query: "kv".into(),
                    editing: false,
                    selected: vec![
                        ("Køn".into(), "Kvinder".into()),
                        ("Alder".into(), "18-29".into()),
                    ],
                    offset: 2,
                    open: Some((1, 0)),
                })),
                initiative: None,
                row: 3,
                scroll: Scroll {
                    goals: 1,
                    indicators: 0,
                    initiatives: 2,
                    screen: 4,
                },
                page: Some(2),
                pages: vec!["g0".into(), "g3".into(), "g1".into()],
                query: Some("skole".into()),
                browser: Some(Box::new(BrowserFilter {
                    query: "indsats 2".into(),
                    status: Some("active".into()),
                    owner: Some("o1".into()),
                    goal: None,
                    sort: "goals".into(),
                    descending: true,
                })),
            },
        }
    }

    fn read_all(bytes: &[u8]) -> Vec<Result<Message, String>> {
        let mut reader = FrameReader::new(bytes);
        let mut out = Vec::new();
        // Bounded: each call consumes input or ends.
        for _ in 0..100 {
            match reader.next_message() {
                Ok(Some(m)) => out.push(Ok(m)),
                Ok(None) => return out,
                Err(e) => out.push(Err(e.to_string())),
            }
        }
        panic!("the reader did not end: {out:?}");
    }

    #[test]
    fn a_message_goes_and_comes_back() {
        let line = encode(&sample()).unwrap();
        assert_eq!(line.last(), Some(&b'\n'));
        assert_eq!(memchr::memchr_iter(b'\n', &line).count(), 1);
        assert_eq!(decode(&line).unwrap(), sample());
    }

    #[test]
    fn several_messages_on_one_stream() {
        let mut bytes = encode(&sample()).unwrap();
        let mut second = sample();
        second.seq = 8;
        bytes.extend(encode(&second).unwrap());
        let got = read_all(&bytes);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].as_ref().unwrap().seq, 8);
    }

    #[test]
    fn garbled_line_is_an_error_and_the_next_line_still_reads() {
        let mut bytes = b"{not json\n".to_vec();
        bytes.extend(encode(&sample()).unwrap());
        let got = read_all(&bytes);
        assert!(got[0].as_ref().unwrap_err().contains("not goalboard's"));
        assert_eq!(got[1].as_ref().unwrap(), &sample());
    }

    #[test]
    fn truncated_message_is_an_error() {
        let line = encode(&sample()).unwrap();
        let mut reader = FrameReader::new(&line[..line.len() / 2]);
        assert!(matches!(
            reader.next_message(),
            Err(ProtocolError::Truncated { len }) if len == line.len() / 2
        ));
        assert!(matches!(reader.next_message(), Ok(None)));
    }

    #[test]
    fn oversized_line_is_refused_once_then_skipped() {
        let mut bytes = vec![b'x'; MAX_FRAME * 3];
        bytes.push(b'\n');
        bytes.extend(encode(&sample()).unwrap());
        let got = read_all(&bytes);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].as_ref().unwrap_err().contains("longer than"));
        assert_eq!(got[1].as_ref().unwrap(), &sample());
    }

    #[test]
    fn endless_line_without_newline_ends_without_growing() {
        let bytes = vec![b'{'; MAX_FRAME * 10];
        let mut reader = FrameReader::new(&bytes[..]);
        assert!(matches!(
            reader.next_message(),
            Err(ProtocolError::Oversized { .. })
        ));
        assert!(matches!(reader.next_message(), Ok(None)));
        assert!(reader.buf.capacity() <= 2 * (MAX_FRAME + 1));
    }

    #[test]
    fn other_version_is_named() {
        let line = br#"{"version":2,"whatever":[1,2]}"#;
        assert!(matches!(
            decode(line),
            Err(ProtocolError::Version { found: 2 })
        ));
    }

    #[test]
    fn too_long_a_message_is_not_sent() {
        let mut message = sample();
        message.position.goal = Some("g".repeat(MAX_FRAME));
        assert!(matches!(
            encode(&message),
            Err(ProtocolError::Oversized { .. })
        ));
    }

    #[test]
    fn query_is_cut_by_characters() {
        let long = "ø".repeat(MAX_QUERY + 5);
        assert_eq!(shown_query(&long).chars().count(), MAX_QUERY);
        assert_eq!(shown_query("skole"), "skole");
    }

    #[test]
    fn missing_position_members_take_defaults() {
        let line = br#"{"version":1,"seq":1,"reloaded":0,"presenter":"a","dataset":null,"position":{"screen":"help"}}"#;
        let message = decode(line).unwrap();
        assert_eq!(message.position.screen, Screen::Help);
        assert_eq!(message.position.goal, None);
    }

    #[test]
    fn the_browser_filter_is_sent_only_on_the_browser_and_read_without_it() {
        let mut message = sample();
        message.position.browser = None;
        let line = encode(&message).unwrap();
        assert!(!String::from_utf8_lossy(&line).contains("browser"));
        assert_eq!(decode(&line).unwrap(), message);
        let line = br#"{"version":1,"seq":1,"reloaded":0,"presenter":"a","dataset":null,"position":{"screen":"browser","browser":{"sort":"end"}}}"#;
        let browser = decode(line).unwrap().position.browser.unwrap();
        assert_eq!((browser.sort.as_str(), browser.descending), ("end", false));
        assert_eq!((browser.query.as_str(), browser.owner), ("", None));
    }

    #[test]
    fn members_this_version_does_not_know_are_passed_over() {
        // A newer presenter's fields (a breakdown, say) must not stop an older follower.
        let line = br#"{"version":1,"seq":1,"reloaded":0,"presenter":"a","dataset":null,"position":{"screen":"browser","row":2,"later":{"x":[1]},"browser":{"sort":"title","later":true}}}"#;
        let message = decode(line).unwrap();
        assert_eq!(message.position.row, 2);
        assert_eq!(message.position.browser.unwrap().sort, "title");
    }

    #[test]
    fn a_read_timeout_keeps_the_half_read_message() {
        struct Halves<'a>(Vec<io::Result<&'a [u8]>>);
        impl Read for Halves<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                match self.0.pop() {
                    None => Ok(0),
                    Some(Err(e)) => Err(e),
                    Some(Ok(part)) => {
                        buf[..part.len()].copy_from_slice(part);
                        Ok(part.len())
                    }
                }
            }
        }
        let line = encode(&sample()).unwrap();
        let (a, b) = line.split_at(10);
        let timeout = io::Error::from(io::ErrorKind::WouldBlock);
        let mut reader = FrameReader::new(Halves(vec![Ok(b), Err(timeout), Ok(a)]));
        assert!(matches!(reader.next_message(), Err(ProtocolError::Io(_))));
        assert_eq!(reader.next_message().unwrap(), Some(sample()));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_end_in_messages_or_errors(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..4096)) {
            let mut reader = FrameReader::new(&bytes[..]);
            let mut calls = 0;
            loop {
                calls += 1;
                proptest::prop_assert!(calls <= bytes.len() + 2);
                if let Ok(None) = reader.next_message() {
                    break;
                }
            }
        }
    }
}
