//! The initiatives browser's rows: filtered by status, owner or goal, sorted by any column,
//! the selected initiative kept across changes. Called by `action::update` only.

use super::action::Action;
use super::app::{App, BrowserScreen, Column, Screen};
use crate::model::InitiativeStatus;

pub(super) fn open_browser(app: &mut App, owner: Option<usize>) {
    let mut screen = BrowserScreen {
        owner,
        ..BrowserScreen::default()
    };
    screen.rows = browser_rows(app, &screen);
    app.ui.stack.push(Screen::Browser(screen));
}

pub(super) fn sort(app: &mut App, action: &Action) {
    let rows = {
        let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
            return;
        };
        match action {
            Action::SortNext => b.sort = b.sort.next(),
            Action::SortPrev => b.sort = b.sort.prev(),
            _ => b.descending = !b.descending,
        }
        b.clone()
    };
    refresh_browser(app, &rows);
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
        Action::FilterOwner => {
            let owners = &data.dataset.owners;
            let present: Vec<usize> = (0..owners.len())
                .filter(|&o| inis.iter().any(|i| i.owners.contains(&owners[o].id)))
                .collect();
            b.owner = cycle(&present, b.owner);
        }
        Action::FilterGoal => {
            let present: Vec<usize> = (0..data.dataset.goals.len())
                .filter(|&g| !data.initiatives_of(g).is_empty())
                .collect();
            b.goal = cycle(&present, b.goal);
        }
        _ => {
            b.status = None;
            b.owner = None;
            b.goal = None;
        }
    }
    let screen = b.clone();
    refresh_browser(app, &screen);
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

/// Recomputes the rows after a sort or filter change, keeping the selected initiative.
fn refresh_browser(app: &mut App, screen: &BrowserScreen) {
    let rows = browser_rows(app, screen);
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let kept = b
        .rows
        .get(b.cursor.selected)
        .and_then(|n| rows.iter().position(|r| r == n));
    b.cursor.selected = kept.unwrap_or(0);
    b.rows = rows;
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
    let prepared = &data.prepared.initiatives;
    let goal_pos = |n: usize| {
        inis[n]
            .goals
            .first()
            .and_then(|id| data.dataset.goals.iter().position(|g| &g.id == id))
    };
    rows.sort_by(|&a, &b| {
        let (ia, ib) = (&inis[a], &inis[b]);
        let order = match screen.sort {
            Column::Title => prepared[a].title_key.cmp(&prepared[b].title_key),
            Column::Status => status_rank(ia.status).cmp(&status_rank(ib.status)),
            Column::Owners => prepared[a].owners_key.cmp(&prepared[b].owners_key),
            Column::Goals => none_last(goal_pos(a), goal_pos(b)),
            Column::Start => none_last(ia.start, ib.start),
            Column::End => none_last(ia.end, ib.end),
            Column::Updated => none_last(prepared[a].latest_update, prepared[b].latest_update),
        };
        let order = if screen.descending {
            order.reverse()
        } else {
            order
        };
        order.then(a.cmp(&b))
    });
    rows
}

fn status_rank(s: InitiativeStatus) -> usize {
    InitiativeStatus::ALL
        .iter()
        .position(|&x| x == s)
        .unwrap_or(0)
}

/// Orders values with the missing ones last.
fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
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

    #[test]
    fn missing_values_sort_last() {
        assert_eq!(none_last(Some(1), None), std::cmp::Ordering::Less);
        assert_eq!(none_last::<u8>(None, None), std::cmp::Ordering::Equal);
    }
}
