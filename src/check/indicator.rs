//! Indicators of goals and measures of initiatives: members, baseline, target, series,
//! comparisons, and the direction (as written, or inferred from the target).

use super::ids::{Ids, Space};
use super::series::{required_series, series, warn_percent};
use super::{Checker, breakdown, gather, open_sdg, quote};
use crate::message::{self, Rule};
use crate::model::{
    Baseline, Comparison, Direction, Indicator, IndicatorId, Period, Point, Target,
};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{
    Decimals, DirectionText, List, MAX_DECIMALS, RawBaseline, RawComparison, RawIndicator,
    RawTarget,
};

pub fn indicators(
    cx: &mut Checker,
    ids: &mut Ids,
    list: List<RawIndicator>,
    at: &At,
) -> Vec<Indicator> {
    gather(
        cx.items(list, at)
            .filter_map(|(i, raw)| indicator(cx, ids, raw, &at.index(i))),
    )
}

fn indicator(cx: &mut Checker, ids: &mut Ids, raw: RawIndicator, at: &At) -> Option<Indicator> {
    let RawIndicator {
        id,
        title,
        unit,
        decimals: raw_decimals,
        direction: raw_direction,
        baseline: raw_baseline,
        target: raw_target,
        series: raw_series,
        comparisons: raw_comparisons,
        source,
        description,
        frequency,
        breakdowns: raw_breakdowns,
        open_sdg: raw_open_sdg,
    } = raw;
    let id = ids.declare(cx, Space::Indicator, id, &at.key("id"));
    let title = cx.required_text(title, &at.key("title"));
    let unit = cx.text(unit, &at.key("unit"));
    let percent = unit.as_deref() == Some("%");
    let decimals = decimals(cx, raw_decimals, at);
    let written = written_direction(cx, raw_direction, &at.key("direction"));
    let errors_before = cx.error_count();
    let baseline = baseline(cx, raw_baseline, &at.key("baseline"), percent);
    let target = target(cx, raw_target, &at.key("target"), percent);
    let series = series(cx, raw_series, &at.key("series"), percent);
    // A baseline or point dropped for an error could make the inference fail: say nothing more.
    let start_unsure = cx.error_count() > errors_before;
    let comparisons = comparisons(cx, raw_comparisons, &at.key("comparisons"), percent);
    let source = cx.text(source, &at.key("source"));
    let description = cx.text(description, &at.key("description"));
    let frequency = breakdown::frequency(cx, frequency, &at.key("frequency"));

    let dated = (baseline.as_ref(), target.as_ref(), series.as_slice());
    let direction = direction(cx, (written, start_unsure), dated, at);
    let breakdowns_at = at.key("breakdowns");
    let breakdowns = breakdown::breakdowns(cx, raw_breakdowns, &breakdowns_at, percent, direction);
    let open_sdg = open_sdg::open_sdg(cx, raw_open_sdg, &at.key("open_sdg"), &breakdowns);
    cx.end_percent();
    Some(Indicator {
        id: IndicatorId(id?),
        title: title?,
        unit,
        decimals,
        direction: direction?,
        baseline,
        target,
        series,
        comparisons,
        source,
        description,
        frequency,
        breakdowns,
        open_sdg,
    })
}

fn decimals(cx: &mut Checker, field: Field<Decimals>, at: &At) -> Option<u8> {
    let at = at.key("decimals");
    let n = cx.optional(field, &at)?.0;
    let whole = n.fract() == 0.0 && (0.0..=f64::from(MAX_DECIMALS)).contains(&n);
    if !whole {
        cx.error(
            &at,
            message::Written::BadDecimals {
                max: MAX_DECIMALS,
                value: super::number(n),
            },
        );
    }
    whole.then_some(n as u8)
}

/// The indicator's direction, as written or inferred from its start and target, after the
/// warnings about the baseline's and the deadline's dates (in that order). `start_unsure`: an
/// error dropped a baseline or a point, so nothing is inferred.
fn direction(
    cx: &mut Checker,
    (written, start_unsure): (Written, bool),
    (baseline, target, series): (Option<&Baseline>, Option<&Target>, &[Point]),
    at: &At,
) -> Option<Direction> {
    let first = series.iter().find(|p| p.measured_value().is_some());
    let start = baseline
        .map(|b| (b.date, b.value))
        .or_else(|| first.and_then(|p| Some((p.date, p.measured_value()?))));
    warn_baseline_after_latest(cx, baseline, series, &at.key("baseline").key("date"));
    warn_deadline_before_baseline(
        cx,
        target,
        start.map(|s| s.0),
        &at.key("target").key("date"),
    );
    match written {
        Written::Invalid => None,
        Written::Absent if start_unsure => None,
        Written::Absent => infer_direction(cx, target, start.map(|s| s.1), at),
        Written::Is(d) => check_direction(cx, d, target, at),
    }
}

/// The direction as written.
enum Written {
    Absent,
    Invalid,
    Is(Direction),
}

fn written_direction(cx: &mut Checker, field: Field<DirectionText>, at: &At) -> Written {
    let text = match field {
        Field::Missing | Field::Null => return Written::Absent,
        Field::Ok(text) => text,
        wrong @ Field::Wrong(_) => {
            cx.optional(wrong, at);
            return Written::Invalid;
        }
    };
    match text.0.as_str() {
        "decrease" => Written::Is(Direction::Decrease),
        "increase" => Written::Is(Direction::Increase),
        "none" => Written::Is(Direction::None),
        other => {
            let message = message::Written::NotADirection { text: quote(other) };
            cx.error(at, message);
            Written::Invalid
        }
    }
}

/// A written direction; `none` cannot go with a target.
fn check_direction(
    cx: &mut Checker,
    direction: Direction,
    target: Option<&Target>,
    at: &At,
) -> Option<Direction> {
    if direction == Direction::None && target.is_some() {
        cx.error(&at.key("direction"), Rule::TargetNeedsDirection);
        return None;
    }
    Some(direction)
}

/// Without a written direction: from the target against the baseline, else `none`.
fn infer_direction(
    cx: &mut Checker,
    target: Option<&Target>,
    baseline: Option<f64>,
    at: &At,
) -> Option<Direction> {
    let Some(target) = target else {
        return Some(Direction::None);
    };
    match baseline {
        Some(b) if target.value < b => return Some(Direction::Decrease),
        Some(b) if target.value > b => return Some(Direction::Increase),
        _ => {}
    }
    let baseline = baseline.map(super::number);
    cx.error(&at.key("target"), Rule::CannotInferDirection { baseline });
    None
}

fn baseline(
    cx: &mut Checker,
    field: Field<RawBaseline>,
    at: &At,
    percent: bool,
) -> Option<Baseline> {
    let raw = cx.optional(field, at)?;
    let date = cx.required_date(raw.date, &at.key("date"));
    let value = cx.number(raw.value, &at.key("value"));
    if let (Some(v), true) = (value, percent) {
        warn_percent(cx, v, &at.key("value"));
    }
    Some(Baseline {
        date: date?,
        value: value?,
    })
}

pub(super) fn target(
    cx: &mut Checker,
    field: Field<RawTarget>,
    at: &At,
    percent: bool,
) -> Option<Target> {
    let raw = cx.optional(field, at)?;
    let value = cx.number(raw.value, &at.key("value"));
    if let (Some(v), true) = (value, percent) {
        warn_percent(cx, v, &at.key("value"));
    }
    let date = cx.date(raw.date, &at.key("date"));
    let label = cx.text(raw.label, &at.key("label"));
    Some(Target {
        value: value?,
        date,
        label,
    })
}

fn comparisons(
    cx: &mut Checker,
    list: List<RawComparison>,
    at: &At,
    percent: bool,
) -> Vec<Comparison> {
    let items = cx.items(list, at);
    let mut comparisons = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let at = at.index(i);
        let label = cx.required_text(raw.label, &at.key("label"));
        let series = required_series(cx, raw.series, &at.key("series"), percent);
        if let Some(label) = label {
            comparisons.push(Comparison { label, series });
        }
    }
    comparisons
}

fn warn_baseline_after_latest(
    cx: &mut Checker,
    baseline: Option<&Baseline>,
    series: &[Point],
    at: &At,
) {
    let latest = series.iter().rev().find(|p| p.measured_value().is_some());
    if let (Some(b), Some(latest)) = (baseline, latest)
        && b.date.first_day() > latest.date.first_day()
    {
        let message = Rule::BaselineAfterLatest {
            baseline: b.date.to_string(),
            latest: latest.date.to_string(),
        };
        cx.warning(at, message);
    }
}

fn warn_deadline_before_baseline(
    cx: &mut Checker,
    target: Option<&Target>,
    start: Option<Period>,
    at: &At,
) {
    if let (Some(deadline), Some(start)) = (target.and_then(|t| t.date), start)
        && deadline.last_day() < start.first_day()
    {
        cx.warning(
            at,
            Rule::DeadlineBeforeBaseline {
                deadline: deadline.to_string(),
                start: start.to_string(),
            },
        );
    }
}
