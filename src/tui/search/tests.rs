//! The search index against a plain reference: folding, matching, typing and erasing.

use proptest::prelude::*;

use super::*;

#[test]
fn every_kind_of_hit_is_packed_and_unpacked_as_it_was() {
    let goal = IndicatorRef::Goal { goal: 7, index: 2 };
    let measure = IndicatorRef::Measure {
        initiative: 40_000,
        index: 1,
    };
    for found in [
        Found::Goal(9),
        Found::Indicator(goal),
        Found::Indicator(measure),
        Found::Initiative(49_999),
        Found::Owner(3),
        Found::GoalNote { goal: 1, note: 4 },
        Found::Update {
            initiative: 12,
            update: 5,
        },
        Found::PointNote {
            indicator: goal,
            point: 119,
        },
        Found::Description(Described::Goal(4)),
        Found::Description(Described::Indicator(goal)),
        Found::Description(Described::Indicator(measure)),
        Found::Description(Described::Initiative(49_998)),
        Found::PointNote {
            indicator: measure,
            point: 0,
        },
    ] {
        assert_eq!(Packed::of(found).map(Packed::found), Some(found));
    }
    assert_eq!(size_of::<Packed>(), 16);
}

#[test]
fn matches_are_found_in_the_text_as_shown() {
    let text = "Færre hjemløse i Ishøj, HJEMLØSE tælling";
    let marked: Vec<&str> = matches(text, "hjemlose")
        .iter()
        .map(|r| &text[r.clone()])
        .collect();
    assert_eq!(marked, ["hjemløse", "HJEMLØSE"]);
    let marked: Vec<&str> = matches(text, "ishoej tael")
        .iter()
        .map(|r| &text[r.clone()])
        .collect();
    assert_eq!(marked, ["Ishøj", "tæl"]);
    assert!(matches(text, "zebra").is_empty());
    assert!(matches(text, "").is_empty());
}

#[test]
fn descriptions_are_searched() {
    let json = br#"{"format": "goalboard/1", "title": "t", "goals": [{"id": "g", "title": "g"}],
        "initiatives": [{"id": "i", "title": "Pitstop", "goals": ["g"],
        "description": "Behandling af unge med misbrug"}]}"#;
    let dataset = crate::load::load_bytes(json, "t.json")
        .dataset
        .expect("loads");
    let index = SearchIndex::new(&dataset);
    let hits: Vec<Option<Found>> = index
        .find("misbrug")
        .into_iter()
        .map(|h| index.found(h))
        .collect();
    assert_eq!(hits, [Some(Found::Description(Described::Initiative(0)))]);
}

#[test]
fn snippets_start_near_the_match() {
    let text = "Af den seneste hjemløsetælling (2. halvår 2016) fremgår det at der er et fald";
    let start = snippet_start(text, "FALD");
    assert_eq!(&text[start..], "der er et fald");
    // Danish spelling and accents, as the search finds them.
    let start = snippet_start(text, "fremgaar");
    assert_eq!(
        &text[start..],
        "(2. halvår 2016) fremgår det at der er et fald"
    );
    assert_eq!(snippet_start(text, "seneste"), 0, "near the start");
    assert_eq!(snippet_start(text, "nowhere"), 0);
    assert_eq!(snippet_start(text, ""), 0);
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("Hjemløse"), "hjemlose\nhjemloese");
    assert_eq!(fold("SSP"), "ssp");
    assert!(fold("Ærø").contains("aero"));
    assert!(fold("Ærø").contains("aeroe"));
    assert_eq!(fold("Pitstop é"), "pitstop e");
}

/// The folding as first written, with a string for every step: the reference.
fn fold_reference(s: &str) -> String {
    let plain = deunicode::deunicode(s).to_lowercase();
    if s.is_ascii() {
        return plain;
    }
    let danish: String = s
        .chars()
        .flat_map(|c| match c.to_lowercase().next().unwrap_or(c) {
            'æ' => "ae".chars().chain(None),
            'ø' => "oe".chars().chain(None),
            'å' => "aa".chars().chain(None),
            _ => "".chars().chain(Some(c)),
        })
        .collect();
    let danish = deunicode::deunicode(&danish).to_lowercase();
    if danish == plain {
        plain
    } else {
        format!("{plain}\n{danish}")
    }
}

/// An index over plain texts, each leading to a goal of its position.
fn index_of(texts: &[String]) -> SearchIndex {
    let mut builder = build::Builder::new(SearchIndex::default());
    for (i, t) in texts.iter().enumerate() {
        builder.push(t, Found::Goal(i));
    }
    builder.finish()
}

/// Every entry holding every word, found by looking at each: the reference search.
fn find_reference(texts: &[String], query: &str) -> Vec<usize> {
    let query = deunicode::deunicode(query).to_lowercase();
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    texts
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            let key = fold_reference(t);
            words.iter().all(|w| key.contains(w))
        })
        .map(|(i, _)| i)
        .collect()
}

/// What a user does to the query: type a character, erase one, or clear it.
#[derive(Clone, Debug)]
enum Edit {
    Type(char),
    Erase,
    Clear,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => prop::sample::select(vec!['a', 'e', 'o', 'h', 'j', 'm', 'l', 's', ' ', 'ø', 'Æ', 'å', 'é', 'O', '1', '-', '['])
            .prop_map(Edit::Type),
        3 => Just(Edit::Erase),
        1 => Just(Edit::Clear),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[aehjlmos øæåÆØÅé1\\-]{0,12}",
        prop::sample::select(vec![
            "Hjemløse".to_owned(),
            "hjemloese borgere".to_owned(),
            "Ærø Kommune".to_owned(),
            "SSP".to_owned(),
            "Pitstop é".to_owned(),
            "Ångström".to_owned(),
        ]),
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn folding_matches_the_reference(s in any::<String>()) {
        prop_assert_eq!(fold(&s), fold_reference(&s));
    }

    #[test]
    fn folding_danish_text_matches_the_reference(s in "[a-zæøåÆØÅ\u{212B} é]{0,16}") {
        prop_assert_eq!(fold(&s), fold_reference(&s));
    }

    /// Typing, erasing and clearing in any order finds what a fresh search finds, with the
    /// narrowing and the kept queries doing their work underneath.
    #[test]
    fn searching_as_you_type_finds_what_a_fresh_search_finds(
        texts in prop::collection::vec(text(), 0..40),
        edits in prop::collection::vec(edit(), 0..60),
    ) {
        let index = index_of(&texts);
        let mut query = String::new();
        for e in edits {
            match e {
                Edit::Type(c) => query.push(c),
                Edit::Erase => {
                    query.pop();
                }
                Edit::Clear => query.clear(),
            }
            let hits = index.find(&query);
            prop_assert_eq!(&hits, &find_reference(&texts, &query), "query {:?}", query);
            prop_assert_eq!(&hits, &index.clone().find(&query), "a fresh index");
        }
    }
}

#[test]
fn backspace_and_retyping_give_the_same_hits() {
    let texts: Vec<String> = ["Hjemløse", "Hjemmet", "Pitstop", "hjælp"]
        .map(str::to_owned)
        .to_vec();
    let index = index_of(&texts);
    assert_eq!(index.find("hjem"), [0, 1]);
    assert_eq!(index.find("hjeml"), [0]);
    assert_eq!(index.find("hjem"), [0, 1], "erased back");
    assert_eq!(index.find("hj"), [0, 1, 3]);
    assert_eq!(index.find("hj p"), [3], "a second word");
    assert_eq!(index.find("pit"), [2], "a new query");
    assert_eq!(index.find(""), Vec::<usize>::new());
    assert_eq!(index.find("hjemloese"), [0], "the Danish spelling");
}

#[test]
fn keys_hold_the_danish_spelling_of_the_words_it_changes_only() {
    let key = |s: &str| {
        let mut out = String::new();
        build::key_into(s, &mut out, &mut String::new(), &mut String::new());
        out
    };
    assert_eq!(
        key("Færre hjemløse i Ishøj"),
        "faerre hjemlose i ishoj\nhjemloese ishoej"
    );
    assert_eq!(key("Færre borgere"), "faerre borgere", "æ is spelt alike");
    assert_eq!(key("SSP"), "ssp");
}

#[test]
fn a_key_equal_to_an_earlier_one_is_stored_once() {
    let texts: Vec<String> = [
        "Forsinket på grund af lokaler",
        "Pitstop",
        "forsinket PÅ grund af lokaler",
    ]
    .map(str::to_owned)
    .to_vec();
    let index = index_of(&texts);
    assert_eq!(index.ends.len(), 2, "two keys");
    assert_eq!(index.len(), 3, "three entries");
    assert_eq!(index.find("paa grund"), [0, 2]);
    assert_eq!(index.find("pit"), [1]);
    assert_eq!(index.found(2), Some(Found::Goal(2)));
}

proptest! {
    /// A word (no space) is in an entry's key exactly when it is in the whole folded text with
    /// the whole Danish spelling: the reference.
    #[test]
    fn keys_hold_the_words_the_whole_folding_holds(
        s in "[a-zæøåÆØÅ\u{212B}\u{A0}\u{2003} é-]{0,24}",
        word in "[a-e o\u{F8}]{1,4}",
    ) {
        let mut key = String::new();
        build::key_into(&s, &mut key, &mut String::new(), &mut String::new());
        let reference = fold_reference(&s);
        for w in query_words(&word) {
            prop_assert_eq!(key.contains(&w), reference.contains(&w), "word {:?} key {:?}", w, key);
        }
    }
}

#[test]
fn hits_are_kept_in_8_bytes_or_aside() {
    let mut aside = Vec::new();
    let goal = IndicatorRef::Goal {
        goal: 999_999,
        index: 3,
    };
    let far = IndicatorRef::Measure {
        initiative: 2,
        index: 1 << 20,
    };
    for found in [
        Found::PointNote {
            indicator: goal,
            point: (1 << 20) - 1,
        },
        Found::PointNote {
            indicator: far,
            point: 7,
        },
        Found::Description(Described::Initiative(49_998)),
        Found::Update {
            initiative: 1 << 31,
            update: 0,
        },
    ] {
        let packed = Packed::of(found).expect("fits in u32");
        let slim = slim::Slim::of(packed, &mut aside).expect("kept");
        assert_eq!(slim.packed(&aside).map(Packed::found), Some(found));
    }
    assert_eq!(aside.len(), 2, "the two past 2^20");
    assert_eq!(size_of::<slim::Slim>(), 8);
}
