//! Live reload without a terminal: a new version of the file applied through the update step
//! (`watch::apply`), as the event loop does after a change. A good version replaces the data
//! with the selection kept by id; a bad one keeps the last good data and shows a banner with
//! the first error as `check` prints it; fixing the file takes the banner away. Also: `r` and
//! `e` on the bundled dataset, `R` in the browser, the banner's row in the layout (so clicks
//! still land on the row drawn), the editor's line, and the banner as a snapshot at 80×24.

mod tui_support;

use goalboard::load::load_bytes;
use goalboard::tui::app::{Pane, Screen, View};
use goalboard::tui::layout::{self, List};
use goalboard::tui::{Action, App, Effect, editor, update};
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

fn small_text() -> String {
    String::from_utf8(SMALL.to_vec()).expect("the fixture is UTF-8")
}

/// The small dataset with one string replaced (which must occur once).
fn edited(from: &str, to: &str) -> String {
    let text = small_text();
    assert_eq!(text.matches(from).count(), 1, "{from:?} occurs once");
    text.replacen(from, to, 1)
}

/// The small dataset with a check error (valid JSON): goal 7's indicator has no direction a
/// program knows.
fn sideways() -> String {
    edited(
        r#""direction": "decrease",
          "series""#,
        r#""direction": "sideways",
          "series""#,
    )
}

/// The app on the small dataset, as opened from a file, with goal 7 selected and the focus
/// on its initiatives.
fn on_goal_7() -> App {
    let mut app = small((80, 24));
    app.file = Some("test.json".into());
    // As the dashboard opens it: with the file's warnings counted in the header.
    app.warnings = load(&small_text()).warnings().count();
    press(&mut app, &[KeyCode::Down, KeyCode::Tab, KeyCode::Tab]);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
    assert_eq!(goal_title(&app), "Færre skal være hjemløse");
    app
}

fn goal_title(app: &App) -> String {
    let g = app.goal().expect("a goal is selected");
    app.data.dataset.goals[g].title.clone()
}

/// A version of the file through the update step; whether it changed anything.
fn apply(app: &mut App, loaded: goalboard::load::Loaded) -> bool {
    changes(app, Action::loaded(loaded))
}

/// The line `e` opens the editor at, with the file as `bytes`.
fn target_line(app: &mut App, bytes: &[u8]) -> Option<usize> {
    match update(app, Action::Edit) {
        Some(Effect::Edit(request)) => editor::target_line(&request.at, bytes),
        other => panic!("`e` asks for the editor: {other:?}"),
    }
}

fn load(text: &str) -> goalboard::load::Loaded {
    load_bytes(text.as_bytes(), "test.json")
}

/// A version with goal 7 renamed and moved first: the selection must follow it by id.
fn renamed_and_moved() -> String {
    let text = edited("Færre skal være hjemløse", "Ingen skal være hjemløse");
    let g1 = text
        .find(
            r#"    {
      "id": "g1""#,
        )
        .expect("goal 1");
    let g7 = text
        .find(
            r#"    {
      "id": "g7""#,
        )
        .expect("goal 7");
    let g8 = text
        .find(
            r#"    {
      "id": "g8""#,
        )
        .expect("goal 8");
    // Goals 1 and 7 swap places (each ends in `},` and a newline): [g7, g1, g8…].
    [&text[..g1], &text[g7..g8], &text[g1..g7], &text[g8..]].concat()
}

#[test]
fn a_good_version_replaces_the_data_and_keeps_the_selection_by_id() {
    let mut app = on_goal_7();
    let initiative = app.selection().initiative;
    assert!(apply(&mut app, load(&renamed_and_moved())));
    assert_eq!(goal_title(&app), "Ingen skal være hjemløse");
    assert_eq!(
        app.goal(),
        Some(0),
        "goal 7 is first now, and still selected"
    );
    assert_eq!(app.selection().initiative, initiative);
    assert_eq!(app.ui.overview.focus, Pane::Initiatives);
    assert_eq!(app.ui.reload_error, None);
    let screen = screen(&app);
    assert!(screen.contains("Ingen skal være hjemløse"), "{screen}");
}

#[test]
fn the_same_data_again_changes_nothing() {
    let mut app = on_goal_7();
    assert!(!apply(&mut app, load(&small_text())));
    // Only the layout of the file changed: still nothing to draw.
    assert!(!apply(&mut app, load(&small_text().replace("  ", "   "))));
}

#[test]
fn open_screens_follow_the_new_data() {
    let mut app = on_goal_7();
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Initiative);
    let pitstop = edited(r#""title": "Pitstop""#, r#""title": "Pitstop for unge""#);
    assert!(apply(&mut app, load(&pitstop)));
    assert_eq!(app.view(), View::Initiative);
    let screen = screen(&app);
    assert!(screen.contains("Pitstop for unge"), "{screen}");
}

#[test]
fn broken_json_keeps_the_last_good_data_under_a_banner() {
    let mut app = on_goal_7();
    let before = app.data.dataset.clone();
    let broken = edited(
        r#""title": "Færre skal være hjemløse","#,
        r#""title": "Færre"#,
    );
    assert!(apply(&mut app, load(&broken)));
    assert_eq!(app.data.dataset, before, "the last good data stays");
    let error = app.ui.reload_error.clone().expect("a banner");
    let expected = load(&broken).errors().next().expect("an error").to_string();
    assert_eq!(error.text, expected, "exactly as check prints it");
    assert!(
        error.text.starts_with("error: test.json:"),
        "{}",
        error.text
    );
    assert!(error.line.is_some());
    let screen = screen(&app);
    let banner = banner_rows(&app, &screen);
    // `check`'s `error:` in the dashboard's language, as the rest of the banner.
    assert!(banner.starts_with("✗ fejl: test.json:"), "{screen}");
    assert!(banner.ends_with("(sidste gode version vises)"), "{screen}");
    assert!(screen.contains("Færre skal være hjemløse"), "{screen}");
    // The same error again: nothing to draw.
    assert!(!apply(&mut app, load(&broken)));
}

#[test]
fn a_check_error_names_its_path_and_fixing_it_takes_the_banner_away() {
    let mut app = on_goal_7();
    let bad = sideways();
    assert!(apply(&mut app, load(&bad)));
    let error = app.ui.reload_error.clone().expect("a banner");
    assert!(
        error.text.contains(": goals[1].indicators[0].direction: "),
        "{}",
        error.text
    );
    assert_eq!(goal_title(&app), "Færre skal være hjemløse");

    // Fixed, with a change: the banner goes and the change shows.
    let fixed = edited("Færre skal være hjemløse", "Færre hjemløse");
    assert!(apply(&mut app, load(&fixed)));
    assert_eq!(app.ui.reload_error, None);
    assert_eq!(goal_title(&app), "Færre hjemløse");
    let screen = screen(&app);
    assert!(!screen.contains("error:"), "{screen}");
}

#[test]
fn fixed_back_to_the_same_data_also_takes_the_banner_away() {
    let mut app = on_goal_7();
    assert!(apply(&mut app, load("{")));
    assert!(app.ui.reload_error.is_some());
    assert!(apply(&mut app, load(&small_text())), "the banner goes");
    assert_eq!(app.ui.reload_error, None);
}

#[test]
fn a_vanished_file_is_an_error_too() {
    let mut app = on_goal_7();
    let gone = goalboard::load::load_path(std::path::Path::new("/no/such/dir/test.json"));
    assert!(apply(&mut app, gone));
    let error = app.ui.reload_error.clone().expect("a banner");
    assert_eq!(error.text, "error: /no/such/dir/test.json: no such file");
    assert_eq!(error.line, None);
}

#[test]
fn the_banner_moves_the_lists_down_and_clicks_follow() {
    let mut app = on_goal_7();
    let rows = |app: &App| {
        layout::lists(app)
            .into_iter()
            .find(|l| l.list == List::Goals)
            .expect("the goals pane")
            .rows
    };
    let before = rows(&app);
    apply(&mut app, load("{"));
    let after = rows(&app);
    let banner = goalboard::tui::ui::banner::height(&app, app.ui.size.0);
    assert!((1..=2).contains(&banner), "{banner}");
    assert_eq!(after.y, before.y + banner);
    // A click on the third goal's row, as drawn now, selects the third goal.
    let event = ratatui::crossterm::event::Event::Mouse(ratatui::crossterm::event::MouseEvent {
        kind: ratatui::crossterm::event::MouseEventKind::Down(
            ratatui::crossterm::event::MouseButton::Left,
        ),
        column: after.x + 2,
        row: after.y + 2,
        modifiers: ratatui::crossterm::event::KeyModifiers::NONE,
    });
    let action = goalboard::tui::action_for(&event, &app).expect("a click on a row");
    update(&mut app, action);
    assert_eq!(app.goal(), Some(2));
    let screen = screen(&app);
    let row = screen
        .lines()
        .nth(usize::from(after.y + 2))
        .expect("the row");
    assert!(row.contains("Flere skal i arbejde"), "{screen}");
}

#[test]
fn r_and_e_on_the_bundled_dataset_say_why_nothing_happens_until_the_next_key() {
    let mut app = bundled((80, 24));
    assert!(app.file.is_none());
    press(&mut app, &[KeyCode::Char('e')]);
    let note = app.ui.note.clone().expect("a note");
    assert!(note.contains("indbyggede"), "{note}");
    let screen = screen(&app);
    assert!(
        screen.lines().nth(2).is_some_and(|l| l.starts_with("ℹ ")),
        "{screen}"
    );
    press(&mut app, &[KeyCode::Down]);
    assert_eq!(app.ui.note, None, "the next key takes the note away");
    press(&mut app, &[KeyCode::Char('r')]);
    assert!(app.ui.note.is_some());
    assert!(
        !changes(&mut app, Action::Resize(80, 24)),
        "a resize keeps the note"
    );
    assert!(app.ui.note.is_some());
}

#[test]
fn r_reloads_everywhere_and_capital_r_reverses_the_browser() {
    let mut app = on_goal_7();
    let key = |app: &App, c: char| {
        let event = ratatui::crossterm::event::Event::Key(KeyCode::Char(c).into());
        goalboard::tui::action_for(&event, app)
    };
    assert_eq!(key(&app, 'r'), Some(Action::Reload));
    assert_eq!(key(&app, 'e'), Some(Action::Edit));
    press(&mut app, &[KeyCode::Char('b')]);
    assert_eq!(app.view(), View::Browser);
    assert_eq!(key(&app, 'r'), Some(Action::Reload));
    assert_eq!(key(&app, 'R'), Some(Action::SortReverse));
    press(&mut app, &[KeyCode::Char('R')]);
    let Some(Screen::Browser(b)) = app.screen() else {
        panic!("the browser");
    };
    assert!(b.descending, "R reversed the order");
    // In the search box they are text.
    press(&mut app, &[KeyCode::Char('/')]);
    assert_eq!(key(&app, 'r'), Some(Action::Type('r')));
    assert_eq!(key(&app, 'e'), Some(Action::Type('e')));
}

#[test]
fn e_opens_at_the_selected_item_or_at_the_error() {
    let mut app = on_goal_7();
    let text = small_text();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .expect("in the file")
            + 1
    };
    // The first initiative serving goal 7, selected in the overview.
    let n = app.selected_initiative().expect("an initiative");
    let id = app.data.dataset.initiatives[n].id.to_string();
    // The object starts at its `{`: on the line of its id, or on the line before.
    let id_line = line_of(&format!(r#""id": "{id}""#));
    let opens_there = text
        .lines()
        .nth(id_line - 1)
        .is_some_and(|l| l.trim_start().starts_with('{'));
    let expected = if opens_there { id_line } else { id_line - 1 };
    assert_eq!(target_line(&mut app, text.as_bytes()), Some(expected));
    // The goal, with the focus on the goals.
    press(&mut app, &[KeyCode::Tab]);
    assert_eq!(
        editor::selected_path(&app).map(|p| p.to_string()),
        Some("goals[1]".to_owned())
    );
    assert_eq!(
        target_line(&mut app, text.as_bytes()),
        Some(line_of(r#""id": "g7""#) - 1)
    );
    // An indicator screen: its indicator.
    press(&mut app, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(app.view(), View::Indicator);
    assert_eq!(
        editor::selected_path(&app).map(|p| p.to_string()),
        Some("goals[1].indicators[0]".to_owned())
    );
    // With a banner: the error's line.
    let broken = edited(
        r#""title": "Færre skal være hjemløse","#,
        r#""title": "Færre"#,
    );
    apply(&mut app, load(&broken));
    let error_line = app.ui.reload_error.as_ref().and_then(|e| e.line);
    assert!(error_line.is_some());
    assert_eq!(target_line(&mut app, broken.as_bytes()), error_line);
}

#[test]
fn the_banner_at_80x24() {
    let mut app = on_goal_7();
    let broken = sideways();
    apply(&mut app, load(&broken));
    insta::assert_snapshot!("banner_80x24", screen(&app));
}

#[test]
fn the_banner_without_colour_in_ascii() {
    let mut options = options(goalboard::model::Lang::En);
    options.theme = goalboard::tui::theme::ThemeOptions {
        color: false,
        ascii: true,
        light: false,
    };
    let mut app = app_with(SMALL, options, (80, 24));
    app.file = Some("test.json".into());
    apply(
        &mut app,
        load("{\n  \"format\": \"goalboard/1\",\n  \"title\": 7\n}"),
    );
    let screen = screen(&app);
    let banner = banner_rows(&app, &screen);
    assert!(banner.starts_with("! error: test.json:"), "{screen}");
    assert!(banner.ends_with("(last good version shown)"), "{screen}");
    assert!(screen.is_ascii(), "{screen}");
}

/// The banner's rows under the overview's two header lines, as one text.
fn banner_rows(app: &App, screen: &str) -> String {
    let rows = usize::from(goalboard::tui::ui::banner::height(app, app.ui.size.0));
    let lines: Vec<&str> = screen
        .lines()
        .skip(2)
        .take(rows)
        .map(str::trim_end)
        .collect();
    lines.join("\n")
}

#[test]
fn a_long_error_takes_two_rows_and_keeps_its_message() {
    let mut app = on_goal_7();
    let broken = sideways();
    apply(&mut app, load(&broken));
    let screen = screen(&app);
    assert_eq!(goalboard::tui::ui::banner::height(&app, 80), 2, "{screen}");
    let banner = banner_rows(&app, &screen);
    assert!(
        banner.contains("sideways"),
        "the message is shown: {screen}"
    );
    assert!(banner.ends_with("(sidste gode version vises)"), "{screen}");
    // Wide enough for one line, it takes one.
    assert_eq!(goalboard::tui::ui::banner::height(&app, 300), 1);
}

/// A copy of an Open SDG fixture repository in a folder of its own.
fn repository_copy(name: &str) -> std::path::PathBuf {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).expect("a folder");
        for entry in std::fs::read_dir(from).expect("the fixture").flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("a file copied");
            }
        }
    }
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/opensdg")
        .join(name);
    let to = std::env::temp_dir().join(format!("goalboard-repo-reload-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    copy(&from, &to);
    to
}

fn latest_of_first(app: &App) -> Option<f64> {
    app.data.figures.goals[0].indicators[0]
        .latest
        .map(|l| l.value)
}

#[test]
fn a_change_in_a_repositorys_data_file_reloads_it_and_a_broken_save_keeps_the_data() {
    use goalboard::load::load_path;
    use goalboard::tui::watch::Watch;
    let dir = repository_copy("starter");
    let loaded = load_path(&dir);
    let mut app = App::new(
        loaded.dataset.expect("it loads"),
        options(goalboard::model::Lang::En),
    )
    .with_file(dir.clone());
    assert_eq!(latest_of_first(&app), Some(16.0));
    let mut watch = Watch::new(&dir).expect("a watch");
    let csv = dir.join("data/indicator_1-2-1.csv");
    let text = std::fs::read_to_string(&csv).expect("the data file");
    std::fs::write(&csv, text.replace("2020,,,16\n", "2020,,,16\n2021,,,12\n")).expect("saved");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !watch.due(std::time::Instant::now()) {
        assert!(
            std::time::Instant::now() < deadline,
            "the change was not seen"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let Some(Effect::Load(path)) = update(&mut app, Action::FileChanged) else {
        panic!("a change loads the repository again");
    };
    assert!(apply(&mut app, load_path(&path)));
    assert_eq!(latest_of_first(&app), Some(12.0));
    std::fs::write(&csv, text.replace("2020,,,16\n", "2020,,,x\n")).expect("a broken save");
    assert!(apply(&mut app, load_path(&dir)));
    assert_eq!(
        latest_of_first(&app),
        Some(12.0),
        "the last good data stays"
    );
    assert!(app.ui.reload_error.is_some(), "under a banner");
    let _ = std::fs::remove_dir_all(&dir);
}
