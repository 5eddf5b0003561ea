//! Search as you type over goals, indicators, initiatives, owners and notes, ignoring case and
//! accents: `hjemlose` finds `hjemløse`. Keys are folded once per load; a query is folded the
//! same way and every word of it must occur in an entry.

use std::sync::{Mutex, PoisonError};

use deunicode::AsciiChars;
use memchr::memmem::Finder;

use super::refs::IndicatorRef;
use crate::model::Dataset;
use build::Builder;
use entries::each_entry;
use slim::Slim;

/// What a search hit leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Found {
    Goal(usize),
    Indicator(IndicatorRef),
    Initiative(usize),
    Owner(usize),
    /// Note `note` of goal `goal`.
    GoalNote {
        goal: usize,
        note: usize,
    },
    /// Update `update` of initiative `initiative`.
    Update {
        initiative: usize,
        update: usize,
    },
    /// The note of point `point` of an indicator or measure.
    PointNote {
        indicator: IndicatorRef,
        point: usize,
    },
    /// The description of a goal, an indicator or measure, or an initiative (the found item).
    Description(Described),
}

/// What a description found belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Described {
    Goal(usize),
    Indicator(IndicatorRef),
    Initiative(usize),
}

/// A [`Found`] in 16 bytes (it is 32): a national dataset's index has 155,000 entries.
#[derive(Clone, Copy, Debug)]
struct Packed {
    kind: u8,
    a: u32,
    b: u32,
    c: u32,
}

impl Packed {
    /// `None` for a position past `u32`, which no file goalboard reads can hold.
    fn of(found: Found) -> Option<Self> {
        let n = |x: usize| u32::try_from(x).ok();
        let pack = |kind, a, b, c| {
            Some(Self {
                kind,
                a: n(a)?,
                b: n(b)?,
                c: n(c)?,
            })
        };
        let kind = |r: IndicatorRef| match r {
            IndicatorRef::Goal { goal, index } => (0, goal, index),
            IndicatorRef::Measure { initiative, index } => (1, initiative, index),
        };
        match found {
            Found::Goal(g) => pack(0, g, 0, 0),
            Found::Indicator(r) => {
                let (measure, a, b) = kind(r);
                pack(1 + measure, a, b, 0)
            }
            Found::Initiative(n) => pack(3, n, 0, 0),
            Found::Owner(o) => pack(4, o, 0, 0),
            Found::GoalNote { goal, note } => pack(5, goal, note, 0),
            Found::Update { initiative, update } => pack(6, initiative, update, 0),
            Found::PointNote { indicator, point } => {
                let (measure, a, b) = kind(indicator);
                pack(7 + measure, a, b, point)
            }
            Found::Description(Described::Goal(g)) => pack(9, g, 0, 0),
            Found::Description(Described::Indicator(r)) => {
                let (measure, a, b) = kind(r);
                pack(10 + measure, a, b, 0)
            }
            Found::Description(Described::Initiative(n)) => pack(12, n, 0, 0),
        }
    }

    fn found(self) -> Found {
        let (a, b, c) = (self.a as usize, self.b as usize, self.c as usize);
        let indicator = |measure: bool| {
            if measure {
                IndicatorRef::Measure {
                    initiative: a,
                    index: b,
                }
            } else {
                IndicatorRef::Goal { goal: a, index: b }
            }
        };
        match self.kind {
            0 => Found::Goal(a),
            1 | 2 => Found::Indicator(indicator(self.kind == 2)),
            3 => Found::Initiative(a),
            4 => Found::Owner(a),
            5 => Found::GoalNote { goal: a, note: b },
            6 => Found::Update {
                initiative: a,
                update: b,
            },
            9 => Found::Description(Described::Goal(a)),
            10 | 11 => Found::Description(Described::Indicator(indicator(self.kind == 11))),
            12 => Found::Description(Described::Initiative(a)),
            _ => Found::PointNote {
                indicator: indicator(self.kind == 8),
                point: c,
            },
        }
    }
}

/// Every searchable text of a dataset, folded, in the order hits are listed: goals,
/// indicators, initiatives, owners, then notes.
///
/// The keys sit end to end in one string (a national dataset has some 150,000 entries; an entry
/// whose key another has already points to that one, see [`build`]), and a
/// query's words are looked for with one prepared substring finder each. Typing narrows:
/// when a query only adds to the one before (each earlier word is part of a word now), only
/// the earlier hits are searched again, and the hits of the queries typed on the way are kept,
/// so Backspace finds its answer without searching.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// The folded keys, end to end, each once.
    text: String,
    /// Where each key ends in `text` (it starts where the one before ends).
    ends: Vec<u32>,
    /// Which characters each key holds (see [`mask`]).
    masks: Vec<u64>,
    /// Each entry's key (its number in `ends`).
    keys: Vec<u32>,
    /// What each entry leads to.
    found: Vec<Slim>,
    /// The hits too far into a file to fit in a [`Slim`].
    aside: Vec<Packed>,
    /// The queries typed on the way to the last one, each with its hits, shortest first.
    typed: Mutex<Vec<Typed>>,
}

/// A query as searched (its folded words) and its hits.
#[derive(Debug)]
struct Typed {
    words: Vec<String>,
    hits: Vec<usize>,
}

/// How many queries typed on the way are kept (a query longer than this still works; only
/// erasing past the oldest one kept searches everything again).
const TYPED_KEPT: usize = 64;

impl Clone for SearchIndex {
    /// A copy searches the same keys; the queries typed into the original are not copied.
    fn clone(&self) -> Self {
        Self {
            text: self.text.clone(),
            ends: self.ends.clone(),
            masks: self.masks.clone(),
            keys: self.keys.clone(),
            found: self.found.clone(),
            aside: self.aside.clone(),
            typed: Mutex::default(),
        }
    }
}

/// Lower case without accents: `Hjemløse` → `hjemlose`. Danish letters also match their
/// two-letter spellings (`hjemloese`), which is how they are typed on keyboards without them.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, &mut String::new());
    out
}

/// The letters whose Danish spelling (ae, oe, aa) the keys hold beside the plain one.
const DANISH: [char; 6] = ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å'];

/// [`fold`], appended to `out`; `scratch` is reused for the Danish spelling.
fn fold_into(s: &str, out: &mut String, scratch: &mut String) {
    let start = out.len();
    push_plain(s, out);
    if !danish_spelling(s, scratch) {
        return;
    }
    let plain_end = out.len();
    out.push('\n');
    push_plain(scratch, out);
    if out[start..plain_end] == out[plain_end + 1..] {
        out.truncate(plain_end);
    }
}

/// Whether `s` has a Danish letter (æ, ø, å in either case), and if so `s` with each spelt out
/// (ae, oe, aa) in `out`.
fn danish_spelling(s: &str, out: &mut String) -> bool {
    let danish = |c: char| c.to_lowercase().next().unwrap_or(c);
    let is_danish = |c: char| !c.is_ascii() && matches!(danish(c), 'æ' | 'ø' | 'å');
    if s.is_ascii() || !s.chars().any(is_danish) {
        return false;
    }
    out.clear();
    for c in s.chars() {
        match danish(c) {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            _ => out.push(c),
        }
    }
    true
}

/// `deunicode(s).to_lowercase()`, appended to `out` without a string in between
/// (transliterations are ASCII, so lower case is ASCII lower case).
fn push_plain(s: &str, out: &mut String) {
    // As `deunicode` does: the ASCII start as it is (most keys are all ASCII), the rest
    // transliterated character by character.
    let ascii = s.bytes().position(|b| b >= 0x7F).unwrap_or(s.len());
    let (start, rest) = s.split_at(ascii);
    out.extend(start.chars().map(|c| c.to_ascii_lowercase()));
    for part in rest.ascii_chars() {
        for b in part.unwrap_or("[?]").bytes() {
            out.push(char::from(b.to_ascii_lowercase()));
        }
    }
}

/// Which characters a text holds, one bit for each letter and digit and 28 shared by the
/// rest: a key can hold a word only if its mask has every bit of the word's.
fn mask(text: &[u8]) -> u64 {
    text.iter().fold(0, |m, &b| m | 1 << mask_bit(b))
}

fn mask_bit(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => u32::from(b - b'a'),
        b'0'..=b'9' => 26 + u32::from(b - b'0'),
        _ => 36 + u32::from(b) % 28,
    }
}

/// Whether a character has a bit of its own in a [`mask`] (a folded key has no upper case).
fn mask_is_exact(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// The words of a query, folded as the keys are (without the Danish spellings: the keys
/// hold both).
fn query_words(query: &str) -> Vec<String> {
    let mut folded = String::with_capacity(query.len());
    push_plain(query, &mut folded);
    folded.split_whitespace().map(str::to_owned).collect()
}

/// Where to start showing a long text found by `query` so the match is in sight: the byte
/// offset of the word a few words before the first word holding the query's first word (0 when
/// the match is near the start, or not found word by word).
pub fn snippet_start(text: &str, query: &str) -> usize {
    /// Words shown before the match, for context.
    const BEFORE: usize = 3;
    let Some(first) = query_words(query).into_iter().next() else {
        return 0;
    };
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    let hit = starts.iter().position(|&start| {
        let word = text[start..].split_whitespace().next().unwrap_or("");
        fold(word)
            .lines()
            .any(|variant| variant.contains(first.as_str()))
    });
    match hit {
        Some(k) if k > BEFORE => starts[k - BEFORE],
        _ => 0,
    }
}

/// Where the words of a query occur in a text as shown, ignoring case and accents as the
/// search does (a Danish letter also matches its two-letter spelling): byte ranges of `text`,
/// in order, for the hit list to mark.
pub fn matches(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    let words = query_words(query);
    let mut ranges = Vec::new();
    for danish in [false, true] {
        // The folded text, and for each of its bytes the character of `text` it came from.
        let mut folded = String::with_capacity(text.len());
        let mut from: Vec<(usize, usize)> = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            let start = folded.len();
            match (danish, c.to_lowercase().next().unwrap_or(c)) {
                (true, 'æ') => folded.push_str("ae"),
                (true, 'ø') => folded.push_str("oe"),
                (true, 'å') => folded.push_str("aa"),
                _ => push_plain(c.encode_utf8(&mut [0; 4]), &mut folded),
            }
            from.extend(std::iter::repeat_n(
                (i, i + c.len_utf8()),
                folded.len() - start,
            ));
        }
        for word in &words {
            for (at, _) in folded.match_indices(word.as_str()) {
                let (Some(first), Some(last)) = (from.get(at), from.get(at + word.len() - 1))
                else {
                    continue;
                };
                ranges.push(first.0..last.1);
            }
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether every entry matching `words` also matches `earlier`: each earlier word is part of
/// a word now (typing more, or a space and another word).
fn narrows(earlier: &[String], words: &[String]) -> bool {
    !earlier.is_empty()
        && earlier
            .iter()
            .all(|e| words.iter().any(|w| w.contains(e.as_str())))
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> Self {
        // Sized first, so the index is built without growing: on a national dataset its
        // vectors hold some 150,000 entries and its text tens of megabytes.
        let (mut count, mut bytes) = (0, 0);
        each_entry(dataset, |_, texts| {
            count += 1;
            // Folding keeps Latin text at most as long, and adds the Danish spelling (ae, oe,
            // aa) of text with æ, ø or å, as long again: so the text is sized exactly enough
            // for Latin text and never moved (other scripts may fold longer, and grow it).
            let len: usize = texts.iter().map(|t| t.len() + 1).sum();
            let danish = texts.iter().any(|t| !t.is_ascii() && t.contains(DANISH));
            bytes += if danish { 2 * len } else { len };
        });
        // An upper bound: keys stored once and Danish spellings of the words they change take
        // less. The tail never written takes no memory, and the text is not shrunk after (that
        // would copy it).
        let mut builder = Builder::new(Self {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(count),
            masks: Vec::with_capacity(count),
            keys: Vec::with_capacity(count),
            found: Vec::with_capacity(count),
            aside: Vec::new(),
            typed: Mutex::default(),
        });
        let mut parts = String::new();
        each_entry(dataset, |found, texts| {
            parts.clear();
            for (i, t) in texts.iter().enumerate() {
                if i > 0 {
                    parts.push(' ');
                }
                parts.push_str(t);
            }
            if !parts.trim().is_empty() {
                builder.push(&parts, found);
            }
        });
        builder.finish()
    }

    /// The entries matching every word of the query, as positions; none for an empty query.
    /// A query that adds to the one before searches only that one's hits (see the type).
    pub fn find(&self, query: &str) -> Vec<usize> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        // A poisoned lock only means a search panicked half-way: the kept queries are whole
        // (each is pushed complete), so they can still be used.
        let mut typed = self.typed.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(same) = typed.iter().rposition(|t| t.words == words) {
            typed.truncate(same + 1);
            return typed[same].hits.clone();
        }
        let base = typed.iter().rposition(|t| narrows(&t.words, &words));
        typed.truncate(base.map_or(0, |b| b + 1));
        let hits = match typed.last() {
            Some(earlier) => self.search(&words, earlier.hits.iter().copied()),
            None => self.search(&words, 0..self.keys.len()),
        };
        if typed.len() == TYPED_KEPT {
            typed.remove(0);
        }
        typed.push(Typed {
            words,
            hits: hits.clone(),
        });
        hits
    }

    /// The entries among `candidates` whose key holds every word. An entry whose key lacks a
    /// character of the words is passed over on its [`mask`] alone, without reading the key;
    /// so is the whole question for a word of one letter or digit.
    fn search(&self, words: &[String], candidates: impl Iterator<Item = usize>) -> Vec<usize> {
        let wanted = words.iter().fold(0, |m, w| m | mask(w.as_bytes()));
        let exact = words
            .iter()
            .all(|w| w.len() == 1 && mask_is_exact(w.as_bytes()[0]));
        let finders: Vec<Finder> = words.iter().map(|w| Finder::new(w.as_bytes())).collect();
        candidates
            .filter(|&i| {
                let k = self.keys[i] as usize;
                self.masks[k] & wanted == wanted
                    && (exact || {
                        let key = self.key(k);
                        finders.iter().all(|f| f.find(key).is_some())
                    })
            })
            .collect()
    }

    /// The folded key number `k`.
    fn key(&self, k: usize) -> &[u8] {
        let start = k.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text.as_bytes()[start as usize..self.ends[k] as usize]
    }

    /// What entry `i` leads to.
    pub fn found(&self, i: usize) -> Option<Found> {
        let slim = self.found.get(i)?;
        slim.packed(&self.aside).map(Packed::found)
    }

    pub fn len(&self) -> usize {
        self.found.len()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }
}

mod build;
mod entries;
mod slim;
#[cfg(test)]
mod tests;
