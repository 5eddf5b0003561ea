//! `y` copies the goal in view as Markdown for the minutes: which goal that is on each screen,
//! what the text holds, and what the note says. The bytes on the terminal are checked in
//! `pty_copy.rs`.

mod tui_support;

use goalboard::model::Lang;
use goalboard::tui::App;
use goalboard::tui::copy::summary;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

const GOAL_7: [KeyCode; 6] = [KeyCode::Down; 6];

#[test]
fn the_overview_copies_the_selected_goal() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    assert_eq!(App::goal_in_view(&app), Some(6));
    let text = summary(&app).expect("a summary");
    assert!(text.contains("Færre skal være hjemløse"), "{text}");
    assert!(text.contains("38 personer"), "{text}");
    assert!(!text.contains("Udsatte børn"), "only goal 7: {text}");
    press(&mut app, &[KeyCode::Char('y')]);
    let note = app.ui.note.clone().expect("a note");
    assert!(note.starts_with("Mål 7 kopieret som Markdown"), "{note}");
    assert!(screen(&app).contains("Mål 7 kopieret"), "{}", screen(&app));
    // The next key takes the note away.
    press(&mut app, &[KeyCode::Down]);
    assert_eq!(app.ui.note, None);
}

#[test]
fn each_screen_copies_its_goal_or_says_there_is_none() {
    let mut app = app_with(goalboard::bundled::BYTES, options(Lang::En), (80, 24));
    press(&mut app, &GOAL_7);
    // The indicator screen of goal 7's indicator, its notes, its presentation.
    press(&mut app, &[KeyCode::Tab, KeyCode::Enter]);
    assert_eq!(App::goal_in_view(&app), Some(6));
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(App::goal_in_view(&app), Some(6));
    press(&mut app, &[KeyCode::Char('p'), KeyCode::Right]);
    assert_eq!(App::goal_in_view(&app), Some(7), "the goal presented");
    press(&mut app, &[KeyCode::Esc, KeyCode::Esc, KeyCode::Esc]);
    // The browser is about initiatives: `y` copies the selected one.
    press(&mut app, &[KeyCode::Char('b')]);
    assert_eq!(App::goal_in_view(&app), None);
    assert!(summary(&app).is_some_and(|s| s.contains("### ")));
    // The help is about nothing to copy: the note says what y does.
    press(&mut app, &[KeyCode::Char('?')]);
    assert_eq!(summary(&app), None);
    press(&mut app, &[KeyCode::Char('y')]);
    let note = app.ui.note.clone().expect("a note");
    assert!(note.starts_with("nothing to copy here"), "{note}");
}

#[test]
fn in_the_search_box_y_is_a_letter() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('/'), KeyCode::Char('y')]);
    assert_eq!(app.ui.search.as_ref().map(|s| s.query.as_str()), Some("y"));
    assert_eq!(app.ui.note, None);
}

/// A 1 MB title made a 1.3 MB OSC 52: what `y` copies stops at 64 KiB, at a character
/// boundary, and the note says it was cut.
#[test]
fn a_huge_goal_is_cut_for_the_clipboard() {
    let small = std::fs::read_to_string("tests/fixtures/tui-small.json").expect("the fixture");
    let huge = small.replacen(
        "Flere børn skal være klar til skolestart",
        &"ø".repeat(500_000),
        1,
    );
    let mut app = app_with(huge.as_bytes(), options(Lang::En), (80, 24));
    assert!(summary(&app).is_some_and(|s| s.len() > 1_000_000));
    let effect = press(&mut app, &[KeyCode::Char('y')]);
    let Some(goalboard::tui::Effect::Copy(text)) = effect else {
        panic!("y copies: {effect:?}");
    };
    assert!(
        text.len() <= 64 * 1024 && text.len() > 60 * 1024,
        "{}",
        text.len()
    );
    let note = app.ui.note.clone().expect("a note");
    assert!(note.contains("cut at 64 KiB"), "{note}");
}
