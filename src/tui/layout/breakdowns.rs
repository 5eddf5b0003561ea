//! Where the breakdowns screen puts its parts: the line of dimensions, the filter's line, then
//! for a few values a chart with one line each, a line naming the chart's other lines, and the
//! values' rows (the legend of their lines); for many values a list.

use ratatui::layout::Rect;

use super::{split_bottom, split_top};
use crate::tui::screens::BreakdownScreen;

/// At most this many values are drawn as lines on one chart; more are a list.
pub const FEW: usize = 6;

/// Below this height a chart says nothing useful (as the indicator screen's).
const MIN_CHART_HEIGHT: u16 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BreakdownLayout {
    pub dimensions: Rect,
    pub filter: Rect,
    /// Empty when the values are a list.
    pub chart: Rect,
    /// Under the chart: what its lines besides the values are (the headline, the targets).
    pub legend: Rect,
    /// The values' rows: the chart's legend, or the list.
    pub rows: Rect,
}

impl BreakdownLayout {
    pub fn lines(&self) -> bool {
        !self.chart.is_empty()
    }
}

pub fn breakdowns(body: Rect, s: &BreakdownScreen) -> BreakdownLayout {
    let [dimensions, rest] = split_top(body, 1);
    let [filter, rest] = split_top(rest, 1);
    let n = u16::try_from(s.rows.len()).unwrap_or(u16::MAX);
    let few = (1..=FEW).contains(&s.rows.len());
    if few && rest.height > n + MIN_CHART_HEIGHT + 1 {
        let [chart, rows] = split_bottom(rest, n);
        let [chart, legend] = split_bottom(chart, 1);
        return BreakdownLayout {
            dimensions,
            filter,
            chart,
            legend,
            rows,
        };
    }
    BreakdownLayout {
        dimensions,
        filter,
        chart: Rect::default(),
        legend: Rect::default(),
        rows: rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Cursor;
    use crate::tui::prepared::IndicatorRef;

    fn screen(rows: usize) -> BreakdownScreen {
        BreakdownScreen {
            indicator: IndicatorRef::Goal { goal: 0, index: 0 },
            dimension: 0,
            query: String::new(),
            editing: false,
            rows: (0..rows).collect(),
            cursor: Cursor::default(),
            open: None,
        }
    }

    #[test]
    fn a_few_values_are_lines_many_a_list() {
        let body = Rect::new(0, 0, 80, 20);
        let few = breakdowns(body, &screen(3));
        assert!(few.lines());
        assert_eq!(few.rows.height, 3);
        assert_eq!(few.rows.bottom(), body.bottom());
        assert_eq!(few.legend.bottom(), few.rows.y);
        assert_eq!(few.legend.height, 1);
        let many = breakdowns(body, &screen(7));
        assert!(!many.lines());
        assert_eq!(many.rows.height, 18);
        // No room for a chart: a list.
        assert!(!breakdowns(Rect::new(0, 0, 80, 9), &screen(3)).lines());
        assert!(!breakdowns(body, &screen(0)).lines());
    }
}
