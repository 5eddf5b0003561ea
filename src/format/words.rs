//! The words and symbols of the program itself, in English and Danish: statuses, trends,
//! initiative statuses and the labels reports and views share.

use std::borrow::Cow;

use super::{Locale, fold_static};
use crate::figures::{Status, StatusCounts, Trend};
use crate::model::{Direction, InitiativeStatus, Lang};

/// Labels shared by the reports and the dashboard, in lower case (capitalise them for headings
/// with [`capitalize`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Goals,
    Goal,
    Initiative,
    Initiatives,
    Indicator,
    Indicators,
    Measure,
    Measures,
    Latest,
    Baseline,
    Change,
    /// "since" as in "−23 since may 2015".
    Since,
    Target,
    /// "by" as in "target 30 by dec 2018".
    By,
    Remaining,
    /// "to go" as in "8 personer to go".
    ToGo,
    /// "beyond the target" as in "3 personer beyond the target".
    BeyondTarget,
    /// Said when the remaining gap is exactly zero.
    TargetMet,
    /// "of the way" as in "38 % of the way" (progress from baseline to target).
    OfTheWay,
    /// "vs" before a comparison series.
    Versus,
    Progress,
    Trend,
    PerYear,
    Forecast,
    Status,
    StatusDate,
    Owners,
    Period,
    LatestUpdate,
    NoUpdates,
    NoIndicators,
    NoInitiatives,
    Milestones,
    Done,
    Comparisons,
    Source,
    NoValue,
    /// The column of sparklines.
    Series,
    Note,
    /// "needs" as in "needs −3.8 pp a year".
    Needs,
    /// "a year" as in "needs −3.8 pp a year".
    AYear,
    /// "pace so far" as in "pace so far −1.2 (0.3×)".
    PaceSoFar,
    /// A point that is a plan, not a measurement.
    Planned,
    /// "no value since" as in "no value since dec 2016, one was due by 1 jun 2017".
    NoValueSince,
    /// "one was due by".
    OneWasDueBy,
    /// Marks a status that comes from a goal's initiatives.
    ViaInitiatives,
    AtLeast,
    AtMost,
    /// Said instead of progress when the baseline already met the target.
    BaselineMet,
    /// "below" as in "72.5 pp below All ages".
    Below,
    Above,
    /// "same as" as in "same as All ages".
    SameAs,
    /// "but" before a run that disagrees with the trend.
    But,
    /// "periods in a row" as in "rising 3 periods in a row".
    PeriodsInARow,
    /// "period in a row".
    PeriodInARow,
    Breakdowns,
    /// "overdue": a value that was due has not come.
    Stale,
}

/// A label with its first letter in upper case, for headings: `Ændring`.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

impl Word {
    fn text(self, lang: Lang) -> &'static str {
        let (en, da) = match self {
            Word::Goals => ("goals", "mål"),
            Word::Goal => ("goal", "mål"),
            Word::Initiative => ("initiative", "indsats"),
            Word::Initiatives => ("initiatives", "indsatser"),
            Word::Indicator => ("indicator", "indikator"),
            Word::Indicators => ("indicators", "indikatorer"),
            Word::Measure => ("measure", "måling"),
            Word::Measures => ("measures", "målinger"),
            Word::Latest => ("latest", "seneste"),
            Word::Baseline => ("baseline", "udgangspunkt"),
            Word::Change => ("change", "ændring"),
            Word::Since => ("since", "siden"),
            Word::Target => ("target", "mål"),
            // The deadline is the last day of its period: "senest", never "inden" ("before").
            Word::By => ("by", "senest"),
            Word::Remaining => ("remaining", "mangler"),
            Word::ToGo => ("to go", "tilbage"),
            Word::BeyondTarget => ("beyond the target", "bedre end målet"),
            Word::TargetMet => ("target met", "målet er nået"),
            Word::OfTheWay => ("of the way", "af vejen"),
            Word::Versus => ("vs", "mod"),
            Word::Progress => ("progress", "fremdrift"),
            Word::Trend => ("trend", "tendens"),
            Word::PerYear => ("per year", "om året"),
            Word::Forecast => ("forecast", "prognose"),
            Word::Status => ("status", "status"),
            Word::StatusDate => ("status date", "statusdato"),
            Word::Owners => ("owners", "ansvarlige"),
            Word::Period => ("period", "periode"),
            Word::LatestUpdate => ("latest update", "seneste opdatering"),
            Word::NoUpdates => ("no updates", "ingen opdateringer"),
            Word::NoIndicators => ("no indicators", "ingen indikatorer"),
            Word::NoInitiatives => ("no initiatives", "ingen indsatser"),
            Word::Milestones => ("milestones", "milepæle"),
            Word::Done => ("done", "nået"),
            Word::Comparisons => ("compared with", "sammenlignet med"),
            Word::Source => ("source", "kilde"),
            Word::NoValue => ("no value", "ingen værdi"),
            Word::Series => ("series", "udvikling"),
            Word::Note => ("note", "note"),
            Word::Needs => ("needs", "kræver"),
            Word::AYear => ("a year", "om året"),
            Word::PaceSoFar => ("pace so far", "hidtil"),
            Word::Planned => ("planned", "planlagt"),
            Word::NoValueSince => ("no value since", "ingen værdi siden"),
            Word::OneWasDueBy => ("one was due by", "en var ventet senest"),
            Word::ViaInitiatives => ("via initiatives", "via indsatser"),
            Word::AtLeast => ("at least", "mindst"),
            Word::AtMost => ("at most", "højst"),
            Word::BaselineMet => (
                "baseline already met the target",
                "udgangspunktet nåede allerede målet",
            ),
            Word::Below => ("below", "under"),
            Word::Above => ("above", "over"),
            Word::SameAs => ("same as", "samme som"),
            Word::But => ("but", "men"),
            Word::PeriodsInARow => ("periods in a row", "perioder i træk"),
            Word::PeriodInARow => ("period in a row", "periode i træk"),
            Word::Breakdowns => ("breakdowns", "opdelinger"),
            Word::Stale => ("overdue", "forsinket"),
        };
        match lang {
            Lang::En => en,
            Lang::Da => da,
        }
    }
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
