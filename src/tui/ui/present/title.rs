//! The goal's title in large type, where it fits: each letter four cells wide and four rows
//! high (the 8×8 font in quadrant blocks, as `tui-big-text` draws it), in at most two lines of
//! whole words. In ASCII, or with a letter the font lacks, the title stays at normal size.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

use crate::tui::text;

/// Rows of one line of the large title.
pub const ROWS: u16 = 4;

/// Cells across one letter.
const CELLS: u16 = 4;

/// The most lines of the large title.
const MOST: usize = 2;

/// Whether the font draws a character: printable ASCII and Latin-1 (`æ ø å é ü`).
fn drawable(c: char) -> bool {
    matches!(u32::from(c), 0x20..=0x7e | 0xa0..=0xff)
}

/// The title's lines in large type at this width, when it fits whole in two of them.
pub fn lines(title: &str, width: u16, ascii: bool) -> Option<Vec<String>> {
    if ascii || !title.chars().all(drawable) {
        return None;
    }
    let per_line = usize::from(width / CELLS);
    let lines = text::wrap_lines(title, per_line, "", MOST + 1);
    let whole = lines.join(" ") == title.split_whitespace().collect::<Vec<_>>().join(" ");
    (whole && !lines.is_empty() && lines.len() <= MOST).then_some(lines)
}

/// Rows the large title takes.
pub fn rows(lines: &[String]) -> u16 {
    ROWS * lines.len() as u16
}

/// Draws the lines from the top left of the area.
pub fn render(lines: &[String], area: Rect, buf: &mut Buffer, style: Style) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(style)
        .lines(
            lines
                .iter()
                .map(|l| Line::from(l.clone()))
                .collect::<Vec<_>>(),
        )
        .build()
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_only_when_the_whole_title_fits_two_lines() {
        let title = "7 Færre skal være hjemløse";
        assert_eq!(lines(title, 114, false), Some(vec![title.to_owned()]));
        assert_eq!(
            lines(title, 78, false),
            Some(vec!["7 Færre skal være".to_owned(), "hjemløse".to_owned()])
        );
        assert_eq!(lines(title, 40, false), None);
        assert_eq!(lines(title, 114, true), None);
        assert_eq!(lines("”Børn skal lære”", 114, false), None);
    }
}
