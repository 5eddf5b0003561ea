//! Whole screens of the bundled dataset as text, at 80×24 and 160×48: the overview, the
//! homelessness indicator, the Pitstop initiative, the initiatives browser, a search and the
//! help. Read the accepted snapshots in `tests/snapshots/` when they change: they are what a
//! user sees.

mod tui_support;

use goalboard::model::Lang;
use goalboard::tui::App;
use goalboard::tui::theme::ThemeOptions;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn at(size: (u16, u16), keys: &[KeyCode], typed: &str) -> App {
    let mut app = bundled(size);
    press(&mut app, keys);
    type_text(&mut app, typed);
    app
}

fn snapshot(view: &str, keys: &[KeyCode], typed: &str, after: &[KeyCode]) {
    for size in SIZES {
        let mut app = at(size, keys, typed);
        press(&mut app, after);
        let name = format!("{view}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, screen(&app));
    }
}

/// Six goals down is goal 7, "Færre skal være hjemløse".
const GOAL_7: [KeyCode; 6] = [KeyCode::Down; 6];

#[test]
fn overview() {
    snapshot("overview", &GOAL_7, "", &[]);
}

#[test]
fn indicator() {
    let keys = [&GOAL_7[..], &[KeyCode::Enter, KeyCode::Enter]].concat();
    snapshot("indicator", &keys, "", &[]);
}

#[test]
fn initiative() {
    snapshot(
        "initiative",
        &[KeyCode::Char('/')],
        "pitstop",
        &[KeyCode::Enter],
    );
}

#[test]
fn browser() {
    snapshot("browser", &[KeyCode::Char('b')], "", &[]);
}

#[test]
fn search() {
    snapshot("search", &[KeyCode::Char('/')], "hjemlose", &[]);
}

#[test]
fn help() {
    snapshot("help", &[KeyCode::Char('?')], "", &[]);
}

#[test]
fn overview_in_english_ascii_without_colour() {
    let options = goalboard::tui::Options {
        theme: ThemeOptions {
            color: false,
            ascii: true,
            light: false,
        },
        ..options(Lang::En)
    };
    let mut app = app_with(goalboard::bundled::BYTES, options, (80, 24));
    press(&mut app, &GOAL_7);
    insta::assert_snapshot!("overview_en_ascii_80x24", screen(&app));
}

/// A terminal without Unicode fonts (`--ascii`, or a locale that is not UTF-8): the chart, the
/// sparklines, the borders and the status symbols in ASCII, Danish letters spelt out.
#[test]
fn indicator_and_initiative_in_ascii() {
    let ascii = goalboard::tui::Options {
        theme: ThemeOptions {
            color: false,
            ascii: true,
            light: false,
        },
        ..options(Lang::Da)
    };
    let mut app = app_with(goalboard::bundled::BYTES, ascii.clone(), (80, 24));
    press(
        &mut app,
        &[&GOAL_7[..], &[KeyCode::Enter, KeyCode::Enter]].concat(),
    );
    insta::assert_snapshot!("indicator_da_ascii_80x24", screen(&app));
    let mut app = app_with(goalboard::bundled::BYTES, ascii, (80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "pitstop");
    press(&mut app, &[KeyCode::Enter]);
    insta::assert_snapshot!("initiative_da_ascii_80x24", screen(&app));
}

/// The indicator screen in English: words, months and the decimal point.
#[test]
fn indicator_in_english() {
    let mut app = app_with(goalboard::bundled::BYTES, options(Lang::En), (80, 24));
    press(
        &mut app,
        &[&GOAL_7[..], &[KeyCode::Enter, KeyCode::Enter]].concat(),
    );
    insta::assert_snapshot!("indicator_en_80x24", screen(&app));
}

/// An indicator with one point, a target and a deadline (goal 3's flex-job share): the point's
/// marker alone, the target line and the deadline, the axis running to the deadline.
#[test]
fn indicator_with_one_point_and_a_target() {
    let mut app = bundled((80, 24));
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Tab, KeyCode::Enter],
    );
    insta::assert_snapshot!("indicator_one_point_80x24", screen(&app));
}
