//! The update step's part of the changes since a baseline: a baseline read (at start, or a
//! review just marked) becomes the comparison the views show, `c` opens the changes screen, and
//! a row of it leads to its item. Called by `update` and `navigate` only.

use std::sync::Arc;

use chrono::NaiveDate;

use super::app::{App, ChangesScreen, Screen};
use super::prepared::IndicatorRef;
use super::search::Found;
use super::since::{self, Baseline, SinceView};
use crate::model::Dataset;
use crate::report::changes::{Opens, Origin};

/// A baseline was read: compare the data shown with it; one that failed says why in the
/// banner, and the dashboard goes on with the current data.
pub(super) fn baseline(app: &mut App, read: Result<Box<Baseline>, since::BaselineUnread>) {
    match read {
        Ok(b) => app.since = Some(SinceView::new(b.pair, b.origin, &app.data, app.locale)),
        Err(why) => app.ui.note = Some(why.to_string()),
    }
}

/// The review mark was written: from now on the changes are those since the data shown now
/// (none yet).
pub(super) fn reviewed(app: &mut App, result: Result<NaiveDate, since::MarkError>) {
    match result {
        Ok(day) => {
            let pair = Arc::new((app.data.dataset.clone(), app.data.figures.clone()));
            let origin = Origin::Review(day);
            app.since = Some(SinceView::new(pair, origin, &app.data, app.locale));
            app.ui.note = Some(since::reviewed(app.locale, day));
        }
        Err(why) => app.ui.note = Some(why.to_string()),
    }
}

/// `c`: the changes screen, or a note when there is no baseline.
pub(super) fn open_changes(app: &mut App) {
    if app.since.is_none() {
        app.ui.note = Some(since::no_baseline(app.locale.lang).into());
        return;
    }
    if !matches!(app.ui.stack.last(), Some(Screen::Changes(_))) {
        app.ui.stack.push(Screen::Changes(ChangesScreen::default()));
    }
}

/// What a row of the changes screen opens.
pub(super) fn found(app: &App, row: usize) -> Option<Found> {
    let ds = &app.data.dataset;
    match &app.since.as_ref()?.rows.get(row)?.opens {
        Opens::Nothing => None,
        Opens::Goal(id) => ds.goals.iter().position(|g| &g.id == id).map(Found::Goal),
        Opens::Indicator(id) => indicator_by_id(ds, id.as_str()).map(Found::Indicator),
        Opens::Initiative(id) => ds
            .initiatives
            .iter()
            .position(|i| &i.id == id)
            .map(Found::Initiative),
    }
}

/// Where an indicator or measure of this id is (ids are unique across both).
fn indicator_by_id(ds: &Dataset, id: &str) -> Option<IndicatorRef> {
    for (goal, g) in ds.goals.iter().enumerate() {
        if let Some(index) = g.indicators.iter().position(|i| i.id.as_str() == id) {
            return Some(IndicatorRef::Goal { goal, index });
        }
    }
    for (initiative, i) in ds.initiatives.iter().enumerate() {
        if let Some(index) = i.measures.iter().position(|m| m.id.as_str() == id) {
            return Some(IndicatorRef::Measure { initiative, index });
        }
    }
    None
}
