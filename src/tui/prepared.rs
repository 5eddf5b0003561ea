//! What the views need per frame, computed once per load: each indicator's number format and
//! sparkline, the owners and goals of each initiative as text, and the search index. Drawing
//! then only reads, so the cost of a frame does not grow with the dataset. A chart's points are
//! the exception: only the indicator on screen has one, so [`IndicatorParts::chart`] works
//! them out as it is drawn (`chart`, microseconds for a series of a hundred points) rather than
//! keeping every point of every indicator twice more for the session.

mod breakdowns;
pub use super::chart::{ChartData, ChartMarks, year_of};
pub use super::refs::IndicatorRef;
use super::search::{Found, SearchIndex};
use super::theme::Theme;
use crate::figures::{Figures, IndicatorFigures, parallel};
use crate::format::{IndicatorFormat, sort_key, sparkline};
use crate::model::Lang;
use crate::model::{
    Dataset, Goal, IdIndex, Indicator, Initiative, Period, Point, PointKind, owner_label,
};
pub use breakdowns::PreparedBreakdowns;

/// How many of the latest points a sparkline shows at most.
pub const SPARK_POINTS: usize = 16;

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
        // The initiatives (their owners and goals as text, sort keys) and the number formats
        // are prepared on a second thread beside the figures (themselves on every core) and the
        // goals.
        let lookup = IdIndex::references(&dataset);
        let (figures, prepared) = std::thread::scope(|scope| {
            let initiatives = || {
                let initiatives = prepare_initiatives(&dataset, &lookup, theme, lang);
                (initiatives, formats(&dataset))
            };
            // Without a second thread (the system would not start one) all is done here.
            let beside = std::thread::Builder::new()
                .spawn_scoped(scope, initiatives)
                .ok();
            let figures = Figures::compute(&dataset);
            let goals = prepare_goals(&dataset, &figures, &lookup, theme.ascii());
            let (initiatives, formats) = match beside {
                Some(beside) => beside
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                None => initiatives(),
            };
            let mut prepared = Prepared {
                goals,
                initiatives,
                search: None,
                lookup: IdIndex::default(),
                browse: super::orders::Orders::default(),
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
            .map(|ini| owners_text(&self.prepared.lookup, &self.dataset, ini, theme))
            .unwrap_or_default()
    }

    /// The codes (else ids) of the goals initiative `n` serves, cleaned: `8, 9`.
    pub fn goals_text(&self, n: usize, theme: &Theme) -> String {
        self.dataset
            .initiatives
            .get(n)
            .map(|ini| goals_text(&self.prepared.lookup, &self.dataset, ini, theme))
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
    /// Goals and owners by id (what initiatives refer to).
    pub lookup: IdIndex,
    /// The initiatives browser's orders, built as it first sorts by each column.
    pub browse: super::orders::Orders,
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
    /// The breakdowns' dimensions, sparklines and filter texts (v1.1).
    pub breakdowns: PreparedBreakdowns,
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
    lookup: &IdIndex,
    ascii: bool,
) -> Vec<PreparedGoal> {
    // The sparklines and breakdowns of 10,000 indicators, on every core as the figures are.
    let mut goals = parallel::map(&dataset.goals, |goal| PreparedGoal {
        main: None,
        indicators: goal
            .indicators
            .iter()
            .map(|ind| PreparedIndicator::new(ind, ascii))
            .collect(),
        initiatives: Vec::new(),
        latest_note: newest(goal.notes.iter().map(|n| n.date)),
    });
    let served = served_by(dataset, lookup);
    let each = dataset.goals.iter().zip(&figures.goals).zip(served);
    for (prepared, ((goal, gf), initiatives)) in goals.iter_mut().zip(each) {
        prepared.main = main_indicator(goal, &gf.indicators);
        prepared.initiatives = initiatives;
    }
    goals
}

fn prepare_initiatives(
    dataset: &Dataset,
    lookup: &IdIndex,
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

/// An initiative's owners by short name (else name, else id), cleaned: `CSS, CFB`.
fn owners_text(index: &IdIndex, dataset: &Dataset, ini: &Initiative, theme: &Theme) -> String {
    index.owners_text(dataset, &ini.owners, owner_label, |s| theme.clean(s))
}

/// The codes (else ids) of the goals an initiative serves, cleaned: `8, 9`.
fn goals_text(index: &IdIndex, dataset: &Dataset, ini: &Initiative, theme: &Theme) -> String {
    index.goals_text(dataset, &ini.goals, |s| theme.clean(s))
}

/// For each goal, the initiatives serving it, in file order (each once), in one pass.
fn served_by(dataset: &Dataset, lookup: &IdIndex) -> Vec<Vec<usize>> {
    let mut served = vec![Vec::new(); dataset.goals.len()];
    for (n, ini) in dataset.initiatives.iter().enumerate() {
        for id in &ini.goals {
            for &g in lookup.goals(id.as_str()) {
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
        lookup: &IdIndex,
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
            owners_key: sort_key(&owners_text(lookup, dataset, ini, theme), lang),
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

impl PreparedIndicator {
    fn new(ind: &Indicator, ascii: bool) -> Self {
        Self {
            // Set by `Prepared::set_formats`.
            format: IndicatorFormat::new(0, None),
            spark: spark_of(&ind.series, ascii),
            breakdowns: PreparedBreakdowns::new(&ind.breakdowns, ascii),
        }
    }
}

/// The latest points of a series as a sparkline, one glyph per point (a space for a hole).
pub fn spark_of(series: &[Point], ascii: bool) -> String {
    let tail = &series[series.len().saturating_sub(SPARK_POINTS)..];
    // v1.1: a planned point is not measured: the sparkline leaves it out.
    let values: Vec<Option<f64>> = tail
        .iter()
        .filter(|p| p.kind() != PointKind::Planned)
        .map(Point::value)
        .collect();
    sparkline(&values, ascii)
}

#[cfg(test)]
mod tests;
