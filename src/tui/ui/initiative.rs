//! The initiative screen: status, owners, goals served and period; the measures with their
//! sparklines and gaps, like a goal's indicators; the milestones on a timeline (done, due or
//! overdue against the reference date); the updates, newest first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::tui::app::{App, InitiativePane, Screen};
use crate::tui::content::labels::count;
use crate::tui::layout::{self, pane_rows};
use crate::tui::prepared::{IndicatorParts, IndicatorRef};
use crate::tui::scroll;
use crate::tui::ui::figures;
use crate::tui::ui::widgets::{Focus, draw_rows, draw_text, pane_title, put_lines};
use crate::tui::words::{Label, say};

pub use crate::tui::content::initiative::{details, info_height, info_lines};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Initiative(s)) = app.screen() else {
        return;
    };
    let l = layout::initiative(app, area, s);
    put_lines(
        buf,
        l.info,
        info_lines(app, s.initiative, l.info.width),
        &app.theme,
    );
    measures(
        l.measures,
        buf,
        app,
        s.initiative,
        s.focus == InitiativePane::Measures,
        s.measures,
    );
    let focused = s.focus == InitiativePane::Details;
    let loc = app.locale;
    let described = app
        .data
        .dataset
        .initiatives
        .get(s.initiative)
        .is_some_and(|i| i.description.is_some());
    let mut parts = vec![
        capitalize(&loc.word(Word::Milestones)),
        say(loc, Label::Updates).into_owned(),
    ];
    if described {
        parts.insert(0, say(loc, Label::Description).into_owned());
    }
    let title = vec![Span::raw(parts.join(loc.sep()))];
    pane_title(buf, l.details, title, focused, &app.theme);
    let rows = pane_rows(l.details);
    draw_text(
        buf,
        rows,
        s.details,
        details(app, s.initiative, rows.width),
        &app.theme,
    );
}

/// The measures of initiative `n` in a range, as the views get them.
fn measure_parts(app: &App, n: usize, range: std::ops::Range<usize>) -> Vec<IndicatorParts<'_>> {
    range
        .filter_map(|index| {
            app.data.indicator(IndicatorRef::Measure {
                initiative: n,
                index,
            })
        })
        .collect()
}

/// The measures in sight as rows of lines, each marked when it changed since the baseline.
fn measure_rows(
    app: &App,
    n: usize,
    width: u16,
    visible: std::ops::Range<usize>,
) -> Vec<Option<Vec<Line<'static>>>> {
    let (theme, loc) = (&app.theme, app.locale);
    let parts = measure_parts(app, n, visible.clone());
    // With a baseline, each row's first line starts with the marker: two cells less for it.
    let room = width.saturating_sub(2 + 2 * u16::from(app.since.is_some()));
    figures::indicator_rows(
        loc,
        theme,
        app.data.dataset.status_method,
        &parts,
        usize::from(room),
    )
    .into_iter()
    .zip(visible)
    .map(|(row, index)| {
        let r = IndicatorRef::Measure {
            initiative: n,
            index,
        };
        Some(super::since::marked_row(app, r, row))
    })
    .collect()
}

fn measures(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    n: usize,
    focused: bool,
    cursor: crate::tui::app::Cursor,
) {
    let Some(ini) = app.data.dataset.initiatives.get(n) else {
        return;
    };
    if area.height == 0 {
        return;
    }
    let (theme, loc) = (&app.theme, app.locale);
    let rows = pane_rows(area);
    let title = vec![Span::raw(format!(
        "{} {}",
        capitalize(&loc.word(Word::Measures)),
        count(
            app,
            cursor,
            ini.measures.len(),
            usize::from(rows.height / 2)
        )
    ))];
    pane_title(buf, area, title, focused, theme);
    let visible = scroll::window(cursor, ini.measures.len(), usize::from(rows.height / 2));
    let start = visible.start;
    let mut lines = measure_rows(app, n, rows.width, visible);
    let focus = if focused {
        Focus::Focused
    } else {
        Focus::Unfocused
    };
    draw_rows(
        buf,
        rows,
        (cursor, ini.measures.len(), 2),
        focus,
        theme,
        |i| {
            lines
                .get_mut(i - start)
                .and_then(Option::take)
                .unwrap_or_default()
        },
    );
}
