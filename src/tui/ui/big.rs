//! Numbers in large type for presentation mode, drawn by `tui-big-text` from the 8×8 font of
//! `font8x8`. Two sizes: each pixel a whole cell (8 rows), or half a cell high (4 rows).
//!
//! In ASCII the block glyphs are replaced cell by cell: a full block by `#`, an upper half by
//! `"` and a lower half by `_`, so the digits keep their shape with nothing outside ASCII.
//! Only the characters a formatted number holds are drawn large (digits, separators, signs,
//! `%`); the minus sign U+2212, which the font lacks, is drawn as `-`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// Each character is this many cells wide at every size.
const GLYPH_WIDTH: u16 = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// Each pixel of the font a cell: 8 rows.
    Large,
    /// Each pixel half a cell high: 4 rows.
    Medium,
}

impl Size {
    pub fn height(self) -> u16 {
        match self {
            Size::Large => 8,
            Size::Medium => 4,
        }
    }

    fn pixels(self) -> PixelSize {
        match self {
            Size::Large => PixelSize::Full,
            Size::Medium => PixelSize::HalfHeight,
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

/// Draws a text (as returned by [`drawable`]) large at the top left of an area, cut to it.
pub fn render(text: &str, size: Size, area: Rect, buf: &mut Buffer, style: Style, ascii: bool) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    BigText::builder()
        .pixel_size(size.pixels())
        .style(style)
        .lines(vec![Line::from(text.to_owned())])
        .build()
        .render(area, buf);
    if ascii {
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &mut buf[(x, y)];
                let plain = match cell.symbol() {
                    "█" => "#",
                    "▀" => "\"",
                    "▄" => "_",
                    _ => continue,
                };
                cell.set_symbol(plain);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, size: Size, ascii: bool) -> Vec<String> {
        let area = Rect::new(0, 0, width(text), size.height());
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
    fn numbers_only() {
        assert_eq!(drawable("\u{2212}16,9 %").as_deref(), Some("-16,9 %"));
        assert_eq!(drawable("1.234"), Some("1.234".to_owned()));
        assert_eq!(drawable("?"), None);
        assert_eq!(drawable("no value"), None);
        assert_eq!(drawable(" "), None);
    }

    #[test]
    fn ascii_keeps_the_shape_in_ascii() {
        for size in [Size::Large, Size::Medium] {
            let unicode = drawn("38", size, false);
            let ascii = drawn("38", size, true);
            assert_eq!(unicode.len(), usize::from(size.height()));
            assert!(ascii.iter().all(|l| l.is_ascii()), "{ascii:#?}");
            assert!(unicode.iter().any(|l| !l.trim().is_empty()));
            // The same cells are inked.
            for (u, a) in unicode.iter().zip(&ascii) {
                let ink = |s: &str| s.chars().map(|c| c != ' ').collect::<Vec<_>>();
                assert_eq!(ink(u), ink(a), "{unicode:#?}\n{ascii:#?}");
            }
        }
        assert_eq!(width("38"), 16);
    }
}
