//! `goalboard present [FILE] [--goals 7,8,1] [--every 30s]`: the dashboard opened straight into
//! presentation mode, with the goals named (else all, in the file's order), moving on by itself
//! when asked. The dataset, settings and terminal are settled as for `goalboard [FILE]`. Esc
//! leaves the presentation for the dashboard's overview, with the goal last shown selected.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use crate::model::Dataset;

use super::EXIT_INVALID;
use super::dashboard::{self, DashboardArgs};
use super::output::say;

#[derive(Debug, clap::Args)]
pub struct PresentArgs {
    #[command(flatten)]
    pub dashboard: DashboardArgs,
    /// The goals to show, in this order: ids as in the file (`g7`), codes (`7`) or numbers
    /// counted from 1 in the file's order, separated by commas (default: every goal).
    #[arg(long, value_delimiter = ',', value_name = "GOALS")]
    pub goals: Vec<String>,
    /// Move on to the next goal (round) after this long without a key: `30s`, `2m`, or
    /// seconds (`90`).
    #[arg(long, value_name = "TIME", value_parser = parse_every)]
    pub every: Option<Duration>,
}

pub fn run(args: &PresentArgs, config_path: Option<&Path>) -> ExitCode {
    let mut session = match dashboard::open(&args.dashboard, config_path) {
        Ok(session) => session,
        Err(code) => return code,
    };
    // The goals are checked before the terminal, so a mistake is reported even in a script.
    let goals = match resolve_goals(&session.app.data.dataset, &args.goals) {
        Ok(goals) => goals,
        Err(message) => {
            let source = crate::sanitize::clean(&session.app.source).into_owned();
            say!("goalboard: {source}: {message}");
            return ExitCode::from(EXIT_INVALID);
        }
    };
    if let Some(refused) = dashboard::refuse_without_terminal() {
        return refused;
    }
    crate::tui::update(
        &mut session.app,
        crate::tui::Action::StartPresentation {
            goals,
            every: args.every,
        },
    );
    match session.shared(&args.dashboard) {
        Ok(session) => session.run(),
        Err(code) => code,
    }
}

/// Why `--goals` names nothing to present; `known` lists the goals as `g1 (1), g2 (2), …`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GoalsError {
    #[error("there is no goal to present")]
    NoGoals,
    #[error("an empty goal in --goals; the goals are {known}")]
    Empty { known: String },
    #[error("no goal \"{name}\" (by id, code or number); the goals are {known}")]
    Unknown { name: String, known: String },
}

/// Why `--every` is not a time.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EveryError {
    #[error("\"{0}\" is not a time: write 30s, 2m, or seconds as 90")]
    NotATime(String),
    #[error("the time must be more than 0")]
    Zero,
    #[error("\"{0}\" is longer than a day")]
    TooLong(String),
}

/// The goals named, as positions in the dataset, in the order named. A name is tried as a
/// goal's id, then as its code, then as its number counted from 1. No names: every goal.
pub fn resolve_goals(ds: &Dataset, names: &[String]) -> Result<Vec<usize>, GoalsError> {
    if ds.goals.is_empty() {
        return Err(GoalsError::NoGoals);
    }
    if names.is_empty() {
        return Ok((0..ds.goals.len()).collect());
    }
    names
        .iter()
        .map(|name| {
            let name = name.trim();
            let by_id = || ds.goals.iter().position(|g| g.id.as_str() == name);
            let by_code = || {
                ds.goals
                    .iter()
                    .position(|g| g.code.as_deref().is_some_and(|c| c.trim() == name))
            };
            let by_number = || {
                name.parse::<usize>()
                    .ok()
                    .filter(|n| (1..=ds.goals.len()).contains(n))
                    .map(|n| n - 1)
            };
            by_id()
                .or_else(by_code)
                .or_else(by_number)
                .ok_or_else(|| unknown_goal(ds, name))
        })
        .collect()
}

/// `no goal "x"; the goals are g1 (1), g2 (2), …`.
fn unknown_goal(ds: &Dataset, name: &str) -> GoalsError {
    // A national dataset has a thousand goals: the first ones show the pattern.
    const LISTED: usize = 20;
    let mut known: Vec<String> = ds
        .goals
        .iter()
        .take(LISTED)
        .map(|g| {
            let id = crate::sanitize::clean(g.id.as_str()).into_owned();
            match g.code.as_deref() {
                Some(code) if code != id => {
                    format!("{id} ({})", crate::sanitize::clean(code))
                }
                _ => id,
            }
        })
        .collect();
    if ds.goals.len() > LISTED {
        known.push(format!("… ({} in all)", ds.goals.len()));
    }
    let name = crate::sanitize::clean(name);
    let known = known.join(", ");
    if name.is_empty() {
        return GoalsError::Empty { known };
    }
    GoalsError::Unknown {
        name: name.into_owned(),
        known,
    }
}

/// `--every`: `30s`, `2m`, `90` (seconds); more than zero.
pub fn parse_every(s: &str) -> Result<Duration, EveryError> {
    let t = s.trim();
    let (number, unit) = t
        .find(|c: char| !c.is_ascii_digit())
        .map_or((t, ""), |i| t.split_at(i));
    let scale = match unit.trim() {
        "" | "s" | "sec" | "secs" => 1,
        "m" | "min" | "mins" => 60,
        "h" => 3600,
        _ => return Err(EveryError::NotATime(s.to_owned())),
    };
    let n: u64 = number
        .parse()
        .map_err(|_| EveryError::NotATime(s.to_owned()))?;
    if n == 0 {
        return Err(EveryError::Zero);
    }
    n.checked_mul(scale)
        .filter(|&secs| secs <= 24 * 3600)
        .map(Duration::from_secs)
        .ok_or_else(|| EveryError::TooLong(s.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_in_seconds_minutes_or_bare_seconds() {
        assert_eq!(parse_every("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_every("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_every("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_every(" 45 s "), Ok(Duration::from_secs(45)));
        assert_eq!(parse_every("1h"), Ok(Duration::from_secs(3600)));
        for bad in [
            "0",
            "0s",
            "",
            "s",
            "abc",
            "-5",
            "1.5m",
            "30x",
            "2d",
            "99999999999999999999",
        ] {
            assert!(parse_every(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_every("0s"), Err(EveryError::Zero));
        assert!(parse_every("25h").is_err());
    }

    #[test]
    fn goals_by_id_code_or_number() {
        let ds = crate::load::load_bytes(crate::bundled::BYTES, "b.json")
            .dataset
            .expect("the bundled dataset loads");
        let names = |s: &str| s.split(',').map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(resolve_goals(&ds, &names("7,8,1")), Ok(vec![6, 7, 0]));
        assert_eq!(resolve_goals(&ds, &names("g10, g2")), Ok(vec![9, 1]));
        assert_eq!(resolve_goals(&ds, &[]), Ok((0..10).collect()));
        let err = resolve_goals(&ds, &names("7,g99")).unwrap_err().to_string();
        assert!(err.contains("\"g99\""), "{err}");
        assert!(err.contains("g1 (1), g2 (2)"), "{err}");
        assert!(resolve_goals(&ds, &names("11")).is_err());
        assert!(resolve_goals(&ds, &names("0")).is_err());
        assert!(matches!(
            resolve_goals(&ds, &names("7,,8")),
            Err(GoalsError::Empty { .. })
        ));
    }

    #[test]
    fn a_long_list_of_goals_is_cut() {
        let mut ds = crate::load::load_bytes(crate::bundled::BYTES, "b.json")
            .dataset
            .expect("the bundled dataset loads");
        let goal = ds.goals[0].clone();
        ds.goals = vec![goal; 1000];
        let err = unknown_goal(&ds, "x").to_string();
        assert!(err.ends_with("… (1000 in all)"), "{err}");
        assert!(err.len() < 400, "{err}");
    }
}
