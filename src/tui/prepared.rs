//! What the views need per frame, computed once per load: each indicator's number format and
//! sparkline, the owners and goals of each initiative as text, and the search index. Drawing
//! then only reads, so the cost of a frame does not grow with the dataset. A chart's points are
//! the exception: only the indicator on screen has one, so [`IndicatorParts::chart`] works
//! them out as it is drawn (microseconds for a series of a hundred points) rather than keeping
//! every point of every indicator twice more for the session.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::search::{Found, SearchIndex};
use super::theme::Theme;
use crate::figures::{Figures, IndicatorFigures};
use crate::format::{IndicatorFormat, default_decimals, sparkline};
use crate::model::Lang;
use crate::model::{
    Dataset, Goal, GoalId, Indicator, Initiative, Owner, OwnerId, Period, Point, PointKind,
    years_since_epoch,
};

/// How many of the latest points a sparkline shows at most.
pub const SPARK_POINTS: usize = 16;

/// Which indicator or measure: by position in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndicatorRef {
    /// Indicator `index` of goal `goal`.
    Goal { goal: usize, index: usize },
    /// Measure `index` of initiative `initiative`.
    Measure { initiative: usize, index: usize },
}

/// A dataset with its figures and everything prepared for drawing.
#[derive(Clone, Debug)]
pub struct Data {
    pub dataset: Dataset,
    pub figures: Figures,
    pub prepared: Prepared,
}

/// One indicator with everything the views show of it.
#[derive(Clone, Copy, Debug)]
pub struct IndicatorParts<'a> {
    pub indicator: &'a Indicator,
    pub figures: &'a IndicatorFigures,
    pub prepared: &'a PreparedIndicator,
}

impl IndicatorParts<'_> {
    /// The indicator's chart: its points in years and values, and the bounds that hold them.
    pub fn chart(&self) -> ChartData {
        ChartData::new(self.indicator, self.figures)
    }

    /// What the chart's legend names besides the series, without building the chart.
    pub fn chart_marks(&self) -> ChartMarks {
        ChartMarks::new(self.indicator, self.figures)
    }
}

impl Data {
    /// `lang` is the UI's; titles sort as the dataset's own language expects when it names
    /// one (Danish titles put `æ ø å` after `z` also under an English UI).
    pub fn new(dataset: Dataset, theme: &Theme, lang: Lang) -> Self {
        let mut data = Self::for_first_frame(dataset, theme, lang);
        data.search();
        data
    }

    /// Everything but the search index, which the first frame does not need: the dashboard
    /// builds it once that frame is drawn (or at the first search). On a national dataset the
    /// index is a third of the work between load and first frame (docs/performance.md).
    pub fn for_first_frame(dataset: Dataset, theme: &Theme, lang: Lang) -> Self {
        let lang = dataset.language.unwrap_or(lang);
        // The initiatives (their owners and goals as text, sort keys) are prepared on a second
        // thread beside the figures, the goals and the number formats: about equal halves.
        let lookup = Lookup::new(&dataset);
        let (figures, prepared) = std::thread::scope(|scope| {
            let initiatives = || prepare_initiatives(&dataset, &lookup, theme, lang);
            // Without a second thread (the system would not start one) all is done here.
            let beside = std::thread::Builder::new()
                .spawn_scoped(scope, initiatives)
                .ok();
            let figures = Figures::compute(&dataset);
            let goals = prepare_goals(&dataset, &figures, &lookup, theme.ascii());
            let formats = formats(&dataset);
            let initiatives = match beside {
                Some(beside) => beside
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                None => initiatives(),
            };
            let mut prepared = Prepared {
                goals,
                initiatives,
                search: None,
                lookup: Lookup::default(),
            };
            prepared.set_formats(formats);
            (figures, prepared)
        });
        let prepared = Prepared { lookup, ..prepared };
        Self {
            dataset,
            figures,
            prepared,
        }
    }

    /// The search index, built now if it is not yet.
    pub fn search(&mut self) -> &SearchIndex {
        self.prepared
            .search
            .get_or_insert_with(|| SearchIndex::new(&self.dataset))
    }

    /// Initiative `n`'s owners by short name (else name), cleaned: `CSS, CFB`. Made as a row
    /// is drawn (for the rows on screen), not kept for 50,000 initiatives.
    pub fn owners_text(&self, n: usize, theme: &Theme) -> String {
        self.dataset
            .initiatives
            .get(n)
            .map(|ini| self.prepared.lookup.owners_text(&self.dataset, ini, theme))
            .unwrap_or_default()
    }

    /// The codes (else ids) of the goals initiative `n` serves, cleaned: `8, 9`.
    pub fn goals_text(&self, n: usize, theme: &Theme) -> String {
        self.dataset
            .initiatives
            .get(n)
            .map(|ini| self.prepared.lookup.goals_text(&self.dataset, ini, theme))
            .unwrap_or_default()
    }

    /// What a search hit is; `None` before the index is built (there are no hits then).
    pub fn found(&self, hit: usize) -> Option<Found> {
        self.prepared.search.as_ref()?.found(hit)
    }

    pub fn indicator(&self, r: IndicatorRef) -> Option<IndicatorParts<'_>> {
        let (indicator, figures, prepared) = match r {
            IndicatorRef::Goal { goal, index } => (
                self.dataset.goals.get(goal)?.indicators.get(index)?,
                self.figures.goals.get(goal)?.indicators.get(index)?,
                self.prepared.goals.get(goal)?.indicators.get(index)?,
            ),
            IndicatorRef::Measure { initiative, index } => (
                self.dataset
                    .initiatives
                    .get(initiative)?
                    .measures
                    .get(index)?,
                self.figures
                    .initiatives
                    .get(initiative)?
                    .measures
                    .get(index)?,
                self.prepared
                    .initiatives
                    .get(initiative)?
                    .measures
                    .get(index)?,
            ),
        };
        Some(IndicatorParts {
            indicator,
            figures,
            prepared,
        })
    }

    /// The indicators beside this one (of the same goal, or measures of the same initiative).
    pub fn siblings(&self, r: IndicatorRef) -> usize {
        match r {
            IndicatorRef::Goal { goal, .. } => self
                .dataset
                .goals
                .get(goal)
                .map_or(0, |g| g.indicators.len()),
            IndicatorRef::Measure { initiative, .. } => self
                .dataset
                .initiatives
                .get(initiative)
                .map_or(0, |i| i.measures.len()),
        }
    }

    /// The initiatives serving goal `goal`, as positions in the dataset.
    pub fn initiatives_of(&self, goal: usize) -> &[usize] {
        self.prepared
            .goals
            .get(goal)
            .map_or(&[], |g| &g.initiatives)
    }
}

#[derive(Clone, Debug)]
pub struct Prepared {
    /// Parallel to the dataset's goals.
    pub goals: Vec<PreparedGoal>,
    /// Parallel to the dataset's initiatives.
    pub initiatives: Vec<PreparedInitiative>,
    /// Built after the first frame, or at the first search ([`Data::search`]).
    search: Option<SearchIndex>,
    lookup: Lookup,
}

#[derive(Clone, Debug)]
pub struct PreparedGoal {
    /// The indicator whose sparkline stands for the goal: the first with a target and data,
    /// else the first with data.
    pub main: Option<usize>,
    pub indicators: Vec<PreparedIndicator>,
    /// The initiatives serving the goal, in file order.
    pub initiatives: Vec<usize>,
    /// The newest note, by date (the last written of those on the newest date).
    pub latest_note: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct PreparedInitiative {
    pub measures: Vec<PreparedIndicator>,
    pub latest_update: Option<Period>,
    /// The title and owners folded for sorting (case and accents ignored).
    pub title_key: String,
    pub owners_key: String,
}

#[derive(Clone, Debug)]
pub struct PreparedIndicator {
    pub format: IndicatorFormat,
    /// The latest points as a sparkline, one glyph per point (a space for a hole).
    pub spark: String,
}

/// The marks of a chart that the legend names only when they are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartMarks {
    /// The forecast line ([`ChartData::forecast`]).
    pub forecast: bool,
    /// The baseline's own mark ([`ChartData::baseline`]).
    pub baseline: bool,
}

impl ChartMarks {
    fn new(ind: &Indicator, figures: &IndicatorFigures) -> Self {
        let baseline = baseline_mark(figures)
            .is_some_and(|b| !ind.series.iter().filter_map(xy).any(|p| p == b));
        Self {
            forecast: forecast(figures, deadline_x(ind)).is_some(),
            baseline,
        }
    }
}

/// The points of a chart in years (x) and values (y), with bounds that hold everything drawn.
#[derive(Clone, Debug)]
pub struct ChartData {
    /// The measured series, split where a value is missing so holes stay holes.
    pub segments: Vec<Vec<(f64, f64)>>,
    /// Every measured point.
    pub points: Vec<(f64, f64)>,
    /// One per comparison series (missing values skipped).
    pub comparisons: Vec<Vec<(f64, f64)>>,
    /// The baseline, when it is not one of the measured points.
    pub baseline: Option<(f64, f64)>,
    /// Where the target's deadline falls, when it has one.
    pub deadline_x: Option<f64>,
    /// From the latest point to the forecast at the deadline.
    pub forecast: Option<[(f64, f64); 2]>,
    pub x_bounds: [f64; 2],
    pub y_bounds: [f64; 2],
    /// Decimals that show the y-axis labels (low, middle, high) exactly.
    pub y_decimals: u8,
    /// The target's value as plotted.
    pub target_y: Option<f64>,
    /// What plotted values are multiplied by to give the real ones (1 unless they are too
    /// large for the canvas; see `scaled`).
    pub y_scale: f64,
}

impl Prepared {
    /// Sets each indicator's number format (in the order of [`formats`]).
    fn set_formats(&mut self, formats: Vec<IndicatorFormat>) {
        let goals = self.goals.iter_mut().flat_map(|g| &mut g.indicators);
        let measures = self.initiatives.iter_mut().flat_map(|i| &mut i.measures);
        for (prepared, format) in goals.chain(measures).zip(formats) {
            prepared.format = format;
        }
    }
}

fn prepare_goals(
    dataset: &Dataset,
    figures: &Figures,
    lookup: &Lookup,
    ascii: bool,
) -> Vec<PreparedGoal> {
    let mut served = served_by(dataset, lookup);
    dataset
        .goals
        .iter()
        .zip(&figures.goals)
        .zip(&mut served)
        .map(|((goal, gf), initiatives)| PreparedGoal {
            main: main_indicator(goal, &gf.indicators),
            indicators: goal
                .indicators
                .iter()
                .map(|ind| PreparedIndicator::new(ind, ascii))
                .collect(),
            initiatives: std::mem::take(initiatives),
            latest_note: newest(goal.notes.iter().map(|n| n.date)),
        })
        .collect()
}

fn prepare_initiatives(
    dataset: &Dataset,
    lookup: &Lookup,
    theme: &Theme,
    lang: Lang,
) -> Vec<PreparedInitiative> {
    dataset
        .initiatives
        .iter()
        .map(|ini| PreparedInitiative::new(dataset, lookup, ini, theme, lang))
        .collect()
}

/// The number format of every indicator, then of every measure, in dataset order.
fn formats(dataset: &Dataset) -> Vec<IndicatorFormat> {
    let goals = dataset.goals.iter().flat_map(|g| &g.indicators);
    let measures = dataset.initiatives.iter().flat_map(|i| &i.measures);
    goals.chain(measures).map(IndicatorFormat::of).collect()
}

/// Goals and owners by id, built once per load and kept: looking each reference up by scanning
/// the lists made preparing a national dataset (1,000 goals, 50,000 initiatives) quadratic, and
/// an initiative's row makes its owners' and goals' text from them as it is drawn.
#[derive(Clone, Debug, Default)]
struct Lookup {
    /// The first goal with each id (as `Dataset::goal`), and every goal with it: ids are
    /// unique in a checked dataset, but a dataset built in code may repeat one.
    goals: HashMap<String, Vec<usize>>,
    /// The first owner with each id (as `Dataset::owner`).
    owners: HashMap<String, usize>,
}

impl Lookup {
    fn new(dataset: &Dataset) -> Self {
        let mut goals: HashMap<String, Vec<usize>> = HashMap::with_capacity(dataset.goals.len());
        for (g, goal) in dataset.goals.iter().enumerate() {
            goals
                .entry(goal.id.as_str().to_owned())
                .or_default()
                .push(g);
        }
        let mut owners = HashMap::with_capacity(dataset.owners.len());
        for (o, owner) in dataset.owners.iter().enumerate() {
            owners.entry(owner.id.as_str().to_owned()).or_insert(o);
        }
        Self { goals, owners }
    }

    fn goal<'a>(&self, dataset: &'a Dataset, id: &GoalId) -> Option<&'a Goal> {
        let first = *self.goals.get(id.as_str())?.first()?;
        dataset.goals.get(first)
    }

    fn owner<'a>(&self, dataset: &'a Dataset, id: &OwnerId) -> Option<&'a Owner> {
        dataset.owners.get(*self.owners.get(id.as_str())?)
    }

    /// An initiative's owners by short name (else name, else id), cleaned: `CSS, CFB`.
    fn owners_text(&self, dataset: &Dataset, ini: &Initiative, theme: &Theme) -> String {
        joined(ini.owners.iter().map(|id| {
            let owner = self.owner(dataset, id);
            let name = owner
                .and_then(|o| o.short.as_deref())
                .or(owner.map(|o| o.name.as_str()))
                .unwrap_or(id.as_str());
            theme.clean(name)
        }))
    }

    /// The codes (else ids) of the goals an initiative serves, cleaned: `8, 9`.
    fn goals_text(&self, dataset: &Dataset, ini: &Initiative, theme: &Theme) -> String {
        joined(ini.goals.iter().map(|id| {
            let goal = self.goal(dataset, id);
            theme.clean(goal.and_then(|g| g.code.as_deref()).unwrap_or(id.as_str()))
        }))
    }
}

/// For each goal, the initiatives serving it, in file order (each once), in one pass.
fn served_by(dataset: &Dataset, lookup: &Lookup) -> Vec<Vec<usize>> {
    let mut served = vec![Vec::new(); dataset.goals.len()];
    for (n, ini) in dataset.initiatives.iter().enumerate() {
        for id in &ini.goals {
            for &g in lookup.goals.get(id.as_str()).into_iter().flatten() {
                let list: &mut Vec<usize> = &mut served[g];
                // An initiative naming a goal twice serves it once.
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
    }
    served
}

/// The position of the newest date (the last of equals, as `Initiative::latest_update`).
fn newest(dates: impl Iterator<Item = Period>) -> Option<usize> {
    dates
        .enumerate()
        .max_by_key(|&(i, d)| (d, i))
        .map(|(i, _)| i)
}

fn main_indicator(goal: &Goal, figures: &[IndicatorFigures]) -> Option<usize> {
    let with_data = |i: &usize| figures.get(*i).is_some_and(|f| f.latest.is_some());
    let all = 0..goal.indicators.len();
    all.clone()
        .filter(with_data)
        .find(|&i| goal.indicators[i].target.is_some())
        .or_else(|| all.clone().find(with_data))
        .or_else(|| all.clone().next())
}

impl PreparedInitiative {
    fn new(
        dataset: &Dataset,
        lookup: &Lookup,
        ini: &Initiative,
        theme: &Theme,
        lang: Lang,
    ) -> Self {
        Self {
            measures: ini
                .measures
                .iter()
                .map(|m| PreparedIndicator::new(m, theme.ascii()))
                .collect(),
            title_key: sort_key(&ini.title, lang),
            owners_key: sort_key(&lookup.owners_text(dataset, ini, theme), lang),
            latest_update: ini.latest_update().map(|u| u.date),
        }
    }
}

/// The updates of an initiative, newest first (the last written first on one date).
pub fn newest_first(ini: &Initiative) -> Vec<usize> {
    let mut updates: Vec<usize> = (0..ini.updates.len()).collect();
    updates.sort_by_key(|&i| std::cmp::Reverse((ini.updates[i].date, i)));
    updates
}

/// Texts joined with ", " into one string, made once (50,000 initiatives have two each).
fn joined<'a>(texts: impl Iterator<Item = Cow<'a, str>>) -> String {
    let mut all = String::new();
    for (i, text) in texts.enumerate() {
        if i > 0 {
            all.push_str(", ");
        }
        all.push_str(&text);
    }
    all
}

impl PreparedIndicator {
    fn new(ind: &Indicator, ascii: bool) -> Self {
        let tail = &ind.series[ind.series.len().saturating_sub(SPARK_POINTS)..];
        // v1.1: a planned point is not measured: the sparkline leaves it out.
        let values: Vec<Option<f64>> = tail
            .iter()
            .filter(|p| p.kind() != PointKind::Planned)
            .map(Point::value)
            .collect();
        Self {
            // Set by `Prepared::set_formats`.
            format: IndicatorFormat::new(0, None),
            spark: sparkline(&values, ascii),
        }
    }
}

/// A key that sorts text as people of the language expect: case and accents ignored, and in
/// Danish `æ ø å` after `z`, as in the dictionary.
pub fn sort_key(s: &str, lang: Lang) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match (lang, c) {
            (Lang::Da, 'æ' | 'ä') => key.push('{'),
            (Lang::Da, 'ø' | 'ö') => key.push('|'),
            (Lang::Da, 'å') => key.push('}'),
            _ if c.is_ascii() => key.push(c),
            _ => key.push_str(&deunicode::deunicode_char(c).unwrap_or("").to_lowercase()),
        }
    }
    key
}

/// A date as a position on the time axis, in calendar years (2016.5 is about 1 July 2016).
pub fn year_of(date: NaiveDate) -> f64 {
    1970.0 + years_since_epoch(date)
}

fn xy(p: &Point) -> Option<(f64, f64)> {
    let v = p.value().filter(|v| v.is_finite())?;
    Some((year_of(p.date.first_day()), v))
}

/// Where the baseline would be marked (drawn only when it is not one of the measured points).
fn baseline_mark(figures: &IndicatorFigures) -> Option<(f64, f64)> {
    figures
        .baseline
        .filter(|b| b.value.is_finite())
        .map(|b| (year_of(b.date.first_day()), b.value))
}

/// Where the target's deadline falls, when it has one.
fn deadline_x(ind: &Indicator) -> Option<f64> {
    ind.target
        .as_ref()
        .and_then(|t| t.date)
        .map(|d| year_of(d.last_day()))
}

/// From the latest point to the forecast at the deadline.
fn forecast(figures: &IndicatorFigures, deadline_x: Option<f64>) -> Option<[(f64, f64); 2]> {
    figures
        .latest
        .zip(figures.forecast)
        .zip(deadline_x)
        .map(|((l, f), x)| [(year_of(l.date.first_day()), l.value), (x, f)])
}

impl Default for ChartData {
    fn default() -> Self {
        Self {
            segments: Vec::new(),
            points: Vec::new(),
            comparisons: Vec::new(),
            baseline: None,
            deadline_x: None,
            forecast: None,
            x_bounds: [0.0, 1.0],
            y_bounds: [0.0, 1.0],
            y_decimals: 0,
            target_y: None,
            y_scale: 1.0,
        }
    }
}

impl ChartData {
    pub fn new(ind: &Indicator, figures: &IndicatorFigures) -> Self {
        // The points first, then the runs between holes as copies of exactly their size: a
        // national dataset has over a million points, so no vector grows by doubling here.
        let mut points: Vec<(f64, f64)> = Vec::with_capacity(ind.series.len());
        let mut breaks = Vec::new();
        for p in &ind.series {
            match xy(p) {
                Some(point) => points.push(point),
                None => breaks.push(points.len()),
            }
        }
        breaks.push(points.len());
        let mut start = 0;
        let mut segments = Vec::with_capacity(breaks.len());
        for end in breaks {
            if end > start {
                segments.push(points[start..end].to_vec());
            }
            start = end;
        }
        let comparisons: Vec<Vec<(f64, f64)>> = ind
            .comparisons
            .iter()
            .map(|c| c.series.iter().filter_map(xy).collect())
            .collect();
        // A baseline that is one of the measured points needs no mark of its own (it would hide
        // the point); one set apart, or off the series, gets one.
        let baseline = baseline_mark(figures).filter(|b| !points.contains(b));
        let deadline_x = deadline_x(ind);
        let forecast = forecast(figures, deadline_x);

        let xs = points
            .iter()
            .chain(comparisons.iter().flatten())
            .map(|p| p.0)
            .chain(baseline.map(|b| b.0))
            .chain(deadline_x);
        let target = ind
            .target
            .as_ref()
            .map(|t| t.value)
            .filter(|v| v.is_finite());
        let ys = points
            .iter()
            .chain(comparisons.iter().flatten())
            .map(|p| p.1)
            .chain(baseline.map(|b| b.1))
            .chain(target)
            .chain(forecast.map(|f| f[1].1));
        let x_bounds = year_bounds(xs);
        let (y_bounds, y_decimals) = value_bounds(ys);
        let chart = Self {
            segments,
            points,
            comparisons,
            baseline,
            deadline_x,
            forecast,
            target_y: target,
            x_bounds,
            y_bounds,
            y_decimals,
            y_scale: 1.0,
        };
        chart.scaled()
    }

    /// Values so large that the canvas's arithmetic would overflow (ratatui multiplies the
    /// span by its resolution, and an infinite result sends its line drawing into an endless
    /// loop) are plotted divided by the largest bound, so every plotted value is in −1…1;
    /// the axis labels multiply back.
    fn scaled(mut self) -> Self {
        let [y0, y1] = self.y_bounds;
        if ((y1 - y0) * 4096.0).is_finite() {
            return self;
        }
        let largest = y0.abs().max(y1.abs());
        let scale = if largest.is_finite() {
            largest
        } else {
            f64::MAX
        };
        let down = |p: &mut (f64, f64)| p.1 /= scale;
        self.segments.iter_mut().flatten().for_each(down);
        self.points.iter_mut().for_each(down);
        self.comparisons.iter_mut().flatten().for_each(down);
        self.baseline.iter_mut().for_each(down);
        self.forecast.iter_mut().flatten().for_each(down);
        self.target_y = self.target_y.map(|t| t / scale);
        self.y_bounds = [y0 / scale, y1 / scale];
        self.y_scale = scale;
        self
    }

    /// Whether there is anything to draw.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.comparisons.iter().all(Vec::is_empty)
    }
}

fn min_max(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Whole years around every date, at least one year wide.
fn year_bounds(xs: impl Iterator<Item = f64>) -> [f64; 2] {
    let Some((lo, hi)) = min_max(xs) else {
        return [0.0, 1.0];
    };
    let lo = lo.floor();
    let hi = hi.ceil().max(lo + 1.0);
    [lo, hi]
}

/// A round step of at least `x`: 1, 2, 2.5 or 5 times a power of ten.
fn nice_step(x: f64) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= x)
        .unwrap_or(10.0 * power)
}

/// Bounds for the value axis with three round labels (low, middle, high). Counts and shares
/// start at zero, so a small change does not look like a collapse; values far from zero get
/// bounds close around them.
fn value_bounds(ys: impl Iterator<Item = f64>) -> ([f64; 2], u8) {
    let Some((lo, hi)) = min_max(ys) else {
        return ([0.0, 1.0], 0);
    };
    let from_zero = lo >= 0.0 && (hi - lo) >= 0.2 * hi;
    let lo = if from_zero { 0.0 } else { lo };
    // About eight round steps, an even number of them, so the middle label is round too.
    let step = nice_step((hi - lo) / 8.0);
    let low = (lo / step).floor() * step;
    let mut high = (hi / step).ceil() * step;
    if high <= low {
        high = low + 2.0 * step;
    }
    if ((high - low) / step).round() % 2.0 == 1.0 {
        high += step;
    }
    let holds = low.is_finite() && high.is_finite() && low <= lo && high >= hi && high > low;
    if !holds {
        // Extreme values: plain bounds around them, no rounding.
        let pad = if hi > lo {
            0.0
        } else {
            (lo.abs() * 0.1).max(1.0)
        };
        return ([lo - pad, hi + pad], 2);
    }
    (
        [low, high],
        default_decimals([low, f64::midpoint(low, high), high]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every indicator and measure of a dataset, as the views get them.
    fn every_indicator(data: &Data) -> Vec<IndicatorParts<'_>> {
        let goals = data.dataset.goals.iter().enumerate().flat_map(|(goal, g)| {
            (0..g.indicators.len()).map(move |index| IndicatorRef::Goal { goal, index })
        });
        let measures = data
            .dataset
            .initiatives
            .iter()
            .enumerate()
            .flat_map(|(n, i)| {
                (0..i.measures.len()).map(move |index| IndicatorRef::Measure {
                    initiative: n,
                    index,
                })
            });
        goals
            .chain(measures)
            .map(|r| data.indicator(r).expect("a reference from the dataset"))
            .collect()
    }

    #[test]
    fn the_legend_names_the_marks_the_chart_draws() {
        use crate::model::{Baseline, Direction, Target};
        use crate::report::fixture;
        let theme = Theme::new(crate::tui::theme::ThemeOptions::default());
        let bundled = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        // The fixture, plus the cases of each mark: a baseline on a measured point and off the
        // series, a forecast with and without a deadline, a hole, a value out of range.
        let mut edges = fixture::dataset();
        let mut on_series = fixture::indicator("on", "On", None, Direction::Decrease);
        on_series.series =
            fixture::series(&[("2015", Some(10.0)), ("2016", None), ("2017", Some(8.0))]);
        on_series.baseline = Some(Baseline {
            date: fixture::period("2015"),
            value: 10.0,
        });
        on_series.target = Some(fixture::target(5.0, Some("2020")));
        let mut off_series = on_series.clone();
        off_series.id = "off".into();
        off_series.baseline = Some(Baseline {
            date: fixture::period("2014"),
            value: 12.0,
        });
        off_series.target = Some(Target {
            date: None,
            ..fixture::target(5.0, None)
        });
        let mut huge = on_series.clone();
        huge.id = "huge".into();
        huge.series = fixture::series(&[("2015", Some(f64::MAX)), ("2016", Some(-f64::MAX))]);
        edges.goals[0]
            .indicators
            .extend([on_series, off_series, huge]);
        let mut seen = (0, 0);
        for dataset in [bundled, edges] {
            let data = Data::new(dataset, &theme, Lang::Da);
            for p in every_indicator(&data) {
                let chart = p.chart();
                let marks = p.chart_marks();
                assert_eq!(
                    marks.forecast,
                    chart.forecast.is_some(),
                    "{}",
                    p.indicator.id
                );
                assert_eq!(
                    marks.baseline,
                    chart.baseline.is_some(),
                    "{}",
                    p.indicator.id
                );
                seen.0 += usize::from(marks.forecast);
                seen.1 += usize::from(marks.baseline);
            }
        }
        assert!(seen.0 > 0 && seen.1 > 0, "both marks were seen: {seen:?}");
    }

    #[test]
    fn danish_letters_sort_last_in_danish() {
        let mut titles = ["Åben", "Ældre", "Pitstop", "ost", "Øst", "abe"];
        titles.sort_by_key(|t| sort_key(t, Lang::Da));
        assert_eq!(titles, ["abe", "ost", "Pitstop", "Ældre", "Øst", "Åben"]);
        titles.sort_by_key(|t| sort_key(t, Lang::En));
        assert_eq!(titles, ["abe", "Åben", "Ældre", "ost", "Øst", "Pitstop"]);
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(12.0), 20.0);
        assert_eq!(nice_step(23.0), 25.0);
        assert_eq!(nice_step(30.5), 50.0);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn value_bounds_hold_every_value() {
        let (b, d) = value_bounds([61.0, 50.0, 54.0, 38.0].into_iter());
        assert_eq!(b, [0.0, 80.0]);
        assert_eq!(d, 0);
        let (b, d) = value_bounds([16.9, 10.0, 14.8].into_iter());
        assert_eq!((b, d), ([0.0, 20.0], 0));
        let (b, _) = value_bounds([96.0, 98.0].into_iter());
        assert_eq!(b, [96.0, 98.0]);
        let (b, _) = value_bounds([96.0, 97.5, 98.0].into_iter());
        assert!(b[0] <= 96.0 && b[1] >= 98.0 && b[0] > 0.0, "{b:?}");
        let (b, _) = value_bounds([-3.0, 2.0].into_iter());
        assert!(b[0] <= -3.0 && b[1] >= 2.0, "{b:?}");
        let (b, _) = value_bounds([5.0, 5.0].into_iter());
        assert!(b[0] <= 5.0 && b[1] > 5.0, "{b:?}");
        let (b, _) = value_bounds([1e308, -1e308].into_iter());
        assert!(b[0] < b[1], "{b:?}");
        assert_eq!(value_bounds(std::iter::empty()).0, [0.0, 1.0]);
    }

    #[test]
    fn year_bounds_are_whole_years() {
        assert_eq!(year_bounds([2015.3, 2016.9].into_iter()), [2015.0, 2017.0]);
        assert_eq!(year_bounds([2016.0].into_iter()), [2016.0, 2017.0]);
    }
}
