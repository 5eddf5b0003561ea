//! Every key of the dashboard in one table: the key, where it works, and the action it asks
//! for. [`action`] reads it (the first row that fits wins), and tests hold the footer, the help
//! screen (`content::help`) and `docs/keys.md` to it, so a key bound, shown and documented
//! stays one key. Adding a key is adding a row (and its line in the help and the docs, which
//! the tests ask for).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::View;

/// Where a binding works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum On {
    /// Everywhere, the search box included.
    Always,
    /// A box where characters are text: the search, or the browser's filter being typed.
    Search,
    /// Every screen but the search box.
    Screens,
    /// Presentation mode, which has keys of its own (a clicker's and the arrows).
    Present,
    /// The browsing screens: every screen but the search box and a presentation.
    Browsing,
    /// These browsing screens only.
    Only(&'static [View]),
    /// The browser's pick list (owner or goal).
    Pick,
}

impl On {
    pub fn covers(self, view: View) -> bool {
        let typing = matches!(view, View::Search | View::Filter);
        let browsing = !typing && !matches!(view, View::Present | View::Pick);
        match self {
            On::Always => true,
            On::Search => typing,
            On::Screens => !typing && view != View::Pick,
            On::Present => view == View::Present,
            On::Browsing => browsing,
            On::Only(views) => browsing && views.contains(&view),
            On::Pick => view == View::Pick,
        }
    }
}

/// Which key: one, or any character that can be typed (the search box's text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Is(KeyCode),
    Typed,
}

/// Whether Ctrl must be held, must not be, or does not matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctrl {
    Any,
    No,
    Yes,
}

/// One binding: on these screens, this key (with or without Ctrl) asks for this action
/// (`None` with [`Key::Typed`]: the character typed).
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub on: On,
    pub key: Key,
    pub ctrl: Ctrl,
    pub action: Option<Action>,
}

const fn bind(on: On, code: KeyCode, action: Action) -> Binding {
    Binding {
        on,
        key: Key::Is(code),
        ctrl: Ctrl::Any,
        action: Some(action),
    }
}

const fn with_ctrl(on: On, c: char, action: Action) -> Binding {
    Binding {
        on,
        key: Key::Is(KeyCode::Char(c)),
        ctrl: Ctrl::Yes,
        action: Some(action),
    }
}

const fn plain(on: On, c: char, action: Action) -> Binding {
    Binding {
        on,
        key: Key::Is(KeyCode::Char(c)),
        ctrl: Ctrl::No,
        action: Some(action),
    }
}

/// A letter, digit or sign without Ctrl: Ctrl with a letter is another key (Ctrl-P is not `p`).
const fn ch(on: On, c: char, action: Action) -> Binding {
    plain(on, c, action)
}

use Action as A;
use KeyCode as K;
use On::{Always, Browsing, Only, Pick, Present, Screens, Search};

/// The screens where `p` opens a presentation: not the help (where it would hide the keys).
const PRESENTABLE: &[View] = &[
    View::Overview,
    View::Indicator,
    View::Initiative,
    View::Browser,
    View::Goal,
];

/// Every binding, the first that fits a key winning.
pub const KEYMAP: &[Binding] = &[
    with_ctrl(Always, 'c', A::Quit),
    with_ctrl(Always, 'C', A::Quit),
    // The search box: characters are text.
    with_ctrl(Search, 'u', A::ClearQuery),
    with_ctrl(Search, 'n', A::Down),
    with_ctrl(Search, 'p', A::Up),
    Binding {
        on: Search,
        key: Key::Typed,
        ctrl: Ctrl::No,
        action: None,
    },
    bind(Search, K::Up, A::Up),
    bind(Search, K::BackTab, A::Up),
    bind(Search, K::Down, A::Down),
    bind(Search, K::Tab, A::Down),
    bind(Search, K::PageUp, A::PageUp),
    bind(Search, K::PageDown, A::PageDown),
    bind(Search, K::Enter, A::Enter),
    bind(Search, K::Esc, A::Back),
    bind(Search, K::Backspace, A::Erase),
    // Live reload, the editor and the clipboard work on every screen, presentations included.
    plain(Screens, 'r', A::Reload),
    plain(Screens, 'e', A::Edit),
    plain(Screens, 'y', A::Copy),
    // The review mark too: a meeting may end on a presentation.
    plain(Screens, 'M', A::MarkReview),
    // A goal by its code, on every screen but the search box: `7`, `1 0` for goal 10.
    ch(Screens, '0', A::Digit(0)),
    ch(Screens, '1', A::Digit(1)),
    ch(Screens, '2', A::Digit(2)),
    ch(Screens, '3', A::Digit(3)),
    ch(Screens, '4', A::Digit(4)),
    ch(Screens, '5', A::Digit(5)),
    ch(Screens, '6', A::Digit(6)),
    ch(Screens, '7', A::Digit(7)),
    ch(Screens, '8', A::Digit(8)),
    ch(Screens, '9', A::Digit(9)),
    // Presentation mode: a clicker's keys (Space, PgDn, PgUp; `b` `.` blank the screen, F5
    // starts again, Esc leaves, as PowerPoint takes them), the arrows, `s` to pause `--every`.
    ch(Present, 'b', A::Blank),
    ch(Present, '.', A::Blank),
    bind(Present, K::F(5), A::Restart),
    ch(Present, 's', A::Pause),
    ch(Present, ' ', A::NextGoal),
    ch(Present, 'l', A::NextGoal),
    bind(Present, K::Right, A::NextGoal),
    bind(Present, K::PageDown, A::NextGoal),
    ch(Present, 'h', A::PrevGoal),
    bind(Present, K::Left, A::PrevGoal),
    bind(Present, K::PageUp, A::PrevGoal),
    bind(Present, K::Backspace, A::PrevGoal),
    bind(Present, K::Home, A::FirstGoal),
    ch(Present, 'g', A::FirstGoal),
    bind(Present, K::End, A::LastGoal),
    ch(Present, 'G', A::LastGoal),
    bind(Present, K::Esc, A::Present),
    ch(Present, 'p', A::Present),
    ch(Present, '?', A::Help),
    ch(Present, 'q', A::Quit),
    // The browser's pick list (owner, goal): a list of its own, narrowed by `/`.
    bind(Pick, K::Up, A::Up),
    ch(Pick, 'k', A::Up),
    bind(Pick, K::Down, A::Down),
    ch(Pick, 'j', A::Down),
    bind(Pick, K::PageUp, A::PageUp),
    bind(Pick, K::PageDown, A::PageDown),
    bind(Pick, K::Home, A::Top),
    ch(Pick, 'g', A::Top),
    bind(Pick, K::End, A::Bottom),
    ch(Pick, 'G', A::Bottom),
    ch(Pick, '/', A::FilterText),
    bind(Pick, K::Enter, A::Enter),
    bind(Pick, K::Esc, A::Back),
    bind(Pick, K::Backspace, A::Back),
    // The browsing screens.
    bind(Browsing, K::Up, A::Up),
    ch(Browsing, 'k', A::Up),
    bind(Browsing, K::Down, A::Down),
    ch(Browsing, 'j', A::Down),
    bind(Browsing, K::PageUp, A::PageUp),
    bind(Browsing, K::PageDown, A::PageDown),
    bind(Browsing, K::Home, A::Top),
    ch(Browsing, 'g', A::Top),
    bind(Browsing, K::End, A::Bottom),
    ch(Browsing, 'G', A::Bottom),
    ch(Browsing, 'q', A::Quit),
    ch(Browsing, '?', A::Help),
    ch(Only(&[View::Browser]), '/', A::FilterText),
    ch(Browsing, '/', A::Search),
    ch(Browsing, 'b', A::Browser),
    ch(Browsing, 'c', A::Changes),
    ch(Only(PRESENTABLE), 'p', A::Present),
    ch(Only(&[View::Overview, View::Indicator]), 'n', A::Notes),
    ch(
        Only(&[View::Indicator, View::Breakdowns]),
        'd',
        A::Breakdowns,
    ),
    bind(Browsing, K::Tab, A::NextPane),
    bind(Browsing, K::BackTab, A::PrevPane),
    bind(Browsing, K::Left, A::Left),
    ch(Browsing, 'h', A::Left),
    bind(Browsing, K::Right, A::Right),
    ch(Browsing, 'l', A::Right),
    bind(Browsing, K::Enter, A::Enter),
    bind(Browsing, K::Esc, A::Back),
    bind(Browsing, K::Backspace, A::Back),
    ch(Only(&[View::Browser]), 's', A::SortNext),
    ch(Only(&[View::Browser]), 'S', A::SortPrev),
    ch(Only(&[View::Browser]), 'R', A::SortReverse),
    ch(Only(&[View::Browser]), 'f', A::FilterStatus),
    ch(Only(&[View::Browser]), 'o', A::FilterOwner),
    ch(Only(&[View::Browser]), 'm', A::FilterGoal),
    ch(Only(&[View::Browser]), 'x', A::ClearFilters),
];

impl Binding {
    fn fits(&self, view: View, code: KeyCode, ctrl: bool) -> bool {
        let ctrl_fits = match self.ctrl {
            Ctrl::Any => true,
            Ctrl::No => !ctrl,
            Ctrl::Yes => ctrl,
        };
        let key_fits = match self.key {
            Key::Is(k) => k == code,
            Key::Typed => matches!(code, KeyCode::Char(c) if !c.is_control()),
        };
        ctrl_fits && key_fits && self.on.covers(view)
    }
}

/// The action a key asks for on a view, if any.
pub fn action(key: KeyEvent, view: View) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let binding = KEYMAP.iter().find(|b| b.fits(view, key.code, ctrl))?;
    match (&binding.action, key.code) {
        (Some(action), _) => Some(action.clone()),
        (None, KeyCode::Char(c)) => Some(Action::Type(c)),
        (None, _) => None,
    }
}

/// A key as `docs/keys.md` and the help name it: `↑`, `PgUp`, `Shift-Tab`, `Ctrl-U`, `q`.
pub fn key_name(code: KeyCode, ctrl: bool) -> Option<String> {
    let name = match code {
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) if ctrl => format!("Ctrl-{}", c.to_ascii_uppercase()),
        KeyCode::Char(c) => c.to_string(),
        _ => return None,
    };
    Some(name)
}

/// The key a name stands for (the inverse of [`key_name`], also taking the footer's glyphs
/// `⏎`), with whether Ctrl is held.
pub fn named_key(name: &str) -> Option<(KeyCode, bool)> {
    if let Some(c) = name.strip_prefix("Ctrl-") {
        let mut chars = c.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Some((KeyCode::Char(c.to_ascii_lowercase()), true)),
            _ => None,
        };
    }
    let code = match name {
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Enter" | "⏎" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Backspace" => KeyCode::Backspace,
        "Tab" => KeyCode::Tab,
        "Shift-Tab" => KeyCode::BackTab,
        "Space" => KeyCode::Char(' '),
        "F5" => KeyCode::F(5),
        _ => {
            let mut chars = name.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCode::Char(c),
                _ => return None,
            }
        }
    };
    Some((code, false))
}

#[cfg(test)]
mod tests;
