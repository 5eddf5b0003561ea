//! The changes since a baseline on screen, over the fixture pair of `tests/since_changes.rs`:
//! the header's line and the markers (the overview), the changes screen and the marked points
//! (the indicator screen), at 80×24 and 120×40, in English and Danish, with and without colour.
//! Each snapshot is the screen's text, then its colour map: one character per cell for its
//! foreground colour (`.` the terminal's own, `y` yellow, `r` red, `g` green, `d` grey, …),
//! so a marker that lost its colour, or kept one under `--no-color`, shows.

mod tui_support;

use std::sync::Arc;

use chrono::NaiveDate;
use goalboard::figures::Figures;
use goalboard::model::Lang;
use goalboard::report::changes::Origin;
use goalboard::tui::since::{Baseline, MarkError};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Effect, update};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use tui_support::*;

const OLD: &[u8] = include_bytes!("fixtures/since/old.json");
const NEW: &[u8] = include_bytes!("fixtures/since/new.json");

fn app(lang: Lang, color: bool, size: (u16, u16)) -> App {
    let mut opts = options(lang);
    opts.theme = ThemeOptions {
        color,
        ascii: false,
        light: false,
    };
    let mut app = app_with(NEW, opts, size);
    let old = dataset(OLD);
    let figures = Figures::compute(&old);
    let day = NaiveDate::from_ymd_opt(2017, 3, 20).expect("a day");
    let baseline = Baseline {
        pair: Arc::new((old, figures)),
        origin: Origin::Review(day),
    };
    update(&mut app, Action::Baseline(Ok(Box::new(baseline))));
    update(&mut app, Action::Resize(size.0, size.1));
    app
}

fn colour(c: Color) -> char {
    match c {
        Color::Reset => '.',
        Color::Red | Color::LightRed => 'r',
        Color::Green | Color::LightGreen => 'g',
        Color::Yellow | Color::LightYellow => 'y',
        Color::Blue | Color::LightBlue => 'b',
        Color::Magenta | Color::LightMagenta => 'm',
        Color::Cyan | Color::LightCyan => 'c',
        Color::Gray | Color::DarkGray => 'd',
        Color::White | Color::Black => 'w',
        _ => '#',
    }
}

/// One character per cell: blank for an empty cell, else its foreground colour.
fn colour_map(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let row: String = (buf.area.left()..buf.area.right())
            .map(|x| {
                let cell = &buf[(x, y)];
                if cell.symbol().trim().is_empty() {
                    ' '
                } else {
                    colour(cell.fg)
                }
            })
            .collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

fn snapshot(view: &str, keys: &[KeyCode]) {
    for size in [(80, 24), (120, 40)] {
        for lang in [Lang::En, Lang::Da] {
            for color in [true, false] {
                let mut app = app(lang, color, size);
                press(&mut app, keys);
                let buf = draw(&app);
                let name = format!(
                    "{view}_{}_{}_{}x{}",
                    lang.code(),
                    if color { "colour" } else { "mono" },
                    size.0,
                    size.1
                );
                let shown = format!("{}\n{}", text(&buf), colour_map(&buf));
                insta::assert_snapshot!(name, shown);
            }
        }
    }
}

#[test]
fn overview_with_the_header_line_and_markers() {
    snapshot("since_overview", &[]);
}

#[test]
fn changes_screen() {
    snapshot(
        "since_changes",
        &[KeyCode::Char('c'), KeyCode::Down, KeyCode::Down],
    );
}

#[test]
fn indicator_with_new_and_revised_points() {
    snapshot("since_indicator", &[KeyCode::Tab, KeyCode::Enter]);
}

#[test]
fn a_row_of_the_changes_screen_opens_its_item() {
    let mut app = app(Lang::En, true, (80, 24));
    // The third row is the homelessness indicator's changes.
    press(
        &mut app,
        &[
            KeyCode::Char('c'),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
        ],
    );
    let shown = screen(&app);
    assert!(
        shown
            .lines()
            .next()
            .unwrap_or("")
            .ends_with("Homeless citizens"),
        "{shown}"
    );
    // The values are right-aligned to the widest (a planned point's), so the gap varies.
    let row = shown
        .lines()
        .find(|l| l.contains("Δ may 2016"))
        .unwrap_or("");
    assert!(row.ends_with("54 people  was 52 people"), "{shown}");
    press(
        &mut app,
        &[
            KeyCode::Esc,
            KeyCode::Char('c'),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
        ],
    );
    assert!(
        screen(&app).contains("Pitstop"),
        "the initiative's row opens it"
    );
}

#[test]
fn without_a_baseline_c_says_how_to_get_one_and_nothing_is_marked() {
    let mut app = app_with(NEW, options(Lang::En), (80, 24));
    let before = screen(&app);
    assert!(!before.contains('Δ'), "{before}");
    press(&mut app, &[KeyCode::Char('c')]);
    assert!(
        screen(&app).contains("M marks a review"),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_reload_compares_the_new_version_with_the_same_baseline() {
    let mut app = app(Lang::En, true, (80, 24));
    reload(&mut app, dataset(OLD));
    let shown = screen(&app);
    assert!(
        shown.contains("since 20 mar 2017: nothing changed"),
        "{shown}"
    );
    assert!(!shown.contains("Δ Fewer"), "{shown}");
}

#[test]
fn y_copies_the_goals_changes_first() {
    let app = app(Lang::En, true, (80, 24));
    let copied = goalboard::tui::copy::summary(&app).expect("a goal in view");
    assert!(
        copied.starts_with("# Changes since the review of 20 mar 2017\n"),
        "{copied}"
    );
    assert!(copied.contains("## 1 Fewer homeless"), "{copied}");
    assert!(
        !copied.contains("More young people in education:"),
        "only the goal in view: {copied}"
    );
}

#[test]
fn m_asks_the_loop_for_the_mark_and_its_answer_starts_a_comparison() {
    let mut app = app_with(NEW, options(Lang::En), (80, 24));
    app.file = Some("/data/goals.json".into());
    let before = screen(&app);
    // `M` changes nothing itself: the event loop writes the mark.
    assert_eq!(
        press(&mut app, &[KeyCode::Char('M')]),
        Some(Effect::MarkReview(Some("/data/goals.json".into())))
    );
    assert_eq!(screen(&app), before);
    let day = NaiveDate::from_ymd_opt(2017, 3, 20).expect("a day");
    update(&mut app, Action::Reviewed(Ok(day)));
    let shown = screen(&app);
    assert!(shown.contains("Marked reviewed 20 mar 2017"), "{shown}");
    assert!(
        shown.contains("since 20 mar 2017: nothing changed"),
        "{shown}"
    );
    update(
        &mut app,
        Action::Reviewed(Err(MarkError::NotKept {
            lang: Lang::En,
            message: "x".into(),
        })),
    );
    assert!(screen(&app).contains("the review mark was not kept: x"));
}

#[test]
fn a_bad_baseline_is_said_in_the_banner_and_the_dashboard_opens() {
    let mut app = app_with(NEW, options(Lang::En), (80, 24));
    let why = goalboard::tui::since::BaselineUnread {
        spec: "old.json".into(),
        reason: "the baseline 'old.json' has errors".into(),
    };
    update(&mut app, Action::Baseline(Err(why)));
    let shown = screen(&app);
    assert!(shown.contains("--since old.json: the baseline"), "{shown}");
    assert!(shown.contains("Fewer homeless"), "{shown}");
    assert!(app.since.is_none());
}

#[test]
fn every_list_marks_its_changes_and_statuses_moved_read_in_words() {
    let mut app = app(Lang::En, true, (120, 40));
    // The initiative (fourth row of the changes screen): its status moved, its measure changed.
    press(
        &mut app,
        &[
            KeyCode::Char('c'),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
        ],
    );
    let shown = screen(&app);
    assert!(shown.contains("planned → "), "{shown}");
    assert!(
        shown.lines().any(|l| l.contains("Δ Share discharged")),
        "{shown}"
    );
    // Its measure: the status before, the arrow, the status now.
    press(&mut app, &[KeyCode::Enter]);
    let shown = screen(&app);
    assert!(shown.contains("on track → "), "{shown}");
    // Search hits: the changed initiative is marked, in the same column as the rest.
    let mut app = self::app(Lang::En, true, (120, 40));
    press(&mut app, &[KeyCode::Char('/')]);
    type_text(&mut app, "pitstop");
    let shown = screen(&app);
    assert!(shown.lines().any(|l| l.contains("Δ Pitstop")), "{shown}");
    // Presentation: the changed goal's heading and its changed indicator's title.
    let mut app = self::app(Lang::En, true, (120, 40));
    press(&mut app, &[KeyCode::Char('p')]);
    let shown = screen(&app);
    assert!(shown.contains("Δ "), "{shown}");
}
