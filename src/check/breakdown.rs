//! v1.1's indicator members: the frequency and the breakdowns (dimensions, series, target).

use crate::message::{Member, Rule, Written};
use foldhash::{HashMap, HashMapExt};

use super::indicator::target;
use super::series::required_series;
use super::{Checker, Finding, quote};
use crate::diagnostic::Severity;
use crate::model::{Breakdown, Dimensions, Direction, Frequency};
use crate::raw::field::{Field, Kind};
use crate::raw::path::{At, Seg};
use crate::raw::{DimensionsText, FrequencyText, List, RawBreakdown};

pub fn frequency(cx: &mut Checker, field: Field<FrequencyText>, at: &At) -> Option<Frequency> {
    let text = cx.optional(field, at)?;
    let frequency = Frequency::parse(&text.0);
    if frequency.is_none() {
        let message = Written::NotAFrequency {
            text: quote(&text.0),
            choices: Frequency::ALL.iter().map(|f| f.name()).collect(),
        };
        cx.error(at, message);
    }
    frequency
}

/// The breakdowns of an indicator; `direction` is the indicator's (`None` when it is in error).
pub fn breakdowns(
    cx: &mut Checker,
    list: List<RawBreakdown>,
    at: &At,
    percent: bool,
    direction: Option<Direction>,
) -> Vec<Breakdown> {
    let items = cx.items(list, at);
    let mut seen: HashMap<Vec<(String, String)>, usize> = HashMap::new();
    let mut breakdowns = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let item = at.index(i);
        let dims_at = item.key("dimensions");
        let dimensions = cx
            .required(raw.dimensions, &dims_at)
            .and_then(|d| dimensions(cx, d, &dims_at));
        let series = required_series(cx, raw.series, &item.key("series"), percent);
        let target_at = item.key("target");
        let target = target(cx, raw.target, &target_at, percent);
        if target.is_some() && direction == Some(Direction::None) {
            cx.error(&target_at, Rule::BreakdownTargetNeedsDirection);
        }
        let Some(dimensions) = dimensions else {
            continue;
        };
        let mut set = dimensions.clone();
        set.sort();
        if let Some(first) = seen.get(&set) {
            let message = Rule::DuplicateBreakdown {
                first: at.index(*first).path().to_string(),
            };
            cx.error(&dims_at, message);
            continue;
        }
        seen.insert(set, i);
        breakdowns.push(Breakdown {
            dimensions,
            series,
            target,
        });
    }
    breakdowns
}

/// Dimension: value pairs, at least one, each value a string (`None` on an error).
pub fn dimensions(cx: &mut Checker, written: DimensionsText, at: &At) -> Option<Dimensions> {
    if written.0.is_empty() {
        cx.error(at, Rule::NoDimensions);
        return None;
    }
    let mut pairs = Vec::with_capacity(written.0.len());
    let mut ok = true;
    for (name, value) in written.0 {
        match value {
            Field::Ok(value) => pairs.push((name, value)),
            other => {
                let found = match other {
                    Field::Wrong(kind) => kind,
                    _ => Kind::Null,
                };
                let mut path = at.path();
                path.0.push(Seg::Key(name));
                let message = Member::WrongKind {
                    expected: Kind::String,
                    found,
                };
                cx.push(Finding {
                    severity: Severity::Error,
                    path,
                    anchor: super::Anchor::Value,
                    message: message.into(),
                });
                ok = false;
            }
        }
    }
    ok.then_some(pairs)
}
