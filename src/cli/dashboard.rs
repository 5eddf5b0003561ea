//! `goalboard [FILE]`: the dashboard. Picks the dataset (the file named, else the one opened
//! last, else the config's, else the bundled one), refuses a file with errors exactly as `check`
//! reports them, settles language, colour, ASCII and mouse from the flags, the environment and
//! the config, then hands over to the terminal. Remembers the dataset and the selection.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::baseline::Current;
use crate::bundled;
use crate::load::{Loaded, load_bytes, load_path};
use crate::model::Lang;
use crate::settings::{Config, Paths, State, ThemeName};
use crate::tui::theme::ThemeOptions;
use crate::tui::{App, Options, terminal};

use super::EXIT_INVALID;

#[derive(Debug, Default, clap::Args)]
pub struct DashboardArgs {
    /// The dataset to open (default: the last one opened, else the bundled Ishøj dataset).
    pub file: Option<PathBuf>,
    /// Language of the interface (default: the dataset's `language`).
    #[arg(long, value_parser = ["en", "da"])]
    pub lang: Option<String>,
    /// Use no glyph outside ASCII (automatic when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
    /// No colour (also when `NO_COLOR` is set): symbols and words carry every status.
    #[arg(long)]
    pub no_color: bool,
    /// Colours for a dark or a light terminal background.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,
    /// Leave the mouse to the terminal, so text can be selected and copied as usual.
    #[arg(long)]
    pub no_mouse: bool,
    /// Show what changed since an older version: an older copy of the file, `git:REV` or
    /// `last-review` (the default when a review of the dataset is marked).
    #[arg(long, value_name = "FILE|git:REV|last-review")]
    pub since: Option<String>,
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
    match open(args, config_path) {
        Ok(session) => session.run(),
        Err(code) => code,
    }
}

/// Without a terminal there is nothing to draw on: says so (and what to use instead) and
/// gives the exit code.
pub(super) fn refuse_without_terminal() -> Option<ExitCode> {
    if std::io::stdout().is_terminal() {
        return None;
    }
    eprintln!("goalboard: standard output is not a terminal, so there is no dashboard to draw.");
    eprintln!(
        "For the figures as text use `goalboard report [FILE]` (also --format markdown, json or csv)."
    );
    Some(ExitCode::from(1))
}

/// The dashboard ready to run, with what to remember when it ends (shared with `present`).
pub(super) struct Session {
    pub app: App,
    mouse: bool,
    state: State,
    paths: Option<Paths>,
    remembered: Option<Remembered>,
}

/// Settles the dataset, the settings and the remembered selection, as `goalboard [FILE]` and
/// `goalboard present [FILE]` both open: problems are printed, with the exit code as the error.
pub(super) fn open(args: &DashboardArgs, config_path: Option<&Path>) -> Result<Session, ExitCode> {
    let paths = Paths::resolve(config_path);
    let (config, config_warning) = paths
        .as_ref()
        .map_or_else(Default::default, |p| Config::load(&p.config));
    let (state, state_warning) = paths
        .as_ref()
        .map_or_else(Default::default, |p| State::load(&p.state));
    for warning in [config_warning, state_warning].into_iter().flatten() {
        eprintln!("{warning}");
    }

    let (source, named) = match &args.file {
        Some(file) => (Source::File(file.clone()), true),
        None => match state
            .last_dataset()
            .map(Path::to_path_buf)
            .or_else(|| config.dataset.clone())
        {
            Some(path) => (Source::File(path), false),
            None => (Source::Bundled, false),
        },
    };
    let loaded = match &source {
        Source::File(path) => load_path(path),
        Source::Bundled => load_bytes(bundled::BYTES, bundled::NAME),
    };
    let warnings = loaded.warnings().count();
    let Loaded {
        dataset: Some(dataset),
        ..
    } = loaded
    else {
        // As `goalboard check` prints them: each problem, then the file's summary.
        for d in &loaded.diagnostics {
            eprintln!("{d}");
        }
        let name = match &source {
            Source::File(path) => path.display().to_string(),
            Source::Bundled => bundled::NAME.to_owned(),
        };
        eprintln!(
            "{}: {}",
            crate::sanitize::clean(&name),
            super::check::summary(&loaded)
        );
        if let (Source::File(path), false) = (&source, named) {
            eprintln!(
                "(goalboard opened {} because it was opened last; name another file to open that instead)",
                crate::sanitize::clean(&path.display().to_string())
            );
        }
        return Err(ExitCode::from(EXIT_INVALID));
    };

    let lang = args
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .or(dataset.language)
        .or_else(|| config.lang())
        .unwrap_or_default();
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = ThemeOptions {
        color: !(args.no_color || no_color_env || config.no_color == Some(true)),
        ascii: args.ascii || config.ascii == Some(true) || !locale_is_utf8(),
        light: args.theme.or(config.theme) == Some(ThemeName::Light),
    };
    let mouse = !args.no_mouse && config.mouse != Some(false);
    let source_name = match &source {
        Source::File(path) => path.display().to_string(),
        Source::Bundled => format!("{} (bundled)", bundled::NAME),
    };
    let mut app = App::new(
        dataset,
        Options {
            lang,
            theme,
            source: source_name,
            warnings,
        },
    );
    // Watched and reloaded, and opened by `e`, under the name given (as `check` names it).
    if let Source::File(path) = &source {
        app.file = Some(path.clone());
    }
    let remembered = match &source {
        Source::File(path) => absolute(path).map(Remembered::File),
        Source::Bundled => Some(Remembered::Bundled),
    };
    let selection = match &remembered {
        Some(Remembered::File(path)) => state.selections.get(path),
        Some(Remembered::Bundled) => state.bundled.as_ref(),
        None => None,
    };
    if let Some(selection) = selection {
        app.restore_selection(&selection.clone());
    }
    let current = match &source {
        Source::File(path) => Current::File(path),
        Source::Bundled => Current::Bundled,
    };
    crate::tui::since::open(&mut app, args.since.as_deref(), current, paths.as_ref());
    Ok(Session {
        app,
        mouse,
        state,
        paths,
        remembered,
    })
}

impl Session {
    /// Runs the dashboard, then remembers the dataset and the selection.
    pub(super) fn run(self) -> ExitCode {
        let Session {
            mut app,
            mouse,
            mut state,
            paths,
            remembered,
        } = self;
        let result = terminal::run(&mut app, mouse);
        remember(&app, &mut state, paths, remembered);
        // Not dropped: a national dataset is some 1.5 million allocations, and freeing them one
        // by one kept the process alive 60–90 ms after `q` (the terminal already given back and
        // the state saved above) for memory the system takes back at once when the process
        // ends. The app holds only memory (no files, threads or terminal state to close).
        std::mem::forget(app);
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
            eprintln!(
                "warning: {}: {e}; the dataset and selection are not remembered",
                paths.state.display()
            );
        }
    }
}

fn absolute(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
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
