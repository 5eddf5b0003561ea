//! A status that moved since the baseline, in words beside the status the screens show: "on
//! track → ▲ at risk". Worked out once per comparison (`tui::since`); here only looked up,
//! so a screen calls one function on its status line.

use ratatui::text::{Line, Span};

use crate::model::StatusMethod;
use crate::report::changes::arrow;
use crate::tui::app::App;

/// Whose status a line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose<'a> {
    /// A goal, by position.
    Goal(usize),
    /// An indicator or measure, by id.
    Indicator(&'a str),
    /// An initiative, by position.
    Initiative(usize),
}

/// The old status and the arrow before a status line, when that status moved since the
/// baseline; the line as it is otherwise. Under Open SDG's status method the screens show
/// Open SDG's measure, which the comparison does not judge, so nothing is added there.
pub fn with_transition(app: &App, whose: Whose<'_>, line: Line<'static>) -> Line<'static> {
    let Some(since) = &app.since else {
        return line;
    };
    let loc = app.locale;
    let was = match whose {
        Whose::Goal(_) | Whose::Indicator(_)
            if app.data.dataset.status_method == StatusMethod::OpenSdg =>
        {
            None
        }
        Whose::Goal(g) => since.goal_status.get(&g).map(|(was, _)| loc.status(*was)),
        Whose::Indicator(id) => since
            .indicator_change(id)
            .and_then(|c| c.status)
            .map(|(was, _)| loc.status(was)),
        Whose::Initiative(n) => since
            .initiative_status
            .get(&n)
            .map(|(was, _)| loc.initiative_status(*was)),
    };
    let Some(was) = was else {
        return line;
    };
    let mut spans = vec![
        Span::styled(was.into_owned(), app.theme.dim),
        Span::styled(format!(" {} ", arrow(loc)), app.theme.warning),
    ];
    spans.extend(line.spans);
    Line::from(spans).style(line.style)
}
