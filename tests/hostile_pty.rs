//! The real binary opens tests/fixtures/hostile.json (escape sequences in every kind of string)
//! in a pseudo-terminal, visits every view, and quits. None of the injected sequences may be in
//! the bytes it wrote, while their visible text is on the screen, the escape shown as `�`.
//!
//! The program legitimately writes some of the same sequences itself: it clears the screen
//! (`CSI 2J CSI H`, and ratatui may ask where the cursor is, `CSI 6n`) before drawing anything,
//! and the restore leaves the alternate screen (`CSI ?1049l`) at the very end. The checks tell those
//! apart by position, and beyond the named payloads every escape sequence written must be of a
//! kind the program uses (cursor moves, colours, modes), never OSC, DCS or C1.

mod hostile_support;

use hostile_support::pty::{CURSOR_QUERY, Session, Start, escaped, find_all};

/// The first data text drawn: the dataset's title in the header.
const TITLE: &str = "Fjendtlig \u{fffd}]0;pwned\u{fffd}titel";

/// A view: its name, the keys that reach it from the view before (one write each, Esc
/// alone, so none merges into an escape sequence), and texts it must show.
type Visit = (
    &'static str,
    &'static [&'static [u8]],
    &'static [&'static str],
);

const VISITS: &[Visit] = &[
    (
        "overview with the goal's detail",
        &[],
        &[
            TITLE,
            "Kommune\u{fffd}[2J\u{fffd}[H",
            "1\u{fffd}2J",
            "Hjemløse\u{fffd}[?1049l borge",
            "Status\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}note",
            "Antal\u{fffd}[2J\u{fffd}[H hjemløse",
            "38 personer\u{fffd}[6n",
            "Pitstop\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}",
        ],
    ),
    (
        "the second goal (bidi, CJK, emoji, combining)",
        &[b"j"],
        &["Bidi\u{fffd}tekst og 日本語", "Andel\u{fffd}2J"],
    ),
    (
        "indicator view",
        &[b"k", b"\t", b"\r"],
        &[
            "Sammenlignet med",
            "Landet\u{fffd}[?1049l",
            "Tælling\u{fffd}P1$qm\u{fffd}\\",
            "61 personer\u{fffd}[6n",
        ],
    ),
    (
        "initiative view",
        &[b"\x1b", b"\t", b"\r"],
        &[
            "Center for Socialservice\u{fffd}]52;c;cm0gLXJmIH4=\u{fffd}",
            "Indsats\u{fffd}[2J\u{fffd}[H",
            "Stoffri\u{fffd}[6n",
            "Boliger\u{fffd}[?1049l",
            "Opdatering\u{fffd}]0;pwned\u{fffd}tekst",
        ],
    ),
    (
        "initiatives browser",
        &[b"\x1b", b"b"],
        &["f status", "CSS\u{fffd}[6n", "1\u{fffd}2J"],
    ),
    (
        "search",
        &[b"\x1b", b"/", b"p"],
        // The indicator's description is searched too (the fourth hit).
        &["4 fund", "Tælling\u{fffd}P1$qm\u{fffd}\\"],
    ),
    ("help", &[b"\x1b", b"?"], &["Taster", "Overblik"]),
];

#[test]
fn hostile_strings_show_their_text_but_never_their_escapes() {
    let mut session = Session::start(
        "hostile-pty",
        &Start {
            args: &["tests/fixtures/hostile.json"],
            size: (120, 40),
            ..Start::default()
        },
    );
    session.wait_for_dashboard();
    for (view, keys, texts) in VISITS {
        for key in *keys {
            // Colours count: a change of focus may change only them.
            let before = session.parser().screen().contents_formatted();
            session.send(key);
            session.wait_for(&format!("a change after {key:?} towards the {view}"), |s| {
                s.contents_formatted() != before
            });
        }
        for text in *texts {
            session.wait_for_text(text);
        }
    }
    session.send(b"q");
    let status = session.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status:?}");
    let bytes = session.finish();
    assert_no_injected_sequence(&bytes);
    assert_only_own_escapes(&bytes);
}

fn assert_no_injected_sequence(bytes: &[u8]) {
    let data = find_all(bytes, TITLE.as_bytes());
    let first_data = *data.first().expect("the title was drawn");
    for (name, payload) in [
        ("OSC 52 clipboard", &b"\x1b]52;c;cm0gLXJmIH4="[..]),
        ("OSC 0 title", b"\x1b]0;pwned"),
        ("OSC 8 hyperlink", b"\x1b]8;;"),
        ("DCS", b"\x1bP"),
        ("string terminator", b"\x1b\\"),
        ("red (SGR 31 from a tag)", b"\x1b[31m"),
        ("C1 CSI", "\u{9b}".as_bytes()),
        ("C1 OSC", "\u{9d}".as_bytes()),
        ("C1 DCS", "\u{90}".as_bytes()),
        ("NEL", "\u{85}".as_bytes()),
        ("BEL", b"\x07"),
        ("backspace", b"\x08"),
        ("carriage return", b"\r"),
        ("DEL", b"\x7f"),
        ("right-to-left override", "\u{202e}".as_bytes()),
        ("first strong isolate", "\u{2068}".as_bytes()),
        ("left-to-right isolate", "\u{2066}".as_bytes()),
        ("line separator", "\u{2028}".as_bytes()),
    ] {
        let at = find_all(bytes, payload);
        assert!(at.is_empty(), "{name} written at {at:?}");
    }
    // The program's own clear (and any cursor query) come before any data is drawn; injected
    // ones come with it.
    for (name, sequence) in [
        ("CSI 6n", CURSOR_QUERY),
        ("CSI 2J", b"\x1b[2J"),
        ("CSI H", b"\x1b[H"),
    ] {
        let late: Vec<usize> = find_all(bytes, sequence)
            .into_iter()
            .filter(|&at| at > first_data)
            .collect();
        assert!(late.is_empty(), "{name} written among the data at {late:?}");
    }
    // Leaving the alternate screen: once, in the final restore, followed only by showing the
    // cursor.
    let leave = find_all(bytes, b"\x1b[?1049l");
    assert_eq!(leave.len(), 1, "the alternate screen was left at {leave:?}");
    assert_eq!(
        &bytes[leave[0]..],
        b"\x1b[?1049l\x1b[?25h",
        "the restore is the last thing written"
    );
}

/// Every escape the program wrote is a CSI of a kind it uses: cursor position (`H`), colours
/// and attributes (`m`), private modes (`?…h`, `?…l`), the first clear (`2J`) and cursor query
/// (`6n`). Anything else (OSC, DCS, another CSI) must have come from data.
fn assert_only_own_escapes(bytes: &[u8]) {
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == 0x1b) {
        let at = i + offset;
        let rest = &bytes[at + 1..];
        assert!(
            rest.first() == Some(&b'['),
            "an escape that is not a CSI at {at}: {}",
            escaped(&bytes[at..(at + 20).min(bytes.len())])
        );
        let params = rest[1..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b';' || **b == b'?')
            .count();
        let end = 1 + params;
        let last = rest.get(end).copied();
        let private = rest.get(1) == Some(&b'?');
        let allowed = match last {
            Some(b'H' | b'm') => !private,
            Some(b'h' | b'l') => private,
            Some(b'J') => &rest[1..end] == b"2",
            Some(b'n') => &rest[1..end] == b"6",
            _ => false,
        };
        assert!(
            allowed,
            "an escape sequence the program does not use, at {at}: {}",
            escaped(&bytes[at..(at + end + 2).min(bytes.len())])
        );
        i = at + end + 2;
    }
    for (at, &b) in bytes.iter().enumerate() {
        assert!(
            b >= 0x20 || b == 0x1b,
            "control byte 0x{b:02x} written at {at}: {}",
            escaped(&bytes[at.saturating_sub(20)..(at + 20).min(bytes.len())])
        );
    }
}

/// The checks above catch what they look for: each sample fails one of them.
#[test]
fn the_checks_catch_injections() {
    let title = TITLE.as_bytes();
    let end = b"\x1b[?1049l\x1b[?25h";
    let samples: [Vec<u8>; 6] = [
        [title, b"\x1b]52;c;cm0gLXJmIH4=\x07", end].concat(),
        [title, b"\x1b[6n", end].concat(),
        [title, b"\x1b[2J", end].concat(),
        [title, b"\x1b[?1049l", end].concat(),
        [title, "a\u{9b}2J".as_bytes(), end].concat(),
        [title, b"\x1b[", end].concat(),
    ];
    for sample in samples {
        let caught = std::panic::catch_unwind(|| {
            assert_no_injected_sequence(&sample);
            assert_only_own_escapes(&sample);
        });
        assert!(caught.is_err(), "not caught: {}", escaped(&sample));
    }
    let clean = [b"\x1b[6n\x1b[2J", title, b"\x1b[1;1H\x1b[38;5;2mok", end].concat();
    assert_no_injected_sequence(&clean);
    assert_only_own_escapes(&clean);
}
