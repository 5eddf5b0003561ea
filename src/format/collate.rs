//! Collation: text in the order people of a language expect, for sorted tables.

use crate::model::Lang;

/// A key that sorts text as people of the language expect: case and accents ignored, and in
/// Danish `æ ø å` after `z`, as in the dictionary.
pub fn sort_key(s: &str, lang: Lang) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(s.len());
    for c in s.chars() {
        // Most letters of a Danish title are ASCII: lowered without Unicode's tables (50,000
        // initiatives' titles and owners are keyed before the first frame).
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            match (lang, c) {
                (Lang::Da, 'æ' | 'ä') => key.push('{'),
                (Lang::Da, 'ø' | 'ö') => key.push('|'),
                (Lang::Da, 'å') => key.push('}'),
                _ if c.is_ascii() => key.push(c),
                _ => key.push_str(&deunicode::deunicode_char(c).unwrap_or("").to_lowercase()),
            }
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key as first defined: every character through Unicode's lowercase.
    fn first_definition(s: &str, lang: Lang) -> String {
        let mut key = String::new();
        for c in s.chars().flat_map(char::to_lowercase) {
            match (lang, c) {
                (Lang::Da, 'æ' | 'ä') => key.push('{'),
                (Lang::Da, 'ø' | 'ö') => key.push('|'),
                (Lang::Da, 'å') => key.push('}'),
                _ if c.is_ascii() => key.push(c),
                _ => key.push_str(&deunicode::deunicode_char(c).unwrap_or("").to_lowercase()),
            }
        }
        key
    }

    proptest::proptest! {
        #[test]
        fn ascii_lowered_directly_keys_the_same(s in "[a-zA-Z0-9 ÆØÅæøåÄÖäöÉéİıΣσςẞß日本\\-]{0,24}") {
            for lang in [Lang::Da, Lang::En] {
                proptest::prop_assert_eq!(sort_key(&s, lang), first_definition(&s, lang));
            }
        }
    }

    #[test]
    fn danish_letters_sort_last_in_danish() {
        let mut titles = ["Åben", "Ældre", "Pitstop", "ost", "Øst", "abe"];
        titles.sort_by_key(|t| sort_key(t, Lang::Da));
        assert_eq!(titles, ["abe", "ost", "Pitstop", "Ældre", "Øst", "Åben"]);
        titles.sort_by_key(|t| sort_key(t, Lang::En));
        assert_eq!(titles, ["abe", "Åben", "Ældre", "ost", "Øst", "Pitstop"]);
    }
}
