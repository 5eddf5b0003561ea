//! The table against what the footer, the help screen and `docs/keys.md` say.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::tui::app::App;
use crate::tui::content::help::{everywhere, keys_for};

const DOCS: &str = include_str!("../../../docs/keys.md");

const VIEWS: [View; 11] = [
    View::Overview,
    View::Indicator,
    View::Initiative,
    View::Browser,
    View::Help,
    View::Search,
    View::Present,
    View::Goal,
    View::Filter,
    View::Pick,
    View::Breakdowns,
];

fn acts(view: View, code: KeyCode, ctrl: bool) -> bool {
    let modifiers = if ctrl {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    action(KeyEvent::new(code, modifiers), view).is_some()
}

/// The keys a shown name stands for: `↑↓` is two, `abc` any letter.
fn keys_of(shown: &str) -> Vec<(KeyCode, bool)> {
    shown
        .split_whitespace()
        .flat_map(|word| {
            if word == "abc" {
                return vec![(KeyCode::Char('a'), false)];
            }
            if word == "0-9" {
                return ('0'..='9').map(|c| (KeyCode::Char(c), false)).collect();
            }
            if word.chars().count() > 1 && word.chars().all(|c| "↑↓←→".contains(c)) {
                return word
                    .chars()
                    .filter_map(|c| named_key(&c.to_string()))
                    .collect();
            }
            let key = named_key(word);
            assert!(
                key.is_some(),
                "a key name the table does not know: {word:?}"
            );
            key.into_iter().collect()
        })
        .collect()
}

fn app() -> App {
    let dataset = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
        .dataset
        .expect("the bundled dataset loads");
    App::new(dataset, crate::tui::Options::default()).with_file("x.json".into())
}

#[test]
fn every_key_the_footer_and_help_show_works_there() {
    let app = app();
    for view in VIEWS {
        for k in keys_for(&app, view) {
            for (code, ctrl) in keys_of(&k.keys) {
                assert!(
                    acts(view, code, ctrl),
                    "{view:?} shows {:?} ({}), which does nothing there",
                    k.keys,
                    k.label
                );
            }
        }
    }
    for k in everywhere(&app) {
        for (code, ctrl) in keys_of(&k.keys) {
            assert!(acts(View::Overview, code, ctrl), "{:?}", k.keys);
        }
    }
}

/// The views a section of `docs/keys.md` is about.
fn section_views(title: &str) -> Option<&'static [View]> {
    Some(match title {
        "Everywhere" => &[
            View::Overview,
            View::Indicator,
            View::Initiative,
            View::Browser,
            View::Goal,
        ],
        "Overview" => &[View::Overview],
        "Indicator screen" => &[View::Indicator],
        "Goal notes" => &[View::Goal],
        "Initiative screen" => &[View::Initiative],
        "Initiatives browser" => &[View::Browser],
        "Typing a filter" => &[View::Filter],
        "Owner and goal lists" => &[View::Pick],
        "Breakdowns" => &[View::Breakdowns],
        "Search" => &[View::Search],
        "Presentation mode" => &[View::Present],
        _ => return None,
    })
}

/// The keys each section of `docs/keys.md` lists in the first column of its tables: the words
/// in backticks (`` `↑ ↓` or `k j` ``), options (`--every`) left out.
fn documented() -> Vec<(String, Vec<String>)> {
    let mut sections: Vec<(String, Vec<String>)> = Vec::new();
    for line in DOCS.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            sections.push((title.to_owned(), Vec::new()));
            continue;
        }
        let Some(cell) = line.strip_prefix("| ").and_then(|l| l.split(" | ").next()) else {
            continue;
        };
        let Some((_, keys)) = sections.last_mut() else {
            continue;
        };
        for (i, part) in cell.split('`').enumerate() {
            if part == "0-9" {
                keys.extend(('0'..='9').map(String::from));
            } else if i % 2 == 1 && !part.starts_with("--") {
                keys.extend(part.split_whitespace().map(str::to_owned));
            }
        }
    }
    sections
}

#[test]
fn every_key_in_the_docs_works_where_they_say() {
    let mut checked = 0;
    for (title, keys) in documented() {
        let Some(views) = section_views(&title) else {
            continue;
        };
        for name in keys {
            let (code, ctrl) =
                named_key(&name).unwrap_or_else(|| panic!("{title}: an unknown key {name:?}"));
            for &view in views {
                assert!(
                    acts(view, code, ctrl),
                    "docs/keys.md, {title}: `{name}` does nothing on {view:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "the docs' tables were read: {checked}");
}

#[test]
fn every_binding_is_in_the_docs() {
    let sections = documented();
    for b in KEYMAP {
        let Key::Is(code) = b.key else {
            continue;
        };
        let name = key_name(code, b.ctrl == Ctrl::Yes).expect("a key with a name");
        let found = sections.iter().any(|(title, keys)| {
            section_views(title).is_some_and(|views| views.iter().any(|&v| b.on.covers(v)))
                && keys.contains(&name)
        });
        assert!(
            found,
            "{name} ({:?} on {:?}) is not in docs/keys.md",
            b.action, b.on
        );
    }
}

#[test]
fn the_first_binding_that_fits_wins() {
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(action(key('q'), View::Search), Some(Action::Type('q')));
    assert_eq!(action(key('q'), View::Overview), Some(Action::Quit));
    assert_eq!(action(key('h'), View::Present), Some(Action::PrevGoal));
    assert_eq!(action(key('h'), View::Overview), Some(Action::Left));
    assert_eq!(action(key('s'), View::Overview), None);
    assert_eq!(action(key('s'), View::Browser), Some(Action::SortNext));
    assert_eq!(action(key('/'), View::Browser), Some(Action::FilterText));
    assert_eq!(action(key('/'), View::Overview), Some(Action::Search));
    assert_eq!(action(key('b'), View::Filter), Some(Action::Type('b')));
    assert_eq!(action(key('b'), View::Pick), None);
    assert_eq!(action(key('p'), View::Help), None);
    let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(action(ctrl_r, View::Overview), None);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action(ctrl_c, View::Search), Some(Action::Quit));
}

#[test]
fn ctrl_with_a_letter_is_not_the_letter() {
    let ctrl = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    for view in VIEWS {
        assert_ne!(action(ctrl('p'), view), Some(Action::Present), "{view:?}");
        assert_ne!(action(ctrl('q'), view), Some(Action::Quit), "{view:?}");
        assert_ne!(action(ctrl('b'), view), Some(Action::Browser), "{view:?}");
    }
    // Where Ctrl is the point, it still works: Ctrl-P in the search box, Ctrl-C everywhere.
    assert_eq!(action(ctrl('p'), View::Search), Some(Action::Up));
    let plain = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
    assert_eq!(action(plain, View::Overview), Some(Action::Present));
}

#[test]
fn digits_ask_for_a_goal_by_its_code_but_are_text_in_the_search_box() {
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    for view in [View::Overview, View::Indicator, View::Present, View::Goal] {
        assert_eq!(action(key('7'), view), Some(Action::Digit(7)), "{view:?}");
        assert_eq!(action(key('0'), view), Some(Action::Digit(0)), "{view:?}");
    }
    assert_eq!(action(key('7'), View::Search), Some(Action::Type('7')));
}

#[test]
fn a_clicker_s_keys_do_what_a_presenter_expects() {
    let key = |code: KeyCode| action(KeyEvent::new(code, KeyModifiers::NONE), View::Present);
    assert_eq!(key(KeyCode::PageDown), Some(Action::NextGoal));
    assert_eq!(key(KeyCode::PageUp), Some(Action::PrevGoal));
    assert_eq!(key(KeyCode::Char('b')), Some(Action::Blank));
    assert_eq!(key(KeyCode::Char('.')), Some(Action::Blank));
    assert_eq!(key(KeyCode::F(5)), Some(Action::Restart));
    assert_eq!(key(KeyCode::Esc), Some(Action::Present));
    assert_eq!(key(KeyCode::Char('s')), Some(Action::Pause));
}
