//! Format v1.1 in the dashboard: an indicator's breakdowns side by side (a few as lines on a
//! chart, many as a list, filtered, one opened), and a goal with no status of its own read
//! through its initiatives' measures (goal 8 of the bundled dataset). Screens as text at 80×24
//! and 120×40, pinned in `tests/snapshots/`.

mod tui_support;

use goalboard::model::Lang;
use goalboard::tui::App;
use goalboard::tui::app::Screen;
use goalboard::tui::theme::ThemeOptions;
use ratatui::crossterm::event::KeyCode;
use tui_support::*;

const BREAKDOWNS: &[u8] = include_bytes!("fixtures/breakdowns.json");

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The employment indicator's breakdowns, by its first dimension (sex: a few values).
fn breakdowns(size: (u16, u16), theme: ThemeOptions) -> App {
    let options = goalboard::tui::Options {
        theme,
        ..options(Lang::Da)
    };
    let mut app = app_with(BREAKDOWNS, options, size);
    press(
        &mut app,
        &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('d')],
    );
    app
}

fn colour() -> ThemeOptions {
    options(Lang::Da).theme
}

fn snapshot(view: &str, keys: &[KeyCode], typed: &str) {
    for size in SIZES {
        let mut app = breakdowns(size, colour());
        press(&mut app, keys);
        type_text(&mut app, typed);
        let name = format!("{view}_{}x{}", size.0, size.1);
        insta::assert_snapshot!(name, screen(&app));
    }
}

#[test]
fn a_few_values_are_lines_on_a_chart() {
    snapshot("breakdowns_lines", &[KeyCode::Right], "");
}

#[test]
fn many_values_are_a_list() {
    snapshot("breakdowns_list", &[KeyCode::Right, KeyCode::Right], "");
}

#[test]
fn the_filter_narrows_the_values() {
    snapshot(
        "breakdowns_filtered",
        &[KeyCode::Right, KeyCode::Right, KeyCode::Char('/')],
        "ishøj s",
    );
}

#[test]
fn one_value_opens_as_an_indicator() {
    snapshot(
        "breakdowns_opened",
        &[
            KeyCode::Right,
            KeyCode::Right,
            KeyCode::Down,
            KeyCode::Enter,
        ],
        "",
    );
}

#[test]
fn lines_differ_by_glyph_without_colour() {
    let theme = ThemeOptions {
        color: false,
        ascii: true,
        light: false,
    };
    let mut app = breakdowns((80, 24), theme);
    press(&mut app, &[KeyCode::Right]);
    let screen = screen(&app);
    for glyph in ["@ 16-24", "x 25-39", "+ 40-54", "o 55-64", "# 16-24"] {
        assert!(screen.contains(glyph), "{glyph:?} in\n{screen}");
    }
    insta::assert_snapshot!("breakdowns_lines_ascii_80x24", screen);
}

const TARGETS: &[u8] = include_bytes!("fixtures/breakdown-targets.json");

/// The made-up indicator's breakdowns by area: one with a target of its own (North), one with
/// the indicator's (South), one without (West, read against the indicator's).
fn with_targets(size: (u16, u16), options: goalboard::tui::Options) -> String {
    let mut app = app_with(TARGETS, options, size);
    press(
        &mut app,
        &[KeyCode::Enter, KeyCode::Enter, KeyCode::Char('d')],
    );
    assert!(matches!(app.ui.stack.last(), Some(Screen::Breakdowns(_))));
    screen(&app)
}

#[test]
fn the_lines_have_the_headline_and_the_targets() {
    for size in SIZES {
        let screen = with_targets(size, options(Lang::Da));
        let legend = screen
            .lines()
            .find(|l| l.contains("■ i alt"))
            .unwrap_or_else(|| panic!("the legend in\n{screen}"));
        assert!(legend.contains("─ mål 60 % senest 2025"), "{legend:?}");
        // North's own target, drawn in its line's style and named by its glyph.
        assert!(legend.contains("─• eget mål"), "{legend:?}");
        insta::assert_snapshot!(format!("breakdowns_targets_{}x{}", size.0, size.1), screen);
    }
    let ascii = goalboard::tui::Options {
        theme: ThemeOptions {
            color: false,
            ascii: true,
            light: false,
        },
        ..options(Lang::En)
    };
    let screen = with_targets((80, 24), ascii);
    assert!(
        screen.contains("& total  = target 60 % by 2025  =@ own target"),
        "{screen}"
    );
    insta::assert_snapshot!("breakdowns_targets_ascii_en_80x24", screen);
}

#[test]
fn the_filter_is_typed_then_kept_and_esc_clears_it() {
    let mut app = breakdowns((80, 24), colour());
    press(
        &mut app,
        &[KeyCode::Right, KeyCode::Right, KeyCode::Char('/')],
    );
    type_text(&mut app, "nord");
    let rows = |app: &App| match app.ui.stack.last() {
        Some(Screen::Breakdowns(s)) => (s.rows.len(), s.query.clone(), s.editing),
        _ => panic!("the breakdowns are on top"),
    };
    assert_eq!(rows(&app), (1, "nord".into(), true));
    press(&mut app, &[KeyCode::Enter]);
    assert_eq!(rows(&app), (1, "nord".into(), false));
    // `q` quits again once the filter is no longer typed into.
    press(&mut app, &[KeyCode::Char('/'), KeyCode::Esc]);
    assert_eq!(rows(&app), (20, String::new(), false));
    press(&mut app, &[KeyCode::Esc]);
    assert!(matches!(app.ui.stack.last(), Some(Screen::Indicator(_))));
}

#[test]
fn an_indicator_without_breakdowns_says_so() {
    let mut app = breakdowns((80, 24), colour());
    press(
        &mut app,
        &[KeyCode::Esc, KeyCode::Right, KeyCode::Char('d')],
    );
    assert!(matches!(app.ui.stack.last(), Some(Screen::Indicator(_))));
    assert!(screen(&app).contains("ingen opdelinger"));
}

/// Goal 8 has no indicator with data of its own; Pitstop's measured effect (54 % against the
/// 50 % target) serves it: it reads as achieved via the initiatives, never "no data".
#[test]
fn goal_8_reads_through_its_initiatives() {
    let mut app = bundled((80, 24));
    press(&mut app, &[KeyCode::Down; 7]);
    let screen = screen(&app);
    let row = screen
        .lines()
        .find(|l| l.contains("8   Større effekt af stofmisbrug"))
        .expect("goal 8's row");
    assert!(row.ends_with("✔ via indsatser"), "{row:?}");
    assert!(!row.contains("ingen data"), "{row:?}");
    insta::assert_snapshot!("overview_goal_8_80x24", screen);
}

/// No goal of the bundled dataset reads "no data" (or "no target") on the overview while the
/// measures of its initiatives have a status: each such goal's row says it "via indsatser".
#[test]
fn no_goal_claims_no_data_while_its_initiatives_measure_it() {
    let app = bundled((80, 24));
    let screen = screen(&app);
    let figures = goalboard::figures::Figures::compute(&app.data.dataset);
    let mut via = 0;
    for (goal, f) in app.data.dataset.goals.iter().zip(&figures.goals) {
        let code = goal.code.as_deref().expect("the bundled goals have codes");
        let row = screen
            .lines()
            .find(|l| {
                let rest: String = l.chars().skip(2).collect();
                rest.starts_with(&format!("{code} "))
            })
            .unwrap_or_else(|| panic!("goal {code}'s row in\n{screen}"));
        if f.via_initiatives().is_some() {
            via += 1;
            assert!(row.ends_with("via indsatser"), "{row:?}");
            assert!(
                !row.contains("ingen data") && !row.contains("intet mål"),
                "{row:?}"
            );
        }
    }
    assert!(
        via >= 1,
        "goal 8 at least is measured through its initiatives"
    );
}
