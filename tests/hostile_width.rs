//! Width-correct text: titles, units and names with wide (CJK, fullwidth, emoji), zero-width,
//! combining and right-to-left characters never move the columns, borders and figures beside
//! them. Drawn through the dashboard's own `draw` on a `TestBackend`.
//!
//! Two promises are checked on every cell. First, what the terminal is told matches what the
//! buffer assumes: every cell drawn holds a symbol at least one column wide (a zero-width
//! symbol in a cell of its own would pull the rest of the row one column left), and the
//! columns under the right half of a wide symbol hold nothing. Second, in every list and table
//! the columns start at the same x in every row, and borders stay put.

mod hostile_support;

use std::fmt::Write;

use goalboard::model::{Dataset, Lang};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Options, update};
use hostile_support::chain::{SIZES, VIEWS, draw, press};
use hostile_support::pty::{Session, Start};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The rows of a vt100 screen that show `needle`.
fn rows_of(screen: &vt100::Screen, needle: &str) -> Vec<u16> {
    let (rows, cols) = screen.size();
    (0..rows)
        .filter(|&row| screen.contents_between(row, 0, row, cols).contains(needle))
        .collect()
}

/// The column where `needle` starts in a row of a vt100 screen, counted in cells as the
/// terminal placed them.
fn col_of(screen: &vt100::Screen, row: u16, needle: &str) -> Option<u16> {
    let (_, cols) = screen.size();
    (0..cols).find(|&col| {
        screen
            .contents_between(row, col, row, cols)
            .starts_with(needle)
    })
}

/// One kind of difficult text each; the plain one is the yardstick.
const TITLES: &[&str] = &[
    "Plain ASCII title",
    "日本語のタイトルとテキスト",
    "👍🏽 Emoji 👩‍👩‍👧 family 🇩🇰 flag",
    "Zero\u{200b}width\u{200b}\u{200b}spaces\u{2060}joiner\u{feff}",
    "Combining e\u{301}e\u{301} a\u{308}o\u{308} Z\u{335}\u{321}a\u{337}lgo",
    "RTL שלום עולם og مرحبا بالعالم",
    "❤️ hjerte ☺️ ✔️",
    "한국어 제목 ｆｕｌｌｗｉｄｔｈ",
];

/// Where the emoji title sits in `TITLES` (goal, indicator and initiative `2`).
const EMOJI: usize = 2;

/// A goal, an indicator (the title also its unit), an owner and an initiative with a measure
/// for each title; every goal on track, so the status column reads the same in every row.
fn dataset_json() -> Vec<u8> {
    let each = |f: &dyn Fn(usize, &str) -> serde_json::Value| -> Vec<serde_json::Value> {
        TITLES.iter().enumerate().map(|(i, t)| f(i, t)).collect()
    };
    let goals = each(&|i, t| {
        serde_json::json!({
            "id": format!("g{i}"), "code": format!("{i}"), "title": t,
            "indicators": [{ "id": format!("i{i}"), "title": t, "unit": t, "direction": "decrease",
                "target": { "value": 10, "date": "2019" },
                "series": [ { "date": "2015", "value": 50 }, { "date": "2016", "value": 40 } ] }]
        })
    });
    let owners = each(&|i, t| serde_json::json!({ "id": format!("o{i}"), "name": t, "short": t }));
    let initiatives = each(&|i, t| {
        serde_json::json!({
            "id": format!("n{i}"), "title": t, "goals": [format!("g{i}"), "g0"],
            "owners": [format!("o{i}")], "start": "2015", "end": "2018",
            "measures": [{ "id": format!("m{i}"), "title": t,
                           "series": [ { "date": "2016", "value": 5 } ] }]
        })
    });
    let json = serde_json::json!({
        "format": "goalboard/1", "title": TITLES[EMOJI], "language": "da", "as_of": "2017",
        "owners": owners, "goals": goals, "initiatives": initiatives
    });
    serde_json::to_vec(&json).expect("json")
}

fn dataset() -> Dataset {
    let loaded = goalboard::load::load_bytes(&dataset_json(), "width.json");
    let errors: Vec<String> = loaded.errors().map(ToString::to_string).collect();
    loaded
        .dataset
        .unwrap_or_else(|| panic!("the width dataset loads: {errors:?}"))
}

fn screen(keys: &[KeyCode], (w, h): (u16, u16), ascii: bool) -> Buffer {
    let options = Options {
        lang: Lang::Da,
        theme: ThemeOptions {
            color: true,
            ascii,
            light: false,
        },
        source: "width.json".into(),
        warnings: 0,
    };
    let mut app = App::new(dataset(), options);
    update(&mut app, Action::Resize(w, h));
    press(&mut app, keys);
    draw(&app)
}

/// The cells of a row the terminal shows: `(x, symbol)`, without the cells hidden under the
/// right half of a wide symbol.
fn shown_cells(buf: &Buffer, y: u16) -> Vec<(u16, &str)> {
    let mut cells = Vec::new();
    let mut hidden = 0;
    for x in buf.area.left()..buf.area.right() {
        if hidden > 0 {
            hidden -= 1;
            continue;
        }
        let symbol = buf[(x, y)].symbol();
        cells.push((x, symbol));
        hidden = symbol.width().saturating_sub(1);
    }
    cells
}

fn row_text(buf: &Buffer, y: u16) -> String {
    shown_cells(buf, y).into_iter().map(|(_, s)| s).collect()
}

/// Where the columns of a row start: a symbol after two blank columns (the gap the views put
/// between columns), from `from` on (left of it sit the selection mark and its space).
fn column_starts(buf: &Buffer, y: u16, from: u16) -> Vec<u16> {
    let cells = shown_cells(buf, y);
    cells
        .windows(3)
        .filter(|w| w[0].1 == " " && w[1].1 == " " && w[2].1 != " ")
        .map(|w| w[2].0)
        .filter(|&x| x >= from)
        .collect()
}

/// The x of the first cell showing `needle` in a row.
fn x_of(buf: &Buffer, y: u16, needle: &str) -> Option<u16> {
    let cells = shown_cells(buf, y);
    (0..cells.len()).find_map(|i| {
        let text: String = cells[i..].iter().map(|(_, s)| *s).collect();
        text.starts_with(needle).then_some(cells[i].0)
    })
}

fn rows_with(buf: &Buffer, needle: &str) -> Vec<u16> {
    (buf.area.top()..buf.area.bottom())
        .filter(|&y| row_text(buf, y).contains(needle))
        .collect()
}

fn dump(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let _ = writeln!(out, "{y:>3} {}", row_text(buf, y));
    }
    out
}

/// Asserts that the rows have the same column starts, and that there are `at_least` rows.
fn assert_aligned(buf: &Buffer, rows: &[u16], from: u16, at_least: usize, what: &str) {
    assert!(
        rows.len() >= at_least,
        "{what}: only {} rows found\n{}",
        rows.len(),
        dump(buf)
    );
    let first = column_starts(buf, rows[0], from);
    assert!(!first.is_empty(), "{what}: no columns found\n{}", dump(buf));
    for &y in &rows[1..] {
        assert_eq!(
            column_starts(buf, y, from),
            first,
            "{what}: row {y} has its columns elsewhere than row {}\n{}",
            rows[0],
            dump(buf)
        );
    }
}

/// Every cell holds something at least one column wide, and nothing hides under a wide one.
fn assert_cells_sound(buf: &Buffer, at: &str) {
    for y in buf.area.top()..buf.area.bottom() {
        for (x, symbol) in shown_cells(buf, y) {
            assert!(
                symbol.width() >= 1,
                "{at}: a cell ({x}, {y}) of width 0 holds {symbol:?}: the terminal would not \
                 advance, and the rest of the row would shift left\n{}",
                dump(buf)
            );
            for under in 1..symbol.width() as u16 {
                let Some(cell) = buf.cell((x + under, y)) else {
                    panic!("{at}: {symbol:?} at ({x}, {y}) sticks out of the screen");
                };
                assert!(
                    cell.symbol() == " " || cell.symbol().is_empty(),
                    "{at}: {:?} drawn under the right half of {symbol:?} at ({x}, {y})",
                    cell.symbol()
                );
            }
        }
    }
}

#[test]
fn every_cell_is_as_wide_as_the_terminal_moves() {
    for ascii in [false, true] {
        for keys in VIEWS {
            for size in SIZES.into_iter().chain([(100, 30), (200, 50)]) {
                let buf = screen(keys, size, ascii);
                assert_cells_sound(&buf, &format!("{keys:?} at {size:?} (ascii {ascii})"));
            }
        }
    }
}

#[test]
fn overview_lists_keep_their_columns() {
    for size in [(80, 30), (100, 40)] {
        let buf = screen(&[], size, false);
        // A goal's sparkline, then its status (an indicator's is followed by its value).
        let goals = rows_with(&buf, "█▁  ●");
        assert_aligned(&buf, &goals, 3, TITLES.len(), "goals");
        let status: Vec<Option<u16>> = goals.iter().map(|&y| x_of(&buf, y, "●")).collect();
        assert!(
            status.windows(2).all(|w| w[0] == w[1] && w[0].is_some()),
            "goal status at {status:?}\n{}",
            dump(&buf)
        );
        let initiatives = rows_with(&buf, "aktiv");
        assert_aligned(&buf, &initiatives, 3, TITLES.len(), "initiatives");
    }
}

#[test]
fn wide_overview_keeps_its_divider_straight() {
    // Side by side from 163 columns (each side at least 80).
    let buf = screen(&[], (170, 40), false);
    let body = 2..buf.area.height - 1;
    let divider: Vec<Option<u16>> = body.clone().map(|y| x_of(&buf, y, "│")).collect();
    assert!(
        divider.windows(2).all(|w| w[0] == w[1] && w[0].is_some()),
        "the divider between goals and detail at {divider:?}\n{}",
        dump(&buf)
    );
    let right: Vec<u16> = rows_with(&buf, "aktiv");
    let ends: Vec<Option<u16>> = right.iter().map(|&y| x_of(&buf, y, "aktiv")).collect();
    assert!(
        ends.windows(2).all(|w| w[0] == w[1]) && ends.len() >= TITLES.len(),
        "initiative status at {ends:?}\n{}",
        dump(&buf)
    );
}

#[test]
fn browser_table_keeps_its_columns() {
    for size in [(100, 30), (130, 30), (200, 30)] {
        let buf = screen(&[KeyCode::Char('b')], size, false);
        let rows = rows_with(&buf, "aktiv");
        assert_aligned(
            &buf,
            &rows,
            3,
            TITLES.len(),
            &format!("browser at {size:?}"),
        );
    }
}

#[test]
fn search_hits_keep_their_columns() {
    let buf = screen(&[KeyCode::Char('/'), KeyCode::Char('i')], (100, 40), false);
    let rows = rows_with(&buf, "Indikator ");
    assert_aligned(&buf, &rows, 3, 6, "indicator hits");
}

#[test]
fn indicator_screen_is_laid_out_as_for_a_plain_unit() {
    // The plain and the emoji goal's indicator: the emoji title is also the unit, so it is in
    // every figure, label and point. The chart and the points' columns must not move.
    let open = |goal: usize| {
        let mut keys = vec![KeyCode::Char('j'); goal];
        keys.extend([KeyCode::Tab, KeyCode::Enter]);
        screen(&keys, (100, 30), false)
    };
    let (plain, emoji) = (open(0), open(EMOJI));
    assert!(
        row_text(&emoji, 0).contains("Emoji"),
        "the emoji goal's indicator is open\n{}",
        dump(&emoji)
    );
    // Longer words may take more lines (the chart then starts lower), never other columns.
    let corner = |buf: &Buffer| {
        let y = rows_with(buf, "└").first().copied()?;
        x_of(buf, y, "└")
    };
    assert!(corner(&plain).is_some(), "no chart\n{}", dump(&plain));
    assert_eq!(
        corner(&plain),
        corner(&emoji),
        "the chart moved\n{}",
        dump(&emoji)
    );
    for buf in [&plain, &emoji] {
        let points = rows_with(buf, "201");
        let points: Vec<u16> = points
            .into_iter()
            .filter(|&y| x_of(buf, y, "2015").or(x_of(buf, y, "2016")) == Some(2))
            .collect();
        assert_aligned(buf, &points, 3, 2, "points");
    }
    let value = |buf: &Buffer| {
        let y = rows_with(buf, "2016  40").first().copied()?;
        x_of(buf, y, "40")
    };
    assert!(value(&plain).is_some(), "{}", dump(&plain));
    assert_eq!(value(&plain), value(&emoji), "\n{}", dump(&emoji));
}

#[test]
fn a_measure_status_sits_where_a_plain_titles_does() {
    // The initiative screen of the plain and of the emoji initiative: the measure's status at
    // the same x.
    let open = |n: usize| {
        let mut keys = vec![KeyCode::Tab, KeyCode::Tab];
        keys.extend(std::iter::repeat_n(KeyCode::Char('j'), n));
        keys.push(KeyCode::Enter);
        screen(&keys, (100, 30), false)
    };
    let (plain, emoji) = (open(0), open(EMOJI));
    let status = |buf: &Buffer| {
        rows_with(buf, "intet mål")
            .first()
            .and_then(|&y| x_of(buf, y, "intet mål"))
    };
    assert!(
        row_text(&emoji, 0).contains("Emoji"),
        "the emoji initiative is open\n{}",
        dump(&emoji)
    );
    assert_eq!(
        status(&plain),
        status(&emoji),
        "\n{}\n{}",
        dump(&plain),
        dump(&emoji)
    );
    assert!(status(&plain).is_some(), "{}", dump(&plain));
}

/// Many terminals (xterm, GNOME Terminal/VTE, tmux, and vt100 here) advance the cursor by the
/// width of each code point, not of each grapheme: `👍🏽` (thumb + skin tone) takes 4 columns
/// there and 2 in a grapheme-aware terminal. After a cell of two or more columns the backend
/// always moves the cursor to the next cell explicitly, so such a disagreement stays inside the
/// cell. After a one-column cell it does not: there both ways of measuring must say one.
#[test]
fn one_column_cells_are_one_column_in_every_terminal() {
    for keys in VIEWS {
        let buf = screen(keys, (130, 40), false);
        for y in buf.area.top()..buf.area.bottom() {
            for (x, symbol) in shown_cells(&buf, y) {
                let per_code_point: usize =
                    symbol.chars().filter_map(UnicodeWidthChar::width).sum();
                assert!(
                    symbol.width() != 1 || per_code_point == 1,
                    "{keys:?}: {symbol:?} at ({x}, {y}) is 1 column as a grapheme and \
                     {per_code_point} as code points\n{}",
                    dump(&buf)
                );
            }
        }
    }
}

/// The same, end to end: the real binary in a pseudo-terminal read by vt100, which measures
/// per code point like xterm and tmux. The goals' status column is at one x in every row.
#[test]
fn a_per_code_point_terminal_shows_the_columns_aligned() {
    let home = hostile_support::pty::private_home("width-file");
    let file = home.join("width.json");
    std::fs::write(&file, dataset_json()).expect("the dataset is written");
    let file = file.display().to_string();
    for keys in [&b""[..], b"b"] {
        let mut session = Session::start(
            "width-pty",
            &Start {
                args: &[&file],
                size: (100, 30),
                ..Start::default()
            },
        );
        session.wait_for_dashboard();
        session.send(keys);
        // The whole frame, not the first rows of it: every row of the view is there.
        let goal_rows = if keys.is_empty() { TITLES.len() } else { 0 };
        session.wait_for("the whole view", |s| {
            rows_of(s, "█▁  ●").len() == goal_rows && rows_of(s, "aktiv  ").len() == TITLES.len()
        });
        let parser = session.parser();
        session.send(b"q");
        session.wait_exit();
        session.finish();
        let screen = parser.screen();
        let text = screen.contents();
        // Goal rows (with a sparkline) by their status mark, initiative rows by their status.
        for (row_mark, marker) in [("█▁  ●", "● på sporet"), ("aktiv  ", "aktiv  ")] {
            let cols: Vec<(u16, Option<u16>)> = rows_of(screen, row_mark)
                .into_iter()
                .map(|row| (row, col_of(screen, row, marker)))
                .collect();
            for (row, col) in &cols {
                assert!(col.is_some(), "row {row}: no {marker:?}\n{text}");
                assert_eq!(*col, cols[0].1, "row {row}: {marker:?} moved\n{text}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(home);
}
