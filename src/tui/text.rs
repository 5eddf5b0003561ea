//! Text measured the way the terminal buffer measures it: by grapheme, in cells. Wide (CJK,
//! emoji), combining and zero-width characters then never push a column out of line.

use std::borrow::Cow;

use ratatui::buffer::CellWidth;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// The graphemes of a string that the buffer would print, with their widths (ratatui's own
/// segmentation, so we cut exactly where the buffer would).
fn graphemes(s: &str) -> Vec<(&str, usize)> {
    let span = Span::raw(s);
    let base = s.as_ptr() as usize;
    span.styled_graphemes(Style::new())
        .filter_map(|g| {
            // The span borrows `s`, so each grapheme is a slice of it: find it there.
            let start = (g.symbol.as_ptr() as usize).checked_sub(base)?;
            let symbol = s.get(start..start + g.symbol.len())?;
            let w = usize::from(g.symbol.cell_width());
            (w > 0).then_some((symbol, w))
        })
        .collect()
}

/// Strings longer than this are measured by their start: no screen is that wide, and a frame
/// must not cost more for a ten-thousand-character title.
const MEASURED: usize = 4096;

/// The start of a string, at most [`MEASURED`] bytes, cut at a character boundary.
fn start(s: &str) -> &str {
    if s.len() <= MEASURED {
        return s;
    }
    let mut end = MEASURED;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Whether every character takes one cell on its own, so characters are graphemes and the
/// width is their count (most text: Latin, Danish, Greek, Cyrillic).
fn simple(s: &str) -> bool {
    s.chars()
        .all(|c| !c.is_control() && UnicodeWidthChar::width(c) == Some(1))
}

/// How many cells a string takes (for a very long string: more than any screen is wide).
pub fn width(s: &str) -> usize {
    let head = start(s);
    let more = usize::from(head.len() < s.len());
    if head.is_ascii() {
        return head.bytes().filter(|b| !b.is_ascii_control()).count() + more;
    }
    if simple(head) {
        return head.chars().count() + more;
    }
    graphemes(head).into_iter().map(|(_, w)| w).sum::<usize>() + more
}

/// The string cut to at most `max` cells, ending in `ellipsis` when cut. Borrowed when it fits.
pub fn truncate<'a>(s: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    let room = max.saturating_sub(width(ellipsis));
    // Without room for the ellipsis itself, show what fits of it rather than nothing.
    if room == 0 {
        return Cow::Owned(if max > 0 {
            truncate(ellipsis, max, "").into_owned()
        } else {
            String::new()
        });
    }
    let head = start(s);
    let source = if head.len() < s.len() && width(head) <= max {
        s
    } else {
        head
    };
    if simple(source) {
        let mut out: String = source.chars().take(room).collect();
        out.truncate(out.trim_end().len());
        out.push_str(ellipsis);
        return Cow::Owned(out);
    }
    let mut out = String::new();
    let mut used = 0;
    for (g, w) in graphemes(source) {
        if used + w > room {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.truncate(out.trim_end().len());
    out.push_str(ellipsis);
    Cow::Owned(out)
}

/// The end of the string in at most `max` cells, starting with `ellipsis` when cut: a typed
/// query shows the part being typed. Only the last [`MEASURED`] bytes are looked at.
pub fn tail<'a>(s: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    let mut from = s.len().saturating_sub(MEASURED);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let end = &s[from..];
    if from == 0 && width(end) <= max {
        return Cow::Borrowed(s);
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut kept = Vec::new();
    let mut used = 0;
    for (g, w) in graphemes(end).into_iter().rev() {
        if used + w > room {
            break;
        }
        kept.push(g);
        used += w;
    }
    let mut out = truncate(ellipsis, max, "").into_owned();
    out.extend(kept.into_iter().rev());
    Cow::Owned(out)
}

/// The string cut or padded with spaces to exactly `cells` cells.
pub fn fit(s: &str, cells: usize, ellipsis: &str) -> String {
    let cut = truncate(s, cells, ellipsis);
    let pad = cells.saturating_sub(width(&cut));
    let mut out = cut.into_owned();
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// Like [`fit`], with the padding before the text.
pub fn fit_right(s: &str, cells: usize, ellipsis: &str) -> String {
    let cut = truncate(s, cells, ellipsis);
    let pad = cells.saturating_sub(width(&cut));
    let mut out: String = std::iter::repeat_n(' ', pad).collect();
    out.push_str(&cut);
    out
}

/// The width of a styled line.
pub fn line_width(line: &Line<'_>) -> usize {
    line.spans.iter().map(|s| width(&s.content)).sum()
}

/// A styled line cut to at most `max` cells; the ellipsis takes the style of the span it cuts.
pub fn truncate_line<'a>(line: Line<'a>, max: usize, ellipsis: &str) -> Line<'a> {
    if line_width(&line) <= max {
        return line;
    }
    let mut out: Vec<Span<'a>> = Vec::new();
    let mut used = 0;
    let room = max.saturating_sub(width(ellipsis));
    let style = line.style;
    for span in line.spans {
        let w = width(&span.content);
        if used + w <= room {
            used += w;
            out.push(span);
            continue;
        }
        let cut = truncate(&span.content, room - used + width(ellipsis), ellipsis).into_owned();
        out.push(Span::styled(cut, span.style));
        break;
    }
    Line::from(out).style(style)
}

/// Words wrapped into lines of at most `max` cells; a word longer than a line is cut.
/// Line breaks in the text are kept.
pub fn wrap(s: &str, max: usize, ellipsis: &str) -> Vec<String> {
    wrap_lines(s, max, ellipsis, usize::MAX)
}

/// Like [`wrap`], stopping after `limit` lines (so a long text costs only what is shown).
pub fn wrap_lines(s: &str, max: usize, ellipsis: &str, limit: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if max == 0 {
        return lines;
    }
    for paragraph in s.split('\n') {
        let mut current = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if lines.len() >= limit {
                return lines;
            }
            let word = truncate(word, max, ellipsis);
            let w = width(&word);
            if !current.is_empty() && used + 1 + w > max {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            if !current.is_empty() {
                current.push(' ');
                used += 1;
            }
            current.push_str(&word);
            used += w;
        }
        if lines.len() >= limit {
            return lines;
        }
        lines.push(current);
    }
    lines
}

/// Like [`wrap_lines`], but a cut shows: when the text goes on past `limit` lines, the last
/// line shown ends in `ellipsis` (cut shorter to make room for it when needed), so a reader
/// knows there is more. Trailing blank lines are not "more".
pub fn wrap_clipped(s: &str, max: usize, ellipsis: &str, limit: usize) -> Vec<String> {
    let s = s.trim_end();
    // One line more than shown tells whether anything was left out.
    let mut lines = wrap_lines(s, max, ellipsis, limit.saturating_add(1));
    if lines.len() <= limit {
        return lines;
    }
    lines.truncate(limit);
    if let Some(last) = lines.last_mut() {
        let room = max.saturating_sub(width(ellipsis));
        let kept = truncate(last, room, "");
        *last = format!("{}{ellipsis}", kept.trim_end());
        if width(last) > max {
            // Not even the ellipsis fits beside nothing: what fits of it.
            *last = truncate(ellipsis, max, "").into_owned();
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tail_keeps_the_end() {
        assert_eq!(tail("hjemløse", 8, "…"), "hjemløse");
        assert_eq!(tail("hjemløse", 5, "…"), "…løse");
        // A wide character that does not fit whole is left out.
        assert_eq!(tail("ab日本", 4, "…"), "…本");
        assert_eq!(tail("abc", 0, "…"), "");
        let long = format!("{}end", "x".repeat(10_000));
        assert_eq!(tail(&long, 6, "…"), "…xxend");
    }

    #[test]
    fn widths_count_cells() {
        assert_eq!(width("hjemløse"), 8);
        assert_eq!(width("日本"), 4);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("a\u{200b}b"), 2);
    }

    #[test]
    fn truncate_is_width_correct() {
        assert_eq!(truncate("Færre hjemløse", 20, "…"), "Færre hjemløse");
        assert_eq!(truncate("Færre hjemløse", 8, "…"), "Færre h…");
        assert_eq!(
            truncate("Færre hjemløse", 7, "…"),
            "Færre…",
            "no space before the ellipsis"
        );
        assert_eq!(width(&truncate("日本語のテキスト", 7, "…")), 7);
        assert_eq!(truncate("日本語", 4, "…"), "日…");
        assert_eq!(truncate("abc", 0, "…"), "");
        assert_eq!(truncate("abcdef", 2, "..."), "..");
        assert_eq!(truncate("abcdef", 1, "…"), "…");
    }

    #[test]
    fn long_strings_cost_no_more_than_their_start() {
        let long = "Ærlig talt ".repeat(2000);
        assert!(width(&long) > 1000);
        assert_eq!(truncate(&long, 12, "…"), "Ærlig talt…");
        let flood = format!("e{}x", "\u{301}".repeat(5000));
        assert_eq!(width(&flood), 2);
        assert_eq!(truncate(&flood, 2, "…"), flood);
    }

    #[test]
    fn fit_pads_to_exact_width() {
        assert_eq!(fit("ab", 4, "…"), "ab  ");
        assert_eq!(fit_right("ab", 4, "…"), "  ab");
        assert_eq!(width(&fit("日本語", 5, "…")), 5);
    }

    #[test]
    fn truncate_line_keeps_styles() {
        let line = Line::from(vec![
            Span::raw("abc "),
            Span::styled("defgh", Style::new().bold()),
        ]);
        let cut = truncate_line(line, 6, "…");
        assert_eq!(cut.spans.len(), 2);
        assert_eq!(cut.spans[1].content, "d…");
        assert_eq!(line_width(&cut), 6);
    }

    #[test]
    fn wrap_breaks_on_spaces() {
        assert_eq!(wrap("one two three", 7, "…"), ["one two", "three"]);
        assert_eq!(wrap("a\nb", 7, "…"), ["a", "b"]);
        assert_eq!(wrap("abcdefghij", 4, "…"), ["abc…"]);
        assert_eq!(wrap_lines("a b c d e f", 3, "…", 2), ["a b", "c d"]);
    }

    #[test]
    fn wrap_clipped_marks_the_cut() {
        // Fits: nothing marked.
        assert_eq!(
            wrap_clipped("one two three", 7, "…", 2),
            ["one two", "three"]
        );
        // Cut after two lines: the second ends in the ellipsis, within the width.
        assert_eq!(
            wrap_clipped("one two three four", 7, "…", 2),
            ["one two", "three…"]
        );
        // A full last line gives way to the ellipsis.
        assert_eq!(wrap_clipped("abc def ghi", 3, "~", 2), ["abc", "de~"]);
        // Wide characters: measured in cells.
        let cut = wrap_clipped("日本 日本 日本", 4, "…", 1);
        assert_eq!(cut, ["日…"]);
        assert!(cut.iter().all(|l| width(l) <= 4));
        // Line breaks kept; a cut at a paragraph's end is marked too.
        assert_eq!(wrap_clipped("a\nb\nc", 5, "…", 2), ["a", "b…"]);
        // Trailing blank lines are not more text.
        assert_eq!(wrap_clipped("a b\n\n", 5, "…", 1), ["a b"]);
        // Nothing to show.
        assert_eq!(wrap_clipped("abc def", 5, "…", 0), Vec::<String>::new());
        assert_eq!(wrap_clipped("abc", 0, "…", 2), Vec::<String>::new());
        // No room for text beside the ellipsis.
        assert_eq!(wrap_clipped("a b", 1, "…", 1), ["…"]);
    }
}
