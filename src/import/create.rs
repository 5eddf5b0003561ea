//! A new dataset made from the rows alone (`import -o NEW.json`), for an analyst who starts
//! from a spreadsheet: one indicator per id (its title from the file, else the id), under the
//! goal a column names (else one goal, "Imported"), series and breakdowns in date order.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Kind, Row, valid_id};

#[derive(Serialize)]
struct NewDataset {
    format: &'static str,
    title: String,
    goals: Vec<NewGoal>,
}

#[derive(Serialize)]
struct NewGoal {
    id: String,
    title: String,
    indicators: Vec<NewIndicator>,
}

#[derive(Serialize)]
struct NewIndicator {
    id: String,
    title: String,
    series: Vec<NewPoint>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    breakdowns: Vec<NewBreakdown>,
}

#[derive(Serialize)]
struct NewBreakdown {
    dimensions: BTreeMap<String, String>,
    series: Vec<NewPoint>,
}

#[derive(Serialize)]
struct NewPoint {
    date: String,
    value: serde_json::Number,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

fn point(row: &Row) -> NewPoint {
    // Whole numbers as integers (`38`, not `38.0`), as people write them.
    let value = if row.value.fract() == 0.0 && row.value.abs() < 9e15 {
        serde_json::Number::from(row.value as i64)
    } else {
        serde_json::Number::from_f64(row.value).unwrap_or_else(|| serde_json::Number::from(0))
    };
    NewPoint {
        date: row.date.to_string(),
        value,
        note: row.note.clone(),
        kind: (row.kind != Kind::Measured).then(|| row.kind.name()),
    }
}

/// A goal id for a goal column's text: the text when it is an id, else `goal-N`.
fn goal_id(text: &str, n: usize) -> String {
    if valid_id(text) {
        text.to_owned()
    } else {
        format!("goal-{n}")
    }
}

/// Where a row's indicator sits (goal, indicator), made under its goal when it is new.
fn slot(goals: &mut Vec<NewGoal>, row: &Row) -> (usize, usize) {
    for (g, goal) in goals.iter().enumerate() {
        if let Some(i) = goal.indicators.iter().position(|i| i.id == row.indicator) {
            return (g, i);
        }
    }
    let goal_title = row.goal.clone().unwrap_or_else(|| "Imported".to_owned());
    let g = goals
        .iter()
        .position(|g| g.title == goal_title)
        .unwrap_or_else(|| {
            goals.push(NewGoal {
                id: goal_id(&goal_title, goals.len() + 1),
                title: goal_title.clone(),
                indicators: Vec::new(),
            });
            goals.len() - 1
        });
    goals[g].indicators.push(NewIndicator {
        id: row.indicator.clone(),
        title: row.title.clone().unwrap_or_else(|| row.indicator.clone()),
        series: Vec::new(),
        breakdowns: Vec::new(),
    });
    (g, goals[g].indicators.len() - 1)
}

/// The series a row belongs to: the indicator's own, or its breakdown's (made when new).
fn series_of<'a>(ind: &'a mut NewIndicator, row: &Row) -> &'a mut Vec<NewPoint> {
    if row.dimensions.is_empty() {
        return &mut ind.series;
    }
    let dims: BTreeMap<String, String> = row.dimensions.iter().cloned().collect();
    let at = if let Some(at) = ind.breakdowns.iter().position(|b| b.dimensions == dims) {
        at
    } else {
        ind.breakdowns.push(NewBreakdown {
            dimensions: dims,
            series: Vec::new(),
        });
        ind.breakdowns.len() - 1
    };
    &mut ind.breakdowns[at].series
}

/// The new dataset's text, pretty-printed with two spaces.
pub fn dataset(rows: &[Row], title: &str) -> String {
    let mut goals: Vec<NewGoal> = Vec::new();
    let mut rows: Vec<&Row> = rows.iter().collect();
    rows.sort_by_key(|r| r.date);
    for row in rows {
        let (g, i) = slot(&mut goals, row);
        let series = series_of(&mut goals[g].indicators[i], row);
        let date = row.date.to_string();
        if !series.iter().any(|p| p.date == date) {
            series.push(point(row));
        }
    }
    let new = NewDataset {
        format: "goalboard/1",
        title: title.to_owned(),
        goals,
    };
    let mut text = serde_json::to_string_pretty(&new).unwrap_or_default();
    text.push('\n');
    text
}
