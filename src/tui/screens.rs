//! The state of each screen of the dashboard and the cursor they share: plain data, kept by
//! `App` and changed only by `update`. Apart from `app` so the screens' own modules (the
//! breakdowns, the browser) can name their state without importing the whole of `App`.

use std::time::Duration;

use super::prepared::IndicatorRef;
use crate::model::InitiativeStatus;

/// A list's selection and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

/// Every list a view can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    Goals,
    Indicators,
    Initiatives,
    Points,
    Measures,
    /// The initiative's milestones and updates: scrolled, not selected.
    Details,
    Browser,
    Hits,
    /// The key list: scrolled, not selected.
    Help,
    /// A goal's notes: scrolled, not selected.
    Notes,
    /// The changes since the baseline.
    Changes,
    /// An indicator's breakdowns by one dimension.
    Breakdowns,
}

impl List {
    /// Lists that scroll a text rather than move a selection.
    pub fn scrolls_only(self) -> bool {
        matches!(self, List::Details | List::Help | List::Notes)
    }
}

/// The panes of the overview, in Tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Pane {
    #[default]
    Goals,
    Indicators,
    Initiatives,
}

impl Pane {
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Pane::Goals => Pane::Indicators,
            Pane::Indicators => Pane::Initiatives,
            Pane::Initiatives => Pane::Goals,
        }
    }

    #[must_use]
    pub fn prev(self) -> Self {
        match self {
            Pane::Goals => Pane::Initiatives,
            Pane::Indicators => Pane::Goals,
            Pane::Initiatives => Pane::Indicators,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    pub focus: Pane,
    pub goals: Cursor,
    /// Among the selected goal's indicators.
    pub indicators: Cursor,
    /// Among the initiatives serving the selected goal.
    pub initiatives: Cursor,
}

/// A screen opened over the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Indicator(IndicatorScreen),
    Initiative(InitiativeScreen),
    Browser(BrowserScreen),
    Help(HelpScreen),
    Present(PresentScreen),
    Goal(GoalScreen),
    /// The changes since the baseline, goal by goal (`c`).
    Changes(ChangesScreen),
    /// An indicator's breakdowns by one dimension (`d`).
    Breakdowns(BreakdownScreen),
}

/// The changes screen: one row per line of `SinceView::rows`, the selected one opens its item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangesScreen {
    pub rows: Cursor,
}

/// A goal's status notes, newest first, scrolled: its title and status, then every note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoalScreen {
    /// The goal (position in the dataset).
    pub goal: usize,
    /// The first line shown of the notes.
    pub scroll: Cursor,
    /// A note to show from its first line (a search hit), until a frame has drawn it: where
    /// a note starts depends on the pane's width, which only the view knows.
    pub from_note: Option<usize>,
}

/// One indicator or measure: chart, figures in words, the points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndicatorScreen {
    pub indicator: IndicatorRef,
    pub points: Cursor,
}

/// The panes of the initiative screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InitiativePane {
    #[default]
    Measures,
    Details,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InitiativeScreen {
    pub initiative: usize,
    pub focus: InitiativePane,
    pub measures: Cursor,
    /// The first line shown of the details (milestones, updates).
    pub details: Cursor,
}

/// The columns of the initiatives browser, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    #[default]
    Title,
    Status,
    Owners,
    Goals,
    Start,
    End,
    Updated,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Title,
        Column::Status,
        Column::Owners,
        Column::Goals,
        Column::Start,
        Column::End,
        Column::Updated,
    ];

    #[must_use]
    pub fn next(self) -> Self {
        let i = Self::ALL.iter().position(|&c| c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    #[must_use]
    pub fn prev(self) -> Self {
        let i = Self::ALL.iter().position(|&c| c == self).unwrap_or(0);
        Self::ALL[(i + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    /// Its place in [`Column::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its name in the state file.
    pub fn name(self) -> &'static str {
        [
            "title", "status", "owners", "goals", "start", "end", "updated",
        ][self.index()]
    }

    /// The column of a name in the state file.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// How the browser sorts: kept for the next browser opened, and remembered between runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SortOrder {
    pub column: Column,
    pub descending: bool,
}

/// All initiatives in a table, filtered and sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowserScreen {
    /// The initiatives shown, in the order shown (positions in the dataset).
    pub rows: Vec<usize>,
    pub cursor: Cursor,
    pub sort: Column,
    pub descending: bool,
    pub status: Option<InitiativeStatus>,
    /// An owner, by position in the dataset's owners.
    pub owner: Option<usize>,
    /// A goal, by position in the dataset's goals.
    pub goal: Option<usize>,
    /// `/`: only the initiatives whose title or id holds every word of this.
    pub query: String,
    /// The query is being typed (keys are text).
    pub typing: bool,
    /// The owner or goal filter's pick list, while open.
    pub pick: Option<Pick>,
    /// Each column's natural width over all the rows (not only those in sight), so the columns
    /// stay put while paging.
    pub widths: [usize; 7],
}

impl BrowserScreen {
    /// The owner and goal filters by id, as a reload or a follower finds them again in
    /// another copy of the data (positions do not survive it).
    pub fn filter_ids(&self, ds: &crate::model::Dataset) -> (Option<String>, Option<String>) {
        let owner = self.owner.and_then(|o| ds.owners.get(o));
        let goal = self.goal.and_then(|g| ds.goals.get(g));
        (
            owner.map(|o| o.id.to_string()),
            goal.map(|g| g.id.to_string()),
        )
    }
}

/// What a pick list sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PickKind {
    #[default]
    Owner,
    Goal,
}

/// A pick list over the browser: every owner (or goal) that has initiatives, narrowed by `/`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pick {
    pub kind: PickKind,
    /// The choices shown: `None` (all) first while not narrowed, then positions in the
    /// dataset's owners (or goals).
    pub shown: Vec<Option<usize>>,
    pub query: String,
    pub typing: bool,
    pub cursor: Cursor,
}

/// Presentation mode: one goal per screen, in large type, for a room.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresentScreen {
    /// The goals shown, in the order shown (positions in the dataset's goals).
    pub goals: Vec<usize>,
    /// Which of `goals` is on screen.
    pub position: usize,
    /// Moves on to the next goal (round) after this long without a key.
    pub every: Option<Duration>,
    /// Opened by `goalboard present` rather than from the dashboard: leaving it selects the
    /// goal shown in the overview, since there is no earlier place to return to.
    pub standalone: bool,
    /// `b` or `.`: the screen is black (a clicker's blank key), and nothing moves on.
    pub blank: bool,
    /// `s`: moving on by itself (`every`) is paused.
    pub paused: bool,
}

impl PresentScreen {
    /// The goal on screen (position in the dataset).
    pub fn goal(&self) -> Option<usize> {
        self.goals.get(self.position).copied()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HelpScreen {
    pub scroll: Cursor,
}

/// The search box: what was typed and what it found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Positions in the search index.
    pub hits: Vec<usize>,
    pub cursor: Cursor,
}

/// The breakdowns screen: one indicator's breakdowns by one dimension, filtered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakdownScreen {
    pub indicator: IndicatorRef,
    /// Which dimension (position in [`PreparedBreakdowns::dimensions`]).
    pub dimension: usize,
    /// The filter's text.
    pub query: String,
    /// The filter takes the keys typed (`/`, until Enter or Esc).
    pub editing: bool,
    /// The breakdowns shown, in order (positions in the indicator's breakdowns).
    pub rows: Vec<usize>,
    pub cursor: Cursor,
    /// One breakdown opened (Enter): its chart, figures and points.
    pub open: Option<Opened>,
}

/// One breakdown on screen, as an indicator is: which, and its points' cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opened {
    pub breakdown: usize,
    pub points: Cursor,
}
