//! Presentation mode: one goal per screen, to be read from the back of a room. A top line with
//! the dataset and the position (`3 / 10`); the goal's title and status; for each indicator its
//! latest number in large type with the date, target, gap and status in words beside it, and
//! its chart with the target; the goal's latest note; the keys at the bottom.
//!
//! What does not fit gives way in steps, so 80×24 still reads well: first the numbers go from
//! eight rows to four, then the charts go, then fewer numbers are large (the others are one
//! line of figures), then every indicator is one line. Space left over goes to the charts (up
//! to a height that still reads as a chart), then to the note.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::figures::Status;
use crate::format::Word;
use crate::tui::app::{App, PresentScreen, Screen};
use crate::tui::content::open_sdg;
use crate::tui::layout::{split_bottom, split_left, split_top};
use crate::tui::prepared::{IndicatorParts, IndicatorRef};
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::ui::big::{self, Size};
use crate::tui::ui::header::goal_label;
use crate::tui::ui::widgets::{pane_title, put_line, wrap_items};
use crate::tui::ui::{figures, footer, indicator};
use crate::tui::words::{Label, say};

mod plan;

use plan::{
    Kind, LEGEND_FROM, WIDE, WIDE_BODY, band_rows, big_number, gap, left_width, plan, words_width,
};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Present(s)) = app.screen() else {
        return;
    };
    let [top, rest] = split_top(area, 1);
    let [body, bottom] = split_bottom(rest, 1);
    top_line(top, buf, app, s);
    footer::render(bottom, buf, app);
    // A margin at the sides, wider on a projector; from 116 columns, so that the body is
    // `WIDE_BODY` wide from a terminal `WIDE` wide, and narrower below it.
    let margin = if body.width >= WIDE - 4 { 3 } else { 1 };
    let body = Rect {
        x: body.x + margin,
        width: body.width.saturating_sub(2 * margin),
        ..body
    };
    if let Some(goal) = s.goal() {
        render_goal(body, buf, app, goal);
    }
}

/// The dataset at the left; the interval (when it moves on by itself) and `3 / 10` at the right.
fn top_line(area: Rect, buf: &mut Buffer, app: &App, s: &PresentScreen) {
    let (theme, loc) = (&app.theme, app.locale);
    let mut right = Vec::new();
    if let Some(every) = s.every {
        right.push(Span::styled(
            format!("{} {}", say(loc, Label::Every), interval(every)),
            theme.dim,
        ));
        right.push(Span::raw("   "));
    }
    right.push(Span::styled(
        format!("{} / {}", s.position + 1, s.goals.len()),
        theme.heading,
    ));
    let right = Line::from(right);
    let right_w = text::line_width(&right) as u16;
    let title = Line::styled(theme.clean(&app.data.dataset.title).into_owned(), theme.dim);
    let left_w = area.width.saturating_sub(right_w + 3);
    put_line(
        buf,
        area.x + 1,
        area.y,
        left_w.saturating_sub(1),
        title,
        theme,
    );
    let x = area.right().saturating_sub(right_w + 1);
    put_line(buf, x.max(area.x), area.y, right_w, right, theme);
}

/// `30 s`, `2 min`, `1 min 30 s`.
pub fn interval(every: std::time::Duration) -> String {
    let s = every.as_secs();
    match (s / 60, s % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

fn render_goal(area: Rect, buf: &mut Buffer, app: &App, g: usize) {
    let (theme, loc) = (&app.theme, app.locale);
    let goal = &app.data.dataset.goals[g];
    let width = usize::from(area.width);
    let tall = area.height >= 40;
    let mut y = area.y + u16::from(tall);
    let bottom = area.bottom();

    y = goal_heading(Rect { y, ..area }, buf, app, g);
    let rest = Rect::new(area.x, y, area.width, bottom.saturating_sub(y));

    // The note keeps a few lines before the indicators are laid out, and gets what they leave.
    let note = note_text(app, g);
    // Wrapped only as far as the lines kept: a note may be pages long.
    let note_most = if tall { 6 } else { 3 };
    let note_keep = note.as_ref().map_or(0, |(_, t)| {
        1 + text::wrap_lines(t, width, theme.glyphs.ellipsis, note_most).len() as u16
    });
    let parts: Vec<IndicatorParts<'_>> = (0..goal.indicators.len())
        .filter_map(|index| app.data.indicator(IndicatorRef::Goal { goal: g, index }))
        .collect();
    // The figures beside each large number, worked out once for the plan and the drawing.
    let words: Vec<Vec<Line<'static>>> = parts.iter().map(|p| hero_words(app, p)).collect();
    let room = rest.height.saturating_sub(note_keep);
    let kinds = if parts.is_empty() {
        Vec::new()
    } else {
        plan(app, &parts, &words, area.width, room)
    };
    let used = draw_indicators(rest, buf, app, &parts, &words, &kinds);
    let mut y = rest.y + used;
    if parts.is_empty() {
        let none = Line::styled(loc.word(Word::NoIndicators).into_owned(), theme.dim);
        put_line(buf, area.x, y, area.width, none, theme);
        y += 1;
    } else if kinds.len() < parts.len() && y < bottom {
        let more = parts.len() - kinds.len();
        let word = if more == 1 {
            Word::Indicator
        } else {
            Word::Indicators
        };
        let line = Line::styled(format!("+{more} {}", loc.word(word)), theme.dim);
        put_line(buf, area.x, y, area.width, line, theme);
        y += 1;
    }
    if let Some(note) = note {
        if y > rest.y && y < bottom {
            y += 1;
        }
        note_below(
            Rect::new(area.x, y, area.width, bottom.saturating_sub(y)),
            buf,
            app,
            note,
        );
    }
}

/// The goal's title (two lines at most) and status with the counts, from the top of `area`;
/// returns the row after them and a blank one.
fn goal_heading(area: Rect, buf: &mut Buffer, app: &App, g: usize) -> u16 {
    let theme = &app.theme;
    let goal = &app.data.dataset.goals[g];
    let width = usize::from(area.width);
    let mut y = area.y;
    let changed = super::since::goal_changed(app, g);
    let width = width.saturating_sub(2 * usize::from(changed == Some(true)));
    let title_lines = text::wrap_clipped(&goal_label(app, goal), width, theme.glyphs.ellipsis, 2);
    for (i, l) in title_lines.into_iter().enumerate() {
        let title = vec![Span::styled(l, theme.heading)];
        let line = Line::from(super::since::marked_title(
            app,
            changed.filter(|_| i == 0),
            title,
        ));
        put_line(buf, area.x, y, area.width, line, theme);
        y += 1;
    }
    let status = super::goal::status_line(app, g);
    put_line(buf, area.x, y, area.width, status, theme);
    y + 2
}

/// The latest note, titled with its date, in what is left of the screen (two rows at least).
fn note_below(area: Rect, buf: &mut Buffer, app: &App, (date, text): (String, String)) {
    let (theme, loc) = (&app.theme, app.locale);
    if area.height < 2 {
        return;
    }
    let title = vec![Span::raw(format!("{} {date}", say(loc, Label::Note)))];
    pane_title(buf, Rect { height: 1, ..area }, title, false, theme);
    let most = usize::from(area.height - 1);
    let lines = text::wrap_clipped(&text, usize::from(area.width), theme.glyphs.ellipsis, most);
    for (i, l) in lines.into_iter().enumerate() {
        let line = Line::styled(l, theme.text);
        put_line(buf, area.x, area.y + 1 + i as u16, area.width, line, theme);
    }
}

/// The goal's latest note: its date and its text, cleaned.
fn note_text(app: &App, g: usize) -> Option<(String, String)> {
    let n = app.data.prepared.goals[g].latest_note?;
    let note = &app.data.dataset.goals[g].notes[n];
    Some((
        app.locale.date(note.date),
        app.theme.clean_multiline(&note.text).into_owned(),
    ))
}

/// The figures beside a large number: unit and date, target, gap (or the change when there is
/// no target), status.
fn hero_words(app: &App, p: &IndicatorParts<'_>) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let mut first = Vec::new();
    let unit = p.figures.latest.and_then(|l| {
        let value = p.prepared.format.value(loc, l.value);
        let bare = p.prepared.format.bare(loc, l.value);
        let unit = value.strip_prefix(&bare).unwrap_or("").trim().to_owned();
        (!unit.is_empty() && unit != "%").then_some(unit)
    });
    if let Some(unit) = unit {
        first.push(Span::styled(unit, theme.heading));
        first.push(Span::raw(" "));
    }
    let date = figures::latest_date(loc, p);
    if !date.is_empty() {
        first.push(Span::styled(date, theme.dim));
    }
    let mut lines = vec![Line::from(first)];
    let target = figures::target(loc, p);
    if !target.is_empty() {
        lines.push(Line::from(target));
    }
    let gap = figures::gap(loc, theme, p);
    if gap.spans.is_empty() {
        lines.push(figures::change_since(loc, theme, p));
    } else {
        lines.push(gap);
    }
    lines.push(figures::what_it_takes(loc, p));
    let method = app.data.dataset.status_method;
    lines.push(figures::indicator_status(loc, theme, method, p));
    lines.extend(open_sdg::beside(loc, theme, method, p));
    lines.retain(|l| !l.spans.is_empty());
    lines
}

/// Draws the indicators in their bands from the top of `area`; returns the rows used.
fn draw_indicators(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    parts: &[IndicatorParts<'_>],
    hero: &[Vec<Line<'static>>],
    kinds: &[Kind],
) -> u16 {
    let mut y = area.y;
    for (i, ((p, words), &kind)) in parts.iter().zip(hero).zip(kinds).enumerate() {
        if i > 0 {
            y += gap(kinds[i - 1], kind);
        }
        let rows = band_rows(kind, words.len() as u16, area.width, app.theme.ascii());
        let band = Rect::new(area.x, y, area.width, rows).intersection(area);
        match kind {
            Kind::Big { size, chart, .. } => {
                big_band(band, buf, app, p, words.clone(), size, chart);
            }
            Kind::Plain => plain_band(band, buf, app, p),
            Kind::Compact => compact_line(band, buf, app, p),
        }
        y += rows;
    }
    y - area.y
}

/// The style of a large number: its status's colour, bold; plain bold when the status says
/// nothing of better or worse.
fn number_style(app: &App, status: Status) -> ratatui::style::Style {
    match status {
        Status::NoTarget | Status::NoData => app.theme.heading,
        _ => app.theme.status(status).add_modifier(Modifier::BOLD),
    }
}

fn band_title(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let title = vec![Span::raw(app.theme.clean(&p.indicator.title).into_owned())];
    let changed = super::since::indicator_changed(app, p.indicator.id.as_str());
    let title = super::since::marked_title(app, changed, title);
    pane_title(buf, area, title, false, &app.theme);
}

fn big_band(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    words: Vec<Line<'static>>,
    size: Size,
    chart: bool,
) {
    let theme = &app.theme;
    let [title, body] = split_top(area, 1);
    band_title(title, buf, app, p);
    let Some(number) = big_number(app, p) else {
        return;
    };
    let big_w = big::width(&number);
    let style = number_style(
        app,
        open_sdg::shown_status(app.data.dataset.status_method, p),
    );
    let h = size.height(theme.ascii());
    if area.width >= WIDE_BODY {
        let left_w = left_width(big_w, words_width(&words), body.width);
        let [left, right] = split_left(body, left_w);
        big::render(
            &number,
            size,
            Rect::new(left.x, left.y, big_w, h),
            buf,
            style,
            theme.ascii(),
        );
        // The words under the number, a row apart, down to the band's end.
        let [_, under] = split_top(left, h + 1);
        words_under(under, buf, words, theme);
        if chart {
            let [_, right] = split_left(right, 1);
            chart_with_legend(right, buf, app, p);
        }
        return;
    }
    let hero_h = h.max(words.len() as u16);
    let [hero, below] = split_top(body, hero_h);
    big::render(
        &number,
        size,
        Rect::new(hero.x, hero.y + (hero_h - h) / 2, big_w, h),
        buf,
        style,
        theme.ascii(),
    );
    let words_x = hero.x + big_w + 2;
    let words_w = hero.right().saturating_sub(words_x);
    let top = hero.y + (hero_h - words.len() as u16) / 2;
    for (i, line) in words.into_iter().enumerate() {
        put_line(buf, words_x, top + i as u16, words_w, line, theme);
    }
    if chart {
        chart_with_legend(below, buf, app, p);
    }
}

/// The figures in words, one per row from the top of `area` while there are rows.
fn words_under(area: Rect, buf: &mut Buffer, words: Vec<Line<'static>>, theme: &Theme) {
    for (i, line) in words.into_iter().enumerate() {
        let y = area.y + i as u16;
        if y < area.bottom() {
            put_line(buf, area.x, y, area.width.saturating_sub(2), line, theme);
        }
    }
}

/// The indicator's chart (as on the indicator screen), with its legend when there is room.
fn chart_with_legend(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let legend_h = u16::from(area.height >= LEGEND_FROM);
    let [graph, legend] = split_bottom(area, legend_h);
    indicator::chart(graph, buf, &app.theme, app, p);
    indicator::legend(legend, buf, app, p);
}

/// The figures in one line: latest value and date, target, gap, status.
fn figures_line(app: &App, p: &IndicatorParts<'_>, width: u16) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let mut latest = vec![Span::styled(figures::latest(loc, p), theme.heading)];
    let date = figures::latest_date(loc, p);
    if !date.is_empty() {
        latest.push(Span::styled(format!(" ({date})"), theme.dim));
    }
    let mut items = vec![Line::from(latest)];
    let target = figures::target(loc, p);
    if !target.is_empty() {
        items.push(Line::from(target));
    }
    items.push(figures::gap(loc, theme, p));
    let method = app.data.dataset.status_method;
    items.push(figures::indicator_status(loc, theme, method, p));
    items.retain(|l| !l.spans.is_empty());
    wrap_items(items, loc.sep(), usize::from(width), theme)
        .into_iter()
        .next()
        .unwrap_or_default()
}

fn plain_band(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let [title, body] = split_top(area, 1);
    band_title(title, buf, app, p);
    let line = figures_line(app, p, body.width);
    put_line(buf, body.x, body.y, body.width, line, &app.theme);
}

fn compact_line(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let (theme, loc) = (&app.theme, app.locale);
    let status = figures::indicator_status(loc, theme, app.data.dataset.status_method, p);
    let value = Span::styled(figures::latest(loc, p), theme.heading);
    let tail_w = text::line_width(&status) + value.width() + 4;
    let changed = super::since::indicator_changed(app, p.indicator.id.as_str());
    let marker_w = 2 * usize::from(changed == Some(true));
    let title_w = usize::from(area.width).saturating_sub(tail_w + marker_w);
    let title = text::truncate(
        &theme.clean(&p.indicator.title),
        title_w,
        theme.glyphs.ellipsis,
    )
    .into_owned();
    let mut spans = super::since::marked_title(app, changed, vec![Span::raw(title)]);
    spans.extend([Span::raw("  "), value, Span::raw("  ")]);
    spans.extend(status.spans);
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
}

#[cfg(test)]
mod tests;
