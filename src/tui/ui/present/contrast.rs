//! A projector washes out what a screen shows: the presentation is drawn in high-contrast
//! colours only. Its frame goes through one last pass that takes out dark grey and dimmed
//! text (the dashboard's quiet style), and on a dark background turns every colour into its
//! bright variant; on a light one the colours stay as they are (the normal ones are the darker).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

/// The presentation's colour for a colour of the dashboard; `None`: the terminal's own text
/// colour.
pub fn room_color(color: Color, light: bool) -> Option<Color> {
    let bright = match color {
        Color::DarkGray | Color::Gray | Color::Black | Color::White => return None,
        Color::Red => Color::LightRed,
        Color::Green => Color::LightGreen,
        Color::Yellow => Color::LightYellow,
        Color::Blue => Color::LightBlue,
        Color::Magenta => Color::LightMagenta,
        Color::Cyan => Color::LightCyan,
        other => other,
    };
    Some(if light { color } else { bright })
}

/// Every cell of the area in the presentation's colours.
pub fn high_contrast(buf: &mut Buffer, area: Rect, light: bool) {
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            if cell.fg != Color::Reset {
                cell.fg = room_color(cell.fg, light).unwrap_or(Color::Reset);
            }
            if cell.bg != Color::Reset {
                cell.bg = room_color(cell.bg, light).unwrap_or(Color::Reset);
            }
            cell.modifier.remove(Modifier::DIM);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_dark_grey_and_bright_on_dark() {
        assert_eq!(room_color(Color::DarkGray, false), None);
        assert_eq!(room_color(Color::DarkGray, true), None);
        assert_eq!(room_color(Color::Cyan, false), Some(Color::LightCyan));
        assert_eq!(room_color(Color::Blue, true), Some(Color::Blue));
    }
}
