//! The initiatives browser: every initiative in a table, filtered by status, owner or goal and
//! sorted by any column (the sorted column's heading carries the order's arrow).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::model::owner_label;
use crate::tui::app::{App, BrowserScreen, Column, Screen};
use crate::tui::layout;
use crate::tui::scroll;
use crate::tui::ui::widgets::{self, Col, Focus, draw_rows, put_line};
use crate::tui::words::{Label, say};

const COLS: [Col; 7] = [
    Col::flex(14),
    Col::fixed(0),
    Col::capped(1, 24),
    Col::capped(2, 10),
    Col::fixed(5),
    Col::fixed(4),
    Col::fixed(3),
];

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Browser(b)) = app.screen() else {
        return;
    };
    let l = layout::browser(area);
    bar(l.bar, buf, app, b);
    table(l.table, buf, app, b);
}

/// `f status: active · o owner: all · m goal: all · 12 / 40`
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
        format!("{}{} / {}", loc.sep(), b.rows.len(), ds.initiatives.len()),
        theme.dim,
    ));
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
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

fn table(area: Rect, buf: &mut Buffer, app: &App, b: &BrowserScreen) {
    let theme = &app.theme;
    if area.height == 0 {
        return;
    }
    let [head_area, rows] = layout::split_top(area, 1);
    let visible = scroll::window(b.cursor, b.rows.len(), usize::from(rows.height));
    let start = visible.start;
    let body: Vec<Vec<Line<'static>>> = b.rows[visible].iter().map(|&n| cells(app, n)).collect();
    let head = headings(app, b);
    let mut all = vec![head.clone()];
    all.extend(body.iter().cloned());
    let natural = widgets::natural_widths(&all, COLS.len());
    let widths = widgets::widths(
        &COLS,
        &natural,
        usize::from(area.width.saturating_sub(2)),
        2,
    );
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
    let mut body: Vec<Option<Vec<Line<'static>>>> = body.into_iter().map(Some).collect();
    draw_rows(
        buf,
        rows,
        (b.cursor, b.rows.len(), 1),
        Focus::Focused,
        theme,
        |i| {
            let row = body
                .get_mut(i - start)
                .and_then(Option::take)
                .unwrap_or_default();
            vec![widgets::columns_line(row, &COLS, &widths, 2, theme)]
        },
    );
}
