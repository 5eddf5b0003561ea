//! An indicator's breakdowns (spec v1.1 section 2), one dimension at a time: what is prepared
//! once per load (the dimensions, which breakdowns have each, a sparkline and a folded text per
//! breakdown), the screen's state, and its part of the update step (open, pick a dimension,
//! filter by text, open one breakdown). A dataset may hold thousands of breakdowns on one
//! indicator: the filter narrows the rows it has when the text only grew, and the views draw
//! the rows on screen only.

use super::app::{App, Cursor, Screen};
use super::prepared::IndicatorRef;

pub use super::prepared::PreparedBreakdowns;
pub use super::screens::{BreakdownScreen, Opened};

impl BreakdownScreen {
    pub fn new(indicator: IndicatorRef, prepared: &PreparedBreakdowns) -> Self {
        Self {
            indicator,
            dimension: 0,
            query: String::new(),
            editing: false,
            rows: prepared.matching(0, ""),
            cursor: Cursor::default(),
            open: None,
        }
    }

    /// Sets the filter's text; when it only grew, only the rows shown are looked at again.
    pub fn set_query(&mut self, query: String, prepared: &PreparedBreakdowns) {
        self.rows = if query.starts_with(self.query.as_str()) {
            prepared.narrowed(&self.rows, &query)
        } else {
            prepared.matching(self.dimension, &query)
        };
        self.query = query;
        self.cursor = Cursor::default();
    }

    /// Shows another dimension, keeping the filter.
    pub fn set_dimension(&mut self, dimension: usize, prepared: &PreparedBreakdowns) {
        self.dimension = dimension;
        self.rows = prepared.matching(dimension, &self.query);
        self.cursor = Cursor::default();
    }
}

/// The screen again in a new version of the data (a reload): the same dimension by name and
/// the same filter; `None` when the indicator has no breakdowns any more.
pub(super) fn found_again(
    app: &App,
    r: IndicatorRef,
    dimension: Option<&str>,
    query: String,
) -> Option<BreakdownScreen> {
    let prepared = &app.data.indicator(r)?.prepared.breakdowns;
    if prepared.is_empty() {
        return None;
    }
    let mut s = BreakdownScreen::new(r, prepared);
    let d = prepared
        .dimensions
        .iter()
        .position(|d| Some(d.as_str()) == dimension);
    s.set_dimension(d.unwrap_or(0), prepared);
    s.set_query(query, prepared);
    Some(s)
}

fn top(app: &mut App) -> Option<&mut BreakdownScreen> {
    match app.ui.stack.last_mut() {
        Some(Screen::Breakdowns(s)) => Some(s),
        _ => None,
    }
}

/// `d`: from an indicator, its breakdowns (or a note that it has none); from the breakdowns,
/// back to the indicator.
pub(super) fn toggle(app: &mut App) {
    match app.ui.stack.last() {
        Some(Screen::Breakdowns(_)) => {
            app.ui.stack.pop();
        }
        Some(Screen::Indicator(s)) => {
            let r = s.indicator;
            let Some(p) = app.data.indicator(r) else {
                return;
            };
            if p.prepared.breakdowns.is_empty() {
                let word = super::content::breakdown::Word::NoBreakdowns;
                app.ui.note = Some(super::content::breakdown::say(app.locale, word).into());
                return;
            }
            let screen = BreakdownScreen::new(r, &p.prepared.breakdowns);
            app.ui.stack.push(Screen::Breakdowns(screen));
        }
        _ => {}
    }
}

/// `← →`: the dimension beside (stopping at the ends), or with one breakdown open, the
/// breakdown beside it among the rows.
pub(super) fn sideways(app: &mut App, forward: bool) {
    let Some(r) = top(app).map(|s| s.indicator) else {
        return;
    };
    let Some(p) = app.data.indicator(r) else {
        return;
    };
    let prepared = &p.prepared.breakdowns;
    let Some(Screen::Breakdowns(s)) = app.ui.stack.last_mut() else {
        return;
    };
    let step = |i: usize, n: usize| {
        if forward {
            (i + 1).min(n.saturating_sub(1))
        } else {
            i.saturating_sub(1)
        }
    };
    if let Some(open) = s.open {
        let at = s.rows.iter().position(|&n| n == open.breakdown);
        let next = at.map(|i| step(i, s.rows.len()));
        if let Some(next) = next.filter(|&n| Some(n) != at) {
            s.cursor.selected = next;
            s.open = Some(Opened {
                breakdown: s.rows[next],
                points: Cursor::default(),
            });
        }
        return;
    }
    let next = step(s.dimension, prepared.dimensions.len());
    if next != s.dimension {
        s.set_dimension(next, prepared);
    }
}

/// `/` on the breakdowns: the filter takes the keys. `false` elsewhere (the search opens).
pub(super) fn start_filter(app: &mut App) -> bool {
    match top(app) {
        Some(s) if s.open.is_none() => {
            s.editing = true;
            true
        }
        _ => false,
    }
}

/// A key typed into the filter (when it takes keys).
pub(super) fn edit_filter(app: &mut App, edit: impl FnOnce(&mut String)) {
    let Some(r) = top(app).filter(|s| s.editing).map(|s| s.indicator) else {
        return;
    };
    let Some(p) = app.data.indicator(r) else {
        return;
    };
    let prepared = &p.prepared.breakdowns;
    if let Some(Screen::Breakdowns(s)) = app.ui.stack.last_mut() {
        let mut query = s.query.clone();
        edit(&mut query);
        if query != s.query {
            s.set_query(query, prepared);
        }
    }
}

/// Enter: ends the filter's typing, or opens the selected breakdown. `false` when the
/// breakdowns are not on top.
pub(super) fn enter(app: &mut App) -> bool {
    let Some(s) = top(app) else {
        return false;
    };
    if s.editing {
        s.editing = false;
    } else if s.open.is_none()
        && let Some(&breakdown) = s.rows.get(s.cursor.selected)
    {
        s.open = Some(Opened {
            breakdown,
            points: Cursor::default(),
        });
    }
    true
}

/// Esc: clears the filter being typed, or closes the breakdown opened. `false` when there is
/// neither (the screen itself closes).
pub(super) fn back(app: &mut App) -> bool {
    let Some(r) = top(app).map(|s| s.indicator) else {
        return false;
    };
    let Some(p) = app.data.indicator(r) else {
        return false;
    };
    let prepared = &p.prepared.breakdowns;
    let Some(Screen::Breakdowns(s)) = app.ui.stack.last_mut() else {
        return false;
    };
    if s.editing {
        s.editing = false;
        s.set_query(String::new(), prepared);
        return true;
    }
    if let Some(open) = s.open.take() {
        // Back on the list at the breakdown that was open.
        if let Some(i) = s.rows.iter().position(|&n| n == open.breakdown) {
            s.cursor.selected = i;
        }
        return true;
    }
    false
}

pub(super) mod follow;

#[cfg(test)]
mod tests;
