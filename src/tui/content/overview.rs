//! The overview's heading for the selected goal: its full title, status and latest note (on
//! a wide terminal, above its indicators and initiatives).

use ratatui::text::Line;

use crate::tui::app::App;
use crate::tui::content::goal::status_line;
use crate::tui::content::labels::goal_label;
use crate::tui::text;

/// How many rows the goal's heading takes at a width: its full title, then its latest note.
pub fn heading_height(app: &App, width: u16) -> u16 {
    heading_lines(app, width).len() as u16
}

pub fn heading_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let Some(g) = app.goal() else {
        return Vec::new();
    };
    let (theme, loc) = (&app.theme, app.locale);
    let goal = &app.data.dataset.goals[g];
    let width = usize::from(width);
    let ell = theme.glyphs.ellipsis;
    let mut lines: Vec<Line<'static>> = text::wrap_clipped(&goal_label(app, goal), width, ell, 2)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading))
        .collect();
    lines.push(status_line(app, g));
    if let Some(n) = app.data.prepared.goals[g].latest_note {
        let note = &goal.notes[n];
        let text = format!("{}: {}", loc.date(note.date), theme.clean(&note.text));
        lines.extend(
            text::wrap_clipped(&text, width, ell, 3)
                .into_iter()
                .map(|l| Line::styled(l, theme.text)),
        );
    }
    lines.push(Line::default());
    lines
}
