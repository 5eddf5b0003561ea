//! Errors and warnings about a dataset, with the file, the JSON path and line:column: what
//! `check` prints, what the dashboard shows when a file cannot be opened, what programs read
//! from `check --format json`.

use std::fmt;

use crate::message::Message;
use crate::model::Lang;
use crate::sanitize::clean;

/// An error makes a file unusable; a warning keeps it usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// The name in a language: `error`, `fejl`.
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (_, Lang::En) => self.name(),
            (Severity::Error, Lang::Da) => "fejl",
            (Severity::Warning, Lang::Da) => "advarsel",
        }
    }
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as named on the command line (or the name given to `load_bytes`).
    pub file: String,
    /// A JSON path like `goals[3].indicators[0].target`; empty for the whole file.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// 1-based column in characters, where known.
    pub column: Option<usize>,
    /// The message in English, as `check` prints it and the JSON report holds it.
    pub message: String,
    /// The same message as typed data, to word it in another language.
    #[serde(skip)]
    pub what: Message,
}

impl Diagnostic {
    /// A problem of the whole file (missing, unreadable, empty…): no path, no position.
    pub fn file_error(file: &str, what: impl Into<Message>) -> Self {
        Self::new(Severity::Error, file, String::new(), None, what)
    }

    /// A problem at a path and a position (`None`: not known).
    pub fn new(
        severity: Severity,
        file: &str,
        path: String,
        position: Option<(usize, usize)>,
        what: impl Into<Message>,
    ) -> Self {
        let what = what.into();
        Self {
            severity,
            file: file.to_owned(),
            path,
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            message: what.to_string(),
            what,
        }
    }

    /// As `check` prints it, in a language: `fejl: data/x.json:12:5: goals[3]: …`. In English
    /// the same as `to_string`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Da => Shown(self, lang).to_string(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `error: data/x.json:12:5: goals[3].indicators[0].target: cannot infer direction; set "direction"`.
    /// File, path and message may quote the file's own text, so all three are sanitised.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_head(self, self.severity.name(), f)?;
        write!(f, ": {}", clean(&self.message))
    }
}

/// A diagnostic in a language other than English.
struct Shown<'a>(&'a Diagnostic, Lang);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Shown(d, lang) = self;
        write_head(d, d.severity.word(*lang), f)?;
        write!(f, ": {}", clean(&d.what.text(*lang)))
    }
}

/// The severity, file, position and path: what comes before the message.
fn write_head(d: &Diagnostic, severity: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{severity}: {}", clean(&d.file))?;
    if let Some(line) = d.line {
        write!(f, ":{line}")?;
        if let Some(column) = d.column {
            write!(f, ":{column}")?;
        }
    }
    if !d.path.is_empty() {
        write!(f, ": {}", clean(&d.path))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(line: Option<usize>, column: Option<usize>, path: &str) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: "data/x.json".into(),
            path: path.into(),
            line,
            column,
            message: "cannot infer direction; set \"direction\"".into(),
            what: Message::Other(String::new()),
        }
    }

    #[test]
    fn displays_like_a_compiler() {
        assert_eq!(
            diag(Some(12), Some(5), "goals[3].indicators[0].target").to_string(),
            "error: data/x.json:12:5: goals[3].indicators[0].target: cannot infer direction; set \"direction\""
        );
        assert_eq!(
            diag(None, None, "").to_string(),
            "error: data/x.json: cannot infer direction; set \"direction\""
        );
    }

    #[test]
    fn display_cleans_control_characters() {
        let mut d = diag(None, None, "goals[0].\u{1b}]52");
        d.message = "bad \u{1b}[2J".into();
        let shown = d.to_string();
        assert!(!shown.contains('\u{1b}'), "{shown}");
    }
}
