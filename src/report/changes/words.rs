//! The words of the changes, in English and Danish: the one-line summary, the baseline's name,
//! the labels of each kind of change. Shared by the reports and the dashboard.

use chrono::NaiveDate;

use crate::compare::Summary;
use crate::format::Locale;
use crate::model::Lang;

/// Where the older version came from, for "since …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An older copy of the file, by the name given.
    File(String),
    /// A git revision as asked (`HEAD~3`, `2017-03-01`), with its commit's day.
    Git { rev: String, day: Option<NaiveDate> },
    /// A review mark, by the day it was made.
    Review(NaiveDate),
}

/// Labels of the changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    ChangesSince,
    NothingChanged,
    New,
    Revised,
    Removed,
    Latest,
    Update,
    MilestoneDone,
    NewGoal,
    NewIndicator,
    NewInitiative,
    RemovedGoal,
    RemovedIndicator,
    RemovedInitiative,
    Other,
    More,
    Hole,
}

impl Label {
    fn text(self, lang: Lang) -> &'static str {
        let (en, da) = match self {
            Label::ChangesSince => ("changes since", "ændringer siden"),
            Label::NothingChanged => ("nothing changed", "ingen ændringer"),
            Label::New => ("new", "ny"),
            Label::Revised => ("revised", "revideret"),
            Label::Removed => ("removed", "fjernet"),
            Label::Latest => ("latest", "seneste"),
            Label::Update => ("update", "opdatering"),
            Label::MilestoneDone => ("milestone done", "milepæl nået"),
            Label::NewGoal => ("new goal", "nyt mål"),
            Label::NewIndicator => ("new indicator", "ny indikator"),
            Label::NewInitiative => ("new initiative", "ny indsats"),
            Label::RemovedGoal => ("removed goal", "fjernet mål"),
            Label::RemovedIndicator => ("removed indicator", "fjernet indikator"),
            Label::RemovedInitiative => ("removed initiative", "fjernet indsats"),
            Label::Other => ("other changes", "øvrige ændringer"),
            Label::More => ("more", "flere"),
            Label::Hole => ("no value", "ingen værdi"),
        };
        if lang == Lang::En { en } else { da }
    }
}

/// `(one, many)` forms of each count of the summary, in the order shown.
fn count_words(lang: Lang) -> [(&'static str, &'static str); 8] {
    match lang {
        Lang::En => [
            ("new value", "new values"),
            ("revised", "revised"),
            ("removed value", "removed values"),
            ("status change", "status changes"),
            ("new note", "new notes"),
            ("milestone done", "milestones done"),
            ("added", "added"),
            ("removed", "removed"),
        ],
        Lang::Da => [
            ("ny værdi", "nye værdier"),
            ("revideret", "reviderede"),
            ("fjernet værdi", "fjernede værdier"),
            ("statusændring", "statusændringer"),
            ("ny note", "nye noter"),
            ("milepæl nået", "milepæle nået"),
            ("tilføjet", "tilføjet"),
            ("fjernet", "fjernet"),
        ],
    }
}

fn fold(loc: Locale, s: &str) -> String {
    if loc.ascii {
        crate::sanitize::clean_ascii(s).into_owned()
    } else {
        s.to_owned()
    }
}

/// A label in the locale, lower case.
pub fn label(loc: Locale, label: Label) -> String {
    fold(loc, label.text(loc.lang))
}

/// The arrow of a transition: `→`, or `->` in ASCII.
pub fn arrow(loc: Locale) -> &'static str {
    if loc.ascii { "->" } else { "→" }
}

/// "3 new values · 1 revised · 2 status changes · 4 new notes", the kinds with none left out;
/// "nothing changed" when there is nothing.
pub fn summary(loc: Locale, summary: &Summary) -> String {
    let counts = [
        summary.new_values,
        summary.revised,
        summary.removed_values,
        summary.status_changes,
        summary.new_notes,
        summary.milestones_done,
        summary.added,
        summary.removed,
    ];
    let parts: Vec<String> = counts
        .iter()
        .zip(count_words(loc.lang))
        .filter(|(n, _)| **n > 0)
        .map(|(&n, (one, many))| format!("{n} {}", fold(loc, if n == 1 { one } else { many })))
        .collect();
    if parts.is_empty() {
        label(loc, Label::NothingChanged)
    } else {
        parts.join(loc.sep())
    }
}

/// The baseline in a few words, for "since …": the day of a review or a commit, else the
/// file's name.
pub fn origin(loc: Locale, origin: &Origin) -> String {
    let name = match origin {
        Origin::Review(day) => {
            let review = if loc.lang == Lang::En {
                "the review of"
            } else {
                "gennemgangen"
            };
            format!("{review} {}", loc.day(*day))
        }
        Origin::Git {
            rev,
            day: Some(day),
        } => {
            format!("git:{} ({})", crate::sanitize::clean(rev), loc.day(*day))
        }
        Origin::Git { rev, day: None } => format!("git:{}", crate::sanitize::clean(rev)),
        Origin::File(name) => crate::sanitize::clean(name).into_owned(),
    };
    fold(loc, &name)
}

/// The baseline as briefly as a header line allows: its day when it has one, else the
/// file's name without its folder.
pub fn origin_short(loc: Locale, origin: &Origin) -> String {
    match origin {
        Origin::Review(day) | Origin::Git { day: Some(day), .. } => loc.day(*day),
        Origin::File(name) => {
            let base = std::path::Path::new(name)
                .file_name()
                .map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
            self::origin(loc, &Origin::File(base))
        }
        other @ Origin::Git { .. } => self::origin(loc, other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_only_what_changed_in_both_languages() {
        let s = Summary {
            new_values: 3,
            revised: 1,
            status_changes: 2,
            new_notes: 4,
            ..Summary::default()
        };
        assert_eq!(
            summary(Locale::new(Lang::En), &s),
            "3 new values · 1 revised · 2 status changes · 4 new notes"
        );
        assert_eq!(
            summary(Locale::ascii(Lang::Da), &s),
            "3 nye vaerdier | 1 revideret | 2 statusaendringer | 4 nye noter"
        );
        assert_eq!(
            summary(Locale::new(Lang::En), &Summary::default()),
            "nothing changed"
        );
    }

    #[test]
    fn a_review_is_named_by_its_day() {
        let day = NaiveDate::from_ymd_opt(2017, 3, 20).unwrap();
        assert_eq!(
            origin(Locale::new(Lang::En), &Origin::Review(day)),
            "the review of 20 mar 2017"
        );
        assert_eq!(
            origin_short(Locale::new(Lang::En), &Origin::Review(day)),
            "20 mar 2017"
        );
        let git = Origin::Git {
            rev: "HEAD~3".into(),
            day: None,
        };
        assert_eq!(origin_short(Locale::new(Lang::Da), &git), "git:HEAD~3");
    }
}
