//! The bundled Ishøj dataset: it loads without a warning, holds what the reports hold, and gives
//! the spec's worked example for the homelessness tallies.

use goalboard::figures::{Figures, Status, Trend};
use goalboard::load::load_bytes;
use goalboard::model::{Dataset, Direction, Indicator, Lang, Period, Point};

fn bundled() -> Dataset {
    let loaded = load_bytes(goalboard::bundled::BYTES, goalboard::bundled::NAME);
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the bundled dataset must load cleanly:\n{}",
        problems.join("\n")
    );
    loaded.dataset.expect("a dataset without errors")
}

fn p(s: &str) -> Period {
    s.parse().expect("test period")
}

fn find<'a>(d: &'a Dataset, id: &str) -> &'a Indicator {
    d.goals
        .iter()
        .flat_map(|g| &g.indicators)
        .chain(d.initiatives.iter().flat_map(|i| &i.measures))
        .find(|i| i.id.as_str() == id)
        .unwrap_or_else(|| panic!("no indicator or measure {id}"))
}

fn points(ind: &Indicator) -> Vec<(String, Option<f64>)> {
    ind.series
        .iter()
        .map(|p| (p.date.to_string(), p.value()))
        .collect()
}

#[test]
fn counts() {
    let d = bundled();
    assert_eq!(d.title, "10 mål for social mobilitet");
    assert_eq!(d.organization.as_deref(), Some("Ishøj Kommune"));
    assert_eq!(d.as_of, Some(p("2017-03")));
    assert_eq!(d.language, Some(Lang::Da));
    assert_eq!(d.goals.len(), 10);
    let codes: Vec<_> = d.goals.iter().filter_map(|g| g.code.as_deref()).collect();
    assert_eq!(codes, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    assert_eq!(d.owners.len(), 16);
    assert_eq!(d.initiatives.len(), 115);
    let indicators: usize = d.goals.iter().map(|g| g.indicators.len()).sum();
    let measures: usize = d.initiatives.iter().map(|i| i.measures.len()).sum();
    assert_eq!((indicators, measures), (3, 60));
    let points: usize = d
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .chain(d.initiatives.iter().flat_map(|i| &i.measures))
        .map(|i| i.series.len())
        .sum();
    assert_eq!(points, 67);
    assert!(
        d.goals
            .iter()
            .all(|g| !g.indicators.is_empty() || d.initiatives_for(&g.id).next().is_some())
    );
}

#[test]
fn homelessness_tallies_and_the_worked_example() {
    let d = bundled();
    let goal = d
        .goals
        .iter()
        .find(|g| g.code.as_deref() == Some("7"))
        .expect("goal 7");
    assert_eq!(goal.title, "Færre skal være hjemløse");
    let homeless = find(&d, "homeless-count");
    assert!(
        goal.indicators.iter().any(|i| i.id == homeless.id),
        "the tallies sit on goal 7"
    );
    assert_eq!(
        points(homeless),
        [
            ("2015-05".to_owned(), Some(61.0)),
            ("2015-12".to_owned(), Some(50.0)),
            ("2016-05".to_owned(), Some(54.0)),
            ("2016-12".to_owned(), Some(38.0)),
        ]
    );
    assert_eq!(homeless.direction, Direction::Decrease);
    assert!(homeless.target.is_none());

    let figures = Figures::compute(&d);
    let g = d
        .goals
        .iter()
        .position(|g| g.id == goal.id)
        .expect("goal index");
    let i = goal
        .indicators
        .iter()
        .position(|i| i.id == homeless.id)
        .expect("indicator index");
    let f = &figures.goals[g].indicators[i];
    assert_eq!(f.latest.map(|l| l.value), Some(38.0));
    assert_eq!(f.change, Some(-23.0));
    assert!((f.change_pct.expect("change_pct") - -37.70).abs() < 0.005);
    assert!((f.slope_per_year.expect("slope") - -12.94).abs() < 0.005);
    assert_eq!(
        (f.trend, f.status),
        (Some(Trend::Improving), Status::NoTarget)
    );
    assert_eq!(figures.reference_date, Some(p("2017-03").first_day()));
}

#[test]
fn flex_job_targets() {
    let d = bundled();
    let benefit = find(&d, "fleksjob-ledighedsydelse");
    assert_eq!(benefit.unit.as_deref(), Some("%"));
    assert_eq!(benefit.direction, Direction::Decrease);
    let target = benefit.target.as_ref().expect("target");
    assert_eq!((target.value, target.date), (10.0, Some(p("2018-03"))));
    assert_eq!(benefit.series.first().and_then(Point::value), Some(16.9));

    let progression = find(&d, "minifleksjob-progression");
    assert_eq!(progression.direction, Direction::Increase);
    let target = progression.target.as_ref().expect("target");
    assert_eq!((target.value, target.date), (22.0, Some(p("2018-03"))));
    assert_eq!(
        progression.series.first().and_then(Point::value),
        Some(17.4)
    );
}

#[test]
fn pitstop_drug_free_shares_and_comparisons() {
    let d = bundled();
    let share = find(&d, "pitstop-stoffri");
    assert_eq!(share.unit.as_deref(), Some("%"));
    let latest = share
        .series
        .iter()
        .rev()
        .find(|p| p.value().is_some())
        .expect("a point");
    assert_eq!(
        (latest.value(), latest.from(), latest.date),
        (Some(33.0), Some(p("2015-02")), p("2016-11"))
    );
    let comparisons: Vec<(&str, Option<f64>)> = share
        .comparisons
        .iter()
        .map(|c| (c.label.as_str(), c.series.last().and_then(Point::value)))
        .collect();
    assert_eq!(
        comparisons,
        [
            ("Hele landet", Some(28.0)),
            ("Gladsaxe", Some(35.0)),
            ("Helsingør", Some(38.0))
        ]
    );

    // The action plan's 50 % target for "drug-free or reduced", met with 54 % of 67 discharged.
    let reduced = find(&d, "pitstop-stoffri-eller-reduceret");
    assert_eq!(reduced.target.as_ref().map(|t| t.value), Some(50.0));
    assert_eq!(reduced.series.last().and_then(Point::value), Some(54.0));
    assert_eq!(
        find(&d, "pitstop-udskrevne")
            .series
            .last()
            .and_then(Point::value),
        Some(67.0)
    );

    let figures = Figures::compute(&d);
    let (ii, ini) = d
        .initiatives
        .iter()
        .enumerate()
        .find(|(_, i)| i.measures.iter().any(|m| m.id == reduced.id))
        .expect("pitstop");
    let mi = ini
        .measures
        .iter()
        .position(|m| m.id == reduced.id)
        .expect("measure");
    assert_eq!(
        figures.initiatives[ii].measures[mi].status,
        Status::Achieved
    );
}

#[test]
fn six_homeless_dwellings_are_a_milestone_due_november_2017() {
    let d = bundled();
    let milestone = d
        .initiatives
        .iter()
        .flat_map(|i| &i.milestones)
        .find(|m| m.date == p("2017-11") && m.title.contains('6'))
        .expect("the dwellings milestone");
    assert!(!milestone.done);
}
