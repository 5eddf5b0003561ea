//! Arbitrary bytes as what a presenter sends a follower: read off the stream in blocks of every
//! size (the first byte picks it) by the protocol's frame reader, each message put into a
//! following dashboard of the bundled dataset, which is then drawn. Nothing may panic, no
//! screen cell may hold a control or bidi character, and a message read must encode and
//! decode back to itself.

#![no_main]

use std::sync::OnceLock;

use goalboard::model::{Dataset, Lang};
use goalboard::share::protocol::{FrameReader, ProtocolError, decode, encode};
use goalboard::tui::theme::ThemeOptions;
use goalboard::tui::{Action, App, Options, update};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/hostile_support/chain.rs"]
#[allow(dead_code)]
mod chain;
#[path = "../../tests/load_support/trickle.rs"]
mod trickle;

use trickle::Trickle;

/// At most this many messages per input: the reader must end anyway, this keeps runs short.
const MAX_MESSAGES: usize = 64;

fn bundled() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        match goalboard::load::load_bytes(goalboard::bundled::BYTES, "bundled").dataset {
            Some(d) => d,
            None => panic!("the bundled dataset loads"),
        }
    })
}

fuzz_target!(|input: &[u8]| {
    let Some((&step, bytes)) = input.split_first() else {
        return;
    };
    let options = Options {
        lang: if step & 1 == 0 { Lang::En } else { Lang::Da },
        theme: ThemeOptions {
            color: true,
            ascii: false,
            light: false,
        },
        source: "fuzz.json".into(),
        warnings: 0,
    };
    let mut app = App::new(bundled().clone(), options);
    update(&mut app, Action::Resize(80, 24));
    update(&mut app, Action::StartFollowing);
    let mut reader = FrameReader::new(Trickle {
        bytes,
        step: usize::from(step).max(1),
    });
    for _ in 0..MAX_MESSAGES {
        match reader.next_message() {
            Ok(Some(message)) => {
                if let Ok(line) = encode(&message) {
                    let again = decode(&line);
                    assert!(
                        again.as_ref().is_ok_and(|m| *m == message),
                        "a message does not survive encode and decode: {again:?}"
                    );
                }
                update(&mut app, Action::Follow(Box::new(message)));
            }
            Ok(None) | Err(ProtocolError::Io(_)) => break,
            Err(_) => {}
        }
    }
    let buf = chain::draw(&app);
    for cell in buf.content.iter() {
        assert!(
            !cell.symbol().chars().any(chain::is_unsafe),
            "an unsafe character on screen: {:?}",
            cell.symbol()
        );
    }
});
