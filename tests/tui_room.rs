//! Issue 18, keys and the room: digits, Ctrl with a letter, Esc after a search jump, `r` and
//! `y` saying what they did; presentation mode's clicker keys, pause, blank, high-contrast
//! colours and large title; the chart's marks, labels and legend; one language in the banner.
//! State changes through `update` (no terminal), screens as text at 80×24 and 120×40.

mod tui_support;

use std::time::Duration;

use goalboard::model::Lang;
use goalboard::tui::action::Version;
use goalboard::tui::app::{ReloadError, Screen, View};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Effect, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use tui_support::*;

fn goal_selected(app: &App) -> usize {
    app.ui.overview.goals.selected
}

fn presenting_at(size: (u16, u16), goal: usize, every: Option<Duration>) -> App {
    let mut app = bundled(size);
    update(
        &mut app,
        Action::StartPresentation {
            goals: (0..10).collect(),
            every,
        },
    );
    for _ in 0..goal {
        update(&mut app, Action::NextGoal);
    }
    app
}

fn present(app: &App) -> &goalboard::tui::app::PresentScreen {
    match app.screen() {
        Some(Screen::Present(p)) => p,
        _ => panic!("a presentation on top"),
    }
}

// Keys.

#[test]
fn digits_go_to_a_goal_by_its_code() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('7')]);
    assert_eq!(goal_selected(&app), 6);
    // Typed in a row they make one code: 1 then 0 is goal 10.
    press(&mut app, &[KeyCode::Char('1'), KeyCode::Char('0')]);
    assert_eq!(goal_selected(&app), 9);
    // No goal 73: the latest digit alone.
    press(&mut app, &[KeyCode::Char('7'), KeyCode::Char('3')]);
    assert_eq!(goal_selected(&app), 2);
    // Another key in between starts a new code.
    press(
        &mut app,
        &[KeyCode::Char('1'), KeyCode::Down, KeyCode::Char('0')],
    );
    assert!(app.ui.note.is_some(), "no goal has the code 0");
    // In a presentation: that goal on screen.
    let mut app = presenting_at((80, 24), 0, None);
    press(&mut app, &[KeyCode::Char('3')]);
    assert_eq!(present(&app).goal(), Some(2));
}

#[test]
fn a_digit_on_another_screen_opens_the_overview_at_the_goal_and_esc_comes_back() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('b')]);
    assert_eq!(app.view(), View::Browser);
    press(&mut app, &[KeyCode::Char('5')]);
    assert_eq!((app.view(), goal_selected(&app)), (View::Overview, 4));
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Browser);
}

#[test]
fn ctrl_p_does_not_open_a_presentation() {
    let mut app = bundled((80, 24));
    for c in ['p', 'q', 'b', 'n'] {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        let action = goalboard::tui::action_for(&event, &app);
        assert_eq!(action, None, "Ctrl-{c}");
        if let Some(a) = action {
            update(&mut app, a);
        }
    }
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn esc_after_a_search_jump_returns_to_where_the_search_began() {
    let mut app = bundled((80, 24));
    // From goal 3's indicator screen (in the browser `/` filters the table instead).
    press(
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Tab, KeyCode::Enter],
    );
    let before = app.ui.clone();
    assert_eq!(app.view(), View::Indicator);
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "hjemløse");
    press(&mut app, &[KeyCode::Enter]);
    assert_ne!(app.ui.stack, before.stack, "the hit opened");
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.ui.stack, before.stack);
    assert_eq!(app.ui.overview, before.overview);
    // And once back, Esc goes back as always.
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
}

/// A version of the file read, as the event loop hands it to `update`.
fn loaded(app: &mut App, dataset: Option<goalboard::model::Dataset>) {
    let first_error = dataset.is_none().then(|| ReloadError {
        text: "error: x.json:3:1: goals: broken".into(),
        line: Some(3),
        diagnostic: None,
    });
    let version = Version {
        dataset,
        warnings: app.warnings,
        errors: app.errors,
        first_error,
    };
    update(app, Action::Loaded(Box::new(version)));
}

#[test]
fn r_says_reloaded_or_what_failed_and_a_watched_change_stays_quiet() {
    let mut app =
        App::new(dataset(goalboard::bundled::BYTES), options(Lang::En)).with_file("x.json".into());
    update(&mut app, Action::Resize(80, 24));
    let same = app.data.dataset.clone();
    assert_eq!(
        press(&mut app, &[KeyCode::Char('r')]),
        Some(Effect::Load("x.json".into()))
    );
    loaded(&mut app, Some(same.clone()));
    assert_eq!(app.ui.note.as_deref(), Some("reloaded: no change"));
    press(&mut app, &[KeyCode::Char('r')]);
    let mut changed = same.clone();
    changed.title = "Another title".into();
    loaded(&mut app, Some(changed));
    let note = app.ui.note.clone().unwrap_or_default();
    assert!(note.starts_with("reloaded"), "{note}");
    press(&mut app, &[KeyCode::Char('r')]);
    loaded(&mut app, None);
    assert_eq!(app.ui.note, None);
    assert!(app.ui.reload_error.is_some(), "the banner says what failed");
    insta::assert_snapshot!("reload_failed_en_80x24", screen(&app));
    // The watch's own reads say nothing.
    update(&mut app, Action::FileChanged);
    loaded(&mut app, Some(same));
    assert_eq!(app.ui.note, None);
}

#[test]
fn the_banner_speaks_the_dashboards_language() {
    let mut app = bundled((80, 24)).with_file("x.json".into());
    loaded(&mut app, None);
    let text = screen(&app);
    assert!(text.contains("✗ fejl: x.json:3:1"), "{text}");
    assert!(!text.contains("error:"), "{text}");
    insta::assert_snapshot!("reload_failed_da_80x24", text);
}

#[test]
fn y_on_an_initiative_copies_the_initiative() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Char('b'), KeyCode::Enter]);
    assert_eq!(app.view(), View::Initiative);
    let Some(Screen::Initiative(s)) = app.screen() else {
        panic!("an initiative screen");
    };
    let title = app.data.dataset.initiatives[s.initiative].title.clone();
    let Some(Effect::Copy(text)) = press(&mut app, &[KeyCode::Char('y')]) else {
        panic!("y copies");
    };
    assert!(text.contains(&format!("### {title}")), "{text}");
    let note = app.ui.note.clone().unwrap_or_default();
    assert!(note.starts_with("Indsats"), "{note}");
    // In the browser, the selected row.
    press(&mut app, &[KeyCode::Esc]);
    let Some(Effect::Copy(text)) = press(&mut app, &[KeyCode::Char('y')]) else {
        panic!("y copies in the browser");
    };
    assert!(text.contains(&format!("### {title}")), "{text}");
}

// Presentation mode.

#[test]
fn a_clicker_blanks_restarts_and_esc_leaves() {
    let mut app = presenting_at((80, 24), 4, Some(Duration::from_secs(30)));
    press(&mut app, &[KeyCode::Char('b')]);
    assert!(present(&app).blank);
    assert_eq!(app.advance_every(), None, "nothing moves on while black");
    assert!(screen(&app).trim().is_empty(), "{}", screen(&app));
    // Next only brings the goal back.
    press(&mut app, &[KeyCode::PageDown]);
    assert!(!present(&app).blank);
    assert_eq!(present(&app).position, 4);
    press(&mut app, &[KeyCode::Char('.'), KeyCode::Char('.')]);
    assert!(!present(&app).blank);
    press(&mut app, &[KeyCode::F(5)]);
    assert_eq!(present(&app).position, 0);
    press(&mut app, &[KeyCode::Esc]);
    assert_eq!(app.view(), View::Overview);
}

#[test]
fn s_pauses_every_and_the_footer_and_top_line_say_so() {
    let mut app = presenting_at((80, 24), 6, Some(Duration::from_secs(30)));
    assert!(
        screen(&app)
            .lines()
            .last()
            .unwrap_or("")
            .contains("s pause")
    );
    press(&mut app, &[KeyCode::Char('s')]);
    assert_eq!(app.advance_every(), None);
    update(&mut app, Action::Advance);
    assert_eq!(present(&app).position, 6, "paused: no move");
    let text = screen(&app);
    assert!(
        text.lines().next().unwrap_or("").contains("på pause"),
        "{text}"
    );
    assert!(
        text.lines().last().unwrap_or("").contains("s fortsæt"),
        "{text}"
    );
    insta::assert_snapshot!("paused_80x24", text);
    press(&mut app, &[KeyCode::Char('s')]);
    assert_eq!(app.advance_every(), Some(Duration::from_secs(30)));
}

#[test]
fn q_leaves_the_presentation_then_quits_without_asking() {
    let mut app = presenting_at((80, 24), 6, None);
    assert_eq!(press(&mut app, &[KeyCode::Char('q')]), Some(Effect::Quit));
    assert_eq!(app.view(), View::Overview);
    assert_eq!(goal_selected(&app), 6, "the goal shown is remembered");
}

/// No dark grey, nothing dimmed, on a projector.
fn high_contrast(app: &App) {
    let buf = draw(app);
    for cell in buf.content() {
        assert_ne!(cell.fg, Color::DarkGray, "{cell:?}");
        assert!(!cell.modifier.contains(Modifier::DIM), "{cell:?}");
    }
}

#[test]
fn presentation_colours_are_high_contrast_and_the_title_large_where_it_fits() {
    for size in [(80, 24), (120, 40)] {
        for goal in [0, 2, 6] {
            high_contrast(&presenting_at(size, goal, Some(Duration::from_secs(30))));
        }
    }
    let text = screen(&presenting_at((120, 40), 6, None));
    assert!(
        !text.contains("7 Færre skal være hjemløse"),
        "large: {text}"
    );
    insta::assert_snapshot!("goal7_120x40", text);
    // At 80×24 the chart needs the rows: the title stays small.
    let text = screen(&presenting_at((80, 24), 6, None));
    assert!(text.contains("7 Færre skal være hjemløse"), "{text}");
    // In ASCII never large (quadrant blocks are not ASCII).
    let mut options = options(Lang::Da);
    options.theme = ThemeOptions {
        ascii: true,
        ..options.theme
    };
    let mut app = app_with(goalboard::bundled::BYTES, options, (120, 40));
    update(
        &mut app,
        Action::StartPresentation {
            goals: vec![6],
            every: None,
        },
    );
    assert!(screen(&app).contains("7 Faerre skal vaere hjemloese"));
}

#[test]
fn one_line_summaries_keep_the_status_and_mark_every_cut() {
    let mut ds = dataset(goalboard::bundled::BYTES);
    let two = ds.goals[2].indicators.clone();
    ds.goals[2].indicators = (0..10).flat_map(|_| two.clone()).collect();
    for size in [(80, 24), (120, 40)] {
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
        let lines: Vec<&str> = text.lines().filter(|l| l.contains("Andel af")).collect();
        assert!(!lines.is_empty(), "{text}");
        for line in lines {
            assert!(line.trim_end().ends_with("for få data"), "{line}\n{text}");
            let whole = two.iter().any(|i| line.contains(i.title.as_str()));
            assert!(whole || line.contains('…'), "a cut title says so: {line}");
        }
        insta::assert_snapshot!(format!("summaries_{}x{}", size.0, size.1), text);
    }
}

// The chart.

/// Goal 7's indicator with 120 monthly points (2007–2016).
fn monthly() -> goalboard::model::Dataset {
    let mut json: serde_json::Value =
        serde_json::from_slice(goalboard::bundled::BYTES).expect("the bundled JSON");
    let series: Vec<serde_json::Value> = (0..120)
        .map(|i| {
            let value = 50.0 + 10.0 * (f64::from(i) / 9.0).sin() - f64::from(i) / 10.0;
            serde_json::json!({
                "date": format!("{}-{:02}", 2007 + i / 12, i % 12 + 1),
                "value": (value * 10.0).round() / 10.0,
            })
        })
        .collect();
    let indicator = &mut json["goals"][6]["indicators"][0];
    indicator["series"] = serde_json::Value::Array(series);
    indicator["frequency"] = "monthly".into();
    let bytes = serde_json::to_vec(&json).expect("JSON");
    dataset(&bytes)
}

fn indicator_screen(ds: goalboard::model::Dataset, size: (u16, u16), ascii: bool) -> App {
    let mut options = options(Lang::En);
    options.theme.ascii = ascii;
    let mut app = App::new(ds, options);
    update(&mut app, Action::Resize(size.0, size.1));
    press(
        &mut app,
        &[KeyCode::Char('7'), KeyCode::Enter, KeyCode::Enter],
    );
    assert_eq!(app.view(), View::Indicator);
    app
}

/// The chart's rows: from the top value label to the time axis.
fn chart_rows(text: &str, axis: char) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let end = lines
        .iter()
        .position(|l| l.trim_start().starts_with(axis))
        .expect("a time axis");
    let start = (0..end)
        .rev()
        .find(|&i| !lines[i].contains('│') && !lines[i].contains('|'))
        .map_or(0, |i| i + 1);
    lines[start..end].iter().map(|l| (*l).to_owned()).collect()
}

#[test]
fn a_hundred_and_twenty_months_stay_legible() {
    for size in [(80, 24), (120, 40)] {
        let app = indicator_screen(monthly(), size, false);
        let text = screen(&app);
        let marks = text.matches('●').count() - 1; // the legend's
        assert!(marks >= 3, "first, latest, selected at least: {text}");
        assert!(marks <= usize::from(size.0) / 2, "{marks} marks: {text}");
        insta::assert_snapshot!(format!("monthly_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn a_value_label_at_least_every_five_rows() {
    for size in [(80, 24), (120, 40)] {
        let app = presenting_at(size, 6, None);
        let text = screen(&app);
        let rows = chart_rows(&text, '└');
        let labelled: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.split('│')
                    .next()
                    .and_then(|l| l.split_whitespace().last())
                    .is_some_and(|l| l.parse::<f64>().is_ok())
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(labelled.first(), Some(&0), "{text}");
        assert_eq!(labelled.last(), Some(&(rows.len() - 1)), "{text}");
        assert!(
            labelled.windows(2).all(|w| w[1] - w[0] <= 5),
            "{labelled:?}\n{text}"
        );
    }
}

#[test]
fn the_selected_point_is_marked_on_the_chart() {
    let mut app = indicator_screen(dataset(goalboard::bundled::BYTES), (80, 24), false);
    press(&mut app, &[KeyCode::Down]);
    let buf = draw(&app);
    let marked: Vec<_> = buf
        .content()
        .iter()
        .filter(|c| c.symbol() == "●" && c.modifier.contains(Modifier::REVERSED))
        .collect();
    assert_eq!(marked.len(), 1, "{}", screen(&app));
}

#[test]
fn the_ascii_legend_shows_the_glyphs_plotted() {
    let app = indicator_screen(dataset(goalboard::bundled::BYTES), (80, 24), true);
    let text = screen(&app);
    assert!(text.contains("O* measured"), "{text}");
    let chart = chart_rows(&text, '+').join("\n");
    assert!(chart.contains('O') && chart.contains('*'), "{text}");
    insta::assert_snapshot!("indicator_ascii_80x24", text);
}

#[test]
fn a_mark_sits_on_its_line() {
    // Each point's mark has the line's dots beside it in its own row or the next one up or
    // down: never a row apart with nothing between.
    for size in [(80, 24), (120, 40)] {
        let app = indicator_screen(dataset(goalboard::bundled::BYTES), size, false);
        let buf = draw(&app);
        let area = buf.area;
        let braille = |x: u16, y: u16| {
            x < area.right()
                && y < area.bottom()
                && buf[(x, y)]
                    .symbol()
                    .chars()
                    .next()
                    .is_some_and(|c| ('\u{2801}'..='\u{28ff}').contains(&c))
        };
        let mut checked = 0;
        for y in 0..area.height {
            for x in 1..area.width.saturating_sub(1) {
                if buf[(x, y)].symbol() != "●" || x < 4 {
                    continue;
                }
                let near = [x - 1, x + 1].into_iter().any(|nx| {
                    braille(nx, y) || braille(nx, y + 1) || (y > 0 && braille(nx, y - 1))
                });
                assert!(
                    near,
                    "the mark at {x},{y} is off its line:\n{}",
                    screen(&app)
                );
                checked += 1;
            }
        }
        assert!(checked >= 4, "{}", screen(&app));
    }
}
