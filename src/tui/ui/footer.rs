//! The footer: the keys that work on the screen shown, most useful first; the rest give way
//! when the line is short (all of them are under `?`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::text;
use crate::tui::ui::help::{KeyHelp, keys_for};
use crate::tui::ui::widgets::put_line;

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    if area.height == 0 {
        return;
    }
    let keys: Vec<KeyHelp> = keys_for(app, app.view())
        .into_iter()
        .filter(|k| k.footer > 0)
        .collect();
    // A follower says first whom it follows and whether it is in step.
    let following = app
        .ui
        .follow
        .as_ref()
        .map(|f| crate::tui::follow::status(f, app.locale.lang));
    let taken = following.as_deref().map_or(0, |s| text::width(s) + 2);
    let width = usize::from(area.width).saturating_sub(taken);
    // Drop the least useful until the line fits.
    let mut shown: Vec<&KeyHelp> = keys.iter().collect();
    while !shown.is_empty() && footer_width(&shown) > width {
        let worst = shown
            .iter()
            .enumerate()
            .max_by_key(|(i, k)| (k.footer, *i))
            .map(|(i, _)| i);
        if let Some(i) = worst {
            shown.remove(i);
        }
    }
    let theme = &app.theme;
    let mut spans = Vec::new();
    if let Some(status) = following {
        spans.push(Span::styled(status, theme.key));
        spans.push(Span::raw("  "));
    }
    for (i, k) in shown.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(k.keys.clone(), theme.key));
        spans.push(Span::styled(format!(" {}", k.label), theme.text));
    }
    put_line(buf, area.x, area.y, area.width, Line::from(spans), theme);
}

fn footer_width(keys: &[&KeyHelp]) -> usize {
    keys.iter()
        .map(|k| text::width(&k.keys) + 1 + text::width(&k.label))
        .sum::<usize>()
        + 2 * keys.len().saturating_sub(1)
}
