//! The text report: goal by goal, each indicator with a sparkline and its figures in words,
//! then the initiatives. Fits 80 columns; colour only when asked (the caller decides from the
//! terminal and `NO_COLOR`).

use unicode_width::UnicodeWidthStr;

use super::Report;
use super::phrases::{Phrases, Tone, clean, goal_open_sdg};
use super::wrap::{wrap, wrap_pieces};
use crate::figures::{GoalFigures, IndicatorFigures};
use crate::format::{Locale, Word, capitalize};
use crate::model::{Goal, Indicator, Initiative, InitiativeStatus};

/// The width every line fits in.
const WIDTH: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextOptions {
    pub locale: Locale,
    /// ANSI colours and bold; off for pipes, files and `NO_COLOR`.
    pub color: bool,
}

/// A run of text with its tone; `bold` for titles.
#[derive(Clone, Debug)]
struct Seg {
    text: String,
    tone: Tone,
    bold: bool,
}

fn seg(text: impl Into<String>, tone: Tone) -> Seg {
    Seg {
        text: text.into(),
        tone,
        bold: false,
    }
}

/// Collects lines and paints them.
struct Out {
    text: String,
    opts: TextOptions,
}

impl Out {
    fn loc(&self) -> Locale {
        self.opts.locale
    }

    fn word(&self, word: Word) -> String {
        self.loc().word(word).into_owned()
    }

    fn paint(&self, seg: &Seg) -> String {
        let code = match (seg.tone, seg.bold) {
            _ if !self.opts.color || seg.text.trim().is_empty() => return seg.text.clone(),
            (Tone::Good, _) => "32",
            (Tone::Warn, _) => "33",
            (Tone::Bad, _) => "31",
            (Tone::Dim, _) => "2",
            (Tone::Plain, true) => "1",
            (Tone::Plain, false) => return seg.text.clone(),
        };
        let bold = if seg.bold && seg.tone != Tone::Plain {
            "1;"
        } else {
            ""
        };
        format!("\u{1b}[{bold}{code}m{}\u{1b}[0m", seg.text)
    }

    fn line(&mut self, segs: &[Seg]) {
        let painted: String = segs.iter().map(|s| self.paint(s)).collect();
        self.text.push_str(painted.trim_end());
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// Text wrapped at `indent`, in one tone.
    fn para(&mut self, indent: usize, text: &str, tone: Tone) {
        for l in wrap(text, WIDTH - indent) {
            self.line(&[seg(" ".repeat(indent), Tone::Plain), seg(l, tone)]);
        }
    }

    /// Phrases joined by the separator, wrapped at `indent`.
    fn pieces(&mut self, indent: usize, pieces: &[(String, Tone)]) {
        let sep = self.loc().sep();
        for l in wrap_pieces(pieces, sep, Tone::Dim, WIDTH - indent) {
            let mut segs = vec![seg(" ".repeat(indent), Tone::Plain)];
            segs.extend(l.into_iter().map(|(t, tone)| seg(t, tone)));
            self.line(&segs);
        }
    }

    /// Phrases after a label, continuation lines indented under the first phrase.
    fn labelled(&mut self, label: &str, pieces: &[(String, Tone)]) {
        let indent = label.width();
        let sep = self.loc().sep();
        for (i, l) in wrap_pieces(pieces, sep, Tone::Dim, WIDTH - indent)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                label.to_owned()
            } else {
                " ".repeat(indent)
            };
            let mut segs = vec![seg(lead, Tone::Plain)];
            segs.extend(l.into_iter().map(|(t, tone)| seg(t, tone)));
            self.line(&segs);
        }
    }

    /// A title after `prefix` (a symbol, a code), wrapped under itself, with `right` (a status)
    /// at the end of its first line.
    fn titled(&mut self, indent: usize, prefix: &str, title: &Seg, right: &Seg) {
        let right_w = right.text.width();
        let hang = indent + prefix.width();
        let room = WIDTH.saturating_sub(hang + right_w + 2).max(20);
        for (i, l) in wrap(&title.text, room).into_iter().enumerate() {
            let lead = if i == 0 {
                format!("{}{prefix}", " ".repeat(indent))
            } else {
                " ".repeat(hang)
            };
            let pad = WIDTH.saturating_sub(hang + l.width() + right_w);
            let mut segs = vec![
                Seg {
                    text: lead,
                    ..title.clone()
                },
                Seg {
                    text: l,
                    ..title.clone()
                },
            ];
            if i == 0 {
                segs.push(seg(" ".repeat(pad.max(1)), Tone::Plain));
                segs.push(right.clone());
            }
            self.line(&segs);
        }
    }

    /// Like [`Out::para`], cut after `max` lines with an ellipsis: notes can be pages long.
    fn para_clamped(&mut self, indent: usize, text: &str, tone: Tone, max: usize) {
        let mut lines = wrap(text, WIDTH - indent);
        if lines.len() > max {
            lines.truncate(max);
            let ellipsis = if self.loc().ascii { "..." } else { "…" };
            if let Some(last) = lines.last_mut() {
                while last.width() + ellipsis.width() > WIDTH - indent {
                    last.pop();
                }
                last.push_str(ellipsis);
            }
        }
        for l in lines {
            self.line(&[seg(" ".repeat(indent), Tone::Plain), seg(l, tone)]);
        }
    }
}

pub fn render(report: &Report<'_>, opts: TextOptions) -> String {
    let mut out = Out {
        text: String::new(),
        opts,
    };
    header(&mut out, report);
    for (goal, fig) in report.goals() {
        out.blank();
        goal_block(&mut out, report, goal, fig);
    }
    let initiatives: Vec<_> = report.initiatives().collect();
    if !initiatives.is_empty() {
        out.blank();
        let title = capitalize(&out.word(Word::Initiatives));
        underlined(&mut out, &title, if opts.locale.ascii { '-' } else { '─' });
        for (ini, fig) in initiatives {
            out.blank();
            initiative_block(&mut out, report, ini, &fig.measures);
        }
    }
    out.text
}

fn underlined(out: &mut Out, title: &str, rule: char) {
    for l in wrap(title, WIDTH) {
        out.line(&[Seg {
            text: l,
            tone: Tone::Plain,
            bold: true,
        }]);
    }
    let width = title.width().clamp(1, WIDTH);
    out.line(&[seg(rule.to_string().repeat(width), Tone::Dim)]);
}

fn header(out: &mut Out, report: &Report<'_>) {
    let loc = out.loc();
    let dataset = report.dataset;
    underlined(
        out,
        &clean(loc, &dataset.title),
        if loc.ascii { '=' } else { '═' },
    );
    let mut facts: Vec<(String, Tone)> = Vec::new();
    if let Some(org) = &dataset.organization {
        facts.push((clean(loc, org).into_owned(), Tone::Plain));
    }
    let status_date = match (dataset.as_of, report.figures.reference_date) {
        (Some(as_of), _) => Some(loc.date(as_of)),
        (None, Some(day)) => Some(loc.day(day)),
        (None, None) => None,
    };
    if let Some(date) = status_date {
        facts.push((
            format!("{}: {date}", capitalize(&out.word(Word::StatusDate))),
            Tone::Plain,
        ));
    }
    out.pieces(0, &facts);
    // Counts as pieces, so "1 on track" never breaks across lines.
    let mut counts: Vec<(String, Tone)> = report
        .goal_counts()
        .nonzero()
        .map(|(status, n)| {
            (
                format!("{n} {}", loc.status(status)),
                Tone::of_status(status),
            )
        })
        .collect();
    if counts.is_empty() {
        counts.push(("0".to_owned(), Tone::Plain));
    }
    let label = format!("{}: ", capitalize(&out.word(Word::Goals)));
    out.labelled(&label, &counts);
}

/// How many lines of a note or an update the text report shows (markdown shows them whole).
const NOTE_LINES: usize = 3;

fn goal_block(out: &mut Out, report: &Report<'_>, goal: &Goal, fig: &GoalFigures) {
    let loc = out.loc();
    // A goal with no status of its own reads as its initiatives' measures' (spec v1.1 §4).
    let symbol = loc.status_symbol(fig.shown_status());
    let prefix = match &goal.code {
        Some(code) => format!("{symbol} {}  ", clean(loc, code)),
        None => format!("{symbol} "),
    };
    let title = Seg {
        text: clean(loc, &goal.title).into_owned(),
        tone: Tone::Plain,
        bold: true,
    };
    let shown = fig.shown_status();
    let mut status = seg(loc.status(shown), Tone::of_status(shown));
    if fig.via_initiatives().is_some() {
        status.text = format!("{} {}", status.text, loc.word(Word::ViaInitiatives));
    }
    out.titled(0, &prefix, &title, &status);
    if let Some(open_sdg) = goal_open_sdg(loc, fig) {
        out.para(2, &open_sdg, Tone::Plain);
    }
    if !goal.owners.is_empty() {
        let label = capitalize(&out.word(Word::Owners));
        let owners = report.owners_text(&goal.owners, loc);
        out.para(2, &format!("{label}: {owners}"), Tone::Dim);
    }
    if let Some(note) = goal.notes.iter().max_by_key(|n| n.date) {
        let label = capitalize(&out.word(Word::Note));
        let text = format!(
            "{label} ({}): {}",
            loc.date(note.date),
            clean(loc, &note.text)
        );
        out.para_clamped(2, &text, Tone::Dim, NOTE_LINES);
    }
    if goal.indicators.is_empty() {
        out.para(2, &out.word(Word::NoIndicators), Tone::Dim);
    }
    for (ind, f) in goal.indicators.iter().zip(&fig.indicators) {
        indicator_block(out, 2, ind, f);
    }
    initiative_counts(out, report, goal);
}

/// `Initiatives: 12 (active 10 · planned 2)`: the initiatives themselves follow the goals.
fn initiative_counts(out: &mut Out, report: &Report<'_>, goal: &Goal) {
    let loc = out.loc();
    let statuses: Vec<InitiativeStatus> = report.initiatives_for(goal).map(|i| i.status).collect();
    if statuses.is_empty() {
        return;
    }
    // The working ones first.
    let order = [
        InitiativeStatus::Active,
        InitiativeStatus::Planned,
        InitiativeStatus::Paused,
        InitiativeStatus::Completed,
        InitiativeStatus::Cancelled,
    ];
    let by_status: Vec<String> = order
        .into_iter()
        .map(|st| (st, statuses.iter().filter(|&&s| s == st).count()))
        .filter(|&(_, n)| n > 0)
        .map(|(st, n)| format!("{} {n}", loc.initiative_status(st)))
        .collect();
    let label = capitalize(&out.word(Word::Initiatives));
    let text = format!(
        "{label}: {} ({})",
        statuses.len(),
        by_status.join(loc.sep())
    );
    out.para(2, &text, Tone::Plain);
}

fn indicator_block(out: &mut Out, indent: usize, ind: &Indicator, fig: &IndicatorFigures) {
    let loc = out.loc();
    let p = Phrases::new(loc, ind, fig);
    let title = seg(p.title(), Tone::Plain);
    out.titled(
        indent,
        "",
        &title,
        &seg(p.status(), Tone::of_status(fig.status)),
    );
    let inner = indent + 2;

    let latest = match (p.sparkline(), p.latest()) {
        (Some(spark), Some(latest)) => format!("{spark}  {latest}"),
        (_, latest) => latest.unwrap_or_else(|| out.word(Word::NoValue)),
    };
    let mut first = vec![(latest, Tone::Plain)];
    first.extend(p.change().map(|c| (c, Tone::Plain)));
    out.pieces(inner, &first);

    let target: Vec<(String, Tone)> = [p.target(), p.remaining(), p.progress()]
        .into_iter()
        .flatten()
        .map(|s| (s, Tone::Plain))
        .collect();
    if !target.is_empty() {
        out.pieces(inner, &target);
    }

    let mut trend = Vec::new();
    if let (Some(text), Some(t)) = (p.trend(), fig.trend) {
        trend.push((
            format!("{} {text}", out.word(Word::Trend)),
            Tone::of_trend(t),
        ));
    }
    trend.extend(p.run().map(|r| (r, Tone::Warn)));
    trend.extend(p.forecast().map(|f| (f, Tone::Plain)));
    if !trend.is_empty() {
        out.pieces(inner, &trend);
    }
    v11_lines(out, inner, &p);
    if let Some(s) = p.open_sdg() {
        out.pieces(inner, &[(s, Tone::Plain)]);
    }

    // Each comparison reads as a position: "2.3 pp below Hele landet (78.3 %, 2016)".
    let comparisons = p.comparisons();
    if !comparisons.is_empty() {
        out.pieces(inner, &comparisons);
    }
}

/// What it takes, a value overdue, planned points and the breakdowns (v1.1).
fn v11_lines(out: &mut Out, indent: usize, p: &Phrases<'_>) {
    let lines = [
        p.what_it_takes().map(|s| (s, Tone::Plain)),
        p.stale().map(|s| (s, Tone::Warn)),
        p.planned().map(|s| (s, Tone::Dim)),
    ];
    for (text, tone) in lines.into_iter().flatten() {
        out.para(indent, &text, tone);
    }
    for (text, tone) in p.breakdowns() {
        out.para(indent + 2, &text, tone);
    }
}

fn initiative_block(
    out: &mut Out,
    report: &Report<'_>,
    ini: &Initiative,
    measures: &[IndicatorFigures],
) {
    let loc = out.loc();
    let title = Seg {
        text: clean(loc, &ini.title).into_owned(),
        tone: Tone::Plain,
        bold: true,
    };
    out.titled(
        0,
        "",
        &title,
        &seg(loc.initiative_status(ini.status), Tone::Plain),
    );

    let mut facts = Vec::new();
    if !ini.goals.is_empty() {
        let goals = report.goals_text(&ini.goals, loc);
        let label = capitalize(&out.word(Word::Goals));
        facts.push((format!("{label}: {goals}"), Tone::Plain));
    }
    if !ini.owners.is_empty() {
        let label = capitalize(&out.word(Word::Owners));
        facts.push((
            format!("{label}: {}", report.owners_text(&ini.owners, loc)),
            Tone::Plain,
        ));
    }
    if let Some(period) = initiative_period(loc, ini) {
        facts.push((period, Tone::Plain));
    }
    if !facts.is_empty() {
        out.pieces(2, &facts);
    }
    match ini.latest_update() {
        Some(update) => {
            let label = capitalize(&out.word(Word::LatestUpdate));
            let text = format!(
                "{label} ({}): {}",
                loc.date(update.date),
                clean(loc, &update.text)
            );
            out.para_clamped(2, &text, Tone::Plain, NOTE_LINES);
        }
        None => out.para(2, &out.word(Word::NoUpdates), Tone::Dim),
    }
    for (m, f) in ini.measures.iter().zip(measures) {
        indicator_block(out, 2, m, f);
    }
}

/// `feb 2015 – nov 2017`, or an open end on either side.
pub(super) fn initiative_period(loc: Locale, ini: &Initiative) -> Option<String> {
    let dash = if loc.ascii { "-" } else { "\u{2013}" };
    match (ini.start, ini.end) {
        (Some(start), Some(end)) => Some(loc.span(start, end)),
        (Some(start), None) => Some(format!("{} {dash}", loc.date(start))),
        (None, Some(end)) => Some(format!("{dash} {}", loc.date(end))),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests;
