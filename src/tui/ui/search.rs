//! The search box and its hits: each hit names what it is (goal, indicator, initiative, owner,
//! note) and where it sits, so the user knows where Enter leads.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::tui::app::{App, Search};
use crate::tui::layout::{self, pane_rows};
use crate::tui::prepared::IndicatorRef;
use crate::tui::scroll;
use crate::tui::search::{self, Described, Found};
use crate::tui::text;
use crate::tui::ui::header::goal_label;
use crate::tui::ui::widgets::{self, Col, Focus, draw_rows, put_line};
use crate::tui::words::{Label, say};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(search) = &app.ui.search else {
        return;
    };
    let (theme, loc) = (&app.theme, app.locale);
    if area.height == 0 {
        return;
    }
    input_line(area, buf, app, search);
    let rows = pane_rows(area);
    let hint = if search.query.trim().is_empty() {
        Some(say(loc, Label::TypeToSearch))
    } else if search.hits.is_empty() {
        Some(say(loc, Label::NoHits))
    } else {
        None
    };
    if let Some(hint) = hint {
        put_line(
            buf,
            rows.x + 2,
            rows.y,
            rows.width.saturating_sub(2),
            Line::styled(hint, theme.dim),
            theme,
        );
        return;
    }
    hit_rows(rows, buf, app, search);
}

/// The query after `/` on the first row, and the count of hits at its right.
fn input_line(area: Rect, buf: &mut Buffer, app: &App, search: &Search) {
    let theme = &app.theme;
    let count = hit_count(app, search);
    let count_w = text::width(&count) as u16;
    let input = Line::from(vec![
        Span::styled("/ ", theme.key),
        Span::styled(shown_query(app, search, area.width), theme.heading),
    ]);
    put_line(
        buf,
        area.x,
        area.y,
        area.width.saturating_sub(count_w + 1),
        input,
        theme,
    );
    if count_w > 0 && area.width > count_w {
        put_line(
            buf,
            area.x + area.width - count_w,
            area.y,
            count_w,
            Line::styled(count, theme.dim),
            theme,
        );
    }
}

/// The hits in sight, in columns: what each is, its text, where it is.
fn hit_rows(rows: Rect, buf: &mut Buffer, app: &App, search: &Search) {
    let theme = &app.theme;
    let visible = scroll::window(search.cursor, search.hits.len(), usize::from(rows.height));
    let start = visible.start;
    let cells: Vec<Vec<Line<'static>>> = search.hits[visible]
        .iter()
        .filter_map(|&h| app.data.found(h))
        .map(|found| hit_cells(app, found))
        .collect();
    // Whose a note or description is stays in sight: capped, never dropped.
    let cols = [Col::fixed(0), Col::flex(12), Col::capped(0, 26)];
    let natural = widgets::natural_widths(&cells, cols.len());
    let widths = widgets::widths(
        &cols,
        &natural,
        usize::from(rows.width.saturating_sub(2)),
        2,
    );
    let mut cells: Vec<Option<Vec<Line<'static>>>> = cells.into_iter().map(Some).collect();
    draw_rows(
        buf,
        rows,
        (search.cursor, search.hits.len(), 1),
        Focus::Focused,
        theme,
        |i| {
            let row = cells
                .get_mut(i - start)
                .and_then(Option::take)
                .unwrap_or_default();
            vec![widgets::columns_line(row, &cols, &widths, 2, theme)]
        },
    );
}

/// "12 hits" at the right of the input row (nothing before a query is typed).
fn hit_count(app: &App, search: &Search) -> String {
    if search.query.trim().is_empty() {
        String::new()
    } else {
        format!("{} {}", search.hits.len(), say(app.locale, Label::Hits))
    }
}

/// The query as the input row shows it in a box `width` cells wide: its end when it is wider
/// than the room between `/ ` and the count (one cell kept for the cursor), so what is being
/// typed stays in sight.
fn shown_query(app: &App, search: &Search, width: u16) -> String {
    let count_w = text::width(&hit_count(app, search));
    let room = usize::from(width).saturating_sub(count_w + 1 + 2 + 1);
    let query = app.theme.clean(&search.query);
    text::tail(&query, room, app.theme.glyphs.ellipsis).into_owned()
}

/// Where the terminal's cursor goes: after the query, so typing looks like typing.
pub fn cursor_position(app: &App, area: Rect) -> Option<Position> {
    let search = app.ui.search.as_ref()?;
    if layout::too_small(area) {
        return None;
    }
    let body = layout::frame(app, area).body;
    let x = body.x + 2 + text::width(&shown_query(app, search, body.width)) as u16;
    (x < body.right() && body.height > 0).then_some(Position::new(x, body.y))
}

/// A hit as (what it is, its text, where it sits).
fn hit_cells(app: &App, found: Found) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let (kind, text, place) = match found {
        Found::GoalNote { .. }
        | Found::Update { .. }
        | Found::PointNote { .. }
        | Found::Description(_) => note_hit(app, found),
        _ => item_hit(app, found),
    };
    let query = app.ui.search.as_ref().map_or("", |s| s.query.as_str());
    let mut hit = marked(&text.unwrap_or_default(), query, app);
    // With a baseline, a changed hit leads with the marker (the others with a blank as wide).
    if let Some(changed) = super::since::found_changed(app, found) {
        let lead = [super::since::marker_span(app, changed), Span::raw(" ")];
        hit.spans.splice(0..0, lead);
    }
    vec![
        Line::styled(kind.into_owned(), theme.dim),
        hit,
        Line::styled(place.unwrap_or_default(), theme.dim),
    ]
}

/// A hit's text with what the query matched marked (bold and underlined: it reads without
/// colour, and on the selected row too).
fn marked(text: &str, query: &str, app: &App) -> Line<'static> {
    let style = app
        .theme
        .heading
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let mut spans = Vec::new();
    let mut at = 0;
    for r in search::matches(text, query) {
        if r.start < at {
            continue;
        }
        if r.start > at {
            spans.push(Span::raw(text[at..r.start].to_owned()));
        }
        spans.push(Span::styled(text[r.clone()].to_owned(), style));
        at = r.end;
    }
    if at < text.len() {
        spans.push(Span::raw(text[at..].to_owned()));
    }
    Line::from(spans)
}

/// What a hit is, its text, and where it is (each cleaned).
type Hit = (Cow<'static, str>, Option<String>, Option<String>);

/// A goal, an indicator or measure, an initiative or an owner.
fn item_hit(app: &App, found: Found) -> Hit {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let clean = |s: &str| theme.clean(s).into_owned();
    match found {
        Found::Goal(g) => (
            say(loc, Label::Goal),
            ds.goals.get(g).map(|g| goal_label(app, g)),
            None,
        ),
        Found::Indicator(r) => {
            let kind = match r {
                IndicatorRef::Goal { .. } => say(loc, Label::Indicator),
                IndicatorRef::Measure { .. } => capitalize(&loc.word(Word::Measure)).into(),
            };
            (
                kind,
                app.data.indicator(r).map(|p| clean(&p.indicator.title)),
                goal_of(app, r),
            )
        }
        Found::Initiative(n) => (
            say(loc, Label::Initiative),
            ds.initiatives.get(n).map(|i| clean(&i.title)),
            None,
        ),
        Found::Owner(o) => {
            let text = ds.owners.get(o).map(|o| match &o.short {
                Some(short) => format!("{} ({})", clean(&o.name), clean(short)),
                None => clean(&o.name),
            });
            (say(loc, Label::Owner), text, None)
        }
        Found::GoalNote { .. }
        | Found::Update { .. }
        | Found::PointNote { .. }
        | Found::Description(_) => note_hit(app, found),
    }
}

/// The goal (or, for a measure, the initiative) an indicator belongs to.
fn goal_of(app: &App, r: IndicatorRef) -> Option<String> {
    let ds = &app.data.dataset;
    match r {
        IndicatorRef::Goal { goal, .. } => ds.goals.get(goal).map(|g| goal_label(app, g)),
        IndicatorRef::Measure { initiative, .. } => ds
            .initiatives
            .get(initiative)
            .map(|i| app.theme.clean(&i.title).into_owned()),
    }
}

/// A note of a goal, an update of an initiative, or the note of a point: its date and the text
/// from a little before the words searched for, which may be far in.
fn note_hit(app: &App, found: Found) -> Hit {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let clean = |s: &str| theme.clean(s).into_owned();
    let query = app.ui.search.as_ref().map_or("", |s| s.query.as_str());
    let excerpt = |s: &str| match search::snippet_start(s, query) {
        0 => clean(s),
        start => format!("{}{}", theme.glyphs.ellipsis, clean(&s[start..])),
    };
    let (text, place) = match found {
        Found::GoalNote { goal, note } => {
            let g = ds.goals.get(goal);
            let text = g
                .and_then(|g| g.notes.get(note))
                .map(|n| format!("{}: {}", loc.date(n.date), excerpt(&n.text)));
            (text, g.map(|g| goal_label(app, g)))
        }
        Found::Update { initiative, update } => {
            let i = ds.initiatives.get(initiative);
            let text = i
                .and_then(|i| i.updates.get(update))
                .map(|u| format!("{}: {}", loc.date(u.date), excerpt(&u.text)));
            (text, i.map(|i| clean(&i.title)))
        }
        Found::PointNote { indicator, point } => {
            let p = app.data.indicator(indicator);
            let text = p.and_then(|p| p.indicator.series.get(point)).map(|pt| {
                let note = excerpt(pt.note().unwrap_or(""));
                format!("{}: {note}", loc.point_date(pt))
            });
            (text, p.map(|p| clean(&p.indicator.title)))
        }
        Found::Description(d) => {
            let (text, place) = description_hit(app, d);
            return (
                say(loc, Label::Description),
                text.map(|t| excerpt(&t)),
                place,
            );
        }
        _ => (None, None),
    };
    (say(loc, Label::Note), text, place)
}

/// A description found: its text (as written) and whose it is.
fn description_hit(app: &App, d: Described) -> (Option<String>, Option<String>) {
    let ds = &app.data.dataset;
    let clean = |s: &str| app.theme.clean(s).into_owned();
    match d {
        Described::Goal(g) => ds.goals.get(g).map_or((None, None), |g| {
            (g.description.clone(), Some(goal_label(app, g)))
        }),
        Described::Indicator(r) => app.data.indicator(r).map_or((None, None), |p| {
            (
                p.indicator.description.clone(),
                Some(clean(&p.indicator.title)),
            )
        }),
        Described::Initiative(n) => ds.initiatives.get(n).map_or((None, None), |i| {
            (i.description.clone(), Some(clean(&i.title)))
        }),
    }
}
