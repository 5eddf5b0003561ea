//! The dashboard's own words, in English and Danish. Figures, statuses and the labels reports
//! share come from `crate::format`; these are the words only the dashboard says (keys, panes,
//! hints). In ASCII, Danish letters are spelled `ae oe aa`, as everywhere (see `sanitize`).

use std::borrow::Cow;

use crate::format::Locale;
use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Move,
    Pane,
    Open,
    Back,
    Search,
    Browse,
    Help,
    Quit,
    Top,
    Page,
    Previous,
    Next,
    Sort,
    SortColumn,
    Reverse,
    FilterStatus,
    FilterOwner,
    FilterGoal,
    ClearFilters,
    All,
    NoGoals,
    NoPoints,
    NoMeasures,
    NoData,
    Hits,
    NoHits,
    TypeToSearch,
    Jump,
    Erase,
    Points,
    Date,
    Value,
    Note,
    Description,
    Updates,
    GoalsServed,
    Start,
    End,
    Overdue,
    Due,
    Warnings,
    Errors,
    ErrorsOnly,
    TooSmall,
    Need,
    Keys,
    Everywhere,
    Overview,
    Measured,
    ToDeadline,
    Deadline,
    StatusWord,
    Owner,
    Goal,
    Initiative,
    Indicator,
    Click,
    Wheel,
    Mouse,
    SearchKeys,
    /// Live reload (`watch`, `editor`): the keys, the banner, the notes.
    Reload,
    Edit,
    EditShort,
    LastGoodShown,
    /// A file opened with errors: what passed its checks is shown.
    RestShown,
    /// Why the glyphs are ASCII (the help's last lines).
    Glyphs,
    AsciiFlag,
    AsciiConfig,
    AsciiLocale,
    UnicodeAnyway,
    /// A list's position: `7 of 44`.
    Of,
    /// The heading of the date of an initiative's latest update.
    Updated,
    NoFile,
    EditorFailed,
    /// Presentation mode: the key's label, the help section, the interval of auto-advance.
    Present,
    Presentation,
    Every,
    /// A goal's status notes: the key's label (also the screen's and the pane's name), none,
    /// and scrolling them.
    Notes,
    NoNotes,
    Scroll,
    /// `y`: the key's label, and the notes after it.
    Copy,
    Copied,
    /// After `Copied` when the text was longer than the clipboard takes.
    CopyCut,
    NothingToCopy,
    /// `c`: the footer's label, the help's, and the changes screen's section in the help;
    /// `M`: the help's label.
    Changes,
    ChangesSince,
    ChangesScreen,
    MarkReviewed,
    /// The initiatives browser's `/` filter and its pick list (owner, goal).
    Filter,
    Keep,
    Pick,
    PickList,
    /// `r`: the file was read again, with or without a change; a version with no first error.
    Reloaded,
    ReloadedSame,
    NotLoaded,
    /// Before a failed reload's error in the banner.
    ErrorWord,
    /// Presentation mode: `s` without `--every`, a digit for a goal not presented, the keys
    /// `b`, `s` (pause, resume) and F5, and the top line while paused.
    NoEvery,
    NotPresented,
    BlankScreen,
    PauseKey,
    Resume,
    Paused,
    Restart,
    /// A digit that is no goal's code.
    NoGoalCode,
    /// The digits' line in the help.
    GoalByCode,
}

impl Label {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Label::Move => ("move", "flyt"),
            Label::Pane => ("pane", "rude"),
            Label::Open => ("open", "åbn"),
            Label::Back => ("back", "tilbage"),
            Label::Search => ("search", "søg"),
            Label::Browse => ("initiatives", "indsatser"),
            Label::Help => ("help", "hjælp"),
            Label::Quit => ("quit", "afslut"),
            Label::Top => ("first / last", "første / sidste"),
            Label::Page => ("page up / down", "side op / ned"),
            Label::Previous => ("previous", "forrige"),
            Label::Next => ("next", "næste"),
            Label::Sort => ("sort", "sortér"),
            Label::SortColumn => (
                "sort by the next / previous column",
                "sortér efter næste / forrige kolonne",
            ),
            Label::Reverse => ("reverse", "vend"),
            Label::FilterStatus => ("status", "status"),
            Label::FilterOwner => ("owner", "ansvarlig"),
            Label::FilterGoal => ("goal", "mål"),
            Label::ClearFilters => ("clear filters", "ryd filtre"),
            Label::All => ("all", "alle"),
            Label::NoGoals => ("no goals", "ingen mål"),
            Label::NoPoints => ("no points", "ingen målepunkter"),
            Label::NoMeasures => ("no measures", "ingen målinger"),
            Label::NoData => ("no data", "ingen data"),
            Label::Hits => ("hits", "fund"),
            Label::NoHits => ("nothing found", "intet fundet"),
            Label::TypeToSearch => (
                "type to search goals, indicators, initiatives, owners and notes",
                "skriv for at søge i mål, indikatorer, indsatser, ansvarlige og noter",
            ),
            Label::Jump => ("go to", "gå til"),
            Label::Erase => ("erase", "slet"),
            Label::Points => ("Points", "Målepunkter"),
            Label::Date => ("Date", "Dato"),
            Label::Value => ("Value", "Værdi"),
            Label::Note => ("Note", "Note"),
            Label::Description => ("Description", "Beskrivelse"),
            Label::Updates => ("Updates", "Opdateringer"),
            Label::GoalsServed => ("Goals", "Mål"),
            Label::Start => ("Start", "Start"),
            Label::End => ("End", "Slut"),
            Label::Overdue => ("overdue", "forsinket"),
            Label::Due => ("due", "kommende"),
            Label::Warnings => ("warnings: goalboard check", "advarsler: goalboard check"),
            Label::Errors => ("errors", "fejl"),
            Label::ErrorsOnly => ("errors: goalboard check", "fejl: goalboard check"),
            Label::TooSmall => ("terminal too small", "terminalen er for lille"),
            Label::Need => ("need", "kræver"),
            Label::Keys => ("Keys", "Taster"),
            Label::Everywhere => ("Everywhere", "Overalt"),
            Label::Overview => ("Overview", "Overblik"),
            Label::Measured => ("measured", "målt"),
            Label::ToDeadline => ("forecast to the deadline", "prognose til fristen"),
            Label::Deadline => ("deadline", "frist"),
            Label::StatusWord => ("Status", "Status"),
            Label::Owner => ("Owner", "Ansvarlig"),
            Label::Goal => ("Goal", "Mål"),
            Label::Initiative => ("Initiative", "Indsats"),
            Label::Indicator => ("Indicator", "Indikator"),
            Label::Click => (
                "a click selects, a second click opens",
                "klik vælger, et klik mere åbner",
            ),
            Label::Wheel => ("the wheel scrolls", "hjulet ruller"),
            Label::Mouse => ("Mouse", "Mus"),
            Label::SearchKeys => ("Search", "Søgning"),
            Label::Reload => ("reload the file", "indlæs filen igen"),
            Label::Edit => (
                "edit the file ($VISUAL, $EDITOR)",
                "redigér filen ($VISUAL, $EDITOR)",
            ),
            Label::EditShort => ("edit", "redigér"),
            Label::LastGoodShown => ("last good version shown", "sidste gode version vises"),
            Label::RestShown => ("the rest is shown", "resten vises"),
            Label::Glyphs => ("Glyphs", "Tegn"),
            Label::Of => ("of", "af"),
            Label::Updated => ("Updated", "Opdateret"),
            Label::AsciiFlag => ("ASCII only: --ascii", "kun ASCII: --ascii"),
            Label::AsciiConfig => (
                "ASCII only: ascii = true in the config (goalboard config)",
                "kun ASCII: ascii = true i konfigurationen (goalboard config)",
            ),
            Label::AsciiLocale => (
                "ASCII only: the locale (LANG) does not say UTF-8",
                "kun ASCII: sprogindstillingen (LANG) siger ikke UTF-8",
            ),
            Label::UnicodeAnyway => (
                "Unicode all the same (or ascii = false in the config)",
                "Unicode alligevel (eller ascii = false i konfigurationen)",
            ),
            Label::NoFile => (
                "the bundled dataset is part of goalboard: open a file to reload or edit it",
                "det indbyggede datasæt er en del af goalboard: åbn en fil for at indlæse eller redigere den",
            ),
            Label::EditorFailed => ("the editor did not start", "editoren startede ikke"),
            Label::Present => ("present", "præsentér"),
            Label::Presentation => ("Presentation", "Præsentation"),
            Label::Every => ("next every", "næste hver"),
            Label::Notes => ("notes", "noter"),
            Label::NoNotes => ("no notes", "ingen noter"),
            Label::Scroll => ("scroll", "rul"),
            Label::Copy => (
                "copy the goal or initiative as Markdown (for the minutes)",
                "kopiér målet eller indsatsen som Markdown (til referatet)",
            ),
            Label::Copied => (
                "copied as Markdown to the clipboard (in tmux: set-clipboard on)",
                "kopieret som Markdown til udklipsholderen (i tmux: set-clipboard on)",
            ),
            Label::CopyCut => (
                "(cut at 64 KiB: the whole text is in goalboard report)",
                "(afkortet ved 64 KiB: hele teksten er i goalboard report)",
            ),
            Label::NothingToCopy => (
                "nothing to copy here: y copies the goal or initiative on screen",
                "intet at kopiere her: y kopierer målet eller indsatsen på skærmen",
            ),
            Label::Changes => ("changes", "ændringer"),
            Label::ChangesSince => (
                "changes since the baseline",
                "ændringer siden sammenligningen",
            ),
            Label::ChangesScreen => ("Changes", "Ændringer"),
            Label::MarkReviewed => ("mark reviewed now", "markér gennemgået nu"),
            Label::Filter => ("filter", "filtrér"),
            Label::Keep => ("keep", "behold"),
            Label::Pick => ("pick", "vælg"),
            Label::PickList => ("Owner and goal lists", "Lister over ansvarlige og mål"),
            Label::Reloaded => (
                "reloaded: the file's new version is shown",
                "indlæst igen: filens nye version vises",
            ),
            Label::ReloadedSame => ("reloaded: no change", "indlæst igen: ingen ændringer"),
            Label::NotLoaded => ("the file did not load", "filen kunne ikke indlæses"),
            Label::ErrorWord => ("error", "fejl"),
            Label::NoEvery => (
                "nothing to pause: goalboard present --every moves on by itself",
                "intet at sætte på pause: goalboard present --every skifter af sig selv",
            ),
            Label::NotPresented => (
                "that goal is not in this presentation",
                "det mål er ikke med i præsentationen",
            ),
            Label::BlankScreen => ("blank screen (again: back)", "sort skærm (igen: tilbage)"),
            Label::PauseKey => ("pause", "pause"),
            Label::Resume => ("resume", "fortsæt"),
            Label::Paused => ("paused", "på pause"),
            Label::Restart => ("from the first goal", "forfra"),
            Label::NoGoalCode => ("no goal has the code", "intet mål har koden"),
            Label::GoalByCode => (
                "the goal with that code (1 0: goal 10)",
                "målet med det nummer (1 0: mål 10)",
            ),
        }
    }
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
