//! Property tests of the whole chain (load with check → figures → every report → every view at
//! several sizes, see `tests/hostile_support/chain.rs`) on generated datasets: valid per the
//! spec (format v1.1 too: every kind, range, bound, frequency, and breakdowns), with extreme
//! numbers (±1e308, the smallest subnormal), holes, all-equal series, empty and hostile strings;
//! and a few huge ones (10,000-point series, 10,000-character titles).
//! Every generated dataset must load without an error and go through the chain without a panic,
//! and no number shown to people may read `NaN` or `inf`. The extremes reach the screen too:
//! the indicator chart once looped practically forever on values spanning close to `f64::MAX`
//! (`tests/fuzz_regressions/hang-…`); it now plots them scaled.

mod hostile_support;

use goalboard::figures::Figures;
use goalboard::format::Locale;
use goalboard::load::load_bytes;
use goalboard::model::{Dataset, Lang};
use goalboard::report::{Kind, Report, TextOptions};
use hostile_support::chain;
use proptest::prelude::*;
use serde_json::{Value, json};

/// The largest round magnitude generated for the whole chain.
const BIG: f64 = 1e308;
const MAX: f64 = f64::MAX;

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => (-1000.0..1000.0f64).prop_map(|v| json!(v)),
        2 => (-5i64..200).prop_map(|v| json!(v)),
        1 => Just(json!(BIG)),
        1 => Just(json!(-BIG)),
        1 => Just(json!(MAX)),
        1 => Just(json!(-MAX)),
        1 => Just(json!(5e-324)),
        1 => Just(json!(0.0)),
        1 => Just(json!(-0.0)),
        1 => Just(json!(1e-300)),
        1 => Just(Value::Null),
    ]
}

/// Data text; never the words the broken-number check looks for.
fn text() -> impl Strategy<Value = String> {
    let text = prop_oneof![
        3 => "[A-Za-zæøåÆØÅ0-9 .,%-]{0,30}",
        1 => Just(String::new()),
        1 => any::<String>(),
        1 => Just("\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}[2J\u{9b}6n\u{202e}日本語👩‍👩‍👧e\u{301}".to_owned()),
        1 => "\\PC{0,12}",
    ];
    text.prop_filter("no NaN or inf in data", |t| {
        let lower = t.to_lowercase();
        !lower.contains("nan") && !lower.contains("inf") && !t.contains('∞')
    })
}

/// A date in one of the five forms, years 1 to 9999.
fn date() -> impl Strategy<Value = String> {
    let year = prop_oneof![1900u32..2100, Just(1), Just(9999)];
    (year, 0u8..5, 1u32..13, 1u32..29, 1u32..5).prop_map(|(y, form, m, d, q)| match form {
        0 => format!("{y:04}"),
        1 => format!("{y:04}-H{}", q.min(2)),
        2 => format!("{y:04}-Q{q}"),
        3 => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}-{m:02}-{d:02}"),
    })
}

/// v1.1's kind of a point: mostly none (measured).
fn kind() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some("measured")),
        1 => Just(Some("planned")),
        1 => Just(Some("estimated")),
    ]
}

/// A point, now and then with v1.1's kind, and a range around its value or a bound (never
/// both, never on a missing value: the spec's errors).
fn point() -> impl Strategy<Value = Value> {
    (
        (date(), value(), proptest::option::of(text()), any::<bool>()),
        (kind(), 0u8..6, 0.0..50.0f64, 0.0..50.0f64),
    )
        .prop_map(|((date, value, note, from), (kind, extra, below, above))| {
            let mut p = json!({ "date": date, "value": value });
            if let Some(note) = note {
                p["note"] = json!(note);
            }
            if from {
                p["from"] = json!("1900");
            }
            if let Some(kind) = kind {
                p["kind"] = json!(kind);
            }
            if let Some(v) = p["value"].as_f64() {
                match extra {
                    1 => p["range"] = json!([v - below, v + above]),
                    2 => p["bound"] = json!("at_least"),
                    3 => p["bound"] = json!("at_most"),
                    _ => {}
                }
            }
            p
        })
}

/// v1.1's frequency of an indicator: often none (inferred).
fn frequency() -> impl Strategy<Value = Option<&'static str>> {
    proptest::option::of(proptest::sample::select(vec![
        "yearly",
        "half-yearly",
        "quarterly",
        "monthly",
        "weekly",
        "irregular",
    ]))
}

/// v1.1's breakdowns: each with one or two dimensions (its place in the list keeps their
/// pairs apart, as the spec requires), a series and now and then a target.
fn breakdowns() -> impl Strategy<Value = Vec<Value>> {
    let target = proptest::option::of((
        value().prop_filter("a number", |v| !v.is_null()),
        proptest::option::of(date()),
    ));
    proptest::collection::vec((text(), any::<bool>(), series(4), target), 0..4).prop_map(|all| {
        all.into_iter()
            .enumerate()
            .map(|(k, (value, two, series, target))| {
                let mut dimensions = json!({ "Køn": format!("{value}{k}") });
                if two {
                    dimensions["Alder"] = json!(format!("{k}"));
                }
                let mut b = json!({ "dimensions": dimensions, "series": series });
                if let Some((value, deadline)) = target {
                    b["target"] = json!({ "value": value });
                    if let Some(deadline) = deadline {
                        b["target"]["date"] = json!(deadline);
                    }
                }
                b
            })
            .collect()
    })
}

fn series(max: usize) -> impl Strategy<Value = Vec<Value>> {
    prop_oneof![
        4 => proptest::collection::vec(point(), 0..max),
        1 => (date(), value(), 1usize..max.max(2)).prop_map(|(d, v, n)| {
            // All at one value (and often one date): a zero slope, or none.
            (0..n).map(|i| json!({ "date": if i % 2 == 0 { d.clone() } else { format!("{}", 1950 + i) }, "value": v })).collect()
        }),
    ]
}

/// An indicator; `id` makes it unique. A target comes with an explicit direction (an inferred
/// one may legitimately fail).
fn indicator(id: String) -> impl Strategy<Value = Value> {
    (
        text(),
        proptest::option::of(prop_oneof![Just("%".to_owned()), text()]),
        series(8),
        proptest::option::of((
            value().prop_filter("a number", |v| !v.is_null()),
            proptest::option::of(date()),
            any::<bool>(),
        )),
        prop_oneof![Just("increase"), Just("decrease"), Just("none")],
        proptest::option::of((date(), value().prop_filter("a number", |v| !v.is_null()))),
        proptest::collection::vec((text(), series(4)), 0..3),
        proptest::option::of(0u8..6),
        (frequency(), breakdowns()),
    )
        .prop_map(
            move |(
                title,
                unit,
                series,
                target,
                direction,
                baseline,
                comparisons,
                decimals,
                (frequency, breakdowns),
            )| {
                let mut i = json!({ "id": id, "title": title, "series": series });
                if let Some(frequency) = frequency {
                    i["frequency"] = json!(frequency);
                }
                let mut breakdowns = breakdowns;
                if target.is_none() && direction == "none" {
                    // A breakdown's target needs the indicator's direction.
                    for b in &mut breakdowns {
                        if let Some(b) = b.as_object_mut() {
                            b.remove("target");
                        }
                    }
                }
                i["breakdowns"] = json!(breakdowns);
                if let Some(unit) = unit {
                    i["unit"] = json!(unit);
                }
                if let Some(decimals) = decimals {
                    i["decimals"] = json!(decimals);
                }
                if let Some((value, deadline, increase)) = target {
                    i["target"] = json!({ "value": value });
                    if let Some(deadline) = deadline {
                        i["target"]["date"] = json!(deadline);
                    }
                    i["direction"] = json!(if increase { "increase" } else { "decrease" });
                } else {
                    i["direction"] = json!(direction);
                }
                if let Some((date, value)) = baseline {
                    i["baseline"] = json!({ "date": date, "value": value });
                }
                i["comparisons"] = comparisons
                    .into_iter()
                    .map(|(label, series)| json!({ "label": label, "series": series }))
                    .collect();
                i
            },
        )
}

prop_compose! {
    fn goal(g: usize)(
        title in text(),
        code in proptest::option::of(text()),
        indicators in (0usize..3).prop_flat_map(move |n| {
            (0..n).map(|i| indicator(format!("g{g}i{i}"))).collect::<Vec<_>>()
        }),
        notes in proptest::collection::vec((date(), text()), 0..2),
    ) -> Value {
        let mut goal = json!({ "id": format!("g{g}"), "title": title, "indicators": indicators, "owners": ["o0"] });
        if let Some(code) = code {
            goal["code"] = json!(code);
        }
        goal["notes"] = notes.into_iter().map(|(date, text)| json!({ "date": date, "text": text })).collect();
        goal
    }
}

prop_compose! {
    fn initiative(n: usize, goals: usize)(
        title in text(),
        serves in proptest::collection::vec(0..goals.max(1), 0..3),
        status in prop_oneof![Just("planned"), Just("active"), Just("paused"), Just("completed"), Just("cancelled")],
        period in proptest::option::of((date(), date())),
        milestones in proptest::collection::vec((date(), text(), any::<bool>()), 0..3),
        updates in proptest::collection::vec((date(), text()), 0..3),
        measures in (0usize..2).prop_flat_map(move |k| {
            (0..k).map(|m| indicator(format!("n{n}m{m}"))).collect::<Vec<_>>()
        }),
    ) -> Value {
        let mut goals_served: Vec<String> = serves.into_iter().filter(|&g| g < goals).map(|g| format!("g{g}")).collect();
        goals_served.dedup();
        let mut i = json!({
            "id": format!("n{n}"), "title": title, "goals": goals_served, "owners": ["o0"],
            "status": status, "measures": measures,
            "milestones": milestones.into_iter().map(|(date, title, done)| json!({ "date": date, "title": title, "done": done })).collect::<Vec<_>>(),
            "updates": updates.into_iter().map(|(date, text)| json!({ "date": date, "text": text })).collect::<Vec<_>>(),
        });
        if let Some((start, end)) = period {
            i["start"] = json!(start);
            i["end"] = json!(end);
        }
        i
    }
}

fn dataset() -> impl Strategy<Value = Value> {
    (0usize..4, 0usize..3)
        .prop_flat_map(|(goals, initiatives)| {
            (
                (0..goals).map(goal).collect::<Vec<_>>(),
                (0..initiatives)
                    .map(move |n| initiative(n, goals))
                    .collect::<Vec<_>>(),
                text(),
                proptest::option::of(date()),
                prop_oneof![Just("da"), Just("en")],
                text(),
            )
        })
        .prop_map(|(goals, initiatives, title, as_of, language, owner)| {
            let mut d = json!({
                "format": "goalboard/1", "title": title, "language": language,
                "owners": [ { "id": "o0", "name": owner, "short": owner } ],
                "goals": goals, "initiatives": initiatives,
            });
            if let Some(as_of) = as_of {
                d["as_of"] = json!(as_of);
            }
            d
        })
}

/// Loads a generated dataset, which must have no error.
fn load(json: &Value) -> Dataset {
    let bytes = serde_json::to_vec(json).expect("json");
    let loaded = load_bytes(&bytes, "generated.json");
    let errors: Vec<String> = loaded.errors().map(ToString::to_string).collect();
    match loaded.dataset {
        Some(dataset) if errors.is_empty() => dataset,
        _ => panic!("a valid generated dataset fails to load: {errors:#?}\n{json:#}"),
    }
}

/// No number shown to people reads NaN or infinity, in any language, in the text and markdown
/// reports.
fn assert_no_broken_numbers(dataset: &Dataset) {
    let figures = Figures::compute(dataset);
    let report = Report::all(dataset, &figures);
    for lang in [Lang::En, Lang::Da] {
        let locale = Locale { lang, ascii: false };
        for text in [
            report.render(Kind::Text(TextOptions {
                locale,
                color: false,
            })),
            report.render(Kind::Markdown(locale)),
        ] {
            for broken in ["NaN", "inf", "∞"] {
                assert!(
                    !text.contains(broken),
                    "{broken:?} shown in a report:\n{text}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_datasets_go_through_the_whole_chain(json in dataset()) {
        let dataset = load(&json);
        chain::run_dataset(&dataset);
    }

    #[test]
    fn reports_never_show_broken_numbers(json in dataset()) {
        assert_no_broken_numbers(&load(&json));
    }
}

proptest! {
    // Each case draws every view at three sizes over thousands of points: few cases.
    #![proptest_config(ProptestConfig { cases: 2, ..ProptestConfig::default() })]

    #[test]
    fn huge_series_and_titles_go_through_the_whole_chain(
        value in value(),
        equal in any::<bool>(),
        title_char in prop_oneof![Just('x'), Just('日'), Just('\u{301}'), Just('👍'), Just('\u{1b}')],
    ) {
        let long: String = std::iter::repeat_n(title_char, 10_000).collect();
        let points: Vec<Value> = (0..10_000)
            .map(|i| {
                let v = if equal { value.clone() } else { json!((f64::from(i) * 0.37).sin() * 1e6) };
                json!({ "date": format!("{:04}-{:02}-{:02}", 1000 + i / 365, i % 12 + 1, i % 28 + 1), "value": v })
            })
            .collect();
        let json = json!({
            "format": "goalboard/1", "title": long, "organization": long, "owners": [ { "id": "o", "name": long } ],
            "goals": [ { "id": "g", "code": long, "title": long, "owners": ["o"], "notes": [ { "date": "2000", "text": long } ],
                "indicators": [
                    { "id": "big", "title": long, "unit": long, "direction": "increase",
                      "target": { "value": BIG, "date": "9999" }, "series": points,
                      "comparisons": [ { "label": long, "series": points } ] },
                    { "id": "empty", "title": "", "unit": "", "series": [] } ] } ],
            "initiatives": [ { "id": "n", "title": long, "goals": ["g"], "description": long,
                "milestones": [ { "date": "2000", "title": long, "done": false } ],
                "updates": [ { "date": "2000", "text": long } ],
                "measures": [ { "id": "m", "title": long, "series": points } ] } ]
        });
        let dataset = load(&json);
        chain::run_dataset(&dataset);
    }
}

/// The extremes of the issue, each once, exactly: ±1e308 (and ±1e300, just inside what the
/// chart could draw unscaled), all-equal series, subnormals, holes, no points.
#[test]
fn named_extremes_go_through_the_whole_chain() {
    for big in [1e308, 1e300] {
        let cases = [
            json!([ { "date": "2015", "value": big }, { "date": "2016", "value": -big } ]),
            json!([ { "date": "2015", "value": -big }, { "date": "2016", "value": big } ]),
            json!([ { "date": "2015", "value": big }, { "date": "2016", "value": 0 } ]),
            json!([ { "date": "2015", "value": 7 }, { "date": "2016", "value": 7 }, { "date": "2017", "value": 7 } ]),
            json!([ { "date": "2015", "value": 0 }, { "date": "2015", "value": 0 } ]),
            json!([ { "date": "2015", "value": 5e-324 }, { "date": "2016", "value": -5e-324 } ]),
            json!([ { "date": "2015", "value": null } ]),
            json!([]),
        ];
        for series in cases {
            for target in [json!(big), json!(-big), json!(0), json!(7)] {
                let json = json!({
                    "format": "goalboard/1", "title": "", "as_of": "2016",
                    "goals": [ { "id": "g", "title": "", "indicators": [
                        { "id": "i", "title": "", "unit": "%", "direction": "increase",
                          "target": { "value": target, "date": "2020" }, "series": series },
                        { "id": "j", "title": "", "direction": "decrease",
                          "target": { "value": target }, "series": series } ] } ]
                });
                let dataset = load(&json);
                assert_no_broken_numbers(&dataset);
                chain::run_dataset(&dataset);
            }
        }
    }
}
