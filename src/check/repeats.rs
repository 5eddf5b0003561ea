//! Warnings about what is valid but almost surely a slip: an initiative naming the same goal
//! twice or more, an owner named twice in one list, an initiative that starts after it ends,
//! and two goals with the same code (which `present --goals 7` and a reader of the minutes
//! could not tell apart). They are read from the validated dataset, after every element was
//! checked, and only when there is no error: then every element of the file is in the model
//! at its own position, so the paths are the file's.

use crate::message::{Noun, Rule};
use std::collections::HashMap;

use super::{Anchor, Finding, quote};
use crate::diagnostic::Severity;
use crate::model::{Dataset, GoalId, OwnerId};
use crate::raw::path::{JsonPath, Seg};

/// Every warning of this module, in the order of the file's members.
pub fn repeats(dataset: &Dataset) -> Vec<Finding> {
    let mut found = Vec::new();
    found.extend(same_codes(dataset));
    for (g, goal) in dataset.goals.iter().enumerate() {
        let at = ["goals".into(), Seg::Index(g), "owners".into()];
        if goal.owners.len() > 1 {
            let owners: Vec<&str> = goal.owners.iter().map(OwnerId::as_str).collect();
            found.extend(repeated(&owners, Noun::Owner, &at));
        }
    }
    for (n, initiative) in dataset.initiatives.iter().enumerate() {
        let at = |list: &str| [Seg::Key("initiatives".into()), Seg::Index(n), list.into()];
        if initiative.goals.len() > 1 {
            let goals: Vec<&str> = initiative.goals.iter().map(GoalId::as_str).collect();
            found.extend(repeated(&goals, Noun::Goal, &at("goals")));
        }
        if initiative.owners.len() > 1 {
            let owners: Vec<&str> = initiative.owners.iter().map(OwnerId::as_str).collect();
            found.extend(repeated(&owners, Noun::Owner, &at("owners")));
        }
        if let (Some(start), Some(end)) = (initiative.start, initiative.end)
            && start.first_day() > end.last_day()
        {
            found.push(warning(
                vec!["initiatives".into(), Seg::Index(n), "end".into()],
                Rule::EndsBeforeStart {
                    end: end.to_string(),
                    start: start.to_string(),
                },
            ));
        }
    }
    found
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_owned())
    }
}

fn warning(path: Vec<Seg>, message: Rule) -> Finding {
    Finding {
        severity: Severity::Warning,
        path: JsonPath(path),
        anchor: Anchor::Value,
        message: message.into(),
    }
}

/// One warning per id named more than once in the list at `at`, at its first mention.
fn repeated(ids: &[&str], noun: Noun, at: &[Seg]) -> Vec<Finding> {
    // The lists are short (an owner or two, a few goals): no map unless one is long.
    let counts: Vec<(usize, usize)> = if ids.len() <= 16 {
        (0..ids.len())
            .filter(|&i| !ids[..i].contains(&ids[i]))
            .map(|i| (i, ids[i..].iter().filter(|&&id| id == ids[i]).count()))
            .collect()
    } else {
        let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
        for (i, &id) in ids.iter().enumerate() {
            seen.entry(id).or_insert((i, 0)).1 += 1;
        }
        let mut counts: Vec<(usize, usize)> = seen.into_values().collect();
        counts.sort_unstable();
        counts
    };
    counts
        .into_iter()
        .filter(|&(_, times)| times > 1)
        .map(|(first, times)| {
            let mut path = at.to_vec();
            path.push(Seg::Index(first));
            let message = Rule::NamedTwice {
                noun,
                id: quote(ids[first]),
                times,
            };
            warning(path, message)
        })
        .collect()
}

/// Goals whose codes are the same (ignoring spaces around them): a warning at each later one.
fn same_codes(dataset: &Dataset) -> Vec<Finding> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut found = Vec::new();
    for (g, goal) in dataset.goals.iter().enumerate() {
        let Some(code) = goal.code.as_deref().map(str::trim) else {
            continue;
        };
        match first.get(code) {
            Some(&earlier) => found.push(warning(
                vec!["goals".into(), Seg::Index(g), "code".into()],
                Rule::SameCode {
                    code: quote(code),
                    other: quote(dataset.goals[earlier].id.as_str()),
                    index: earlier,
                },
            )),
            None => {
                first.insert(code, g);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    #[test]
    fn a_goal_named_three_times_is_one_warning_at_its_first_mention() {
        let mut ds = fixture::dataset();
        let g = ds.goals[0].id.clone();
        ds.initiatives[0].goals = vec![g.clone(), g.clone(), g];
        let found = repeats(&ds);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path.to_string(), "initiatives[0].goals[0]");
        assert!(
            found[0].message.to_string().contains("named 3 times"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn repeated_owners_starts_after_ends_and_shared_codes() {
        let mut ds = fixture::dataset();
        let owner = crate::model::OwnerId("o".to_owned());
        ds.goals[0].owners = vec![owner.clone(), owner];
        ds.initiatives[0].start = "2025".parse().ok();
        ds.initiatives[0].end = "2024-06".parse().ok();
        ds.goals[0].code = Some("x7".to_owned());
        ds.goals[1].code = Some(" x7".to_owned());
        let paths: Vec<String> = repeats(&ds).iter().map(|f| f.path.to_string()).collect();
        assert_eq!(
            paths,
            ["goals[1].code", "goals[0].owners[0]", "initiatives[0].end"]
        );
    }

    #[test]
    fn a_long_list_is_counted_the_same_way() {
        let mut ids: Vec<String> = (0..40).map(|i| format!("g{i}")).collect();
        ids.extend(["g3".to_owned(), "g3".to_owned(), "g7".to_owned()]);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let found = repeated(&ids, Noun::Goal, &["goals".into()]);
        let said: Vec<(String, bool)> = found
            .iter()
            .map(|f| {
                (
                    f.path.to_string(),
                    f.message.to_string().contains("3 times"),
                )
            })
            .collect();
        assert_eq!(
            said,
            [
                ("goals[3]".to_owned(), true),
                ("goals[7]".to_owned(), false)
            ]
        );
    }

    /// (Of `check::number`, which the messages of the other checks use.)
    #[test]
    fn numbers_in_messages_are_short() {
        use crate::check::number;
        assert_eq!(number(1e308), "1e308");
        assert_eq!(number(-1.7e308), "-1.7e308");
        assert_eq!(number(16.9), "16.9");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(5e-324), "5e-324");
    }

    #[test]
    fn a_clean_dataset_has_none() {
        let mut ds = fixture::dataset();
        // The same year for start and end is a one-year initiative, not a slip.
        ds.initiatives[0].start = "2024".parse().ok();
        ds.initiatives[0].end = "2024".parse().ok();
        assert!(repeats(&ds).is_empty());
    }
}
