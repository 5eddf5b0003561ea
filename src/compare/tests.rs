//! The comparison over the report fixture with one change of each kind made in code; the
//! whole spec JSON is checked in `tests/since_changes.rs` over a pair of files.

use super::*;
use crate::figures::Figures;
use crate::model::{Milestone, Note, Point, Update};
use crate::report::fixture;

fn compare(old: &Dataset, new: &Dataset) -> Changes {
    let (fo, fnew) = (Figures::compute(old), Figures::compute(new));
    Changes::between((old, &fo), (new, &fnew))
}

#[test]
fn a_version_compared_with_itself_has_no_change() {
    let d = fixture::dataset();
    let changes = compare(&d, &d);
    assert!(changes.is_empty(), "{changes:?}");
    assert!(changes.summary().is_empty());
    assert_eq!(changes.since.title, "Small report fixture");
    assert_eq!(changes.since.as_of, Some(fixture::period("2017-03")));
}

#[test]
fn points_statuses_notes_updates_and_milestones() {
    let old = fixture::dataset();
    let mut new = old.clone();
    let homeless = &mut new.goals[0].indicators[0];
    homeless
        .series
        .push(Point::new(fixture::period("2017-06"), Some(30.0)));
    new.goals[0].notes.push(Note {
        date: fixture::period("2017-04"),
        text: "Ny optælling".into(),
    });
    let pitstop = &mut new.initiatives[0];
    pitstop.status = InitiativeStatus::Completed;
    pitstop.updates.push(Update {
        date: fixture::period("2017-05"),
        text: "Done".into(),
        status: None,
    });
    pitstop.milestones.push(Milestone {
        date: fixture::period("2017-05"),
        title: "Flats ready".into(),
        done: true,
    });
    let changes = compare(&old, &new);
    let ind = &changes.indicators[0];
    assert_eq!(ind.id.as_str(), "homeless");
    assert_eq!(ind.of, Parent::Goal(GoalId::from("g1")));
    assert_eq!(ind.points.new.len(), 1);
    assert_eq!(
        ind.latest.map(|(_, now)| now.map(|d| d.value)),
        Some(Some(30.0))
    );
    assert_eq!(changes.notes.len(), 1);
    let ini = &changes.initiatives[0];
    assert_eq!(
        ini.status,
        Some((InitiativeStatus::Active, InitiativeStatus::Completed))
    );
    assert_eq!(ini.new_updates.len(), 1);
    assert_eq!(ini.milestones_done, ["Flats ready"]);
    let s = changes.summary();
    assert_eq!(
        (
            s.new_values,
            s.new_notes,
            s.status_changes,
            s.milestones_done
        ),
        (1, 2, 1, 1)
    );
}

#[test]
fn added_and_removed_items_sorted_by_id_and_scoped_to_goals() {
    let old = fixture::dataset();
    let mut new = old.clone();
    let removed_goal = new.goals.remove(7);
    new.goals[1].indicators.remove(0);
    let mut added = fixture::goal("a0", None, "New", vec![]);
    added.indicators.push(fixture::indicator(
        "zz",
        "Z",
        None,
        crate::model::Direction::None,
    ));
    new.goals.push(added);
    let changes = compare(&old, &new);
    assert_eq!(changes.added.goals, [GoalId::from("a0")]);
    assert_eq!(
        changes.removed.goals,
        std::slice::from_ref(&removed_goal.id)
    );
    assert_eq!(changes.added.indicators[0].0.as_str(), "zz");
    assert_eq!(changes.removed.indicators.len(), 1);
    let g2 = changes.for_goals(&[GoalId::from("g2")], &new);
    assert_eq!(g2.removed.indicators.len(), 1);
    assert!(g2.added.is_empty() && g2.removed.goals.is_empty());
    let g1 = changes.for_goals(&[GoalId::from("g1")], &new);
    assert!(g1.is_empty(), "{g1:?}");
}
