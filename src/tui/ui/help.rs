//! The help screen (`?`): every key, scrolled (the lines are `content::help`'s).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::app::{App, Screen};
use crate::tui::ui::widgets::draw_text;

pub use crate::tui::content::help::{KeyHelp, keys_for, lines};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Help(h)) = app.screen() else {
        return;
    };
    draw_text(buf, area, h.scroll, lines(app), &app.theme);
}
