use super::*;

const EN: Locale = Locale::new(Lang::En);
const DA: Locale = Locale::new(Lang::Da);
const EN_ASCII: Locale = Locale::ascii(Lang::En);

#[test]
fn rounds_halves_away_from_zero_and_never_shows_minus_zero() {
    assert_eq!(plain(0.125, 2).unwrap(), "0.13");
    assert_eq!(plain(2.5, 0).unwrap(), "3");
    assert_eq!(plain(-2.5, 0).unwrap(), "-3");
    assert_eq!(plain(-0.004, 2).unwrap(), "0.00");
    assert_eq!(plain(-0.0, 0).unwrap(), "0");
    assert_eq!(plain(1e20, 0).unwrap(), "100000000000000000000");
    assert_eq!(plain(f64::NAN, 1), None);
}

#[test]
fn shows_exactly_at_the_edges() {
    let edges = [
        0.0,
        -0.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        5e-324,
        0.1 + 0.2,
        0.3,
        0.5,
        -0.5,
        0.004,
        -0.004,
        0.005,
        999_999_999_999.5,
        1e12,
        99_999_999_999.99,
        9_999_999_999.999,
        4_503_599_627_370_496.5,
        9_007_199_254_740_993.0,
        1e20,
        1e300,
    ];
    for v in edges {
        for d in 0..=20 {
            assert_eq!(
                shows_exactly(v, d),
                shows_exactly_by_formatting(v, d),
                "{v:e} at {d}"
            );
        }
    }
    // Every value of up to three decimals from −20 to 20 (k / 10^s), at 0 to 3 decimals:
    // many of them scale to just under or over a whole number (0.29 × 100 is 28.999…).
    for k in -20_000..=20_000 {
        for s in 1..=3 {
            let v = f64::from(k) / 10f64.powi(s);
            for d in 0..=3 {
                assert_eq!(
                    shows_exactly(v, d),
                    shows_exactly_by_formatting(v, d),
                    "{v} at {d}"
                );
            }
        }
    }
    assert!(shows_exactly(0.29, 2) && shows_exactly(-0.29, 2) && !shows_exactly(0.29, 1));
    assert!(shows_exactly(16.9, 1) && !shows_exactly(16.9, 0));
    assert!(!shows_exactly(0.1 + 0.2, 2) && shows_exactly(0.3, 1));
    assert!(shows_exactly(-0.0, 0), "-0 is shown as 0, which equals -0");
    assert!(!shows_exactly(f64::NAN, 2));
}

#[test]
fn default_decimals_are_the_fewest_that_show_every_value() {
    assert_eq!(default_decimals([61.0, 50.0, 38.0]), 0);
    assert_eq!(default_decimals([16.9, 20.0]), 1);
    assert_eq!(
        default_decimals([0.1 + 0.2]),
        2,
        "0.30000000000000004 is not 0.3"
    );
    assert_eq!(default_decimals([1.25, 3.0]), 2);
    assert_eq!(default_decimals([1.234]), 2, "capped at 2");
    assert_eq!(default_decimals([]), 0);
}

#[test]
fn huge_numbers_in_powers_of_ten() {
    let en = Locale {
        lang: Lang::En,
        ascii: false,
    };
    let da = Locale {
        lang: Lang::Da,
        ascii: true,
    };
    assert_eq!(en.number(1e308, 0), "1e308");
    assert_eq!(en.number(-f64::MAX, 2), "\u{2212}1.8e308");
    assert_eq!(da.number(-2.5e15, 1), "-2,5e15");
    assert_eq!(en.signed(1.234e20, 0), "+1.23e20");
    assert_eq!(en.number(999_999_999_999_999.0, 0), "999,999,999,999,999");
    assert!(en.number(f64::MAX, 2).len() < 12);
}

#[test]
fn thousands_and_decimal_separators_by_language() {
    assert_eq!(EN.number(5024.0, 0), "5,024");
    assert_eq!(DA.number(5024.0, 0), "5.024");
    assert_eq!(EN.number(1_234_567.891, 2), "1,234,567.89");
    assert_eq!(DA.number(1_234_567.891, 2), "1.234.567,89");
    assert_eq!(DA.number(16.9, 1), "16,9");
    assert_eq!(EN.number(999.0, 0), "999");
    assert_eq!(EN.number(100_000.0, 0), "100,000");
}

#[test]
fn a_real_minus_sign_and_ascii_minus() {
    assert_eq!(EN.number(-23.0, 0), "\u{2212}23");
    assert_eq!(DA.number(-5024.5, 1), "\u{2212}5.024,5");
    assert_eq!(EN_ASCII.number(-23.0, 0), "-23");
    assert_eq!(EN.number(f64::INFINITY, 0), "?");
}

#[test]
fn signed_numbers_have_an_explicit_plus() {
    assert_eq!(EN.signed(5.0, 0), "+5");
    assert_eq!(EN.signed(-23.0, 0), "\u{2212}23");
    assert_eq!(EN.signed(0.0, 0), "0");
    assert_eq!(EN.signed(-0.001, 1), "0.0");
    assert_eq!(EN_ASCII.signed(-6.94, 1), "-6.9");
}

#[test]
fn relative_percentages() {
    assert_eq!(EN.signed_percent(-37.704_918, 1), "\u{2212}37.7 %");
    assert_eq!(DA.signed_percent(12.5, 1), "+12,5 %");
    assert_eq!(DA.percent(52.4, 0), "52 %");
}

#[test]
fn percent_indicators_change_in_percentage_points() {
    let pct = IndicatorFormat::new(1, Some("%".into()));
    assert_eq!(pct.value(EN, 16.9), "16.9 %");
    assert_eq!(pct.value(DA, 16.9), "16,9 %");
    assert_eq!(pct.change(EN, -6.9), "\u{2212}6.9 pp");
    assert_eq!(pct.change(DA, -6.9), "\u{2212}6,9 pct.-point");
    assert_eq!(pct.gap(DA, -6.9), "6,9 pct.-point");
    assert_eq!(pct.change(EN_ASCII, 5.0), "+5.0 pp");
}

#[test]
fn other_units_follow_the_number() {
    let people = IndicatorFormat::new(0, Some("personer".into()));
    assert_eq!(people.value(DA, 38.0), "38 personer");
    assert_eq!(people.change(DA, -23.0), "\u{2212}23 personer");
    assert_eq!(people.gap(EN, 8.0), "8 personer");
    assert_eq!(people.bare(EN, 5024.0), "5,024");
    let none = IndicatorFormat::new(0, None);
    assert_eq!(none.value(EN, 5024.0), "5,024");
    let blank = IndicatorFormat::new(0, Some("  ".into()));
    assert_eq!(blank.value(EN, 1.0), "1");
}

#[test]
fn units_are_sanitised() {
    let hostile = IndicatorFormat::new(0, Some("kr\u{1b}[2J".into()));
    assert_eq!(hostile.value(EN, 1.0), "1 kr\u{FFFD}[2J");
    let danish = IndicatorFormat::new(0, Some("børn".into()));
    assert_eq!(danish.value(EN_ASCII, 1.0), "1 boern");
}

#[test]
fn slopes_are_one_decimal_finer_per_year() {
    let people = IndicatorFormat::new(0, Some("personer".into()));
    assert_eq!(people.slope(EN, -12.94), "\u{2212}12.9 personer per year");
    assert_eq!(people.slope(DA, -12.94), "\u{2212}12,9 personer om året");
    let pct = IndicatorFormat::new(1, Some("%".into()));
    assert_eq!(pct.slope(EN_ASCII, 2.346), "+2.35 pp per year");
    let fine = IndicatorFormat::new(3, None);
    assert_eq!(fine.slope(EN, 0.1234), "+0.123 per year");
}

#[test]
fn indicator_format_applies_the_decimals_rule_once() {
    use crate::model::{Comparison, IndicatorId, Target};
    let point = |date: &str, value: Option<f64>| Point::new(date.parse().unwrap(), value);
    let mut ind = Indicator {
        id: IndicatorId::from("x"),
        title: "x".into(),
        unit: Some("%".into()),
        decimals: None,
        direction: crate::model::Direction::Decrease,
        baseline: None,
        target: Some(Target {
            value: 15.0,
            date: None,
            label: None,
        }),
        series: vec![
            point("2015", Some(20.0)),
            point("2016", None),
            point("2017", Some(18.0)),
        ],
        comparisons: vec![],
        source: None,
        description: None,
        frequency: None,
        breakdowns: vec![],
        open_sdg: None,
    };
    assert_eq!(IndicatorFormat::of(&ind).decimals(), 0);
    ind.comparisons.push(Comparison {
        label: "DK".into(),
        series: vec![point("2017", Some(16.9))],
    });
    assert_eq!(
        IndicatorFormat::of(&ind).decimals(),
        1,
        "comparison values count"
    );
    ind.target = Some(Target {
        value: 12.25,
        date: None,
        label: None,
    });
    assert_eq!(IndicatorFormat::of(&ind).decimals(), 2, "the target counts");
    ind.decimals = Some(0);
    assert_eq!(
        IndicatorFormat::of(&ind).decimals(),
        0,
        "explicit decimals win"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The English form read back as a number: separators out, the real minus back to `-`.
    fn read_back(s: &str) -> f64 {
        s.replace(',', "").replace('\u{2212}', "-").parse().unwrap()
    }

    proptest! {
        #[test]
        fn a_number_reads_back_within_half_its_last_decimal(v in -1e12f64..1e12, d in 0u8..=2) {
            let shown = EN.number(v, d);
            let step = 10f64.powi(-i32::from(d));
            prop_assert!((read_back(&shown) - v).abs() <= step / 2.0 + v.abs() * 1e-15, "{v} -> {shown}");
        }

        #[test]
        fn danish_is_english_with_the_separators_swapped(v in -1e9f64..1e9, d in 0u8..=2) {
            let swapped: String = EN.number(v, d).chars().map(|c| match c {
                ',' => '.',
                '.' => ',',
                c => c,
            }).collect();
            prop_assert_eq!(DA.number(v, d), swapped);
        }

        #[test]
        fn the_default_decimals_show_every_value_exactly(
            values in proptest::collection::vec(-1e6f64..1e6, 0..8),
            cents in proptest::collection::vec(-100_000i64..100_000, 0..8),
        ) {
            // Values with at most two decimals must be shown exactly by the rule.
            let exact: Vec<f64> = cents.iter().map(|&c| c as f64 / 100.0).collect();
            let d = default_decimals(exact.iter().copied());
            for &v in &exact {
                prop_assert_eq!(read_back(&EN.number(v, d)), v);
            }
            prop_assert!(default_decimals(values) <= MAX_DEFAULT_DECIMALS);
        }

        #[test]
        fn shows_exactly_equals_formatting_for_any_double(v in proptest::num::f64::ANY, d in 0u8..=17) {
            prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
        }

        #[test]
        fn shows_exactly_equals_formatting_for_round_values(
            k in prop_oneof![
                -1_000i64..1_000,
                -10_000_000i64..10_000_000,
                -10_000_000_000_000_000i64..10_000_000_000_000_000,
            ],
            shift in 0i32..=6,
            d in 0u8..=4,
            nudge in prop_oneof![3 => Just(0i64), 1 => -2i64..=2],
        ) {
            // k / 10^shift: exact decimals at, above and below the decimals asked for, up to
            // and past the 10^12 edge of the fast path, and a few doubles either side of each.
            let v = k as f64 / 10f64.powi(shift);
            let v = f64::from_bits(v.to_bits().wrapping_add_signed(nudge));
            prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
            prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
        }

        #[test]
        fn shows_exactly_equals_formatting_near_the_edge(
            v in prop_oneof![1e9f64..1e13, 1e13f64..1e17],
            d in 0u8..=4,
        ) {
            // Where the doubles' spacing nears a unit of the last decimal.
            prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
            prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
        }

        #[test]
        fn shows_exactly_equals_formatting_for_huge_and_tiny(
            mantissa in 1u64..1_000_000,
            exp in -330i32..=310,
            d in 0u8..=3,
        ) {
            let v = mantissa as f64 * 10f64.powi(exp);
            prop_assert_eq!(shows_exactly(v, d), shows_exactly_by_formatting(v, d), "{:e} at {}", v, d);
            prop_assert_eq!(shows_exactly(-v, d), shows_exactly_by_formatting(-v, d), "{:e} at {}", -v, d);
        }

        #[test]
        fn ascii_numbers_are_ascii(v in proptest::num::f64::ANY, d in 0u8..=3) {
            prop_assert!(Locale::ascii(Lang::Da).signed(v, d).is_ascii());
        }
    }
}
