//! The initiatives browser: every initiative in a table, filtered by status, owner, goal or text
//! and sorted by any column (the sorted column's heading carries the order's arrow, and is
//! never the one that gives way). The columns are as wide as the whole table, not the page in
//! sight, so paging moves no column; the owner and goal filters pick from a list over it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::format::{Word, capitalize};
use crate::model::owner_label;
use crate::tui::app::{App, BrowserScreen, Column, Pick, PickKind, Screen};
use crate::tui::browse::{choice_label, popup};
use crate::tui::layout;
use crate::tui::text;
use crate::tui::ui::widgets::{self, Col, Focus, draw_rows, put_line};
use crate::tui::words::{Label, say};

/// The title takes what is left, and at least this much before other columns give way: at 80
/// columns the dates go first, so titles are read, not guessed from their first words.
const TITLE_MIN: usize = 36;

const COLS: [Col; 7] = [
    Col::flex(TITLE_MIN),
    Col::fixed(0),
    Col::capped(1, 20),
    Col::capped(2, 12),
    Col::fixed(5),
    Col::fixed(4),
    Col::fixed(3),
];

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Browser(b)) = app.screen() else {
        return;
    };
    let l = layout::browser(area);
    if b.typing && b.pick.is_none() {
        typing_bar(l.bar, buf, app, b);
    } else {
        bar(l.bar, buf, app, b);
    }
    table(l.table, buf, app, b);
    if let Some(pick) = &b.pick {
        pick_list(area, buf, app, pick);
    }
}

/// `/ query · f status: active · o owner: all · m goal: all · 12 / 40`
fn bar(area: Rect, buf: &mut Buffer, app: &App, b: &BrowserScreen) {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let all = say(loc, Label::All).into_owned();
    let status = b
        .status
        .map_or(all.clone(), |s| loc.initiative_status(s).into_owned());
    let owner = b
        .owner
        .and_then(|o| ds.owners.get(o))
        .map_or(all.clone(), |o| theme.clean(owner_label(o)).into_owned());
    let goal = b.goal.and_then(|g| ds.goals.get(g)).map_or(all, |g| {
        theme
            .clean(g.code.as_deref().unwrap_or(g.id.as_str()))
            .into_owned()
    });
    let mut spans = Vec::new();
    if !b.query.is_empty() {
        spans.push(Span::styled("/ ", theme.key));
        spans.push(Span::styled(
            theme.clean(&b.query).into_owned(),
            theme.heading,
        ));
        spans.push(Span::styled(loc.sep(), theme.dim));
    }
    for (i, (key, label, value)) in [
        ("f", say(loc, Label::FilterStatus), status),
        ("o", say(loc, Label::FilterOwner), owner),
        ("m", say(loc, Label::FilterGoal), goal),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            spans.push(Span::styled(loc.sep(), theme.dim));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {label}: ")));
        spans.push(Span::styled(value, theme.heading));
    }
    spans.push(Span::styled(
        format!("{}{}", loc.sep(), count(app, b)),
        theme.dim,
    ));
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
}

/// `12 / 40`: the rows shown of all the initiatives.
fn count(app: &App, b: &BrowserScreen) -> String {
    format!("{} / {}", b.rows.len(), app.data.dataset.initiatives.len())
}

/// While `/` is typed: `/ query` (its end, where the typing is, when it is long) and the count.
fn typing_bar(area: Rect, buf: &mut Buffer, app: &App, b: &BrowserScreen) {
    let theme = &app.theme;
    let count = format!("{}{}", app.locale.sep(), count(app, b));
    let line = Line::from(vec![
        Span::styled("/ ", theme.key),
        Span::styled(
            shown_query(app, &b.query, area.width, &count),
            theme.heading,
        ),
        Span::styled(count, theme.dim),
    ]);
    put_line(buf, area.x, area.y, area.width, line, theme);
}

/// A query as a line `width` cells wide shows it beside `rest`: its end when it is too long.
fn shown_query(app: &App, query: &str, width: u16, rest: &str) -> String {
    // `/ ` before it, a cell for the cursor after it.
    let room = usize::from(width).saturating_sub(2 + 1 + text::width(rest));
    let query = app.theme.clean(query);
    text::tail(&query, room, app.theme.glyphs.ellipsis).into_owned()
}

/// Where the terminal's cursor goes while a query is typed: after it.
pub fn cursor_position(app: &App, area: Rect) -> Option<Position> {
    let Some(Screen::Browser(b)) = app.screen() else {
        return None;
    };
    if app.ui.search.is_some() || layout::too_small(area) {
        return None;
    }
    let body = layout::frame(app, area).body;
    let (x, y) = match &b.pick {
        Some(p) if p.typing => {
            let r = popup(body, p.shown.len());
            let shown = shown_query(app, &p.query, r.width.saturating_sub(2), "");
            (r.x + 3 + text::width(&shown) as u16, r.y + 1)
        }
        None if b.typing => {
            let count = format!("{}{}", app.locale.sep(), count(app, b));
            let shown = shown_query(app, &b.query, body.width, &count);
            (body.x + 2 + text::width(&shown) as u16, body.y)
        }
        _ => return None,
    };
    (x < body.right() && y < body.bottom()).then_some(Position::new(x, y))
}

fn heading(app: &App, column: Column) -> String {
    let loc = app.locale;
    match column {
        Column::Title => say(loc, Label::Initiative).into_owned(),
        Column::Status => capitalize(&loc.word(Word::Status)),
        Column::Owners => capitalize(&loc.word(Word::Owners)),
        Column::Goals => say(loc, Label::GoalsServed).into_owned(),
        Column::Start => say(loc, Label::Start).into_owned(),
        Column::End => say(loc, Label::End).into_owned(),
        Column::Updated => capitalize(&loc.word(Word::LatestUpdate)),
    }
}

fn cells(app: &App, n: usize) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let ini = &app.data.dataset.initiatives[n];
    let prep = &app.data.prepared.initiatives[n];
    let date = |d: Option<crate::model::Period>| d.map(|d| loc.date(d)).unwrap_or_default();
    vec![
        super::since::marked(
            app,
            super::since::initiative_changed(app, n),
            theme.clean(&ini.title).into_owned(),
        ),
        Line::styled(
            loc.initiative_status(ini.status).into_owned(),
            theme.initiative_status(ini.status),
        ),
        Line::from(app.data.owners_text(n, theme)),
        Line::from(app.data.goals_text(n, theme)),
        Line::from(date(ini.start)),
        Line::from(date(ini.end)),
        Line::from(date(prep.latest_update)),
    ]
}

/// The columns' headings, the sorted one marked with its order.
fn headings(app: &App, b: &BrowserScreen) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let arrow = if b.descending {
        theme.glyphs.sort_down
    } else {
        theme.glyphs.sort_up
    };
    Column::ALL
        .iter()
        .map(|&c| {
            if c == b.sort {
                Line::styled(format!("{} {arrow}", heading(app, c)), theme.key)
            } else {
                Line::styled(heading(app, c), theme.heading)
            }
        })
        .collect()
}

/// The columns' widths at a table width: each as wide as its widest cell in the whole table
/// (or its heading), the sorted column kept whatever gives way.
fn column_widths(b: &BrowserScreen, head: &[Line<'_>], width: usize) -> Vec<Option<usize>> {
    let natural: Vec<usize> = head
        .iter()
        .zip(b.widths)
        .map(|(h, w)| text::line_width(h).max(w))
        .collect();
    let mut cols = COLS;
    cols[b.sort.index()].priority = 0;
    widgets::widths(&cols, &natural, width, 2)
}

fn table(area: Rect, buf: &mut Buffer, app: &App, b: &BrowserScreen) {
    let theme = &app.theme;
    if area.height == 0 {
        return;
    }
    let [head_area, rows] = layout::split_top(area, 1);
    let head = headings(app, b);
    let widths = column_widths(b, &head, usize::from(area.width.saturating_sub(2)));
    let mut head_line = widgets::columns_line(head, &COLS, &widths, 2, theme);
    head_line.spans.insert(0, Span::raw("  "));
    put_line(
        buf,
        head_area.x,
        head_area.y,
        head_area.width,
        head_line,
        theme,
    );
    let focus = if b.pick.is_some() {
        Focus::Unfocused
    } else {
        Focus::Focused
    };
    draw_rows(buf, rows, (b.cursor, b.rows.len(), 1), focus, theme, |i| {
        let row = b.rows.get(i).map(|&n| cells(app, n)).unwrap_or_default();
        vec![widgets::columns_line(row, &COLS, &widths, 2, theme)]
    });
}

/// The owner or goal pick list, in a box over the table: its query when narrowed, then the
/// choices, "all" first.
fn pick_list(area: Rect, buf: &mut Buffer, app: &App, pick: &Pick) {
    let (theme, loc) = (&app.theme, app.locale);
    let r = popup(area, pick.shown.len());
    if r.height < 4 || r.width < 8 {
        return;
    }
    widgets::clear(buf, r);
    let title = match pick.kind {
        PickKind::Owner => say(loc, Label::FilterOwner),
        PickKind::Goal => say(loc, Label::FilterGoal),
    };
    Block::bordered()
        .border_style(theme.pane_focused)
        .title(format!(" {} ", capitalize(&title)))
        .render(r, buf);
    let inner = Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
    let [query, list] = layout::split_top(inner, 1);
    let line = if pick.typing || !pick.query.is_empty() {
        Line::from(vec![
            Span::styled("/ ", theme.key),
            Span::styled(
                shown_query(app, &pick.query, inner.width, ""),
                theme.heading,
            ),
        ])
    } else {
        Line::styled(format!("/ {}", say(loc, Label::Filter)), theme.dim)
    };
    put_line(buf, query.x + 1, query.y, query.width - 1, line, theme);
    // The offset the update step keeps, held to the selection should the terminal have shrunk.
    let mut cursor = pick.cursor;
    let visible = usize::from(list.height).max(1);
    cursor.offset = cursor
        .offset
        .min(cursor.selected)
        .max((cursor.selected + 1).saturating_sub(visible));
    let all = say(loc, Label::All).into_owned();
    draw_rows(
        buf,
        list,
        (cursor, pick.shown.len(), 1),
        Focus::Focused,
        theme,
        |i| {
            let label = match pick.shown.get(i) {
                Some(Some(p)) => choice_label(app, pick.kind, *p),
                Some(None) => all.clone(),
                None => String::new(),
            };
            vec![Line::raw(label)]
        },
    );
}
