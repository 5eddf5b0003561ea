//! A backend that sends fewer bytes for the same screen, for slow links.
//!
//! ratatui writes only the cells that changed, and moves the cursor (`CSI row;col H`, six to
//! eight bytes) over every run of cells that did not. Over a short run that costs more than the
//! cells themselves: a changed title often differs from the one before in every other letter.
//! [`Lean`] keeps a copy of what the terminal shows, and where a gap between two changes on a
//! row is short and looks like the cell before it (same style, one column per character), it
//! writes the gap's own cells again instead of moving over them. The screen is the same; the
//! bytes are fewer (a quarter fewer when another goal's detail replaces the last one).
//!
//! The copy is only trusted from a cleared screen on (the dashboard clears the alternate screen
//! when it enters it, and ratatui clears on resize and after the editor); a partial clear makes
//! it stop filling until the next full one.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

/// Gaps longer than this are always moved over: a cursor move costs at most 12 bytes.
const LONGEST_GAP: u16 = 8;

pub struct Lean<B: Backend> {
    inner: B,
    /// What the terminal shows, as far as this backend wrote it.
    screen: Buffer,
    /// Whether `screen` can be trusted (false after a partial clear).
    trusted: bool,
    /// Whether the terminal's cursor is shown, and where it is, as far as this backend knows:
    /// ratatui hides or places it at every frame, which a frame that changed nothing need not
    /// repeat (the event loop draws after every key).
    cursor_shown: Option<bool>,
    cursor_at: Option<Position>,
}

impl<B: Backend> Lean<B> {
    /// Wraps a backend whose screen has just been cleared.
    pub fn new(inner: B) -> Result<Self, B::Error> {
        let size = inner.size()?;
        Ok(Self {
            inner,
            screen: Buffer::empty(Rect::new(0, 0, size.width, size.height)),
            trusted: true,
            cursor_shown: None,
            cursor_at: None,
        })
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }

    fn blank(&mut self) -> Result<(), B::Error> {
        let size = self.inner.size()?;
        self.screen = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        self.trusted = true;
        // A full clear comes after the terminal was handed away and back: known again from the
        // next frame on.
        self.cursor_shown = None;
        self.cursor_at = None;
        Ok(())
    }

    /// Records a written cell; the columns a wide character covers can no longer be rewritten
    /// on their own.
    fn record(&mut self, x: u16, y: u16, cell: &Cell) {
        if let Some(shown) = self.screen.cell_mut(Position { x, y }) {
            *shown = cell.clone();
        }
        for dx in 1..columns(cell) {
            if let Some(covered) = self.screen.cell_mut(Position { x: x + dx, y }) {
                covered.reset();
                covered.diff_option = CellDiffOption::Skip;
            }
        }
    }

    /// The cells shown between `from` (exclusive) and `to` (exclusive) on row `y`, when
    /// writing them is cheaper than moving over them and writes exactly what is shown.
    fn filler(&self, y: u16, before: &Cell, from: u16, to: u16) -> Option<Vec<(u16, Cell)>> {
        let gap = to.checked_sub(from + 1)?;
        if gap == 0 || gap > LONGEST_GAP || columns(before) != 1 {
            return None;
        }
        let mut cells = Vec::with_capacity(usize::from(gap));
        let mut bytes = 0;
        for x in from + 1..to {
            let cell = self.screen.cell(Position { x, y })?;
            let plain = cell.diff_option == CellDiffOption::None
                && columns(cell) == 1
                && cell.style() == before.style();
            if !plain {
                return None;
            }
            bytes += cell.symbol().len();
            cells.push((x, cell.clone()));
        }
        (bytes < move_cost(from + 1, y)).then_some(cells)
    }
}

/// How many columns a cell's symbol takes.
fn columns(cell: &Cell) -> u16 {
    u16::try_from(cell.symbol().width()).unwrap_or(u16::MAX)
}

/// The bytes of `CSI row;col H` to a 0-based position.
fn move_cost(x: u16, y: u16) -> usize {
    // Counted, not formatted: this is asked for every short gap of every frame.
    let digits = |n: u16| match u32::from(n) + 1 {
        0..10 => 1,
        10..100 => 2,
        100..1000 => 3,
        1000..10_000 => 4,
        _ => 5,
    };
    4 + digits(x) + digits(y)
}

impl<B: Backend> Backend for Lean<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let changes: Vec<(u16, u16, &Cell)> = content.collect();
        if changes.is_empty() {
            // crossterm's backend resets the colours after any draw, even of nothing: a frame
            // that changed nothing must write nothing.
            return Ok(());
        }
        let mut out: Vec<(u16, u16, Cell)> = Vec::with_capacity(changes.len());
        let mut last: Option<(u16, u16, &Cell)> = None;
        for &(x, y, cell) in &changes {
            if let Some((lx, ly, before)) = last
                && self.trusted
                && ly == y
                && let Some(gap) = self.filler(y, before, lx, x)
            {
                out.extend(gap.into_iter().map(|(gx, c)| (gx, y, c)));
            }
            out.push((x, y, cell.clone()));
            last = Some((x, y, cell));
        }
        for &(x, y, cell) in &changes {
            self.record(x, y, cell);
        }
        // Writing cells moves the cursor.
        self.cursor_at = None;
        self.inner.draw(out.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.trusted = false;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        if self.cursor_shown == Some(false) {
            return Ok(());
        }
        self.inner.hide_cursor()?;
        self.cursor_shown = Some(false);
        Ok(())
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        if self.cursor_shown == Some(true) {
            return Ok(());
        }
        self.inner.show_cursor()?;
        self.cursor_shown = Some(true);
        Ok(())
    }

    /// Where this backend last put the cursor, never asked of the terminal: ratatui asks in
    /// `Terminal::clear` (after the editor), and a terminal that does not answer ESC[6n (or
    /// a slow link) made that a fatal error. The dashboard places the cursor itself anyway.
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        Ok(self.cursor_at.unwrap_or(Position::ORIGIN))
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        let position = position.into();
        if self.cursor_at == Some(position) {
            return Ok(());
        }
        self.inner.set_cursor_position(position)?;
        self.cursor_at = Some(position);
        Ok(())
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        self.blank()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        if clear_type == ClearType::All {
            self.blank()
        } else {
            self.trusted = false;
            Ok(())
        }
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::style::{Color, Modifier, Style};

    use super::*;

    const SIZE: (u16, u16) = (16, 4);

    /// Bytes written, kept where the test can read them after the terminal took the writer.
    #[derive(Clone, Default)]
    struct Kept(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Kept {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A test terminal: a fixed size over a byte vector.
    struct Sized(CrosstermBackend<Kept>);

    impl Backend for Sized {
        type Error = std::io::Error;
        fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(
            &mut self,
            content: I,
        ) -> std::io::Result<()> {
            self.0.draw(content)
        }
        fn hide_cursor(&mut self) -> std::io::Result<()> {
            self.0.hide_cursor()
        }
        fn show_cursor(&mut self) -> std::io::Result<()> {
            self.0.show_cursor()
        }
        /// As a terminal that never answers ESC[6n (crossterm gives up after two seconds).
        fn get_cursor_position(&mut self) -> std::io::Result<Position> {
            Err(std::io::Error::other(
                "The cursor position could not be read within a normal duration",
            ))
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> std::io::Result<()> {
            self.0.set_cursor_position(p)
        }
        fn clear(&mut self) -> std::io::Result<()> {
            self.0.clear()
        }
        fn clear_region(&mut self, t: ClearType) -> std::io::Result<()> {
            self.0.clear_region(t)
        }
        fn size(&self) -> std::io::Result<Size> {
            Ok(Size::new(SIZE.0, SIZE.1))
        }
        fn window_size(&mut self) -> std::io::Result<WindowSize> {
            Ok(WindowSize {
                columns_rows: Size::new(SIZE.0, SIZE.1),
                pixels: Size::default(),
            })
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.flush()
        }
    }

    /// One frame: a text per row (drawn from column 0) and a style per row.
    type Frame = Vec<(String, u8)>;

    fn style(n: u8) -> Style {
        match n % 4 {
            0 => Style::new(),
            1 => Style::new().fg(Color::Cyan),
            2 => Style::new().add_modifier(Modifier::REVERSED),
            _ => Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
        }
    }

    fn frames() -> impl Strategy<Value = Vec<Frame>> {
        let text = "[ abcxyzæø日─…]{0,16}";
        let row = (text, 0u8..4);
        prop::collection::vec(prop::collection::vec(row, 4), 1..6)
    }

    /// Draws the frames through a plain or a lean backend; returns the bytes and the screen a
    /// terminal shows after them.
    fn run(frames: &[Frame], lean: bool) -> (Vec<u8>, vt100::Screen) {
        let draw = |f: &mut ratatui::Frame<'_>, frame: &Frame| {
            for (y, (text, s)) in frame.iter().enumerate() {
                let y = u16::try_from(y).unwrap_or(0);
                f.buffer_mut()
                    .set_stringn(0, y, text, usize::from(SIZE.0), style(*s));
            }
        };
        let kept = Kept::default();
        let backend = Sized(CrosstermBackend::new(kept.clone()));
        if lean {
            let mut term = Terminal::new(Lean::new(backend).expect("lean")).expect("terminal");
            for frame in frames {
                term.draw(|f| draw(f, frame)).expect("drawn");
            }
        } else {
            let mut term = Terminal::new(backend).expect("terminal");
            for frame in frames {
                term.draw(|f| draw(f, frame)).expect("drawn");
            }
        }
        let bytes = kept.0.borrow().clone();
        let mut parser = vt100::Parser::new(SIZE.1, SIZE.0, 0);
        parser.process(&bytes);
        (bytes, parser.screen().clone())
    }

    /// What each cell shows: its text (a space when blank) and its look.
    fn cells(screen: &vt100::Screen) -> Vec<String> {
        let mut out = Vec::new();
        for row in 0..SIZE.1 {
            for col in 0..SIZE.0 {
                let Some(c) = screen.cell(row, col) else {
                    continue;
                };
                let text = if c.has_contents() { c.contents() } else { " " };
                out.push(format!(
                    "{row},{col}:{text}:{:?}:{:?}:{}{}",
                    c.fgcolor(),
                    c.bgcolor(),
                    c.bold(),
                    c.inverse()
                ));
            }
        }
        out
    }

    proptest! {
        #[test]
        fn the_same_screen_in_no_more_bytes(frames in frames()) {
            let (plain_bytes, plain) = run(&frames, false);
            let (lean_bytes, lean) = run(&frames, true);
            prop_assert_eq!(cells(&plain), cells(&lean));
            prop_assert!(lean_bytes.len() <= plain_bytes.len());
        }
    }

    /// `Terminal::clear` (after the editor) asks where the cursor is: a terminal that does not
    /// answer must not end the dashboard.
    #[test]
    fn clearing_never_asks_the_terminal_where_the_cursor_is() {
        let kept = Kept::default();
        let backend = Sized(CrosstermBackend::new(kept.clone()));
        let mut term = Terminal::new(Lean::new(backend).expect("lean")).expect("terminal");
        term.draw(|f| f.buffer_mut().set_string(0, 0, "goal", Style::new()))
            .expect("drawn");
        assert!(term.clear().is_ok());
        assert!(!String::from_utf8_lossy(&kept.0.borrow()).contains("\x1b[6n"));
    }

    #[test]
    fn a_move_costs_its_digits() {
        // `ESC [ row ; col H`, 1-based.
        assert_eq!(move_cost(0, 0), "\x1b[1;1H".len());
        assert_eq!(move_cost(9, 98), "\x1b[99;10H".len());
        assert_eq!(move_cost(999, 9999), "\x1b[10000;1000H".len());
        assert_eq!(move_cost(u16::MAX, u16::MAX), "\x1b[65536;65536H".len());
    }

    #[test]
    fn a_short_gap_is_written_not_moved_over() {
        let frames = vec![
            vec![("goal one title".to_owned(), 0); 4],
            vec![("goal two title".to_owned(), 0); 4],
        ];
        let (plain, _) = run(&frames, false);
        let (lean, _) = run(&frames, true);
        let first = run(&frames[..1], false).0.len();
        // Each row changes "one" to "two" with an unchanged "o" between: a move saved per row.
        assert!(
            lean.len() - first < plain.len() - first,
            "lean {} plain {}",
            lean.len() - first,
            plain.len() - first
        );
    }
}
