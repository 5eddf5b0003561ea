//! An indicator's `open_sdg` member (v1.1 section 5) and the dataset's `status_method`: read
//! into plain data with the spec's defaults; `figures::open_sdg` computes the measure.

use super::breakdown::dimensions;
use super::{Checker, quote};
use crate::message::{Rule, Written};
use crate::model::{Breakdown, OpenSdg, OpenSdgDirection, OpenSdgOption, StatusMethod, Thresholds};
use crate::raw::field::Field;
use crate::raw::path::At;
use crate::raw::{
    List, OpenSdgDirectionText, RawOpenSdg, RawOpenSdgOption, RawThresholds, StatusMethodText,
};

pub fn status_method(cx: &mut Checker, field: Field<StatusMethodText>, at: &At) -> StatusMethod {
    let Some(text) = cx.optional(field, at) else {
        return StatusMethod::default();
    };
    StatusMethod::parse(&text.0).unwrap_or_else(|| {
        let message = Written::NotAStatusMethod {
            text: quote(&text.0),
        };
        cx.error(at, message);
        StatusMethod::default()
    })
}

/// The measure as written; `breakdowns` are the indicator's, which an option names.
pub fn open_sdg(
    cx: &mut Checker,
    field: Field<RawOpenSdg>,
    at: &At,
    breakdowns: &[Breakdown],
) -> Option<OpenSdg> {
    let raw = cx.optional(field, at)?;
    let auto = cx.optional(raw.auto, &at.key("auto")).unwrap_or(true);
    let status = cx.text(raw.status, &at.key("status"));
    let mut options = options(cx, raw.options, &at.key("options"), breakdowns);
    if options.is_empty() {
        options.push(OpenSdgOption::default());
    }
    Some(OpenSdg {
        auto,
        status,
        options,
    })
}

fn options(
    cx: &mut Checker,
    list: List<RawOpenSdgOption>,
    at: &At,
    breakdowns: &[Breakdown],
) -> Vec<OpenSdgOption> {
    let items = cx.items(list, at);
    let mut options = Vec::with_capacity(items.size_hint().1.unwrap_or(0));
    for (i, raw) in items {
        let at = at.index(i);
        let breakdown_at = at.key("breakdown");
        let breakdown = cx
            .optional(raw.breakdown, &breakdown_at)
            .and_then(|d| dimensions(cx, d, &breakdown_at));
        if let Some(dims) = &breakdown {
            let mut wanted = dims.clone();
            wanted.sort();
            let known = breakdowns.iter().any(|b| {
                let mut set = b.dimensions.clone();
                set.sort();
                set == wanted
            });
            if !known {
                cx.warning(&breakdown_at, Rule::NoSuchBreakdown);
            }
        }
        let defaults = OpenSdgOption::default();
        options.push(OpenSdgOption {
            breakdown,
            base_year: year(cx, raw.base_year, &at.key("base_year")).unwrap_or(defaults.base_year),
            target_year: year(cx, raw.target_year, &at.key("target_year"))
                .unwrap_or(defaults.target_year),
            target: cx.optional(raw.target, &at.key("target")),
            direction: direction(cx, raw.direction, &at.key("direction")),
            limit: cx.optional(raw.limit, &at.key("limit")),
            thresholds: thresholds(cx, raw.thresholds, &at.key("thresholds")),
        });
    }
    options
}

fn year(cx: &mut Checker, field: Field<f64>, at: &At) -> Option<i32> {
    let n = cx.optional(field, at)?;
    let whole = n.fract() == 0.0 && (1.0..=9999.0).contains(&n);
    if !whole {
        cx.error(
            at,
            Written::BadYear {
                value: n.to_string(),
            },
        );
    }
    whole.then_some(n as i32)
}

fn direction(cx: &mut Checker, field: Field<OpenSdgDirectionText>, at: &At) -> OpenSdgDirection {
    match cx.optional(field, at).as_ref().map(|t| t.0.as_str()) {
        None | Some("decrease") => OpenSdgDirection::Decrease,
        Some("increase") => OpenSdgDirection::Increase,
        Some(other) => {
            let message = Written::NotAnOpenSdgDirection { text: quote(other) };
            cx.error(at, message);
            OpenSdgDirection::Decrease
        }
    }
}

fn thresholds(cx: &mut Checker, field: Field<RawThresholds>, at: &At) -> Option<Thresholds> {
    let raw = cx.optional(field, at)?;
    Some(Thresholds {
        high: cx.optional(raw.high, &at.key("high")),
        med: cx.optional(raw.med, &at.key("med")),
        low: cx.optional(raw.low, &at.key("low")),
    })
}
