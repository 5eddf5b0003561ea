//! Why a baseline cannot be had, in the dashboard's language: the since banner says it. The
//! English is the error's own `Display` (what `report --since` prints); in Danish the
//! baseline's errors are worded as `check --lang da` words them. What git itself says stays
//! in git's words.

use super::BaselineError;
use super::git::GitError;
use crate::model::Lang;

impl BaselineError {
    /// The reason in a language; the baseline's own errors, each on a line.
    pub fn in_lang(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Da => danish(self),
        }
    }
}

fn danish(e: &BaselineError) -> String {
    match e {
        BaselineError::Invalid { name, diagnostics } => {
            let errors: Vec<String> = diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| format!("  {}", d.in_lang(Lang::Da)))
                .collect();
            format!("grundlaget '{name}' har fejl:\n{}", errors.join("\n"))
        }
        BaselineError::NotARepository { dir, cause } => {
            format!("'{dir}' ligger ikke i et git-repository: {}", git(cause))
        }
        BaselineError::UnknownRevision { rev, cause } => {
            format!("git har ingen revision '{rev}': {}", git(cause))
        }
        BaselineError::NotInRevision { rev, file, cause } => {
            format!(
                "'{file}' findes ikke i git-revisionen '{rev}': {}",
                git(cause)
            )
        }
        BaselineError::Bundled(_) => {
            "det indbyggede datasæt har ingen git-historik; angiv en datasætfil".to_owned()
        }
        BaselineError::NoReview(name) => format!(
            "der er endnu ikke markeret en gennemgang af '{name}' (markér en med `M` i dashboardet)"
        ),
        BaselineError::Reviews(message) => {
            format!("gennemgangsmærkerne kan ikke læses: {message}")
        }
    }
}

/// Why git failed, in Danish; what git itself said stays in its words.
fn git(cause: &GitError) -> String {
    match cause {
        GitError::Spawn(e) => format!("git kan ikke startes: {e}"),
        GitError::Said(said) => said.clone(),
        GitError::Exited(status) => format!("git sluttede med {status}"),
        GitError::NotAFile => "ikke en fil".to_owned(),
        GitError::BadRevision => "en revision kan ikke være tom eller begynde med '-'".to_owned(),
        GitError::NoCommitBefore(day) => format!("ingen commit den {day} eller før"),
        GitError::TempFolder(e) => format!("kan ikke lave en midlertidig mappe: {e}"),
        GitError::NoOpenSdg => "ingen Open SDG-datafiler (data/indicator_*.csv) der".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bytes;

    #[test]
    fn a_broken_baseline_is_worded_in_danish() {
        let loaded = load_bytes(br#"{"format": "goalboard/1", "title": 7}"#, "old.json");
        let e = BaselineError::Invalid {
            name: "old.json".into(),
            diagnostics: loaded.diagnostics,
        };
        assert!(
            e.in_lang(Lang::En)
                .contains("expected a string, found a number")
        );
        let da = e.in_lang(Lang::Da);
        assert!(
            da.starts_with("grundlaget 'old.json' har fejl:\n  fejl: old.json:"),
            "{da}"
        );
        assert!(da.contains("forventede en tekst, fandt et tal"), "{da}");
    }
}
