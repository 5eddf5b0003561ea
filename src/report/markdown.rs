//! The markdown report, to paste into meeting minutes: a table of indicators per goal (at most
//! six columns, the longer text in a list below it), then the initiatives with their status,
//! latest update and measures. Statuses are words, never a bare symbol.

use super::Report;
use super::phrases::{Phrases, clean, goal_open_sdg};
use super::text::initiative_period;
use crate::figures::{GoalFigures, IndicatorFigures, Status};
use crate::format::{Locale, Word, capitalize};
use crate::model::{Goal, Indicator, Initiative};

/// Text made literal in markdown: characters that would start emphasis, code, links, html or a
/// table cell are backslash-escaped. Applied to whole phrases (ours carry none of them), so a
/// data string can never add markup.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

struct Md {
    text: String,
    loc: Locale,
}

impl Md {
    fn word(&self, word: Word) -> String {
        self.loc.word(word).into_owned()
    }

    fn label(&self, word: Word) -> String {
        capitalize(&self.loc.word(word))
    }

    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// A paragraph: lines, then a blank line.
    fn para(&mut self, s: &str) {
        self.line(s);
        self.line("");
    }

    /// `**Label:** value`, the value escaped.
    fn fact(&self, word: Word, value: &str) -> String {
        format!("**{}:** {}", escape(&self.label(word)), escape(value))
    }

    fn row(&mut self, cells: &[String]) {
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        self.line(&format!("| {} |", cells.join(" | ")));
    }
}

pub fn render(report: &Report<'_>, loc: Locale) -> String {
    let mut md = Md {
        text: String::new(),
        loc,
    };
    header(&mut md, report);
    for (goal, fig) in report.goals() {
        goal_section(&mut md, report, goal, fig);
    }
    let initiatives: Vec<_> = report.initiatives().collect();
    if !initiatives.is_empty() {
        let title = md.label(Word::Initiatives);
        md.para(&format!("## {}", escape(&title)));
        for (ini, fig) in initiatives {
            initiative_section(&mut md, report, ini, &fig.measures);
        }
    }
    // One trailing newline, however the last section ended.
    let trimmed = md.text.trim_end().len();
    md.text.truncate(trimmed);
    md.text.push('\n');
    md.text
}

/// One initiative for the minutes (the dashboard's `y` on an initiative): the dataset's title,
/// then the initiative's section as the full report writes it.
pub fn initiative(report: &Report<'_>, n: usize, loc: Locale) -> Option<String> {
    let ini = report.dataset.initiatives.get(n)?;
    let fig = report.figures.initiatives.get(n)?;
    let mut md = Md {
        text: String::new(),
        loc,
    };
    md.para(&format!("# {}", escape(&clean(loc, &report.dataset.title))));
    initiative_section(&mut md, report, ini, &fig.measures);
    let trimmed = md.text.trim_end().len();
    md.text.truncate(trimmed);
    md.text.push('\n');
    Some(md.text)
}

fn header(md: &mut Md, report: &Report<'_>) {
    let loc = md.loc;
    let dataset = report.dataset;
    md.para(&format!("# {}", escape(&clean(loc, &dataset.title))));
    let mut facts = Vec::new();
    if let Some(org) = &dataset.organization {
        facts.push(escape(&clean(loc, org)));
    }
    let status_date = match (dataset.as_of, report.figures.reference_date) {
        (Some(as_of), _) => Some(loc.date(as_of)),
        (None, Some(day)) => Some(loc.day(day)),
        (None, None) => None,
    };
    if let Some(date) = status_date {
        facts.push(md.fact(Word::StatusDate, &date));
    }
    if !facts.is_empty() {
        md.para(&facts.join(&escape(loc.sep())));
    }
    let counts = loc.counts(&report.goal_counts());
    let counts = if counts.is_empty() { "0" } else { &counts };
    md.para(&md.fact(Word::Goals, counts));
}

fn goal_section(md: &mut Md, report: &Report<'_>, goal: &Goal, fig: &GoalFigures) {
    let loc = md.loc;
    let title = match &goal.code {
        Some(code) => format!("{}. {}", clean(loc, code), clean(loc, &goal.title)),
        None => clean(loc, &goal.title).into_owned(),
    };
    md.para(&format!("## {}", escape(&title)));

    // A goal with no status of its own reads as its initiatives' measures' (spec v1.1 §4).
    let mut status = status_words(loc, fig.shown_status());
    if fig.via_initiatives().is_some() {
        status = format!("{status} {}", loc.word(Word::ViaInitiatives));
    }
    let counts = loc.counts(&fig.counts);
    if !counts.is_empty() {
        status = format!("{status} ({counts})");
    }
    if let Some(open_sdg) = goal_open_sdg(loc, fig) {
        status = format!("{status}{}{open_sdg}", loc.sep());
    }
    let mut facts = vec![md.fact(Word::Status, &status)];
    if !goal.owners.is_empty() {
        facts.push(md.fact(Word::Owners, &report.owners_text(&goal.owners, loc)));
    }
    md.para(&facts.join(&escape(loc.sep())));

    if let Some(note) = goal.notes.iter().max_by_key(|n| n.date) {
        let label = format!("{} ({})", md.label(Word::Note), loc.date(note.date));
        md.para(&format!(
            "*{}:* {}",
            escape(&label),
            escape(&clean(loc, &note.text))
        ));
    }
    if goal.indicators.is_empty() {
        md.para(&escape(&capitalize(&md.word(Word::NoIndicators))));
    } else {
        table(md, Word::Indicator, &goal.indicators, &fig.indicators);
    }
    initiatives_table(md, report, goal);
}

/// The initiatives serving a goal: title, status and the latest update, dated.
fn initiatives_table(md: &mut Md, report: &Report<'_>, goal: &Goal) {
    let loc = md.loc;
    let serving: Vec<&Initiative> = report.initiatives_for(goal).collect();
    if serving.is_empty() {
        return;
    }
    let header = [Word::Initiative, Word::Status, Word::LatestUpdate].map(|w| md.label(w));
    md.row(&header);
    md.line("|---|---|---|");
    for ini in serving {
        let update = match ini.latest_update() {
            Some(u) => format!("{}: {}", loc.date(u.date), clean(loc, &u.text)),
            None => md.word(Word::NoUpdates),
        };
        let status = loc.initiative_status(ini.status).into_owned();
        md.row(&[clean(loc, &ini.title).into_owned(), status, update]);
    }
    md.line("");
}

/// The widest table that still reads in minutes (a Word or wiki page): longer text goes
/// below the table, one list per indicator.
const MAX_COLUMNS: usize = 6;

fn table(md: &mut Md, first: Word, indicators: &[Indicator], figures: &[IndicatorFigures]) {
    let loc = md.loc;
    let rows: Vec<Phrases> = indicators
        .iter()
        .zip(figures)
        .map(|(i, f)| Phrases::new(loc, i, f))
        .collect();
    let header: Vec<String> = [
        first,
        Word::Series,
        Word::Latest,
        Word::Change,
        Word::Target,
        Word::Status,
    ]
    .into_iter()
    .map(|w| md.label(w))
    .collect();
    debug_assert!(header.len() <= MAX_COLUMNS);
    let rule = vec!["---".to_owned(); header.len()];
    md.row(&header);
    md.line(&format!("|{}|", rule.join("|")));
    for p in &rows {
        md.row(&[
            p.title().into_owned(),
            p.sparkline().unwrap_or_default(),
            p.latest().unwrap_or_default(),
            p.change().unwrap_or_default(),
            p.target_value().unwrap_or_default(),
            [Some(status_words(loc, p.fig.status)), p.open_sdg()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    md.line("");
    for p in &rows {
        details(md, p);
    }
}

/// What does not fit a cell, under the table: per indicator a list of labelled lines.
fn details(md: &mut Md, p: &Phrases<'_>) {
    let joined = |parts: Vec<Option<String>>| {
        let parts: Vec<String> = parts.into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    };
    let remaining = match (p.remaining(), p.progress()) {
        (Some(r), Some(progress)) => Some(format!("{r} ({progress})")),
        (r, _) => r,
    };
    let comparisons: Vec<Option<String>> =
        p.comparisons().into_iter().map(|(s, _)| Some(s)).collect();
    let lines = [
        (Word::Latest, joined(vec![p.stale(), p.planned()])),
        (Word::Remaining, joined(vec![remaining, p.what_it_takes()])),
        (Word::Trend, joined(vec![p.trend(), p.run()])),
        (Word::Forecast, p.forecast_value()),
        (Word::Comparisons, joined(comparisons)),
    ];
    let lines: Vec<(Word, String)> = lines
        .into_iter()
        .filter_map(|(w, text)| Some((w, text?)))
        .collect();
    if lines.is_empty() && p.ind.breakdowns.is_empty() {
        return;
    }
    md.para(&format!("*{}*", escape(&p.title())));
    for (word, text) in lines {
        md.line(&format!("- {}", md.fact(word, &text)));
    }
    if !p.ind.breakdowns.is_empty() {
        md.line(&format!("- **{}:**", escape(&md.label(Word::Breakdowns))));
        for (line, _) in p.breakdowns() {
            md.line(&format!("  - {}", escape(&line)));
        }
    }
    md.line("");
}

/// A status in words: minutes are read on paper and in mail, where a symbol (`?`, `◇`)
/// explains nothing, and a `?` at the start of a cell reads as a question.
fn status_words(loc: Locale, status: Status) -> String {
    loc.status(status).into_owned()
}

fn initiative_section(
    md: &mut Md,
    report: &Report<'_>,
    ini: &Initiative,
    measures: &[IndicatorFigures],
) {
    let loc = md.loc;
    md.para(&format!("### {}", escape(&clean(loc, &ini.title))));
    let mut facts = vec![md.fact(Word::Status, &loc.initiative_status(ini.status))];
    if !ini.goals.is_empty() {
        let goals = report.goals_text(&ini.goals, loc);
        facts.push(md.fact(Word::Goals, &goals));
    }
    if !ini.owners.is_empty() {
        facts.push(md.fact(Word::Owners, &report.owners_text(&ini.owners, loc)));
    }
    if let Some(period) = initiative_period(loc, ini) {
        facts.push(md.fact(Word::Period, &period));
    }
    md.para(&facts.join(&escape(loc.sep())));
    match ini.latest_update() {
        Some(update) => {
            let label = format!(
                "{} ({})",
                md.label(Word::LatestUpdate),
                loc.date(update.date)
            );
            md.para(&format!(
                "**{}:** {}",
                escape(&label),
                escape(&clean(loc, &update.text))
            ));
        }
        None => md.para(&escape(&capitalize(&md.word(Word::NoUpdates)))),
    }
    if !ini.measures.is_empty() {
        table(md, Word::Measure, &ini.measures, measures);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Figures;
    use crate::model::Lang;
    use crate::report::{Kind, fixture};

    fn render_fixture(locale: Locale) -> String {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        Report::all(&dataset, &figures).render(Kind::Markdown(locale))
    }

    #[test]
    fn escapes_markup_in_data_and_pipes_in_cells() {
        assert_eq!(
            escape("a|b *c* <x> [l](u) _d_ `e` \\"),
            "a\\|b \\*c\\* \\<x\\> \\[l\\](u) \\_d\\_ \\`e\\` \\\\"
        );
        let md = render_fixture(Locale::new(Lang::En));
        assert!(md.contains("| Unge med uddannelse \\| 25 år |"), "{md}");
        assert!(md.contains("### Vote \\| together"), "{md}");
    }

    #[test]
    fn every_table_row_has_as_many_cells_as_its_header() {
        let md = render_fixture(Locale::new(Lang::Da));
        let mut columns = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                columns = None;
                continue;
            }
            let cells = line.replace("\\|", "").matches('|').count();
            assert_eq!(*columns.get_or_insert(cells), cells, "{line}");
        }
    }

    #[test]
    fn ascii_markdown_is_ascii_and_sanitised() {
        let md = render_fixture(Locale::ascii(Lang::Da));
        assert!(md.is_ascii());
        let md = render_fixture(Locale::new(Lang::En));
        assert!(!md.contains('\u{1b}'));
        assert!(
            md.contains("## Title, with \"quotes\" and a newline �\\[2J"),
            "{md}"
        );
    }

    #[test]
    fn initiatives_with_status_and_latest_update() {
        let md = render_fixture(Locale::new(Lang::En));
        assert!(
            md.contains("**Latest update (mar 2017):** Half the flats are ready"),
            "{md}"
        );
        assert!(md.contains("**Status:** active · **Goals:** 1, 3"), "{md}");
        assert!(
            md.contains("| Pitstop | active | mar 2017: Half the flats are ready |"),
            "{md}"
        );
        assert!(
            md.contains("| Vote \\| together | planned | no updates |"),
            "{md}"
        );
    }

    #[test]
    fn tables_have_at_most_six_columns_and_statuses_in_words() {
        for locale in [Locale::new(Lang::Da), Locale::new(Lang::En)] {
            let md = render_fixture(locale);
            for line in md.lines().filter(|l| l.starts_with("| ")) {
                let cells: Vec<&str> = line.split(" | ").collect();
                assert!(cells.len() <= MAX_COLUMNS, "{line}");
                let last = cells.last().unwrap_or(&"").trim_end_matches(" |");
                let first = last.trim_start_matches("| ").chars().next();
                assert!(first.is_none_or(char::is_alphanumeric), "{line}");
            }
            assert!(
                !md.contains("**Status:** ?") && !md.contains("| ? "),
                "{md}"
            );
        }
        let md = render_fixture(Locale::new(Lang::Da));
        assert!(md.contains("| for få data |"), "{md}");
        assert!(md.contains("- **Mangler:** "), "{md}");
    }
}
