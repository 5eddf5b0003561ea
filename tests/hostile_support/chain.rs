//! The whole way from file bytes to reports and screens, run on one input with every option,
//! checking the promises that hold for ANY input: nothing panics, no control character reaches
//! a text or markdown report, a diagnostic or a screen cell, and the JSON report is JSON.
//!
//! Shared (by `#[path]`) by the fuzz target in `fuzz/`, the fuzz regression test and the
//! property tests, so all three run exactly the same chain.

use goalboard::figures::Figures;
use goalboard::format::Locale;
use goalboard::load::load_bytes;
use goalboard::model::{Dataset, Lang};
use goalboard::report::{CsvOptions, Kind, Report, TextOptions};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Options, action_for, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Terminal sizes every view is drawn at: the smallest the dashboard accepts, the common
/// one, and one wide enough for the side-by-side layouts.
pub const SIZES: [(u16, u16); 3] = [(60, 15), (80, 24), (150, 45)];

/// Keys from the overview to every view: goal list, indicator and initiative panes, the
/// indicator screen (first and last point), the initiative screen (measures, details, a
/// measure), presentation mode (a goal, the next, the last; from an indicator), the goal notes
/// screen (scrolled, the next goal), the browser (sorted, filtered), the search (with hits and
/// without), help, an indicator's breakdowns (a dimension, one open).
pub const VIEWS: &[&[KeyCode]] = &[
    &[],
    &[KeyCode::End],
    &[KeyCode::Tab],
    &[KeyCode::Tab, KeyCode::Enter],
    &[KeyCode::Tab, KeyCode::Enter, KeyCode::End, KeyCode::Right],
    &[KeyCode::End, KeyCode::Tab, KeyCode::End, KeyCode::Enter],
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
        KeyCode::Char('r'),
        KeyCode::Char('f'),
    ],
    &[
        KeyCode::Char('b'),
        KeyCode::Char('o'),
        KeyCode::Char('m'),
        KeyCode::End,
        KeyCode::Enter,
    ],
    &[KeyCode::Char('p')],
    &[KeyCode::Char('p'), KeyCode::Right, KeyCode::End],
    &[KeyCode::Tab, KeyCode::Enter, KeyCode::Char('p')],
    &[KeyCode::Char('n')],
    &[KeyCode::Char('n'), KeyCode::End, KeyCode::Right],
    &[KeyCode::Tab, KeyCode::Enter, KeyCode::Char('n')],
    &[KeyCode::Char('/')],
    &[KeyCode::Char('/'), KeyCode::Char('e')],
    &[
        KeyCode::Char('/'),
        KeyCode::Char('1'),
        KeyCode::Down,
        KeyCode::Enter,
    ],
    &[KeyCode::Char('?'), KeyCode::End],
    // An indicator's breakdowns (format v1.1): the first dimension, the next with one open.
    &[KeyCode::Tab, KeyCode::Enter, KeyCode::Char('d')],
    &[
        KeyCode::Tab,
        KeyCode::Enter,
        KeyCode::Char('d'),
        KeyCode::Right,
        KeyCode::End,
        KeyCode::Enter,
    ],
];

/// Runs the chain on file bytes: load (with check), then, when the file is usable, everything
/// else.
pub fn run_bytes(bytes: &[u8]) {
    let loaded = load_bytes(bytes, "fuzz\u{1b}[2J.json");
    for diagnostic in &loaded.diagnostics {
        let shown = diagnostic.to_string();
        assert_printable(&shown, false, "a diagnostic");
    }
    if let Some(dataset) = loaded.dataset {
        run_dataset(&dataset);
    }
}

/// Runs figures, every report and every view of a validated dataset.
pub fn run_dataset(dataset: &Dataset) {
    let figures = Figures::compute(dataset);
    reports(dataset, &figures);
    for ascii in [false, true] {
        let theme = ThemeOptions {
            color: !ascii,
            ascii,
            light: false,
        };
        views(dataset, theme);
    }
}

fn reports(dataset: &Dataset, figures: &Figures) {
    let report = Report::all(dataset, figures);
    for lang in [Lang::En, Lang::Da] {
        for ascii in [false, true] {
            let locale = Locale { lang, ascii };
            for color in [false, true] {
                let text = report.render(Kind::Text(TextOptions { locale, color }));
                let plain = if color { strip_sgr(&text) } else { text };
                assert_printable(&plain, true, "the text report");
                if ascii {
                    assert!(
                        plain.is_ascii(),
                        "the ASCII text report has non-ASCII: {plain}"
                    );
                }
            }
            let markdown = report.render(Kind::Markdown(locale));
            assert_printable(&markdown, true, "the markdown report");
        }
    }
    let json = report.render(Kind::Json);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
        panic!("the JSON report is not JSON ({e}): {json}");
    }
    let _ = report.render(Kind::Csv(CsvOptions::default()));
    if let Some(goal) = dataset.goals.first() {
        let one = Report::select(dataset, figures, &[goal.id.to_string()]);
        assert!(one.is_ok(), "a goal's own id selects it");
    }
}

fn views(dataset: &Dataset, theme: ThemeOptions) {
    for keys in VIEWS {
        let options = Options {
            lang: Lang::Da,
            theme,
            source: "fuzz\u{1b}]0;x\u{7}.json".into(),
            warnings: 1,
        };
        let mut app = App::new(dataset.clone(), options);
        update(&mut app, Action::Resize(SIZES[1].0, SIZES[1].1));
        press(&mut app, keys);
        for size in SIZES {
            update(&mut app, Action::Resize(size.0, size.1));
            let buf = draw(&app);
            assert_clean_cells(&buf, keys);
            if theme.ascii {
                assert!(
                    buf.content.iter().all(|c| c.symbol().is_ascii()),
                    "a glyph outside ASCII in ASCII mode after {keys:?} at {size:?}"
                );
            }
        }
    }
}

/// Sends keys through `action_for` and `update`, as the event loop does.
pub fn press(app: &mut App, keys: &[KeyCode]) {
    for &code in keys {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if let Some(action) = action_for(&event, app) {
            update(app, action);
        }
    }
}

/// Draws the app at its size on a test terminal, through the same entry point as the
/// dashboard.
pub fn draw(app: &App) -> Buffer {
    let (w, h) = app.ui.size;
    let mut terminal = match Terminal::new(TestBackend::new(w, h)) {
        Ok(t) => t,
        Err(e) => panic!("a test terminal: {e}"),
    };
    if let Err(e) = terminal.draw(|frame| goalboard::tui::draw(frame, app)) {
        panic!("drawing to a test backend failed: {e}");
    }
    terminal.backend().buffer().clone()
}

/// Whether a character must never be printed from data: controls, bidi overrides and isolates.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Asserts that a text has no character a terminal would act on (newlines allowed where
/// `newlines`).
pub fn assert_printable(text: &str, newlines: bool, what: &str) {
    if let Some(c) = text
        .chars()
        .find(|&c| is_unsafe(c) && !(newlines && c == '\n'))
    {
        panic!("{what} holds {c:?}: {text:?}");
    }
}

fn assert_clean_cells(buf: &Buffer, keys: &[KeyCode]) {
    for cell in &buf.content {
        let symbol = cell.symbol();
        assert!(
            !symbol.chars().any(is_unsafe),
            "a cell holds {symbol:?} after {keys:?} at {:?}",
            buf.area
        );
    }
}

/// The text without its SGR colour sequences (`ESC [ digits ; … m`), which the coloured text
/// report writes on purpose. Any other escape stays and fails the check.
pub fn strip_sgr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let params = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[params..].starts_with('m') {
            rest = &after[params + 1..];
        } else {
            out.push('\u{1b}');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}
