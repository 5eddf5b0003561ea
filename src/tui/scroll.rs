//! Which rows of a list are in sight: the offset kept so the selection shows, and never past
//! the end (ratatui's `ListState` idiom). One rule for the update step, which keeps the state
//! in bounds after every action, and for the views, which derive what they draw from it at
//! draw time and so never show a window the content no longer fills.

use std::ops::Range;

use super::app::Cursor;

/// A list's cursor in bounds: the selection on a row, the offset moved just enough to show
/// it, and no further down than a full window (`rows` rows of `len`).
#[must_use]
pub fn settled(cursor: Cursor, len: usize, rows: usize) -> Cursor {
    let selected = cursor.selected.min(len.saturating_sub(1));
    let mut offset = cursor.offset.min(selected);
    if rows > 0 && selected >= offset + rows {
        offset = selected + 1 - rows;
    }
    Cursor {
        selected,
        offset: offset.min(len.saturating_sub(rows)),
    }
}

/// A text's scroll in bounds: it has no selection, only an offset no further down than a full
/// window.
#[must_use]
pub fn scrolled(cursor: Cursor, len: usize, rows: usize) -> Cursor {
    Cursor {
        selected: 0,
        offset: cursor.offset.min(len.saturating_sub(rows)),
    }
}

/// The rows in sight of a list of `len` rows, `rows` at a time.
#[must_use]
pub fn window(cursor: Cursor, len: usize, rows: usize) -> Range<usize> {
    let cursor = settled(cursor, len, rows);
    cursor.offset..(cursor.offset + rows).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(selected: usize, offset: usize) -> Cursor {
        Cursor { selected, offset }
    }

    #[test]
    fn the_selection_stays_in_sight() {
        // Below the window: it scrolls just enough.
        assert_eq!(settled(at(7, 0), 20, 5), at(7, 3));
        // Above it: the selected row comes to the top.
        assert_eq!(settled(at(2, 6), 20, 5), at(2, 2));
        // Inside: nothing moves.
        assert_eq!(settled(at(4, 2), 20, 5), at(4, 2));
        // Past the end (the list got shorter): the last row, the window full.
        assert_eq!(settled(at(30, 28), 20, 5), at(19, 15));
        // Nothing to show.
        assert_eq!(settled(at(3, 2), 0, 5), at(0, 0));
        assert_eq!(window(at(7, 0), 20, 5), 3..8);
        assert_eq!(window(at(0, 0), 3, 5), 0..3);
    }

    #[test]
    fn a_text_scrolls_no_further_than_its_end() {
        assert_eq!(scrolled(at(4, 9), 12, 5), at(0, 7));
        assert_eq!(scrolled(at(0, 3), 12, 5), at(0, 3));
        assert_eq!(scrolled(at(0, 3), 4, 5), at(0, 0));
    }
}
