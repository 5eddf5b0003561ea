//! Where each series sits in a dataset's bytes. One pass over the file descends only into the
//! goals' indicators, the initiatives' measures and their breakdowns, and skips every other
//! value byte by byte, so the writer can splice points into the original text (a national
//! file is 60 MB; building a JSON tree of it would cost seconds and lose its layout).

use std::collections::BTreeMap;

use crate::model::Period;

/// A byte range `[start, end)` of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One series the import may write into: an indicator's (or measure's) own, or a breakdown's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub indicator: String,
    /// Empty for the indicator's own series.
    pub dimensions: Vec<(String, String)>,
    /// The object that holds the series (the indicator or the breakdown).
    pub object: Span,
    /// The `[…]` of its `series`, when it has one.
    pub series: Option<Span>,
    /// For an indicator: the `[…]` of its `breakdowns`, when it has one.
    pub breakdowns: Option<Span>,
}

/// One point of a series as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub span: Span,
    pub date: Option<Period>,
    /// The bytes of its `value` member's value.
    pub value: Option<Span>,
}

/// Why the bytes could not be scanned (the dataset's own check says more).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot find the series in the dataset's text near byte {0}")]
pub struct ScanError(pub usize);

type Result<T> = std::result::Result<T, ScanError>;

/// Every series target of the dataset, in file order.
pub fn targets(bytes: &[u8]) -> Result<Vec<Target>> {
    let mut s = Scanner { bytes, pos: 0 };
    let mut found = Vec::new();
    s.skip_bom();
    s.ws();
    s.object(|s, key| match key {
        "goals" => {
            s.array(|s| s.object(|s, key| s.list_of_indicators(key, "indicators", &mut found)))
        }
        "initiatives" => {
            s.array(|s| s.object(|s, key| s.list_of_indicators(key, "measures", &mut found)))
        }
        _ => s.skip(),
    })?;
    Ok(found)
}

/// The points of a series array, with their dates and where their values are written.
pub fn elements(bytes: &[u8], array: Span) -> Result<Vec<Element>> {
    let mut s = Scanner {
        bytes: &bytes[..array.end],
        pos: array.start,
    };
    let mut out = Vec::new();
    s.array(|s| {
        let start = s.pos;
        let (mut date, mut value) = (None, None);
        if s.peek() == Some(b'{') {
            s.object(|s, key| {
                let from = s.pos;
                s.skip()?;
                let at = Span {
                    start: from,
                    end: s.pos,
                };
                match key {
                    "date" => date = decode(s.bytes, at).and_then(|d| d.parse().ok()),
                    "value" => value = Some(at),
                    _ => {}
                }
                Ok(())
            })?;
        } else {
            s.skip()?;
        }
        out.push(Element {
            span: Span { start, end: s.pos },
            date,
            value,
        });
        Ok(())
    })?;
    Ok(out)
}

/// The text of a JSON string literal.
fn decode(bytes: &[u8], at: Span) -> Option<String> {
    serde_json::from_slice(&bytes[at.start..at.end]).ok()
}

/// A breakdown as scanned: its dimension pairs, its object, its series array.
type Part = (Vec<(String, String)>, Span, Option<Span>);

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn fail<T>(&self) -> Result<T> {
        Err(ScanError(self.pos))
    }

    fn skip_bom(&mut self) {
        if self.bytes.starts_with(b"\xEF\xBB\xBF") {
            self.pos = 3;
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        self.ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            self.fail()
        }
    }

    /// Past a string literal; the position must be at its opening quote.
    fn string(&mut self) -> Result<Span> {
        let start = self.pos;
        self.pos += 1;
        loop {
            let rest = self.bytes.get(self.pos..).unwrap_or_default();
            let Some(at) = memchr::memchr2(b'"', b'\\', rest) else {
                return self.fail();
            };
            self.pos += at + 1;
            if rest[at] == b'"' {
                return Ok(Span {
                    start,
                    end: self.pos,
                });
            }
            self.pos += 1;
        }
    }

    /// Past any value, containers by counting brackets (no recursion: depth is not a risk).
    fn skip(&mut self) -> Result<()> {
        self.ws();
        let mut depth = 0usize;
        loop {
            match self.peek() {
                None => return self.fail(),
                Some(b'"') => {
                    self.string()?;
                }
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.pos += 1;
                }
                Some(b'}' | b']') => {
                    depth = depth.checked_sub(1).ok_or(ScanError(self.pos))?;
                    self.pos += 1;
                }
                Some(_) if depth > 0 => self.pos += 1,
                Some(_) => {
                    // A scalar at the top: up to the next delimiter.
                    while !matches!(
                        self.peek(),
                        None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                    ) {
                        self.pos += 1;
                    }
                    return Ok(());
                }
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }

    /// An object, calling `member` for each key with the position at its value.
    fn object(&mut self, mut member: impl FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        self.expect(b'{')?;
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return self.fail();
            }
            let key = self.string()?;
            let key = decode(self.bytes, key).unwrap_or_default();
            self.expect(b':')?;
            self.ws();
            member(self, &key)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return self.fail(),
            }
        }
    }

    /// An array, calling `element` with the position at each element.
    fn array(&mut self, mut element: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[')?;
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.ws();
            element(self)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return self.fail(),
            }
        }
    }

    /// The member `list` ("indicators" or "measures") of a goal or initiative; others skipped.
    fn list_of_indicators(&mut self, key: &str, list: &str, found: &mut Vec<Target>) -> Result<()> {
        if key != list {
            return self.skip();
        }
        self.array(|s| s.indicator(found))
    }

    fn indicator(&mut self, found: &mut Vec<Target>) -> Result<()> {
        let start = self.pos;
        let (mut id, mut series, mut breakdowns) = (String::new(), None, None);
        let mut parts = Vec::new();
        self.object(|s, key| {
            let from = s.pos;
            match key {
                "breakdowns" => s.array(|s| s.breakdown(&mut parts))?,
                _ => s.skip()?,
            }
            let at = Span {
                start: from,
                end: s.pos,
            };
            match key {
                "id" => id = decode(s.bytes, at).unwrap_or_default(),
                "series" => series = Some(at),
                "breakdowns" => breakdowns = Some(at),
                _ => {}
            }
            Ok(())
        })?;
        found.push(Target {
            indicator: id.clone(),
            dimensions: Vec::new(),
            object: Span {
                start,
                end: self.pos,
            },
            series,
            breakdowns,
        });
        found.extend(
            parts
                .into_iter()
                .map(|(dimensions, object, series)| Target {
                    indicator: id.clone(),
                    dimensions,
                    object,
                    series,
                    breakdowns: None,
                }),
        );
        Ok(())
    }

    fn breakdown(&mut self, parts: &mut Vec<Part>) -> Result<()> {
        let start = self.pos;
        let (mut dimensions, mut series) = (Vec::new(), None);
        self.object(|s, key| {
            let from = s.pos;
            s.skip()?;
            let at = Span {
                start: from,
                end: s.pos,
            };
            match key {
                "dimensions" => dimensions = dimension_pairs(&s.bytes[at.start..at.end]),
                "series" => series = Some(at),
                _ => {}
            }
            Ok(())
        })?;
        parts.push((
            dimensions,
            Span {
                start,
                end: self.pos,
            },
            series,
        ));
        Ok(())
    }
}

/// The dimension pairs of a breakdown, sorted by name (strings only, as the format has them).
fn dimension_pairs(bytes: &[u8]) -> Vec<(String, String)> {
    let map: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(bytes).unwrap_or_default();
    map.into_iter()
        .map(|(k, v)| (k, v.as_str().map_or_else(|| v.to_string(), str::to_owned)))
        .collect()
}
