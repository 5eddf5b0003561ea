//! Building the index: each entry's key folded once, into one text. A key equal to an earlier
//! one is not stored again (a national dataset repeats many notes and updates word for word),
//! and the Danish spelling is added only for the words it changes.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use super::{Found, Packed, SearchIndex, Slim, danish_spelling, mask, push_plain};

/// An index being built, with the scratch buffers each entry's key reuses.
pub(super) struct Builder {
    index: SearchIndex,
    /// The keys stored so far (their numbers), found by the hash of their text. Freed when the
    /// index is done.
    stored: HashTable<u32>,
    hasher: foldhash::fast::FixedState,
    /// The key of the entry being added.
    key: String,
    /// The entry's text with its Danish letters spelt out, and that folded.
    danish: String,
    danish_folded: String,
}

impl Builder {
    /// Builds into `index` (sized by the caller, see [`SearchIndex::new`]).
    pub(super) fn new(index: SearchIndex) -> Self {
        Self {
            index,
            stored: HashTable::new(),
            hasher: foldhash::fast::FixedState::default(),
            key: String::new(),
            danish: String::new(),
            danish_folded: String::new(),
        }
    }

    /// Adds an entry: its key, stored unless an earlier entry has the same. Positions past
    /// `u32` (an index of 4 GB, from a file far over the 512 MiB goalboard reads) are left out.
    pub(super) fn push(&mut self, text: &str, found: Found) {
        let aside = &mut self.index.aside;
        let Some(slim) = Packed::of(found).and_then(|p| Slim::of(p, aside)) else {
            return;
        };
        self.key.clear();
        key_into(
            text,
            &mut self.key,
            &mut self.danish,
            &mut self.danish_folded,
        );
        let Self {
            index,
            stored,
            hasher,
            key,
            ..
        } = self;
        let hash = hasher.hash_one(key.as_bytes());
        let earlier = stored.find(hash, |&k| index.key(k as usize) == key.as_bytes());
        let Some(k) = earlier.copied().or_else(|| {
            let k = store(index, key)?;
            stored.insert_unique(hash, k, |&k| hasher.hash_one(index.key(k as usize)));
            Some(k)
        }) else {
            return;
        };
        index.keys.push(k);
        index.found.push(slim);
    }

    /// The index, its building table freed.
    pub(super) fn finish(self) -> SearchIndex {
        self.index
    }
}

/// Adds `key` to the index's keys: its number, `None` past `u32`.
fn store(index: &mut SearchIndex, key: &str) -> Option<u32> {
    let k = u32::try_from(index.ends.len()).ok()?;
    let end = u32::try_from(index.text.len() + key.len()).ok()?;
    index.text.push_str(key);
    index.ends.push(end);
    index.masks.push(mask(key.as_bytes()));
    Some(k)
}

/// An entry's key: its text folded as [`super::fold`] folds it, but with the Danish spelling
/// (after a line break) only of the words it changes, each after a space. A query's words hold
/// no space, so each is found within one word of either spelling: a word spelt alike in both
/// is found in the plain one, and the key finds exactly what the whole Danish spelling would.
pub(super) fn key_into(s: &str, out: &mut String, danish: &mut String, folded: &mut String) {
    let start = out.len();
    push_plain(s, out);
    if !danish_spelling(s, danish) {
        return;
    }
    folded.clear();
    push_plain(danish, folded);
    // The folded text is ASCII, and both spellings break into words at the same places (the
    // Danish letters fold to letters); were they ever not to, a word is only added needlessly.
    let mut plain_at = start;
    let plain_end = out.len();
    let mut separator = '\n';
    for word in folded.split_whitespace() {
        let plain = next_word(&out.as_bytes()[..plain_end], &mut plain_at);
        if plain.is_some_and(|p| &out.as_bytes()[p] == word.as_bytes()) {
            continue;
        }
        out.push(separator);
        out.push_str(word);
        separator = ' ';
    }
}

/// The next word of ASCII `text` from `at` on (as `str::split_whitespace` splits), moving `at`
/// past it.
fn next_word(text: &[u8], at: &mut usize) -> Option<std::ops::Range<usize>> {
    let space = |b: &u8| char::from(*b).is_whitespace();
    let from = *at + text.get(*at..)?.iter().position(|b| !space(b))?;
    let to = text[from..]
        .iter()
        .position(space)
        .map_or(text.len(), |n| from + n);
    *at = to;
    Some(from..to)
}
