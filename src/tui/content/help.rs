//! The keys as the footer and the help screen show them: one table per screen, read by the
//! footer (the most useful ones) and by the help screen (`?`, all of them), so the two never
//! disagree; the update step counts the help's lines to bound the scrolling.

use ratatui::text::{Line, Span};

use crate::format::{Word, capitalize};
use crate::tui::app::{App, AsciiWhy, Screen, View};
use crate::tui::prepared::IndicatorRef;
use crate::tui::text;
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
    let mut k = Keys {
        app,
        out: Vec::new(),
    };
    match view {
        View::Overview => k.overview(),
        View::Indicator => k.indicator(),
        View::Goal => k.goal(),
        View::Initiative => k.initiative(),
        View::Browser => k.browser(),
        View::Help => k.help(),
        View::Search => k.search(),
        View::Present => k.present(),
        View::Changes => k.changes(),
        View::Filter => k.filter(),
        View::Pick => k.pick(),
        View::Breakdowns => k.breakdowns(),
    }
    k.out
}

/// The keys of a view, as they are listed.
struct Keys<'a> {
    app: &'a App,
    out: Vec<KeyHelp>,
}

impl Keys<'_> {
    fn add(&mut self, keys: impl Into<String>, label: impl Into<String>, footer: u8) {
        self.out.push(key(keys, label, footer));
    }

    fn say(&self, label: Label) -> String {
        say(self.app.locale, label).into_owned()
    }

    fn glyphs(&self) -> (&'static str, &'static str, &'static str) {
        let g = &self.app.theme.glyphs;
        (g.key_up_down, g.key_left_right, g.key_enter)
    }

    /// The keys every browsing screen ends with.
    fn tail(&mut self) {
        self.add("g G", self.say(Label::Top), 0);
        self.add("PgUp PgDn", self.say(Label::Page), 0);
        self.add("/", self.say(Label::Search), 3);
        if self.app.file.is_some() {
            self.add("e", self.say(Label::EditShort), 4);
        }
        self.add("?", self.say(Label::Help), 1);
        self.add("q", self.say(Label::Quit), 1);
    }

    fn overview(&mut self) {
        let (ud, lr, enter) = self.glyphs();
        self.add(ud, self.say(Label::Move), 2);
        self.add(format!("Tab {lr}"), self.say(Label::Pane), 2);
        self.add(enter, self.say(Label::Open), 1);
        self.add("n", self.say(Label::Notes), 2);
        self.add("Esc", self.say(Label::Back), 0);
        // Gives way before search at 80 columns, so `n` costs neither `/` nor `p`.
        self.add("b", self.say(Label::Browse), 4);
        self.add("p", self.say(Label::Present), 2);
        if self.app.since.is_some() {
            self.add("c", self.say(Label::Changes), 2);
        }
        self.tail();
    }

    fn breakdowns(&mut self) {
        use crate::tui::content::breakdown::{Word, say};
        let (ud, lr, enter) = self.glyphs();
        let loc = self.app.locale;
        let open = matches!(self.app.screen(), Some(Screen::Breakdowns(s)) if s.open.is_some());
        if open {
            // One value open reads as an indicator: its points, and the values beside it.
            let points = self.say(Label::Points).to_lowercase();
            self.add(ud, format!("{} ({points})", self.say(Label::Move)), 3);
            let previous_next =
                format!("{} / {}", self.say(Label::Previous), self.say(Label::Next));
            self.add(lr, previous_next, 2);
        } else {
            self.add(ud, self.say(Label::Move), 2);
            self.add(lr, say(loc, Word::Dimension).into_owned(), 2);
            self.add("/", say(loc, Word::Filter).into_owned(), 1);
            self.add(enter, self.say(Label::Open), 1);
        }
        self.add("Esc d", self.say(Label::Back), 1);
        self.add("g G", self.say(Label::Top), 0);
        self.add("PgUp PgDn", self.say(Label::Page), 0);
        self.add("?", self.say(Label::Help), 1);
        self.add("q", self.say(Label::Quit), 1);
    }

    fn changes(&mut self) {
        let (ud, _, enter) = self.glyphs();
        self.add(ud, self.say(Label::Move), 2);
        self.add(enter, self.say(Label::Open), 1);
        self.add("Esc", self.say(Label::Back), 1);
        self.tail();
    }

    fn indicator(&mut self) {
        let (ud, lr, _) = self.glyphs();
        let points = self.say(Label::Points).to_lowercase();
        self.add(ud, format!("{} ({points})", self.say(Label::Move)), 3);
        let previous_next = format!("{} / {}", self.say(Label::Previous), self.say(Label::Next));
        self.add(lr, previous_next, 2);
        self.add("Esc", self.say(Label::Back), 1);
        // A measure belongs to an initiative, not a goal: no notes to open.
        let measure = matches!(
            self.app.screen(),
            Some(Screen::Indicator(i)) if matches!(i.indicator, IndicatorRef::Measure { .. })
        );
        // When there is room: at 80 columns it would cost the search's hint.
        if !measure {
            self.add("n", self.say(Label::Notes), 4);
        }
        // In the footer where there are breakdowns to see; in the help always.
        let has_breakdowns = match self.app.screen() {
            Some(Screen::Indicator(i)) => self
                .app
                .data
                .indicator(i.indicator)
                .is_some_and(|p| !p.indicator.breakdowns.is_empty()),
            _ => false,
        };
        let word = crate::tui::content::breakdown::Word::Breakdowns;
        let label = crate::tui::content::breakdown::say(self.app.locale, word);
        self.add("d", label, if has_breakdowns { 3 } else { 0 });
        self.add("b", self.say(Label::Browse), 4);
        self.tail();
    }

    fn goal(&mut self) {
        let (ud, lr, _) = self.glyphs();
        self.add(ud, self.say(Label::Scroll), 2);
        let label = format!(
            "{} / {} {}",
            self.say(Label::Previous),
            self.say(Label::Next),
            self.say(Label::FilterGoal)
        );
        self.add(lr, label, 2);
        self.add("Esc", self.say(Label::Back), 1);
        // Gives way before search when the line is short.
        self.add("p", self.say(Label::Present), 4);
        self.tail();
    }

    fn initiative(&mut self) {
        let (ud, lr, enter) = self.glyphs();
        self.add(ud, self.say(Label::Move), 3);
        self.add(format!("Tab {lr}"), self.say(Label::Pane), 2);
        self.add(enter, self.say(Label::Open), 1);
        self.add("Esc", self.say(Label::Back), 1);
        self.add("b", self.say(Label::Browse), 4);
        self.tail();
    }

    fn browser(&mut self) {
        let (ud, lr, enter) = self.glyphs();
        self.add(enter, self.say(Label::Open), 1);
        self.add(format!("s S {lr}"), self.say(Label::Sort), 2);
        self.add("/", self.say(Label::Filter), 2);
        self.add("R", self.say(Label::Reverse), 3);
        self.add("f", self.say(Label::FilterStatus), 3);
        self.add("o", self.say(Label::FilterOwner), 3);
        self.add("m", self.say(Label::FilterGoal), 3);
        self.add("x", self.say(Label::ClearFilters), 4);
        self.add("Esc b", self.say(Label::Back), 1);
        self.add(ud, self.say(Label::Move), 0);
        self.add("g G", self.say(Label::Top), 0);
        self.add("PgUp PgDn", self.say(Label::Page), 0);
        if self.app.file.is_some() {
            self.add("e", self.say(Label::EditShort), 4);
        }
        self.add("?", self.say(Label::Help), 1);
        self.add("q", self.say(Label::Quit), 1);
    }

    /// Typing the browser's filter, or a pick list's.
    fn filter(&mut self) {
        let (ud, _, enter) = self.glyphs();
        self.add("abc", self.say(Label::Filter), 3);
        self.add(ud, self.say(Label::Move), 2);
        self.add(enter, self.say(Label::Keep), 1);
        self.add("Esc", self.say(Label::Erase), 1);
        self.add("Ctrl-U", self.say(Label::Erase), 0);
    }

    fn pick(&mut self) {
        let (ud, _, enter) = self.glyphs();
        self.add(ud, self.say(Label::Move), 2);
        self.add("/", self.say(Label::Filter), 2);
        self.add(enter, self.say(Label::Pick), 1);
        self.add("Esc", self.say(Label::Back), 1);
        self.add("g G", self.say(Label::Top), 0);
        self.add("PgUp PgDn", self.say(Label::Page), 0);
    }

    fn help(&mut self) {
        let (ud, _, _) = self.glyphs();
        self.add(ud, self.say(Label::Move), 2);
        self.add("Esc ?", self.say(Label::Back), 1);
        self.add("q", self.say(Label::Quit), 1);
    }

    fn search(&mut self) {
        let (ud, _, enter) = self.glyphs();
        self.add("abc", self.say(Label::Search), 3);
        self.add(ud, self.say(Label::Move), 2);
        self.add(enter, self.say(Label::Jump), 1);
        self.add("Esc", self.say(Label::Back), 1);
        self.add("Ctrl-U", self.say(Label::Erase), 4);
    }

    fn present(&mut self) {
        let (_, lr, _) = self.glyphs();
        let previous_next = format!("{} / {}", self.say(Label::Previous), self.say(Label::Next));
        self.add("Space", self.say(Label::Next), 1);
        self.add(lr, previous_next.clone(), 2);
        self.add("PgUp PgDn", previous_next, 0);
        self.add("Backspace", self.say(Label::Previous), 0);
        self.add("Home End", self.say(Label::Top), 0);
        // With `--every`, the key that pauses it is in the footer, and says what it does now.
        if let Some(Screen::Present(p)) = self.app.screen()
            && p.every.is_some()
        {
            let label = if p.paused {
                Label::Resume
            } else {
                Label::PauseKey
            };
            self.add("s", self.say(label), 1);
        }
        self.add("b .", self.say(Label::BlankScreen), 4);
        self.add("F5", self.say(Label::Restart), 0);
        self.add("0-9", self.say(Label::GoalByCode), 0);
        self.add("Esc p", self.say(Label::Back), 1);
        self.add("?", self.say(Label::Help), 3);
        self.add("q", self.say(Label::Quit), 1);
    }
}

/// "Breakdowns": the `d` key's label and the help's section.
fn breakdowns_label(app: &App) -> String {
    let word = crate::tui::content::breakdown::Word::Breakdowns;
    capitalize(&crate::tui::content::breakdown::say(app.locale, word))
}

/// The keys that work on every screen but the search box.
pub fn everywhere(app: &App) -> Vec<KeyHelp> {
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
        key("0-9", s(Label::GoalByCode), 0),
        key("b", s(Label::Browse), 0),
        key("r", s(Label::Reload), 0),
        key("e", s(Label::Edit), 0),
        key("y", s(Label::Copy), 0),
        key("c", s(Label::ChangesSince), 0),
        key("M", s(Label::MarkReviewed), 0),
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
        common.iter().any(|c| c.label == k.label) || matches!(k.keys.as_str(), "q" | "?" | "e")
    };
    let mut sections: Vec<(String, Vec<KeyHelp>)> =
        vec![(say(loc, Label::Everywhere).into_owned(), common.clone())];
    for (title, view) in [
        (say(loc, Label::Overview).into_owned(), View::Overview),
        (say(loc, Label::Indicator).into_owned(), View::Indicator),
        (capitalize(&say(loc, Label::Notes)), View::Goal),
        (say(loc, Label::Initiative).into_owned(), View::Initiative),
        (capitalize(&loc.word(Word::Initiatives)), View::Browser),
        (breakdowns_label(app), View::Breakdowns),
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
        say(loc, Label::PickList).into_owned(),
        keys_for(app, View::Pick),
    ));
    sections.push((
        say(loc, Label::Presentation).into_owned(),
        keys_for(app, View::Present),
    ));
    sections.push(mouse_section(app));
    sections.extend(glyphs_section(app));
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

/// The mouse's section of the help.
fn mouse_section(app: &App) -> (String, Vec<KeyHelp>) {
    let loc = app.locale;
    let mouse = vec![
        key("", say(loc, Label::Click), 0),
        key("", say(loc, Label::Wheel), 0),
    ];
    (say(loc, Label::Mouse).into_owned(), mouse)
}

/// Why the glyphs are ASCII, and how to have Unicode, when they are.
fn glyphs_section(app: &App) -> Option<(String, Vec<KeyHelp>)> {
    let loc = app.locale;
    let why = match app.ascii_why? {
        AsciiWhy::Flag => Label::AsciiFlag,
        AsciiWhy::Config => Label::AsciiConfig,
        AsciiWhy::Locale => Label::AsciiLocale,
    };
    let mut glyphs = vec![key("", say(loc, why), 0)];
    if why != Label::AsciiFlag {
        glyphs.push(key("--unicode", say(loc, Label::UnicodeAnyway), 0));
    }
    Some((say(loc, Label::Glyphs).into_owned(), glyphs))
}
