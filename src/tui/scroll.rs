//! Which rows of a list are in sight: the offset kept so the selection shows, and never past
//! the end (ratatui's `ListState` idiom). The views derive their window by these rules at draw
//! time, whatever offset the state holds; the frame's windows then go back to the update step
//! ([`Windows`], `Action::Drawn`), which keeps them as the cursors' offsets, as ratatui's
//! `render_stateful_widget` writes the offset it used back into its `ListState`. So the update
//! step never builds a view to measure it.

use std::ops::Range;

use super::screens::{Cursor, List};

/// What a frame showed of one list: its cursor as drawn (the selection on a row, the offset
/// in bounds), how many rows were in sight, and how long the list (or text) was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub list: List,
    pub cursor: Cursor,
    pub rows: usize,
    pub len: usize,
}

impl Window {
    /// The window a view draws of a list of `len` rows, `rows` at a time, from the state's
    /// cursor: by [`scrolled`] for a text, [`settled`] for a list of items.
    #[must_use]
    pub fn of(list: List, cursor: Cursor, len: usize, rows: usize) -> Window {
        let cursor = if list.scrolls_only() {
            scrolled(cursor, len, rows)
        } else {
            settled(cursor, len, rows)
        };
        Window {
            list,
            cursor,
            rows,
            len,
        }
    }

    /// The furthest a text scrolls: its last line on the bottom row.
    #[must_use]
    pub fn end(&self) -> usize {
        self.len.saturating_sub(self.rows)
    }
}

/// Every list the last frame drew, the update step's only knowledge of the panes' sizes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Windows(pub Vec<Window>);

impl Windows {
    #[must_use]
    pub fn get(&self, list: List) -> Option<&Window> {
        self.0.iter().find(|w| w.list == list)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Window> {
        self.0.iter()
    }
}

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
    fn a_window_is_held_by_the_rule_of_its_kind() {
        let text = Window::of(List::Notes, at(3, 30), 12, 5);
        assert_eq!((text.cursor, text.end()), (at(0, 7), 7));
        let list = Window::of(List::Goals, at(9, 0), 12, 5);
        assert_eq!(list.cursor, at(9, 5));
    }

    #[test]
    fn a_text_scrolls_no_further_than_its_end() {
        assert_eq!(scrolled(at(4, 9), 12, 5), at(0, 7));
        assert_eq!(scrolled(at(0, 3), 12, 5), at(0, 3));
        assert_eq!(scrolled(at(0, 3), 4, 5), at(0, 0));
    }
}
