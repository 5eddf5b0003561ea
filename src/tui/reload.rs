//! A new version of the dataset, with the user kept where they were: every selection and every
//! open screen is found again by id (a goal, an indicator, an initiative, an owner), so edits
//! that reorder the file move nothing on screen. What no longer exists is let go: its screen
//! closes, its selection falls back to the first row. Part of the update step: with
//! `action::update`, the only code that changes the state.

use super::app::{App, Cursor, IndicatorScreen, InitiativeScreen, Screen};
use super::browse::browser_rows;
use super::lists::settle;
use super::prepared::{Data, IndicatorRef};
use crate::model::Dataset;

/// A screen as ids, to find it again in the new data.
enum Kept {
    Indicator {
        id: String,
        point: usize,
    },
    Initiative {
        id: String,
        screen: InitiativeScreen,
    },
    Browser {
        screen: super::app::BrowserScreen,
        owner: Option<String>,
        goal: Option<String>,
        selected: Option<String>,
    },
    Help(super::app::HelpScreen),
    /// The goals by id, and the one shown.
    Present {
        goals: Vec<String>,
        shown: Option<String>,
        screen: super::app::PresentScreen,
    },
    /// A goal's notes: the goal by id, the scroll as it was.
    Goal {
        id: String,
        scroll: Cursor,
    },
    Changes,
}

/// Replaces the data, keeping the selection and the open screens by id. The caller decides
/// whether to draw (`watch::apply` has already compared the data).
pub fn reload(app: &mut App, dataset: Dataset) {
    let selection = app.selection();
    let focus = app.ui.overview.focus;
    let kept: Vec<Kept> = app.ui.stack.iter().filter_map(|s| keep(app, s)).collect();
    let query = app.ui.search.as_ref().map(|s| s.query.clone());

    app.data = Data::new(dataset, &app.theme, app.locale.lang);
    app.since = app.since.as_ref().map(|s| s.again(&app.data, app.locale));
    app.ui.overview = super::app::Overview::default();
    app.restore_selection(&selection);
    app.ui.overview.focus = focus;
    app.ui.stack = Vec::new();
    for k in kept {
        if let Some(screen) = find(app, k) {
            app.ui.stack.push(screen);
        } else {
            // Screens above one that is gone were reached through it: close them too.
            break;
        }
    }
    if let Some(query) = query {
        let hits = app.data.search().find(&query);
        app.ui.search = Some(super::app::Search {
            query,
            hits,
            cursor: Cursor::default(),
        });
    }
    settle(app);
}

fn keep(app: &App, screen: &Screen) -> Option<Kept> {
    let ds = &app.data.dataset;
    Some(match screen {
        Screen::Indicator(s) => Kept::Indicator {
            id: app.data.indicator(s.indicator)?.indicator.id.to_string(),
            point: s.points.selected,
        },
        Screen::Initiative(s) => Kept::Initiative {
            id: ds.initiatives.get(s.initiative)?.id.to_string(),
            screen: *s,
        },
        Screen::Browser(b) => Kept::Browser {
            screen: b.clone(),
            owner: b
                .owner
                .and_then(|o| ds.owners.get(o))
                .map(|o| o.id.to_string()),
            goal: b
                .goal
                .and_then(|g| ds.goals.get(g))
                .map(|g| g.id.to_string()),
            selected: b
                .rows
                .get(b.cursor.selected)
                .and_then(|&n| ds.initiatives.get(n))
                .map(|i| i.id.to_string()),
        },
        Screen::Help(h) => Kept::Help(*h),
        Screen::Present(p) => Kept::Present {
            goals: p
                .goals
                .iter()
                .filter_map(|&g| ds.goals.get(g))
                .map(|g| g.id.to_string())
                .collect(),
            shown: p
                .goal()
                .and_then(|g| ds.goals.get(g))
                .map(|g| g.id.to_string()),
            screen: p.clone(),
        },
        Screen::Goal(s) => Kept::Goal {
            id: ds.goals.get(s.goal)?.id.to_string(),
            scroll: s.scroll,
        },
        // Its rows are the new version's changes: kept at the top.
        Screen::Changes(_) => Kept::Changes,
    })
}

fn find(app: &App, kept: Kept) -> Option<Screen> {
    let ds = &app.data.dataset;
    Some(match kept {
        Kept::Indicator { id, point } => Screen::Indicator(IndicatorScreen {
            indicator: indicator_by_id(ds, &id)?,
            points: Cursor {
                selected: point,
                offset: 0,
            },
        }),
        Kept::Initiative { id, screen } => Screen::Initiative(InitiativeScreen {
            initiative: ds.initiatives.iter().position(|i| i.id.as_str() == id)?,
            ..screen
        }),
        Kept::Browser {
            mut screen,
            owner,
            goal,
            selected,
        } => {
            screen.owner = owner.and_then(|id| ds.owners.iter().position(|o| o.id.as_str() == id));
            screen.goal = goal.and_then(|id| ds.goals.iter().position(|g| g.id.as_str() == id));
            screen.rows = browser_rows(app, &screen);
            screen.cursor = Cursor::default();
            if let Some(id) = selected {
                let row = screen
                    .rows
                    .iter()
                    .position(|&n| ds.initiatives[n].id.as_str() == id);
                screen.cursor.selected = row.unwrap_or(0);
            }
            Screen::Browser(screen)
        }
        Kept::Help(h) => Screen::Help(h),
        Kept::Present {
            goals,
            shown,
            screen,
        } => {
            let at = |id: &str| ds.goals.iter().position(|g| g.id.as_str() == id);
            let positions: Vec<usize> = goals.iter().filter_map(|id| at(id)).collect();
            if positions.is_empty() {
                return None;
            }
            // The goal shown stays on screen; when it is gone, the one now at its place.
            let position = shown
                .as_deref()
                .and_then(at)
                .and_then(|g| positions.iter().position(|&p| p == g))
                .unwrap_or(screen.position.min(positions.len() - 1));
            Screen::Present(super::app::PresentScreen {
                goals: positions,
                position,
                ..screen
            })
        }
        Kept::Goal { id, scroll } => Screen::Goal(super::app::GoalScreen {
            goal: ds.goals.iter().position(|g| g.id.as_str() == id)?,
            scroll,
        }),
        Kept::Changes => Screen::Changes(super::app::ChangesScreen::default()),
    })
}

/// Where an indicator or measure of this id is (ids are unique across both).
pub fn indicator_by_id(ds: &Dataset, id: &str) -> Option<IndicatorRef> {
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
