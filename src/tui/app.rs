//! The state of the dashboard as plain data: the loaded dataset with its figures, and the state
//! of every view (which screen, which pane has the focus, what is selected, the search). After
//! [`App::new`], only `update` (`tui/update.rs`, with the helpers it calls) changes it;
//! the views only read it, and the event loop hands it actions and carries out the effects
//! (besides, it builds the search index after the first frame: derived data, nothing shown).

use std::time::Duration;

use super::prepared::{Data, IndicatorRef};
pub use super::screens::*;
use super::theme::{Theme, ThemeOptions};
use crate::diagnostic::Diagnostic;
use crate::format::Locale;
use crate::model::{Dataset, Lang};
use crate::settings::Selection;

/// How the dashboard looks and speaks, decided before it opens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub theme: ThemeOptions,
    /// What the header calls the dataset's source (a file name, or the bundled dataset's).
    pub source: String,
    /// How many warnings `check` gave for the file (shown in the header).
    pub warnings: usize,
}

/// The dashboard: data, how it is shown, and the state of the views.
#[derive(Clone, Debug)]
pub struct App {
    pub data: Data,
    pub theme: Theme,
    pub locale: Locale,
    pub source: String,
    pub warnings: usize,
    /// How many errors `check` gave for a dataset that loaded all the same (an Open SDG
    /// repository with a broken file); shown in the header.
    pub errors: usize,
    /// The dataset's file, watched and reloaded (`r`) and edited (`e`); `None` for the bundled
    /// dataset, which is part of the program.
    pub file: Option<std::path::PathBuf>,
    /// Why the glyphs are ASCII, when they are (the help says it).
    pub ascii_why: Option<AsciiWhy>,
    /// The changes since a baseline (`--since`, or the latest review mark), when there is one.
    pub since: Option<super::since::SinceView>,
    pub ui: Ui,
}

/// What made the glyphs ASCII: over SSH `LANG` is often unset, and the locale's guess then
/// spells the room's names in ASCII; the help says which, and how to turn it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsciiWhy {
    /// `--ascii`.
    Flag,
    /// `ascii = true` in the config.
    Config,
    /// The locale does not say UTF-8.
    Locale,
}

/// Everything that changes while the dashboard runs, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ui {
    /// The terminal size in cells (columns, rows).
    pub size: (u16, u16),
    /// The first screen, always under the others.
    pub overview: Overview,
    /// Screens opened over the overview, the last on top.
    pub stack: Vec<Screen>,
    /// The search box, open over whatever screen is on top.
    pub search: Option<Search>,
    /// The file changed and its new version fails `check`: the first error, shown in a banner
    /// over the last good data until a version loads (see `watch`).
    pub reload_error: Option<ReloadError>,
    /// Following a presenter (`goalboard follow`): whom, and whether in sync.
    pub follow: Option<Following>,
    /// A short message in the banner's place (the bundled dataset has no file to reload or
    /// edit; the editor did not start), gone at the next key.
    pub note: Option<String>,
    /// The initiatives browser's sort, for the next one opened.
    pub browser_sort: SortOrder,
    /// The digits typed in a row (`1 0` is goal 10); any other key starts a new code.
    pub code: String,
    /// Where a search (or a digit) jumped from: `Esc` on the screen it landed on goes back
    /// there.
    pub back_to: Option<Place>,
    /// `r` was pressed: the version read answers with a note ("reloaded"), a watched change
    /// stays quiet.
    pub reload_asked: bool,
    /// The lists the last frame drew, as it drew them (`Action::Drawn`): the rows of a page
    /// and the end of a text, which the update step does not measure itself.
    pub windows: super::scroll::Windows,
}

/// A place in the dashboard to go back to: the overview as it was and the screens over it,
/// and how many screens the jump from it left open (`Esc` at that depth goes back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub overview: Overview,
    pub stack: Vec<Screen>,
    pub landed: usize,
}

/// The first error of a new version of the file that fails `check`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReloadError {
    /// As `check` prints it: `error: file:line:col: path: message`.
    pub text: String,
    /// Where it is, so `e` opens the editor there.
    pub line: Option<usize>,
    /// The error itself, to word it in the dashboard's language (`None`: `text` is all).
    pub diagnostic: Option<Box<Diagnostic>>,
}

impl ReloadError {
    pub fn of(d: &Diagnostic) -> Self {
        Self {
            text: d.to_string(),
            line: d.line,
            diagnostic: Some(Box::new(d.clone())),
        }
    }

    /// The error in a language, as `check --lang` prints it.
    pub fn in_lang(&self, lang: Lang) -> String {
        match &self.diagnostic {
            Some(d) => d.in_lang(lang),
            None => self.text.clone(),
        }
    }
}

/// What is on top, for the footer, help and key handling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Overview,
    Indicator,
    Initiative,
    Browser,
    Help,
    Search,
    Present,
    Goal,
    Changes,
    /// The browser's `/` filter being typed, or its pick list's.
    Filter,
    /// The browser's pick list (owner or goal).
    Pick,
    Breakdowns,
}

impl App {
    /// The dashboard over a dataset, at 80×24 until told the terminal's size.
    pub fn new(dataset: Dataset, options: Options) -> Self {
        let theme = Theme::new(options.theme);
        let locale = Locale {
            lang: options.lang,
            ascii: options.theme.ascii,
        };
        // The search index waits for the first frame (`Data::search`).
        let data = Data::for_first_frame(dataset, &theme, options.lang);
        Self {
            data,
            theme,
            locale,
            source: options.source,
            warnings: options.warnings,
            errors: 0,
            ascii_why: None,
            file: None,
            since: None,
            ui: Ui {
                size: (80, 24),
                overview: Overview::default(),
                stack: Vec::new(),
                search: None,
                reload_error: None,
                follow: None,
                note: None,
                browser_sort: SortOrder::default(),
                code: String::new(),
                back_to: None,
                reload_asked: false,
                windows: super::scroll::Windows::default(),
            },
        }
    }

    /// The same dashboard, its dataset loaded with `errors` errors (shown in the header).
    #[must_use]
    pub fn with_errors(self, errors: usize) -> Self {
        Self { errors, ..self }
    }

    /// The same dashboard, opened on a file with errors: the first in the banner, as a version
    /// with errors read again shows it.
    #[must_use]
    pub fn with_first_error(mut self, error: Option<ReloadError>) -> Self {
        self.ui.reload_error = error;
        self
    }

    /// The same dashboard, told why its glyphs are ASCII.
    #[must_use]
    pub fn with_ascii_why(self, ascii_why: Option<AsciiWhy>) -> Self {
        Self { ascii_why, ..self }
    }

    /// The same dashboard over the dataset's file, which is then watched, reloaded (`r`) and
    /// edited (`e`).
    #[must_use]
    pub fn with_file(self, file: std::path::PathBuf) -> Self {
        Self {
            file: Some(file),
            ..self
        }
    }

    /// What is on top.
    pub fn view(&self) -> View {
        if self.ui.search.is_some() {
            return View::Search;
        }
        match self.ui.stack.last() {
            None => View::Overview,
            Some(Screen::Indicator(_)) => View::Indicator,
            Some(Screen::Initiative(_)) => View::Initiative,
            Some(Screen::Browser(b)) => match &b.pick {
                Some(p) if p.typing => View::Filter,
                Some(_) => View::Pick,
                None if b.typing => View::Filter,
                None => View::Browser,
            },
            Some(Screen::Help(_)) => View::Help,
            Some(Screen::Present(_)) => View::Present,
            Some(Screen::Goal(_)) => View::Goal,
            Some(Screen::Changes(_)) => View::Changes,
            // The filter being typed takes the keys as the search box does.
            Some(Screen::Breakdowns(s)) if s.editing => View::Search,
            Some(Screen::Breakdowns(_)) => View::Breakdowns,
        }
    }

    /// How long the event loop may wait for a key before the presentation on top moves on;
    /// `None` when nothing is due without a key.
    pub fn advance_every(&self) -> Option<Duration> {
        match (&self.ui.search, self.ui.stack.last()) {
            (None, Some(Screen::Present(p))) if !(p.paused || p.blank) => p.every,
            _ => None,
        }
    }

    /// The screen under the search box and help: the one the user works in.
    pub fn screen(&self) -> Option<&Screen> {
        self.ui.stack.last()
    }

    /// The goal the screen on top is about, if any: the overview's selection, a goal's
    /// indicator, its notes, or the goal presented (what `n` opens and `y` copies).
    pub fn goal_in_view(&self) -> Option<usize> {
        let goal = match self.ui.stack.last() {
            None => self.goal(),
            Some(
                Screen::Indicator(IndicatorScreen { indicator, .. })
                | Screen::Breakdowns(BreakdownScreen { indicator, .. }),
            ) => match indicator {
                IndicatorRef::Goal { goal, .. } => Some(*goal),
                IndicatorRef::Measure { .. } => None,
            },
            Some(Screen::Goal(s)) => Some(s.goal),
            Some(Screen::Present(p)) => p.goal(),
            Some(
                Screen::Initiative(_) | Screen::Browser(_) | Screen::Help(_) | Screen::Changes(_),
            ) => None,
        };
        goal.filter(|&g| g < self.data.dataset.goals.len())
    }

    /// The goal selected in the overview, if the dataset has any.
    pub fn goal(&self) -> Option<usize> {
        let g = self.ui.overview.goals.selected;
        (g < self.data.dataset.goals.len()).then_some(g)
    }

    /// The indicator selected in the overview.
    pub fn selected_indicator(&self) -> Option<IndicatorRef> {
        let goal = self.goal()?;
        let index = self.ui.overview.indicators.selected;
        (index < self.data.dataset.goals[goal].indicators.len())
            .then_some(IndicatorRef::Goal { goal, index })
    }

    /// The initiative selected in the overview (position in the dataset).
    pub fn selected_initiative(&self) -> Option<usize> {
        let goal = self.goal()?;
        self.data
            .initiatives_of(goal)
            .get(self.ui.overview.initiatives.selected)
            .copied()
    }

    /// The overview's selection by ids, to remember between runs.
    pub fn selection(&self) -> Selection {
        let ds = &self.data.dataset;
        Selection {
            goal: self.goal().map(|g| ds.goals[g].id.to_string()),
            indicator: self
                .selected_indicator()
                .and_then(|r| self.data.indicator(r).map(|p| p.indicator.id.to_string())),
            initiative: self
                .selected_initiative()
                .map(|n| ds.initiatives[n].id.to_string()),
            sort: Some(crate::settings::Sort {
                column: self.ui.browser_sort.column.name().to_owned(),
                descending: self.ui.browser_sort.descending,
            }),
        }
    }
}

/// A follower's state: whom it follows, and whether it moves with them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Following {
    /// The presenter's name, once a message came.
    pub presenter: Option<String>,
    /// Whether the presenter is there (connected, not left).
    pub connected: bool,
    /// `false` while the follower looks around on its own (`L`).
    pub in_sync: bool,
    /// The presenter's latest position, to snap back to.
    pub latest: Option<crate::share::protocol::Position>,
    /// The presenter's reload generation last seen.
    pub reloaded: Option<u64>,
}

impl Following {
    pub fn new() -> Self {
        Self {
            in_sync: true,
            ..Self::default()
        }
    }
}
