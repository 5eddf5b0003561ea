//! Following a presenter (`goalboard follow`), and being followed (`--share`): the dashboard's
//! state as a [`Position`] by ids, and a position put back into a dashboard over its own copy
//! of the dataset, in its own size. The follower's keys: `L` looks around on its own, `F`
//! follows again; other moves wait while it follows.

mod browser;

use ratatui::crossterm::event::KeyCode;

use super::action::{Action, Effect};
use super::app::{
    App, Cursor, Following, GoalScreen, HelpScreen, IndicatorScreen, InitiativePane,
    InitiativeScreen, Pane, PresentScreen, Screen,
};
use super::browse::{open_browser, show};
use super::navigate::edit_query;
use super::refs::IndicatorRef;
use crate::model::Lang;
use crate::share::protocol::{Focus, MAX_PAGES, Position, Screen as Shown, Scroll, shown_query};

/// A follower's own keys: `L` and `F`, and `q` while in step (the search box may be open).
pub fn key(code: KeyCode, app: &App) -> Option<Action> {
    let f = app.ui.follow.as_ref()?;
    match code {
        KeyCode::Char('L') if f.in_sync => Some(Action::LookAround),
        KeyCode::Char('F') => Some(Action::SnapBack),
        KeyCode::Char('q') if f.in_sync => Some(Action::Quit),
        _ => None,
    }
}

/// Whether an action waits because the follower moves with its presenter: any move of its own
/// (a key, a click) but quitting, help on the follower's keys, copying and reading the file.
pub fn holds(app: &mut App, action: &Action) -> bool {
    let Some(f) = &app.ui.follow else {
        return false;
    };
    let held = f.in_sync
        && action.is_input()
        && !matches!(
            action,
            Action::Quit | Action::LookAround | Action::SnapBack | Action::Copy | Action::Reload
        );
    if held {
        app.ui.note = Some(status(f, app.locale.lang));
    }
    held
}

/// The follower's state changes that are not positions.
pub fn update(app: &mut App, action: &Action) {
    if *action == Action::StartFollowing {
        app.ui.follow = Some(Following::new());
        return;
    }
    let Some(f) = app.ui.follow.as_mut() else {
        return;
    };
    match action {
        Action::PresenterJoined => f.connected = true,
        Action::PresenterLeft => f.connected = false,
        Action::LookAround => f.in_sync = false,
        Action::SnapBack => {
            f.in_sync = true;
            if let Some(p) = f.latest.clone() {
                apply(app, &p);
            }
        }
        _ => {}
    }
}

/// A position from the presenter: applied when in step, kept for `F` when not. A new
/// generation means the presenter loaded a new version of the file: this copy is read again
/// first, and the position applied after it ([`reloaded`]).
pub fn follow(app: &mut App, message: crate::share::Message) -> Option<Effect> {
    let f = app.ui.follow.as_mut()?;
    f.connected = true;
    f.presenter = Some(message.presenter);
    let new_version = f.reloaded.is_some_and(|r| r != message.reloaded);
    f.reloaded = Some(message.reloaded);
    f.latest = Some(message.position);
    if new_version && let Some(file) = app.file.clone() {
        return Some(Effect::Load(file));
    }
    let in_sync = f.in_sync;
    if in_sync && let Some(p) = f.latest.clone() {
        apply(app, &p);
    }
    None
}

/// After this copy of the file was read again: back to where the presenter is.
pub fn reloaded(app: &mut App) {
    if let Some(f) = &app.ui.follow
        && f.in_sync
        && let Some(p) = f.latest.clone()
    {
        apply(app, &p);
    }
}

/// The footer's words for the follower's state.
pub fn status(f: &Following, lang: Lang) -> String {
    // Another user's text, on this terminal: cleaned, and short.
    let who: String = f
        .presenter
        .as_deref()
        .map(crate::sanitize::clean)
        .unwrap_or_default()
        .chars()
        .take(24)
        .collect();
    let da = lang == Lang::Da;
    match (f.connected, f.in_sync, da) {
        (false, _, false) if f.presenter.is_some() => "the presenter has left".into(),
        (false, _, true) if f.presenter.is_some() => "præsentanten er gået".into(),
        (false, _, false) => "waiting for the presenter".into(),
        (false, _, true) => "venter på præsentanten".into(),
        (true, true, false) => format!("following {who} (in sync; L: look around)"),
        (true, true, true) => format!("følger {who} (i takt; L: se dig om)"),
        (true, false, false) => format!("following {who} (looking around; F: follow again)"),
        (true, false, true) => format!("følger {who} (ser dig om; F: følg igen)"),
    }
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Where this dashboard is, by ids.
pub fn position(app: &App) -> Position {
    let ds = &app.data.dataset;
    let o = &app.ui.overview;
    let goal_id = |g: usize| ds.goals.get(g).map(|x| x.id.to_string());
    let initiative_id = |n: usize| ds.initiatives.get(n).map(|x| x.id.to_string());
    let indicator_id = |r: IndicatorRef| app.data.indicator(r).map(|p| p.indicator.id.to_string());
    let mut p = Position {
        focus: match o.focus {
            Pane::Goals => Focus::Goals,
            Pane::Indicators => Focus::Indicators,
            Pane::Initiatives => Focus::Initiatives,
        },
        goal: app.goal().and_then(goal_id),
        indicator: app.selected_indicator().and_then(indicator_id),
        initiative: app.selected_initiative().and_then(initiative_id),
        scroll: Scroll {
            goals: u32_of(o.goals.offset),
            indicators: u32_of(o.indicators.offset),
            initiatives: u32_of(o.initiatives.offset),
            screen: 0,
        },
        query: app.ui.search.as_ref().map(|s| shown_query(&s.query)),
        ..Position::default()
    };
    let (screen, row, scroll) = screen_position(app, &mut p);
    p.screen = screen;
    p.row = u32_of(row);
    p.scroll.screen = u32_of(scroll);
    p
}

/// The screen on top as a position: which it is, its selected row and its scroll; the ids of
/// what it shows go into `p`.
fn screen_position(app: &App, p: &mut Position) -> (Shown, usize, usize) {
    let ds = &app.data.dataset;
    let goal_id = |g: usize| ds.goals.get(g).map(|x| x.id.to_string());
    let initiative_id = |n: usize| ds.initiatives.get(n).map(|x| x.id.to_string());
    match app.screen() {
        // The changes are the presenter's own comparison, which a follower may not have:
        // it stays on the overview.
        None | Some(Screen::Changes(_)) => (Shown::Overview, 0, 0),
        Some(Screen::Breakdowns(s)) => {
            p.breakdowns = super::breakdown::follow::position(app, s);
            // The indicator's screen beneath, as it is (a follower of an older build shows it).
            match app.ui.stack.iter().rev().nth(1) {
                Some(Screen::Indicator(below)) => {
                    indicator_place(app, p, s.indicator);
                    (Shown::Indicator, below.points.selected, below.points.offset)
                }
                _ => (Shown::Overview, 0, 0),
            }
        }
        Some(Screen::Goal(s)) => {
            p.goal = goal_id(s.goal);
            (Shown::Goal, s.scroll.selected, s.scroll.offset)
        }
        Some(Screen::Indicator(s)) => {
            indicator_place(app, p, s.indicator);
            (Shown::Indicator, s.points.selected, s.points.offset)
        }
        Some(Screen::Initiative(s)) => {
            p.initiative = initiative_id(s.initiative);
            p.focus = match s.focus {
                InitiativePane::Measures => Focus::Measures,
                InitiativePane::Details => Focus::Details,
            };
            (Shown::Initiative, s.measures.selected, s.details.offset)
        }
        Some(Screen::Browser(s)) => {
            p.browser = Some(Box::new(browser::filter(app, s)));
            (Shown::Browser, s.cursor.selected, s.cursor.offset)
        }
        Some(Screen::Help(s)) => (Shown::Help, s.scroll.selected, s.scroll.offset),
        Some(Screen::Present(s)) => {
            p.goal = s.goal().and_then(goal_id);
            p.page = Some(u32_of(s.position));
            if s.goals.len() <= MAX_PAGES {
                p.pages = s.goals.iter().filter_map(|&g| goal_id(g)).collect();
            }
            (Shown::Present, 0, 0)
        }
    }
}

/// An indicator's ids: its goal's (or its initiative's, for a measure) and its own.
fn indicator_place(app: &App, p: &mut Position, r: IndicatorRef) {
    let ds = &app.data.dataset;
    match r {
        IndicatorRef::Goal { goal, .. } => p.goal = ds.goals.get(goal).map(|x| x.id.to_string()),
        IndicatorRef::Measure { initiative, .. } => {
            p.goal = None;
            p.initiative = ds.initiatives.get(initiative).map(|x| x.id.to_string());
        }
    }
    p.indicator = app.data.indicator(r).map(|x| x.indicator.id.to_string());
}

/// What a position's ids name in this copy of the dataset, by position.
struct Found {
    goal: Option<usize>,
    initiative: Option<usize>,
    /// In the goal shown (else the one selected here).
    indicator: Option<usize>,
    /// In the initiative named.
    measure: Option<usize>,
    /// The initiative's row in the goal's list of initiatives.
    initiative_row: Option<usize>,
}

fn find(app: &App, p: &Position) -> Found {
    let ds = &app.data.dataset;
    let goal = p
        .goal
        .as_deref()
        .and_then(|id| ds.goals.iter().position(|g| g.id.as_str() == id));
    let initiative = p
        .initiative
        .as_deref()
        .and_then(|id| ds.initiatives.iter().position(|n| n.id.as_str() == id));
    let overview_goal = goal.or_else(|| app.goal());
    let indicator = overview_goal.and_then(|g| {
        let id = p.indicator.as_deref()?;
        ds.goals[g]
            .indicators
            .iter()
            .position(|i| i.id.as_str() == id)
    });
    let measure = initiative.and_then(|n| {
        let id = p.indicator.as_deref()?;
        ds.initiatives[n]
            .measures
            .iter()
            .position(|i| i.id.as_str() == id)
    });
    let initiative_row = overview_goal.and_then(|g| {
        let n = initiative?;
        app.data.initiatives_of(g).iter().position(|&x| x == n)
    });
    Found {
        goal,
        initiative,
        indicator,
        measure,
        initiative_row,
    }
}

/// A count from the wire as an index (one too large for this machine is past any end).
fn at(i: u32) -> usize {
    usize::try_from(i).unwrap_or(usize::MAX)
}

/// Puts a position into this dashboard: what its ids name in this copy of the dataset (an id
/// it lacks leaves that part as it was), then the screen on top.
pub fn apply(app: &mut App, p: &Position) {
    let found = find(app, p);
    let o = &mut app.ui.overview;
    if let Some(g) = found.goal {
        o.goals = Cursor {
            selected: g,
            offset: at(p.scroll.goals),
        };
    }
    o.indicators = Cursor {
        selected: found.indicator.unwrap_or(0),
        offset: at(p.scroll.indicators),
    };
    o.initiatives = Cursor {
        selected: found.initiative_row.unwrap_or(0),
        offset: at(p.scroll.initiatives),
    };
    o.focus = match p.focus {
        Focus::Indicators => Pane::Indicators,
        Focus::Initiatives => Pane::Initiatives,
        _ => Pane::Goals,
    };
    app.ui.stack.clear();
    app.ui.search = None;
    let screen = screen(app, p, &found);
    app.ui.stack.extend(screen);
    if let Some(b) = &p.breakdowns {
        super::breakdown::follow::apply(app, b);
    }
    if let Some(query) = &p.query {
        // Shown in the search box: another's text, cleaned as data is.
        let query: String = crate::sanitize::clean(query)
            .chars()
            .filter(|c| !c.is_control())
            .collect();
        app.ui.search = Some(super::app::Search::default());
        edit_query(app, |q| *q = query);
    }
}

/// The screen a position shows, on the overview put in place (the browser opens itself).
fn screen(app: &mut App, p: &Position, found: &Found) -> Option<Screen> {
    let row = Cursor {
        selected: at(p.row),
        offset: at(p.scroll.screen),
    };
    let text = Cursor {
        selected: at(p.scroll.screen),
        offset: at(p.scroll.screen),
    };
    let (goal, initiative) = (found.goal, found.initiative);
    match p.screen {
        Shown::Overview => None,
        Shown::Goal => goal.map(|goal| {
            Screen::Goal(GoalScreen {
                goal,
                scroll: text,
                from_note: None,
            })
        }),
        Shown::Indicator => {
            let r = match (goal, found.indicator, initiative, found.measure) {
                (Some(goal), Some(index), _, _) => Some(IndicatorRef::Goal { goal, index }),
                (None, _, Some(initiative), Some(index)) => {
                    Some(IndicatorRef::Measure { initiative, index })
                }
                _ => None,
            };
            r.map(|indicator| {
                Screen::Indicator(IndicatorScreen {
                    indicator,
                    points: row,
                })
            })
        }
        Shown::Initiative => initiative.map(|initiative| {
            Screen::Initiative(InitiativeScreen {
                initiative,
                focus: if p.focus == Focus::Details {
                    InitiativePane::Details
                } else {
                    InitiativePane::Measures
                },
                measures: Cursor {
                    selected: at(p.row),
                    offset: 0,
                },
                details: text,
            })
        }),
        Shown::Help => Some(Screen::Help(HelpScreen { scroll: text })),
        Shown::Present => present(app, p, goal),
        Shown::Browser => {
            browser_at(app, p, row);
            None
        }
    }
}

/// The browser as the presenter has it (its filter and sort where sent), at the row.
fn browser_at(app: &mut App, p: &Position, row: Cursor) {
    match &p.browser {
        Some(f) => show(app, browser::screen(app, f)),
        None => open_browser(app, None),
    }
    if let Some(Screen::Browser(s)) = app.ui.stack.last_mut() {
        s.cursor = row;
    }
}

/// The presentation as the presenter shows it: its goals by id (or the one on screen), the page.
fn present(app: &App, p: &Position, goal: Option<usize>) -> Option<Screen> {
    let ds = &app.data.dataset;
    let mut goals: Vec<usize> = p
        .pages
        .iter()
        .filter_map(|id| ds.goals.iter().position(|g| g.id.as_str() == id))
        .collect();
    let mut page = p.page.map_or(0, |n| usize::try_from(n).unwrap_or(0));
    if goals.len() != p.pages.len() || p.pages.is_empty() {
        // Some goal is not in this copy, or the list was too long to send: the one on screen.
        goals = goal.into_iter().collect();
        page = 0;
    }
    if goals.is_empty() {
        return None;
    }
    Some(Screen::Present(PresentScreen {
        position: page.min(goals.len() - 1),
        goals,
        every: None,
        standalone: false,
        ..PresentScreen::default()
    }))
}

#[cfg(test)]
mod tests;
