//! The screen shown when the terminal is smaller than the dashboard needs: the sizes, never a
//! squeezed or broken layout.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tui::app::App;
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::text;
use crate::tui::ui::widgets::put_line;
use crate::tui::words::{Label, say};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let theme = &app.theme;
    let times = theme.glyphs.times;
    let lines = [
        format!(
            "{} ({} {MIN_WIDTH}{times}{MIN_HEIGHT})",
            say(app.locale, Label::TooSmall),
            say(app.locale, Label::Need)
        ),
        format!("{}{times}{}", area.width, area.height),
    ];
    let top = area.y + area.height.saturating_sub(2) / 2;
    for (i, line) in lines.into_iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let w = text::width(&line) as u16;
        let x = area.x + area.width.saturating_sub(w) / 2;
        let style = if i == 0 { theme.warning } else { theme.dim };
        put_line(buf, x, y, area.width, Line::styled(line, style), theme);
    }
}
