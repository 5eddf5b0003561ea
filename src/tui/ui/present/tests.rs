//! Presentation mode's plan: what fits at each size.

use super::*;

#[test]
fn intervals_in_words() {
    use std::time::Duration;
    assert_eq!(interval(Duration::from_secs(30)), "30 s");
    assert_eq!(interval(Duration::from_secs(120)), "2 min");
    assert_eq!(interval(Duration::from_secs(90)), "1 min 30 s");
}
