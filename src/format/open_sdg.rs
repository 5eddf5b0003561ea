//! Open SDG's progress statuses for people: the words the official sites use, in English and
//! Danish, and a mark of their own (not the v1 status marks), with an ASCII form.

use crate::figures::open_sdg::ProgressStatus;
use crate::model::Lang;

/// "substantial progress" / "betydelige fremskridt".
pub fn progress_words(status: ProgressStatus, lang: Lang) -> &'static str {
    use ProgressStatus as P;
    match (status, lang) {
        (P::TargetAchieved, Lang::En) => "target achieved",
        (P::TargetAchieved, Lang::Da) => "målet nået",
        (P::SubstantialProgress, Lang::En) => "substantial progress",
        (P::SubstantialProgress, Lang::Da) => "betydelige fremskridt",
        (P::ModerateProgress, Lang::En) => "moderate progress",
        (P::ModerateProgress, Lang::Da) => "moderate fremskridt",
        (P::LimitedProgress, Lang::En) => "limited progress",
        (P::LimitedProgress, Lang::Da) => "begrænsede fremskridt",
        (P::Deterioration, Lang::En) => "deterioration",
        (P::Deterioration, Lang::Da) => "forværring",
        (P::NotAvailable, Lang::En) => "progress not available",
        (P::NotAvailable, Lang::Da) => "fremskridt ikke opgjort",
    }
}

/// A mark per status, arrows as the Open SDG sites draw them.
pub fn progress_mark(status: ProgressStatus, ascii: bool) -> &'static str {
    use ProgressStatus as P;
    match (status, ascii) {
        (P::TargetAchieved, false) => "★",
        (P::TargetAchieved, true) => "*",
        (P::SubstantialProgress, false) => "⇈",
        (P::SubstantialProgress, true) => "++",
        (P::ModerateProgress, false) => "↑",
        (P::ModerateProgress, true) => "+",
        (P::LimitedProgress, false) => "↗",
        (P::LimitedProgress, true) => "~",
        (P::Deterioration, false) => "↓",
        (P::Deterioration, true) => "-",
        (P::NotAvailable, false) => "·",
        (P::NotAvailable, true) => ".",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_words_and_a_mark() {
        for s in ProgressStatus::ALL {
            assert!(!progress_words(s, Lang::En).is_empty());
            assert_ne!(progress_words(s, Lang::En), progress_words(s, Lang::Da));
            assert!(progress_mark(s, true).is_ascii());
        }
        assert_eq!(
            progress_words(ProgressStatus::ModerateProgress, Lang::Da),
            "moderate fremskridt"
        );
    }
}
