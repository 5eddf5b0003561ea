//! The banner's text: the error of a version of the file that fails `check`, in one line or
//! two, and how many rows it takes (the layout asks; the banner view draws it).

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::text;
use crate::tui::words::{Label, say};

/// Whether the banner takes its line (the layout asks).
pub fn shown(app: &App) -> bool {
    app.ui.note.is_some() || app.ui.reload_error.is_some()
}

/// How many rows the banner takes at a width: none, one, or two for an error that does not fit
/// one line beside "(last good version shown)" (at 80 columns the message itself would be cut).
pub fn height(app: &App, width: u16) -> u16 {
    if !shown(app) {
        return 0;
    }
    if app.ui.note.is_some() {
        return 1;
    }
    match error_lines(app, usize::from(width)) {
        Some(lines) => u16::try_from(lines.len()).unwrap_or(2),
        None => 1,
    }
}

/// The error's text and the suffix, laid out in one or two lines of `width`; `None` for a note.
pub fn error_lines(app: &App, width: usize) -> Option<Vec<Line<'static>>> {
    let error = app.ui.reload_error.as_ref()?;
    let (theme, loc) = (&app.theme, app.locale);
    let style = theme.bad.add_modifier(Modifier::BOLD);
    let symbol = theme.glyphs.error;
    // With errors in the data shown, it is what passed the checks, not a last good version.
    let shown = if app.errors > 0 {
        Label::RestShown
    } else {
        Label::LastGoodShown
    };
    let suffix = format!("({})", say(loc, shown));
    // `check` writes `error:`; the banner says it in the dashboard's language.
    let text = error.in_lang(loc.lang);
    let text = theme.clean(&text);
    let text = match text.strip_prefix("error: ") {
        Some(rest) => format!("{}: {rest}", say(loc, Label::ErrorWord)),
        None => text.into_owned(),
    };
    let error = format!("{symbol} {text}");
    let suffix_w = text::width(&suffix) + 2;
    if text::width(&error) + suffix_w <= width {
        return Some(vec![Line::from(vec![
            Span::styled(error, style),
            Span::raw("  "),
            Span::styled(suffix, theme.text),
        ])]);
    }
    // Two lines: the error wrapped, the second line leaving room for the suffix, which is never
    // dropped (it says what is on screen); whatever does not fit is cut with `…`.
    let wrapped = text::wrap_lines(&error, width, theme.glyphs.ellipsis, 64);
    let first = wrapped.first().cloned().unwrap_or_default();
    let rest = wrapped.get(1..).unwrap_or_default().join(" ");
    let room = width.saturating_sub(suffix_w);
    let second = text::truncate(&rest, room, theme.glyphs.ellipsis).into_owned();
    let mut last = vec![Span::styled(second, style)];
    if suffix_w <= width {
        if !rest.is_empty() {
            last.push(Span::raw("  "));
        }
        last.push(Span::styled(suffix, theme.text));
    }
    let lines = vec![Line::from(Span::styled(first, style)), Line::from(last)];
    Some(lines)
}
