//! The breakdowns' part of a position (format v1.1): optional, so presenters and followers of
//! builds without it read each other's messages as before.

use serde::{Deserialize, Serialize};

/// Where the presenter is in an indicator's breakdowns: the dimension by name, the selected
/// breakdown by its dimension pairs (never by its place in a list, which a filter or another
/// version of the file changes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BreakdownsPosition {
    pub dimension: String,
    /// The filter's text (cut as the search query is), and whether it takes the keys.
    pub query: String,
    pub editing: bool,
    /// The selected breakdown's `[name, value]` pairs, in the file's order; empty for none
    /// (or pairs too long to send, [`MAX_PAIRS`]).
    pub selected: Vec<(String, String)>,
    /// The list's first row shown.
    pub offset: u32,
    /// The selected breakdown is open, with this point selected and this first point shown.
    pub open: Option<(u32, u32)>,
}

/// The most bytes of dimension pairs sent for the selected breakdown; longer ones are not sent
/// (the follower stays at the list's top), so a message never outgrows
/// [`MAX_FRAME`](super::MAX_FRAME).
pub const MAX_PAIRS: usize = 4096;

/// A breakdown's pairs as sent: all of them, or none when they are too long.
pub fn shown_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    let bytes: usize = pairs.iter().map(|(k, v)| k.len() + v.len()).sum();
    if bytes > MAX_PAIRS {
        return Vec::new();
    }
    pairs.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::protocol::tests::sample;
    use crate::share::protocol::{Screen, decode, encode};

    #[test]
    fn a_position_without_breakdowns_reads_as_before() {
        #[derive(Deserialize)]
        struct Older {
            position: OlderPosition,
        }
        #[derive(Deserialize)]
        struct OlderPosition {
            screen: Screen,
            indicator: Option<String>,
        }
        // A presenter of an older build sends no `breakdowns`; one of this build sends them
        // to followers that ignore members they do not know.
        let line = br#"{"version":1,"seq":1,"reloaded":0,"presenter":"a","dataset":null,"position":{"screen":"indicator","indicator":"i"}}"#;
        assert_eq!(decode(line).unwrap().position.breakdowns, None);
        let sent = String::from_utf8(encode(&sample()).unwrap()).unwrap();
        assert!(
            sent.contains(r#""selected":[["Køn","Kvinder"],["Alder","18-29"]]"#),
            "{sent}"
        );
        let older: Older = serde_json::from_str(&sent).unwrap();
        assert_eq!(older.position.screen, Screen::Indicator);
        assert_eq!(older.position.indicator.as_deref(), Some("i2"));
    }

    #[test]
    fn pairs_too_long_are_not_sent() {
        let short = vec![("Køn".to_owned(), "Kvinder".to_owned())];
        assert_eq!(shown_pairs(&short), short);
        let long = vec![("Område".to_owned(), "x".repeat(MAX_PAIRS))];
        assert!(shown_pairs(&long).is_empty());
        let mut message = sample();
        if let Some(b) = message.position.breakdowns.as_mut() {
            b.selected = shown_pairs(&long);
        }
        assert!(encode(&message).is_ok());
    }
}
