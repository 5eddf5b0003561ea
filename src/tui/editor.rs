//! `e`: the dataset's file in the user's editor, at the line of what is selected (or of the
//! error in the banner) when the editor is known to take a line: `$VISUAL`, else `$EDITOR`,
//! else `vi`. The variable is split into words as a shell would (`code --wait`), without a
//! shell: quotes and backslashes are understood, nothing is expanded.
//!
//! Which editors take a line, and how:
//!
//! | editors | arguments |
//! |---|---|
//! | vi, vim, nvim, view, ex, nvi, nano, emacs, emacsclient, micro, kak, joe, mg | `+LINE FILE` |
//! | hx (Helix), subl | `FILE:LINE` |
//! | code, code-insiders, codium | `--goto FILE:LINE` |
//! | any other | `FILE` |
//!
//! `update` says where to open (`Effect::Edit`); the event loop builds the command here, hands
//! the terminal over and takes it back (`terminal::run_suspended`), and the file is read again.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::app::{App, Pane, Screen};
use super::prepared::IndicatorRef;
use crate::load::locate::{Spot, locate};
use crate::raw::path::{JsonPath, Seg};

/// The editor when neither variable names one: on every Unix.
pub const FALLBACK: &str = "vi";

/// How an editor is told the line to open at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineArg {
    /// `+LINE FILE`
    Plus,
    /// `FILE:LINE`
    Colon,
    /// `--goto FILE:LINE`
    Goto,
    /// Only `FILE`.
    None,
}

/// How the editor `program` (a name or a path) takes a line.
pub fn line_arg(program: &str) -> LineArg {
    let name = Path::new(program)
        .file_name()
        .and_then(OsStr::to_str)
        .unwrap_or(program);
    let name = name.strip_suffix(".exe").unwrap_or(name);
    match name {
        "vi" | "vim" | "nvim" | "view" | "ex" | "nvi" | "nano" | "emacs" | "emacsclient"
        | "micro" | "kak" | "joe" | "mg" => LineArg::Plus,
        "hx" | "helix" | "subl" => LineArg::Colon,
        "code" | "code-insiders" | "codium" => LineArg::Goto,
        _ => LineArg::None,
    }
}

/// Why an editor's command line cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    #[error("a quote is not closed")]
    OpenQuote,
    #[error("it ends in a backslash")]
    TrailingBackslash,
}

/// Splits a command line into words as a POSIX shell does, without expanding anything:
/// blanks separate words; `'…'` keeps everything; `"…"` keeps everything but `\` before
/// `$`, `` ` ``, `"`, `\` or a newline; a `\` outside quotes keeps the next character.
pub fn split(line: &str) -> Result<Vec<String>, SplitError> {
    let mut words = Vec::new();
    let mut word = String::new();
    // Whether a word has begun: `''` is an empty word, blanks are none.
    let mut started = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            '\'' => {
                started = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err(SplitError::OpenQuote),
                    }
                }
            }
            '"' => {
                started = true;
                double_quoted(&mut chars, &mut word)?;
            }
            '\\' => match chars.next() {
                Some('\n') => {}
                Some(c) => {
                    started = true;
                    word.push(c);
                }
                None => return Err(SplitError::TrailingBackslash),
            },
            c => {
                started = true;
                word.push(c);
            }
        }
    }
    if started {
        words.push(word);
    }
    Ok(words)
}

/// The rest of a `"…"` word, after the opening quote: a backslash keeps its meaning only
/// before `$`, `` ` ``, `"`, `\` and a newline, as in a shell.
fn double_quoted(chars: &mut std::str::Chars<'_>, word: &mut String) -> Result<(), SplitError> {
    loop {
        match chars.next() {
            Some('"') => return Ok(()),
            Some('\\') => match chars.next() {
                Some('\n') => {}
                Some(c @ ('$' | '`' | '"' | '\\')) => word.push(c),
                Some(c) => {
                    word.push('\\');
                    word.push(c);
                }
                None => return Err(SplitError::OpenQuote),
            },
            Some(c) => word.push(c),
            None => return Err(SplitError::OpenQuote),
        }
    }
}

/// The editor's command line: the first of `VISUAL` and `EDITOR` that is set and not blank,
/// else `vi`. `var` reads the environment (a parameter, for the tests).
pub fn editor_words(var: impl Fn(&str) -> Option<String>) -> Result<Vec<String>, EditorError> {
    for name in ["VISUAL", "EDITOR"] {
        if let Some(value) = var(name).filter(|v| !v.trim().is_empty()) {
            return match split(&value) {
                Ok(words) if words.first().is_some_and(|w| !w.is_empty()) => Ok(words),
                Ok(_) => Err(EditorError::NoProgram(name)),
                Err(source) => Err(EditorError::Split { var: name, source }),
            };
        }
    }
    Ok(vec![FALLBACK.to_owned()])
}

/// The program and its arguments: the editor's words, then the file, at `line` when the
/// editor takes one. `None` when `words` is empty.
pub fn command_line(
    words: &[String],
    file: &Path,
    line: Option<usize>,
) -> Option<(String, Vec<OsString>)> {
    let (program, rest) = words.split_first()?;
    let mut args: Vec<OsString> = rest.iter().map(OsString::from).collect();
    let file = &as_operand(file);
    let at_line = |line: usize| {
        let mut s = file.as_os_str().to_os_string();
        s.push(format!(":{line}"));
        s
    };
    match (line_arg(program), line) {
        (LineArg::Plus, Some(line)) => {
            args.push(format!("+{line}").into());
            args.push(file.into());
        }
        (LineArg::Colon, Some(line)) => args.push(at_line(line)),
        (LineArg::Goto, Some(line)) => {
            args.push("--goto".into());
            args.push(at_line(line));
        }
        _ => args.push(file.into()),
    }
    Some((program.clone(), args))
}

/// The file as an editor reads it as a file, never as an option or a command: a name such as
/// `+!touch x` (vim runs what follows `+`) or `-c…` is made to start with `./`. Not `--`,
/// which some editors do not take, and which would stop `+LINE` from being read as a line.
fn as_operand(file: &Path) -> PathBuf {
    if file.is_absolute() {
        file.to_path_buf()
    } else {
        Path::new(".").join(file)
    }
}

/// The JSON path of what is selected on the screen the user works in (under the help):
/// a goal, an indicator or measure, an initiative.
pub fn selected_path(app: &App) -> Option<JsonPath> {
    let key = |k: &str| Seg::Key(k.to_owned());
    let goal = |g: usize| vec![key("goals"), Seg::Index(g)];
    let initiative = |n: usize| vec![key("initiatives"), Seg::Index(n)];
    let indicator = |r: IndicatorRef| match r {
        IndicatorRef::Goal { goal: g, index } => {
            let mut p = goal(g);
            p.extend([key("indicators"), Seg::Index(index)]);
            p
        }
        IndicatorRef::Measure {
            initiative: n,
            index,
        } => {
            let mut p = initiative(n);
            p.extend([key("measures"), Seg::Index(index)]);
            p
        }
    };
    let screen = app
        .ui
        .stack
        .iter()
        .rev()
        .find(|s| !matches!(s, Screen::Help(_)));
    let segs = match screen {
        None => match app.ui.overview.focus {
            Pane::Goals => goal(app.goal()?),
            Pane::Indicators => app
                .selected_indicator()
                .map_or_else(|| app.goal().map(goal), |r| Some(indicator(r)))?,
            Pane::Initiatives => app
                .selected_initiative()
                .map_or_else(|| app.goal().map(goal), |n| Some(initiative(n)))?,
        },
        Some(Screen::Indicator(s)) => indicator(s.indicator),
        Some(Screen::Initiative(s)) => {
            let has_measure = app
                .data
                .dataset
                .initiatives
                .get(s.initiative)
                .is_some_and(|i| s.measures.selected < i.measures.len());
            if s.focus == super::app::InitiativePane::Measures && has_measure {
                indicator(IndicatorRef::Measure {
                    initiative: s.initiative,
                    index: s.measures.selected,
                })
            } else {
                initiative(s.initiative)
            }
        }
        Some(Screen::Browser(b)) => initiative(*b.rows.get(b.cursor.selected)?),
        Some(Screen::Present(p)) => goal(p.goal()?),
        Some(Screen::Goal(s)) => goal(s.goal),
        Some(Screen::Help(_) | Screen::Changes(_) | Screen::Breakdowns(_)) => return None,
    };
    Some(JsonPath(segs))
}

/// The line where the value at `path` starts in the file's bytes.
pub fn line_of(bytes: &[u8], path: &JsonPath) -> Option<usize> {
    locate(bytes, &[(path, Spot::Value)])[0].map(|(line, _)| line)
}

/// Where the editor should open the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditRequest {
    pub file: PathBuf,
    pub at: EditAt,
}

/// The line to open at, or what to find it by in the file as it is when the editor starts
/// (it may have changed since it was loaded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditAt {
    /// The banner's error: its line, when known.
    Line(Option<usize>),
    /// What is selected, by its JSON path.
    Value(JsonPath),
    /// Nothing to go to (the help on top of nothing).
    Start,
}

/// Why the editor could not be had or started (shown in a note).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditorError {
    #[error("{0} names no program")]
    NoProgram(&'static str),
    #[error("{var}: {source}")]
    Split {
        var: &'static str,
        source: SplitError,
    },
    #[error("no editor")]
    NoEditor,
    #[error("{program}: {message}")]
    Start { program: String, message: String },
}

/// The line to open at: the banner's error, else what is selected, looked up in the file as
/// it is now (`bytes`).
pub fn target_line(at: &EditAt, bytes: &[u8]) -> Option<usize> {
    match at {
        EditAt::Line(line) => *line,
        EditAt::Value(path) => line_of(bytes, path),
        EditAt::Start => None,
    }
}

/// The command that opens the file in the editor, with inherited standard streams. `var`
/// reads the environment (a parameter, for the tests).
pub fn command(
    request: &EditRequest,
    var: impl Fn(&str) -> Option<String>,
) -> Result<Command, EditorError> {
    let words = editor_words(var)?;
    // A file that cannot be read now still opens: the editor says why, or creates it. Read
    // only if it is a regular file, without waiting: a named pipe in its place must not
    // freeze the dashboard (`load::file`).
    let line = crate::load::file::read_regular(&request.file, crate::load::MAX_FILE_BYTES)
        .ok()
        .and_then(|bytes| target_line(&request.at, &bytes));
    // Absolute, so the name reads as a file whatever it starts with (see `as_operand`).
    let file = std::path::absolute(&request.file).unwrap_or_else(|_| request.file.clone());
    let (program, args) = command_line(&words, &file, line).ok_or(EditorError::NoEditor)?;
    let mut cmd = Command::new(program);
    cmd.args(args);
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        split(s).expect("splits")
    }

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(words("code --wait"), ["code", "--wait"]);
        assert_eq!(words("  vim\t-u  NONE \n"), ["vim", "-u", "NONE"]);
        assert_eq!(
            words("'/opt/My Editor/bin/ed' -x"),
            ["/opt/My Editor/bin/ed", "-x"]
        );
        assert_eq!(words(r#""a b"c 'd'"#), ["a bc", "d"]);
        assert_eq!(words(r"a\ b c\\d"), ["a b", r"c\d"]);
        assert_eq!(words(r#""\$HOME \x \" \\""#), [r#"$HOME \x " \"#]);
        assert_eq!(words("'' x"), ["", "x"]);
        assert_eq!(words("$EDITOR ~/x *"), ["$EDITOR", "~/x", "*"]);
        assert_eq!(words(""), Vec::<String>::new());
        assert_eq!(split("vim 'x"), Err(SplitError::OpenQuote));
        assert_eq!(split("vim \"x"), Err(SplitError::OpenQuote));
        assert_eq!(split("vim x\\"), Err(SplitError::TrailingBackslash));
    }

    #[test]
    fn visual_then_editor_then_vi() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            editor_words(env(&[("VISUAL", "nvim"), ("EDITOR", "nano")])),
            Ok(vec!["nvim".to_owned()])
        );
        assert_eq!(
            editor_words(env(&[("VISUAL", " "), ("EDITOR", "code --wait")])),
            Ok(vec!["code".to_owned(), "--wait".to_owned()])
        );
        assert_eq!(editor_words(env(&[])), Ok(vec!["vi".to_owned()]));
        assert!(editor_words(env(&[("EDITOR", "vim 'x")])).is_err());
        assert!(editor_words(env(&[("EDITOR", "''")])).is_err());
    }

    fn line(editor: &str, line: Option<usize>) -> Vec<String> {
        let (program, args) =
            command_line(&words(editor), Path::new("/d/x.json"), line).expect("a command");
        std::iter::once(program)
            .chain(args.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect()
    }

    #[test]
    fn each_editor_gets_the_line_its_way() {
        assert_eq!(line("vim", Some(12)), ["vim", "+12", "/d/x.json"]);
        assert_eq!(
            line("/usr/bin/nvim -p", Some(3)),
            ["/usr/bin/nvim", "-p", "+3", "/d/x.json"]
        );
        assert_eq!(
            line("emacsclient -t", Some(7)),
            ["emacsclient", "-t", "+7", "/d/x.json"]
        );
        assert_eq!(line("nano", Some(1)), ["nano", "+1", "/d/x.json"]);
        assert_eq!(line("hx", Some(5)), ["hx", "/d/x.json:5"]);
        assert_eq!(
            line("code --wait", Some(5)),
            ["code", "--wait", "--goto", "/d/x.json:5"]
        );
        assert_eq!(line("ed", Some(5)), ["ed", "/d/x.json"]);
        assert_eq!(line("vim", None), ["vim", "/d/x.json"]);
        assert_eq!(line("C:/bin/vim.exe", Some(2))[1], "+2");
        assert!(command_line(&[], Path::new("x"), Some(1)).is_none());
    }

    #[test]
    fn a_file_name_is_never_an_option_or_a_command() {
        let args = |editor: &str, file: &str, at: Option<usize>| {
            let (_, args) = command_line(&words(editor), Path::new(file), at).expect("a command");
            args.iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            args("vim", "+!touch x.json", Some(3)),
            ["+3", "./+!touch x.json"]
        );
        assert_eq!(args("vim", "+!touch x.json", None), ["./+!touch x.json"]);
        assert_eq!(args("nano", "-R.json", None), ["./-R.json"]);
        assert_eq!(args("hx", "-x.json", Some(2)), ["./-x.json:2"]);
        assert_eq!(
            args("code", "--help.json", Some(2)),
            ["--goto", "./--help.json:2"]
        );
        assert_eq!(args("vim", "sub/x.json", None), ["./sub/x.json"]);
        assert_eq!(args("vim", "/d/-x.json", None), ["/d/-x.json"]);
    }

    #[test]
    fn finds_the_line_of_a_path() {
        let json = "{\n  \"goals\": [\n    { \"id\": \"a\" },\n    { \"id\": \"b\",\n      \"indicators\": [ {\"id\": \"i\"},\n {\"id\": \"j\"} ] }\n  ],\n  \"initiatives\": [ {\"id\": \"n\"} ]\n}";
        let path = |segs: &[Seg]| JsonPath(segs.to_vec());
        let k = |s: &str| Seg::Key(s.to_owned());
        let i = Seg::Index;
        let bytes = json.as_bytes();
        assert_eq!(line_of(bytes, &path(&[k("goals"), i(1)])), Some(4));
        assert_eq!(
            line_of(bytes, &path(&[k("goals"), i(1), k("indicators"), i(1)])),
            Some(6)
        );
        assert_eq!(line_of(bytes, &path(&[k("initiatives"), i(0)])), Some(8));
        assert_eq!(line_of(bytes, &path(&[k("goals"), i(9)])), None);
        assert_eq!(line_of(b"{ broken", &path(&[k("goals"), i(0)])), None);
    }
}
