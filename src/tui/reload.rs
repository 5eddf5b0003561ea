//! A new version of the dataset, with the user kept where they were: every selection and every
//! open screen is found again by id (a goal, an indicator, an initiative, an owner), so edits
//! that reorder the file move nothing on screen. What no longer exists is let go: its screen
//! closes, its selection falls back to the first row. Part of the update step (called by
//! `update` only).

use super::action::Version;
use super::app::{
    App, BrowserScreen, Cursor, IndicatorScreen, InitiativeScreen, PresentScreen, ReloadError,
    Screen,
};
use super::browse::browser_rows;
use super::prepared::Data;
use super::words::{Label, say};
use crate::model::{Dataset, IdIndex};
use crate::settings::Selection;

/// Applies a version of the file: a good one replaces the data (selections kept by id) and
/// clears the banner; a bad one keeps the data and sets the banner to its first error. A
/// version with errors that replaces data with errors keeps its first error in the banner. The
/// same data again changes nothing. A repository loads with errors (its broken indicator
/// marked): such a version does not replace data that had none, as a broken file would not.
/// Returns whether the data changed, or `None` when the version failed.
pub(super) fn apply(app: &mut App, version: Version) -> Option<bool> {
    let broken_save = version.errors > 0 && app.errors == 0;
    let dataset = version.dataset.filter(|_| !broken_save);
    let Some(dataset) = dataset else {
        let error = version.first_error.unwrap_or_else(|| ReloadError {
            text: format!("error: {}", say(app.locale, Label::NotLoaded)),
            line: None,
            diagnostic: None,
        });
        app.ui.reload_error = Some(error);
        return None;
    };
    // A version shown with errors (what passed the checks) keeps its first error in sight.
    app.ui.reload_error = version.first_error.filter(|_| version.errors > 0);
    if dataset == app.data.dataset
        && version.warnings == app.warnings
        && version.errors == app.errors
    {
        return Some(false);
    }
    app.warnings = version.warnings;
    app.errors = version.errors;
    reload(app, dataset);
    Some(true)
}

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
        screen: BrowserScreen,
        owner: Option<String>,
        goal: Option<String>,
        selected: Option<String>,
    },
    Help(super::app::HelpScreen),
    /// The goals by id, and the one shown.
    Present {
        goals: Vec<String>,
        shown: Option<String>,
        screen: PresentScreen,
    },
    /// A goal's notes: the goal by id, the scroll as it was.
    Goal {
        id: String,
        scroll: Cursor,
    },
    Changes,
    /// An indicator's breakdowns: the indicator by id, the dimension by name, the filter.
    Breakdowns {
        id: String,
        dimension: Option<String>,
        query: String,
    },
}

/// Replaces the data, keeping the selection and the open screens by id.
fn reload(app: &mut App, dataset: Dataset) {
    let selection = app.selection();
    let focus = app.ui.overview.focus;
    let kept: Vec<Kept> = app.ui.stack.iter().filter_map(|s| keep(app, s)).collect();
    let query = app.ui.search.as_ref().map(|s| s.query.clone());

    app.data = Data::new(dataset, &app.theme, app.locale.lang);
    app.since = app.since.as_ref().map(|s| s.again(&app.data, app.locale));
    app.ui.overview = super::app::Overview::default();
    restore_selection(app, &selection);
    app.ui.overview.focus = focus;
    app.ui.stack = Vec::new();
    // A jump's starting place is by position, which the new data may have moved.
    app.ui.back_to = None;
    // Every item by id, to find the open screens' in the new data.
    let ids = IdIndex::new(&app.data.dataset);
    for k in kept {
        if let Some(screen) = find(app, &ids, k) {
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
    // The scrolls kept may be past the new data's end: the views hold them in bounds when
    // they draw.
    super::lists::hold_selections(app);
}

/// Puts the overview's selection back by ids (those that no longer exist are skipped), as when
/// a dataset is opened again.
pub(super) fn restore_selection(app: &mut App, selection: &Selection) {
    super::browse::restore_sort(app, selection.sort.as_ref());
    let ds = &app.data.dataset;
    let Some(g) = selection
        .goal
        .as_deref()
        .and_then(|id| app.data.prepared.lookup.goal(id))
    else {
        return;
    };
    let indicator = selection.indicator.as_deref().and_then(|id| {
        ds.goals[g]
            .indicators
            .iter()
            .position(|i| i.id.as_str() == id)
    });
    let initiative = selection.initiative.as_deref().and_then(|id| {
        app.data
            .initiatives_of(g)
            .iter()
            .position(|&n| ds.initiatives[n].id.as_str() == id)
    });
    let overview = &mut app.ui.overview;
    overview.goals.selected = g;
    overview.indicators = Cursor {
        selected: indicator.unwrap_or(0),
        offset: 0,
    };
    overview.initiatives = Cursor {
        selected: initiative.unwrap_or(0),
        offset: 0,
    };
    // The offsets follow at the first frame (the terminal's size is not known yet).
    overview.goals.offset = 0;
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
        Screen::Browser(b) => {
            let (owner, goal) = b.filter_ids(ds);
            Kept::Browser {
                screen: b.clone(),
                owner,
                goal,
                selected: b
                    .rows
                    .get(b.cursor.selected)
                    .and_then(|&n| ds.initiatives.get(n))
                    .map(|i| i.id.to_string()),
            }
        }
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
        Screen::Breakdowns(s) => {
            let p = app.data.indicator(s.indicator)?;
            Kept::Breakdowns {
                id: p.indicator.id.to_string(),
                dimension: p.prepared.breakdowns.dimensions.get(s.dimension).cloned(),
                query: s.query.clone(),
            }
        }
    })
}

fn find(app: &App, ids: &IdIndex, kept: Kept) -> Option<Screen> {
    Some(match kept {
        Kept::Indicator { id, point } => Screen::Indicator(IndicatorScreen {
            indicator: ids.indicator(&id)?.into(),
            points: Cursor {
                selected: point,
                offset: 0,
            },
        }),
        Kept::Initiative { id, screen } => Screen::Initiative(InitiativeScreen {
            initiative: ids.initiative(&id)?,
            ..screen
        }),
        Kept::Browser {
            screen,
            owner,
            goal,
            selected,
        } => Screen::Browser(find_browser(app, ids, screen, owner, goal, selected)),
        Kept::Help(h) => Screen::Help(h),
        Kept::Present {
            goals,
            shown,
            screen,
        } => Screen::Present(find_presentation(ids, &goals, shown.as_deref(), &screen)?),
        Kept::Goal { id, scroll } => Screen::Goal(super::app::GoalScreen {
            goal: ids.goal(&id)?,
            scroll,
            from_note: None,
        }),
        Kept::Changes => Screen::Changes(super::app::ChangesScreen::default()),
        Kept::Breakdowns {
            id,
            dimension,
            query,
        } => Screen::Breakdowns(super::breakdown::found_again(
            app,
            ids.indicator(&id)?.into(),
            dimension.as_deref(),
            query,
        )?),
    })
}

/// The browser with its filters found again by id, and the initiative selected before.
fn find_browser(
    app: &App,
    ids: &IdIndex,
    mut screen: BrowserScreen,
    owner: Option<String>,
    goal: Option<String>,
    selected: Option<String>,
) -> BrowserScreen {
    screen.owner = owner.and_then(|id| ids.owner(&id));
    screen.goal = goal.and_then(|id| ids.goal(&id));
    // Its choices were the old version's owners or goals.
    screen.pick = None;
    screen.rows = browser_rows(app, &screen);
    screen.widths = super::browse::natural_widths(app, &screen);
    screen.cursor = Cursor::default();
    if let Some(n) = selected.and_then(|id| ids.initiative(&id)) {
        screen.cursor.selected = screen.rows.iter().position(|&r| r == n).unwrap_or(0);
    }
    screen
}

/// The presentation's goals found again by id; `None` when none is left.
fn find_presentation(
    ids: &IdIndex,
    goals: &[String],
    shown: Option<&str>,
    screen: &PresentScreen,
) -> Option<PresentScreen> {
    let positions: Vec<usize> = goals.iter().filter_map(|id| ids.goal(id)).collect();
    if positions.is_empty() {
        return None;
    }
    // The goal shown stays on screen; when it is gone, the one now at its place.
    let position = shown
        .and_then(|id| ids.goal(id))
        .and_then(|g| positions.iter().position(|&p| p == g))
        .unwrap_or(screen.position.min(positions.len() - 1));
    Some(PresentScreen {
        goals: positions,
        position,
        ..screen.clone()
    })
}
