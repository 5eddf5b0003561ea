//! The initiatives browser's filters and sort in a position: by ids and names on the wire, by
//! positions in each dashboard's own copy of the dataset. A follower's browser then holds the
//! presenter's rows in the presenter's order, so the position's row is the same initiative.

use crate::model::InitiativeStatus;
use crate::share::protocol::{BrowserFilter, shown_query};
use crate::tui::app::{App, BrowserScreen, Column};

/// A browser's filters and sort as the presenter sends them.
pub(super) fn filter(app: &App, b: &BrowserScreen) -> BrowserFilter {
    let (owner, goal) = b.filter_ids(&app.data.dataset);
    BrowserFilter {
        query: shown_query(&b.query),
        status: b.status.map(|s| s.name().to_owned()),
        owner,
        goal,
        sort: b.sort.name().to_owned(),
        descending: b.descending,
    }
}

/// A browser as the presenter's filter asks, over this copy of the dataset. What this copy
/// lacks (an owner, a goal, a column of a newer version) is not filtered or sorted by; the
/// follower's own sort stands in for one it does not know.
pub(super) fn screen(app: &App, f: &BrowserFilter) -> BrowserScreen {
    let ds = &app.data.dataset;
    let order = app.ui.browser_sort;
    let sorted = Column::named(&f.sort);
    BrowserScreen {
        // Another's text, on this terminal: cleaned as data is.
        query: crate::sanitize::clean(&shown_query(&f.query))
            .chars()
            .filter(|c| !c.is_control())
            .collect(),
        status: f.status.as_deref().and_then(InitiativeStatus::parse),
        owner: (f.owner.as_deref())
            .and_then(|id| ds.owners.iter().position(|o| o.id.as_str() == id)),
        goal: (f.goal.as_deref()).and_then(|id| ds.goals.iter().position(|g| g.id.as_str() == id)),
        sort: sorted.unwrap_or(order.column),
        descending: if sorted.is_some() {
            f.descending
        } else {
            order.descending
        },
        ..BrowserScreen::default()
    }
}
