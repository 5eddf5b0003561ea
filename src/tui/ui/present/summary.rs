//! An indicator in one line of a presentation, when it has no room for its large number: the
//! status is never cut; the unit, the other figures and the title give way first, and an
//! ellipsis says where anything was cut.

use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::content::figures;
use crate::tui::prepared::IndicatorParts;
use crate::tui::text;

/// The status in words, as the figures say it.
fn status(app: &App, p: &IndicatorParts<'_>) -> Line<'static> {
    let method = app.data.dataset.status_method;
    figures::indicator_status(app.locale, &app.theme, method, p)
}

/// `Title…  38 personer  ◐ at risk`: the title cut first, then the unit (`38 …`), then the
/// value; the status whole whenever it fits the line at all.
pub fn compact(app: &App, p: &IndicatorParts<'_>, width: usize) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let ellipsis = theme.glyphs.ellipsis;
    let status = status(app, p);
    let status_w = text::line_width(&status);
    if status_w >= width {
        return text::truncate_line(status, width, ellipsis);
    }
    let rest = width - status_w;
    let full = figures::latest(loc, p);
    let bare = p
        .figures
        .latest
        .map(|l| p.prepared.format.bare(loc, l.value))
        .filter(|b| *b != full)
        .map(|b| format!("{b} {ellipsis}"));
    // The value with its unit, else without (marked), else only the mark; two cells apart.
    let value = [Some(full), bare, Some(ellipsis.to_owned())]
        .into_iter()
        .flatten()
        .find(|v| text::width(v) + 2 <= rest)
        .unwrap_or_default();
    let after_value = rest.saturating_sub(text::width(&value) + 2 * usize::from(!value.is_empty()));
    let title_w = after_value.saturating_sub(2);
    let title = theme.clean(&p.indicator.title);
    let mut spans = Vec::new();
    if title_w >= 2 {
        spans.push(Span::raw(
            text::truncate(&title, title_w, ellipsis).into_owned(),
        ));
        spans.push(Span::raw("  "));
    } else if after_value > text::width(ellipsis) {
        // No room for the title: the mark says it was left out.
        spans.push(Span::raw(format!("{ellipsis} ")));
    }
    if !value.is_empty() {
        spans.push(Span::styled(value, theme.heading));
        spans.push(Span::raw("  "));
    }
    spans.extend(status.spans);
    Line::from(spans)
}

/// `38 personer (dec 2016) · target 10 · 6,9 pp to go · ◐ at risk`: the figures that fit, in
/// that order, always ending in the status; `…` before it where figures were left out.
pub fn figures_line(app: &App, p: &IndicatorParts<'_>, width: usize) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let ellipsis = theme.glyphs.ellipsis;
    let mut latest = vec![Span::styled(figures::latest(loc, p), theme.heading)];
    let date = figures::latest_date(loc, p);
    if !date.is_empty() {
        latest.push(Span::styled(format!(" ({date})"), theme.text));
    }
    let mut items = vec![Line::from(latest)];
    let target = figures::target(loc, p);
    if !target.is_empty() {
        items.push(Line::from(target));
    }
    items.push(figures::gap(loc, theme, p));
    items.retain(|l| !l.spans.is_empty());
    let status = status(app, p);
    let sep = loc.sep();
    let fits = |items: &[Line<'static>], cut: bool| {
        let w: usize = items.iter().map(text::line_width).sum::<usize>()
            + text::width(sep) * items.len()
            + if cut { text::width(ellipsis) + 1 } else { 0 };
        w + text::line_width(&status) <= width
    };
    let mut cut = false;
    while !items.is_empty() && !fits(&items, cut) {
        items.pop();
        cut = true;
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    for item in items {
        spans.extend(item.spans);
        spans.push(Span::raw(sep));
    }
    if cut {
        spans.push(Span::raw(format!("{ellipsis} ")));
    }
    spans.extend(status.spans);
    text::truncate_line(Line::from(spans), width, ellipsis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::prepared::IndicatorRef;

    fn app(width: u16) -> App {
        let dataset = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        let mut app = App::new(dataset, crate::tui::Options::default());
        crate::tui::update::update(&mut app, crate::tui::Action::Resize(width, 24));
        app
    }

    fn plain(line: &Line<'_>) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_status_is_never_cut_and_a_cut_says_so() {
        let app = app(80);
        let p = app
            .data
            .indicator(IndicatorRef::Goal { goal: 2, index: 0 })
            .expect("goal 3 has an indicator");
        let word = plain(&status(&app, &p));
        for width in [21, 22, 30, 40, 60, 80, 120] {
            for line in [compact(&app, &p, width), figures_line(&app, &p, width)] {
                let s = plain(&line);
                assert!(text::width(&s) <= width, "{width}: {s}");
                assert!(s.ends_with(&word), "{width}: {s:?} lost {word:?}");
                let whole = plain(&compact(&app, &p, 400));
                let whole_figures = plain(&figures_line(&app, &p, 400));
                if s != whole && s != whole_figures {
                    assert!(
                        s.contains("…"),
                        "{width}: cut without an ellipsis: {s:?} {whole:?} {whole_figures:?}"
                    );
                }
            }
        }
    }
}
