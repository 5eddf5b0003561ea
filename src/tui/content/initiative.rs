//! The initiative screen's texts: its facts and description, and its details (milestones on a
//! timeline, then the updates, newest first). The views draw them, the layout measures the
//! facts, and the update step counts the details' lines to bound the scrolling.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::model::{Initiative, Milestone, Period};
use crate::tui::app::App;
use crate::tui::content::columns::wrap_items;
use crate::tui::content::labels::status_date;
use crate::tui::prepared::{newest_first, year_of};
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::words::{Label, say};

/// Status, owners, goals served and period, then the description.
pub fn info_lines(app: &App, n: usize, width: u16) -> Vec<Line<'static>> {
    let Some(ini) = app.data.dataset.initiatives.get(n) else {
        return Vec::new();
    };
    let (theme, loc) = (&app.theme, app.locale);
    let width = usize::from(width);
    let status = Line::from(Span::styled(
        loc.initiative_status(ini.status).into_owned(),
        theme.initiative_status(ini.status),
    ));
    let mut status = super::since::with_transition(app, super::since::Whose::Initiative(n), status);
    let label = format!("{}: ", capitalize(&loc.word(Word::Status)));
    status.spans.insert(0, Span::styled(label, theme.dim));
    let mut items = vec![status];
    // The details have room for the owners' full names.
    let owners = app.data.prepared.lookup.owners_text(
        &app.data.dataset,
        &ini.owners,
        |o| &o.name,
        |s| theme.clean(s),
    );
    if !owners.is_empty() {
        items.push(labelled(
            theme,
            &capitalize(&loc.word(Word::Owners)),
            owners,
        ));
    }
    let goals = app.data.goals_text(n, theme);
    if !goals.is_empty() {
        items.push(labelled(theme, &say(loc, Label::GoalsServed), goals));
    }
    let period = match (ini.start, ini.end) {
        (Some(s), Some(e)) => Some((
            capitalize(&loc.word(Word::Period)),
            format!("{}{}{}", loc.date(s), theme.glyphs.dash, loc.date(e)),
        )),
        (Some(s), None) => Some((say(loc, Label::Start).into_owned(), loc.date(s))),
        (None, Some(e)) => Some((say(loc, Label::End).into_owned(), loc.date(e))),
        (None, None) => None,
    };
    if let Some((label, period)) = period {
        items.push(labelled(theme, &label, period));
    }
    let mut lines = wrap_items(items, loc.sep(), width, theme);
    if let Some(desc) = &ini.description {
        let desc_lines = text::wrap_clipped(&theme.clean(desc), width, theme.glyphs.ellipsis, 3);
        lines.extend(desc_lines.into_iter().map(|l| Line::styled(l, theme.text)));
    }
    lines.push(Line::default());
    lines
}

fn labelled(theme: &Theme, label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), theme.dim),
        Span::raw(value),
    ])
}

/// How many rows the info takes at a width.
pub fn info_height(app: &App, n: usize, width: u16) -> u16 {
    info_lines(app, n, width).len() as u16
}

/// Where a milestone stands against the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Due {
    Done,
    Pending,
    Overdue,
}

fn due(m: &Milestone, reference: Option<NaiveDate>) -> Due {
    if m.done {
        Due::Done
    } else if reference.is_some_and(|r| m.date.last_day() < r) {
        Due::Overdue
    } else {
        Due::Pending
    }
}

/// The milestones (a timeline, then one per line) and the updates, newest first, wrapped to
/// the width. Also counted by the update step to bound the scrolling.
pub fn details(app: &App, n: usize, width: u16) -> Vec<Line<'static>> {
    let Some(ini) = app.data.dataset.initiatives.get(n) else {
        return Vec::new();
    };
    let width = usize::from(width.saturating_sub(2));
    let mut lines = milestones(app, ini, width);
    lines.extend(updates(app, ini, width));
    lines
}

/// A milestone's glyph, word and style.
fn due_marks(app: &App, due: Due) -> (&'static str, std::borrow::Cow<'static, str>, Style) {
    let (theme, loc) = (&app.theme, app.locale);
    match due {
        Due::Done => (theme.glyphs.done, loc.word(Word::Done), theme.good),
        Due::Pending => (theme.glyphs.due, say(loc, Label::Due), theme.text),
        Due::Overdue => (theme.glyphs.overdue, say(loc, Label::Overdue), theme.bad),
    }
}

/// The milestones: a heading, the timeline, then one per line by date (none without any).
fn milestones(app: &App, ini: &Initiative, width: usize) -> Vec<Line<'static>> {
    if ini.milestones.is_empty() {
        return Vec::new();
    }
    let (theme, loc) = (&app.theme, app.locale);
    let reference = app.data.figures.reference_date;
    let mut lines = vec![Line::styled(
        capitalize(&loc.word(Word::Milestones)),
        theme.heading,
    )];
    lines.extend(timeline(app, ini, width));
    let words = [
        loc.word(Word::Done),
        say(loc, Label::Due),
        say(loc, Label::Overdue),
    ];
    let word_w = words.iter().map(|w| text::width(w)).max().unwrap_or(0);
    let mut order: Vec<&Milestone> = ini.milestones.iter().collect();
    order.sort_by_key(|m| m.date);
    for m in order {
        let (glyph, word, style) = due_marks(app, due(m, reference));
        // Glyph, date and word first: a long title is cut, never the state.
        let word = text::fit(&word, word_w, "");
        let head = format!("{glyph} {}  {word}  ", loc.date(m.date));
        let title = theme.clean(&m.title);
        lines.push(Line::from(vec![
            Span::styled(head, style),
            Span::raw(title.into_owned()),
        ]));
    }
    lines.push(Line::default());
    lines
}

/// The updates, newest first: the date and status, then the text wrapped under it.
fn updates(app: &App, ini: &Initiative, width: usize) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let mut lines = vec![Line::styled(
        say(loc, Label::Updates).into_owned(),
        theme.heading,
    )];
    if ini.updates.is_empty() {
        lines.push(Line::styled(
            loc.word(Word::NoUpdates).into_owned(),
            theme.dim,
        ));
    }
    for u in newest_first(ini) {
        let update = &ini.updates[u];
        let mut head = vec![Span::styled(loc.date(update.date), theme.heading)];
        if let Some(status) = update.status {
            head.push(Span::raw(" "));
            head.push(Span::styled(
                format!("[{}]", loc.initiative_status(status)),
                theme.initiative_status(status),
            ));
        }
        lines.push(Line::from(head));
        let body = theme.clean_multiline(&update.text);
        for l in text::wrap(&body, width.saturating_sub(2), theme.glyphs.ellipsis) {
            lines.push(Line::raw(format!("  {l}")));
        }
    }
    lines
}

/// A one-line timeline from the start (or first milestone) to the end (or last milestone),
/// with each milestone's glyph and the reference date marked; the dates at both ends.
fn timeline(app: &App, ini: &Initiative, width: usize) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let reference = app.data.figures.reference_date;
    let Some((first, last)) = time_span(ini, reference) else {
        return Vec::new();
    };
    // The reference date reads as the status date, at the precision it was written.
    let now = reference.map(Period::from_date);
    let label = |p| {
        if Some(p) == now {
            status_date(app).unwrap_or_default()
        } else {
            loc.date(p)
        }
    };
    let (left, right) = (label(first), label(last));
    let inner = width.saturating_sub(text::width(&left) + text::width(&right) + 2);
    if inner < 10 {
        return Vec::new();
    }
    let (x0, x1) = (year_of(first.first_day()), year_of(last.last_day()));
    let span = (x1 - x0).max(1e-9);
    let at = |x: f64| {
        (((x - x0) / span) * (inner - 1) as f64)
            .round()
            .clamp(0.0, (inner - 1) as f64) as usize
    };
    let mut cells: Vec<(String, ratatui::style::Style)> =
        vec![(theme.glyphs.timeline.to_owned(), theme.dim); inner];
    let now_at = reference
        .map(year_of)
        .filter(|x| (x0..=x1).contains(x))
        .map(at);
    if let Some(at) = now_at {
        cells[at] = (theme.glyphs.now.to_owned(), theme.heading);
    }
    for m in &ini.milestones {
        let (glyph, _, style) = due_marks(app, due(m, reference));
        cells[at(year_of(m.date.last_day()))] = (glyph.to_owned(), style);
    }
    let mut spans = vec![Span::styled(format!("{left} "), theme.dim)];
    spans.extend(cells.into_iter().map(|(g, s)| Span::styled(g, s)));
    spans.push(Span::styled(format!(" {right}"), theme.dim));
    let mut lines = vec![Line::from(spans)];
    // The reference date named under its mark (when it is not at an end, which names it
    // already).
    let inside = now.is_some_and(|n| first < n && n < last);
    if let (Some(at), Some(date), true) = (now_at, status_date(app), inside) {
        let column = text::width(&left) + 1 + at;
        lines.push(Line::styled(
            now_label(theme, &date, column, width),
            theme.dim,
        ));
    }
    lines
}

/// The first and last of the start, the end, the milestones and the reference date; `None`
/// when they are one date or there are none.
fn time_span(ini: &Initiative, reference: Option<NaiveDate>) -> Option<(Period, Period)> {
    let dates = ini
        .milestones
        .iter()
        .map(|m| m.date)
        .chain(ini.start)
        .chain(ini.end)
        .chain(reference.map(Period::from_date));
    let (first, last) = (dates.clone().min()?, dates.max()?);
    (first != last).then_some((first, last))
}

/// The status date under its mark at `column`: to the right of it when there is room, else
/// ending at it.
fn now_label(theme: &Theme, date: &str, column: usize, width: usize) -> String {
    let after = format!("{} {date}", theme.glyphs.now);
    if column + text::width(&after) <= width {
        format!("{}{after}", " ".repeat(column))
    } else {
        let before = format!("{date} {}", theme.glyphs.now);
        format!(
            "{}{before}",
            " ".repeat((column + 1).saturating_sub(text::width(&before)))
        )
    }
}
