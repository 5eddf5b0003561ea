//! The changes in words, goal by goal, as a meeting goes through them: each goal that changed
//! or whose indicators or initiatives changed gets a section, then the changes that belong to
//! no goal of the current version. Text, markdown and the dashboard's changes screen all read
//! these sections; each entry says which item it opens.

use super::words::{Label, arrow, label};
use crate::compare::{
    BreakdownChange, Changes, IndicatorChange, InitiativeChange, Parent, PointValue, Revised,
};
use crate::format::{IndicatorFormat, Locale, Word};
use crate::model::{
    Dataset, Goal, GoalId, IdIndex, Indicator, IndicatorId, Initiative, InitiativeId,
};
use crate::report::phrases::clean;

/// How many points of one kind an entry lists before "and N more".
const LISTED: usize = 4;

/// What an entry opens in the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opens {
    Nothing,
    Goal(GoalId),
    Indicator(IndicatorId),
    Initiative(InitiativeId),
}

/// One line of changes; `depth` 1 for what belongs to the entry above (an initiative's updates).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub opens: Opens,
    pub depth: u8,
    pub text: String,
}

/// A goal's changes, or (with `goal` None) those that belong to no goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub goal: Option<GoalId>,
    pub heading: String,
    pub entries: Vec<Entry>,
}

/// The items of both versions by id, for titles and number formats.
struct Lookup<'a> {
    current: &'a Dataset,
    baseline: &'a Dataset,
    now: IdIndex,
    then: IdIndex,
}

impl<'a> Lookup<'a> {
    fn new(current: &'a Dataset, baseline: &'a Dataset) -> Self {
        Self {
            current,
            baseline,
            now: IdIndex::new(current),
            then: IdIndex::new(baseline),
        }
    }

    /// The indicator or measure in the current version, else in the older one.
    fn indicator(&self, id: &str) -> Option<&'a Indicator> {
        (self.now.indicator_of(self.current, id))
            .or_else(|| self.then.indicator_of(self.baseline, id))
    }

    /// The initiative in the current version, else in the older one.
    fn initiative(&self, id: &str) -> Option<&'a Initiative> {
        (self.now.initiative_of(self.current, id))
            .or_else(|| self.then.initiative_of(self.baseline, id))
    }
}

fn goal_name(loc: Locale, goal: &Goal) -> String {
    match &goal.code {
        Some(code) => format!("{} {}", clean(loc, code), clean(loc, &goal.title)),
        None => clean(loc, &goal.title).into_owned(),
    }
}

/// The changes of the comparison in sections, goal by goal in the current file's order.
pub fn sections(
    changes: &Changes,
    current: &Dataset,
    baseline: &Dataset,
    loc: Locale,
) -> Vec<Section> {
    let look = Lookup::new(current, baseline);
    let mut out: Vec<Section> = current
        .goals
        .iter()
        .filter_map(|goal| goal_section(changes, &look, goal, loc))
        .collect();
    out.extend(other_section(changes, &look, loc));
    out
}

fn goal_section(changes: &Changes, look: &Lookup<'_>, goal: &Goal, loc: Locale) -> Option<Section> {
    let mut heading = goal_name(loc, goal);
    if changes.added.goals.contains(&goal.id) {
        heading = format!("{}: {heading}", label(loc, Label::NewGoal));
    }
    if let Some(change) = changes.goals.iter().find(|c| c.id == goal.id) {
        let (was, now) = change.status;
        heading = format!(
            "{heading}: {} {} {}",
            loc.status(was),
            arrow(loc),
            loc.status(now)
        );
    }
    let mut entries = Vec::new();
    for note in changes.notes.iter().filter(|n| n.goal == goal.id) {
        entries.push(Entry {
            opens: Opens::Goal(goal.id.clone()),
            depth: 0,
            text: format!(
                "{} {}: {}",
                loc.word(Word::Note),
                loc.date(note.date),
                clean(loc, &note.text)
            ),
        });
    }
    let of_goal = Parent::Goal(goal.id.clone());
    entries.extend(indicator_entries(changes, look, &of_goal, loc));
    for ini in &current_initiatives_of(look, &goal.id) {
        entries.extend(initiative_entries(changes, look, ini, loc));
    }
    let changed =
        changes.goals.iter().any(|c| c.id == goal.id) || changes.added.goals.contains(&goal.id);
    (changed || !entries.is_empty()).then(|| Section {
        goal: Some(goal.id.clone()),
        heading,
        entries,
    })
}

/// The initiatives serving a goal, in the current file's order.
fn current_initiatives_of<'a>(look: &Lookup<'a>, goal: &GoalId) -> Vec<&'a Initiative> {
    look.current
        .initiatives
        .iter()
        .filter(|i| i.goals.contains(goal))
        .collect()
}

/// The entries of the indicators (or measures) of one parent: changed, added, removed.
fn indicator_entries(
    changes: &Changes,
    look: &Lookup<'_>,
    parent: &Parent,
    loc: Locale,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = changes
        .indicators
        .iter()
        .filter(|c| &c.of == parent)
        .map(|c| Entry {
            opens: Opens::Indicator(c.id.clone()),
            depth: u8::from(matches!(parent, Parent::Initiative(_))),
            text: indicator_text(look, c, loc),
        })
        .collect();
    let title = |id: &IndicatorId| {
        look.indicator(id.as_str())
            .map_or_else(|| id.to_string(), |i| clean(loc, &i.title).into_owned())
    };
    for (id, _) in changes.added.indicators.iter().filter(|(_, p)| p == parent) {
        entries.push(Entry {
            opens: Opens::Indicator(id.clone()),
            depth: u8::from(matches!(parent, Parent::Initiative(_))),
            text: format!("{}: {}", label(loc, Label::NewIndicator), title(id)),
        });
    }
    for (id, _) in changes
        .removed
        .indicators
        .iter()
        .filter(|(_, p)| p == parent)
    {
        entries.push(Entry {
            opens: Opens::Nothing,
            depth: u8::from(matches!(parent, Parent::Initiative(_))),
            text: format!("{}: {}", label(loc, Label::RemovedIndicator), title(id)),
        });
    }
    entries
}

/// " +3 more" after the first [`LISTED`] of `total`, else nothing.
fn more(loc: Locale, total: usize) -> String {
    if total > LISTED {
        format!(" +{} {}", total - LISTED, label(loc, Label::More))
    } else {
        String::new()
    }
}

fn value(loc: Locale, fmt: &IndicatorFormat, v: Option<f64>) -> String {
    v.map_or_else(|| label(loc, Label::Hole), |v| fmt.value(loc, v))
}

/// "new: 38 personer (dec 2016), 40 personer (jun 2017) and 3 more".
fn listed(loc: Locale, word: Label, points: &[PointValue], fmt: &IndicatorFormat) -> String {
    let shown: Vec<String> = points
        .iter()
        .take(LISTED)
        .map(|p| format!("{} ({})", value(loc, fmt, p.value), loc.date(p.date)))
        .collect();
    let mut text = format!("{}: {}", label(loc, word), shown.join(", "));
    text.push_str(&more(loc, points.len()));
    text
}

fn indicator_text(look: &Lookup<'_>, change: &IndicatorChange, loc: Locale) -> String {
    let ind = look.indicator(change.id.as_str());
    let fmt = ind.map_or_else(|| IndicatorFormat::new(2, None), IndicatorFormat::of);
    let title = ind.map_or_else(
        || change.id.to_string(),
        |i| clean(loc, &i.title).into_owned(),
    );
    let mut parts = Vec::new();
    if let Some((was, now)) = change.status {
        parts.push(format!(
            "{} {} {}",
            loc.status(was),
            arrow(loc),
            loc.status(now)
        ));
    }
    let points = &change.points;
    if !points.new.is_empty() {
        parts.push(listed(loc, Label::New, &points.new, &fmt));
    }
    if !points.revised.is_empty() {
        parts.push(revised(loc, &fmt, &points.revised));
    }
    if !points.removed.is_empty() {
        parts.push(listed(loc, Label::Removed, &points.removed, &fmt));
    }
    if !change.breakdowns.is_empty() {
        parts.push(breakdowns(loc, &change.breakdowns));
    }
    if let (Some((was, now)), true) = (change.latest, points.is_empty()) {
        let side = |d: Option<crate::figures::DatedValue>| {
            d.map_or_else(
                || label(loc, Label::Hole),
                |d| format!("{} ({})", fmt.value(loc, d.value), loc.date(d.date)),
            )
        };
        parts.push(format!(
            "{}: {} {} {}",
            label(loc, Label::Latest),
            side(was),
            arrow(loc),
            side(now)
        ));
    }
    format!("{title}: {}", parts.join(loc.sep()))
}

/// `revised: 12 → 13 (2019), …`: the first few revised points, old to new.
fn revised(loc: Locale, fmt: &IndicatorFormat, revised: &[Revised]) -> String {
    let shown: Vec<String> = revised
        .iter()
        .take(LISTED)
        .map(|r| {
            let old = value(loc, fmt, r.old);
            format!(
                "{old} {} {} ({})",
                arrow(loc),
                value(loc, fmt, r.new),
                loc.date(r.date)
            )
        })
        .collect();
    let mut text = format!("{}: {}", label(loc, Label::Revised), shown.join(", "));
    text.push_str(&more(loc, revised.len()));
    text
}

/// `breakdowns: sex: women; sex: men`: the first few breakdowns that changed.
fn breakdowns(loc: Locale, changed: &[BreakdownChange]) -> String {
    let shown: Vec<String> = changed
        .iter()
        .take(LISTED)
        .map(|b| {
            let pairs: Vec<String> = b
                .dimensions
                .iter()
                .map(|(k, v)| format!("{}: {}", clean(loc, k), clean(loc, v)))
                .collect();
            pairs.join(", ")
        })
        .collect();
    let word = if loc.lang == crate::model::Lang::En {
        "breakdowns"
    } else {
        "opdelinger"
    };
    format!("{word}: {}{}", shown.join("; "), more(loc, changed.len()))
}

/// An initiative's own line (its status, or its name), its updates and milestones, its
/// measures. Empty when nothing of it changed.
fn initiative_entries(
    changes: &Changes,
    look: &Lookup<'_>,
    ini: &Initiative,
    loc: Locale,
) -> Vec<Entry> {
    let of = Parent::Initiative(ini.id.clone());
    let measures = indicator_entries(changes, look, &of, loc);
    let change = changes.initiatives.iter().find(|c| c.id == ini.id);
    let added = changes.added.initiatives.contains(&ini.id);
    if change.is_none() && measures.is_empty() && !added {
        return Vec::new();
    }
    let name = clean(loc, &ini.title).into_owned();
    let mut head = if added {
        format!("{}: {name}", label(loc, Label::NewInitiative))
    } else {
        format!("{}: {name}", capitalized(loc, Word::Initiative))
    };
    let mut entries = Vec::new();
    if let Some(change) = change {
        if let Some((was, now)) = change.status {
            head = format!(
                "{head}: {} {} {}",
                loc.initiative_status(was),
                arrow(loc),
                loc.initiative_status(now)
            );
        }
        entries.extend(initiative_details(change, loc));
    }
    let opens = Opens::Initiative(ini.id.clone());
    let mut all = vec![Entry {
        opens: opens.clone(),
        depth: 0,
        text: head,
    }];
    all.extend(entries.into_iter().map(|text| Entry {
        opens: opens.clone(),
        depth: 1,
        text,
    }));
    all.extend(measures);
    all
}

fn capitalized(loc: Locale, word: Word) -> String {
    crate::format::capitalize(&loc.word(word))
}

fn initiative_details(change: &InitiativeChange, loc: Locale) -> Vec<String> {
    let updates = change.new_updates.iter().map(|u| {
        format!(
            "{} {}: {}",
            label(loc, Label::Update),
            loc.date(u.date),
            clean(loc, &u.text)
        )
    });
    let milestones = change
        .milestones_done
        .iter()
        .map(|m| format!("{}: {}", label(loc, Label::MilestoneDone), clean(loc, m)));
    updates.chain(milestones).collect()
}

/// Initiatives that serve no goal of the current version, and removed goals and initiatives.
fn other_section(changes: &Changes, look: &Lookup<'_>, loc: Locale) -> Option<Section> {
    let serves_a_goal =
        |i: &Initiative| i.goals.iter().any(|g| look.now.goal(g.as_str()).is_some());
    let mut entries = Vec::new();
    let mut unplaced: Vec<&Initiative> = changes
        .initiatives
        .iter()
        .map(|c| &c.id)
        .chain(&changes.added.initiatives)
        .chain(changes.indicators.iter().filter_map(|c| match &c.of {
            Parent::Initiative(i) => Some(i),
            Parent::Goal(_) => None,
        }))
        .filter_map(|id| look.now.initiative_of(look.current, id.as_str()))
        .filter(|i| !serves_a_goal(i))
        .collect();
    unplaced.sort_by(|a, b| a.id.cmp(&b.id));
    unplaced.dedup_by(|a, b| a.id == b.id);
    for ini in unplaced {
        entries.extend(initiative_entries(changes, look, ini, loc));
    }
    for id in &changes.removed.goals {
        let name = (look.then.goal_of(look.baseline, id))
            .map_or_else(|| id.to_string(), |g| goal_name(loc, g));
        entries.push(Entry {
            opens: Opens::Nothing,
            depth: 0,
            text: format!("{}: {name}", label(loc, Label::RemovedGoal)),
        });
        let parent = Parent::Goal(id.clone());
        entries.extend(indicator_entries(changes, look, &parent, loc));
    }
    for id in &changes.removed.initiatives {
        let name = look
            .initiative(id.as_str())
            .map_or_else(|| id.to_string(), |i| clean(loc, &i.title).into_owned());
        entries.push(Entry {
            opens: Opens::Nothing,
            depth: 0,
            text: format!("{}: {name}", label(loc, Label::RemovedInitiative)),
        });
    }
    (!entries.is_empty()).then(|| Section {
        goal: None,
        heading: crate::format::capitalize(&label(loc, Label::Other)),
        entries,
    })
}
