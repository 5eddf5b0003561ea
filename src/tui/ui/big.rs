//! Numbers in large type for presentation mode, drawn by `tui-big-text` from the 8×8 font of
//! `font8x8`. Two sizes: each pixel a whole cell (8 rows), or half a cell high (4 rows).
//!
//! In ASCII no block glyph may be drawn: each inked cell of the large size becomes `#`, and
//! the smaller size keeps five of the font's rows (the top, the middle three and the bottom of
//! a digit) in `#`, which reads far better from a distance than half blocks spelled in
//! punctuation. Only the characters a formatted number holds are drawn large (digits,
//! separators, signs, `%`); the minus sign U+2212, which the font lacks, is drawn as `-`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// Each character is this many cells wide at every size.
const GLYPH_WIDTH: u16 = 8;
/// The rows of the 8×8 font kept by the smaller size in ASCII: a digit's top, its middle three
/// and its bottom (the font leaves the eighth row empty).
const ASCII_MEDIUM_ROWS: [u16; 5] = [0, 2, 3, 4, 6];
/// A comma keeps its tail (the eighth row), so `16,9` and `1.234` stay apart.
const ASCII_MEDIUM_COMMA: [u16; 5] = [0, 1, 2, 6, 7];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// Each pixel of the font a cell: 8 rows.
    Large,
    /// Each pixel half a cell high: 4 rows (5 in ASCII).
    Medium,
}

impl Size {
    pub fn height(self, ascii: bool) -> u16 {
        match (self, ascii) {
            (Size::Large, _) => 8,
            (Size::Medium, false) => 4,
            (Size::Medium, true) => ASCII_MEDIUM_ROWS.len() as u16,
        }
    }
}

/// The text as drawn large: the minus sign as `-`, spaces of any kind as one space. `None`
/// when it holds a character that is not part of a number (then it is shown at normal size).
pub fn drawable(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' | '.' | ',' | '+' | '-' | '%' => out.push(c),
            '\u{2212}' => out.push('-'),
            c if c.is_whitespace() => out.push(' '),
            _ => return None,
        }
    }
    (!out.trim().is_empty()).then_some(out)
}

/// Cells across for a text drawn large (as returned by [`drawable`]).
pub fn width(text: &str) -> u16 {
    u16::try_from(text.chars().count())
        .unwrap_or(u16::MAX)
        .saturating_mul(GLYPH_WIDTH)
}

fn big_text(text: &str, pixels: PixelSize, style: Style) -> BigText<'static> {
    BigText::builder()
        .pixel_size(pixels)
        .style(style)
        .lines(vec![Line::from(text.to_owned())])
        .build()
}

/// Draws a text (as returned by [`drawable`]) large at the top left of an area, cut to it.
pub fn render(text: &str, size: Size, area: Rect, buf: &mut Buffer, style: Style, ascii: bool) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    if !ascii {
        let pixels = match size {
            Size::Large => PixelSize::Full,
            Size::Medium => PixelSize::HalfHeight,
        };
        big_text(text, pixels, style).render(area, buf);
        return;
    }
    // Drawn off screen (as much as the area shows), then copied row by row with `#` for ink.
    let full = Rect::new(0, 0, width(text).min(area.width), 8);
    let mut scratch = Buffer::empty(full);
    big_text(text, PixelSize::Full, style).render(full, &mut scratch);
    for (i, c) in text.chars().enumerate() {
        let rows: &[u16] = match (size, c) {
            (Size::Large, _) => &[0, 1, 2, 3, 4, 5, 6, 7],
            (Size::Medium, ',') => &ASCII_MEDIUM_COMMA,
            (Size::Medium, _) => &ASCII_MEDIUM_ROWS,
        };
        let left = u16::try_from(i)
            .unwrap_or(u16::MAX)
            .saturating_mul(GLYPH_WIDTH);
        if left >= area.width {
            // The rest lies past the area's right edge.
            break;
        }
        for (dy, &row) in rows.iter().enumerate().take(usize::from(area.height)) {
            let y = area.y + dy as u16;
            for dx in left..left.saturating_add(GLYPH_WIDTH).min(area.width) {
                let ink = scratch[(dx, row)].symbol() != " ";
                let cell = &mut buf[(area.x + dx, y)];
                cell.set_symbol(if ink { "#" } else { " " });
                cell.set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, size: Size, ascii: bool) -> Vec<String> {
        let area = Rect::new(0, 0, width(text), size.height(ascii));
        let mut buf = Buffer::empty(area);
        render(text, size, area, &mut buf, Style::new(), ascii);
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_owned())
                    .collect::<String>()
                    .trim_end()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn a_narrow_area_shows_the_start() {
        for (size, ascii) in [
            (Size::Large, true),
            (Size::Medium, true),
            (Size::Large, false),
        ] {
            let whole = drawn("1234", size, ascii);
            let area = Rect::new(0, 0, 13, size.height(ascii));
            let mut buf = Buffer::empty(area);
            render("1234", size, area, &mut buf, Style::new(), ascii);
            for (y, row) in whole.iter().enumerate() {
                let cut: String = (0..13)
                    .map(|x| buf[(x, y as u16)].symbol().to_owned())
                    .collect();
                let expected: String = format!("{row:13}").chars().take(13).collect();
                assert_eq!(cut.trim_end(), expected.trim_end(), "{size:?} {ascii}");
            }
        }
    }

    #[test]
    fn numbers_only() {
        assert_eq!(drawable("\u{2212}16,9 %").as_deref(), Some("-16,9 %"));
        assert_eq!(drawable("1.234"), Some("1.234".to_owned()));
        assert_eq!(drawable("?"), None);
        assert_eq!(drawable("no value"), None);
        assert_eq!(drawable(" "), None);
    }

    #[test]
    fn ascii_large_inks_the_same_cells_with_hashes() {
        let unicode = drawn("38", Size::Large, false);
        let ascii = drawn("38", Size::Large, true);
        assert_eq!(unicode.len(), 8);
        let ink = |s: &str| s.chars().map(|c| c != ' ').collect::<Vec<_>>();
        for (u, a) in unicode.iter().zip(&ascii) {
            assert_eq!(ink(u), ink(a), "{unicode:#?}\n{ascii:#?}");
            assert!(a.chars().all(|c| c == '#' || c == ' '), "{a}");
        }
        assert_eq!(width("38"), 16);
    }

    #[test]
    fn ascii_medium_is_five_rows_of_hashes() {
        let rows = drawn("38", Size::Medium, true);
        assert_eq!(
            rows,
            [
                " ####    ####",
                "    ##  ##  ##",
                "  ###    ####",
                "    ##  ##  ##",
                " ####    ####",
            ]
        );
        assert_eq!(drawn("38", Size::Medium, false).len(), 4);
        // A comma keeps its tail below the dot; a point is a dot on the line.
        let comma = drawn("1,2", Size::Medium, true);
        let glyph =
            |rows: &[String], y: usize| rows[y].get(8..16).unwrap_or("").trim_end().to_owned();
        assert_eq!(glyph(&comma, 3), "  ##", "{comma:#?}");
        assert_eq!(glyph(&comma, 4), " ##", "{comma:#?}");
        let point = drawn("1.2", Size::Medium, true);
        assert_eq!(glyph(&point, 3).trim(), "", "{point:#?}");
        assert_eq!(glyph(&point, 4), "  ##", "{point:#?}");
    }
}
