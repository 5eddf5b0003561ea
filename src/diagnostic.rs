//! Errors and warnings about a dataset, with the file, the JSON path and line:column: what
//! `check` prints, what the dashboard shows when a file cannot be opened, what programs read
//! from `check --format json`.

use std::fmt;

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
    pub message: String,
}

impl Diagnostic {
    /// A problem of the whole file (missing, unreadable, empty…): no path, no position.
    pub fn file_error(file: &str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_owned(),
            path: String::new(),
            line: None,
            column: None,
            message: message.into(),
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
        write!(f, "{}: {}", self.severity.name(), clean(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        if !self.path.is_empty() {
            write!(f, ": {}", clean(&self.path))?;
        }
        write!(f, ": {}", clean(&self.message))
    }
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
