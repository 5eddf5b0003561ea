//! The dashboard's own words, in English and Danish. Figures, statuses and the labels reports
//! share come from `crate::format`; these are the words only the dashboard says (keys, panes,
//! hints). In ASCII, Danish letters are spelled `ae oe aa`, as everywhere (see `sanitize`).

use std::borrow::Cow;

use crate::format::Locale;
use crate::model::Lang;

/// The label enum and its English and Danish words in one table, so a label is added in one
/// place and every label has both words (the table is the match).
macro_rules! labels {
    ($($(#[$doc:meta])* $name:ident => ($en:literal, $da:literal $(,)?),)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Label {
            $($(#[$doc])* $name,)*
        }

        impl Label {
            fn text(self) -> (&'static str, &'static str) {
                match self {
                    $(Label::$name => ($en, $da),)*
                }
            }
        }
    };
}

labels! {
    Move => ("move", "flyt"),
    Pane => ("pane", "rude"),
    Open => ("open", "åbn"),
    Back => ("back", "tilbage"),
    Search => ("search", "søg"),
    Browse => ("initiatives", "indsatser"),
    Help => ("help", "hjælp"),
    Quit => ("quit", "afslut"),
    Top => ("first / last", "første / sidste"),
    Page => ("page up / down", "side op / ned"),
    Previous => ("previous", "forrige"),
    Next => ("next", "næste"),
    Sort => ("sort", "sortér"),
    SortColumn => ("sort by the next / previous column", "sortér efter næste / forrige kolonne"),
    Reverse => ("reverse", "vend"),
    FilterStatus => ("status", "status"),
    FilterOwner => ("owner", "ansvarlig"),
    FilterGoal => ("goal", "mål"),
    ClearFilters => ("clear filters", "ryd filtre"),
    All => ("all", "alle"),
    NoGoals => ("no goals", "ingen mål"),
    NoPoints => ("no points", "ingen målepunkter"),
    NoMeasures => ("no measures", "ingen målinger"),
    NoData => ("no data", "ingen data"),
    Hits => ("hits", "fund"),
    NoHits => ("nothing found", "intet fundet"),
    TypeToSearch => (
        "type to search goals, indicators, initiatives, owners and notes",
        "skriv for at søge i mål, indikatorer, indsatser, ansvarlige og noter",
    ),
    Jump => ("go to", "gå til"),
    Erase => ("erase", "slet"),
    Points => ("Points", "Målepunkter"),
    Date => ("Date", "Dato"),
    Value => ("Value", "Værdi"),
    Note => ("Note", "Note"),
    Description => ("Description", "Beskrivelse"),
    Updates => ("Updates", "Opdateringer"),
    GoalsServed => ("Goals", "Mål"),
    Start => ("Start", "Start"),
    End => ("End", "Slut"),
    Overdue => ("overdue", "forsinket"),
    Due => ("due", "kommende"),
    Warnings => ("warnings: goalboard check", "advarsler: goalboard check"),
    Errors => ("errors", "fejl"),
    ErrorsOnly => ("errors: goalboard check", "fejl: goalboard check"),
    /// One warning, one error: the header's count in the singular.
    Warning => ("warning: goalboard check", "advarsel: goalboard check"),
    Error => ("error", "fejl"),
    ErrorOnly => ("error: goalboard check", "fejl: goalboard check"),
    TooSmall => ("terminal too small", "terminalen er for lille"),
    Need => ("need", "kræver"),
    Keys => ("Keys", "Taster"),
    Everywhere => ("Everywhere", "Overalt"),
    Overview => ("Overview", "Overblik"),
    Measured => ("measured", "målt"),
    ToDeadline => ("forecast to the deadline", "prognose til fristen"),
    Deadline => ("deadline", "frist"),
    StatusWord => ("Status", "Status"),
    Owner => ("Owner", "Ansvarlig"),
    Goal => ("Goal", "Mål"),
    Initiative => ("Initiative", "Indsats"),
    Indicator => ("Indicator", "Indikator"),
    Click => ("a click selects, a second click opens", "klik vælger, et klik mere åbner"),
    Wheel => ("the wheel scrolls", "hjulet ruller"),
    Mouse => ("Mouse", "Mus"),
    SearchKeys => ("Search", "Søgning"),
    /// Live reload (`watch`, `editor`): the keys, the banner, the notes.
    Reload => ("reload the file", "indlæs filen igen"),
    Edit => ("edit the file ($VISUAL, $EDITOR)", "redigér filen ($VISUAL, $EDITOR)"),
    EditShort => ("edit", "redigér"),
    LastGoodShown => ("last good version shown", "sidste gode version vises"),
    /// A file opened with errors: what passed its checks is shown.
    RestShown => ("the rest is shown", "resten vises"),
    /// Why the glyphs are ASCII (the help's last lines).
    Glyphs => ("Glyphs", "Tegn"),
    AsciiFlag => ("ASCII only: --ascii", "kun ASCII: --ascii"),
    AsciiConfig => (
        "ASCII only: ascii = true in the config (goalboard config)",
        "kun ASCII: ascii = true i konfigurationen (goalboard config)",
    ),
    AsciiLocale => (
        "ASCII only: the locale (LANG) does not say UTF-8",
        "kun ASCII: sprogindstillingen (LANG) siger ikke UTF-8",
    ),
    UnicodeAnyway => (
        "Unicode all the same (or ascii = false in the config)",
        "Unicode alligevel (eller ascii = false i konfigurationen)",
    ),
    /// A list's position: `7 of 44`.
    Of => ("of", "af"),
    /// The heading of the date of an initiative's latest update.
    Updated => ("Updated", "Opdateret"),
    NoFile => (
        "the bundled dataset is part of goalboard: open a file to reload or edit it",
        "det indbyggede datasæt er en del af goalboard: åbn en fil for at indlæse eller redigere den",
    ),
    EditorFailed => ("the editor did not start", "editoren startede ikke"),
    /// Presentation mode: the key's label, the help section, the interval of auto-advance.
    Present => ("present", "præsentér"),
    Presentation => ("Presentation", "Præsentation"),
    Every => ("next every", "næste hver"),
    /// A goal's status notes: the key's label (also the screen's and the pane's name), none,
    /// and scrolling them.
    Notes => ("notes", "noter"),
    NoNotes => ("no notes", "ingen noter"),
    Scroll => ("scroll", "rul"),
    /// `y`: the key's label, and the notes after it.
    Copy => (
        "copy the goal or initiative as Markdown (for the minutes)",
        "kopiér målet eller indsatsen som Markdown (til referatet)",
    ),
    Copied => (
        "copied as Markdown to the clipboard (in tmux: set-clipboard on)",
        "kopieret som Markdown til udklipsholderen (i tmux: set-clipboard on)",
    ),
    /// After `Copied` when the text was longer than the clipboard takes.
    CopyCut => (
        "(cut at 64 KiB: the whole text is in goalboard report)",
        "(afkortet ved 64 KiB: hele teksten er i goalboard report)",
    ),
    NothingToCopy => (
        "nothing to copy here: y copies the goal or initiative on screen",
        "intet at kopiere her: y kopierer målet eller indsatsen på skærmen",
    ),
    /// `c`: the footer's label, the help's, and the changes screen's section in the help;
    /// `M`: the help's label.
    Changes => ("changes", "ændringer"),
    ChangesSince => ("changes since the baseline", "ændringer siden sammenligningen"),
    ChangesScreen => ("Changes", "Ændringer"),
    MarkReviewed => ("mark reviewed now", "markér gennemgået nu"),
    /// The initiatives browser's `/` filter and its pick list (owner, goal).
    Filter => ("filter", "filtrér"),
    Keep => ("keep", "behold"),
    Pick => ("pick", "vælg"),
    PickList => ("Owner and goal lists", "Lister over ansvarlige og mål"),
    /// `r`: the file was read again, with or without a change; a version with no first error.
    Reloaded => (
        "reloaded: the file's new version is shown",
        "indlæst igen: filens nye version vises",
    ),
    ReloadedSame => ("reloaded: no change", "indlæst igen: ingen ændringer"),
    NotLoaded => ("the file did not load", "filen kunne ikke indlæses"),
    /// Before a failed reload's error in the banner.
    ErrorWord => ("error", "fejl"),
    /// Presentation mode: `s` without `--every`, a digit for a goal not presented, the keys
    /// `b`, `s` (pause, resume) and F5, and the top line while paused.
    NoEvery => (
        "nothing to pause: goalboard present --every moves on by itself",
        "intet at sætte på pause: goalboard present --every skifter af sig selv",
    ),
    NotPresented => (
        "that goal is not in this presentation",
        "det mål er ikke med i præsentationen",
    ),
    BlankScreen => ("blank screen (again: back)", "sort skærm (igen: tilbage)"),
    PauseKey => ("pause", "pause"),
    Resume => ("resume", "fortsæt"),
    Paused => ("paused", "på pause"),
    Restart => ("from the first goal", "forfra"),
    /// A digit that is no goal's code.
    NoGoalCode => ("no goal has the code", "intet mål har koden"),
    /// The digits' line in the help.
    GoalByCode => ("the goal with that code (1 0: goal 10)", "målet med det nummer (1 0: mål 10)"),
}

/// A label in the locale's language, in ASCII when asked.
pub fn say(loc: Locale, label: Label) -> Cow<'static, str> {
    let (en, da) = label.text();
    let s = if loc.lang == Lang::En { en } else { da };
    if loc.ascii {
        crate::sanitize::clean_ascii(s)
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_ascii() {
        assert_eq!(say(Locale::new(Lang::Da), Label::Open), "åbn");
        assert_eq!(say(Locale::ascii(Lang::Da), Label::Open), "aabn");
        assert_eq!(say(Locale::new(Lang::En), Label::Open), "open");
    }
}
