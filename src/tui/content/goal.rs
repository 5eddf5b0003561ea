//! A goal's heading (number, full title, status) and its status notes as lines, newest first,
//! with where each note starts: what the notes screen draws and the layout measures.

use ratatui::text::{Line, Span};

use crate::model::Goal;
use crate::tui::app::{App, Cursor, GoalScreen};
use crate::tui::content::labels::goal_label;
use crate::tui::content::{figures, open_sdg};
use crate::tui::text;
use crate::tui::words::{Label, say};

/// A title longer than this many lines is cut (with the ellipsis): the notes come first.
pub const TITLE_LINES: usize = 3;

/// The widest a note's lines get, in cells: lines much longer than this are hard to follow
/// from one to the next on a wide terminal.
pub const MEASURE: usize = 100;

/// A goal's status as symbol and word, with the counts of its indicators' statuses when it has
/// more than one: `◐ i risiko  (1 på vej · 1 i risiko)`. The overview's heading says the same.
pub fn status_line(app: &App, g: usize) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let status = &app.data.figures.goals[g];
    let line = figures::goal_status(loc, theme, app.data.dataset.status_method, status, false);
    let mut line = super::since::with_transition(app, super::since::Whose::Goal(g), line);
    let method = app.data.dataset.status_method;
    let counts = open_sdg::indicator_counts(loc, method, status)
        .unwrap_or_else(|| loc.counts(&status.counts));
    if !counts.is_empty() && app.data.dataset.goals[g].indicators.len() > 1 {
        line.spans
            .push(Span::styled(format!("  ({counts})"), theme.dim));
    }
    line
}

/// The goal's number and full title, its status, and a blank line before the notes.
pub fn heading_lines(app: &App, g: usize, width: u16) -> Vec<Line<'static>> {
    let Some(goal) = app.data.dataset.goals.get(g) else {
        return Vec::new();
    };
    let theme = &app.theme;
    let mut lines: Vec<Line<'static>> = text::wrap_clipped(
        &goal_label(app, goal),
        usize::from(width),
        theme.glyphs.ellipsis,
        TITLE_LINES,
    )
    .into_iter()
    .map(|l| Line::styled(l, theme.heading))
    .collect();
    lines.push(status_line(app, g));
    lines.push(Line::default());
    lines
}

/// How many rows the heading takes at a width.
pub fn heading_height(app: &App, g: usize, width: u16) -> u16 {
    u16::try_from(heading_lines(app, g, width).len()).unwrap_or(u16::MAX)
}

/// The notes as the lines of the notes pane, and where each note starts among them.
pub struct Notes {
    pub lines: Vec<Line<'static>>,
    /// The line of each note's date, by the note's position in the goal's `notes`.
    pub starts: Vec<usize>,
}

impl Notes {
    /// The scroll the notes screen draws from: a note asked for (a search hit) from its date's
    /// line, else the screen's own.
    #[must_use]
    pub fn scroll(&self, screen: &GoalScreen) -> Cursor {
        match screen.from_note {
            Some(note) => Cursor {
                selected: 0,
                offset: self.starts.get(note).copied().unwrap_or(0),
            },
            None => screen.scroll,
        }
    }
}

/// The notes' positions, newest first; of notes on the same date, the last written first (as
/// the overview picks the latest).
pub fn newest_first(goal: &Goal) -> Vec<usize> {
    let mut order: Vec<usize> = (0..goal.notes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((goal.notes[i].date, i)));
    order
}

/// Every note of a goal, newest first, in the rows of a pane `width` cells wide: the date in
/// bold, the text wrapped under it, a blank line between notes. Also counted by the update
/// step to bound the scrolling, and used to open the screen at a note.
pub fn notes(app: &App, g: usize, width: u16) -> Notes {
    let Some(goal) = app.data.dataset.goals.get(g) else {
        return Notes {
            lines: Vec::new(),
            starts: Vec::new(),
        };
    };
    let (theme, loc) = (&app.theme, app.locale);
    // The rows are drawn two cells in; the text two more, under its date.
    let width = usize::from(width.saturating_sub(2)).min(MEASURE);
    let mut lines = Vec::new();
    let mut starts = vec![0; goal.notes.len()];
    if goal.notes.is_empty() {
        lines.push(Line::styled(
            say(loc, Label::NoNotes).into_owned(),
            theme.dim,
        ));
    }
    for (k, n) in newest_first(goal).into_iter().enumerate() {
        if k > 0 {
            lines.push(Line::default());
        }
        let note = &goal.notes[n];
        starts[n] = lines.len();
        lines.push(Line::styled(loc.date(note.date), theme.heading));
        let body = theme.clean_multiline(&note.text);
        for l in text::wrap(&body, width.saturating_sub(2), theme.glyphs.ellipsis) {
            lines.push(Line::raw(format!("  {l}")));
        }
    }
    Notes { lines, starts }
}
