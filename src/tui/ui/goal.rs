//! A goal's status notes (`n`): the goal's number and full title, its status, then every note
//! newest first, each its date in bold and its whole text wrapped to the width, line breaks
//! kept. The notes are the heart of the municipal reports; the overview has room only for the
//! start of the latest, and this screen is where they are read in full.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::format::capitalize;
use crate::tui::app::{App, Screen};
use crate::tui::layout::{self, pane_rows};
use crate::tui::ui::widgets::{draw_text, pane_title, put_lines};
use crate::tui::words::{Label, say};

pub use crate::tui::content::goal::{
    Notes, heading_height, heading_lines, newest_first, notes, status_line,
};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Goal(s)) = app.screen() else {
        return;
    };
    let Some(goal) = app.data.dataset.goals.get(s.goal) else {
        return;
    };
    let theme = &app.theme;
    let l = layout::goal(app, area, s);
    put_lines(
        buf,
        l.heading,
        heading_lines(app, s.goal, l.heading.width),
        theme,
    );
    let title = vec![Span::raw(format!(
        "{} ({})",
        capitalize(&say(app.locale, Label::Notes)),
        goal.notes.len()
    ))];
    pane_title(buf, l.notes, title, false, theme);
    let rows = pane_rows(l.notes);
    let notes = notes(app, s.goal, rows.width);
    draw_text(buf, rows, notes.scroll(s), notes.lines, theme);
}
