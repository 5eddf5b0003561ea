//! What can happen to the dashboard ([`Action`]: a key, a click, a resize, a timer, a new
//! version of the file, the editor's return) and what the dashboard asks of the world outside
//! ([`Effect`]: read the file, open the editor, copy, quit). `update` turns an action into a
//! new state and at most one effect; the event loop carries the effect out and feeds its result
//! back as another action, so every transition can be tested without a terminal.

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;

use super::app::ReloadError;
pub use super::editor::{EditAt, EditRequest, EditorError};
use super::layout::List;
pub use super::since::{Baseline, MarkError};
use crate::load::Loaded;
use crate::model::Dataset;
use crate::settings::Selection;

/// Something the user asked for, or something that happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Tab and Shift-Tab: the next or previous pane, round.
    NextPane,
    PrevPane,
    /// ← and →: the pane beside, or the indicator beside on the indicator screen.
    Left,
    Right,
    Enter,
    Back,
    Search,
    Help,
    Browser,
    Quit,
    /// A character typed into the search box.
    Type(char),
    /// Backspace in the search box.
    Erase,
    /// Ctrl-U in the search box.
    ClearQuery,
    SortNext,
    SortPrev,
    SortReverse,
    FilterStatus,
    FilterOwner,
    FilterGoal,
    /// `/` in the browser (or its pick list): type to narrow what is shown.
    FilterText,
    ClearFilters,
    /// A click on a row.
    Select(List, usize),
    /// A click on the row already selected: open it.
    Activate(List, usize),
    /// The mouse wheel over a list.
    Scroll(List, i8),
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
    /// `p`: presentation mode from the selected goal, or back from it.
    Present,
    /// In presentation mode: the next or previous goal (round), the first, the last.
    NextGoal,
    PrevGoal,
    FirstGoal,
    LastGoal,
    /// In presentation mode: `b` or `.` blanks the screen (again: back), F5 starts again from
    /// the first goal, `s` pauses moving on by itself (again: on).
    Blank,
    Restart,
    Pause,
    /// A digit: the goal with that code (digits typed in a row make one code, `1 0`).
    Digit(u8),
    /// The presentation's interval passed without a key: the next goal, round. Does nothing
    /// unless a presentation with an interval is on top.
    Advance,
    /// `r`: read the file again ([`Effect::Load`]; on the bundled dataset, a note).
    Reload,
    /// `e`: the file in the user's editor ([`Effect::Edit`]; on the bundled dataset, a note).
    Edit,
    /// `n`: the status notes of the goal selected in the overview, or of the indicator's goal.
    Notes,
    /// `y`: the goal in view as Markdown on the clipboard ([`Effect::Copy`]), and a note
    /// saying so.
    Copy,
    /// The watch saw the file change and the burst of changes is over: read it again.
    FileChanged,
    /// A version of the file was read (after `r`, a change or the editor).
    Loaded(Box<Version>),
    /// The editor exited, or could not be had or started (why, as a note).
    Edited(Result<(), EditorError>),
    /// `goalboard present`: presentation mode over everything, these goals (positions in the
    /// dataset; those that do not exist are skipped), the first on screen.
    StartPresentation {
        goals: Vec<usize>,
        every: Option<Duration>,
    },
    /// The overview's selection put back by ids, as when a dataset is opened again.
    RestoreSelection(Selection),
    /// `goalboard follow`: this dashboard moves with a presenter's (see `follow`).
    StartFollowing,
    /// The presenter's position (and reload generation).
    Follow(Box<crate::share::Message>),
    /// The presenter is there (again), or has left (quit or died).
    PresenterJoined,
    PresenterLeft,
    /// A follower's `L`: look around on its own; `F`: back to where the presenter is.
    LookAround,
    SnapBack,
    /// `M`: mark the dataset reviewed now ([`Effect::MarkReview`]).
    MarkReview,
    /// The review mark was written (its day), or why not.
    Reviewed(Result<NaiveDate, MarkError>),
    /// The older version to compare with was read (`--since`, or the latest review mark), or
    /// why not (shown in the banner; the dashboard opens on the current data either way).
    Baseline(Result<Box<Baseline>, super::since::BaselineUnread>),
    /// `c`: the changes since the baseline, goal by goal.
    Changes,
    /// `d`: an indicator's breakdowns, or back from them.
    Breakdowns,
    /// A frame was drawn, and these are the lists it showed (see `scroll`).
    Drawn(super::scroll::Windows),
}

/// What `update` asks the event loop to do outside the state; the result comes back as an
/// action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Read this file again; answered by [`Action::Loaded`].
    Load(PathBuf),
    /// Hand the terminal to the editor; answered by [`Action::Resize`] and [`Action::Edited`].
    Edit(EditRequest),
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Keep the file's content (`None`: the bundled dataset) as reviewed now; answered by
    /// [`Action::Reviewed`].
    MarkReview(Option<PathBuf>),
    /// End the dashboard.
    Quit,
}

/// A version of the file as the update step takes it: the dataset when it has no error, the
/// number of warnings, and the first error.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    pub dataset: Option<Dataset>,
    pub warnings: usize,
    /// How many errors; a dataset may load with them (an Open SDG repository).
    pub errors: usize,
    pub first_error: Option<ReloadError>,
}

impl From<Loaded> for Version {
    fn from(loaded: Loaded) -> Self {
        let warnings = loaded.warnings().count();
        let errors = loaded.errors().count();
        let first_error = loaded.errors().next().map(ReloadError::of);
        Self {
            // A file with errors shows what passed its checks, beside the errors (reload
            // keeps the last good version instead when there was one).
            dataset: loaded.dataset.or(loaded.partial.map(|d| *d)),
            warnings,
            errors,
            first_error,
        }
    }
}

impl Action {
    /// A version of the file, as the event loop reads it.
    pub fn loaded(loaded: Loaded) -> Self {
        Action::Loaded(Box::new(loaded.into()))
    }

    /// Whether the user did this (a key or a click): a note answers one such action, and the
    /// next takes it away (a resize, a timer or a reload does not).
    pub fn is_input(&self) -> bool {
        !matches!(
            self,
            Action::Resize(..)
                | Action::Advance
                | Action::FileChanged
                | Action::Loaded(_)
                | Action::Edited(_)
                | Action::StartPresentation { .. }
                | Action::RestoreSelection(_)
                | Action::StartFollowing
                | Action::Follow(_)
                | Action::PresenterJoined
                | Action::PresenterLeft
                | Action::Reviewed(_)
                | Action::Baseline(_)
                | Action::Drawn(_)
        )
    }
}
