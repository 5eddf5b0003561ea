//! A small dataset built in code for the report tests: one goal per status, the spec's
//! homelessness example, a measure with a `from` period and a comparison, and hostile strings.

use crate::model::{
    Baseline, Comparison, Dataset, Direction, Goal, GoalId, Indicator, IndicatorId, Initiative,
    InitiativeId, InitiativeStatus, Lang, Note, Owner, OwnerId, Period, Point, StatusMethod,
    Target, Update,
};

pub fn period(s: &str) -> Period {
    s.parse().expect("a valid fixture date")
}

pub fn series(points: &[(&str, Option<f64>)]) -> Vec<Point> {
    points
        .iter()
        .map(|&(date, value)| Point::new(period(date), value))
        .collect()
}

pub fn indicator(id: &str, title: &str, unit: Option<&str>, direction: Direction) -> Indicator {
    Indicator {
        id: IndicatorId::from(id),
        title: title.into(),
        unit: unit.map(Into::into),
        decimals: None,
        direction,
        baseline: None,
        target: None,
        series: vec![],
        comparisons: vec![],
        source: None,
        description: None,
        frequency: None,
        breakdowns: vec![],
        open_sdg: None,
    }
}

pub fn target(value: f64, deadline: Option<&str>) -> Target {
    Target {
        value,
        date: deadline.map(period),
        label: None,
    }
}

pub fn goal(id: &str, code: Option<&str>, title: &str, indicators: Vec<Indicator>) -> Goal {
    Goal {
        id: GoalId::from(id),
        code: code.map(Into::into),
        title: title.into(),
        description: None,
        owners: vec![],
        tags: vec![],
        indicators,
        notes: vec![],
    }
}

fn homeless() -> Indicator {
    Indicator {
        series: series(&[
            ("2015-05", Some(61.0)),
            ("2015-12", Some(50.0)),
            ("2016-05", Some(54.0)),
            ("2016-12", Some(38.0)),
        ]),
        ..indicator(
            "homeless",
            "Hjemløse Ishøj-borgere (halvårlig tælling)",
            Some("personer"),
            Direction::Decrease,
        )
    }
}

fn education() -> Vec<Indicator> {
    let on_track = Indicator {
        target: Some(Target {
            value: 80.0,
            date: Some(period("2018")),
            label: Some("Landsgennemsnittet".into()),
        }),
        series: series(&[
            ("2013", Some(70.0)),
            ("2014", Some(72.0)),
            ("2015", Some(74.5)),
            ("2016", Some(76.0)),
        ]),
        comparisons: vec![Comparison {
            label: "Hele landet".into(),
            series: series(&[("2015", Some(77.9)), ("2016", Some(78.3))]),
        }],
        source: Some("Danmarks Statistik".into()),
        ..indicator(
            "youth_edu",
            "Unge med uddannelse | 25 år",
            Some("%"),
            Direction::Increase,
        )
    };
    let no_deadline = Indicator {
        target: Some(target(6000.0, None)),
        series: series(&[
            ("2015-Q1", Some(4100.0)),
            ("2016-Q1", Some(4600.0)),
            ("2017-Q1", Some(5024.0)),
        ]),
        ..indicator(
            "jobs",
            "Jobs in the municipality",
            None,
            Direction::Increase,
        )
    };
    vec![on_track, no_deadline]
}

fn at_risk_and_achieved() -> Vec<Indicator> {
    let at_risk = Indicator {
        target: Some(target(20.0, Some("2018"))),
        series: series(&[
            ("2014", Some(30.0)),
            ("2015", Some(29.0)),
            ("2016", Some(28.0)),
        ]),
        ..indicator(
            "poverty",
            "Children in low-income families",
            Some("%"),
            Direction::Decrease,
        )
    };
    let achieved = Indicator {
        baseline: Some(Baseline {
            date: period("2014-H2"),
            value: 10.0,
        }),
        target: Some(target(12.0, Some("2017-12-31"))),
        series: series(&[("2015-H2", Some(11.0)), ("2016-H2", Some(14.0))]),
        ..indicator(
            "mentors",
            "Volunteer mentors",
            Some("people"),
            Direction::Increase,
        )
    };
    vec![at_risk, achieved]
}

fn one_each() -> Vec<Goal> {
    let off_track = Indicator {
        target: Some(target(60.0, Some("2019"))),
        series: series(&[
            ("2014", Some(50.0)),
            ("2015", Some(49.0)),
            ("2016", Some(47.0)),
        ]),
        ..indicator(
            "turnout",
            "Turnout in local elections",
            Some("%"),
            Direction::Increase,
        )
    };
    let missed = Indicator {
        target: Some(target(80.0, Some("2015"))),
        series: series(&[("2014", Some(100.0)), ("2015", Some(95.0))]),
        ..indicator("evictions", "Evictions", None, Direction::Decrease)
    };
    let insufficient = Indicator {
        target: Some(target(20.0, None)),
        series: series(&[("2016", Some(12.0))]),
        ..indicator("clubs", "Club members", None, Direction::Increase)
    };
    let no_data = Indicator {
        target: Some(target(5.0, Some("2020"))),
        series: series(&[("2016", None)]),
        ..indicator(
            "waiting",
            "Waiting time",
            Some("weeks"),
            Direction::Decrease,
        )
    };
    vec![
        goal("g4", Some("4"), "More people vote", vec![off_track]),
        goal("g5", Some("5"), "Fewer evictions", vec![missed]),
        goal("g6", Some("6"), "More club members", vec![insufficient]),
        goal("g7", Some("7"), "Shorter waits", vec![no_data]),
        goal(
            "g8",
            None,
            "Title, with \"quotes\"\nand a newline \u{1b}[2J",
            vec![],
        ),
    ]
}

fn pitstop() -> Initiative {
    let mut measure = indicator(
        "pitstop_jobs",
        "Discharged into work or education",
        Some("%"),
        Direction::None,
    );
    measure.series =
        vec![Point::new(period("2016-11"), Some(33.0)).with_from(Some(period("2015-02")))];
    measure.comparisons = vec![Comparison {
        label: "National".into(),
        series: series(&[("2016", Some(28.0))]),
    }];
    Initiative {
        id: InitiativeId::from("pitstop"),
        title: "Pitstop".into(),
        goals: vec![GoalId::from("g1"), GoalId::from("g3")],
        owners: vec![OwnerId::from("css")],
        tags: vec![],
        description: None,
        status: InitiativeStatus::Active,
        start: Some(period("2015-02")),
        end: Some(period("2017-11")),
        milestones: vec![],
        updates: vec![
            Update {
                date: period("2016-06"),
                text: "Started".into(),
                status: None,
            },
            Update {
                date: period("2017-03"),
                text: "Half the flats are ready".into(),
                status: Some(InitiativeStatus::Active),
            },
        ],
        measures: vec![measure],
    }
}

fn planned() -> Initiative {
    Initiative {
        id: InitiativeId::from("vote"),
        title: "Vote | together".into(),
        goals: vec![GoalId::from("g4")],
        owners: vec![],
        tags: vec![],
        description: None,
        status: InitiativeStatus::Planned,
        start: None,
        end: None,
        milestones: vec![],
        updates: vec![],
        measures: vec![],
    }
}

/// Eight goals (`g1`…`g8`, one per status and the homelessness example) and two initiatives.
pub fn dataset() -> Dataset {
    let mut g1 = goal(
        "g1",
        Some("1"),
        "Færre skal være hjemløse",
        vec![homeless()],
    );
    g1.owners = vec![OwnerId::from("css")];
    g1.notes = vec![Note {
        date: period("2017-02"),
        text: "Tallene er foreløbige".into(),
    }];
    let mut goals = vec![
        g1,
        goal("g2", Some("2"), "Flere unge i uddannelse", education()),
        goal(
            "g3",
            Some("3"),
            "Færre fattige børn",
            at_risk_and_achieved(),
        ),
    ];
    goals.extend(one_each());
    Dataset {
        title: "Small report fixture".into(),
        organization: Some("Ishøj Kommune".into()),
        description: None,
        as_of: Some(period("2017-03")),
        language: Some(Lang::En),
        status_method: StatusMethod::Forecast,
        owners: vec![Owner {
            id: OwnerId::from("css"),
            name: "Center for Socialservice".into(),
            short: Some("CSS".into()),
        }],
        goals,
        initiatives: vec![pitstop(), planned()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::{Figures, Status};

    /// The fixture is only useful if it really holds one goal per status.
    #[test]
    fn one_goal_per_status() {
        let figures = Figures::compute(&dataset());
        let statuses: Vec<Status> = figures.goals.iter().map(|g| g.status).collect();
        assert_eq!(
            statuses,
            [
                Status::NoTarget,
                Status::OnTrack,
                Status::AtRisk,
                Status::OffTrack,
                Status::Missed,
                Status::InsufficientData,
                Status::NoData,
                Status::NoData,
            ]
        );
        assert_eq!(figures.goals[2].indicators[1].status, Status::Achieved);
        assert_eq!(figures.goals[1].indicators[1].status, Status::OnTrack);
    }
}
