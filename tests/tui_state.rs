//! Navigation and search as state changes: keys and mouse events through `action_for` and
//! `update`, no terminal. Uses the small fixture (4 goals; goal "7" has the homelessness
//! indicator; Pitstop serves goals 8 and 7 and has one measure).

mod tui_support;

use goalboard::model::InitiativeStatus;
use goalboard::tui::app::{Column, InitiativePane, Pane, Screen, View};
use goalboard::tui::layout::{self, List};
use goalboard::tui::prepared::IndicatorRef;
use goalboard::tui::{Action, Effect, action_for, update};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use tui_support::*;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn starts_on_the_first_goal_of_the_overview() {
    let app = small((80, 24));
    assert_eq!(app.view(), View::Overview);
    assert_eq!(app.ui.overview.focus, Pane::Goals);
    assert_eq!(app.goal(), Some(0));
}

#[test]
fn up_and_down_stay_within_the_list() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Up]);
    assert_eq!(app.goal(), Some(0));
    press(&mut app, &[KeyCode::Char('j'), KeyCode::Down]);
    assert_eq!(app.goal(), Some(2));
    press(&mut app, &[KeyCode::Char('G')]);
    assert_eq!(app.goal(), Some(3));
    press(&mut app, &[KeyCode::Down, KeyCode::Down]);
    assert_eq!(app.goal(), Some(3));
    press(&mut app, &[KeyCode::Char('k')]);
    assert_eq!(app.goal(), Some(2));
    press(&mut app, &[KeyCode::Home]);
    assert_eq!(app.goal(), Some(0));
    press(&mut app, &[KeyCode::End]);
    assert_eq!(app.goal(), Some(3));
    press(&mut app, &[KeyCode::Char('g')]);
    assert_eq!(app.goal(), Some(0));
    press(&mut app, &[KeyCode::PageDown]);
    assert_eq!(app.goal(), Some(3), "a page holds every goal at 80×24");
}

#[test]
fn an_action_that_changes_nothing_asks_for_no_frame() {
    let mut app = small((80, 24));
    assert!(!changes(&mut app, Action::Up));
    assert!(changes(&mut app, Action::Down));
    assert!(!changes(&mut app, Action::Resize(80, 24)));
    assert!(changes(&mut app, Action::Resize(100, 30)));
}

#[test]
fn a_new_goal_starts_its_lists_at_the_top() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Down, KeyCode::Down]); // goal 8: two indicators
    press(&mut app, &[KeyCode::Tab, KeyCode::Down]);
    assert_eq!(app.ui.overview.indicators.selected, 1);
    press(&mut app, &[KeyCode::BackTab, KeyCode::Up]);
    assert_eq!(app.ui.overview.indicators.selected, 0);
    assert_eq!(app.ui.overview.initiatives.selected, 0);
}

#[test]
fn tab_goes_round_the_panes_and_arrows_stop_at_the_ends() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Tab]);
    assert_eq!(app.ui.overview.focus, Pane::Indicators);
    press(&mut app, &[KeyCode::Tab]);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
    press(&mut app, &[KeyCode::Tab]);
    assert_eq!(app.ui.overview.focus, Pane::Goals);
    press(&mut app, &[KeyCode::BackTab]);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
    press(&mut app, &[KeyCode::Right, KeyCode::Char('l')]);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
    press(
        &mut app,
        &[KeyCode::Left, KeyCode::Char('h'), KeyCode::Left],
    );
    assert_eq!(app.ui.overview.focus, Pane::Goals);
}

#[test]
fn enter_goes_in_and_escape_comes_back_where_it_was() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(app.ui.overview.focus, Pane::Indicators);
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Indicator);
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("indicator screen")
    };
    assert_eq!(s.indicator, IndicatorRef::Goal { goal: 1, index: 0 });
    assert!(screen(&app).contains("38 personer"));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
    assert_eq!(
        (app.goal(), app.ui.overview.focus),
        (Some(1), Pane::Indicators)
    );
    press(&mut app, &[KeyCode::Backspace]);
    assert_eq!(app.ui.overview.focus, Pane::Goals);
    let effect = press(&mut app, &[KeyCode::Esc]);
    assert_eq!(
        (app.view(), effect),
        (View::Overview, None),
        "escape never quits"
    );
}

#[test]
fn a_goal_without_indicators_enters_its_initiatives() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::End, KeyCode::Enter]);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
}

#[test]
fn initiative_screen_measures_and_details() {
    let mut app = small((80, 24));
    // Goal 7 → initiatives → Pitstop.
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Tab, KeyCode::Tab, KeyCode::Enter],
    );
    let Some(Screen::Initiative(s)) = app.screen() else {
        panic!("initiative screen")
    };
    assert_eq!(app.data.dataset.initiatives[s.initiative].title, "Pitstop");
    assert_eq!(s.focus, InitiativePane::Measures);
    press(&mut app, &[KeyCode::Tab]);
    let Some(Screen::Initiative(s)) = app.screen() else {
        panic!("initiative screen")
    };
    assert_eq!(s.focus, InitiativePane::Details);
    press(&mut app, &[KeyCode::Left, KeyCode::Enter]);
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("measure opened")
    };
    assert_eq!(
        s.indicator,
        IndicatorRef::Measure {
            initiative: 0,
            index: 0
        }
    );
    press(&mut app, &[KeyCode::Esc, KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn left_and_right_walk_the_indicators_of_a_goal() {
    let mut app = small((80, 24));
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Enter],
    );
    let at = |app: &goalboard::tui::App| match app.screen() {
        Some(Screen::Indicator(s)) => s.indicator,
        _ => panic!("indicator screen"),
    };
    assert_eq!(at(&app), IndicatorRef::Goal { goal: 2, index: 0 });
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(at(&app), IndicatorRef::Goal { goal: 2, index: 1 });
    press(&mut app, &[KeyCode::Right]);
    assert_eq!(at(&app), IndicatorRef::Goal { goal: 2, index: 1 });
    press(&mut app, &[KeyCode::Char('h')]);
    assert_eq!(at(&app), IndicatorRef::Goal { goal: 2, index: 0 });
}

#[test]
fn browser_sorts_filters_and_opens() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('b')]);
    let rows = |app: &goalboard::tui::App| match app.screen() {
        Some(Screen::Browser(b)) => b
            .rows
            .iter()
            .map(|&n| app.data.dataset.initiatives[n].id.to_string())
            .collect::<Vec<_>>(),
        _ => panic!("browser"),
    };
    assert_eq!(rows(&app), ["pitstop", "giv", "ssp"], "by title");
    press(&mut app, &[KeyCode::Char('s')]);
    assert_eq!(
        rows(&app),
        ["giv", "pitstop", "ssp"],
        "by status: planned, active, completed"
    );
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!()
    };
    assert_eq!(b.sort, Column::Status);
    press(&mut app, &[KeyCode::Char('R')]);
    assert_eq!(rows(&app), ["ssp", "pitstop", "giv"]);
    press(&mut app, &[KeyCode::Char('f')]);
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!()
    };
    assert_eq!(b.status, Some(InitiativeStatus::Planned));
    assert_eq!(rows(&app), ["giv"]);
    // The owner and goal filters are pick lists, "all" first: the first owner is CSS.
    let pick_first = [KeyCode::Down, KeyCode::Enter];
    press(&mut app, &[KeyCode::Char('x'), KeyCode::Char('o')]);
    assert_eq!(app.view(), View::Pick);
    press(&mut app, &pick_first);
    assert_eq!(rows(&app), ["pitstop"], "owner CSS");
    press(&mut app, &[KeyCode::Char('x'), KeyCode::Char('m')]);
    press(&mut app, &pick_first);
    assert_eq!(rows(&app), ["ssp"], "goal 1");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Initiative);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Browser);
    press(&mut app, &[KeyCode::Char('b')]);
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn search_ignores_case_and_accents_and_jumps() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    assert_eq!(app.view(), View::Search);
    type_text(&mut app, "HJEMLOSE");
    let search = app.ui.search.clone().expect("search open");
    assert_eq!(search.hits.len(), 2, "the goal and its indicator");
    assert!(screen(&app).contains("Færre skal være hjemløse"));
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Overview);
    assert_eq!(app.goal(), Some(1));

    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "hjemlose borgere");
    press(&mut app, &[KeyCode::Enter]);
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("indicator screen")
    };
    assert_eq!(s.indicator, IndicatorRef::Goal { goal: 1, index: 0 });
}

#[test]
fn search_finds_owners_notes_and_measures() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "uge 50");
    press(&mut app, &[KeyCode::Enter]);
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("point note leads to its indicator")
    };
    assert_eq!(s.points.selected, 3);

    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "born og familier");
    press(&mut app, &[KeyCode::Enter]);
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!("owner leads to the browser")
    };
    assert_eq!(b.owner, Some(1));
    assert_eq!(b.rows.len(), 2);

    // In the browser `/` filters its table: the search is the overview's.
    press(&mut app, &[KeyCode::Esc, KeyCode::Char('/')]);
    type_text(&mut app, "stoffri");
    let hits = app.ui.search.as_ref().map_or(0, |s| s.hits.len());
    assert_eq!(hits, 2, "the measure and the update");
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.ui.stack.len(), 2, "initiative, then its measure");
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("measure")
    };
    assert_eq!(
        s.indicator,
        IndicatorRef::Measure {
            initiative: 0,
            index: 0
        }
    );
}

#[test]
fn typing_in_search_is_text_not_keys() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    assert_eq!(type_text(&mut app, "qjkb?/"), None);
    assert_eq!(
        app.ui.search.as_ref().map(|s| s.query.as_str()),
        Some("qjkb?/")
    );
    press(&mut app, &[KeyCode::Backspace, KeyCode::Backspace]);
    assert_eq!(
        app.ui.search.as_ref().map(|s| s.query.as_str()),
        Some("qjkb")
    );
    for _ in 0..4 {
        press(&mut app, &[KeyCode::Backspace]);
    }
    assert!(app.ui.search.is_some());
    press(&mut app, &[KeyCode::Backspace]);
    assert!(
        app.ui.search.is_none(),
        "backspace on an empty query closes the search"
    );
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "zzz");
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut app = small((80, 24));
    assert_eq!(press(&mut app, &[KeyCode::Char('q')]), Some(Effect::Quit));
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let action = action_for(&ctrl_c, &app);
    assert_eq!(action, Some(Action::Quit));
}

#[test]
fn help_opens_and_closes() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Char('?')]);
    assert_eq!(app.view(), View::Help);
    assert!(screen(&app).contains("PgUp PgDn"));
    press(&mut app, &[KeyCode::Char('?')]);
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn the_selection_stays_in_sight_on_a_short_terminal() {
    let mut app = small((60, 15));
    let rows = layout::lists(&app)
        .into_iter()
        .find(|l| l.list == List::Goals)
        .map(|l| l.visible());
    let rows = rows.expect("goals pane");
    assert!(
        rows < 4,
        "the test needs a goals pane shorter than the goals ({rows})"
    );
    // The window as a frame drew it on a test terminal.
    press(&mut app, &[KeyCode::End]);
    frame(&mut app);
    let c = window(&app, List::Goals).cursor;
    assert!(
        c.selected >= c.offset && c.selected < c.offset + rows,
        "{c:?}"
    );
    press(&mut app, &[KeyCode::Home]);
    frame(&mut app);
    assert_eq!(window(&app, List::Goals).cursor.offset, 0);
}

#[test]
fn mouse_click_selects_then_opens_and_the_wheel_scrolls() {
    let mut app = small((80, 24));
    let goals = layout::lists(&app)
        .into_iter()
        .find(|l| l.list == List::Goals)
        .expect("goals");
    let row_of = |i: u16| goals.rows.y + i;
    let click = mouse(MouseEventKind::Down(MouseButton::Left), 10, row_of(1));
    assert_eq!(
        action_for(&click, &app),
        Some(Action::Select(List::Goals, 1))
    );
    update(&mut app, Action::Select(List::Goals, 1));
    assert_eq!(app.goal(), Some(1));
    assert_eq!(
        action_for(&click, &app),
        Some(Action::Activate(List::Goals, 1))
    );
    update(&mut app, Action::Activate(List::Goals, 1));
    assert_eq!(app.ui.overview.focus, Pane::Indicators);

    let below = mouse(MouseEventKind::Down(MouseButton::Left), 10, row_of(10));
    assert_ne!(
        action_for(&below, &app),
        Some(Action::Select(List::Goals, 10)),
        "no row there"
    );

    let wheel = mouse(MouseEventKind::ScrollDown, 10, row_of(0));
    let action = action_for(&wheel, &app).expect("wheel");
    update(&mut app, action);
    assert_eq!(app.goal(), Some(2));

    let moved = mouse(MouseEventKind::Moved, 10, row_of(2));
    assert_eq!(action_for(&moved, &app), None, "movement is ignored");
    let drag = mouse(MouseEventKind::Drag(MouseButton::Left), 10, row_of(2));
    assert_eq!(action_for(&drag, &app), None);
}

#[test]
fn key_releases_are_ignored() {
    let app = small((80, 24));
    let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = ratatui::crossterm::event::KeyEventKind::Release;
    assert_eq!(action_for(&Event::Key(release), &app), None);
    assert_eq!(
        action_for(&key(KeyCode::Char('q')), &app),
        Some(Action::Quit)
    );
}

#[test]
fn the_selection_is_remembered_by_ids() {
    let mut app = small((80, 24));
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Tab, KeyCode::Down],
    );
    let selection = app.selection();
    assert_eq!(selection.goal.as_deref(), Some("g8"));
    assert_eq!(selection.indicator.as_deref(), Some("flex-young"));
    assert_eq!(selection.initiative.as_deref(), Some("pitstop"));
    let mut again = small((80, 24));
    update(&mut again, Action::RestoreSelection(selection.clone()));
    assert_eq!(again.selection(), selection);
}

/// The small fixture with its goals in another order, and with `edit` applied.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> goalboard::model::Dataset {
    let mut json: serde_json::Value = serde_json::from_slice(SMALL).expect("json");
    if let Some(goals) = json["goals"].as_array_mut() {
        goals.reverse();
    }
    edit(&mut json);
    dataset(&serde_json::to_vec(&json).expect("json"))
}

#[test]
fn reload_keeps_the_selection_and_screens_by_id() {
    let mut app = small((80, 24));
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter, KeyCode::End],
    );
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("indicator screen")
    };
    assert_eq!(s.points.selected, 3);
    reload(&mut app, edited(|_| {}));
    let g7 = app
        .data
        .dataset
        .goals
        .iter()
        .position(|g| g.id.as_str() == "g7");
    assert_eq!(app.goal(), g7);
    assert_eq!(g7, Some(2), "the goals were reversed");
    let Some(Screen::Indicator(s)) = app.screen() else {
        panic!("still on the indicator")
    };
    assert_eq!(s.indicator, IndicatorRef::Goal { goal: 2, index: 0 });
    assert_eq!(s.points.selected, 3);
    assert!(screen(&app).contains("38 personer"));
}

#[test]
fn reload_closes_what_is_gone() {
    let mut app = small((80, 24));
    press(&mut app, &[KeyCode::Down, KeyCode::Enter, KeyCode::Enter]);
    reload(
        &mut app,
        edited(|json| {
            if let Some(goals) = json["goals"].as_array_mut() {
                for g in goals {
                    g["indicators"] = serde_json::json!([]);
                }
            }
        }),
    );
    assert_eq!(app.view(), View::Overview);
    assert_eq!(
        app.goal().map(|g| app.data.dataset.goals[g].id.to_string()),
        Some("g7".into())
    );
    screen(&app);
}

/// The browser sorts Danish titles as Danish (`æ ø å` after `z`) also under an English UI: the
/// order follows the dataset's language, the words the UI's.
#[test]
fn danish_titles_sort_as_danish_under_an_english_ui() {
    let mut app = app_with(
        goalboard::bundled::BYTES,
        options(goalboard::model::Lang::En),
        (80, 24),
    );
    press(&mut app, &[KeyCode::Char('b')]);
    let shown = screen(&app);
    let first = shown.lines().nth(3).expect("the first row");
    assert!(first.starts_with("▸ Akut"), "{shown}");
    press(&mut app, &[KeyCode::End]);
    let shown = screen(&app);
    let last = shown.lines().nth(22).expect("the last row");
    assert!(last.starts_with("▸ Å"), "{shown}");
}

/// A query wider than the search box shows its end, where the typing is, after an ellipsis.
#[test]
fn a_long_query_shows_its_end() {
    let mut app = small((60, 20));
    let mut keys = vec![KeyCode::Char('/')];
    keys.extend("skole".repeat(20).chars().map(KeyCode::Char));
    keys.extend("tail".chars().map(KeyCode::Char));
    press(&mut app, &keys);
    let shown = screen(&app);
    let row = shown
        .lines()
        .find(|l| l.contains("/ "))
        .unwrap_or_default()
        .to_owned();
    assert!(row.contains("…") && row.contains("skoletail"), "{shown}");
}

#[test]
fn update_moves_the_selection_and_the_frame_places_the_window() {
    let mut app = small((60, 15));
    let n = app.data.dataset.goals.len();
    let rows = window(&app, List::Goals).rows;
    assert!(
        n > rows,
        "the test needs more goals ({n}) than rows ({rows})"
    );
    // `update` alone moves the selection only: the offset is still the last frame's.
    update(&mut app, Action::Bottom);
    assert_eq!(app.ui.overview.goals.selected, n - 1);
    assert_eq!(app.ui.overview.goals.offset, 0);
    // The frame shows the selection on the last row and writes that window back.
    let shown = text(&frame(&mut app));
    let drawn = window(&app, List::Goals).cursor;
    assert_eq!(drawn.offset, n - rows, "{shown}");
    assert_eq!(app.ui.overview.goals, drawn);
    // Up within the window leaves it where it is.
    press(&mut app, &[KeyCode::Up]);
    assert_eq!(window(&app, List::Goals).cursor.offset, n - rows);
}

#[test]
fn a_text_stops_at_the_end_its_last_frame_drew() {
    let mut app = small((80, 24));
    // Opened and scrolled in one burst (no frame between): its end is not known yet, and the
    // view holds the scroll at the end when it draws.
    update(&mut app, Action::Help);
    update(&mut app, Action::Bottom);
    frame(&mut app);
    let w = window(&app, List::Help);
    assert!(w.end() > w.rows, "help is longer than two screens: {w:?}");
    assert_eq!(w.cursor.offset, w.end());
    // Known now: further down stays at the end, and one up is one line up, with no frame
    // between (as in a burst of keys).
    update(&mut app, Action::PageDown);
    update(&mut app, Action::Up);
    let Some(Screen::Help(h)) = app.screen() else {
        panic!("help is on top");
    };
    assert_eq!(h.scroll.offset, w.end() - 1);
    // A page is the rows the frame drew.
    update(&mut app, Action::PageUp);
    frame(&mut app);
    assert_eq!(window(&app, List::Help).cursor.offset, w.end() - 1 - w.rows);
}
