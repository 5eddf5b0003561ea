//! The splits and the sharing rule against what they must give.

use super::*;

#[test]
fn share_gives_each_what_it_wants_when_both_fit() {
    assert_eq!(share(10, 5, 3), (5, 5));
    assert_eq!(share(10, 9, 9), (6, 4));
    assert_eq!(share(10, 3, 20), (3, 7));
    assert_eq!(share(1, 5, 5), (0, 1));
    assert_eq!(share(0, 5, 5), (0, 0));
}

/// The splits as they were written by hand before ratatui's `Layout` did them: the
/// solver must give the same cells, also when asked for more than there is.
fn by_hand(area: Rect, top: u16, bottom: u16) -> [Rect; 3] {
    let top = top.min(area.height);
    let bottom = bottom.min(area.height - top);
    [
        Rect {
            height: top,
            ..area
        },
        Rect {
            y: area.y + top,
            height: area.height - top - bottom,
            ..area
        },
        Rect {
            y: area.y + area.height - bottom,
            height: bottom,
            ..area
        },
    ]
}

#[test]
fn layout_splits_as_by_hand() {
    for height in 0..24 {
        let area = Rect::new(3, 2, 7, height);
        for h in 0..30 {
            let [top, rest, _] = by_hand(area, h, 0);
            assert_eq!(split_top(area, h), [top, rest], "top {h} of {area:?}");
            let [_, rest, bottom] = by_hand(area, 0, h);
            assert_eq!(
                split_bottom(area, h),
                [rest, bottom],
                "bottom {h} of {area:?}"
            );
            let turned = Rect::new(2, 3, height, 7);
            let [left, right] = split_left(turned, h);
            assert_eq!((left.x, left.width), (2, h.min(height)));
            assert_eq!(
                (right.x, right.width),
                (2 + h.min(height), height - h.min(height))
            );
        }
    }
}

#[test]
fn the_frame_gives_each_its_rows_when_they_fit() {
    for (a, b, c) in [(2, 1, 2), (1, 0, 1), (2, 1, 0), (1, 1, 2), (2, 0, 0)] {
        for height in a + b + c + 1..=MIN_HEIGHT + 10 {
            let area = Rect::new(0, 0, 20, height);
            let got: [Rect; 5] =
                Layout::vertical([Length(a), Length(b), Length(c), Fill(1), Length(1)]).areas(area);
            let [header, rest, _] = by_hand(area, a, 0);
            let [since, rest, _] = by_hand(rest, b, 0);
            let [banner, rest, _] = by_hand(rest, c, 0);
            let [_, body, footer] = by_hand(rest, 0, 1);
            assert_eq!(
                got,
                [header, since, banner, body, footer],
                "{a} {b} {c} in {height}"
            );
        }
    }
}

#[test]
fn splits_never_exceed_the_area() {
    let r = Rect::new(0, 0, 3, 2);
    let [a, b] = split_top(r, 5);
    assert_eq!((a.height, b.height), (2, 0));
    let [a, b] = split_left(r, 5);
    assert_eq!((a.width, b.width), (3, 0));
}
