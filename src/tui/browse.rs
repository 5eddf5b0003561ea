//! The initiatives browser's rows: filtered by status, owner, goal or text (`/`), sorted by any
//! column (by ranks worked out once per dataset, `order`), the selected initiative kept across
//! changes, the columns' widths taken over all the rows. Called by `action::update` only.

mod order;
mod pick;

pub use order::steady_widths;
pub use pick::{choice_label, popup};

use super::action::Action;
use super::app::{App, BrowserScreen, Column, PickKind, Screen, SortOrder};
use crate::model::InitiativeStatus;
use crate::settings::Sort;

pub(super) fn open_browser(app: &mut App, owner: Option<usize>) {
    let order = app.ui.browser_sort;
    show(
        app,
        BrowserScreen {
            owner,
            sort: order.column,
            descending: order.descending,
            ..BrowserScreen::default()
        },
    );
}

/// Opens a browser with these filters and sort (a follower's, as its presenter's are).
pub(super) fn show(app: &mut App, mut screen: BrowserScreen) {
    screen.rows = browser_rows(app, &screen);
    screen.widths = natural_widths(app, &screen);
    app.ui.stack.push(Screen::Browser(screen));
}

/// The remembered sort, for the browsers opened from now on (an unknown column is passed over).
pub(super) fn restore_sort(app: &mut App, sort: Option<&Sort>) {
    if let Some(column) = sort.and_then(|s| Column::named(&s.column)) {
        app.ui.browser_sort = SortOrder {
            column,
            descending: sort.is_some_and(|s| s.descending),
        };
    }
}

pub(super) fn sort(app: &mut App, action: &Action) {
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    match action {
        Action::SortNext => b.sort = b.sort.next(),
        Action::SortPrev => b.sort = b.sort.prev(),
        _ => b.descending = !b.descending,
    }
    app.ui.browser_sort = SortOrder {
        column: b.sort,
        descending: b.descending,
    };
    refresh_browser(app);
}

pub(super) fn filter(app: &mut App, action: &Action) {
    let data = &app.data;
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let inis = &data.dataset.initiatives;
    match action {
        Action::FilterStatus => {
            let present: Vec<InitiativeStatus> = InitiativeStatus::ALL
                .into_iter()
                .filter(|s| inis.iter().any(|i| i.status == *s))
                .collect();
            b.status = cycle(&present, b.status);
        }
        Action::FilterOwner => return pick::open(app, PickKind::Owner),
        Action::FilterGoal => return pick::open(app, PickKind::Goal),
        Action::FilterText => {
            b.typing = true;
            return;
        }
        _ => {
            b.status = None;
            b.owner = None;
            b.goal = None;
            b.query.clear();
        }
    }
    refresh_browser(app);
}

/// Keys while the browser's query is typed or its pick list is open: `true` when taken here.
pub(super) fn typing(app: &mut App, action: &Action) -> bool {
    if app.ui.search.is_some() {
        return false;
    }
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return false;
    };
    if b.pick.is_some() {
        return pick::key(app, action);
    }
    if !b.typing {
        return false;
    }
    match action {
        Action::Type(c) => b.query.push(*c),
        Action::Erase => {
            b.query.pop();
        }
        Action::ClearQuery => b.query.clear(),
        Action::Enter => {
            b.typing = false;
            return true;
        }
        Action::Back => {
            b.typing = false;
            b.query.clear();
        }
        // Moving in the table while typing, a resize, a reload: as usual.
        _ => return false,
    }
    refresh_browser(app);
    true
}

/// The next value of a filter: none, then each value present, then none again.
fn cycle<T: Copy + PartialEq>(values: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => values.first().copied(),
        Some(c) => values
            .iter()
            .position(|v| *v == c)
            .and_then(|i| values.get(i + 1))
            .copied(),
    }
}

/// Recomputes the rows and widths after a sort or filter change, keeping the selected
/// initiative.
fn refresh_browser(app: &mut App) {
    let Some(Screen::Browser(b)) = app.ui.stack.last() else {
        return;
    };
    let rows = browser_rows(app, b);
    let mut screen = b.clone();
    screen.rows = rows;
    let widths = natural_widths(app, &screen);
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let kept = b
        .rows
        .get(b.cursor.selected)
        .and_then(|n| screen.rows.iter().position(|r| r == n));
    b.cursor.selected = kept.unwrap_or(0);
    b.rows = screen.rows;
    b.widths = widths;
}

/// The initiatives a browser shows, filtered and sorted (file order breaks ties).
pub fn browser_rows(app: &App, screen: &BrowserScreen) -> Vec<usize> {
    let data = &app.data;
    let inis = &data.dataset.initiatives;
    let owner_id = screen
        .owner
        .and_then(|o| data.dataset.owners.get(o))
        .map(|o| &o.id);
    let goal_id = screen
        .goal
        .and_then(|g| data.dataset.goals.get(g))
        .map(|g| &g.id);
    let mut rows: Vec<usize> = (0..inis.len())
        .filter(|&n| {
            let i = &inis[n];
            screen.status.is_none_or(|s| i.status == s)
                && owner_id.is_none_or(|o| i.owners.contains(o))
                && goal_id.is_none_or(|g| i.goals.contains(g))
        })
        .collect();
    order::filter_text(data, &mut rows, &screen.query);
    let ranks = order::ranks(data, screen.sort);
    order::sort(&mut rows, ranks, screen.descending);
    rows
}

/// Each column's widest cell over all the browser's rows (the headings are the view's).
pub fn natural_widths(app: &App, screen: &BrowserScreen) -> [usize; 7] {
    let cells = order::widths(app);
    let mut widths = [0u8; 7];
    for &n in &screen.rows {
        if let Some(row) = cells.get(n) {
            for (w, &c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c);
            }
        }
    }
    widths.map(usize::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_cycle_through_values_and_back_to_none() {
        assert_eq!(cycle(&[1, 2], None), Some(1));
        assert_eq!(cycle(&[1, 2], Some(1)), Some(2));
        assert_eq!(cycle(&[1, 2], Some(2)), None);
        assert_eq!(cycle::<u8>(&[], None), None);
    }
}
