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

/// The new dataset's text, pretty-printed with two spaces.
pub fn dataset(rows: &[Row], title: &str) -> String {
    let mut goals: Vec<NewGoal> = Vec::new();
    let mut rows: Vec<&Row> = rows.iter().collect();
    rows.sort_by(|a, b| a.date.cmp(&b.date));
    for row in &rows {
        let goal_title = row.goal.clone().unwrap_or_else(|| "Imported".to_owned());
        let has = |g: &NewGoal| g.indicators.iter().any(|i| i.id == row.indicator);
        let at = match goals.iter().position(|g| has(g)) {
            Some(at) => at,
            None => {
                let at = goals
                    .iter()
                    .position(|g| g.title == goal_title)
                    .unwrap_or_else(|| {
                        let n = goals.len() + 1;
                        goals.push(NewGoal {
                            id: goal_id(&goal_title, n),
                            title: goal_title.clone(),
                            indicators: Vec::new(),
                        });
                        n - 1
                    });
                goals[at].indicators.push(NewIndicator {
                    id: row.indicator.clone(),
                    title: row.title.clone().unwrap_or_else(|| row.indicator.clone()),
                    series: Vec::new(),
                    breakdowns: Vec::new(),
                });
                at
            }
        };
        let Some(ind) = goals[at]
            .indicators
            .iter_mut()
            .find(|i| i.id == row.indicator)
        else {
            continue;
        };
        let series = if row.dimensions.is_empty() {
            &mut ind.series
        } else {
            let dims: BTreeMap<String, String> = row.dimensions.iter().cloned().collect();
            if !ind.breakdowns.iter().any(|b| b.dimensions == dims) {
                ind.breakdowns.push(NewBreakdown {
                    dimensions: dims.clone(),
                    series: Vec::new(),
                });
            }
            let Some(b) = ind.breakdowns.iter_mut().find(|b| b.dimensions == dims) else {
                continue;
            };
            &mut b.series
        };
        if !series.iter().any(|p| p.date == row.date.to_string()) {
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
