//! The one function that makes a string from a dataset safe to print. A title holding
//! `ESC ] 52` could write to the viewer's clipboard; one holding `ESC [ ? 1049 l` could tear
//! down the screen. Every view and every text or markdown report passes data strings through here.

use std::borrow::Cow;

/// What replaces a control character: visible, so a broken file is seen as broken.
pub const REPLACEMENT: char = '\u{FFFD}';
/// The replacement where only ASCII may be printed.
pub const ASCII_REPLACEMENT: char = '?';

/// Whether a character must not reach a terminal as it is: C0 and C1 controls, DEL, the
/// bidirectional overrides, isolates and marks that reorder what follows them (the Arabic
/// letter mark U+061C among them), the deprecated format characters U+206A–206F (which switch
/// shaping and digit forms), and the line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
        || matches!(c, '\u{061C}' | '\u{206A}'..='\u{206F}')
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The most zero-width characters (combining marks, joiners) kept after one another. A
/// cluster of 50,000 combining marks is one cell that cost 100 KB in every frame; real
/// scripts stack a handful at most (Vietnamese two, Tibetan up to six or so).
pub const MAX_MARKS: usize = 8;

/// Whether a character takes no cell of its own. Below U+0300 only controls do, which
/// `is_unsafe` already covers, so Latin text costs no lookup.
fn is_mark(c: char) -> bool {
    c >= '\u{300}' && unicode_width::UnicodeWidthChar::width(c) == Some(0)
}

/// Whether a string holds a run of more than [`MAX_MARKS`] zero-width characters.
fn too_many_marks(s: &str) -> bool {
    let mut run = 0;
    for c in s.chars() {
        run = if is_mark(c) { run + 1 } else { 0 };
        if run > MAX_MARKS {
            return true;
        }
    }
    false
}

/// A regional indicator symbol (U+1F1E6–1F1FF) as its letter. Two of them make a flag (🇩🇰),
/// which terminals draw one or two cells wide as they please: tmux left half a flag behind on
/// the next screen. The letters (`DK`) take the cells everyone counts.
fn regional_letter(c: char) -> Option<char> {
    let offset = u32::from(c).checked_sub(0x1F1E6).filter(|&o| o < 26)?;
    char::from_u32(u32::from('A') + offset)
}

fn clean_with(s: &str, keep_newlines: bool, replacement: char) -> Cow<'_, str> {
    let suspect = |c: char| is_unsafe(c) || regional_letter(c).is_some();
    if !s.chars().any(suspect) && (s.is_ascii() || !too_many_marks(s)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars() {
        run = if is_mark(c) { run + 1 } else { 0 };
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\t' | '\n' | '\r' => out.push(' '),
            c if is_unsafe(c) => out.push(replacement),
            _ if run > MAX_MARKS => {}
            c if regional_letter(c).is_some() => out.extend(regional_letter(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A data string for one line: controls become `�`, tabs and line breaks spaces.
pub fn clean(s: &str) -> Cow<'_, str> {
    clean_with(s, false, REPLACEMENT)
}

/// A data string for a view that wraps text: like [`clean`], but line breaks are kept.
pub fn clean_multiline(s: &str) -> Cow<'_, str> {
    clean_with(s, true, REPLACEMENT)
}

/// A data string for an ASCII-only terminal: controls become `?`, Danish letters their Danish
/// spelling (`æ ø å` → `ae oe aa`, as Danes write them without the letters), and every other
/// character outside ASCII its nearest ASCII spelling (`é` → `e`), so nothing prints as a box.
pub fn clean_ascii(s: &str) -> Cow<'_, str> {
    let cleaned = clean_with(s, false, ASCII_REPLACEMENT);
    if cleaned.is_ascii() {
        return cleaned;
    }
    let mut danish = String::with_capacity(cleaned.len() + 4);
    for c in cleaned.chars() {
        match c {
            'æ' => danish.push_str("ae"),
            'ø' => danish.push_str("oe"),
            'å' => danish.push_str("aa"),
            'Æ' => danish.push_str("Ae"),
            'Ø' => danish.push_str("Oe"),
            'Å' => danish.push_str("Aa"),
            c => danish.push(c),
        }
    }
    Cow::Owned(deunicode::deunicode_with_tofu(&danish, "?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_is_written_as_its_letters() {
        assert_eq!(clean("Danmark \u{1F1E9}\u{1F1F0} 2030"), "Danmark DK 2030");
        assert_eq!(clean_multiline("\u{1F1E9}\u{1F1F0}\nx"), "DK\nx");
        // Other emoji keep their place: only the indicators tmux miscounts change.
        assert!(matches!(clean("mål ✅"), Cow::Borrowed("mål ✅")));
    }

    #[test]
    fn plain_text_is_borrowed_untouched() {
        assert!(matches!(
            clean("Færre hjemløse"),
            Cow::Borrowed("Færre hjemløse")
        ));
    }

    #[test]
    fn escape_sequences_lose_their_escape() {
        let hostile = "a\u{1b}]52;c;aGk=\u{7}b\u{1b}[?1049l\u{9b}2J\u{7f}";
        let cleaned = clean(hostile);
        assert!(!cleaned.chars().any(char::is_control), "{cleaned:?}");
        assert_eq!(cleaned, "a�]52;c;aGk=�b�[?1049l�2J�");
    }

    #[test]
    fn bidi_overrides_are_replaced() {
        assert_eq!(clean("a\u{202E}b\u{2066}c"), "a�b�c");
    }

    #[test]
    fn the_arabic_letter_mark_and_the_deprecated_format_characters_are_replaced() {
        assert_eq!(clean("a\u{061C}b"), "a�b");
        for c in '\u{206A}'..='\u{206F}' {
            assert_eq!(clean(&format!("x{c}y")), "x�y", "{c:?}");
        }
        // Their neighbours are ordinary characters and stay.
        assert_eq!(
            clean("\u{061B}\u{061D}\u{2070}"),
            "\u{061B}\u{061D}\u{2070}"
        );
    }

    #[test]
    fn a_pile_of_combining_marks_is_cut_to_eight() {
        let pile = format!("a{}b", "\u{301}".repeat(50_000));
        let cleaned = clean(&pile);
        assert_eq!(cleaned, format!("a{}b", "\u{301}".repeat(MAX_MARKS)));
        // A real stack is kept as it is.
        assert!(matches!(clean("Tiếng Việt"), Cow::Borrowed(_)));
    }

    #[test]
    fn tabs_and_newlines() {
        assert_eq!(clean("a\tb\nc\r\nd"), "a b c  d");
        assert_eq!(clean_multiline("a\tb\nc"), "a b\nc");
    }

    #[test]
    fn ascii_spelling() {
        assert_eq!(
            clean_ascii("Færre hjemløse – 16,9 %"),
            "Faerre hjemloese - 16,9 %"
        );
        assert_eq!(clean_ascii("x\u{1b}y"), "x?y");
        assert_eq!(clean_ascii("Ærø på café"), "Aeroe paa cafe");
    }
}
