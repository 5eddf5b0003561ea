//! Line wrapping by display width for the text report: words, and phrases kept whole where
//! they fit, so "38 personer" is not split across two lines.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Splits text into lines no wider than `width` columns at spaces (runs of spaces kept only
/// when the text fits); a word wider than a line is cut. Always at least one line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    if text.width() <= width {
        return vec![text.to_owned()];
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed <= width {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    lines
}

/// Pieces joined by `sep` into lines no wider than `width`, breaking between pieces where one
/// fits and inside a piece only when it is wider than a line. Each line is a list of
/// (text, tag) where separators carry `sep_tag`.
pub fn wrap_pieces<T: Copy>(
    pieces: &[(String, T)],
    sep: &str,
    sep_tag: T,
    width: usize,
) -> Vec<Vec<(String, T)>> {
    let mut lines: Vec<Vec<(String, T)>> = Vec::new();
    let mut line: Vec<(String, T)> = Vec::new();
    let mut used = 0;
    for (text, tag) in pieces {
        let w = text.width();
        if !line.is_empty() && used + sep.width() + w <= width {
            line.push((sep.to_owned(), sep_tag));
            line.push((text.clone(), *tag));
            used += sep.width() + w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut parts = wrap(text, width);
        let last = parts.pop().unwrap_or_default();
        lines.extend(parts.into_iter().map(|p| vec![(p, *tag)]));
        used = last.width();
        line.push((last, *tag));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_at_the_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("aa bb cc", 8), ["aa bb cc"]);
        assert_eq!(wrap("", 8), [""]);
        assert_eq!(wrap("a  b", 8), ["a  b"]);
        assert_eq!(wrap("abcdefg", 3), ["abc", "def", "g"]);
        assert_eq!(
            wrap("Færre skal være hjemløse", 11),
            ["Færre skal", "være", "hjemløse"]
        );
    }

    #[test]
    fn counts_wide_characters_as_two_columns() {
        assert_eq!(wrap("日本 語", 4), ["日本", "語"]);
    }

    #[test]
    fn keeps_pieces_whole_where_they_fit() {
        let pieces = [
            ("38 personer".to_owned(), 1),
            ("−23 personer".to_owned(), 2),
        ];
        let lines = wrap_pieces(&pieces, " · ", 0, 20);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], [("38 personer".to_owned(), 1)]);
        let lines = wrap_pieces(&pieces, " · ", 0, 26);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0][1], (" · ".to_owned(), 0));
    }

    #[test]
    fn cuts_a_piece_wider_than_a_line() {
        let pieces = [("aaa bbb ccc".to_owned(), 1), ("d".to_owned(), 2)];
        let lines = wrap_pieces(&pieces, ", ", 0, 7);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|(s, _)| s.as_str()).collect())
            .collect();
        assert_eq!(text, ["aaa bbb", "ccc, d"]);
    }
}
