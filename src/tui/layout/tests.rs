//! The cuts and the sharing rule against what they must give.

use super::*;

#[test]
fn share_gives_each_what_it_wants_when_both_fit() {
    assert_eq!(share(10, 5, 3), (5, 5));
    assert_eq!(share(10, 9, 9), (6, 4));
    assert_eq!(share(10, 3, 20), (3, 7));
    assert_eq!(share(1, 5, 5), (0, 1));
    assert_eq!(share(0, 5, 5), (0, 0));
}

#[test]
fn splits_never_exceed_the_area() {
    let r = Rect::new(0, 0, 3, 2);
    let [a, b] = split_top(r, 5);
    assert_eq!((a.height, b.height), (2, 0));
    let [a, b] = split_left(r, 5);
    assert_eq!((a.width, b.width), (3, 0));
}

#[test]
fn the_cuts_give_what_the_solver_gives() {
    for height in 0..24 {
        let area = Rect::new(3, 2, 7, height);
        let turned = Rect::new(2, 3, height, 7);
        for h in 0..30 {
            let top: [Rect; 2] = Layout::vertical([Length(h), Fill(1)]).areas(area);
            assert_eq!(split_top(area, h), top, "top {h} of {area:?}");
            let bottom: [Rect; 2] = Layout::vertical([Fill(1), Length(h)]).areas(area);
            assert_eq!(split_bottom(area, h), bottom, "bottom {h} of {area:?}");
            let left: [Rect; 2] = Layout::horizontal([Length(h), Fill(1)]).areas(turned);
            assert_eq!(split_left(turned, h), left, "left {h} of {turned:?}");
        }
    }
}

/// The frame's solver gives each part its rows as cutting them off one by one would, from
/// the least height it is laid out in.
#[test]
fn the_frame_gives_each_its_rows_when_they_fit() {
    for (a, b, c) in [(2, 1, 2), (1, 0, 1), (2, 1, 0), (1, 1, 2), (2, 0, 0)] {
        for height in a + b + c + 1..=MIN_HEIGHT + 10 {
            let area = Rect::new(0, 0, 20, height);
            let got: [Rect; 5] =
                Layout::vertical([Length(a), Length(b), Length(c), Fill(1), Length(1)]).areas(area);
            let [header, rest] = split_top(area, a);
            let [since, rest] = split_top(rest, b);
            let [banner, rest] = split_top(rest, c);
            let [body, footer] = split_bottom(rest, 1);
            assert_eq!(
                got,
                [header, since, banner, body, footer],
                "{a} {b} {c} in {height}"
            );
        }
    }
}
