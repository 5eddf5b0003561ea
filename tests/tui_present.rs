//! Presentation mode: `p` and its keys as state changes (no terminal), auto-advance, and whole
//! screens as text at 80×24 and 200×60, without colour, in ASCII and in English. Read the
//! accepted snapshots in `tests/snapshots/tui_present__*.snap` when they change: they are what
//! a room sees.

mod tui_support;

use std::time::Duration;

use goalboard::model::Lang;
use goalboard::tui::app::{Pane, PresentScreen, Screen, View};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, update};
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

/// The presentation on top, if it is.
fn shown(app: &App) -> Option<&PresentScreen> {
    match app.screen() {
        Some(Screen::Present(p)) => Some(p),
        _ => None,
    }
}

fn position(app: &App) -> usize {
    shown(app).expect("a presentation on top").position
}

/// Six goals down is goal 7, "Færre skal være hjemløse", which has an indicator.
const GOAL_7: [KeyCode; 6] = [KeyCode::Down; 6];

#[test]
fn p_opens_at_the_selected_goal_with_every_goal_in_order() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    press(&mut app, &[KeyCode::Char('p')]);
    assert_eq!(app.view(), View::Present);
    let p = shown(&app).expect("presentation");
    assert_eq!(p.goals, (0..10).collect::<Vec<_>>());
    assert_eq!(p.position, 6);
    assert_eq!(p.goal(), Some(6));
    assert_eq!(p.every, None);
    assert_eq!(app.advance_every(), None);
}

#[test]
fn next_previous_first_last_and_round() {
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    press(&mut app, &[KeyCode::Char('p')]);
    for (keys, expected) in [
        (&[KeyCode::Char(' ')][..], 7),
        (&[KeyCode::Right], 8),
        (&[KeyCode::Char('l')], 9),
        (&[KeyCode::PageDown], 0),
        (&[KeyCode::Left], 9),
        (&[KeyCode::Char('h')], 8),
        (&[KeyCode::PageUp], 7),
        (&[KeyCode::Backspace], 6),
        (&[KeyCode::Home], 0),
        (&[KeyCode::Backspace], 9),
        (&[KeyCode::End], 9),
        (&[KeyCode::Char(' ')], 0),
        (&[KeyCode::Char('G')], 9),
        (&[KeyCode::Char('g')], 0),
    ] {
        press(&mut app, keys);
        assert_eq!(position(&app), expected, "after {keys:?}");
    }
    assert_eq!(app.view(), View::Present, "no key left the presentation");
}

#[test]
fn esc_and_p_return_to_exactly_where_the_user_was() {
    // From the overview, with the indicators pane focused on goal 7.
    let mut app = bundled((80, 24));
    press(&mut app, &GOAL_7);
    press(&mut app, &[KeyCode::Enter]);
    let before = app.ui.clone();
    press(
        &mut app,
        &[KeyCode::Char('p'), KeyCode::Char(' '), KeyCode::Char(' ')],
    );
    assert_eq!(position(&app), 8);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.ui, before, "Esc leaves everything as it was");
    assert_eq!(app.ui.overview.focus, Pane::Indicators);
    assert_eq!(app.goal(), Some(6));

    // From the indicator screen, `p` again.
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(app.view(), View::Indicator);
    let before = app.ui.clone();
    press(
        &mut app,
        &[KeyCode::Char('p'), KeyCode::End, KeyCode::Char('p')],
    );
    assert_eq!(app.ui, before);
    assert_eq!(app.view(), View::Indicator);
}

#[test]
fn help_over_the_presentation_comes_back_to_it() {
    let mut app = bundled((80, 24));
    press(
        &mut app,
        &[KeyCode::Char('p'), KeyCode::Char(' '), KeyCode::Char('?')],
    );
    assert_eq!(app.view(), View::Help);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Present);
    assert_eq!(position(&app), 1);
}

#[test]
fn keys_of_other_screens_do_nothing_in_the_presentation() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('p')]);
    let before = app.ui.clone();
    press(
        &mut app,
        &[
            KeyCode::Char('/'),
            KeyCode::Char('c'),
            KeyCode::Enter,
            KeyCode::Tab,
            KeyCode::Char('f'),
        ],
    );
    assert_eq!(app.ui, before);
    assert_eq!(
        press(&mut app, &[KeyCode::Char('q')]),
        Some(goalboard::tui::Effect::Quit)
    );
}

#[test]
fn p_is_text_in_the_search_box() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "pitstop");
    assert_eq!(app.view(), View::Search);
    assert_eq!(
        app.ui.search.as_ref().map(|s| s.query.as_str()),
        Some("pitstop")
    );
}

#[test]
fn auto_advance_moves_on_round_only_when_a_timed_presentation_is_on_top() {
    let mut app = bundled((80, 24));
    // Nothing to advance: the overview.
    assert!(!changes(&mut app, Action::Advance));
    // A presentation without an interval does not move by itself.
    press(&mut app, &[KeyCode::Char('p')]);
    assert!(!changes(&mut app, Action::Advance));
    assert_eq!(position(&app), 0);
    press(&mut app, &[KeyCode::Esc]);

    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![6, 2, 9],
            every: Some(Duration::from_secs(30)),
        },
    );
    assert_eq!(app.advance_every(), Some(Duration::from_secs(30)));
    assert_eq!(shown(&app).and_then(PresentScreen::goal), Some(6));
    assert!(changes(&mut app, Action::Advance));
    assert_eq!(shown(&app).and_then(PresentScreen::goal), Some(2));
    assert!(changes(&mut app, Action::Advance));
    assert!(changes(&mut app, Action::Advance));
    assert_eq!(position(&app), 0, "round to the first");
    // With the help on top the interval stops, and advancing does nothing.
    press(&mut app, &[KeyCode::Char('?')]);
    assert_eq!(app.advance_every(), None);
    assert!(!changes(&mut app, Action::Advance));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.advance_every(), Some(Duration::from_secs(30)));
}

#[test]
fn a_presentation_started_from_the_command_line_leaves_to_the_goal_shown() {
    let mut app = bundled((80, 24));
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![6, 7, 0],
            every: None,
        },
    );
    update(&mut app, Action::Resize(80, 24));
    press(&mut app, &[KeyCode::Char(' ')]);
    assert_eq!(shown(&app).and_then(PresentScreen::goal), Some(7));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
    assert_eq!(app.goal(), Some(7), "the goal shown is selected");
    assert_eq!(app.ui.overview.focus, Pane::Goals);
}

#[test]
fn start_presentation_skips_goals_that_do_not_exist() {
    let mut app = bundled((80, 24));
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![99],
            every: None,
        },
    );
    assert_eq!(
        app.view(),
        View::Overview,
        "nothing to present: nothing opens"
    );
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![3, 99, 1],
            every: None,
        },
    );
    assert_eq!(shown(&app).map(|p| p.goals.clone()), Some(vec![3, 1]));
}

#[test]
fn a_reload_keeps_the_presentation_by_goal_id() {
    let mut app = bundled((80, 24));
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![6, 7],
            every: Some(Duration::from_secs(5)),
        },
    );
    press(&mut app, &[KeyCode::Char(' ')]);
    let mut dataset = dataset(goalboard::bundled::BYTES);
    // Goal 7 (position 6) moves to the end; the goal shown (g8) must stay shown.
    let g7 = dataset.goals.remove(6);
    dataset.goals.push(g7);
    reload(&mut app, dataset);
    let p = shown(&app).expect("still presenting");
    assert_eq!(p.goals, vec![9, 6]);
    assert_eq!(p.goal(), Some(6));
    assert_eq!(p.every, Some(Duration::from_secs(5)));
}

// Screens.

fn presenting(options: goalboard::tui::Options, size: (u16, u16), goal_7_at: usize) -> App {
    let mut app = app_with(goalboard::bundled::BYTES, options, size);
    press(&mut app, &GOAL_7[..goal_7_at]);
    press(&mut app, &[KeyCode::Char('p')]);
    app
}

fn no_colour_ascii(lang: Lang, color: bool, ascii: bool) -> goalboard::tui::Options {
    goalboard::tui::Options {
        theme: ThemeOptions {
            color,
            ascii,
            light: false,
        },
        ..options(lang)
    }
}

/// Goal 7 (one indicator, no target) and goal 3 (two indicators with targets), and a goal
/// without indicators (goal 1), at a size.
fn three_goals(name: &str, options: &goalboard::tui::Options, size: (u16, u16)) {
    for (goal, downs) in [("goal7", 6), ("goal3", 2), ("goal1", 0)] {
        let app = presenting(options.clone(), size, downs);
        let name = format!("{name}_{goal}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, screen(&app));
    }
}

#[test]
fn screens_at_80x24() {
    three_goals("da", &options(Lang::Da), (80, 24));
}

#[test]
fn screens_at_200x60() {
    three_goals("da", &options(Lang::Da), (200, 60));
}

#[test]
fn screens_without_colour_at_80x24() {
    three_goals(
        "nocolor",
        &no_colour_ascii(Lang::Da, false, false),
        (80, 24),
    );
}

#[test]
fn screens_in_ascii_at_80x24() {
    three_goals("ascii", &no_colour_ascii(Lang::Da, false, true), (80, 24));
}

#[test]
fn screens_in_english_at_80x24() {
    three_goals("en", &options(Lang::En), (80, 24));
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    let app = presenting(no_colour_ascii(Lang::Da, false, false), (80, 24), 6);
    let buf = draw(&app);
    for cell in buf.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
            "{cell:?}"
        );
    }
}

#[test]
fn in_ascii_every_cell_is_ascii() {
    for size in [(80, 24), (200, 60), (60, 15)] {
        for downs in [0, 2, 6] {
            let app = presenting(no_colour_ascii(Lang::Da, true, true), size, downs);
            let text = screen(&app);
            assert!(text.is_ascii(), "{text}");
        }
    }
}

#[test]
fn the_position_and_the_large_number_show_at_every_size() {
    for size in [(60, 15), (80, 24), (100, 30), (120, 40), (200, 60)] {
        let app = presenting(options(Lang::Da), size, 6);
        let text = screen(&app);
        assert!(text.contains("7 / 10"), "{size:?}\n{text}");
        // The title in words, or large (quadrant blocks on the row under the top line).
        let large = text
            .lines()
            .take(3)
            .any(|l| l.chars().any(|c| "▖▗▘▝▙▛▜▟▌▐".contains(c)));
        assert!(
            large || text.contains("Færre skal være hjemløse"),
            "{size:?}\n{text}"
        );
        assert!(text.contains('█'), "a large number at {size:?}\n{text}");
    }
}

#[test]
fn every_goal_draws_at_every_size_without_panicking() {
    for size in [
        (60, 15),
        (70, 20),
        (80, 24),
        (132, 43),
        (200, 60),
        (300, 90),
    ] {
        let mut app = presenting(options(Lang::En), size, 0);
        for _ in 0..10 {
            let text = screen(&app);
            assert!(text.contains(" / 10"), "{size:?}\n{text}");
            press(&mut app, &[KeyCode::Char(' ')]);
        }
    }
}

#[test]
fn the_footer_and_the_help_list_p() {
    let app = bundled((80, 24));
    let text = screen(&app);
    let footer = text.lines().nth(23).unwrap_or_default();
    assert!(footer.contains("p præsentér"), "{footer}");
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('?')]);
    let help = goalboard::tui::ui::help::lines(&app)
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(help.contains("Præsentation"), "{help}");
    assert!(help.contains("præsentér"), "{help}");
}

// The command line, without a terminal (as in a script).

/// Runs `goalboard` with a home of its own, so no config or state of the person running the
/// tests is read (the state's last dataset would be opened instead of the bundled one).
fn goalboard(name: &str, args: &[&str]) -> std::process::Output {
    let home =
        std::env::temp_dir().join(format!("goalboard-present-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).expect("a temporary directory");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_goalboard"))
        .args(args)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .output()
        .expect("goalboard runs");
    let _ = std::fs::remove_dir_all(&home);
    out
}

#[test]
fn an_unknown_goal_is_named_with_the_goals_that_exist() {
    let out = goalboard("unknown", &["present", "--goals", "7,g99,1"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no goal \"g99\""), "{err}");
    assert!(err.contains("g1 (1), g2 (2)"), "{err}");
    assert!(err.contains("g10 (10)"), "{err}");
    assert!(out.stdout.is_empty());

    let out = goalboard("number", &["present", "--goals", "11"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no goal \"11\""));

    let out = goalboard("empty", &["present", "--goals", "7,,8"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("an empty goal"));
}

#[test]
fn every_rejects_zero_and_nonsense() {
    for (every, says) in [
        ("0", "more than 0"),
        ("0s", "more than 0"),
        ("abc", "not a time"),
        ("1.5m", "not a time"),
        ("30x", "not a time"),
    ] {
        let out = goalboard("every", &["present", "--every", every]);
        assert_eq!(out.status.code(), Some(2), "--every {every}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "--every {every}: {err}");
        assert!(err.contains("--every"), "clap names the option: {err}");
    }
}

#[test]
fn with_good_goals_but_no_terminal_it_refuses_like_the_dashboard() {
    let out = goalboard("no-tty", &["present", "--goals", "g7,3", "--every", "30s"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a terminal"), "{err}");
    assert!(err.contains("goalboard report"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_file_with_errors_is_refused_as_check_reports_it() {
    let dir = std::env::temp_dir().join(format!("goalboard-present-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        br#"{"format": "goalboard/1", "title": "x", "goals": [{"id": "a"}"#,
    )
    .expect("write");
    let path = bad.to_string_lossy().into_owned();
    let out = goalboard("bad", &["present", &path, "--goals", "a"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: "), "{err}");
    assert!(err.contains("bad.json: "), "{err}");
}

#[test]
fn the_chart_stands_beside_the_number_from_120_columns() {
    // Beside: the chart's top value label on the number's first row.
    let beside = |width: u16| {
        let app = presenting(options(Lang::Da), (width, 50), 6);
        let text = screen(&app);
        // The band's first number row: under its title (the goal's title may be large too).
        let band = text
            .lines()
            .position(|l| l.contains("Hjemløse i"))
            .unwrap_or(0);
        let number_row = band + 1;
        text.lines()
            .nth(number_row)
            .is_some_and(|l| l.contains("80│"))
    };
    for width in [100, 115, 116, 119] {
        assert!(!beside(width), "{width} columns: below");
    }
    for width in [120, 121, 160] {
        assert!(beside(width), "{width} columns: beside");
    }
}

#[test]
fn many_indicators_give_way_to_one_line_each_and_a_count() {
    // Goal 3 with its two indicators repeated: 12, then 40.
    for copies in [6, 20] {
        let mut ds = dataset(goalboard::bundled::BYTES);
        let two = ds.goals[2].indicators.clone();
        ds.goals[2].indicators = (0..copies).flat_map(|_| two.clone()).collect();
        for size in [(80, 24), (60, 15), (200, 60)] {
            let mut app = App::new(ds.clone(), options(Lang::Da));
            update(&mut app, Action::Resize(size.0, size.1));
            update(
                &mut app,
                Action::StartPresentation {
                    goals: vec![2],
                    every: None,
                },
            );
            let text = screen(&app);
            let rows: Vec<&str> = text.lines().collect();
            assert_eq!(rows.len(), usize::from(size.1));
            assert!(rows[0].contains("1 / 1"), "{text}");
            assert!(
                rows[rows.len() - 1].starts_with("Space"),
                "the footer stays: {text}"
            );
            let shown = rows.iter().filter(|l| l.contains("Andel af")).count();
            if shown < 2 * copies {
                let more = format!("+{} indikatorer", 2 * copies - shown);
                assert!(text.contains(&more), "{size:?} {copies}: {more}\n{text}");
            }
        }
    }
}

#[test]
fn a_title_longer_than_two_lines_ends_in_an_ellipsis() {
    let mut ds = dataset(goalboard::bundled::BYTES);
    ds.goals[0].title = "Færre skal være hjemløse ".repeat(10).trim_end().to_owned();
    let mut app = App::new(ds, options(Lang::Da));
    update(&mut app, Action::Resize(80, 24));
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![0],
            every: None,
        },
    );
    let text = screen(&app);
    let title: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("hjemløse") || l.contains("Færre"))
        .collect();
    assert_eq!(title.len(), 2, "two lines of title: {text}");
    assert!(title[1].trim_end().ends_with('…'), "the cut shows: {text}");
}
