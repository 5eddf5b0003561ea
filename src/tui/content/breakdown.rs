//! The breakdowns screen's texts: its words, the line of dimensions, the filter's line, and one
//! breakdown's row (label, sparkline, latest value, date, trend, status). A row borrows what it
//! shows ([`Row`]); one breakdown opened is shown as an indicator of its own ([`One`], the
//! indicator's unit, format and direction lent to a copy of its series).

use std::borrow::Cow;

use ratatui::text::{Line, Span};

use crate::figures::IndicatorFigures;
use crate::format::{IndicatorFormat, Locale};
use crate::model::{Breakdown, Direction, Indicator, Lang, StatusMethod};
use crate::tui::app::App;
use crate::tui::content::columns::Col;
use crate::tui::content::{figures, open_sdg};
use crate::tui::prepared::PreparedBreakdowns;
use crate::tui::prepared::{IndicatorParts, PreparedIndicator};
use crate::tui::screens::BreakdownScreen;

/// The words only this screen says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// The key's label and the screen's name.
    Breakdowns,
    NoBreakdowns,
    /// The filter's label, and its hint when empty.
    Filter,
    TypeToFilter,
    NoMatch,
    /// The key's label between dimensions (`← →`).
    Dimension,
    /// The indicator's own series on the lines' chart, and a value's own target there.
    Total,
    OwnTarget,
}

impl Word {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Word::Breakdowns => ("breakdowns", "opdelinger"),
            Word::NoBreakdowns => (
                "this indicator has no breakdowns",
                "indikatoren har ingen opdelinger",
            ),
            Word::Filter => ("filter", "filtrér"),
            Word::TypeToFilter => (
                "type to filter the values",
                "skriv for at filtrere værdierne",
            ),
            Word::NoMatch => ("no value matches", "ingen værdi passer"),
            Word::Dimension => ("dimension", "dimension"),
            Word::Total => ("total", "i alt"),
            Word::OwnTarget => ("own target", "eget mål"),
        }
    }
}

/// A word in the locale's language (ASCII spells Danish letters out, as everywhere).
pub fn say(loc: Locale, word: Word) -> Cow<'static, str> {
    let (en, da) = word.text();
    let s = if loc.lang == Lang::En { en } else { da };
    if loc.ascii {
        crate::sanitize::clean_ascii(s)
    } else {
        Cow::Borrowed(s)
    }
}

/// One breakdown as an indicator of its own: the indicator's unit, decimals, direction and
/// number format; the breakdown's series, target, figures and sparkline.
pub struct One<'a> {
    indicator: Indicator,
    prepared: PreparedIndicator,
    figures: &'a IndicatorFigures,
}

impl<'a> One<'a> {
    /// Breakdown `n` of the indicator, titled `title`.
    pub fn new(p: &IndicatorParts<'a>, n: usize, title: String) -> Option<Self> {
        let b = p.indicator.breakdowns.get(n)?;
        let figures = p.figures.breakdowns.get(n)?;
        let ind = p.indicator;
        let indicator = Indicator {
            id: ind.id.clone(),
            title,
            unit: ind.unit.clone(),
            decimals: ind.decimals,
            direction: ind.direction,
            baseline: None,
            target: b.target.clone(),
            series: b.series.clone(),
            comparisons: Vec::new(),
            source: None,
            description: None,
            frequency: ind.frequency,
            breakdowns: Vec::new(),
            open_sdg: None,
        };
        let prepared = PreparedIndicator {
            format: p.prepared.format.clone(),
            spark: p
                .prepared
                .breakdowns
                .sparks
                .get(n)
                .cloned()
                .unwrap_or_default(),
            breakdowns: PreparedBreakdowns::default(),
        };
        Some(Self {
            indicator,
            prepared,
            figures,
        })
    }

    pub fn parts(&self) -> IndicatorParts<'_> {
        IndicatorParts {
            indicator: &self.indicator,
            figures: self.figures,
            prepared: &self.prepared,
        }
    }
}

/// A breakdown as one value of a dimension: that value first, then its other pairs
/// (`18-29 · Køn: Mænd`); the whole label when it lacks the dimension.
pub fn label(b: &Breakdown, dimension: &str, loc: Locale) -> String {
    let Some(value) = b.dimension(dimension) else {
        return b.label();
    };
    let mut label = value.to_owned();
    for (k, v) in b.dimensions.iter().filter(|(k, _)| k != dimension) {
        label.push_str(loc.sep());
        label.push_str(k);
        label.push_str(": ");
        label.push_str(v);
    }
    label
}

/// The dimensions, the one shown marked (`[Køn]  Alder  Område`), then how many values are
/// shown of how many: `3 / 12`.
pub fn dimensions_line(app: &App, s: &BreakdownScreen, p: &IndicatorParts<'_>) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    let prepared = &p.prepared.breakdowns;
    let mut spans = vec![Span::styled(
        format!("{}: ", capitalize_word(loc, Word::Dimension)),
        theme.dim,
    )];
    for (d, name) in prepared.dimensions.iter().enumerate() {
        if d > 0 {
            spans.push(Span::raw("  "));
        }
        let name = theme.clean(name).into_owned();
        if d == s.dimension {
            spans.push(Span::styled(format!("[{name}]"), theme.selected));
        } else {
            spans.push(Span::styled(name, theme.text));
        }
    }
    let all = prepared.members.get(s.dimension).map_or(0, Vec::len);
    let shown = format!(
        "  {} / {}",
        loc.number(s.rows.len() as f64, 0),
        loc.number(all as f64, 0)
    );
    spans.push(Span::styled(shown, theme.dim));
    Line::from(spans)
}

fn capitalize_word(loc: Locale, word: Word) -> String {
    crate::format::capitalize(&say(loc, word))
}

/// The filter: `/ filter: kvin▏`, a hint while it is empty and typed into, or nothing when it
/// is neither.
pub fn filter_line(app: &App, s: &BreakdownScreen) -> Line<'static> {
    let (theme, loc) = (&app.theme, app.locale);
    if s.query.is_empty() && !s.editing {
        return Line::default();
    }
    let mut spans = vec![
        Span::styled("/ ", theme.key),
        Span::styled(format!("{}: ", say(loc, Word::Filter)), theme.dim),
        Span::styled(theme.clean(&s.query).into_owned(), theme.heading),
    ];
    if s.editing {
        spans.push(Span::styled("_", theme.key));
        if s.query.is_empty() {
            spans.push(Span::styled(
                format!(" {}", say(loc, Word::TypeToFilter)),
                theme.dim,
            ));
        }
    }
    if s.rows.is_empty() {
        spans.push(Span::styled(
            format!("  {}", say(loc, Word::NoMatch)),
            theme.warning,
        ));
    }
    Line::from(spans)
}

/// The columns of a row: label, sparkline, latest, date, trend, status.
pub const ROW_COLUMNS: [Col; 6] = [
    Col::flex(8),
    Col::fixed(3),
    Col::number(0),
    Col::fixed(4),
    Col::fixed(2),
    Col::fixed(0),
];

/// What a breakdown's row shows, borrowed: its series and figures, the indicator's number
/// format and direction, its prepared sparkline. Paging through thousands of rows copies
/// nothing but the text drawn (docs/performance.md, "Breakdown rows that borrow").
#[derive(Clone, Copy)]
pub struct Row<'a> {
    pub breakdown: &'a Breakdown,
    pub figures: &'a IndicatorFigures,
    pub format: &'a IndicatorFormat,
    pub direction: Direction,
    pub spark: &'a str,
}

impl<'a> Row<'a> {
    /// Breakdown `n` of the indicator.
    pub fn new(p: &IndicatorParts<'a>, n: usize) -> Option<Self> {
        Some(Self {
            breakdown: p.indicator.breakdowns.get(n)?,
            figures: p.figures.breakdowns.get(n)?,
            format: &p.prepared.format,
            direction: p.indicator.direction,
            spark: p
                .prepared
                .breakdowns
                .sparks
                .get(n)
                .map_or("", String::as_str),
        })
    }
}

/// One breakdown's row, in the order of [`ROW_COLUMNS`], its label after `mark` (the glyph of
/// its line on the chart, when it has one).
pub fn row_cells(
    app: &App,
    row: &Row<'_>,
    label: &str,
    mark: Option<Span<'static>>,
) -> Vec<Line<'static>> {
    let (theme, loc) = (&app.theme, app.locale);
    let mut cell = Vec::new();
    if let Some(mark) = mark {
        cell.push(mark);
        cell.push(Span::raw(" "));
    }
    cell.push(Span::styled(theme.clean(label).into_owned(), theme.text));
    let latest = figures::latest_of(loc, row.figures, &row.breakdown.series, row.format);
    // A breakdown has no Open SDG measure of its own: its v1 status, unless one is computed.
    let method = app.data.dataset.status_method;
    let status = (method == StatusMethod::OpenSdg)
        .then(|| open_sdg::figures_progress(loc, theme, row.figures))
        .flatten()
        .unwrap_or_else(|| figures::status(loc, theme, row.figures.status));
    vec![
        Line::from(cell),
        figures::spark_of(row.spark, 8, theme),
        Line::from(Span::styled(latest, theme.heading)),
        Line::styled(figures::latest_date_of(loc, row.figures), theme.dim),
        figures::trend_of(loc, theme, row.figures, row.direction),
        status,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Point;

    fn breakdown(pairs: &[(&str, &str)]) -> Breakdown {
        Breakdown {
            dimensions: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            series: Vec::<Point>::new(),
            target: None,
        }
    }

    #[test]
    fn a_label_leads_with_the_dimension_shown() {
        let loc = Locale::new(Lang::En);
        let b = breakdown(&[("Sex", "Men"), ("Age", "18-29")]);
        assert_eq!(label(&b, "Age", loc), "18-29 · Sex: Men");
        assert_eq!(label(&b, "Sex", loc), "Men · Age: 18-29");
        assert_eq!(label(&b, "Area", loc), "Sex: Men, Age: 18-29");
    }

    #[test]
    fn words_in_ascii_spell_danish_letters_out() {
        let loc = Locale::ascii(Lang::Da);
        assert_eq!(say(loc, Word::Filter), "filtrer");
    }
}
