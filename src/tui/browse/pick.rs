//! The owner and goal filters' pick list: a small list over the browser of every owner (or
//! goal) that has initiatives, "all" first; `/` narrows it as the search does (case and accents
//! ignored), `Enter` picks, `Esc` cancels. A thousand goals are a list to narrow, not a key to
//! press a thousand times.

use ratatui::layout::Rect;

use super::refresh_browser;
use crate::tui::action::Action;
use crate::tui::app::{App, Cursor, Pick, PickKind, Screen};
use crate::tui::search::fold;

/// Opens the pick list of a browser on top, the current choice selected.
pub(super) fn open(app: &mut App, kind: PickKind) {
    let shown = choices(app, kind, "");
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return;
    };
    let current = match kind {
        PickKind::Owner => b.owner,
        PickKind::Goal => b.goal,
    };
    let selected = shown.iter().position(|&c| c == current).unwrap_or(0);
    b.pick = Some(Pick {
        kind,
        shown,
        cursor: Cursor {
            selected,
            offset: 0,
        },
        ..Pick::default()
    });
    settle(app);
}

/// A key while the pick list is open; every key but those for the whole dashboard (quit, a
/// resize, a reload) is the list's.
pub(super) fn key(app: &mut App, action: &Action) -> bool {
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return false;
    };
    let Some(pick) = b.pick.as_mut() else {
        return false;
    };
    let len = pick.shown.len();
    let page = rows(app.ui.size) as isize;
    let at = pick.cursor.selected;
    let to = |delta: isize| at.saturating_add_signed(delta).min(len.saturating_sub(1));
    match action {
        Action::Up => pick.cursor.selected = to(-1),
        Action::Down => pick.cursor.selected = to(1),
        Action::PageUp => pick.cursor.selected = to(-page),
        Action::PageDown => pick.cursor.selected = to(page),
        Action::Top => pick.cursor.selected = 0,
        Action::Bottom => pick.cursor.selected = len.saturating_sub(1),
        Action::FilterText => pick.typing = true,
        Action::Type(_) | Action::Erase | Action::ClearQuery => return narrow(app, action),
        Action::Enter => return choose(app),
        Action::Back if pick.typing => {
            pick.typing = false;
            return narrow(app, &Action::ClearQuery);
        }
        Action::Back => b.pick = None,
        Action::Select(..) | Action::Activate(..) | Action::Scroll(..) => {}
        _ => return false,
    }
    settle(app);
    true
}

/// The query typed into the pick list, and the choices it leaves.
fn narrow(app: &mut App, action: &Action) -> bool {
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return false;
    };
    let Some(pick) = b.pick.as_mut() else {
        return false;
    };
    match action {
        Action::Type(c) => pick.query.push(*c),
        Action::Erase => {
            pick.query.pop();
        }
        _ => pick.query.clear(),
    }
    let (kind, query) = (pick.kind, pick.query.clone());
    let shown = choices(app, kind, &query);
    if let Some(Screen::Browser(b)) = app.ui.stack.last_mut()
        && let Some(pick) = b.pick.as_mut()
    {
        pick.shown = shown;
        pick.cursor = Cursor::default();
    }
    true
}

/// Sets the filter to the selected choice and closes the list.
fn choose(app: &mut App) -> bool {
    let Some(Screen::Browser(b)) = app.ui.stack.last_mut() else {
        return false;
    };
    let Some(pick) = b.pick.take() else {
        return false;
    };
    // Nothing left after narrowing: nothing to pick, the list stays.
    let Some(&choice) = pick.shown.get(pick.cursor.selected) else {
        b.pick = Some(pick);
        return true;
    };
    match pick.kind {
        PickKind::Owner => b.owner = choice,
        PickKind::Goal => b.goal = choice,
    }
    refresh_browser(app);
    true
}

/// Keeps the selected choice in sight.
fn settle(app: &mut App) {
    let rows = rows(app.ui.size);
    if let Some(Screen::Browser(b)) = app.ui.stack.last_mut()
        && let Some(pick) = b.pick.as_mut()
    {
        let c = &mut pick.cursor;
        c.offset = c.offset.min(c.selected);
        if c.selected >= c.offset + rows {
            c.offset = c.selected + 1 - rows;
        }
    }
}

/// The owners (or goals) that have initiatives, as positions, whose label holds every word of
/// the query; "all" (`None`) first when there is no query.
fn choices(app: &App, kind: PickKind, query: &str) -> Vec<Option<usize>> {
    let data = &app.data;
    let present: Vec<usize> = match kind {
        PickKind::Owner => {
            let mut has = vec![false; data.dataset.owners.len()];
            for ini in &data.dataset.initiatives {
                for id in &ini.owners {
                    if let Some(o) = data.prepared.lookup.owner(id.as_str()) {
                        has[o] = true;
                    }
                }
            }
            (0..has.len()).filter(|&o| has[o]).collect()
        }
        PickKind::Goal => (0..data.dataset.goals.len())
            .filter(|&g| !data.initiatives_of(g).is_empty())
            .collect(),
    };
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return std::iter::once(None)
            .chain(present.into_iter().map(Some))
            .collect();
    }
    present
        .into_iter()
        .filter(|&p| {
            let label = fold(&choice_label(app, kind, p));
            words.iter().all(|w| label.contains(w.as_str()))
        })
        .map(Some)
        .collect()
}

/// A choice as the list shows it: an owner's short name and name, a goal's code and title.
pub fn choice_label(app: &App, kind: PickKind, position: usize) -> String {
    let ds = &app.data.dataset;
    let theme = &app.theme;
    let (first, second) = match kind {
        PickKind::Owner => match ds.owners.get(position) {
            Some(o) => (o.short.as_deref(), o.name.as_str()),
            None => return String::new(),
        },
        PickKind::Goal => match ds.goals.get(position) {
            Some(g) => (
                Some(g.code.as_deref().unwrap_or(g.id.as_str())),
                g.title.as_str(),
            ),
            None => return String::new(),
        },
    };
    match first {
        Some(first) => format!("{}  {}", theme.clean(first), theme.clean(second)),
        None => theme.clean(second).into_owned(),
    }
}

/// How many choices the list shows at once in a terminal of this size.
fn rows(size: (u16, u16)) -> usize {
    let area = Rect::new(0, 0, size.0, size.1);
    usize::from(popup(area, usize::MAX).height.saturating_sub(3)).max(1)
}

/// Where the pick list is drawn over `area` (the terminal) for `choices` choices: a box at
/// most 64 columns wide, as tall as its choices (with its border and query line) and at most
/// the terminal less eight rows, centred.
pub fn popup(area: Rect, choices: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(64);
    let most = area.height.saturating_sub(8);
    let height = u16::try_from(choices.saturating_add(3))
        .unwrap_or(u16::MAX)
        .min(most);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
