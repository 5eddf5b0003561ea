//! The dataset's new text: the planned points spliced into the original bytes, in the file's
//! own indentation, line ends and spacing, each series kept in date order. Every other byte
//! stays where it was, so `git diff` shows only the points concerned.

use super::plan::Plan;
use super::scan::{Element, ScanError, Span, Target, elements};
use super::{Kind, Row};

/// How the file writes things, read from the file itself.
#[derive(Clone, Debug)]
struct Style {
    /// One level of indentation ("" for a file on one line).
    unit: String,
    nl: &'static str,
    /// How a point is written, from the first point in the file.
    point: PointStyle,
}

#[derive(Clone, Debug, PartialEq)]
enum PointStyle {
    /// `{ "date": "2016-12", "value": 38 }`: spaces inside the braces and after the colons?
    OneLine { padded: bool, spaced: bool },
    /// One member a line, indented one `step` past the point's own line.
    Pretty { step: String },
}

/// One replacement of `span` by `text` (an insertion when the span is empty).
struct Edit {
    span: Span,
    text: String,
}

/// The whitespace that starts the line holding byte `pos`.
fn line_indent(bytes: &[u8], pos: usize) -> String {
    let start = bytes[..pos]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let len = bytes[start..]
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    String::from_utf8_lossy(&bytes[start..start + len]).into_owned()
}

fn style(bytes: &[u8], targets: &[Target]) -> Style {
    let nl = if memchr::memmem::find(bytes, b"\r\n").is_some() {
        "\r\n"
    } else {
        "\n"
    };
    // The indentation of the first indented line is one level.
    let unit =
        memchr::memchr(b'\n', bytes).map_or_else(String::new, |at| line_indent(bytes, at + 1));
    let first_point = targets
        .iter()
        .filter_map(|t| t.series)
        .find_map(|s| elements(bytes, s).ok().and_then(|e| e.into_iter().next()));
    let point = match first_point {
        Some(e) => point_style(bytes, &e, &unit),
        None if unit.is_empty() => PointStyle::OneLine {
            padded: false,
            spaced: false,
        },
        None => PointStyle::Pretty { step: unit.clone() },
    };
    Style { unit, nl, point }
}

/// How a neighbouring point is written.
fn point_style(bytes: &[u8], e: &Element, unit: &str) -> PointStyle {
    let text = &bytes[e.span.start..e.span.end];
    match memchr::memchr(b'\n', text) {
        Some(at) => {
            let own = line_indent(bytes, e.span.start);
            let inner = line_indent(bytes, e.span.start + at + 1);
            let step = inner.strip_prefix(own.as_str()).unwrap_or(unit).to_owned();
            PointStyle::Pretty { step }
        }
        None => PointStyle::OneLine {
            padded: text.starts_with(b"{ "),
            spaced: memchr::memmem::find(text, b"\": ").is_some(),
        },
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A value as JSON writes it: `38`, `16.9`.
pub fn json_number(v: f64) -> String {
    v.to_string()
}

/// A point's members as JSON text, in the order the format's examples use.
fn point_members(row: &Row) -> Vec<(&'static str, String)> {
    let mut m = vec![
        ("date", json_string(&row.date.to_string())),
        ("value", json_number(row.value)),
    ];
    if let Some(note) = &row.note {
        m.push(("note", json_string(note)));
    }
    if row.kind != Kind::Measured {
        m.push(("kind", json_string(row.kind.name())));
    }
    m
}

/// An object of scalar members, written as `style` says, its first line at `base`.
fn object(members: &[(&str, String)], style: &PointStyle, base: &str, nl: &str) -> String {
    match style {
        PointStyle::OneLine { padded, spaced } => {
            let colon = if *spaced { ": " } else { ":" };
            let comma = if *spaced { ", " } else { "," };
            let body: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("\"{k}\"{colon}{v}"))
                .collect();
            let pad = if *padded { " " } else { "" };
            format!("{{{pad}{}{pad}}}", body.join(comma))
        }
        PointStyle::Pretty { step } => {
            let body: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{base}{step}\"{k}\": {v}"))
                .collect();
            format!("{{{nl}{}{nl}{base}}}", body.join(&format!(",{nl}")))
        }
    }
}

/// A new array of already written items, its `[` on a line indented `base`.
fn array(items: &[String], base: &str, st: &Style) -> String {
    if st.unit.is_empty() {
        return format!("[{}]", items.join(","));
    }
    let inner = format!("{base}{}", st.unit);
    let body: Vec<String> = items.iter().map(|i| format!("{inner}{i}")).collect();
    format!(
        "[{nl}{}{nl}{base}]",
        body.join(&format!(",{}", st.nl)),
        nl = st.nl
    )
}

/// The edits that add a member to an object (after its last member).
fn add_member(
    bytes: &[u8],
    object: Span,
    key: &str,
    value: impl FnOnce(&str) -> String,
    st: &Style,
) -> Edit {
    let close = object.end - 1;
    let last = bytes[..close]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .unwrap_or(close);
    let indent = line_indent(bytes, last);
    let one_line = !bytes[object.start..object.end].contains(&b'\n');
    let (lead, base) = if one_line || st.unit.is_empty() {
        (
            String::from(if st.unit.is_empty() { "," } else { ", " }),
            indent.clone(),
        )
    } else {
        (format!(",{}{indent}", st.nl), indent.clone())
    };
    let colon = if st.unit.is_empty() { ":" } else { ": " };
    Edit {
        span: Span {
            start: last + 1,
            end: last + 1,
        },
        text: format!("{lead}\"{key}\"{colon}{}", value(&base)),
    }
}

/// Points written for a new array whose `[` sits on a line indented `base`.
fn new_points(rows: &[&Row], base: &str, st: &Style) -> String {
    let inner = format!("{base}{}", st.unit);
    let items: Vec<String> = rows
        .iter()
        .map(|r| object(&point_members(r), &st.point, &inner, st.nl))
        .collect();
    array(&items, base, st)
}

/// The edits that bring `rows` (in date order) into one series.
fn series_edits(
    bytes: &[u8],
    target: &Target,
    rows: &[&Row],
    st: &Style,
) -> Result<Vec<Edit>, ScanError> {
    let Some(span) = target.series else {
        return Ok(vec![add_member(
            bytes,
            target.object,
            "series",
            |base| new_points(rows, base, st),
            st,
        )]);
    };
    let elems = elements(bytes, span)?;
    if elems.is_empty() {
        let base = line_indent(bytes, span.start);
        return Ok(vec![Edit {
            span,
            text: new_points(rows, &base, st),
        }]);
    }
    let base = line_indent(bytes, elems[0].span.start);
    let pstyle = point_style(bytes, &elems[0], &st.unit);
    let sep = if let Some(second) = elems.get(1) {
        String::from_utf8_lossy(&bytes[elems[0].span.end..second.span.start]).into_owned()
    } else {
        let gap = String::from_utf8_lossy(&bytes[span.start + 1..elems[0].span.start]).into_owned();
        if gap.is_empty() {
            ",".to_owned()
        } else {
            format!(",{gap}")
        }
    };
    let mut edits: Vec<Edit> = Vec::new();
    for row in rows {
        let text = object(&point_members(row), &pstyle, &base, st.nl);
        let before = elems.iter().find(|e| e.date.is_some_and(|d| d > row.date));
        let (at, text) = match before {
            Some(e) => (e.span.start, format!("{text}{sep}")),
            None => (elems[elems.len() - 1].span.end, format!("{sep}{text}")),
        };
        match edits.iter_mut().find(|e| e.span.start == at) {
            Some(edit) => edit.text.push_str(&text),
            None => edits.push(Edit {
                span: Span { start: at, end: at },
                text,
            }),
        }
    }
    Ok(edits)
}

/// A new breakdown object, its first line indented `base`.
fn breakdown(rows: &[Row], base: &str, st: &Style) -> String {
    let dims: Vec<(&str, String)> = rows[0]
        .dimensions
        .iter()
        .map(|(k, v)| (k.as_str(), json_string(v)))
        .collect();
    let inner = format!("{base}{}", st.unit);
    let dims_style = if st.unit.is_empty() {
        PointStyle::OneLine {
            padded: false,
            spaced: false,
        }
    } else {
        PointStyle::Pretty {
            step: st.unit.clone(),
        }
    };
    let refs: Vec<&Row> = rows.iter().collect();
    let members = [
        ("dimensions", object(&dims, &dims_style, &inner, st.nl)),
        ("series", new_points(&refs, &inner, st)),
    ];
    // Quote the keys by hand: `object` already quotes them; the values are written text.
    object(&members.map(|(k, v)| (k, v)), &dims_style, base, st.nl)
}

/// The edits that add new breakdowns to an indicator.
fn breakdown_edits(
    bytes: &[u8],
    target: &Target,
    new: &[&Vec<Row>],
    st: &Style,
) -> Result<Edit, ScanError> {
    let Some(span) = target.breakdowns else {
        return Ok(add_member(
            bytes,
            target.object,
            "breakdowns",
            |base| {
                let inner = format!("{base}{}", st.unit);
                let items: Vec<String> =
                    new.iter().map(|rows| breakdown(rows, &inner, st)).collect();
                array(&items, base, st)
            },
            st,
        ));
    };
    let elems = elements(bytes, span)?;
    let Some(last) = elems.last() else {
        let base = line_indent(bytes, span.start);
        let inner = format!("{base}{}", st.unit);
        let items: Vec<String> = new.iter().map(|rows| breakdown(rows, &inner, st)).collect();
        return Ok(Edit {
            span,
            text: array(&items, &base, st),
        });
    };
    let base = line_indent(bytes, last.span.start);
    let gap = String::from_utf8_lossy(&bytes[span.start + 1..elems[0].span.start]).into_owned();
    let mut text = String::new();
    for rows in new {
        text.push(',');
        text.push_str(&gap);
        text.push_str(&breakdown(rows, &base, st));
    }
    Ok(Edit {
        span: Span {
            start: last.span.end,
            end: last.span.end,
        },
        text,
    })
}

/// The new bytes: new points and breakdowns always, revisions only when `revise`.
pub fn splice(bytes: &[u8], plan: &Plan, revise: bool) -> Result<Vec<u8>, ScanError> {
    let st = style(bytes, &plan.targets);
    let mut edits = Vec::new();
    let mut i = 0;
    while i < plan.new.len() {
        let t = plan.new[i].0;
        let rows: Vec<&Row> = plan.new[i..]
            .iter()
            .take_while(|(u, _)| *u == t)
            .map(|(_, r)| r)
            .collect();
        i += rows.len();
        edits.extend(series_edits(bytes, &plan.targets[t], &rows, &st)?);
    }
    if revise {
        for r in &plan.revised {
            if let Some(span) = r.element.value {
                edits.push(Edit {
                    span,
                    text: json_number(r.row.value),
                });
            }
        }
    }
    let mut heads: Vec<usize> = plan.new_breakdowns.iter().map(|(h, _)| *h).collect();
    heads.dedup();
    for head in heads {
        let new: Vec<&Vec<Row>> = plan
            .new_breakdowns
            .iter()
            .filter(|(h, _)| *h == head)
            .map(|(_, r)| r)
            .collect();
        edits.push(breakdown_edits(bytes, &plan.targets[head], &new, &st)?);
    }
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let added: usize = edits.iter().map(|e| e.text.len()).sum();
    let mut out = Vec::with_capacity(bytes.len() + added);
    let mut at = 0;
    for edit in edits {
        out.extend_from_slice(&bytes[at..edit.span.start]);
        out.extend_from_slice(edit.text.as_bytes());
        at = edit.span.end;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(out)
}
