//! The changes since a baseline as the dashboard shows them, worked out once per comparison
//! (at start, and again when the file reloads): the header's line, the items to mark in every
//! list, the points to mark in the indicator view, the changes screen's lines. Drawing then only
//! looks things up, so the header line and the markers cost nothing per key.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use super::prepared::{Data, IndicatorRef};
use crate::baseline::{BaselineSpec, Current, resolve};
use crate::compare::{Changes, IndicatorChange, Parent, Transition};
use crate::figures::{Figures, Status};
use crate::format::Locale;
use crate::model::{Dataset, GoalId, IdIndex, InitiativeId, InitiativeStatus, Lang, Period};
use crate::report::changes::{self, Opens, Origin, Section};
use crate::settings::{Paths, ReviewKey, Reviews};

/// A point of the indicator on screen that changed: new, or revised from an old value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PointMark {
    New,
    /// The value before (`None`: a hole).
    Revised(Option<f64>),
}

/// A row of the changes screen: a goal's heading or one of its changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub text: String,
    pub heading: bool,
    /// How far in (0 for headings).
    pub depth: u8,
    pub opens: Opens,
}

fn rows(sections: &[Section]) -> Vec<Row> {
    let mut rows = Vec::new();
    for section in sections {
        rows.push(Row {
            text: section.heading.clone(),
            heading: true,
            depth: 0,
            opens: section.goal.clone().map_or(Opens::Nothing, Opens::Goal),
        });
        rows.extend(section.entries.iter().map(|e| Row {
            text: e.text.clone(),
            heading: false,
            depth: e.depth + 1,
            opens: e.opens.clone(),
        }));
    }
    rows
}

/// The baseline and what changed since it.
#[derive(Clone, Debug)]
pub struct SinceView {
    /// Shared, not copied: a national dataset's older version is tens of MB.
    pub baseline: Arc<(Dataset, Figures)>,
    pub origin: Origin,
    pub changes: Changes,
    /// "since 20 mar 2017: 3 new values · 1 revised · 2 status changes · 4 new notes".
    pub line: String,
    /// The changes goal by goal, one row each, for the changes screen.
    pub rows: Vec<Row>,
    /// Goals (positions) with any change of their own, their indicators' or their initiatives'.
    pub goals: HashSet<usize>,
    pub indicators: HashSet<IndicatorRef>,
    /// Initiatives (positions) with a change of their own or their measures'.
    pub initiatives: HashSet<usize>,
    /// Per changed indicator, its new and revised points by date.
    pub points: HashMap<IndicatorRef, Vec<(Period, PointMark)>>,
    /// Statuses that moved, by goal, indicator and initiative, for the screens that show one.
    pub goal_status: HashMap<usize, Transition<Status>>,
    pub initiative_status: HashMap<usize, Transition<InitiativeStatus>>,
}

impl SinceView {
    /// Compares the baseline with the data shown.
    pub fn new(
        baseline: Arc<(Dataset, Figures)>,
        origin: Origin,
        data: &Data,
        loc: Locale,
    ) -> Self {
        let changes = Changes::between((&baseline.0, &baseline.1), (&data.dataset, &data.figures));
        let line = format!(
            "{} {}: {}",
            loc.word(crate::format::Word::Since),
            changes::origin_short(loc, &origin),
            changes::summary(loc, &changes.summary())
        );
        let rows = rows(&changes::sections(
            &changes,
            &data.dataset,
            &baseline.0,
            loc,
        ));
        let mut view = Self {
            baseline,
            origin,
            changes,
            line,
            rows,
            goals: HashSet::new(),
            indicators: HashSet::new(),
            initiatives: HashSet::new(),
            points: HashMap::new(),
            goal_status: HashMap::new(),
            initiative_status: HashMap::new(),
        };
        view.mark(&data.dataset);
        view
    }

    /// The same baseline against a new version of the data (the file reloaded).
    #[must_use]
    pub fn again(&self, data: &Data, loc: Locale) -> Self {
        Self::new(Arc::clone(&self.baseline), self.origin.clone(), data, loc)
    }

    /// Works out which indicators and points to mark.
    fn mark_indicators(&mut self, index: &IdIndex) {
        let at = |id: &str| index.indicator(id).map(IndicatorRef::from);
        for ind in &self.changes.indicators {
            let Some(r) = at(ind.id.as_str()) else {
                continue;
            };
            self.indicators.insert(r);
            let mut marks: Vec<(Period, PointMark)> = ind
                .points
                .new
                .iter()
                .map(|p| (p.date, PointMark::New))
                .collect();
            marks.extend(
                ind.points
                    .revised
                    .iter()
                    .map(|p| (p.date, PointMark::Revised(p.old))),
            );
            self.points.insert(r, marks);
        }
        for (id, _) in &self.changes.added.indicators {
            self.indicators.extend(at(id.as_str()));
        }
    }

    /// Works out which goals and initiatives to mark.
    fn mark(&mut self, ds: &Dataset) {
        let index = IdIndex::new(ds);
        self.mark_indicators(&index);
        let goal_at = |id: &GoalId| index.goal(id.as_str());
        let ini_at = |id: &str| index.initiative(id);
        let c = &self.changes;
        self.goal_status = c
            .goals
            .iter()
            .filter_map(|g| Some((goal_at(&g.id)?, g.status)))
            .collect();
        self.initiative_status = c
            .initiatives
            .iter()
            .filter_map(|i| Some((ini_at(i.id.as_str())?, i.status?)))
            .collect();
        let added = c.added.initiatives.iter().map(InitiativeId::as_str);
        let mut initiatives: HashSet<usize> = (c.initiatives.iter().map(|i| i.id.as_str()))
            .chain(added)
            .filter_map(ini_at)
            .collect();
        let mut goals: HashSet<usize> = (c.goals.iter().map(|g| &g.id))
            .chain(c.notes.iter().map(|n| &n.goal))
            .chain(&c.added.goals)
            .filter_map(goal_at)
            .collect();
        let parents = (c.indicators.iter().map(|i| &i.of))
            .chain(c.added.indicators.iter().map(|(_, p)| p))
            .chain(c.removed.indicators.iter().map(|(_, p)| p));
        for parent in parents {
            match parent {
                Parent::Goal(g) => goals.extend(goal_at(g)),
                Parent::Initiative(i) => initiatives.extend(ini_at(i.as_str())),
            }
        }
        for &i in &initiatives {
            goals.extend(ds.initiatives[i].goals.iter().filter_map(goal_at));
        }
        self.goals = goals;
        self.initiatives = initiatives;
    }

    /// The changes of one goal, for `y`.
    pub fn of_goal(&self, goal: &GoalId, ds: &Dataset) -> Changes {
        self.changes.for_goals(std::slice::from_ref(goal), ds)
    }

    /// Whether the indicator or measure with this id changed or was added (the lists are
    /// sorted by id), for a view that holds an indicator without its place.
    pub fn indicator_changed(&self, id: &str) -> bool {
        let c = &self.changes;
        self.indicator_change(id).is_some()
            || c.added
                .indicators
                .binary_search_by(|(i, _)| i.as_str().cmp(id))
                .is_ok()
    }

    /// The change of the indicator or measure with this id (the list is sorted by id).
    pub fn indicator_change(&self, id: &str) -> Option<&IndicatorChange> {
        let list = &self.changes.indicators;
        let at = list.binary_search_by(|i| i.id.as_str().cmp(id)).ok()?;
        list.get(at)
    }

    /// How a point of an indicator changed, if it did.
    pub fn point(&self, r: IndicatorRef, date: Period) -> Option<PointMark> {
        self.points
            .get(&r)?
            .iter()
            .find(|(d, _)| *d == date)
            .map(|(_, m)| *m)
    }
}

/// An older version to compare with, as the event loop or the command line read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Baseline {
    /// Shared, not copied: a national dataset's older version is tens of MB.
    pub pair: Arc<(Dataset, Figures)>,
    pub origin: Origin,
}

/// Reads the baseline the dashboard starts with: `--since` when given, else the latest review
/// mark when there is one (`None`: neither). Reads files (and git), so the command line calls
/// it, and hands the result to `update` as `Action::Baseline`; a baseline
/// Why the baseline asked for could not be had, in the dashboard's language (the reason's
/// first two lines; the banner has no more room).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("--since {spec}: {reason}")]
pub struct BaselineUnread {
    pub spec: String,
    pub reason: String,
}

/// that fails comes back as the reason, for the banner, in `lang`.
pub fn read_baseline(
    since: Option<&str>,
    current: Current<'_>,
    paths: Option<&Paths>,
    lang: Lang,
) -> Option<Result<Box<Baseline>, BaselineUnread>> {
    let reviews = paths.map(|p| Reviews::beside(&p.state));
    let spec = if let Some(s) = since {
        BaselineSpec::parse(s)
    } else {
        let key = review_key(current);
        match reviews.as_ref().map(|r| r.latest(&key)) {
            Some(Ok(Some(_))) => BaselineSpec::LastReview,
            _ => return None,
        }
    };
    Some(match resolve(&spec, current, reviews.as_ref()) {
        Ok(baseline) => {
            let figures = Figures::for_comparison(&baseline.dataset);
            Ok(Box::new(Baseline {
                pair: Arc::new((baseline.dataset, figures)),
                origin: baseline.origin,
            }))
        }
        Err(e) => {
            let text = e.in_lang(lang);
            let first: Vec<&str> = text.lines().take(2).map(str::trim).collect();
            Err(BaselineUnread {
                spec: spec.to_string(),
                reason: first.join(" "),
            })
        }
    })
}

fn review_key(current: Current<'_>) -> ReviewKey {
    match current {
        Current::File(path) => ReviewKey::file(path),
        Current::Bundled => ReviewKey::bundled(),
    }
}

/// Why `M` kept no review mark, said in the dashboard's language (the banner shows it).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MarkError {
    /// No state directory could be found to keep marks in.
    #[error("{}", say(*.lang, "no state directory to keep the mark in", "ingen tilstandsmappe at gemme mærket i"))]
    NoStateDirectory { lang: Lang },
    /// The file could not be read (already cleaned for the terminal).
    #[error("{file}: {message}")]
    Read { file: String, message: String },
    /// The mark could not be written.
    #[error("{}: {message}", say(*.lang, "the review mark was not kept", "gennemgangen blev ikke gemt"))]
    NotKept { lang: Lang, message: String },
}

/// `M`'s effect: keeps the file's content (`None`: the bundled dataset) in the state directory
/// as reviewed now, and returns the mark's day, or why not. Writes files, so only the event
/// loop calls it.
pub fn write_mark(file: Option<&Path>, lang: Lang) -> Result<NaiveDate, MarkError> {
    let Some(paths) = Paths::resolve(None) else {
        return Err(MarkError::NoStateDirectory { lang });
    };
    let (current, content) = match file {
        Some(path) => match read_capped(path) {
            Ok(bytes) => (Current::File(path), bytes),
            Err(e) => {
                let name = path.display().to_string();
                return Err(MarkError::Read {
                    file: crate::sanitize::clean(&name).into_owned(),
                    message: e.to_string(),
                });
            }
        },
        None => (Current::Bundled, crate::bundled::BYTES.to_vec()),
    };
    let now = chrono::Local::now().fixed_offset();
    let reviews = Reviews::beside(&paths.state);
    reviews
        .mark(&review_key(current), &content, now)
        .map(|mark| mark.day())
        .map_err(|e| MarkError::NotKept {
            lang,
            message: e.to_string(),
        })
}

/// What the banner says once a review is marked.
pub fn reviewed(loc: Locale, day: NaiveDate) -> String {
    let day = loc.day(day);
    match loc.lang {
        Lang::En => {
            format!("Marked reviewed {day}: changes from now on are shown since this review")
        }
        Lang::Da => {
            format!("Markeret gennemgået {day}: ændringer vises fremover siden denne gennemgang")
        }
    }
}

/// What `c` says when there is nothing to compare with.
pub fn no_baseline(lang: Lang) -> &'static str {
    say(
        lang,
        "No baseline to compare with: M marks a review, --since names one",
        "Intet at sammenligne med: M markerer en gennemgang, --since angiver en",
    )
}

fn say(lang: Lang, en: &'static str, da: &'static str) -> &'static str {
    if lang == Lang::En { en } else { da }
}

/// The file's bytes, up to the size goalboard reads; for an Open SDG repository (a folder),
/// the dataset document read from it, which is what a mark must keep of many files.
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    if path.is_dir() {
        let document = crate::opensdg::read_repository(path).document;
        return serde_json::to_vec(&document).map_err(std::io::Error::other);
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(crate::load::MAX_FILE_BYTES)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
