//! The global goal, target and indicator titles of open-sdg/sdg-translations, stored in the
//! binary for the repositories that take them from there and carry none of their own
//! (docs/open-sdg.md names the source, licence and commit). Kept as tab-separated files per
//! language, whitespace already folded, read into maps on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's titles: goals as `number, short title, title`, targets and indicators as
/// `id, title`. A file the language lacks is empty: English answers for it.
struct Bundle {
    lang: &'static str,
    goals: &'static str,
    targets: &'static str,
    indicators: &'static str,
}

impl Bundle {
    const NONE: Self = Self {
        lang: "",
        goals: "",
        targets: "",
        indicators: "",
    };
}

/// `bundle!("xx": goals, targets)` stores `global/goals_xx.tsv` and `global/targets_xx.tsv`;
/// the kinds not named stay empty, so a language is one line naming the files it has.
macro_rules! bundle {
    ($lang:literal: $($kind:ident),+) => {
        Bundle {
            lang: $lang,
            $($kind: include_str!(concat!("global/", stringify!($kind), "_", $lang, ".tsv")),)+
            ..Bundle::NONE
        }
    };
}

/// English first: it answers whatever another language lacks.
// A language with every kind leaves `..Bundle::NONE` nothing to fill; the macro keeps it so a
// language names only the files it has.
#[allow(clippy::needless_update)]
const BUNDLES: &[Bundle] = &[
    bundle!("en": goals, targets, indicators),
    bundle!("de": goals, targets, indicators),
    bundle!("es": goals, targets, indicators),
    bundle!("fr": goals, targets, indicators),
    bundle!("ru": goals, targets, indicators),
    bundle!("zh-Hans": goals, targets, indicators),
    bundle!("ar": goals, targets, indicators),
    bundle!("it": goals, targets, indicators),
    bundle!("uk": goals, targets, indicators),
    bundle!("cs": goals, targets, indicators),
    bundle!("kk": goals, targets, indicators),
    bundle!("cnr": goals, targets, indicators),
    bundle!("tr": goals, targets, indicators),
    bundle!("tg": goals, targets, indicators),
    bundle!("lo": goals, targets, indicators),
    bundle!("sw": goals, targets, indicators),
    bundle!("hy": goals, targets, indicators),
    bundle!("ky": goals, targets),
    bundle!("ca": indicators),
];

/// The goal fields a `global_goals.N-FIELD` key names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalField {
    Title,
    Short,
}

#[derive(Default)]
struct Titles {
    goals: HashMap<&'static str, (&'static str, &'static str)>,
    targets: HashMap<&'static str, &'static str>,
    indicators: HashMap<&'static str, &'static str>,
}

fn parse(bundle: &Bundle) -> Titles {
    let mut titles = Titles::default();
    for line in bundle.goals.lines() {
        let mut parts = line.split('\t');
        if let (Some(n), Some(short), Some(title)) = (parts.next(), parts.next(), parts.next()) {
            titles.goals.insert(n, (short, title));
        }
    }
    titles.targets = pairs(bundle.targets);
    titles.indicators = pairs(bundle.indicators);
    titles
}

fn pairs(text: &'static str) -> HashMap<&'static str, &'static str> {
    text.lines().filter_map(|l| l.split_once('\t')).collect()
}

fn all() -> &'static HashMap<&'static str, Titles> {
    static ALL: OnceLock<HashMap<&'static str, Titles>> = OnceLock::new();
    ALL.get_or_init(|| BUNDLES.iter().map(|b| (b.lang, parse(b))).collect())
}

/// Whether titles in `lang` are bundled (some of them: English answers the rest).
pub fn has(lang: &str) -> bool {
    bundled(lang).is_some()
}

/// The bundled language a repository's language reads in: itself, else its main language
/// (`fr-CA` as `fr`); Chinese as `zh-Hans`, whose folder holds sdg-translations' current
/// Chinese titles (its `zh` folder has only an old goals file).
pub fn bundled(lang: &str) -> Option<&'static str> {
    let find = |l: &str| {
        BUNDLES
            .iter()
            .map(|b| b.lang)
            .find(|b| b.eq_ignore_ascii_case(l))
    };
    let main = lang.split(['-', '_']).next().unwrap_or(lang);
    find(lang)
        .or_else(|| (main.eq_ignore_ascii_case("zh")).then_some("zh-Hans"))
        .or_else(|| find(main))
}

/// The languages bundled, English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    BUNDLES.iter().map(|b| b.lang)
}

/// The title (or short title) of goal `number` ("1"…"17") in `lang`, else in English.
pub fn goal(lang: &str, number: &str, field: GoalField) -> Option<&'static str> {
    pick(lang, |t| {
        t.goals.get(number).map(|(short, title)| match field {
            GoalField::Title => *title,
            GoalField::Short => *short,
        })
    })
}

/// The title of indicator `id` ("1-2-1") in `lang`, else in English.
pub fn indicator(lang: &str, id: &str) -> Option<&'static str> {
    pick(lang, |t| t.indicators.get(id).copied())
}

/// The title of target `id` ("1-2", "1-a") in `lang`, else in English.
pub fn target(lang: &str, id: &str) -> Option<&'static str> {
    pick(lang, |t| t.targets.get(id).copied())
}

fn pick(lang: &str, get: impl Fn(&Titles) -> Option<&'static str>) -> Option<&'static str> {
    pick_in(all(), bundled(lang).unwrap_or("en"), get)
}

/// In `lang`'s titles, else in English's: a language missing a file or an entry still
/// answers.
fn pick_in(
    all: &HashMap<&'static str, Titles>,
    lang: &str,
    get: impl Fn(&Titles) -> Option<&'static str>,
) -> Option<&'static str> {
    all.get(lang)
        .and_then(&get)
        .or_else(|| all.get("en").and_then(&get))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_has_the_17_goals_and_well_formed_lines() {
        for bundle in BUNDLES {
            let titles = &all()[bundle.lang];
            let goals = if bundle.goals.is_empty() { 0 } else { 17 };
            assert_eq!(titles.goals.len(), goals, "{}", bundle.lang);
            for (short, title) in titles.goals.values() {
                assert!(!short.is_empty() && !title.is_empty(), "{}", bundle.lang);
                assert!(!title.contains("  ") && title.trim() == *title);
            }
            let lines = bundle.indicators.lines().count();
            assert_eq!(titles.indicators.len(), lines, "{}", bundle.lang);
            assert_eq!(titles.targets.len(), bundle.targets.lines().count());
            for (id, title) in titles.targets.iter().chain(&titles.indicators) {
                assert!(!title.is_empty() && !title.contains("  ") && title.trim() == *title);
                assert!(
                    !title.contains('\t') && !title.starts_with(['\'', '"']),
                    "{id}"
                );
            }
        }
        assert_eq!(all()["en"].targets.len(), 169);
        assert_eq!(all()["en"].indicators.len(), 244);
        assert_eq!(all()["de"].indicators.len(), 245);
        assert_eq!(all()["de"].targets.len(), 168);
        assert_eq!(all()["es"].targets.len(), 169);
        assert_eq!(all()["fr"].targets.len(), 169);
        assert_eq!(all()["fr"].indicators.len(), 245);
        assert_eq!(all()["es"].indicators.len(), 245);
    }

    #[test]
    fn titles_in_the_language_asked_else_in_english() {
        assert_eq!(
            goal("de", "1", GoalField::Title),
            Some("Armut in allen ihren Formen und überall beenden")
        );
        assert_eq!(goal("fr", "1", GoalField::Short), Some("Pas de pauvreté"));
        assert_eq!(
            goal("da", "1", GoalField::Title),
            Some("End poverty in all its forms everywhere")
        );
        assert!(indicator("de", "1-2-1").is_some_and(|t| t.starts_with("Anteil der Bevölkerung")));
        assert_eq!(
            indicator("es", "3-2-1"),
            Some("Tasa de mortalidad de niños menores de 5 años")
        );
        // The French file's HTML entity (&#39;) stored as the character a page shows.
        assert_eq!(
            indicator("fr", "2-b-2"),
            Some("Subventions agricoles à l'exportation")
        );
        assert_eq!(indicator("en", "99-1-1"), None);
        assert_eq!(
            target("en", "1-2"),
            Some(
                "By 2030, reduce at least by half the proportion of men, women and children of \
                 all ages living in poverty in all its dimensions according to national definitions"
            )
        );
        assert!(target("en", "17-19").is_some_and(|t| t.ends_with("in developing countries")));
        assert!(target("en", "1-a").is_some_and(|t| t.starts_with("Ensure significant")));
        assert!(
            target("de", "1-2").is_some_and(|t| t.starts_with("Bis 2030 den Anteil der Männer"))
        );
        // The German file's 5-4 has a broken key: English answers for it.
        assert_eq!(target("de", "5-4"), target("en", "5-4"));
        assert!(target("de", "5-4").is_some());
        // Its 14-c quoted with Windows-1252 bytes, stored as the quotes they stand for.
        assert!(target("de", "14-c").is_some_and(|t| t.contains("„Die Zukunft, die wir wollen“")));
        assert_eq!(target("en", "1-9"), None);
        assert!(has("ru") && !has("da"));
        assert!(indicator("ru", "1-2-1").is_some_and(|t| t.starts_with("Доля населения")));
    }

    #[test]
    fn a_repository_language_finds_its_bundle() {
        assert_eq!(bundled("zh-Hans"), Some("zh-Hans"));
        assert_eq!(bundled("zh"), Some("zh-Hans"));
        assert_eq!(bundled("zh-CN"), Some("zh-Hans"));
        assert_eq!(bundled("fr-CA"), Some("fr"));
        assert_eq!(bundled("AR"), Some("ar"));
        assert_eq!(bundled("da"), None);
        assert!(
            goal("zh", "1", GoalField::Short)
                .is_some_and(|t| t != goal("en", "1", GoalField::Short).unwrap_or_default())
        );
        // Catalan has indicator titles only: its goals answer in English.
        assert_eq!(
            goal("ca", "1", GoalField::Title),
            goal("en", "1", GoalField::Title)
        );
        assert_ne!(indicator("ca", "1-2-1"), indicator("en", "1-2-1"));
        assert!(languages().count() >= 19);
    }

    #[test]
    fn a_language_with_goals_only_answers_the_rest_in_english() {
        let goals_only = Bundle {
            lang: "xx",
            goals: "1\tKurz\tLang\n",
            ..Bundle::NONE
        };
        let all: HashMap<_, _> = [("en", parse(&BUNDLES[0])), ("xx", parse(&goals_only))].into();
        let short = pick_in(&all, "xx", |t| t.goals.get("1").map(|g| g.0));
        assert_eq!(short, Some("Kurz"));
        let target = pick_in(&all, "xx", |t| t.targets.get("1-a").copied());
        assert!(target.is_some_and(|t| t.starts_with("Ensure significant mobilization")));
        let indicator = pick_in(&all, "xx", |t| t.indicators.get("1-2-1").copied());
        assert_eq!(indicator, all["en"].indicators.get("1-2-1").copied());
        assert!(indicator.is_some());
        assert_eq!(pick_in(&all, "xx", |t| t.targets.get("1-9").copied()), None);
    }
}
