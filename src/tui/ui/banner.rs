//! The banner: a line under the header (two when an error needs them), there only when
//! something needs saying. Either the file's new version fails `check` (`✗ error:
//! file:line:col: path: message`, exactly as `check` prints it, and that the last good version
//! is shown), or a short note answering a key (`r` or `e` on the bundled dataset, an editor
//! that did not start), gone at the next key. The symbol and the word `error:` carry it
//! without colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::ui::widgets::{clear, put_line};

pub use crate::tui::content::banner::{error_lines, height, shown};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    if area.height == 0 || !shown(app) {
        return;
    }
    let theme = &app.theme;
    let width = usize::from(area.width);
    // Each row is cleared before it is drawn: the banner is drawn over a presentation's top
    // line too, and nothing of that may show through.
    let row = |y: u16| Rect {
        y,
        height: 1,
        ..area
    };
    if let Some(note) = &app.ui.note {
        clear(buf, row(area.y));
        let symbol = theme.glyphs.info;
        let line = Line::from(vec![
            Span::styled(format!("{symbol} "), theme.warning),
            Span::styled(theme.clean(note).into_owned(), theme.text),
        ]);
        put_line(buf, area.x, area.y, area.width, line, theme);
        return;
    }
    let Some(lines) = error_lines(app, width) else {
        return;
    };
    for (i, line) in lines.into_iter().enumerate().take(usize::from(area.height)) {
        let y = area.y + u16::try_from(i).unwrap_or(0);
        clear(buf, row(y));
        put_line(buf, area.x, y, area.width, line, theme);
    }
}
