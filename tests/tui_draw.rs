//! Drawing never panics and keeps its promises at any size: every view of the small fixture,
//! a hostile dataset and the bundled one, from 1×1 up to 200×60; in ASCII mode no glyph
//! outside ASCII; without colour no colour at all; no control character ever reaches a cell.

mod tui_support;

use goalboard::model::Lang;
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, update};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Color;
use tui_support::*;

/// A dataset made to break things: escapes, wide and combining characters, right-to-left text,
/// empty and very long strings, extreme and equal values, a long series.
fn hostile() -> Vec<u8> {
    let long = "Ærlig talt ".repeat(300);
    let hostile =
        "a\u{1b}]52;c;aGk=\u{7}b\u{1b}[?1049l\u{9b}2J\u{202e}evil\u{200b}日本語テキスト👩‍👩‍👧e\u{301}";
    let series: Vec<serde_json::Value> = (0..2000)
        .map(|i| serde_json::json!({ "date": format!("{}-{:02}", 1900 + i / 12, i % 12 + 1), "value": if i % 7 == 0 { serde_json::Value::Null } else { serde_json::json!(f64::from(i).sin() * 1e6) } }))
        .collect();
    let dataset = serde_json::json!({
        "format": "goalboard/1",
        "title": hostile,
        "organization": long,
        "language": "da",
        "owners": [ { "id": "o", "name": hostile, "short": "" } ],
        "goals": [
            { "id": "g1", "code": hostile, "title": long, "notes": [ { "date": "2017", "text": hostile } ],
              "indicators": [
                { "id": "huge", "title": hostile, "unit": hostile, "direction": "increase",
                  "target": { "value": 1e308, "date": "9999" },
                  "series": [ { "date": "2015", "value": -1e308 }, { "date": "2016", "value": 1e308 } ],
                  "comparisons": [ { "label": hostile, "series": [ { "date": "2016", "value": 0 } ] },
                                   { "label": "", "series": [] }, { "label": "c", "series": [] },
                                   { "label": "d", "series": [] }, { "label": "e", "series": [] } ] },
                { "id": "flat", "title": "", "series": [ { "date": "2015", "value": 5 }, { "date": "2016", "value": 5 } ] },
                { "id": "long", "title": "long", "series": series },
                { "id": "empty", "title": "empty" },
                { "id": "one", "title": "one", "unit": "%", "direction": "decrease", "target": { "value": 1, "date": "0001" },
                  "series": [ { "date": "2016-02-29", "value": 0.001, "from": "0001", "note": long } ] }
              ] },
            { "id": "g2", "title": "" }
        ],
        "initiatives": [
            { "id": "i1", "title": hostile, "goals": ["g1", "g2"], "owners": ["o"], "description": long,
              "start": "0001", "end": "9999",
              "milestones": [ { "date": "2016", "title": hostile, "done": false }, { "date": "0001", "title": "", "done": true } ],
              "updates": [ { "date": "2017", "text": format!("{long}\n{hostile}") } ],
              "measures": [ { "id": "m1", "title": long, "series": [] } ] },
            { "id": "i2", "title": "", "goals": [] }
        ]
    });
    serde_json::to_vec(&dataset).expect("json")
}

/// Keys from the overview to each view.
const VIEWS: &[&[KeyCode]] = &[
    &[],
    &[KeyCode::Tab],
    &[KeyCode::Tab, KeyCode::Enter],
    &[KeyCode::Tab, KeyCode::Down, KeyCode::Down, KeyCode::Enter],
    &[KeyCode::Tab, KeyCode::Tab, KeyCode::Enter],
    &[
        KeyCode::Tab,
        KeyCode::Tab,
        KeyCode::Enter,
        KeyCode::Tab,
        KeyCode::End,
    ],
    &[KeyCode::Tab, KeyCode::Tab, KeyCode::Enter, KeyCode::Enter],
    &[KeyCode::Char('b')],
    &[
        KeyCode::Char('b'),
        KeyCode::Char('s'),
        KeyCode::Char('f'),
        KeyCode::End,
    ],
    &[KeyCode::Char('/')],
    &[KeyCode::Char('/'), KeyCode::Char('e')],
    &[KeyCode::Char('/'), KeyCode::Char('z'), KeyCode::Char('q')],
    &[KeyCode::Char('?')],
    &[KeyCode::Char('?'), KeyCode::End],
];

/// Every width from 1 to 200 and every height from 1 to 60 would take minutes in a debug build:
/// the sizes around each threshold of the layout, a coarse grid, and sweeps at 24 rows and
/// 80 columns.
fn sizes() -> Vec<(u16, u16)> {
    let widths = [
        1, 2, 3, 5, 10, 20, 40, 59, 60, 61, 79, 80, 81, 119, 120, 121, 139, 140, 141, 200,
    ];
    let heights = [1, 2, 3, 5, 10, 14, 15, 16, 24, 25, 48, 60];
    let mut sizes: Vec<(u16, u16)> = widths
        .iter()
        .flat_map(|&w| heights.iter().map(move |&h| (w, h)))
        .collect();
    sizes.extend((1..=200).step_by(7).map(|w| (w, 24)));
    sizes.extend((1..=60).step_by(3).map(|h| (80, h)));
    sizes
}

/// A few sizes for the checks that do not depend on the layout's thresholds.
fn some_sizes() -> Vec<(u16, u16)> {
    vec![(1, 1), (60, 15), (80, 24), (120, 40), (160, 48), (200, 60)]
}

fn render(app: &mut App, (w, h): (u16, u16)) -> Buffer {
    update(app, Action::Resize(w, h));
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    goalboard::tui::ui::render(area, &mut buf, app);
    buf
}

fn each_screen(
    bytes: &[u8],
    theme: ThemeOptions,
    sizes: &[(u16, u16)],
    mut check: impl FnMut(&Buffer, &str),
) {
    for keys in VIEWS {
        let mut app = app_with(
            bytes,
            Options {
                theme,
                ..options(Lang::Da)
            },
            (80, 24),
        );
        press(&mut app, keys);
        for &size in sizes {
            let buf = render(&mut app, size);
            check(&buf, &format!("{keys:?} at {size:?}"));
        }
        // Moving about after all those resizes must still be sound.
        press(
            &mut app,
            &[
                KeyCode::Down,
                KeyCode::PageDown,
                KeyCode::Up,
                KeyCode::Right,
            ],
        );
        render(&mut app, (80, 24));
    }
}

use goalboard::tui::Options;

fn no_controls(buf: &Buffer, at: &str) {
    for cell in &buf.content {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "a control character at {at}: {:?}",
            cell.symbol()
        );
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "bidi control at {at}"
        );
    }
}

#[test]
fn every_view_draws_at_every_size() {
    let theme = ThemeOptions {
        color: true,
        ascii: false,
        light: false,
    };
    for (name, bytes) in [
        ("small", SMALL.to_vec()),
        ("hostile", hostile()),
        ("bundled", goalboard::bundled::BYTES.to_vec()),
    ] {
        let t = std::time::Instant::now();
        each_screen(&bytes, theme, &sizes(), no_controls);
        eprintln!("{name}: {:?}", t.elapsed());
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let theme = ThemeOptions {
        color: true,
        ascii: true,
        light: false,
    };
    for bytes in [
        SMALL.to_vec(),
        hostile(),
        goalboard::bundled::BYTES.to_vec(),
    ] {
        each_screen(&bytes, theme, &some_sizes(), |buf, at| {
            for cell in &buf.content {
                assert!(cell.symbol().is_ascii(), "{:?} at {at}", cell.symbol());
            }
        });
    }
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    let theme = ThemeOptions {
        color: false,
        ascii: false,
        light: false,
    };
    each_screen(SMALL, theme, &some_sizes(), |buf, at| {
        for cell in &buf.content {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "at {at}");
        }
    });
}

#[test]
fn danish_letters_reach_the_screen_intact() {
    let app = small((80, 24));
    let text = screen(&app);
    assert!(
        text.contains("Flere børn skal være klar til skolestart"),
        "{text}"
    );
    assert!(text.contains("på sporet"), "{text}");
}

#[test]
fn hostile_text_is_shown_without_its_escapes() {
    let app = app_with(&hostile(), options(Lang::Da), (120, 40));
    let text = screen(&app);
    assert!(
        text.contains("]52;c;aGk="),
        "the visible part stays: {text}"
    );
    assert!(text.contains("日本語"), "{text}");
}

#[test]
fn too_small_says_what_it_needs() {
    let app = small((59, 14));
    let text = screen(&app);
    assert!(text.contains("(kræver 60×15)"), "{text}");
    assert!(text.contains("59×14"), "{text}");
}

#[test]
fn warnings_stay_in_the_header_when_the_source_gives_way() {
    let long = Options {
        warnings: 2,
        source: "a/very/long/path/to/the/dataset.json".into(),
        ..options(Lang::Da)
    };
    let app = app_with(SMALL, long, (80, 24));
    let first = screen(&app).lines().next().unwrap_or_default().to_owned();
    assert!(first.ends_with("2 advarsler: goalboard check"), "{first}");
    assert!(first.starts_with("Små mål for testen"), "{first}");
    let app = app_with(
        SMALL,
        Options {
            warnings: 2,
            ..options(Lang::Da)
        },
        (160, 24),
    );
    let first = screen(&app).lines().next().unwrap_or_default().to_owned();
    assert!(
        first.ends_with("2 advarsler: goalboard check  test.json"),
        "{first}"
    );
}

/// At 80×24 every indicator's headline figures (latest value, change, target) and status are
/// on screen whole, for every goal of the bundled dataset and every measure of its initiatives.
#[test]
fn headline_figures_are_never_cut_at_80x24() {
    use goalboard::tui::prepared::IndicatorRef;
    use goalboard::tui::ui::figures;
    let check = |app: &App, r: IndicatorRef| {
        let text = screen(app);
        let parts = app.data.indicator(r).expect("indicator");
        let (loc, theme) = (app.locale, &app.theme);
        let line_text = |l: ratatui::text::Line<'_>| {
            l.spans
                .iter()
                .map(|s| s.content.to_string())
                .collect::<String>()
        };
        let mut wanted = vec![
            figures::latest(loc, &parts),
            figures::target(loc, &parts),
            line_text(figures::change(loc, theme, &parts)),
            line_text(figures::status(loc, theme, parts.figures.status)),
        ];
        wanted.retain(|w| !w.is_empty());
        for w in wanted {
            assert!(
                text.contains(&w),
                "{w:?} is cut for {:?}:\n{text}",
                parts.indicator.id
            );
        }
    };
    let base = bundled((80, 24));
    for g in 0..base.data.dataset.goals.len() {
        let mut app = bundled((80, 24));
        press(&mut app, &vec![KeyCode::Down; g]);
        press(&mut app, &[KeyCode::Tab]);
        for i in 0..app.data.dataset.goals[g].indicators.len() {
            check(&app, IndicatorRef::Goal { goal: g, index: i });
            press(&mut app, &[KeyCode::Down]);
        }
    }
    for n in 0..base.data.dataset.initiatives.len() {
        if base.data.dataset.initiatives[n].measures.is_empty() {
            continue;
        }
        let mut app = bundled((80, 24));
        let _ = goalboard::tui::update(&mut app, Action::Browser);
        let Some(goalboard::tui::app::Screen::Browser(b)) = app.screen() else {
            panic!("browser")
        };
        let row = b.rows.iter().position(|&r| r == n).expect("listed");
        press(&mut app, &vec![KeyCode::Down; row]);
        press(&mut app, &[KeyCode::Enter]);
        for i in 0..app.data.dataset.initiatives[n].measures.len() {
            check(
                &app,
                IndicatorRef::Measure {
                    initiative: n,
                    index: i,
                },
            );
            press(&mut app, &[KeyCode::Down]);
        }
    }
}

/// Values near `f64::MAX` once sent ratatui's line drawing into an endless loop (its canvas
/// multiplies the span by its resolution): they are plotted scaled, labelled in real numbers.
#[test]
fn a_chart_of_huge_values_draws() {
    let json = br#"{"format":"goalboard/1","title":"","goals":[{"id":"g","title":"","indicators":[
        {"id":"i","title":"","direction":"increase","target":{"value":1e308,"date":"2020"},
         "series":[{"date":"2015","value":7}]}]}]}"#;
    for size in [(80, 24), (160, 48)] {
        let mut app = app_with(json, options(Lang::En), size);
        press(&mut app, &[KeyCode::Tab, KeyCode::Enter]);
        let text = screen(&app);
        assert!(text.contains("target"), "{text}");
    }
}
