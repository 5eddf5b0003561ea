//! The bundled Ishøj dataset: it loads without a warning, holds what the reports hold, says a
//! plan, a range or a bound as the sources do, links initiatives to goals only where a source
//! does, and gives the spec's worked example for the homelessness tallies.

use goalboard::figures::{Figures, Status, Trend};
use goalboard::load::load_bytes;
use goalboard::model::{
    Bound, Dataset, Direction, Frequency, Indicator, Initiative, Lang, Period, Point, PointKind,
};

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

fn initiative<'a>(d: &'a Dataset, id: &str) -> &'a Initiative {
    d.initiatives
        .iter()
        .find(|i| i.id.as_str() == id)
        .unwrap_or_else(|| panic!("no initiative {id}"))
}

fn goals_of(d: &Dataset, id: &str) -> Vec<String> {
    initiative(d, id)
        .goals
        .iter()
        .map(|g| g.as_str().to_owned())
        .collect()
}

fn only_point<'a>(d: &'a Dataset, id: &str) -> &'a Point {
    match find(d, id).series.as_slice() {
        [point] => point,
        other => panic!("{id} has {} points, not one", other.len()),
    }
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
    assert_eq!(points, 68);
    assert!(
        d.goals
            .iter()
            .all(|g| !g.indicators.is_empty() || d.initiatives_for(&g.id).next().is_some())
    );
}

#[test]
fn initiatives_per_goal_follow_the_sources() {
    let d = bundled();
    let per_goal: Vec<(&str, usize)> = d
        .goals
        .iter()
        .map(|g| (g.id.as_str(), d.initiatives_for(&g.id).count()))
        .collect();
    assert_eq!(
        per_goal,
        [
            ("g1", 34),
            ("g2", 17),
            ("g3", 22),
            ("g4", 5),
            ("g5", 5),
            ("g6", 15),
            ("g7", 4),
            ("g8", 35),
            ("g9", 27),
            ("g10", 8),
        ]
    );
    // The 2015 partnership application predates the ten goals and assigns none.
    let application = [
        "projekt-partnerskabskommuner",
        "partnerskab-kompetenceudvikling",
        "partnerskab-opsoegende",
        "partnerskab-metodeudvikling",
        "straxen",
        "myndighedssagsbehandlere-paa-skolerne",
        "gravide-og-smaaboern",
        "familieplejekonsulenter",
        "icdp-sundhedsplejen",
        "ics",
    ];
    let g1 = &d.goals[0].id;
    for id in application {
        assert!(goals_of(&d, id).is_empty(), "{id} serves no goal");
        assert!(
            d.initiatives_for(g1).all(|i| i.id.as_str() != id),
            "goal 1 does not list {id}"
        );
    }
    // 001 lists the jobcenter's offers under "Mål 3, 4 og 5".
    for id in [
        "noeglepersoner-handicap",
        "personlig-assistance",
        "hjaelpemidler",
        "loentilskud-nyuddannede",
        "star-fleksjob",
    ] {
        assert_eq!(goals_of(&d, id), ["g3", "g4", "g5"], "{id}");
    }
    // Pitstop's treatment is listed under goal 8; under goal 9 only its prevention work is.
    assert_eq!(goals_of(&d, "pitstop"), ["g8"]);
    assert_eq!(goals_of(&d, "forebyggelse-alkohol-stof"), ["g8", "g9"]);
}

#[test]
fn plans_ranges_bounds_and_estimates_as_the_sources_say_them() {
    let d = bundled();
    // "i omegnen af 25 til 30 sager": a planned range.
    let caseload = only_point(&d, "projekt-sagstal");
    assert_eq!(caseload.kind(), PointKind::Planned);
    assert_eq!(caseload.range(), Some([25.0, 30.0]));
    assert_eq!(
        only_point(&d, "projekt-sagsbehandlere").kind(),
        PointKind::Planned
    );
    let course = only_point(&d, "partnerskab-kursusdeltagere");
    assert_eq!(
        (course.kind(), course.date, course.value()),
        (PointKind::Planned, p("2016-H2"), Some(5.0))
    );
    // The six homeless dwellings: investigated (2016), then decided and due November 2017.
    let dwellings = find(&d, "hjemloeseboliger-antal");
    assert!(
        dwellings
            .series
            .iter()
            .all(|pt| pt.kind() == PointKind::Planned)
    );
    assert_eq!(
        points(dwellings),
        [
            ("2016-H1".to_owned(), Some(6.0)),
            ("2017-11".to_owned(), Some(6.0))
        ]
    );
    // "forventes mindst 20 familier … til sommer": an expectation with a bound, not a target.
    let camp = find(&d, "cirkuscamp-familier");
    assert!(camp.target.is_none());
    let expected = only_point(&d, "cirkuscamp-familier");
    assert_eq!(
        (expected.kind(), expected.bound(), expected.value()),
        (PointKind::Planned, Some(Bound::AtLeast), Some(20.0))
    );
    // "over hundrede … om ugen", if the new café keeps its attendance.
    let cafes = only_point(&d, "aeldrecafeer-brugere-pr-uge");
    assert_eq!(
        (cafes.kind(), cafes.bound()),
        (PointKind::Planned, Some(Bound::AtLeast))
    );
    // Counted ranges: "mellem 40 og 50", "5- 10", "ca. 5-7".
    let range = |id: &str| only_point(&d, id).range();
    assert_eq!(range("aeldres-netvaerk-frivillige"), Some([40.0, 50.0]));
    assert_eq!(range("vores-ishoej-frivillige"), Some([5.0, 10.0]));
    assert_eq!(range("faellesspisning-demente-torsbo"), Some([5.0, 7.0]));
    assert_eq!(
        only_point(&d, "aeldres-netvaerk-frivillige").kind(),
        PointKind::Measured
    );
    assert_eq!(
        only_point(&d, "faellesspisning-brugere").kind(),
        PointKind::Estimated
    );
    // A figure with no period of its own is dated by the document that states it.
    assert_eq!(
        only_point(&d, "udgift-udsat-barn-ift-alleroed").date,
        p("2015-H2")
    );
    // Counts that reach 1 carry no plural unit ("1 børn").
    for m in d.initiatives.iter().flat_map(|i| &i.measures) {
        if m.series.iter().any(|pt| pt.value() == Some(1.0)) {
            assert!(m.unit.is_none(), "{} reads 1 {:?}", m.id.as_str(), m.unit);
        }
    }
}

#[test]
fn milestones_follow_the_sources_words() {
    let d = bundled();
    let giv = initiative(&d, "projekt-giv");
    let running = giv
        .milestones
        .iter()
        .find(|m| m.title.contains("drift"))
        .expect("the milestone of going into operation");
    assert_eq!((running.date, running.done), (p("2017"), false));
    let website = &initiative(&d, "pitstop-hjemmeside").milestones[0];
    assert!(website.title.contains("medio 2017"));
    assert_eq!(website.date, p("2017-06"));
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
    assert_eq!(homeless.frequency, Some(Frequency::HalfYearly));
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
    // 002 gives no date for the starting value: it is dated by 002 itself.
    assert_eq!(points(benefit), [("2017-03".to_owned(), Some(16.9))]);

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
    // Pitstop serves goal 8, which has no indicator of its own: its status comes from Pitstop.
    assert!(ini.goals.iter().any(|g| g.as_str() == "g8"));
    let g8 = d
        .goals
        .iter()
        .position(|g| g.id.as_str() == "g8")
        .expect("goal 8");
    assert_eq!(figures.goals[g8].measures_status, Some(Status::Achieved));
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
