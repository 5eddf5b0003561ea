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
use ratatui::layout::Constraint::{Fill, Length};
use ratatui::layout::{Layout, Margin, Rect};
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
use crate::tui::ui::widgets::{pane_title, put_line};
use crate::tui::ui::{figures, footer, indicator};
use crate::tui::words::{Label, say};

mod contrast;
mod plan;
mod summary;
mod title;

use plan::{
    Kind, LEGEND_FROM, WIDE, WIDE_BODY, band_rows, big_number, gap, left_width, plan, words_width,
};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Present(s)) = app.screen() else {
        return;
    };
    // A clicker's blank key: nothing at all on the wall.
    if s.blank {
        return;
    }
    let [top, body, bottom] = Layout::vertical([Length(1), Fill(1), Length(1)]).areas(area);
    top_line(top, buf, app, s);
    footer::render(bottom, buf, app);
    // A margin at the sides, wider on a projector; from 116 columns, so that the body is
    // `WIDE_BODY` wide from a terminal `WIDE` wide, and narrower below it.
    let margin = if body.width >= WIDE - 4 { 3 } else { 1 };
    let body = body.inner(Margin::new(margin, 0));
    if let Some(goal) = s.goal() {
        render_goal(body, buf, app, goal);
    }
    contrast::high_contrast(buf, area, app.theme.options.light);
}

/// The dataset at the left; the interval (when it moves on by itself) and `3 / 10` at the right.
fn top_line(area: Rect, buf: &mut Buffer, app: &App, s: &PresentScreen) {
    let (theme, loc) = (&app.theme, app.locale);
    let mut right = Vec::new();
    if let Some(every) = s.every {
        let said = if s.paused {
            say(loc, Label::Paused).into_owned()
        } else {
            format!("{} {}", say(loc, Label::Every), interval(every))
        };
        right.push(Span::styled(said, theme.dim));
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
    let theme = &app.theme;
    let goal = &app.data.dataset.goals[g];
    let width = usize::from(area.width);
    let tall = area.height >= 40;
    let top = area.y + u16::from(tall);
    let bottom = area.bottom();

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
    let label = goal_label(app, goal);
    // A changed goal's first title line starts with the marker: the lines are as much shorter.
    let marked = super::since::goal_changed(app, g) == Some(true);
    let title_w = width.saturating_sub(2 * usize::from(marked));
    let small = text::wrap_clipped(&label, title_w, theme.glyphs.ellipsis, 2);
    // The rows under a heading of so many title rows (its status line and a blank row).
    let room = |title_rows: u16| bottom.saturating_sub(top + title_rows + 2 + note_keep);
    let plan_in = |room: u16| {
        if parts.is_empty() {
            Vec::new()
        } else {
            plan(app, &parts, &words, area.width, room)
        }
    };
    let kinds = plan_in(room(small.len() as u16));
    let (large, kinds) = large_title(app, &label, area.width, kinds, |rows| {
        let room = room(rows);
        (room >= u16::from(parts.is_empty())).then(|| plan_in(room))
    });
    let y = goal_heading(Rect { y: top, ..area }, buf, app, g, (small, large));
    let rest = Rect::new(area.x, y, area.width, bottom.saturating_sub(y));
    let used = draw_indicators(rest, buf, app, &parts, &words, &kinds);
    let y = rest.y + used;
    let left_out = parts.len() - kinds.len();
    let below = Rect::new(area.x, y, area.width, bottom.saturating_sub(y));
    let mut y = y + left_out_line(buf, app, below, parts.is_empty(), left_out);
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

/// Under the indicators: "no indicators", or how many did not fit; returns the rows used.
fn left_out_line(buf: &mut Buffer, app: &App, area: Rect, none: bool, more: usize) -> u16 {
    let (theme, loc) = (&app.theme, app.locale);
    let text = if none {
        loc.word(Word::NoIndicators).into_owned()
    } else if more > 0 && area.height > 0 {
        let word = if more == 1 {
            Word::Indicator
        } else {
            Word::Indicators
        };
        format!("+{more} {}", loc.word(word))
    } else {
        return 0;
    };
    put_line(
        buf,
        area.x,
        area.y,
        area.width,
        Line::styled(text, theme.dim),
        theme,
    );
    1
}

/// The title's lines in large type, when they fit and cost the indicators nothing but rows left
/// over, and the plan that goes with the title chosen. `plan_under(rows)`: the plan under a
/// title of that many rows, if there is room at all.
fn large_title(
    app: &App,
    label: &str,
    width: u16,
    kinds: Vec<Kind>,
    plan_under: impl Fn(u16) -> Option<Vec<Kind>>,
) -> (Option<Vec<String>>, Vec<Kind>) {
    let large = title::lines(label, width, app.theme.ascii()).and_then(|lines| {
        let big = plan_under(title::rows(&lines))?;
        same_shape(&big, &kinds).then_some((lines, big))
    });
    match large {
        Some((lines, big)) => (Some(lines), big),
        None => (None, kinds),
    }
}

/// Whether two plans show the same indicators the same way (the rows given to charts aside).
fn same_shape(a: &[Kind], b: &[Kind]) -> bool {
    let shape = |k: &Kind| match *k {
        Kind::Big { size, chart, .. } => Kind::Big {
            size,
            chart,
            extra: 0,
        },
        other => other,
    };
    a.len() == b.len() && a.iter().map(shape).eq(b.iter().map(shape))
}

/// The goal's title, large or in two lines at most, and its status with the counts, from the
/// top of `area`; returns the row after them and a blank one.
fn goal_heading(
    area: Rect,
    buf: &mut Buffer,
    app: &App,
    g: usize,
    (title_lines, large): (Vec<String>, Option<Vec<String>>),
) -> u16 {
    let theme = &app.theme;
    let mut y = area.y;
    let changed = super::since::goal_changed(app, g);
    if let Some(lines) = large {
        title::render(&lines, Rect { y, ..area }, buf, theme.heading);
        y += title::rows(&lines);
        let status = super::goal::status_line(app, g);
        let status = Line::from(super::since::marked_title(app, changed, status.spans));
        put_line(buf, area.x, y, area.width, status, theme);
        return y + 2;
    }
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
    let [title, body] = split_top(area, 1);
    band_title(title, buf, app, p);
    let Some(number) = big_number(app, p) else {
        return;
    };
    let status = open_sdg::shown_status(app.data.dataset.status_method, p);
    let hero = Hero {
        width: big::width(&number),
        height: size.height(app.theme.ascii()),
        number,
        size,
        style: number_style(app, status),
    };
    if area.width >= WIDE_BODY {
        hero_beside_chart(body, buf, app, p, &hero, words, chart);
    } else {
        hero_above_chart(body, buf, app, p, &hero, words, chart);
    }
}

/// An indicator's latest number in large type, and the cells it takes.
struct Hero {
    number: String,
    size: Size,
    style: ratatui::style::Style,
    width: u16,
    height: u16,
}

impl Hero {
    /// Drawn with its top left corner at `(x, y)`.
    fn render(&self, x: u16, y: u16, buf: &mut Buffer, theme: &Theme) {
        let at = Rect::new(x, y, self.width, self.height);
        big::render(&self.number, self.size, at, buf, self.style, theme.ascii());
    }
}

/// A wide band: the number with the words under it on the left, the chart on the right.
fn hero_beside_chart(
    body: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    hero: &Hero,
    words: Vec<Line<'static>>,
    chart: bool,
) {
    let left_w = left_width(hero.width, words_width(&words), body.width);
    let [left, right] = split_left(body, left_w);
    hero.render(left.x, left.y, buf, &app.theme);
    // The words under the number, a row apart, down to the band's end.
    let [_, under] = split_top(left, hero.height + 1);
    words_under(under, buf, words, &app.theme);
    if chart {
        let [_, right] = split_left(right, 1);
        chart_with_legend(right, buf, app, p);
    }
}

/// A narrower band: the number with the words beside it, both centred in their rows, and the
/// chart below.
fn hero_above_chart(
    body: Rect,
    buf: &mut Buffer,
    app: &App,
    p: &IndicatorParts<'_>,
    hero: &Hero,
    words: Vec<Line<'static>>,
    chart: bool,
) {
    let theme = &app.theme;
    let h = hero.height;
    let hero_h = h.max(words.len() as u16);
    let [row, below] = split_top(body, hero_h);
    hero.render(row.x, row.y + (hero_h - h) / 2, buf, theme);
    let words_x = row.x + hero.width + 2;
    let words_w = row.right().saturating_sub(words_x);
    let top = row.y + (hero_h - words.len() as u16) / 2;
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

fn plain_band(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let [title, body] = split_top(area, 1);
    band_title(title, buf, app, p);
    let line = summary::figures_line(app, p, usize::from(body.width));
    put_line(buf, body.x, body.y, body.width, line, &app.theme);
}

fn compact_line(area: Rect, buf: &mut Buffer, app: &App, p: &IndicatorParts<'_>) {
    let changed = super::since::indicator_changed(app, p.indicator.id.as_str());
    let marker_w = 2 * usize::from(changed == Some(true));
    let line = summary::compact(app, p, usize::from(area.width).saturating_sub(marker_w));
    let line = Line::from(super::since::marked_title(app, changed, line.spans));
    put_line(buf, area.x, area.y, area.width, line, &app.theme);
}

#[cfg(test)]
mod tests;
