//! The header: the dataset's title, organisation and status date, the file it came from; on the
//! overview a second line with the goal status counts; elsewhere the path to the screen shown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::model::StatusMethod;
use crate::tui::app::{App, Screen};
use crate::tui::content::open_sdg;
use crate::tui::prepared::IndicatorRef;
use crate::tui::text;
use crate::tui::ui::widgets::put_line;
use crate::tui::words::{Label, say};

pub use crate::tui::content::labels::{goal_label, status_date};

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    if area.height == 0 {
        return;
    }
    let theme = &app.theme;
    let ds = &app.data.dataset;

    // Right: any warnings, then the source; left: title, organisation, status date (or, on
    // a screen over the overview, the way there). The source gives way first, the warnings
    // only when even they do not fit.
    let source = Span::styled(theme.clean(&app.source).into_owned(), theme.dim);
    let width = usize::from(area.width);
    // The title keeps its whole width (a screen's name, at least 40 cells): the count of
    // problems gives way first, to its short form, then altogether.
    let title_w = if app.screen().is_none() {
        text::width(&theme.clean(&ds.title))
    } else {
        40
    };
    let keep = title_w.min(width.saturating_sub(2));
    let warnings = problems(app)
        .into_iter()
        .flat_map(|full| {
            let short = full.split(':').next().unwrap_or_default().to_owned();
            [full, short]
        })
        .find(|text| keep + 2 + text::width(text) <= width)
        .map(|text| Span::styled(text, theme.warning));
    let left_room = width.saturating_sub(warnings.as_ref().map_or(0, |w| w.width() + 2));
    let left = if app.screen().is_none() {
        title_line(app)
    } else {
        crumbs(app, left_room)
    };
    let left_w = text::line_width(&left);
    let mut right: Vec<Span<'static>> = warnings.into_iter().collect();
    let with_source =
        left_w + 2 + right.iter().map(Span::width).sum::<usize>() + 2 + source.width();
    if with_source <= width {
        if !right.is_empty() {
            right.push(Span::raw("  "));
        }
        right.push(source);
    }
    let right = Line::from(right);
    let right_w = text::line_width(&right);
    let left_width = width.saturating_sub(if right_w > 0 { right_w + 2 } else { 0 });
    put_line(buf, area.x, area.y, left_width as u16, left, theme);
    if right_w > 0 {
        let x = area.x + (width - right_w) as u16;
        put_line(buf, x, area.y, right_w as u16, right, theme);
    }
    if area.height > 1 && app.screen().is_none() {
        put_line(buf, area.x, area.y + 1, area.width, counts(app), theme);
    }
}

/// The overview's left side: the dataset's title, organisation and status date.
fn title_line(app: &App) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let sep = loc.sep();
    let title = theme.clean(&ds.title).into_owned();
    let org = ds
        .organization
        .as_deref()
        .map(|o| theme.clean(o).into_owned());
    let date = status_date(app).map(|date| {
        let label = capitalize(&loc.word(Word::StatusDate));
        format!("{label} {date}")
    });
    // A part that is missing (a file without its title still opens) leaves no separator.
    let parts = [
        (Some(title), theme.heading),
        (org, ratatui::style::Style::new()),
        (date, theme.dim),
    ];
    let mut left = Vec::new();
    for (text, style) in parts {
        let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let text = if left.is_empty() {
            text
        } else {
            format!("{sep}{text}")
        };
        left.push(Span::styled(text, style));
    }
    Line::from(left)
}

/// `3 warnings: goalboard check`; with errors (a repository with a broken file loads with
/// them) `2 errors, 3 warnings: goalboard check`, so errors are never passed over.
fn problems(app: &App) -> Option<String> {
    let loc = app.locale;
    // "1 warning", "2 warnings": the count's noun agrees with it.
    let one = |n: usize, one: Label, many: Label| say(loc, if n == 1 { one } else { many });
    let (e, w) = (app.errors, app.warnings);
    match (e, w) {
        (0, 0) => None,
        (0, w) => Some(format!("{w} {}", one(w, Label::Warning, Label::Warnings))),
        (e, 0) => Some(format!(
            "{e} {}",
            one(e, Label::ErrorOnly, Label::ErrorsOnly)
        )),
        (e, w) => Some(format!(
            "{e} {}, {w} {}",
            one(e, Label::Error, Label::Errors),
            one(w, Label::Warning, Label::Warnings)
        )),
    }
}

/// `10 goals: ● 3 on track · ◐ 1 at risk · ◇ 6 no target`.
fn counts(app: &App) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let goals = &app.data.figures.goals;
    let mut parts: Vec<Vec<Span<'static>>> = Vec::new();
    let official = app.data.dataset.status_method == StatusMethod::OpenSdg;
    if official {
        for (status, count) in open_sdg::goal_counts(goals) {
            let mut line = open_sdg::progress(loc, theme, status);
            line.spans.insert(2, Span::raw(format!("{count} ")));
            parts.push(line.spans);
        }
    }
    // As the goals are shown: one with no status of its own counts with its initiatives', and
    // under Open SDG's method one with no official status counts with goalboard's (so the
    // line never ends at "2 goals:" with nothing after it).
    let own = goals
        .iter()
        .filter(|g| !official || g.open_sdg.is_none())
        .map(crate::figures::GoalFigures::shown_status);
    for (status, count) in crate::figures::StatusCounts::of(own).nonzero() {
        let text = format!(
            "{} {count} {}",
            loc.status_symbol(status),
            loc.status(status)
        );
        parts.push(vec![Span::styled(text, theme.status(status))]);
    }
    let n = goals.len();
    let mut spans = vec![Span::styled(
        format!(
            "{n} {}: ",
            loc.word(if n == 1 { Word::Goal } else { Word::Goals })
        ),
        theme.text,
    )];
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(loc.sep(), theme.dim));
        }
        spans.extend(part);
    }
    Line::from(spans)
}

/// Where the screen on top sits: `Goals › 7 Færre hjemløse › Hjemløse borgere`.
pub fn crumbs(app: &App, width: usize) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let ds = &app.data.dataset;
    let mut parts: Vec<String> = vec![theme.clean(&ds.title).into_owned()];
    for screen in &app.ui.stack {
        match screen {
            Screen::Indicator(s) => {
                if let IndicatorRef::Goal { goal, .. } = s.indicator
                    && let Some(g) = ds.goals.get(goal)
                {
                    parts.push(goal_label(app, g));
                }
                if let Some(p) = app.data.indicator(s.indicator) {
                    parts.push(theme.clean(&p.indicator.title).into_owned());
                }
            }
            Screen::Initiative(s) => {
                if let Some(i) = ds.initiatives.get(s.initiative) {
                    parts.push(theme.clean(&i.title).into_owned());
                }
            }
            Screen::Browser(_) => parts.push(capitalize(&loc.word(Word::Initiatives))),
            Screen::Help(_) => parts.push(say(loc, Label::Keys).into_owned()),
            Screen::Present(_) => parts.push(say(loc, Label::Presentation).into_owned()),
            Screen::Goal(s) => {
                if let Some(g) = ds.goals.get(s.goal) {
                    parts.push(goal_label(app, g));
                }
                parts.push(capitalize(&say(loc, Label::Notes)));
            }
            Screen::Changes(_) => parts.push(super::since::title(app)),
            Screen::Breakdowns(s) => parts.extend(super::breakdown::crumbs(app, s)),
        }
    }
    parts.dedup();
    shorten_from_the_left(
        &mut parts,
        width,
        text::width(theme.glyphs.crumb),
        theme.glyphs.ellipsis,
    );
    let mut spans = Vec::new();
    let last = parts.len() - 1;
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(theme.glyphs.crumb, theme.dim));
        }
        spans.push(Span::styled(
            part,
            if i == last { theme.heading } else { theme.text },
        ));
    }
    Line::from(spans)
}

/// Cuts the earlier crumbs first, so the screen shown keeps its whole name.
fn shorten_from_the_left(parts: &mut [String], width: usize, sep: usize, ellipsis: &str) {
    let total = |parts: &[String]| {
        parts.iter().map(|p| text::width(p)).sum::<usize>() + sep * parts.len().saturating_sub(1)
    };
    let last = parts.len().saturating_sub(1);
    for i in 0..last {
        let over = total(parts).saturating_sub(width);
        if over == 0 {
            return;
        }
        let w = text::width(&parts[i]);
        let keep = w.saturating_sub(over).max(8.min(w));
        parts[i] = text::truncate(&parts[i], keep, ellipsis).into_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crumbs_shorten_from_the_left() {
        let mut parts = vec![
            "a long dataset title".to_owned(),
            "7 Goal".to_owned(),
            "Indicator".to_owned(),
        ];
        shorten_from_the_left(&mut parts, 30, 3, "…");
        assert_eq!(parts, ["a long d…", "7 Goal", "Indicator"]);
    }
}
