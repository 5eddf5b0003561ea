//! The global goal and indicator titles of open-sdg/sdg-translations, stored in the binary for
//! the repositories that take them from there and carry none of their own (docs/open-sdg.md
//! names the source and licence). Kept as two tab-separated files per language, whitespace
//! already folded: 80 KB in all, read into maps on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One language's titles: goals as `number, short title, title`, indicators as `id, title`.
struct Bundle {
    lang: &'static str,
    goals: &'static str,
    indicators: &'static str,
}

/// English first: it answers whatever another language lacks.
const BUNDLES: &[Bundle] = &[
    Bundle {
        lang: "en",
        goals: include_str!("global/goals_en.tsv"),
        indicators: include_str!("global/indicators_en.tsv"),
    },
    Bundle {
        lang: "de",
        goals: include_str!("global/goals_de.tsv"),
        indicators: include_str!("global/indicators_de.tsv"),
    },
    Bundle {
        lang: "es",
        goals: include_str!("global/goals_es.tsv"),
        indicators: "",
    },
    Bundle {
        lang: "fr",
        goals: include_str!("global/goals_fr.tsv"),
        indicators: "",
    },
    Bundle {
        lang: "ru",
        goals: include_str!("global/goals_ru.tsv"),
        indicators: "",
    },
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
    for line in bundle.indicators.lines() {
        if let Some((id, title)) = line.split_once('\t') {
            titles.indicators.insert(id, title);
        }
    }
    titles
}

fn all() -> &'static HashMap<&'static str, Titles> {
    static ALL: OnceLock<HashMap<&'static str, Titles>> = OnceLock::new();
    ALL.get_or_init(|| BUNDLES.iter().map(|b| (b.lang, parse(b))).collect())
}

/// Whether titles in `lang` are bundled (at least the goals').
pub fn has(lang: &str) -> bool {
    BUNDLES.iter().any(|b| b.lang == lang)
}

/// The languages bundled, English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    BUNDLES.iter().map(|b| b.lang)
}

/// The title (or short title) of goal `number` ("1"…"17") in `lang`, else in English.
pub fn goal(lang: &str, number: &str, field: GoalField) -> Option<&'static str> {
    let pick = |t: &Titles| {
        t.goals.get(number).map(|(short, title)| match field {
            GoalField::Title => *title,
            GoalField::Short => *short,
        })
    };
    let all = all();
    all.get(lang)
        .and_then(pick)
        .or_else(|| all.get("en").and_then(pick))
}

/// The title of indicator `id` ("1-2-1") in `lang`, else in English.
pub fn indicator(lang: &str, id: &str) -> Option<&'static str> {
    let all = all();
    let pick = |t: &Titles| t.indicators.get(id).copied();
    all.get(lang)
        .and_then(pick)
        .or_else(|| all.get("en").and_then(pick))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundle_has_the_17_goals_and_well_formed_lines() {
        for bundle in BUNDLES {
            let titles = &all()[bundle.lang];
            assert_eq!(titles.goals.len(), 17, "{}", bundle.lang);
            for (short, title) in titles.goals.values() {
                assert!(!short.is_empty() && !title.is_empty(), "{}", bundle.lang);
                assert!(!title.contains("  ") && title.trim() == *title);
            }
            let lines = bundle.indicators.lines().count();
            assert_eq!(titles.indicators.len(), lines, "{}", bundle.lang);
        }
        assert_eq!(all()["en"].indicators.len(), 244);
        assert_eq!(all()["de"].indicators.len(), 245);
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
        // Spanish has goals only: its indicators are the English ones.
        assert_eq!(indicator("es", "1-2-1"), indicator("en", "1-2-1"));
        assert_eq!(indicator("en", "99-1-1"), None);
        assert!(has("ru") && !has("da"));
    }
}
