//! The source line under a diagnostic, with a caret under its column, as a compiler shows it:
//!
//! ```text
//!   12 |     "tittle": "Fewer children in poverty",
//!      |     ^
//! ```
//!
//! The line is the file's own text, so it is sanitised (control characters become spaces, one
//! column each, so the caret stays under its character) and cut to [`WIDTH`] characters around
//! the column: a minified file is one line of megabytes.

use unicode_width::UnicodeWidthChar;

/// At most this many characters of the source line are shown.
pub const WIDTH: usize = 100;

/// The starts of the lines of `source`, for finding many lines in one file once.
pub struct Lines<'s> {
    source: &'s [u8],
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    pub fn new(source: &'s [u8]) -> Self {
        // A byte order mark is not part of the JSON, and the columns are counted without it.
        let source = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
        let mut starts = vec![0];
        starts.extend(
            source
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { source, starts }
    }

    /// Line `line` (1-based) without its line ending, where the file has it.
    pub fn line(&self, line: usize) -> Option<String> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self
            .starts
            .get(line)
            .map_or(self.source.len(), |next| next - 1);
        let text = String::from_utf8_lossy(&self.source[start..end]);
        Some(text.strip_suffix('\r').unwrap_or(&text).to_owned())
    }

    /// The two lines to print under a diagnostic at `line`:`column` (1-based, characters).
    pub fn snippet(&self, line: usize, column: usize) -> Option<String> {
        Some(render(line, &self.line(line)?, column))
    }
}

/// `text` (the source line) with the gutter and a caret under `column` (1-based, characters).
pub fn render(line: usize, text: &str, column: usize) -> String {
    let chars: Vec<char> = text.chars().map(shown).collect();
    let at = column.saturating_sub(1).min(chars.len());
    // A window of WIDTH characters, the column about a third in, "…" where text was cut.
    let start = if chars.len() <= WIDTH {
        0
    } else {
        at.saturating_sub(WIDTH / 3).min(chars.len() - WIDTH)
    };
    let end = (start + WIDTH).min(chars.len());
    let mut shown_line = String::new();
    if start > 0 {
        shown_line.push('…');
    }
    shown_line.extend(&chars[start..end]);
    if end < chars.len() {
        shown_line.push('…');
    }
    // The caret sits under the character: the columns before it are counted as the terminal
    // draws them (a wide character takes two).
    let lead = usize::from(start > 0)
        + chars[start..at.min(end)]
            .iter()
            .map(|c| c.width().unwrap_or(1))
            .sum::<usize>();
    let gutter = line.to_string();
    let blank = " ".repeat(gutter.len());
    format!(
        "{gutter} | {}\n{blank} | {}^",
        shown_line.trim_end(),
        " ".repeat(lead)
    )
}

/// A character as it is printed: a control character (tab included) or a bidi override would
/// act on the terminal or move the caret, so it becomes a space.
fn shown(c: char) -> char {
    let bidi =
        matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if c.is_control() || bidi || c.width().is_none() {
        ' '
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_under_the_column() {
        let lines = Lines::new(b"{\n  \"tittle\": \"x\",\n}\n");
        assert_eq!(
            lines.snippet(2, 3).as_deref(),
            Some("2 |   \"tittle\": \"x\",\n  |   ^")
        );
        assert_eq!(lines.snippet(9, 1), None);
        assert_eq!(lines.snippet(0, 1), None);
    }

    #[test]
    fn gutter_as_wide_as_the_line_number() {
        assert_eq!(render(120, "ab", 2), "120 | ab\n    |  ^");
    }

    #[test]
    fn tabs_and_escapes_become_spaces() {
        let shown = render(1, "\t\u{1b}[2J\"a\"", 6);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\t'),
            "{shown:?}"
        );
        assert_eq!(shown, "1 |   [2J\"a\"\n  |      ^");
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let text = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let shown = render(1, &text, 5001);
        let (source, caret) = shown.split_once('\n').unwrap_or_default();
        assert!(source.chars().count() <= WIDTH + 6, "{source}");
        assert!(
            source.starts_with("1 | …") && source.ends_with('…'),
            "{source}"
        );
        let x = source.chars().position(|c| c == 'X');
        assert_eq!(x, caret.chars().position(|c| c == '^'));
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(render(1, "日本x", 3), "1 | 日本x\n  |     ^");
    }

    #[test]
    fn crlf_and_bom_are_not_shown() {
        let lines = Lines::new(b"\xEF\xBB\xBF{\"a\" 1}\r\n");
        assert_eq!(lines.line(1).as_deref(), Some("{\"a\" 1}"));
    }
}
