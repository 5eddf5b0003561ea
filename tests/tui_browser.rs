//! The initiatives browser on the bundled dataset, at 80×24 and 120×40: the columns stay put
//! while paging, the sort's arrow is in sight, the `/` filter as it is typed, the goal pick
//! list; and the sort is kept and remembered. Read the snapshots in `tests/snapshots/` when
//! they change.

mod tui_support;

use goalboard::settings::{Selection, Sort};
use goalboard::tui::Action;
use goalboard::tui::app::{Column, Screen, View};
use goalboard::tui::update;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn snapshot(view: &str, keys: &[KeyCode], typed: &str) {
    for size in SIZES {
        let mut app = bundled(size);
        press(&mut app, keys);
        type_text(&mut app, typed);
        let name = format!("browser_{view}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, screen(&app));
    }
}

/// The third line of the screen: the table's headings.
fn headings(shown: &str) -> String {
    shown.lines().nth(2).unwrap_or_default().to_owned()
}

#[test]
fn paging_keeps_the_columns() {
    for size in SIZES {
        let mut app = bundled(size);
        press(&mut app, &[KeyCode::Char('b')]);
        let first = screen(&app);
        for _ in 0..3 {
            press(&mut app, &[KeyCode::PageDown]);
            assert_eq!(headings(&screen(&app)), headings(&first), "{size:?}");
        }
    }
    snapshot("paged", &[KeyCode::Char('b'), KeyCode::PageDown], "");
}

/// Sorted by the last column, newest first: at 80 columns that column is shown, with `▼`.
#[test]
fn the_sorted_column_is_marked_and_shown() {
    snapshot(
        "sorted",
        &[KeyCode::Char('b'), KeyCode::Char('S'), KeyCode::Char('R')],
        "",
    );
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('b'), KeyCode::Char('S')]);
    assert!(headings(&screen(&app)).contains('▲'));
}

#[test]
fn the_filter_shows_as_it_is_typed() {
    snapshot("typed", &[KeyCode::Char('b'), KeyCode::Char('/')], "hjem");
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('b'), KeyCode::Char('/')]);
    type_text(&mut app, &"indsats ".repeat(12));
    type_text(&mut app, "ende");
    let bar = screen(&app).lines().nth(1).unwrap_or_default().to_owned();
    assert!(bar.contains('…') && bar.contains("ende"), "{bar}");
    // Enter keeps the filter, Esc while typing clears it.
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('/')]);
    type_text(&mut app, "hjem");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Browser);
    assert_eq!(rows(&app).len(), 6);
    press(&mut app, &[KeyCode::Char('/')]);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!((app.view(), rows(&app).len()), (View::Browser, 115));
}

#[test]
fn owners_and_goals_are_picked_from_a_list() {
    snapshot("pick", &[KeyCode::Char('b'), KeyCode::Char('m')], "");
    let mut app = bundled((80, 24));
    press(
        &mut app,
        &[KeyCode::Char('b'), KeyCode::Char('m'), KeyCode::Char('/')],
    );
    type_text(&mut app, "hjemlose");
    press(&mut app, &[KeyCode::Enter]);
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!("the browser")
    };
    assert_eq!(
        b.goal.map(|g| app.data.dataset.goals[g].id.to_string()),
        Some("g7".into())
    );
    assert!(b.pick.is_none());
    // Esc leaves the filter as it was.
    press(&mut app, &[KeyCode::Char('o'), KeyCode::Down, KeyCode::Esc]);
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!("the browser")
    };
    assert_eq!((b.owner, app.view()), (None, View::Browser));
}

/// The sort is kept for the next browser, given to the state file with the selection, and
/// taken back from it.
#[test]
fn the_sort_is_remembered() {
    let mut app = bundled((80, 24));
    press(
        &mut app,
        &[KeyCode::Char('b'), KeyCode::Char('S'), KeyCode::Char('R')],
    );
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('b')]);
    let sorted = |app: &goalboard::tui::App| match app.screen() {
        Some(Screen::Browser(b)) => (b.sort, b.descending),
        _ => panic!("the browser"),
    };
    assert_eq!(sorted(&app), (Column::Updated, true));
    let remembered = app.selection();
    assert_eq!(
        remembered.sort,
        Some(Sort {
            column: "updated".into(),
            descending: true
        })
    );
    let mut again = bundled((80, 24));
    update(&mut again, Action::RestoreSelection(remembered));
    press(&mut again, &[KeyCode::Char('b')]);
    assert_eq!(sorted(&again), (Column::Updated, true));
    let unknown = Selection {
        sort: Some(Sort {
            column: "colour".into(),
            descending: true,
        }),
        ..Selection::default()
    };
    let mut other = bundled((80, 24));
    update(&mut other, Action::RestoreSelection(unknown));
    press(&mut other, &[KeyCode::Char('b')]);
    assert_eq!(sorted(&other), (Column::Title, false));
}

fn rows(app: &goalboard::tui::App) -> Vec<usize> {
    match app.screen() {
        Some(Screen::Browser(b)) => b.rows.clone(),
        _ => Vec::new(),
    }
}
