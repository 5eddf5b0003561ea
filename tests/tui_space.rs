//! Issue 18, "status and space" and "reading and finding": each finding as whole screens at
//! 80×24 and 120×40, on a dataset with long English units and long titles
//! (`fixtures/long-units.json`), with an assertion that says what the screen must hold.

mod tui_support;

use goalboard::load::{load_bytes, load_path};
use goalboard::model::Lang;
use goalboard::tui::action::Version;
use goalboard::tui::app::AsciiWhy;
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{App, Options};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;
use tui_support::*;

const LONG: &[u8] = include_bytes!("fixtures/long-units.json");
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn long(size: (u16, u16), keys: &[KeyCode]) -> App {
    let mut app = app_with(LONG, options(Lang::En), size);
    press(&mut app, keys);
    app
}

/// Goal 3 has seven indicators with long units and nine initiatives.
const GOAL_3: [KeyCode; 2] = [KeyCode::Down, KeyCode::Down];

fn name(view: &str, size: (u16, u16)) -> String {
    format!("{view}_{}x{}", size.0, size.1)
}

/// The row of a screen holding `needle`.
fn row_with<'a>(screen: &'a str, needle: &str) -> &'a str {
    screen.lines().find(|l| l.contains(needle)).unwrap_or("")
}

#[test]
fn the_indicator_summary_keeps_its_status_when_units_are_long() {
    for size in SIZES {
        let app = long(
            size,
            &[&GOAL_3[..], &[KeyCode::Tab, KeyCode::Enter]].concat(),
        );
        let text = screen(&app);
        let words: Vec<&str> = text.lines().skip(1).take(4).collect();
        assert!(
            words.iter().any(|l| l.contains("at risk")),
            "{size:?}: the status is in the figures: {text}"
        );
        assert!(
            words.iter().any(|l| l.contains('…')),
            "{size:?}: cut with …"
        );
        insta::assert_snapshot!(name("status_long_units", size), text);
    }
}

#[test]
fn a_wider_terminal_shows_more_of_the_overview() {
    let narrow = screen(&long((80, 24), &GOAL_3));
    let wide = screen(&long((120, 40), &GOAL_3));
    // The goal's title as shown: from its start to the gap before the sparkline.
    let title = |s: &str| {
        let row = row_with(s, "Goal 3:");
        let start = row.find("Goal 3:").unwrap_or(0);
        row[start..]
            .split("  ")
            .next()
            .unwrap_or("")
            .chars()
            .count()
    };
    assert!(
        title(&wide) > title(&narrow),
        "goal titles are longer at 120 columns:\n{narrow}\n{wide}"
    );
    // Every figure of an indicator with a long unit: date, change, target, gap, trend.
    let figures = wide
        .lines()
        .skip_while(|l| !l.contains("Indicator 3.1"))
        .nth(1)
        .unwrap_or("");
    for figure in ["2017", "−6.5", "target", "8.5 ", "improving"] {
        assert!(
            figures.contains(figure),
            "{figure} at 120 columns: {figures}"
        );
    }
    insta::assert_snapshot!(name("wider_overview", (80, 24)), narrow);
    insta::assert_snapshot!(name("wider_overview", (120, 40)), wide);
}

#[test]
fn a_taller_terminal_draws_a_taller_chart() {
    let chart_rows = |size| {
        let app = long(
            size,
            &[&GOAL_3[..], &[KeyCode::Tab, KeyCode::Enter]].concat(),
        );
        let text = screen(&app);
        let rows = text.lines().filter(|l| l.contains('│')).count();
        (rows, text)
    };
    let (short, _) = chart_rows((80, 24));
    let (tall, text) = chart_rows((120, 40));
    assert!(
        tall >= short + 12,
        "{short} → {tall} rows of chart:\n{text}"
    );
    insta::assert_snapshot!(name("taller_chart", (120, 40)), text);
}

#[test]
fn lists_say_where_they_are_and_the_initiatives_name_their_columns() {
    for size in SIZES {
        let app = long(size, &[&GOAL_3[..], &[KeyCode::Tab, KeyCode::Tab]].concat());
        let text = screen(&app);
        let rule = row_with(&text, "Initiatives (");
        assert!(rule.contains("Status"), "{size:?}: {rule}");
        if size.1 == 24 {
            assert!(rule.contains("(1 of 9)"), "{rule}");
            assert!(row_with(&text, "Goals (").contains("(3 of 12)"), "{text}");
            assert!(text.contains("↓ "), "more below is marked: {text}");
        }
        insta::assert_snapshot!(name("positions_headings", size), text);
    }
}

#[test]
fn an_initiative_description_reads_in_full() {
    for size in SIZES {
        let keys = [
            &GOAL_3[..],
            &[KeyCode::Tab, KeyCode::Tab, KeyCode::Enter, KeyCode::Tab],
            &[KeyCode::PageDown; 4],
        ]
        .concat();
        let app = long(size, &keys);
        let text = screen(&app);
        assert!(
            text.contains("zebracrossing"),
            "{size:?}: the description's last words: {text}"
        );
        insta::assert_snapshot!(name("description_in_full", size), text);
    }
}

#[test]
fn descriptions_are_searched_and_matches_marked() {
    for size in SIZES {
        let mut app = long(size, &[KeyCode::Char('/')]);
        type_text(&mut app, "zebra");
        let buf = draw(&app);
        let text = text(&buf);
        let hit = row_with(&text, "Description");
        assert!(hit.contains("Initiative 1"), "whose it is: {hit}");
        let y = text
            .lines()
            .position(|l| l.contains("Description"))
            .unwrap_or(0);
        let row = text.lines().nth(y).unwrap_or("");
        let x = row.find("zebra").map_or(0, |b| row[..b].chars().count());
        let cell = &buf[(u16::try_from(x).unwrap_or(0), u16::try_from(y).unwrap_or(0))];
        assert!(
            cell.modifier.contains(Modifier::UNDERLINED),
            "{size:?}: the match is marked"
        );
        insta::assert_snapshot!(name("search_description", size), text);
    }
}

#[test]
fn a_file_with_one_bad_value_opens_with_the_error_in_the_banner() {
    // Relative (tests run in the package's folder): the banner wraps the path, so an absolute
    // one would make the snapshot depend on where the clone lives.
    let path = std::path::Path::new("tests/fixtures/one-bad-value.json");
    for size in SIZES {
        let version = Version::from(load_path(path));
        let app = goalboard::cli::app_of(version, |_| options(Lang::Da));
        let Some(mut app) = app else {
            panic!("the dataset opens");
        };
        goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(size.0, size.1));
        let text = screen(&app);
        assert!(text.contains("series[1].value"), "{text}");
        assert!(text.contains("1 fejl"), "the header counts it: {text}");
        // Also when the error wraps (80 columns): the banner says what is on screen.
        assert!(text.contains("(resten vises)"), "{text}");
        // In Danish throughout: the error's own words too, not only the banner's.
        assert!(text.contains("forventede et tal"), "{text}");
        for english in ["expected", "found", "error", "number"] {
            assert!(!text.contains(english), "{english}: {text}");
        }
        assert!(
            text.contains("Færre skal være hjemløse"),
            "the rest: {text}"
        );
        insta::assert_snapshot!(name("opened_with_errors", size), text);
    }
    let broken = load_bytes(br#"{"format": "goalboard/1", "goals": ["#, "x.json");
    let none = goalboard::cli::app_of(Version::from(broken), |_| options(Lang::Da));
    assert!(none.is_none(), "a file that does not parse is not shown");
}

#[test]
fn the_help_says_why_the_glyphs_are_ascii() {
    for size in SIZES {
        let ascii = Options {
            theme: ThemeOptions {
                color: false,
                ascii: true,
                light: false,
            },
            ..options(Lang::En)
        };
        let mut app =
            goalboard::tui::App::new(dataset(LONG), ascii).with_ascii_why(Some(AsciiWhy::Locale));
        goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(size.0, size.1));
        press(&mut app, &[KeyCode::Char('?'), KeyCode::End]);
        let text = screen(&app);
        assert!(text.contains("does not say UTF-8"), "{text}");
        assert!(text.contains("--unicode"), "{text}");
        insta::assert_snapshot!(name("ascii_why", size), text);
    }
}

#[test]
fn the_warning_count_never_pushes_out_the_title() {
    for size in SIZES {
        let opts = Options {
            warnings: 67,
            ..options(Lang::En)
        };
        let mut app = goalboard::tui::App::new(dataset(LONG), opts).with_errors(2);
        goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(size.0, size.1));
        let text = screen(&app);
        let header = text.lines().next().unwrap_or("");
        assert!(
            header.contains("A framework with long English units"),
            "{size:?}: {header}"
        );
        assert!(header.contains("67 warnings"), "{size:?}: {header}");
        insta::assert_snapshot!(name("warnings_and_title", size), text);
    }
}

#[test]
fn percentages_outside_0_100_warn_once_per_indicator() {
    let series: Vec<String> = (0..30)
        .map(|i| format!(r#"{{"date": "{}", "value": 150}}"#, 1990 + i))
        .collect();
    let json = format!(
        r#"{{"format": "goalboard/1", "title": "t", "goals": [{{"id": "g", "title": "g",
        "indicators": [{{"id": "r", "title": "ratio", "unit": "%", "series": [{}]}}]}}]}}"#,
        series.join(",")
    );
    let loaded = load_bytes(json.as_bytes(), "p.json");
    let percent: Vec<String> = loaded
        .warnings()
        .map(ToString::to_string)
        .filter(|w| w.contains("0–100"))
        .collect();
    assert_eq!(percent.len(), 1, "{percent:?}");
    assert!(percent[0].contains("30 values"), "{percent:?}");
}

#[test]
fn a_file_opened_with_errors_follows_its_saves() {
    let bad = include_bytes!("fixtures/one-bad-value.json");
    let version = Version::from(load_bytes(bad, "bad.json"));
    let Some(mut app) = goalboard::cli::app_of(version, |_| options(Lang::Da)) else {
        panic!("the dataset opens");
    };
    assert!(
        app.ui.reload_error.is_some(),
        "the first error in the banner"
    );
    // Still broken, and another title: the new version is shown, its error kept in sight.
    let text = String::from_utf8_lossy(bad).replace("Små mål for testen", "Nye mål");
    let action = goalboard::tui::Action::loaded(load_bytes(text.as_bytes(), "bad.json"));
    goalboard::tui::update(&mut app, action);
    assert_eq!(app.data.dataset.title, "Nye mål");
    assert!(app.ui.reload_error.is_some() && app.errors == 1);
    // Fixed: the banner goes.
    let action = goalboard::tui::Action::loaded(load_bytes(SMALL, "bad.json"));
    goalboard::tui::update(&mut app, action);
    assert!(app.ui.reload_error.is_none() && app.errors == 0);
}

#[test]
fn beside_their_detail_goals_keep_a_line_for_the_title() {
    let app = long((180, 40), &GOAL_3);
    let text = screen(&app);
    // The selected goal's row (its heading beside the list names it too).
    let row = row_with(&text, "▸ 3   Goal 3:");
    let start = row.find("Goal 3:").unwrap_or(0);
    let shown = row[start..].split(" │").next().unwrap_or("").trim_end();
    assert!(shown.chars().count() >= 90, "{shown:?}\n{text}");
    let under = text
        .lines()
        .skip_while(|l| !l.contains("▸ 3   Goal 3:"))
        .nth(1);
    assert!(under.is_some_and(|l| l.contains("off track")), "{text}");
    insta::assert_snapshot!(name("goals_beside_detail", (180, 40)), text);
}

/// At 120 columns the initiatives' columns stay where they are from goal to goal (on the
/// bundled dataset goal 3's widest owner is far wider than goal 2's): a goal move then sends
/// only the text that differs, not every row's status, owners and date again.
#[test]
fn the_initiatives_columns_stay_put_from_goal_to_goal() {
    let mut app = bundled((120, 40));
    let mut seen = Vec::new();
    for _ in 0..4 {
        press(&mut app, &[KeyCode::Down]);
        let screen = screen(&app);
        let heading = row_with(&screen, "Opdateret");
        let at = |word: &str| heading.find(word).map(|b| heading[..b].chars().count());
        seen.push((at("Status"), at("Opdateret")));
    }
    assert!(seen[0].0.is_some(), "{seen:?}");
    assert!(seen.iter().all(|s| *s == seen[0]), "{seen:?}");
}

/// A file without its title opens on the rest (with its error): the header starts with what
/// there is, not with a separator; one goal is "1 goal".
#[test]
fn a_header_without_a_title_starts_with_what_there_is() {
    let bytes = br#"{"format": "goalboard/1", "as_of": "2016-12", "goals": [{"id": "g1",
        "title": "Fewer homeless", "indicators": [{"id": "h", "title": "Homeless",
        "direction": "decrease", "series": [{"date": "2015-05", "value": 61}]}]}]}"#;
    let loaded = load_bytes(bytes, "untitled.json");
    assert!(loaded.errors().count() > 0, "the title is required");
    let dataset = loaded.partial.expect("the rest is shown");
    let mut app = App::new(*dataset, options(Lang::En));
    goalboard::tui::update(&mut app, goalboard::tui::Action::Resize(80, 24));
    let shown = screen(&app);
    let mut lines = shown.lines();
    let title = lines.next().unwrap_or_default();
    assert!(title.starts_with("Status date"), "{shown}");
    assert!(
        lines.next().unwrap_or_default().starts_with("1 goal: "),
        "{shown}"
    );
}
