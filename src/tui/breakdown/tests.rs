use super::*;
use crate::model::Breakdown;
use crate::model::{Period, Point};

fn breakdown(pairs: &[(&str, &str)]) -> Breakdown {
    Breakdown {
        dimensions: pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        series: vec![Point::new(Period::year(2020).expect("a year"), Some(1.0))],
        target: None,
    }
}

fn prepared() -> PreparedBreakdowns {
    PreparedBreakdowns::new(
        &[
            breakdown(&[("Køn", "Kvinder")]),
            breakdown(&[("Køn", "Mænd")]),
            breakdown(&[("Alder", "18-29"), ("Køn", "Mænd")]),
            breakdown(&[("Alder", "30-49")]),
        ],
        false,
    )
}

#[test]
fn dimensions_in_the_order_they_first_appear_with_their_breakdowns() {
    let p = prepared();
    assert_eq!(p.dimensions, ["Køn", "Alder"]);
    assert_eq!(p.members, [vec![0, 1, 2], vec![2, 3]]);
    assert_eq!(p.sparks.len(), 4);
    assert!(PreparedBreakdowns::new(&[], false).is_empty());
}

#[test]
fn the_filter_matches_every_word_in_the_values_case_ignored() {
    let p = prepared();
    assert_eq!(p.matching(0, ""), [0, 1, 2]);
    assert_eq!(p.matching(0, "mÆnd"), [1, 2]);
    assert_eq!(p.matching(0, "mænd 18"), [2]);
    assert_eq!(p.matching(1, "mænd"), [2]);
    // The dimension's name is not a value.
    assert!(p.matching(0, "køn").is_empty());
    assert!(p.matching(9, "").is_empty());
}

fn screen() -> (BreakdownScreen, PreparedBreakdowns) {
    let p = prepared();
    let r = IndicatorRef::Goal { goal: 0, index: 0 };
    (BreakdownScreen::new(r, &p), p)
}

#[test]
fn a_longer_query_narrows_the_rows_a_shorter_one_starts_again() {
    let (mut s, p) = screen();
    s.cursor.selected = 2;
    s.set_query("m".into(), &p);
    assert_eq!(s.rows, [1, 2]);
    assert_eq!(s.cursor, Cursor::default());
    s.set_query("mæ 18".into(), &p);
    assert_eq!(s.rows, [2]);
    s.set_query("k".into(), &p);
    assert_eq!(s.rows, [0]);
    s.set_query(String::new(), &p);
    assert_eq!(s.rows, [0, 1, 2]);
}

#[test]
fn narrowing_gives_what_a_fresh_match_gives() {
    let (mut s, p) = screen();
    let mut typed = String::new();
    for c in "mænd 1".chars() {
        typed.push(c);
        s.set_query(typed.clone(), &p);
        assert_eq!(s.rows, p.matching(0, &typed), "{typed:?}");
    }
}

#[test]
fn another_dimension_keeps_the_filter() {
    let (mut s, p) = screen();
    s.set_query("mænd".into(), &p);
    s.set_dimension(1, &p);
    assert_eq!(s.rows, [2]);
    assert_eq!(s.query, "mænd");
}
