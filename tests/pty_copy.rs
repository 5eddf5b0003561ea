//! `y` in the real binary: the goal's Markdown reaches the terminal as one OSC 52 sequence
//! (base64 between `ESC ] 52 ; c ;` and BEL), and the screen says it was copied.

mod hostile_support;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hostile_support::pty::{Session, Start};

const OSC52: &[u8] = b"\x1b]52;c;";

#[test]
fn y_puts_the_goal_on_the_clipboard() {
    let mut session = Session::start("copy", &Start::default());
    session.wait_for_dashboard();
    session.send(b"jjjjjj");
    session.wait_for_text("7 Færre skal være hjemløse · Indikatorer");
    session.send(b"y");
    session.wait_for_text("Mål 7 kopieret");
    let bytes = session.bytes();
    let start = bytes
        .windows(OSC52.len())
        .position(|w| w == OSC52)
        .expect("an OSC 52 sequence")
        + OSC52.len();
    let end = start
        + bytes[start..]
            .iter()
            .position(|&b| b == 0x07)
            .expect("the sequence ends with BEL");
    let text = String::from_utf8(STANDARD.decode(&bytes[start..end]).expect("base64"))
        .expect("UTF-8 Markdown");
    assert!(text.contains("Færre skal være hjemløse"), "{text}");
    assert!(text.contains("38 personer"), "{text}");
    session.send(b"q");
    session.wait_exit();
    session.finish();
}
