//! The changes since a baseline on screen: the line under the header ("since 20 mar 2017:
//! 3 new values · 1 revised · …"), the marker beside changed items in the lists, and the
//! changes screen (`c`), goal by goal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::report::changes::Label;
use crate::tui::app::{App, Screen};
use crate::tui::prepared::IndicatorRef;
use crate::tui::scroll;
use crate::tui::since::PointMark;
use crate::tui::ui::widgets::put_line;

/// The marker beside a changed item: `Δ`, or `*` in ASCII.
pub fn marker(app: &App) -> &'static str {
    if app.theme.ascii() { "*" } else { "Δ" }
}

/// The marker as a span when `changed`, else as wide a blank.
pub fn marker_span(app: &App, changed: bool) -> Span<'static> {
    if changed {
        Span::styled(marker(app), app.theme.warning)
    } else {
        Span::raw(" ")
    }
}

/// The line of changes under the header: worked out once per comparison, only drawn here.
pub fn line(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(since) = &app.since else {
        return;
    };
    if area.height == 0 {
        return;
    }
    let style = if since.changes.is_empty() {
        app.theme.dim
    } else {
        app.theme.warning
    };
    let line = Line::from(vec![
        Span::styled(format!("{} ", marker(app)), style),
        Span::styled(since.line.clone(), app.theme.text),
    ]);
    put_line(buf, area.x, area.y, area.width, line, &app.theme);
}

/// "Changes since 20 mar 2017", the changes screen's name in the header.
pub fn title(app: &App) -> String {
    let loc = app.locale;
    let origin = app
        .since
        .as_ref()
        .map(|s| crate::report::changes::origin_short(loc, &s.origin))
        .unwrap_or_default();
    crate::format::capitalize(&format!(
        "{} {origin}",
        crate::report::changes::label(loc, crate::report::changes::Label::ChangesSince)
    ))
}

/// The changes screen: each goal's heading, then its changes, the selected row opening its
/// item with Enter.
pub fn changes(area: Rect, buf: &mut Buffer, app: &App) {
    let (Some(since), Some(Screen::Changes(screen))) = (&app.since, app.screen()) else {
        return;
    };
    let theme = &app.theme;
    if since.rows.is_empty() {
        let text = crate::report::changes::label(
            app.locale,
            crate::report::changes::Label::NothingChanged,
        );
        put_line(
            buf,
            area.x + 2,
            area.y,
            area.width.saturating_sub(2),
            Line::styled(text, theme.dim),
            theme,
        );
        return;
    }
    let cursor = scroll::settled(screen.rows, since.rows.len(), usize::from(area.height));
    let end = (cursor.offset + usize::from(area.height)).min(since.rows.len());
    for (y, i) in (cursor.offset..end).enumerate() {
        let row = &since.rows[i];
        let indent = " ".repeat(2 * usize::from(row.depth));
        let style = if i == cursor.selected {
            theme.selected
        } else if row.heading {
            theme.heading
        } else {
            theme.text
        };
        let pointer = if i == cursor.selected {
            theme.glyphs.cursor
        } else {
            " "
        };
        let line = Line::from(vec![
            Span::styled(pointer.to_owned(), style),
            Span::styled(format!("{indent}{}", row.text), style),
        ]);
        put_line(buf, area.x, area.y + y as u16, area.width, line, theme);
    }
}

/// Whether a goal (position) changed since the baseline; `None` without a baseline.
pub fn goal_changed(app: &App, goal: usize) -> Option<bool> {
    app.since.as_ref().map(|s| s.goals.contains(&goal))
}

/// Whether an initiative (position) changed since the baseline; `None` without a baseline.
pub fn initiative_changed(app: &App, initiative: usize) -> Option<bool> {
    app.since
        .as_ref()
        .map(|s| s.initiatives.contains(&initiative))
}

/// Whether an indicator or measure changed since the baseline (by id, for a view that holds
/// it without its place); `None` without a baseline.
pub fn indicator_changed(app: &App, id: &str) -> Option<bool> {
    app.since.as_ref().map(|s| s.indicator_changed(id))
}

/// Whether a search hit changed since the baseline: the item itself, or for a note, an
/// update or a point's note, whether it is new (or its point new or revised); `None`
/// without a baseline.
pub fn found_changed(app: &App, found: crate::tui::search::Found) -> Option<bool> {
    use crate::tui::search::{Described, Found};
    let since = app.since.as_ref()?;
    let ds = &app.data.dataset;
    Some(match found {
        Found::Owner(_) => false,
        // A description is the item's own: it is marked when its item changed.
        Found::Goal(g) | Found::Description(Described::Goal(g)) => since.goals.contains(&g),
        Found::Indicator(r) | Found::Description(Described::Indicator(r)) => {
            since.indicators.contains(&r)
        }
        Found::Initiative(n) | Found::Description(Described::Initiative(n)) => {
            since.initiatives.contains(&n)
        }
        Found::GoalNote { goal, note } => ds.goals.get(goal).is_some_and(|g| {
            g.notes.get(note).is_some_and(|n| {
                since
                    .changes
                    .notes
                    .iter()
                    .any(|c| c.goal == g.id && c.date == n.date && c.text == n.text)
            })
        }),
        Found::Update { initiative, update } => ds.initiatives.get(initiative).is_some_and(|i| {
            i.updates.get(update).is_some_and(|u| {
                since.changes.initiatives.iter().any(|c| {
                    c.id == i.id
                        && c.new_updates
                            .iter()
                            .any(|n| n.date == u.date && n.text == u.text)
                })
            })
        }),
        Found::PointNote { indicator, point } => app
            .data
            .indicator(indicator)
            .and_then(|p| p.indicator.series.get(point))
            .is_some_and(|pt| since.point(indicator, pt.date).is_some()),
    })
}

/// A title's spans behind the marker when `changed` (nothing added otherwise: a heading
/// needs no column kept for it).
pub fn marked_title(
    app: &App,
    changed: Option<bool>,
    mut spans: Vec<Span<'static>>,
) -> Vec<Span<'static>> {
    if changed == Some(true) {
        spans.insert(0, Span::raw(" "));
        spans.insert(0, marker_span(app, true));
    }
    spans
}

/// A title in a list, behind the marker (or a blank as wide) when there is a baseline.
pub fn marked(app: &App, changed: Option<bool>, title: String) -> Line<'static> {
    match changed {
        None => Line::from(title),
        Some(changed) => Line::from(vec![
            marker_span(app, changed),
            Span::raw(" "),
            Span::raw(title),
        ]),
    }
}

/// An indicator's rows in a list, the first behind the marker when there is a baseline.
pub fn marked_row(app: &App, r: IndicatorRef, mut row: Vec<Line<'static>>) -> Vec<Line<'static>> {
    let Some(since) = &app.since else {
        return row;
    };
    let changed = since.indicators.contains(&r);
    for (i, line) in row.iter_mut().enumerate() {
        let lead = if i == 0 {
            marker_span(app, changed)
        } else {
            Span::raw(" ")
        };
        line.spans.insert(0, Span::raw(" "));
        line.spans.insert(0, lead);
    }
    row
}

/// A point's cells on the indicator screen with a baseline: the marker before the date, and
/// "new" or "was 52 people" before the note.
pub fn point_cells(
    app: &App,
    p: &crate::tui::prepared::IndicatorParts<'_>,
    r: IndicatorRef,
    date: crate::model::Period,
    cells: Vec<Line<'static>>,
) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let mut cells = cells.into_iter();
    let (shown_date, value, note) = (
        cells.next().unwrap_or_default(),
        cells.next().unwrap_or_default(),
        cells.next().unwrap_or_default(),
    );
    let mark = app.since.as_ref().and_then(|s| s.point(r, date));
    let said = match mark {
        None => None,
        Some(PointMark::New) => Some(crate::report::changes::label(loc, Label::New)),
        Some(PointMark::Revised(old)) => {
            let old = old.map_or_else(
                || crate::report::changes::label(loc, Label::Hole),
                |v| p.prepared.format.value(loc, v),
            );
            let was = if loc.lang == crate::model::Lang::En {
                "was"
            } else {
                "var"
            };
            Some(format!("{was} {old}"))
        }
    };
    let mut last = Vec::new();
    if let Some(said) = said {
        last.push(Span::styled(said, theme.warning));
        if note.width() > 0 {
            last.push(Span::raw(loc.sep()));
        }
    }
    last.extend(note.spans);
    let mut date = vec![marker_span(app, mark.is_some()), Span::raw(" ")];
    date.extend(shown_date.spans);
    vec![Line::from(date), value, Line::from(last)]
}
