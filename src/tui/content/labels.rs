//! Short texts several screens show: a goal's label, the status date, a list's count.

use crate::tui::app::{App, Cursor};
use crate::tui::words::{Label, say};

/// The status date at the precision written (`mar 2017`), else the reference day.
pub fn status_date(app: &App) -> Option<String> {
    let loc = app.locale;
    let as_of = app.data.dataset.as_of.map(|d| loc.date(d));
    as_of.or_else(|| app.data.figures.reference_date.map(|d| loc.day(d)))
}

/// A goal as `7 Færre hjemløse` (its code, then its title), cleaned.
pub fn goal_label(app: &App, goal: &crate::model::Goal) -> String {
    let title = app.theme.clean(&goal.title);
    match &goal.code {
        Some(code) => format!("{} {title}", app.theme.clean(code)),
        None => title.into_owned(),
    }
}

/// A list's count for its pane's title: `(10)` when every row is in sight, else where the
/// selection is and that there is more: `(7 of 44)`.
pub fn count(app: &App, cursor: Cursor, len: usize, in_sight: usize) -> String {
    if len <= in_sight || len == 0 {
        format!("({len})")
    } else {
        let at = cursor.selected.min(len - 1) + 1;
        format!("({at} {} {len})", say(app.locale, Label::Of))
    }
}
