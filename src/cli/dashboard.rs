//! `goalboard [FILE]`: the dashboard. Picks the dataset (the file named, else the one opened
//! last, else the config's, else the bundled one), opens a file with errors on what passed the
//! checks with the first error in the banner (refusing, exactly as `check` reports it, only a
//! file that cannot be shown at all), settles language, colour, ASCII and mouse from the flags, the environment and
//! the config, then hands over to the terminal. Remembers the dataset and the selection.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::baseline::Current;
use crate::bundled;
use crate::load::{Loaded, load_bytes, load_path};
use crate::model::{Dataset, Lang};
use crate::settings::{Config, Paths, State, ThemeName};
use crate::share::{self, Access};
use crate::tui::action::Version;
use crate::tui::app::AsciiWhy;
use crate::tui::link::{Link, Sharing};
use crate::tui::theme::ThemeOptions;
use crate::tui::{Action, App, Options, terminal, update};

use super::EXIT_INVALID;
use super::output::say;

#[derive(Debug, Default, clap::Args)]
pub struct DashboardArgs {
    /// The dataset to open (default: the last one opened, else the bundled Ishøj dataset).
    pub file: Option<PathBuf>,
    /// How this terminal shows it: language, glyphs, colours, mouse.
    #[command(flatten)]
    pub view: ViewArgs,
    /// Let others follow this dashboard with `goalboard follow` (only where you are, never
    /// the data: they open the file themselves).
    #[arg(long)]
    pub share: bool,
    /// Share with the members of this group too (implies --share).
    #[arg(long, value_name = "GROUP")]
    pub share_group: Option<String>,
    /// Show what changed since an older version: an older copy of the file, `git:REV` or
    /// `last-review` (the default when a review of the dataset is marked).
    #[arg(long, value_name = "FILE|git:REV|last-review")]
    pub since: Option<String>,
    /// Which dataset opens without a file named.
    #[arg(skip)]
    pub fallback: Fallback,
}

/// How a dashboard is shown in this terminal: the presenter's and a follower's alike, each
/// their own.
// Command-line switches: each flag is its own yes or no, not a state.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ViewArgs {
    /// Language of the interface (default: the dataset's `language`).
    #[arg(long, value_parser = ["en", "da"])]
    pub lang: Option<String>,
    /// Use no glyph outside ASCII (automatic when the locale is not UTF-8).
    #[arg(long, conflicts_with = "unicode")]
    pub ascii: bool,
    /// Use Unicode glyphs even when the locale does not say UTF-8 (over SSH `LANG` is often
    /// unset); as `ascii = false` in the config.
    #[arg(long)]
    pub unicode: bool,
    /// No colour (also when `NO_COLOR` is set): symbols and words carry every status.
    #[arg(long)]
    pub no_color: bool,
    /// Colours for a dark or a light terminal background.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,
    /// Leave the mouse to the terminal, so text can be selected and copied as usual.
    #[arg(long)]
    pub no_mouse: bool,
}

/// The dataset opened when no file is named.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fallback {
    /// The last one opened, else the config's, else the bundled one.
    #[default]
    Usual,
    /// The bundled one, whatever was opened last (a follower of a bundled share).
    Bundled,
}

/// Where the dataset comes from.
enum Source {
    File(PathBuf),
    Bundled,
}

pub fn run_with_config(args: &DashboardArgs, config_path: Option<&Path>) -> ExitCode {
    if let Some(refused) = refuse_without_terminal() {
        return refused;
    }
    match open(args, config_path).and_then(|session| session.shared(args)) {
        Ok(session) => session.run(),
        Err(code) => code,
    }
}

/// Without a terminal there is nothing to draw on: says so (and what to use instead) and
/// gives the exit code. Decided before the terminal is touched.
pub(super) fn refuse_without_terminal() -> Option<ExitCode> {
    let why = no_dashboard(
        std::io::stdout().is_terminal(),
        std::env::var_os("TERM").as_deref(),
    )?;
    say!("goalboard: {why}.");
    say!(
        "For the figures as text use `goalboard report [FILE]` (also --format markdown, json or csv)."
    );
    Some(ExitCode::from(1))
}

/// Why the dashboard cannot be drawn, if it cannot: stdout is not a terminal, or the terminal
/// says it is `dumb` (no cursor movement, no alternate screen: Emacs's shell, some CI logs),
/// where the full-screen dashboard would print as garbage.
fn no_dashboard(stdout_is_terminal: bool, term: Option<&std::ffi::OsStr>) -> Option<&'static str> {
    if !stdout_is_terminal {
        return Some("standard output is not a terminal, so there is no dashboard to draw");
    }
    if term.is_some_and(|t| t == "dumb") {
        return Some(
            "this terminal (TERM=dumb) cannot show the dashboard: it cannot move the cursor",
        );
    }
    None
}

/// The dashboard ready to run, with what to remember when it ends (shared with `present`).
pub(super) struct Session {
    pub app: App,
    mouse: bool,
    state: State,
    paths: Option<Paths>,
    remembered: Option<Remembered>,
    /// Sharing this dashboard, or following another.
    pub link: Link,
}

/// Settles the dataset, the settings and the remembered selection, as `goalboard [FILE]` and
/// `goalboard present [FILE]` both open: problems are printed, with the exit code as the error.
pub(super) fn open(args: &DashboardArgs, config_path: Option<&Path>) -> Result<Session, ExitCode> {
    let (paths, config, state) = settings(config_path);
    let (source, named) = source_of(args, &config, &state);
    let loaded = match &source {
        Source::File(path) => load_path(path),
        Source::Bundled => load_bytes(bundled::BYTES, bundled::NAME),
    };
    if loaded.dataset.is_none() && loaded.partial.is_none() {
        // No dataset to name a language: the one asked for, else the config's.
        let lang = args.view.lang.as_deref().and_then(Lang::parse);
        refuse(
            &loaded,
            &source,
            (named, lang.or_else(|| config.lang()).unwrap_or_default()),
        );
        return Err(ExitCode::from(EXIT_INVALID));
    }
    let view = &args.view;
    let ascii_why = ascii_why(view, config.ascii, locale_is_utf8);
    let theme = theme_of(view, &config, ascii_why.is_some());
    let mouse = !view.no_mouse && config.mouse != Some(false);
    let source_name = match &source {
        Source::File(path) => path.display().to_string(),
        Source::Bundled => format!("{} (bundled)", bundled::NAME),
    };
    let options = |dataset: &Dataset| Options {
        lang: view
            .lang
            .as_deref()
            .and_then(Lang::parse)
            .or(dataset.language)
            .or_else(|| config.lang())
            .unwrap_or_default(),
        theme,
        source: source_name,
        warnings: 0,
    };
    let Some(app) = app_of(Version::from(loaded), options) else {
        return Err(ExitCode::from(EXIT_INVALID));
    };
    let mut app = app.with_ascii_why(ascii_why);
    // Watched and reloaded, and opened by `e`, under the name given (as `check` names it).
    if let Source::File(path) = &source {
        app = app.with_file(path.clone());
    }
    let remembered = restore_selection(&mut app, &source, &state);
    read_baseline(&mut app, args, &source, paths.as_ref());
    Ok(Session {
        app,
        mouse,
        state,
        paths,
        remembered,
        link: Link::Alone,
    })
}

/// Where the config and the state live, and what they hold; their warnings are printed.
fn settings(config_path: Option<&Path>) -> (Option<Paths>, Config, State) {
    let paths = Paths::resolve(config_path);
    let (config, config_warning) = paths
        .as_ref()
        .map_or_else(Default::default, |p| Config::load(&p.config));
    let (state, state_warning) = paths
        .as_ref()
        .map_or_else(Default::default, |p| State::load(&p.state));
    for warning in [config_warning, state_warning].into_iter().flatten() {
        say!("{warning}");
    }
    (paths, config, state)
}

/// The dataset to open, and whether it was named (on the command line, or by a follower's
/// share) rather than remembered or configured.
fn source_of(args: &DashboardArgs, config: &Config, state: &State) -> (Source, bool) {
    match &args.file {
        Some(file) => (Source::File(file.clone()), true),
        None if args.fallback == Fallback::Bundled => (Source::Bundled, true),
        None => match state
            .last_dataset()
            .map(Path::to_path_buf)
            .or_else(|| config.dataset.clone())
        {
            Some(path) => (Source::File(path), false),
            None => (Source::Bundled, false),
        },
    }
}

/// Colours and glyphs from the flags, `NO_COLOR` and the config.
fn theme_of(view: &ViewArgs, config: &Config, ascii: bool) -> ThemeOptions {
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    ThemeOptions {
        color: !(view.no_color || no_color_env || config.no_color == Some(true)),
        ascii,
        light: view.theme.or(config.theme) == Some(ThemeName::Light),
    }
}

/// Puts back the selection remembered for this dataset; where it is remembered.
fn restore_selection(app: &mut App, source: &Source, state: &State) -> Option<Remembered> {
    let remembered = match source {
        Source::File(path) => absolute(path).map(Remembered::File),
        Source::Bundled => Some(Remembered::Bundled),
    };
    let selection = match &remembered {
        Some(Remembered::File(path)) => state.selections.get(path),
        Some(Remembered::Bundled) => state.bundled.as_ref(),
        None => None,
    };
    if let Some(selection) = selection {
        update(app, Action::RestoreSelection(selection.clone()));
    }
    remembered
}

/// The older version `--since` names (or the last review), read and handed to the dashboard.
fn read_baseline(app: &mut App, args: &DashboardArgs, source: &Source, paths: Option<&Paths>) {
    let current = match source {
        Source::File(path) => Current::File(path),
        Source::Bundled => Current::Bundled,
    };
    if let Some(read) =
        crate::tui::since::read_baseline(args.since.as_deref(), current, paths, app.locale.lang)
    {
        update(app, Action::Baseline(read));
    }
}

impl Session {
    /// With `--share` (or `--share-group`): the share started, or why not (said, exit 1).
    pub(super) fn shared(mut self, args: &DashboardArgs) -> Result<Self, ExitCode> {
        if !args.share && args.share_group.is_none() {
            return Ok(self);
        }
        let started = args
            .share_group
            .as_deref()
            .map_or(Ok(Access::Private), Access::group)
            .and_then(|access| {
                let dataset = self.app.file.as_deref().and_then(absolute);
                share::start(dataset.as_deref(), &access).map(|p| (p, dataset))
            });
        match started {
            Ok((publisher, dataset)) => {
                let dataset = dataset.map(|d| d.to_string_lossy().into_owned());
                self.link = Link::Share(Box::new(Sharing::new(publisher, dataset)));
                Ok(self)
            }
            Err(e) => {
                super::output::say!("goalboard: {e}");
                Err(ExitCode::from(1))
            }
        }
    }

    /// Runs the dashboard, then remembers the dataset and the selection.
    pub(super) fn run(self) -> ExitCode {
        let Session {
            mut app,
            mouse,
            mut state,
            paths,
            remembered,
            mut link,
        } = self;
        let result = terminal::run_linked(&mut app, mouse, &mut link);
        // A follower's place is the presenter's: not remembered as its own.
        let following = matches!(link, Link::Follow(_));
        // Followers hear at once that the presenter left.
        drop(link);
        if !following {
            remember(&app, &mut state, paths, remembered);
        }
        // Freed on a thread of its own that the process does not wait for: a national dataset
        // is some 1.5 million allocations, and freeing them one by one on this thread kept the
        // process alive 60–90 ms after `q` (the terminal already given back and the state saved
        // above), for memory the system takes back at once when the process ends. The app
        // holds only memory (no files, threads or terminal state to close).
        super::free_in_background(app);
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                // Not `eprintln!`: it panics when standard error went with the terminal.
                let _ = writeln!(std::io::stderr(), "goalboard: the terminal failed: {e}");
                ExitCode::from(1)
            }
        }
    }
}

/// The dashboard over a version of the file, with its warnings and errors counted and its
/// first error in the banner (a file with errors shows what passed the checks); `None` when
/// there is nothing to show. `options` are settled from the dataset (its language).
pub fn app_of(version: Version, options: impl FnOnce(&Dataset) -> Options) -> Option<App> {
    let Version {
        dataset,
        warnings,
        errors,
        first_error,
    } = version;
    let dataset = dataset?;
    let options = Options {
        warnings,
        ..options(&dataset)
    };
    Some(
        App::new(dataset, options)
            .with_errors(errors)
            .with_first_error(first_error.filter(|_| errors > 0)),
    )
}

/// A file that cannot be shown at all (unreadable, not JSON, not a dataset): each problem as
/// `goalboard check --lang` prints it, then the file's summary.
fn refuse(loaded: &Loaded, source: &Source, (named, lang): (bool, Lang)) {
    for d in &loaded.diagnostics {
        say!("{}", d.in_lang(lang));
    }
    let name = match source {
        Source::File(path) => path.display().to_string(),
        Source::Bundled => bundled::NAME.to_owned(),
    };
    say!(
        "{}: {}",
        crate::sanitize::clean(&name),
        super::check::summary_in(loaded, lang)
    );
    if let (Source::File(path), false) = (source, named) {
        let path = crate::sanitize::clean(&path.display().to_string()).into_owned();
        match lang {
            Lang::En => say!(
                "(goalboard opened {path} because it was opened last; name another file to open that instead)"
            ),
            Lang::Da => say!(
                "(goalboard åbnede {path}, fordi den var åben sidst; angiv en anden fil for at åbne den i stedet)"
            ),
        }
    }
}

/// Where the selection is remembered: by the file's absolute path, or as the bundled dataset's.
pub(super) enum Remembered {
    File(PathBuf),
    Bundled,
}

fn remember(app: &App, state: &mut State, paths: Option<Paths>, remembered: Option<Remembered>) {
    if let (Some(remembered), Some(paths)) = (remembered, paths) {
        match remembered {
            Remembered::File(path) => {
                state.opened(&path);
                state.selections.insert(path, app.selection());
            }
            Remembered::Bundled => state.bundled = Some(app.selection()),
        }
        if let Err(e) = state.save(&paths.state) {
            say!(
                "warning: {}: {e}; the dataset and selection are not remembered",
                crate::sanitize::clean(&paths.state.display().to_string())
            );
        }
    }
}

fn absolute(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}

/// Why the glyphs are ASCII, if they are: `--ascii` or `--unicode` first, then `ascii` in the
/// config, and only then the locale's guess (asked last: it reads the environment).
fn ascii_why(
    view: &ViewArgs,
    config: Option<bool>,
    utf8: impl FnOnce() -> bool,
) -> Option<AsciiWhy> {
    match (view.ascii, view.unicode, config) {
        (true, _, _) => Some(AsciiWhy::Flag),
        (_, true, _) | (_, _, Some(false)) => None,
        (_, _, Some(true)) => Some(AsciiWhy::Config),
        (_, _, None) => (!utf8()).then_some(AsciiWhy::Locale),
    }
}

/// Whether the locale says UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is set
/// decides; with none set the locale is "C", which is ASCII.
fn locale_is_utf8() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_config_win_over_the_locale() {
        let view = |ascii, unicode| ViewArgs {
            ascii,
            unicode,
            ..ViewArgs::default()
        };
        let (utf8, not) = (|| true, || false);
        assert_eq!(
            ascii_why(&view(false, false), None, not),
            Some(AsciiWhy::Locale)
        );
        assert_eq!(ascii_why(&view(false, false), None, utf8), None);
        assert_eq!(ascii_why(&view(false, true), Some(true), not), None);
        assert_eq!(ascii_why(&view(false, false), Some(false), not), None);
        assert_eq!(
            ascii_why(&view(false, false), Some(true), utf8),
            Some(AsciiWhy::Config)
        );
        assert_eq!(
            ascii_why(&view(true, false), Some(false), utf8),
            Some(AsciiWhy::Flag)
        );
    }

    #[test]
    fn no_dashboard_without_a_terminal_or_on_a_dumb_one() {
        let term = |t: &'static str| Some(std::ffi::OsStr::new(t));
        assert_eq!(no_dashboard(true, term("xterm-256color")), None);
        assert_eq!(no_dashboard(true, None), None);
        assert!(no_dashboard(false, term("xterm")).is_some_and(|w| w.contains("not a terminal")));
        assert!(no_dashboard(true, term("dumb")).is_some_and(|w| w.contains("TERM=dumb")));
    }
}
