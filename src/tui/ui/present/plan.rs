//! How a goal's indicators share the presentation's rows: each shown large with its chart,
//! large without, as one line of figures, or not at all, the first choice that fits; rows
//! left over go to the charts.

use ratatui::text::Line;

use crate::tui::app::App;
use crate::tui::prepared::IndicatorParts;
use crate::tui::text;
use crate::tui::ui::big::{self, Size};

/// From this terminal width the margins are wider and a chart sits beside its number rather
/// than below it; `WIDE_BODY` is the same width less the margins.
pub const WIDE: u16 = 120;

pub const WIDE_BODY: u16 = WIDE - 6;

/// The fewest rows a chart is drawn in: five for the graph, two for the time axis.
pub const CHART_MIN: u16 = 7;

/// The most rows a chart below its number grows to, and a band beside one.
pub const CHART_MAX: u16 = 18;

pub const BAND_MAX: u16 = 40;

/// From this many rows a chart has a line for its legend.
pub const LEGEND_FROM: u16 = 10;

/// Cells the figures in words keep beside a large number at the least.
pub const WORDS_MIN: u16 = 18;

/// How one indicator is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Its number large, with or without its chart, and rows given to the chart beyond the
    /// fewest it needs.
    Big { size: Size, chart: bool, extra: u16 },
    /// A title line and a line of figures.
    Plain,
    /// One line: title, number, status.
    Compact,
}

pub fn words_width(lines: &[Line<'_>]) -> u16 {
    lines.iter().map(text::line_width).max().unwrap_or(0) as u16
}

/// The left column of a band in the wide layout: the number, the words below it.
pub fn left_width(big_w: u16, words_w: u16, width: u16) -> u16 {
    big_w.max(words_w.min(width / 3)) + 2
}

/// Whether a number fits large beside its words (or, wide, beside its chart).
pub fn fits_large(number: Option<&String>, words_w: u16, width: u16) -> bool {
    let Some(number) = number else {
        return false;
    };
    let big_w = big::width(number);
    if width >= WIDE_BODY {
        big_w <= width / 2
    } else {
        big_w + 2 + words_w.clamp(WORDS_MIN.min(words_w), WORDS_MIN) <= width
    }
}

/// Rows a band takes: its title line, then the number and its words, and the chart below
/// them or (wide) beside them.
pub fn band_rows(kind: Kind, words: u16, width: u16, ascii: bool) -> u16 {
    match kind {
        Kind::Big { size, chart, extra } => {
            let chart_rows = if chart { CHART_MIN + extra } else { 0 };
            if width >= WIDE_BODY {
                1 + (size.height(ascii) + 1 + words).max(chart_rows)
            } else {
                1 + size.height(ascii).max(words) + chart_rows
            }
        }
        Kind::Plain => 2,
        Kind::Compact => 1,
    }
}

/// The empty row between two bands; one-line indicators follow each other without.
pub fn gap(before: Kind, after: Kind) -> u16 {
    u16::from(!(before == Kind::Compact && after == Kind::Compact))
}

/// Picks how each indicator is shown in `room` rows: the first choice that fits, then extra
/// rows to the charts. Fewer kinds than indicators means the rest do not fit at all.
pub fn plan(
    app: &App,
    parts: &[IndicatorParts<'_>],
    hero: &[Vec<Line<'_>>],
    width: u16,
    room: u16,
) -> Vec<Kind> {
    let rows = Rows {
        words: hero.iter().map(|w| w.len() as u16).collect(),
        width,
        ascii: app.theme.ascii(),
    };
    let large: Vec<bool> = parts
        .iter()
        .zip(hero)
        .map(|(p, w)| fits_large(big_number(app, p).as_ref(), words_width(w), width))
        .collect();
    let mut kinds = first_fit(&rows, &large, room);
    let spare = room.saturating_sub(rows.total(&kinds));
    grow_charts(&rows, &mut kinds, spare);
    kinds
}

/// What the rows of a plan depend on besides its kinds.
struct Rows {
    /// How many lines of words each indicator has beside a large number.
    words: Vec<u16>,
    width: u16,
    ascii: bool,
}

impl Rows {
    /// The rows a plan takes, the gaps between bands included.
    fn total(&self, kinds: &[Kind]) -> u16 {
        kinds
            .iter()
            .zip(&self.words)
            .map(|(&k, &w)| band_rows(k, w, self.width, self.ascii))
            .sum::<u16>()
            + kinds.windows(2).map(|w| gap(w[0], w[1])).sum::<u16>()
    }
}

/// The first plan that fits: the most indicators large (those that can be), with charts, then
/// smaller, then without charts; else every one plain, else one line each (as many as fit,
/// less one for the line that says how many are left out).
fn first_fit(rows: &Rows, large: &[bool], room: u16) -> Vec<Kind> {
    let n = large.len();
    for k in (1..=n).rev() {
        for (size, chart) in [
            (Size::Large, true),
            (Size::Medium, true),
            (Size::Large, false),
            (Size::Medium, false),
        ] {
            let big = Kind::Big {
                size,
                chart,
                extra: 0,
            };
            let kinds: Vec<Kind> = (0..n)
                .map(|i| if i < k && large[i] { big } else { Kind::Plain })
                .collect();
            if rows.total(&kinds) <= room {
                return kinds;
            }
        }
    }
    let plain = vec![Kind::Plain; n];
    if rows.total(&plain) <= room {
        return plain;
    }
    let fit = if usize::from(room) >= n {
        n
    } else {
        usize::from(room.saturating_sub(1))
    };
    vec![Kind::Compact; fit]
}

/// Gives `spare` rows to the charts, one at a time round them, each up to its cap.
fn grow_charts(rows: &Rows, kinds: &mut [Kind], mut spare: u16) {
    let (width, ascii) = (rows.width, rows.ascii);
    while spare > 0 {
        let mut grew = false;
        for (kind, &w) in kinds.iter_mut().zip(&rows.words) {
            let Kind::Big {
                size,
                chart: true,
                extra,
            } = *kind
            else {
                continue;
            };
            let before = band_rows(*kind, w, width, ascii);
            let more = Kind::Big {
                size,
                chart: true,
                extra: extra + 1,
            };
            let after = band_rows(more, w, width, ascii);
            let capped = if width >= WIDE_BODY {
                after > BAND_MAX
            } else {
                CHART_MIN + extra >= CHART_MAX
            };
            if spare >= after - before && !capped {
                spare -= after - before;
                *kind = more;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
}

/// The number drawn large, when it can be: the latest value without its unit, or with `%`
/// when that is the unit.
pub fn big_number(app: &App, p: &IndicatorParts<'_>) -> Option<String> {
    let latest = p.figures.latest?;
    let bare = p.prepared.format.bare(app.locale, latest.value);
    let number = if p.indicator.unit.as_deref().map(str::trim) == Some("%") {
        format!("{bare}%")
    } else {
        bare
    };
    big::drawable(&number)
}
