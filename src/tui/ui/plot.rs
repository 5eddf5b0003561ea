//! Where a chart puts things, cell by cell. The measured line is drawn in Braille dots (two
//! across and four down a cell) and the marks (points, target, deadline, labels) in whole
//! cells, and ratatui rounds the two grids apart: a point's mark could sit a row off its own
//! line. So every mark is placed in the cell of the Braille dot its value falls on ([`Grid`]),
//! the value labels too; a series with more points than the chart has room for marks only
//! some of them ([`marked`]); and the selected point is marked on the chart.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;

use crate::format::{Locale, default_decimals};

/// The most rows between two value labels: at least one label every five rows.
pub const LABEL_EVERY: u16 = 5;

/// The graph's cells, the values its edges stand for, and the dots of the series' marker in a
/// cell (Braille: 2 across, 4 down; an ASCII character: 1 by 1).
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    pub area: Rect,
    pub x: [f64; 2],
    pub y: [f64; 2],
    pub dots: (u16, u16),
}

impl Grid {
    /// The cell (column, row from the top, within the graph) of the series' dot at a place,
    /// as ratatui's canvas rounds it.
    pub fn cell(&self, (x, y): (f64, f64)) -> Option<(u16, u16)> {
        let (w, h) = (f64::from(self.area.width), f64::from(self.area.height));
        let ([x0, x1], [y0, y1]) = (self.x, self.y);
        if !(x0..=x1).contains(&x) || !(y0..=y1).contains(&y) || w < 1.0 || h < 1.0 {
            return None;
        }
        let (dx, dy) = (f64::from(self.dots.0), f64::from(self.dots.1));
        let dot_x = ((x - x0) * (dx * w - 1.0) / (x1 - x0)).round();
        let dot_y = ((y1 - y) * (dy * h - 1.0) / (y1 - y0)).round();
        if !(dot_x.is_finite() && dot_y.is_finite()) {
            return None;
        }
        let cell = |dot: f64, per: u16, cells: u16| ((dot as u16) / per.max(1)).min(cells - 1);
        Some((
            cell(dot_x, self.dots.0, self.area.width),
            cell(dot_y, self.dots.1, self.area.height),
        ))
    }

    /// A place moved to where a whole-cell mark lands in the cell of its Braille dot: marks
    /// drawn at these places sit on the line drawn through the originals.
    pub fn snap(&self, place: (f64, f64)) -> (f64, f64) {
        let Some((column, row)) = self.cell(place) else {
            return place;
        };
        let ([left, right], [low, high]) = (self.x, self.y);
        let (width, height) = (self.area.width, self.area.height);
        let across = if width > 1 {
            left + f64::from(column) * (right - left) / f64::from(width - 1)
        } else {
            place.0
        };
        let up = if height > 1 {
            high - f64::from(row) * (high - low) / f64::from(height - 1)
        } else {
            place.1
        };
        (across, up)
    }

    pub fn snapped(&self, points: &[(f64, f64)]) -> Vec<(f64, f64)> {
        points.iter().map(|&p| self.snap(p)).collect()
    }

    /// Re-styles the cell of a place (the selected point): reverse video and bold, so it
    /// shows without colour.
    pub fn highlight(&self, buf: &mut Buffer, p: (f64, f64), glyph: char, style: Style) {
        let Some((cx, cy)) = self.cell(p) else {
            return;
        };
        let (x, y) = (self.area.x + cx, self.area.y + cy);
        if x < buf.area.right() && y < buf.area.bottom() {
            buf[(x, y)]
                .set_char(glyph)
                .set_style(style.add_modifier(Modifier::REVERSED | Modifier::BOLD));
        }
    }
}

/// The dots a cell holds across and down for a series drawn with this marker.
pub fn dots(marker: Marker) -> (u16, u16) {
    match marker {
        Marker::Braille => (2, 4),
        Marker::HalfBlock => (1, 2),
        _ => (1, 1),
    }
}

/// Which of `n` points get a mark on a graph `width` cells wide: all while they are at least
/// four cells apart on average; else every k-th, and always the first, the latest and the
/// selected one.
pub fn marked(n: usize, width: u16, selected: Option<usize>) -> Vec<usize> {
    let room = usize::from(width / 4).max(1);
    let k = n.div_ceil(room).max(1);
    (0..n)
        .filter(|&i| i % k == 0 || i + 1 == n || Some(i) == selected)
        .collect()
}

/// The value labels of a graph `rows` high between `low` and `high`: the fewest of the evenly
/// spaced sets (2, 4, 8… parts) that leave no more than [`LABEL_EVERY`] rows between two, each
/// with the row it stands on; the decimals show every label exactly.
pub fn value_labels(grid: &Grid, loc: Locale, scale: f64) -> Vec<(u16, String)> {
    let [low, high] = grid.y;
    let rows = grid.area.height;
    let mut parts = 2u32;
    let (values, at) = loop {
        let values: Vec<f64> = (0..=parts)
            .map(|i| high - (high - low) * f64::from(i) / f64::from(parts))
            .collect();
        let at: Vec<u16> = values
            .iter()
            .filter_map(|&v| grid.cell((grid.x[0], v)).map(|c| c.1))
            .collect();
        let apart = at.windows(2).all(|w| w[0] != w[1]);
        let close = at.windows(2).all(|w| w[0].abs_diff(w[1]) <= LABEL_EVERY);
        let more = parts * 2;
        if close || !apart || more > 64 || u32::from(rows) < more {
            break (values, at);
        }
        parts = more;
    };
    let decimals = default_decimals(values.iter().map(|v| v * scale));
    let mut out: Vec<(u16, String)> = Vec::new();
    for (v, row) in values.iter().zip(at) {
        if out.last().is_some_and(|(r, _)| *r == row) {
            continue;
        }
        out.push((row, loc.number(v * scale, decimals)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn grid(width: u16, height: u16) -> Grid {
        Grid {
            area: Rect::new(0, 0, width, height),
            x: [2015.0, 2017.0],
            y: [0.0, 80.0],
            dots: (2, 4),
        }
    }

    #[test]
    fn a_snapped_mark_lands_in_the_cell_of_its_dot() {
        let g = grid(40, 10);
        for i in 0..=100 {
            let p = (
                2015.0 + 2.0 * f64::from(i) / 100.0,
                80.0 * f64::from(100 - i) / 100.0,
            );
            let cell = g.cell(p).expect("inside");
            // The canvas's whole-cell grid rounds over `width - 1` and `height - 1`.
            let s = g.snap(p);
            let cx = ((s.0 - 2015.0) * 39.0 / 2.0).round() as u16;
            let cy = ((80.0 - s.1) * 9.0 / 80.0).round() as u16;
            assert_eq!((cx, cy), cell, "{p:?}");
        }
    }

    #[test]
    fn many_points_are_thinned_but_first_latest_and_selected_stay() {
        assert_eq!(marked(5, 40, None), vec![0, 1, 2, 3, 4]);
        let m = marked(120, 60, Some(77));
        assert!(m.len() <= 32, "{}", m.len());
        assert!(m.contains(&0) && m.contains(&119) && m.contains(&77));
    }

    #[test]
    fn a_value_label_at_least_every_five_rows() {
        let loc = Locale::new(Lang::En);
        for height in [5, 7, 10, 12, 18, 24, 33, 40] {
            let labels = value_labels(&grid(60, height), loc, 1.0);
            let rows: Vec<u16> = labels.iter().map(|(r, _)| *r).collect();
            assert_eq!(rows.first(), Some(&0), "{height}: {labels:?}");
            assert_eq!(rows.last(), Some(&(height - 1)), "{height}: {labels:?}");
            assert!(
                rows.windows(2).all(|w| w[1] - w[0] <= LABEL_EVERY),
                "{height}: {labels:?}"
            );
        }
    }
}
