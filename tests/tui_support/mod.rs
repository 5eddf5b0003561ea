//! Shared by the dashboard's tests: building an app from a dataset without a terminal, pressing
//! keys, and reading a drawn screen as text.

#![allow(dead_code)]

use goalboard::load::load_bytes;
use goalboard::model::Lang;
use goalboard::tui::action::Version;
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Effect, Options, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub const SMALL: &[u8] = include_bytes!("../fixtures/tui-small.json");

pub fn dataset(bytes: &[u8]) -> goalboard::model::Dataset {
    let loaded = load_bytes(bytes, "test.json");
    let errors: Vec<String> = loaded.errors().map(ToString::to_string).collect();
    loaded
        .dataset
        .unwrap_or_else(|| panic!("the test dataset loads: {errors:?}"))
}

pub fn options(lang: Lang) -> Options {
    Options {
        lang,
        theme: ThemeOptions {
            color: true,
            ascii: false,
            light: false,
        },
        source: "test.json".into(),
        warnings: 0,
    }
}

/// An app over a dataset at a size, its first frame drawn.
pub fn app_with(bytes: &[u8], options: Options, size: (u16, u16)) -> App {
    let mut app = App::new(dataset(bytes), options);
    update(&mut app, Action::Resize(size.0, size.1));
    drawn(&mut app);
    app
}

/// What the event loop does after it draws a frame: the lists' windows the views drew by go
/// back to the update step (`Action::Drawn`), which keeps their offsets.
pub fn drawn(app: &mut App) {
    let windows = goalboard::tui::shown::windows(app);
    update(app, Action::Drawn(windows));
}

/// Draws a frame on a test terminal, as the event loop does, and hands the update step its
/// windows; returns the buffer.
pub fn frame(app: &mut App) -> Buffer {
    let buffer = draw(app);
    drawn(app);
    buffer
}

/// The window the last frame drew of a list.
pub fn window(app: &App, list: goalboard::tui::layout::List) -> goalboard::tui::scroll::Window {
    *app.ui
        .windows
        .get(list)
        .unwrap_or_else(|| panic!("the last frame drew {list:?}"))
}

pub fn small(size: (u16, u16)) -> App {
    app_with(SMALL, options(Lang::Da), size)
}

pub fn bundled(size: (u16, u16)) -> App {
    app_with(goalboard::bundled::BYTES, options(Lang::Da), size)
}

/// Sends key events through `action_for` and `update`, as the event loop does, a frame after
/// each (see [`drawn`]); returns the effect the last key asked for.
pub fn press(app: &mut App, keys: &[KeyCode]) -> Option<Effect> {
    let mut effect = None;
    for &code in keys {
        let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        effect = goalboard::tui::action_for(&event, app).and_then(|action| update(app, action));
        drawn(app);
    }
    effect
}

/// A new version of the dataset through the update step, as the event loop applies a file
/// read again (with the app's count of warnings).
pub fn reload(app: &mut App, dataset: goalboard::model::Dataset) {
    let version = Version {
        dataset: Some(dataset),
        warnings: app.warnings,
        errors: app.errors,
        first_error: None,
    };
    update(app, Action::Loaded(Box::new(version)));
    drawn(app);
}

/// Whether an action changed the state (the views' or the data).
pub fn changes(app: &mut App, action: Action) -> bool {
    let before = (app.ui.clone(), app.warnings, app.data.dataset.clone());
    update(app, action);
    (app.ui.clone(), app.warnings, app.data.dataset.clone()) != before
}

pub fn type_text(app: &mut App, text: &str) -> Option<Effect> {
    let keys: Vec<KeyCode> = text.chars().map(KeyCode::Char).collect();
    press(app, &keys)
}

/// Draws the app on a test terminal of its size and returns the buffer.
pub fn draw(app: &App) -> Buffer {
    let (w, h) = app.ui.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|frame| goalboard::tui::draw(frame, app))
        .expect("drawing never fails");
    terminal.backend().buffer().clone()
}

/// A buffer as text, one line per row, trailing spaces cut; a wide character's hidden second
/// cell is skipped, so rows read as the terminal shows them.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut row = String::new();
        let mut skip = 0;
        for x in buf.area.left()..buf.area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            row.push_str(symbol);
            skip = usize::from(symbol.cell_width()).saturating_sub(1);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

pub fn screen(app: &App) -> String {
    text(&draw(app))
}
