//! `y`: the initiative or goal on screen as Markdown, for the minutes, put on the clipboard of the terminal
//! the user sits at with OSC 52 (it works over SSH, where no clipboard program can reach the
//! laptop). The summary is `goalboard report --goal ID --format markdown`, so what is pasted is
//! what a script would get.
//!
//! The payload is base64, so nothing in the dataset can become a terminal command. Terminals
//! that do not take OSC 52 ignore it; tmux passes it on with `set -g set-clipboard on`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::app::{App, Pane, Screen};
use crate::report::{Kind, Report};

/// The initiative in view: its screen, the browser's selected row, or the overview's when its
/// pane has the focus.
pub fn initiative_in_view(app: &App) -> Option<usize> {
    let n = match app.ui.stack.last() {
        Some(Screen::Initiative(s)) => Some(s.initiative),
        Some(Screen::Browser(b)) => b.rows.get(b.cursor.selected).copied(),
        None if app.ui.overview.focus == Pane::Initiatives => app.selected_initiative(),
        _ => None,
    };
    n.filter(|&n| n < app.data.dataset.initiatives.len())
}

/// The summary of the initiative or goal in view as Markdown, in the UI's language.
pub fn summary(app: &App) -> Option<String> {
    if let Some(n) = initiative_in_view(app) {
        return Report::all(&app.data.dataset, &app.data.figures)
            .initiative_markdown(n, app.locale);
    }
    let goal = &app.data.dataset.goals[app.goal_in_view()?];
    let report = Report::select(
        &app.data.dataset,
        &app.data.figures,
        &[goal.id.as_str().to_owned()],
    )
    .ok()?;
    // With a baseline, the goal's changes lead, as `report --since` writes them.
    let Some(since) = &app.since else {
        return Some(report.render(Kind::Markdown(app.locale)));
    };
    let changes = since.of_goal(&goal.id, &app.data.dataset);
    let report = report.with_since(crate::report::changes::Since {
        changes: &changes,
        baseline: &since.baseline.0,
        origin: &since.origin,
    });
    Some(report.render(Kind::Markdown(app.locale)))
}

/// The most text `y` copies. A 1 MB title made a 1.3 MB escape sequence, which terminals
/// drop or stall on (xterm takes 100 KB, tmux about 1 MB) and a slow link carries for
/// seconds; a goal's summary for the minutes is far shorter.
pub const COPY_LIMIT: usize = 64 * 1024;

/// `text` cut to at most `limit` bytes at a character boundary, and whether it was cut.
pub fn capped(mut text: String, limit: usize) -> (String, bool) {
    if text.len() <= limit {
        return (text, false);
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    (text, true)
}

/// The escape sequence that puts `text` on the terminal's clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_a_character_boundary() {
        assert_eq!(capped("hej".into(), 3), ("hej".into(), false));
        assert_eq!(capped("hejsa".into(), 3), ("hej".into(), true));
        // "ø" is two bytes: a cut inside it goes back before it.
        assert_eq!(capped("søø".into(), 2), ("s".into(), true));
        let (text, cut) = capped("🇩🇰".repeat(100_000), COPY_LIMIT);
        assert!(cut && text.len() <= COPY_LIMIT && text.len() > COPY_LIMIT - 4);
    }

    #[test]
    fn the_clipboard_sequence_carries_base64() {
        assert_eq!(osc52(""), "\x1b]52;c;\x07");
        assert_eq!(osc52("hej"), "\x1b]52;c;aGVq\x07");
        // Whatever the text holds, the sequence holds only base64 between its ends.
        let hostile = osc52("\x1b]0;pwned\x07\u{9b}2J");
        let payload = &hostile["\x1b]52;c;".len()..hostile.len() - 1];
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
        );
    }
}
