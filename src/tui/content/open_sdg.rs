//! Open SDG's progress status (spec v1.1 section 5) as the views show it: its own marks and
//! words, coloured as the v1 status nearest to it. Under `"status_method": "open-sdg"` it takes
//! the v1 status's place in the views (marks, colours); otherwise it stands beside it.

use ratatui::text::{Line, Span};

use crate::figures::open_sdg::ProgressStatus;
use crate::figures::{GoalFigures, IndicatorFigures, Status};
use crate::format::Locale;
use crate::format::open_sdg::{progress_mark, progress_words};
use crate::model::StatusMethod;
use crate::tui::prepared::IndicatorParts;
use crate::tui::theme::Theme;

/// The v1 status whose colour an Open SDG status takes.
pub fn colour_of(status: ProgressStatus) -> Status {
    match status {
        ProgressStatus::TargetAchieved => Status::Achieved,
        ProgressStatus::SubstantialProgress => Status::OnTrack,
        ProgressStatus::ModerateProgress => Status::AtRisk,
        ProgressStatus::LimitedProgress => Status::OffTrack,
        ProgressStatus::Deterioration => Status::Missed,
        ProgressStatus::NotAvailable => Status::NoData,
    }
}

/// `⇈ substantial progress`, coloured.
pub fn progress(loc: Locale, theme: &Theme, status: ProgressStatus) -> Line<'static> {
    let style = theme.status(colour_of(status));
    Line::from(vec![
        Span::styled(progress_mark(status, loc.ascii), style),
        Span::raw(" "),
        Span::styled(progress_words(status, loc.lang), style),
    ])
}

/// The v1 status whose colour a view gives the indicator: Open SDG's under its method.
pub fn shown_status(method: StatusMethod, p: &IndicatorParts<'_>) -> Status {
    let own = p
        .figures
        .open_sdg
        .as_ref()
        .and_then(crate::figures::OpenSdgFigures::progress_status);
    match own {
        Some(s) if method == StatusMethod::OpenSdg => colour_of(s),
        _ => p.figures.status,
    }
}

/// A manual status that is none of Open SDG's words, as the source writes it.
fn manual(theme: &Theme, text: &str) -> Line<'static> {
    Line::styled(theme.clean(text).into_owned(), theme.dim)
}

/// The indicator's Open SDG status, when it has an `open_sdg` member.
pub fn indicator_progress(
    loc: Locale,
    theme: &Theme,
    p: &IndicatorParts<'_>,
) -> Option<Line<'static>> {
    figures_progress(loc, theme, p.figures)
}

/// [`indicator_progress`] from the figures alone (a breakdown's row).
pub fn figures_progress(
    loc: Locale,
    theme: &Theme,
    figures: &IndicatorFigures,
) -> Option<Line<'static>> {
    let f = figures.open_sdg.as_ref()?;
    Some(match f.progress_status() {
        Some(status) => progress(loc, theme, status),
        None => manual(theme, &f.status),
    })
}

/// Open SDG's status beside the v1 status, for views that show both (the indicator screen,
/// the presentation): `None` under the Open SDG method (it is the status there already) or
/// without an `open_sdg` member.
pub fn beside(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    p: &IndicatorParts<'_>,
) -> Option<Line<'static>> {
    if method == StatusMethod::OpenSdg {
        return None;
    }
    let mut line = indicator_progress(loc, theme, p)?;
    line.spans.insert(0, Span::styled("Open SDG: ", theme.dim));
    Some(line)
}

/// A goal's Open SDG status under its method, when any of its indicators has one.
pub fn goal_status(
    loc: Locale,
    theme: &Theme,
    method: StatusMethod,
    fig: &GoalFigures,
) -> Option<Line<'static>> {
    let g = fig.open_sdg.filter(|_| method == StatusMethod::OpenSdg)?;
    Some(progress(loc, theme, g.status))
}

/// How many of a goal's indicators have each Open SDG status, under its method:
/// `1 moderate progress · 1 target achieved`.
pub fn indicator_counts(loc: Locale, method: StatusMethod, fig: &GoalFigures) -> Option<String> {
    if method != StatusMethod::OpenSdg || fig.open_sdg.is_none() {
        return None;
    }
    let statuses: Vec<ProgressStatus> = fig
        .indicators
        .iter()
        .filter_map(|f| f.open_sdg.as_ref()?.progress_status())
        .collect();
    let parts: Vec<String> = ProgressStatus::ALL
        .into_iter()
        .filter_map(|s| {
            let n = statuses.iter().filter(|&&t| t == s).count();
            (n > 0).then(|| format!("{n} {}", progress_words(s, loc.lang)))
        })
        .collect();
    Some(parts.join(loc.sep()))
}

/// How many goals have each Open SDG status, for the header (only those with one).
pub fn goal_counts(goals: &[GoalFigures]) -> Vec<(ProgressStatus, usize)> {
    ProgressStatus::ALL
        .into_iter()
        .map(|s| {
            let n = goals
                .iter()
                .filter(|g| g.open_sdg.is_some_and(|o| o.status == s))
                .count();
            (s, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_colour_of_its_own_kind() {
        assert_eq!(colour_of(ProgressStatus::TargetAchieved), Status::Achieved);
        assert_eq!(colour_of(ProgressStatus::Deterioration), Status::Missed);
        assert_eq!(colour_of(ProgressStatus::NotAvailable), Status::NoData);
    }
}
