//! The keys: one table per screen, read by the footer (the most useful ones) and by the help
//! screen (`?`, all of them), so the two never disagree.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::tui::app::{App, Screen, View};
use crate::tui::prepared::IndicatorRef;
use crate::tui::text;
use crate::tui::ui::widgets::draw_text;
use crate::tui::words::{Label, say};

/// A key or keys, what they do, and how soon they give way in the footer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyHelp {
    pub keys: String,
    pub label: String,
    /// 0: only in the help screen; 1 and up: in the footer, the higher the sooner dropped.
    pub footer: u8,
}

fn key(keys: impl Into<String>, label: impl Into<String>, footer: u8) -> KeyHelp {
    KeyHelp {
        keys: keys.into(),
        label: label.into(),
        footer,
    }
}

/// The keys that work on a view.
pub fn keys_for(app: &App, view: View) -> Vec<KeyHelp> {
    let loc = app.locale;
    let g = &app.theme.glyphs;
    let s = |l: Label| say(loc, l).into_owned();
    let (ud, lr, enter) = (g.key_up_down, g.key_left_right, g.key_enter);
    let common_tail = |keys: &mut Vec<KeyHelp>| {
        keys.push(key("g G", s(Label::Top), 0));
        keys.push(key("PgUp PgDn", s(Label::Page), 0));
        keys.push(key("/", s(Label::Search), 3));
        if app.file.is_some() {
            keys.push(key("e", s(Label::EditShort), 4));
        }
        keys.push(key("?", s(Label::Help), 1));
        keys.push(key("q", s(Label::Quit), 1));
    };
    let mut keys = Vec::new();
    match view {
        View::Overview => {
            keys.push(key(ud, s(Label::Move), 2));
            keys.push(key(format!("Tab {lr}"), s(Label::Pane), 2));
            keys.push(key(enter, s(Label::Open), 1));
            keys.push(key("n", s(Label::Notes), 2));
            keys.push(key("Esc", s(Label::Back), 0));
            // Gives way before search at 80 columns, so `n` costs neither `/` nor `p`.
            keys.push(key("b", s(Label::Browse), 4));
            keys.push(key("p", s(Label::Present), 2));
            if app.since.is_some() {
                let changes = since_word(loc.lang, "changes", "ændringer");
                keys.push(key("c", changes, 2));
            }
            common_tail(&mut keys);
        }
        View::Indicator => {
            keys.push(key(
                ud,
                format!("{} ({})", s(Label::Move), s(Label::Points).to_lowercase()),
                3,
            ));
            keys.push(key(
                lr,
                format!("{} / {}", s(Label::Previous), s(Label::Next)),
                2,
            ));
            keys.push(key("Esc", s(Label::Back), 1));
            // A measure belongs to an initiative, not a goal: no notes to open.
            let measure = matches!(
                app.screen(),
                Some(Screen::Indicator(i)) if matches!(i.indicator, IndicatorRef::Measure { .. })
            );
            // When there is room: at 80 columns it would cost the search's hint.
            if !measure {
                keys.push(key("n", s(Label::Notes), 4));
            }
            keys.push(key("b", s(Label::Browse), 4));
            common_tail(&mut keys);
        }
        View::Goal => {
            keys.push(key(ud, s(Label::Scroll), 2));
            keys.push(key(
                lr,
                format!(
                    "{} / {} {}",
                    s(Label::Previous),
                    s(Label::Next),
                    s(Label::FilterGoal)
                ),
                2,
            ));
            keys.push(key("Esc", s(Label::Back), 1));
            // Gives way before search when the line is short.
            keys.push(key("p", s(Label::Present), 4));
            common_tail(&mut keys);
        }
        View::Initiative => {
            keys.push(key(ud, s(Label::Move), 3));
            keys.push(key(format!("Tab {lr}"), s(Label::Pane), 2));
            keys.push(key(enter, s(Label::Open), 1));
            keys.push(key("Esc", s(Label::Back), 1));
            keys.push(key("b", s(Label::Browse), 4));
            common_tail(&mut keys);
        }
        View::Browser => {
            keys.push(key(enter, s(Label::Open), 1));
            keys.push(key(format!("s S {lr}"), s(Label::Sort), 2));
            keys.push(key("R", s(Label::Reverse), 3));
            keys.push(key("f", s(Label::FilterStatus), 2));
            keys.push(key("o", s(Label::FilterOwner), 2));
            keys.push(key("m", s(Label::FilterGoal), 2));
            keys.push(key("x", s(Label::ClearFilters), 4));
            keys.push(key("Esc b", s(Label::Back), 1));
            keys.push(key(ud, s(Label::Move), 0));
            common_tail(&mut keys);
        }
        View::Changes => {
            keys.push(key(ud, s(Label::Move), 2));
            keys.push(key(enter, s(Label::Open), 1));
            keys.push(key("Esc", s(Label::Back), 1));
            common_tail(&mut keys);
        }
        View::Help => {
            keys.push(key(ud, s(Label::Move), 2));
            keys.push(key("Esc ?", s(Label::Back), 1));
            keys.push(key("q", s(Label::Quit), 1));
        }
        View::Search => {
            keys.push(key("abc", s(Label::Search), 3));
            keys.push(key(ud, s(Label::Move), 2));
            keys.push(key(enter, s(Label::Jump), 1));
            keys.push(key("Esc", s(Label::Back), 1));
            keys.push(key("Ctrl-U", s(Label::Erase), 4));
        }
        View::Present => {
            let previous_next = format!("{} / {}", s(Label::Previous), s(Label::Next));
            keys.push(key("Space", s(Label::Next), 1));
            keys.push(key(lr, previous_next.clone(), 2));
            keys.push(key("PgUp PgDn", previous_next, 0));
            keys.push(key("Backspace", s(Label::Previous), 0));
            keys.push(key("Home End", s(Label::Top), 0));
            keys.push(key("Esc p", s(Label::Back), 1));
            keys.push(key("?", s(Label::Help), 3));
            keys.push(key("q", s(Label::Quit), 1));
        }
    }
    keys
}

fn since_word(lang: crate::model::Lang, en: &str, da: &str) -> String {
    if lang == crate::model::Lang::En {
        en
    } else {
        da
    }
    .to_owned()
}

/// The keys that work on every screen but the search box.
fn everywhere(app: &App) -> Vec<KeyHelp> {
    let loc = app.locale;
    let g = &app.theme.glyphs;
    let s = |l: Label| say(loc, l).into_owned();
    vec![
        key(format!("{} j k", g.key_up_down), s(Label::Move), 0),
        key("PgUp PgDn", s(Label::Page), 0),
        key("g G Home End", s(Label::Top), 0),
        key(g.key_enter, s(Label::Open), 0),
        key("Esc Backspace", s(Label::Back), 0),
        key("/", s(Label::Search), 0),
        key("b", s(Label::Browse), 0),
        key("r", s(Label::Reload), 0),
        key("e", s(Label::Edit), 0),
        key("y", s(Label::Copy), 0),
        key(
            "c",
            since_word(
                loc.lang,
                "changes since the baseline",
                "ændringer siden sammenligningen",
            ),
            0,
        ),
        key(
            "M",
            since_word(loc.lang, "mark reviewed now", "markér gennemgået nu"),
            0,
        ),
        key("?", s(Label::Help), 0),
        key("q Ctrl-C", s(Label::Quit), 0),
    ]
}

/// Every key, as lines of the help screen: those that work everywhere, then what each screen
/// adds, then the mouse.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let loc = app.locale;
    let theme = &app.theme;
    let common = everywhere(app);
    let is_common = |k: &KeyHelp| {
        common.iter().any(|c| c.label == k.label)
            || matches!(k.keys.as_str(), "q" | "?" | "/" | "e")
    };
    let mut sections: Vec<(String, Vec<KeyHelp>)> =
        vec![(say(loc, Label::Everywhere).into_owned(), common.clone())];
    for (title, view) in [
        (say(loc, Label::Overview).into_owned(), View::Overview),
        (say(loc, Label::Indicator).into_owned(), View::Indicator),
        (capitalize(&say(loc, Label::Notes)), View::Goal),
        (say(loc, Label::Initiative).into_owned(), View::Initiative),
        (capitalize(&loc.word(Word::Initiatives)), View::Browser),
    ] {
        let own: Vec<KeyHelp> = keys_for(app, view)
            .into_iter()
            .filter(|k| !is_common(k))
            .collect();
        sections.push((title, own));
    }
    sections.push((
        say(loc, Label::SearchKeys).into_owned(),
        keys_for(app, View::Search),
    ));
    sections.push((
        say(loc, Label::Presentation).into_owned(),
        keys_for(app, View::Present),
    ));
    let mouse = vec![
        key("", say(loc, Label::Click), 0),
        key("", say(loc, Label::Wheel), 0),
    ];
    sections.push((say(loc, Label::Mouse).into_owned(), mouse));
    let width = sections
        .iter()
        .flat_map(|(_, k)| k)
        .map(|k| text::width(&k.keys))
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for (title, keys) in sections {
        if keys.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(title, theme.heading)));
        for k in keys {
            out.push(Line::from(vec![
                Span::styled(format!("  {}", text::fit(&k.keys, width, "")), theme.key),
                Span::raw(format!("  {}", k.label)),
            ]));
        }
        out.push(Line::default());
    }
    out.pop();
    out
}

pub fn render(area: Rect, buf: &mut Buffer, app: &App) {
    let Some(Screen::Help(h)) = app.screen() else {
        return;
    };
    draw_text(buf, area, h.scroll, lines(app), &app.theme);
}
