//! The words and symbols of the program itself, in English and Danish: statuses, trends,
//! initiative statuses and the labels reports and views share.

use std::borrow::Cow;

use super::{Locale, fold_static};
use crate::figures::{Status, StatusCounts, Trend};
use crate::model::{Direction, InitiativeStatus, Lang};

/// The word enum and its English and Danish forms in one table, so a word is added in one
/// place and every word has both forms (the table is the match).
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident => ($en:literal, $da:literal $(,)?),)*) => {
        /// Labels shared by the reports and the dashboard, in lower case (capitalise them for
        /// headings with [`capitalize`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Word {
            $($(#[$doc])* $name,)*
        }

        impl Word {
            fn text(self, lang: Lang) -> &'static str {
                let (en, da) = match self {
                    $(Word::$name => ($en, $da),)*
                };
                match lang {
                    Lang::En => en,
                    Lang::Da => da,
                }
            }
        }
    };
}

words! {
    Goals => ("goals", "mål"),
    Goal => ("goal", "mål"),
    Initiative => ("initiative", "indsats"),
    Initiatives => ("initiatives", "indsatser"),
    Indicator => ("indicator", "indikator"),
    Indicators => ("indicators", "indikatorer"),
    Measure => ("measure", "måling"),
    Measures => ("measures", "målinger"),
    Latest => ("latest", "seneste"),
    Baseline => ("baseline", "udgangspunkt"),
    Change => ("change", "ændring"),
    /// "since" as in "−23 since may 2015".
    Since => ("since", "siden"),
    Target => ("target", "mål"),
    /// "by" as in "target 30 by dec 2018".
    By => ("by", "senest"),
    Remaining => ("remaining", "mangler"),
    /// "to go" as in "8 personer to go".
    ToGo => ("to go", "tilbage"),
    /// "beyond the target" as in "3 personer beyond the target".
    BeyondTarget => ("beyond the target", "bedre end målet"),
    /// Said when the remaining gap is exactly zero.
    TargetMet => ("target met", "målet er nået"),
    /// "of the way" as in "38 % of the way" (progress from baseline to target).
    OfTheWay => ("of the way", "af vejen"),
    /// "vs" before a comparison series.
    Versus => ("vs", "mod"),
    Progress => ("progress", "fremdrift"),
    Trend => ("trend", "tendens"),
    PerYear => ("per year", "om året"),
    Forecast => ("forecast", "prognose"),
    Status => ("status", "status"),
    StatusDate => ("status date", "statusdato"),
    Owners => ("owners", "ansvarlige"),
    Period => ("period", "periode"),
    LatestUpdate => ("latest update", "seneste opdatering"),
    NoUpdates => ("no updates", "ingen opdateringer"),
    NoIndicators => ("no indicators", "ingen indikatorer"),
    NoInitiatives => ("no initiatives", "ingen indsatser"),
    Milestones => ("milestones", "milepæle"),
    Done => ("done", "nået"),
    Comparisons => ("compared with", "sammenlignet med"),
    Source => ("source", "kilde"),
    NoValue => ("no value", "ingen værdi"),
    /// The column of sparklines.
    Series => ("series", "udvikling"),
    Note => ("note", "note"),
    /// "needs" as in "needs −3.8 pp a year".
    Needs => ("needs", "kræver"),
    /// "a year" as in "needs −3.8 pp a year".
    AYear => ("a year", "om året"),
    /// "pace so far" as in "pace so far −1.2 (0.3×)".
    PaceSoFar => ("pace so far", "hidtil"),
    /// A point that is a plan, not a measurement.
    Planned => ("planned", "planlagt"),
    /// "no value since" as in "no value since dec 2016, one was due by 1 jun 2017".
    NoValueSince => ("no value since", "ingen værdi siden"),
    /// "one was due by".
    OneWasDueBy => ("one was due by", "en var ventet senest"),
    /// Marks a status that comes from a goal's initiatives.
    ViaInitiatives => ("via initiatives", "via indsatser"),
    AtLeast => ("at least", "mindst"),
    AtMost => ("at most", "højst"),
    /// Said instead of progress when the baseline already met the target.
    BaselineMet => ("baseline already met the target", "udgangspunktet nåede allerede målet"),
    /// "below" as in "72.5 pp below All ages".
    Below => ("below", "under"),
    Above => ("above", "over"),
    /// "same as" as in "same as All ages".
    SameAs => ("same as", "samme som"),
    /// "but" before a run that disagrees with the trend.
    But => ("but", "men"),
    /// "periods in a row" as in "rising 3 periods in a row".
    PeriodsInARow => ("periods in a row", "perioder i træk"),
    /// "period in a row".
    PeriodInARow => ("period in a row", "periode i træk"),
    Breakdowns => ("breakdowns", "opdelinger"),
    /// "overdue": a value that was due has not come.
    Stale => ("overdue", "forsinket"),
}

/// A label with its first letter in upper case, for headings: `Ændring`.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

impl Status {
    fn word(self, lang: Lang) -> &'static str {
        let (en, da) = match self {
            Status::Missed => ("missed", "ikke nået"),
            Status::OffTrack => ("off track", "ude af kurs"),
            Status::AtRisk => ("at risk", "i risiko"),
            Status::InsufficientData => ("insufficient data", "for få data"),
            Status::OnTrack => ("on track", "på sporet"),
            Status::Achieved => ("achieved", "nået"),
            Status::NoTarget => ("no target", "intet mål"),
            Status::NoData => ("no data", "ingen data"),
        };
        if lang == Lang::En { en } else { da }
    }

    /// (Unicode, ASCII). Each glyph is one column wide; each ASCII form three.
    fn symbols(self) -> (&'static str, &'static str) {
        match self {
            Status::Achieved => ("✔", "[+]"),
            Status::OnTrack => ("●", "[o]"),
            Status::AtRisk => ("◐", "[~]"),
            Status::OffTrack => ("!", "[!]"),
            Status::Missed => ("✖", "[x]"),
            Status::InsufficientData => ("?", "[?]"),
            Status::NoTarget => ("◇", "[-]"),
            Status::NoData => ("○", "[ ]"),
        }
    }
}

impl Trend {
    fn word(self, lang: Lang) -> &'static str {
        let (en, da) = match self {
            Trend::Improving => ("improving", "forbedres"),
            Trend::Worsening => ("worsening", "forværres"),
            Trend::Flat => ("flat", "stabil"),
            Trend::Rising => ("rising", "stigende"),
            Trend::Falling => ("falling", "faldende"),
        };
        if lang == Lang::En { en } else { da }
    }
}

impl InitiativeStatus {
    fn word(self, lang: Lang) -> &'static str {
        let (en, da) = match self {
            InitiativeStatus::Planned => ("planned", "planlagt"),
            InitiativeStatus::Active => ("active", "aktiv"),
            InitiativeStatus::Paused => ("paused", "på pause"),
            InitiativeStatus::Completed => ("completed", "afsluttet"),
            InitiativeStatus::Cancelled => ("cancelled", "aflyst"),
        };
        if lang == Lang::En { en } else { da }
    }
}

/// Whether the values move up, down or neither, whatever the direction calls better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Movement {
    Up,
    Down,
    Level,
}

fn movement(trend: Trend, direction: Direction) -> Movement {
    match (trend, direction) {
        (Trend::Flat, _) => Movement::Level,
        (Trend::Rising, _)
        | (Trend::Improving, Direction::Increase | Direction::None)
        | (Trend::Worsening, Direction::Decrease) => Movement::Up,
        (Trend::Falling, _)
        | (Trend::Improving, Direction::Decrease)
        | (Trend::Worsening, Direction::Increase | Direction::None) => Movement::Down,
    }
}

impl Locale {
    /// A label shared by reports and views.
    pub fn word(self, word: Word) -> Cow<'static, str> {
        fold_static(self, word.text(self.lang))
    }

    /// A status as a word: `on track` / `på sporet`.
    pub fn status(self, status: Status) -> Cow<'static, str> {
        fold_static(self, status.word(self.lang))
    }

    /// A status as a symbol: `✔ ● ◐ ! ✖ ? ◇ ○`, or in ASCII `[+] [o] [~] [!] [x] [?] [-] [ ]`.
    pub fn status_symbol(self, status: Status) -> &'static str {
        let (unicode, ascii) = status.symbols();
        if self.ascii { ascii } else { unicode }
    }

    /// A trend as a word: `improving` / `forbedres`.
    pub fn trend(self, trend: Trend) -> Cow<'static, str> {
        fold_static(self, trend.word(self.lang))
    }

    /// A trend as an arrow showing which way the values move (not which way is better, which
    /// the word and the colour tell): `↗ ↘ →`, or in ASCII `^ v =`.
    pub fn trend_symbol(self, trend: Trend, direction: Direction) -> &'static str {
        match (movement(trend, direction), self.ascii) {
            (Movement::Up, false) => "↗",
            (Movement::Down, false) => "↘",
            (Movement::Level, false) => "→",
            (Movement::Up, true) => "^",
            (Movement::Down, true) => "v",
            (Movement::Level, true) => "=",
        }
    }

    /// An initiative's status: `active` / `aktiv`.
    pub fn initiative_status(self, status: InitiativeStatus) -> Cow<'static, str> {
        fold_static(self, status.word(self.lang))
    }

    /// The separator between items on one line: ` · `, or ` | ` in ASCII.
    pub fn sep(self) -> &'static str {
        if self.ascii { " | " } else { " · " }
    }

    /// Status counts, worst first, zeros left out: `2 on track · 1 at risk`.
    pub fn counts(self, counts: &StatusCounts) -> String {
        counts
            .nonzero()
            .map(|(status, n)| format!("{n} {}", self.status(status)))
            .collect::<Vec<_>>()
            .join(self.sep())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const EN: Locale = Locale::new(Lang::En);
    const DA: Locale = Locale::new(Lang::Da);
    const DA_ASCII: Locale = Locale::ascii(Lang::Da);

    #[test]
    fn status_words_in_both_languages() {
        assert_eq!(EN.status(Status::OffTrack), "off track");
        assert_eq!(DA.status(Status::OnTrack), "på sporet");
        assert_eq!(DA_ASCII.status(Status::Missed), "ikke naaet");
        for lang in [Lang::En, Lang::Da] {
            let words: HashSet<&str> = Status::ALL.iter().map(|s| s.word(lang)).collect();
            assert_eq!(words.len(), Status::ALL.len(), "distinct words in {lang:?}");
        }
    }

    #[test]
    fn status_symbols_are_distinct_narrow_and_ascii_when_asked() {
        use unicode_width::UnicodeWidthStr;
        let unicode: HashSet<&str> = Status::ALL.iter().map(|&s| EN.status_symbol(s)).collect();
        let ascii: HashSet<&str> = Status::ALL
            .iter()
            .map(|&s| DA_ASCII.status_symbol(s))
            .collect();
        assert_eq!(unicode.len(), 8);
        assert_eq!(ascii.len(), 8);
        assert!(unicode.iter().all(|s| s.width() == 1), "{unicode:?}");
        assert!(
            ascii.iter().all(|s| s.is_ascii() && s.len() == 3),
            "{ascii:?}"
        );
    }

    #[test]
    fn trend_words_and_arrows_follow_the_values() {
        assert_eq!(EN.trend(Trend::Improving), "improving");
        assert_eq!(DA.trend(Trend::Worsening), "forværres");
        assert_eq!(DA_ASCII.trend(Trend::Worsening), "forvaerres");
        assert_eq!(EN.trend_symbol(Trend::Improving, Direction::Decrease), "↘");
        assert_eq!(EN.trend_symbol(Trend::Improving, Direction::Increase), "↗");
        assert_eq!(EN.trend_symbol(Trend::Worsening, Direction::Decrease), "↗");
        assert_eq!(EN.trend_symbol(Trend::Rising, Direction::None), "↗");
        assert_eq!(EN.trend_symbol(Trend::Flat, Direction::Increase), "→");
        assert_eq!(DA_ASCII.trend_symbol(Trend::Falling, Direction::None), "v");
    }

    #[test]
    fn initiative_statuses_and_labels() {
        assert_eq!(DA.initiative_status(InitiativeStatus::Paused), "på pause");
        assert_eq!(
            DA_ASCII.initiative_status(InitiativeStatus::Paused),
            "paa pause"
        );
        assert_eq!(EN.word(Word::PerYear), "per year");
        assert_eq!(DA_ASCII.word(Word::Change), "aendring");
        assert_eq!(capitalize(&DA.word(Word::Change)), "Ændring");
        assert_eq!(capitalize(""), "");
    }

    #[test]
    fn counts_leave_out_zeros_worst_first() {
        let counts = StatusCounts::of([Status::OnTrack, Status::AtRisk, Status::OnTrack]);
        assert_eq!(EN.counts(&counts), "1 at risk · 2 on track");
        assert_eq!(DA_ASCII.counts(&counts), "1 i risiko | 2 paa sporet");
        assert_eq!(EN.counts(&StatusCounts::default()), "");
    }
}
