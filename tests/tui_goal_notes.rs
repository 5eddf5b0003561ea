//! A goal's status notes (`n`): opened from every pane of the overview and from a goal's
//! indicator, scrolled within bounds, left with `Esc` to exactly where the user was, opened at
//! the note a search found, kept by id across a reload (closed when the goal is gone); and the
//! screen itself as snapshots of the bundled dataset (goals 7 and 3) at 80×24 and 160×48, in
//! ASCII without colour and in English. Read the accepted snapshots in `tests/snapshots/`.

mod tui_support;

use goalboard::model::Lang;
use goalboard::tui::app::{GoalScreen, Pane, Screen, View};
use goalboard::tui::layout::{self, List};
use goalboard::tui::search::Found;
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::ui::goal::notes;
use goalboard::tui::{Action, App, Options, action_for, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers, MouseEvent, MouseEventKind};
use tui_support::*;

/// Six goals down is goal 7 of the bundled dataset, "Færre skal være hjemløse" (one note).
const GOAL_7: [KeyCode; 6] = [KeyCode::Down; 6];
/// Two down is goal 3, with three notes (two of them from the same month).
const GOAL_3: [KeyCode; 2] = [KeyCode::Down; 2];

fn goal_screen(app: &App) -> GoalScreen {
    match app.screen() {
        Some(Screen::Goal(s)) => *s,
        other => panic!("the goal's notes are on top, not {other:?}"),
    }
}

/// The notes pane's rows: where they are drawn, how many are in sight, how many lines.
fn notes_pane(app: &App) -> (ratatui::layout::Rect, usize, usize) {
    let area = layout::lists(app)
        .into_iter()
        .find(|l| l.list == List::Notes)
        .expect("the notes pane is on screen");
    let s = goal_screen(app);
    let len = notes(app, s.goal, area.rows.width).lines.len();
    (area.rows, area.visible(), len)
}

/// The first line of the notes in sight: a frame drawn on a test terminal as the event loop
/// draws it, and the window it drew the notes by.
fn drawn_offset(app: &mut App) -> usize {
    frame(app);
    window(app, List::Notes).cursor.offset
}

/// The lines of the notes pane as drawn, trailing spaces cut.
fn pane_text(app: &App) -> Vec<String> {
    let (rows, _, _) = notes_pane(app);
    screen(app)
        .lines()
        .skip(usize::from(rows.y))
        .take(usize::from(rows.height))
        .map(str::to_owned)
        .collect()
}

#[test]
fn n_opens_the_selected_goal_from_every_pane_of_the_overview() {
    for (pane, keys) in [
        (Pane::Goals, &[][..]),
        (Pane::Indicators, &[KeyCode::Tab][..]),
        (
            Pane::Initiatives,
            &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down][..],
        ),
    ] {
        let mut app = bundled((80, 24));
        press(&mut app, &GOAL_7);
        press(&mut app, keys);
        assert_eq!(app.ui.overview.focus, pane);
        press(&mut app, &[KeyCode::Char('n')]);
        assert_eq!(app.view(), View::Goal, "from the {pane:?} pane");
        assert_eq!(goal_screen(&app).goal, 6, "from the {pane:?} pane");
        assert_eq!(drawn_offset(&mut app), 0);
    }
}

#[test]
fn n_on_an_indicator_opens_its_goal_and_esc_comes_back_to_the_indicator() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(app.view(), View::Indicator);
    let before = app.ui.clone();
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(goal_screen(&app).goal, 6);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(
        app.ui, before,
        "back on the indicator screen exactly as it was"
    );
}

#[test]
fn a_measure_has_no_goal_so_n_does_nothing_there() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "pitstop");
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(app.view(), View::Indicator);
    let before = app.ui.clone();
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(app.ui, before);
}

#[test]
fn esc_and_backspace_come_back_to_exactly_where_the_user_was() {
    for back in [KeyCode::Esc, KeyCode::Backspace] {
        let mut app = bundled((80, 24));
        press(&mut app, &GOAL_7);
        press(
            &mut app,
            &[KeyCode::Tab, KeyCode::Tab, KeyCode::Down, KeyCode::Down],
        );
        let before = app.ui.clone();
        assert_eq!(before.overview.initiatives.selected, 2);
        press(
            &mut app,
            &[KeyCode::Char('n'), KeyCode::Down, KeyCode::Char('G')],
        );
        press(&mut app, &[back]);
        assert_eq!(app.ui, before, "{back:?}");
    }
}

#[test]
fn scrolling_stays_within_the_notes() {
    // Goal 1 has five notes: far more than a screen at 80×24.
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('n')]);
    let (_, visible, len) = notes_pane(&app);
    assert!(len > 2 * visible, "{len} lines, {visible} in sight");
    let last = len - visible;
    let offset = drawn_offset;

    press(&mut app, &[KeyCode::Up, KeyCode::Char('k')]);
    assert_eq!(offset(&mut app), 0, "nothing above the first line");
    press(&mut app, &[KeyCode::Down, KeyCode::Char('j')]);
    assert_eq!(offset(&mut app), 2);
    press(&mut app, &[KeyCode::PageDown]);
    assert_eq!(offset(&mut app), 2 + visible);
    press(&mut app, &[KeyCode::PageUp]);
    assert_eq!(offset(&mut app), 2);
    press(&mut app, &[KeyCode::End]);
    assert_eq!(offset(&mut app), last, "the last line at the bottom");
    press(&mut app, &[KeyCode::Down, KeyCode::PageDown]);
    assert_eq!(offset(&mut app), last, "nothing below the last line");
    press(&mut app, &[KeyCode::Home]);
    assert_eq!(offset(&mut app), 0);
    press(&mut app, &[KeyCode::Char('G')]);
    assert_eq!(offset(&mut app), last);
    press(&mut app, &[KeyCode::Char('g')]);
    assert_eq!(offset(&mut app), 0);

    // The wheel over the notes scrolls them; a click selects nothing.
    let (rows, _, _) = notes_pane(&app);
    let mouse = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: rows.x + 5,
            row: rows.y + 3,
            modifiers: KeyModifiers::NONE,
        })
    };
    for _ in 0..3 {
        let action = action_for(&mouse(MouseEventKind::ScrollDown), &app).expect("the wheel");
        update(&mut app, action);
    }
    assert_eq!(offset(&mut app), 3);
    let action = action_for(&mouse(MouseEventKind::ScrollUp), &app).expect("the wheel");
    update(&mut app, action);
    assert_eq!(offset(&mut app), 2);
    let click = mouse(MouseEventKind::Down(
        ratatui::crossterm::event::MouseButton::Left,
    ));
    assert_eq!(action_for(&click, &app), None);

    // A larger terminal holds more: the scroll follows so no empty rows are left below.
    press(&mut app, &[KeyCode::End]);
    update(&mut app, Action::Resize(160, 48));
    let (_, visible, len) = notes_pane(&app);
    assert_eq!(offset(&mut app), len.saturating_sub(visible));
}

#[test]
fn left_and_right_walk_the_goals_and_esc_still_comes_back() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    let before = app.ui.clone();
    press(&mut app, &[KeyCode::Char('n'), KeyCode::Down]);
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(goal_screen(&app).goal, 7);
    assert_eq!(drawn_offset(&mut app), 0, "a new goal starts at the top");
    press(
        &mut app,
        &[KeyCode::Char('l'), KeyCode::Char('l'), KeyCode::Char('l')],
    );
    assert_eq!(goal_screen(&app).goal, 9, "stops at the last goal");
    press(&mut app, &[KeyCode::Left, KeyCode::Char('h')]);
    assert_eq!(goal_screen(&app).goal, 7);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.ui, before);
}

#[test]
fn p_presents_the_goal_shown_and_comes_back_to_its_notes() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    press(&mut app, &[KeyCode::Char('n'), KeyCode::Right]);
    let notes_shown = app.ui.clone();
    press(&mut app, &[KeyCode::Char('p')]);
    match app.screen() {
        Some(Screen::Present(p)) => assert_eq!(p.goal(), Some(7)),
        other => panic!("presentation, not {other:?}"),
    }
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.ui, notes_shown);
}

#[test]
fn n_in_the_search_box_is_typed() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('/'), KeyCode::Char('n')]);
    assert_eq!(app.view(), View::Search);
    assert_eq!(app.ui.search.as_ref().map(|s| s.query.as_str()), Some("n"));
}

/// Searches, then chooses the hit that is this goal's note.
fn search_note(app: &mut App, query: &str, goal: usize, note: usize) {
    press(app, &[KeyCode::Char('/')]);
    type_text(app, query);
    let hits = app.ui.search.as_ref().expect("the search box").hits.clone();
    let index = app.data.search();
    let at = hits
        .iter()
        .position(|&h| index.found(h) == Some(Found::GoalNote { goal, note }))
        .unwrap_or_else(|| panic!("{query:?} finds note {note} of goal {goal}"));
    for _ in 0..at {
        press(app, &[KeyCode::Down]);
    }
    press(app, &[KeyCode::Enter]);
}

#[test]
fn a_search_hit_on_a_note_opens_the_notes_at_that_note() {
    // Goal 3's notes, newest first: the Center for Børn og Forebyggelse's (note 2), the
    // Jobcenter's of March 2017 (note 1), the Jobcenter's of 2016 (note 0).
    let mut app = bundled((80, 24));
    search_note(&mut app, "drøftet mulighederne", 2, 1);
    assert_eq!(app.ui.search, None);
    assert_eq!(goal_screen(&app).goal, 2);
    assert_eq!(app.goal(), Some(2), "the goal is selected beneath");
    let rows = pane_text(&app);
    // Scrolled to it: the margin says there is more above.
    assert_eq!(rows[0], "↑ mar. 2017", "{rows:#?}");
    assert!(
        rows[1].starts_with("    Status/mål marts 2017 (Jobcenter Vallensbæk"),
        "{rows:#?}"
    );
    // Back to where the search began: the overview, at the first goal.
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
    assert_eq!(app.goal(), Some(0));
    assert_eq!(app.ui.overview.focus, Pane::Goals);

    // The oldest note is last: the scroll stops at the end, with the note in sight.
    let mut app = bundled((80, 24));
    search_note(&mut app, "frisør", 2, 0);
    let (_, visible, len) = notes_pane(&app);
    assert_eq!(drawn_offset(&mut app), len - visible);
    let rows = pane_text(&app);
    assert!(rows.iter().any(|r| r == "  1. halvår 2016"), "{rows:#?}");
}

#[test]
fn a_goal_without_notes_says_so() {
    let mut app = small((80, 24));
    // Goal 1 of the small dataset has no notes; goal 7 has one.
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(pane_text(&app)[0], "  ingen noter");
    assert!(screen(&app).contains("─ Noter (0) ─"));
    let mut app = app_with(SMALL, options(Lang::En), (80, 24));
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(pane_text(&app)[0], "  no notes");
}

/// The small dataset with its goals in another order, or some left out (by id).
fn small_with_goals(ids: &[&str]) -> goalboard::model::Dataset {
    let mut json: serde_json::Value = serde_json::from_slice(SMALL).expect("the fixture");
    let goals = json["goals"].as_array().expect("goals").clone();
    let kept: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| {
            goals
                .iter()
                .find(|g| g["id"] == *id)
                .cloned()
                .unwrap_or_else(|| panic!("goal {id}"))
        })
        .collect();
    json["goals"] = serde_json::Value::Array(kept);
    dataset(&serde_json::to_vec(&json).expect("JSON"))
}

#[test]
fn a_reload_keeps_the_notes_by_goal_id_and_closes_them_when_the_goal_is_gone() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Down, KeyCode::Char('n')]);
    assert_eq!(goal_screen(&app).goal, 1);
    let title = |app: &App| app.data.dataset.goals[goal_screen(app).goal].title.clone();
    assert_eq!(title(&app), "Færre skal være hjemløse");

    // Goal 7 moves last: the screen follows it.
    reload(&mut app, small_with_goals(&["g1", "g8", "g10", "g7"]));
    assert_eq!(goal_screen(&app).goal, 3);
    assert_eq!(title(&app), "Færre skal være hjemløse");

    // Goal 10 has no initiative to break: without it, a screen on it closes.
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('g')]);
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Char('n')],
    );
    assert_eq!(title(&app), "Et mål uden indikatorer");
    reload(&mut app, small_with_goals(&["g1", "g7", "g8"]));
    assert_eq!(app.view(), View::Overview);
}

fn snapshot_app(options: Options, size: (u16, u16), goal: &[KeyCode]) -> App {
    let mut app = app_with(goalboard::bundled::BYTES, options, size);
    press(&mut app, goal);
    press(&mut app, &[KeyCode::Char('n')]);
    assert_eq!(app.view(), View::Goal);
    app
}

#[test]
fn goal_7_and_goal_3_at_80x24_and_160x48() {
    for size in [(80, 24), (160, 48)] {
        for (name, keys) in [("goal7", &GOAL_7[..]), ("goal3", &GOAL_3[..])] {
            let app = snapshot_app(options(Lang::Da), size, keys);
            insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), screen(&app));
        }
    }
}

#[test]
fn in_ascii_without_colour_and_in_english_at_80x24() {
    let ascii = Options {
        theme: ThemeOptions {
            color: false,
            ascii: true,
            light: false,
        },
        ..options(Lang::Da)
    };
    for (name, keys) in [("goal7", &GOAL_7[..]), ("goal3", &GOAL_3[..])] {
        let app = snapshot_app(ascii.clone(), (80, 24), keys);
        insta::assert_snapshot!(format!("{name}_da_ascii_80x24"), screen(&app));
        let app = snapshot_app(options(Lang::En), (80, 24), keys);
        insta::assert_snapshot!(format!("{name}_en_80x24"), screen(&app));
    }
}
