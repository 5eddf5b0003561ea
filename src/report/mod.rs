//! Reports over a dataset and its figures: text for a terminal, markdown for minutes, json for
//! programs, csv for spreadsheets. Each writer reads the same [`Report`]: the goals asked for,
//! the initiatives that serve them, and figures computed once.

pub mod changes;
mod csv;
mod csv_series;
pub(crate) mod json;
mod markdown;
mod phrases;
mod text;
mod wrap;

use std::fmt;

use crate::figures::{Figures, GoalFigures, InitiativeFigures, StatusCounts};
use crate::format::Locale;
use crate::model::{Dataset, Goal, GoalId, IdIndex, Initiative, OwnerId, owner_label};
use crate::sanitize;

pub use csv::CsvOptions;
pub use text::TextOptions;

/// Which report to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text(TextOptions),
    Markdown(Locale),
    Json,
    Csv(CsvOptions),
}

/// The part of a dataset a report covers, with its figures.
pub struct Report<'a> {
    pub dataset: &'a Dataset,
    pub figures: &'a Figures,
    /// Goals and owners by id, for the references the writers name.
    pub index: IdIndex,
    goals: Vec<usize>,
    initiatives: Vec<usize>,
    /// By goal position (the first goal of an id): the report's initiatives serving it.
    serving: Vec<Vec<usize>>,
    /// With `--since`: the changes every format leads with.
    since: Option<changes::Since<'a>>,
}

/// A `--goal` that names no goal of the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownGoal {
    pub asked: String,
    /// Every goal as `id` or `id (code)`, sanitised, in file order.
    pub known: Vec<String>,
}

impl fmt::Display for UnknownGoal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no goal has the id or code '{}'; ",
            sanitize::clean(&self.asked)
        )?;
        if self.known.is_empty() {
            write!(f, "the dataset has no goals")
        } else {
            write!(f, "known goals: {}", self.known.join(", "))
        }
    }
}

impl std::error::Error for UnknownGoal {}

fn matches(goal: &Goal, asked: &str) -> bool {
    goal.id.as_str() == asked || goal.code.as_deref() == Some(asked)
}

impl<'a> Report<'a> {
    /// A report on every goal and initiative.
    pub fn all(dataset: &'a Dataset, figures: &'a Figures) -> Self {
        let index = IdIndex::references(dataset);
        let goals = (0..dataset.goals.len()).collect();
        let initiatives = (0..dataset.initiatives.len()).collect();
        Self::new(dataset, figures, index, goals, initiatives)
    }

    fn new(
        dataset: &'a Dataset,
        figures: &'a Figures,
        index: IdIndex,
        goals: Vec<usize>,
        initiatives: Vec<usize>,
    ) -> Self {
        let mut serving = vec![Vec::new(); dataset.goals.len()];
        for &n in &initiatives {
            for id in &dataset.initiatives[n].goals {
                let Some(list) = index.goal(id.as_str()).and_then(|g| serving.get_mut(g)) else {
                    continue;
                };
                // An initiative that names a goal twice serves it once.
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
        Self {
            dataset,
            figures,
            index,
            goals,
            initiatives,
            serving,
            since: None,
        }
    }

    /// A report on the goals named by id or code (all when `asked` is empty) and the
    /// initiatives that serve them, in file order.
    pub fn select(
        dataset: &'a Dataset,
        figures: &'a Figures,
        asked: &[String],
    ) -> Result<Self, UnknownGoal> {
        if asked.is_empty() {
            return Ok(Self::all(dataset, figures));
        }
        if let Some(unknown) = asked
            .iter()
            .find(|a| !dataset.goals.iter().any(|g| matches(g, a)))
        {
            let known = dataset
                .goals
                .iter()
                .map(|g| match &g.code {
                    Some(code) => format!("{} ({})", g.id, sanitize::clean(code)),
                    None => g.id.to_string(),
                })
                .collect();
            return Err(UnknownGoal {
                asked: unknown.clone(),
                known,
            });
        }
        let chosen: Vec<bool> = (dataset.goals.iter())
            .map(|g| asked.iter().any(|a| matches(g, a)))
            .collect();
        let goals: Vec<usize> = (0..dataset.goals.len()).filter(|&g| chosen[g]).collect();
        let index = IdIndex::references(dataset);
        let initiatives = (0..dataset.initiatives.len())
            .filter(|&i| {
                let served = &dataset.initiatives[i].goals;
                served
                    .iter()
                    .any(|id| index.goals(id.as_str()).iter().any(|&g| chosen[g]))
            })
            .collect();
        Ok(Self::new(dataset, figures, index, goals, initiatives))
    }

    /// The goals of the report with their figures.
    pub fn goals(&self) -> impl Iterator<Item = (&'a Goal, &'a GoalFigures)> + '_ {
        self.goals
            .iter()
            .filter_map(|&i| Some((self.dataset.goals.get(i)?, self.figures.goals.get(i)?)))
    }

    /// The initiatives of the report with their figures.
    pub fn initiatives(
        &self,
    ) -> impl Iterator<Item = (&'a Initiative, &'a InitiativeFigures)> + '_ {
        self.initiatives.iter().filter_map(|&i| {
            Some((
                self.dataset.initiatives.get(i)?,
                self.figures.initiatives.get(i)?,
            ))
        })
    }

    /// How many of the report's goals show each status (a goal with none of its own counts
    /// with its initiatives' measures' status, as it is shown).
    pub fn goal_counts(&self) -> StatusCounts {
        StatusCounts::of(self.goals().map(|(_, f)| f.shown_status()))
    }

    /// The report's initiatives that serve one goal.
    pub fn initiatives_for<'s>(
        &'s self,
        goal: &'s Goal,
    ) -> impl Iterator<Item = &'a Initiative> + 's {
        let serving = self
            .index
            .goal(goal.id.as_str())
            .and_then(|g| self.serving.get(g));
        serving
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&n| self.dataset.initiatives.get(n))
    }

    /// Owners as text, each by its short name (else name, else id), cleaned for `loc`.
    pub fn owners_text(&self, ids: &[OwnerId], loc: Locale) -> String {
        (self.index).owners_text(self.dataset, ids, owner_label, |s| phrases::clean(loc, s))
    }

    /// Goals as text, each by its code (else id), cleaned for `loc`.
    pub fn goals_text(&self, ids: &[GoalId], loc: Locale) -> String {
        (self.index).goals_text(self.dataset, ids, |s| phrases::clean(loc, s))
    }

    /// The report led by the changes since an older version (which the caller has scoped
    /// to the report's goals).
    #[must_use]
    pub fn with_since(mut self, since: changes::Since<'a>) -> Self {
        self.since = Some(since);
        self
    }

    /// The changes the report leads with, if any.
    pub fn since(&self) -> Option<&changes::Since<'a>> {
        self.since.as_ref()
    }

    /// The ids of the report's goals.
    pub fn goal_ids(&self) -> Vec<crate::model::GoalId> {
        self.goals().map(|(g, _)| g.id.clone()).collect()
    }

    /// One initiative (position in the dataset) as Markdown, for the minutes.
    pub fn initiative_markdown(&self, n: usize, locale: Locale) -> Option<String> {
        markdown::initiative(self, n, locale)
    }

    /// Writes the report.
    pub fn render(&self, kind: Kind) -> String {
        let lead = |f: &dyn Fn(&changes::Since<'a>) -> String| {
            self.since.as_ref().map(f).unwrap_or_default()
        };
        match kind {
            Kind::Text(options) => {
                lead(&|s| changes::text(s, self.dataset, options.locale))
                    + &text::render(self, options)
            }
            Kind::Markdown(locale) => {
                lead(&|s| changes::markdown(s, self.dataset, locale))
                    + &markdown::render(self, locale)
            }
            Kind::Json => json::render(self),
            Kind::Csv(options) => match &self.since {
                Some(since) => changes::csv(since, self.dataset),
                None => csv::render(self, options),
            },
        }
    }
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_goals_by_id_or_code_in_file_order_with_their_initiatives() {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let report = Report::select(&dataset, &figures, &["3".into(), "g1".into()]).unwrap();
        let ids: Vec<&str> = report.goals().map(|(g, _)| g.id.as_str()).collect();
        assert_eq!(ids, ["g1", "g3"]);
        let initiatives: Vec<&str> = report.initiatives().map(|(i, _)| i.id.as_str()).collect();
        assert_eq!(initiatives, ["pitstop"]);
    }

    #[test]
    fn an_unknown_goal_lists_the_known_ones() {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let Err(err) = Report::select(&dataset, &figures, &["g1".into(), "nope".into()]) else {
            panic!("nope is not a goal");
        };
        assert_eq!(err.asked, "nope");
        assert_eq!(
            err.to_string(),
            "no goal has the id or code 'nope'; known goals: g1 (1), g2 (2), g3 (3), g4 (4), \
             g5 (5), g6 (6), g7 (7), g8"
        );
    }

    #[test]
    fn without_a_selection_everything_is_reported() {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let report = Report::select(&dataset, &figures, &[]).unwrap();
        assert_eq!(report.goals().count(), dataset.goals.len());
        assert_eq!(report.initiatives().count(), dataset.initiatives.len());
    }

    #[test]
    fn an_empty_dataset_gives_short_sound_reports() {
        let mut dataset = fixture::dataset();
        dataset.goals.clear();
        dataset.initiatives.clear();
        dataset.as_of = None;
        let figures = Figures::compute(&dataset);
        let report = Report::all(&dataset, &figures);
        let loc = Locale::new(crate::model::Lang::En);
        let text = report.render(Kind::Text(TextOptions {
            locale: loc,
            color: false,
        }));
        assert_eq!(
            text,
            "Small report fixture\n════════════════════\nIshøj Kommune\nGoals: 0\n"
        );
        let md = report.render(Kind::Markdown(loc));
        assert_eq!(
            md,
            "# Small report fixture\n\nIshøj Kommune\n\n**Goals:** 0\n"
        );
        let json: serde_json::Value = serde_json::from_str(&report.render(Kind::Json)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"title": "Small report fixture", "reference_date": null, "goals": [], "initiatives": []})
        );
        assert_eq!(
            report
                .render(Kind::Csv(CsvOptions::default()))
                .lines()
                .count(),
            1,
            "the header alone"
        );
    }
}
