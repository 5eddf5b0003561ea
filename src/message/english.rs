//! The messages in English: what `check` has always printed, byte for byte (tests and other
//! programs read it).

use super::{
    Json, Member, Message, Noun, OpenSdg, Points, Reading, Rule, Special, Written, one_of,
};
use crate::raw::field::Kind;

pub(super) fn text(m: &Message) -> String {
    match m {
        Message::Member(m) => member(m),
        Message::Written(m) => written(m),
        Message::Rule(m) => rule(m),
        Message::Points(m) => points(m),
        Message::Reading(m) => reading(m),
        Message::Json(m) => json(m),
        Message::OpenSdg(m) => open_sdg(m),
        Message::Other(text) => text.clone(),
    }
}

fn noun(noun: Noun) -> &'static str {
    match noun {
        Noun::Owner => "owner",
        Noun::Goal => "goal",
        Noun::Initiative => "initiative",
        Noun::IndicatorOrMeasure => "indicator or measure",
    }
}

fn member(m: &Member) -> String {
    match m {
        Member::WrongKind { expected, found } => {
            format!(
                "expected {}, found {}",
                expected.described(),
                found.described()
            )
        }
        Member::Missing { name } => format!("missing required field \"{name}\""),
        Member::MissingValue => {
            "missing required field \"value\" (use null for a value not measured)".into()
        }
        Member::NotAnObject { found } => format!(
            "expected an object (a dataset), found {}",
            found.map_or("null", Kind::described)
        ),
        Member::MisspeltRequired { name, near } => {
            format!("unknown field \"{name}\", did you mean \"{near}\"? — \"{near}\" is required")
        }
        Member::UnknownField { name, near, more } => {
            let hint = match near {
                Some(near) => format!("did you mean \"{near}\"?"),
                None => "ignored".to_owned(),
            };
            let also = match more {
                0 => String::new(),
                1 => " (also in 1 more place like this)".to_owned(),
                n => format!(" (also in {n} more places like this)"),
            };
            format!("unknown field \"{name}\"; {hint}{also}")
        }
        Member::DuplicateField { name } => format!("duplicate field \"{name}\""),
    }
}

fn written(m: &Written) -> String {
    use Written as W;
    match m {
        W::NotADate { text } => {
            format!("{text} is not a date: use YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD")
        }
        W::InvalidId { text } => format!(
            "{text} is not a valid id: use only letters A-Z and a-z, digits, '_', '.' and '-'"
        ),
        W::NotAFormat { text } => {
            format!("{text} is not a goalboard format; set \"format\": \"goalboard/1\"")
        }
        W::UnsupportedFormat { text } => {
            format!("unsupported format {text}: this goalboard reads \"goalboard/1\"")
        }
        W::NotALanguage { text } => format!("{text} is not a language: use \"en\" or \"da\""),
        W::BadDecimals { max, value } => {
            format!("decimals must be a whole number from 0 to {max}, not {value}")
        }
        W::NotADirection { text } => {
            format!("{text} is not a direction: use \"decrease\", \"increase\" or \"none\"")
        }
        W::NotAStatus { text, choices } => {
            format!("{text} is not a status: use {}", one_of(choices, "or"))
        }
        W::NotAFrequency { text, choices } => {
            format!("{text} is not a frequency: use {}", one_of(choices, "or"))
        }
        W::NotAStatusMethod { text } => {
            format!("{text} is not a status method: use \"forecast\" or \"open-sdg\"")
        }
        W::BadYear { value } => {
            format!("a year must be a whole number from 1 to 9999, not {value}")
        }
        W::NotAnOpenSdgDirection { text } => {
            format!("{text} is not a direction: use \"decrease\" or \"increase\"")
        }
        W::NotAKind { text } => {
            format!("{text} is not a kind: use \"measured\", \"planned\" or \"estimated\"")
        }
        W::NotABound { text } => format!("{text} is not a bound: use \"at_least\" or \"at_most\""),
    }
}

fn rule(m: &Rule) -> String {
    match m {
        Rule::NoGoals => "the dataset has no goals".into(),
        Rule::GoalWithoutContent => "goal has neither indicators nor initiatives".into(),
        Rule::DuplicateId { noun: n, id, first } => {
            format!("duplicate {} id {id} (first used at {first})", noun(*n))
        }
        Rule::UnknownId { noun: n, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("; did you mean {near}?"))
                .unwrap_or_default();
            format!("unknown {} id {id}{hint}", noun(*n))
        }
        Rule::TargetNeedsDirection => {
            "a target needs direction \"decrease\" or \"increase\", not \"none\"".into()
        }
        Rule::CannotInferDirection { baseline } => {
            let why = match baseline {
                Some(b) => format!("the target equals the baseline {b}"),
                None => "there is no baseline or value to compare the target with".to_owned(),
            };
            format!("cannot infer direction; set \"direction\" ({why})")
        }
        Rule::BaselineAfterLatest { baseline, latest } => {
            format!("baseline {baseline} is after the latest point ({latest})")
        }
        Rule::DeadlineBeforeBaseline { deadline, start } => {
            format!("deadline {deadline} is before the baseline ({start})")
        }
        Rule::BreakdownTargetNeedsDirection => "a breakdown's target needs the indicator's \
                                                direction \"decrease\" or \"increase\", not \"none\""
            .into(),
        Rule::DuplicateBreakdown { first } => {
            format!("duplicate breakdown: the same dimensions as {first}")
        }
        Rule::NoDimensions => {
            "a breakdown needs at least one dimension, like {\"Køn\": \"Kvinder\"}".into()
        }
        Rule::NoSuchBreakdown => "the indicator has no breakdown with these dimensions".into(),
        Rule::EndsBeforeStart { end, start } => {
            format!("the initiative ends ({end}) before it starts ({start})")
        }
        Rule::NamedTwice { noun: n, id, times } => {
            format!("{} {id} is named {times} times in this list; once is enough", noun(*n))
        }
        Rule::SameCode { code, other, index } => format!(
            "goal code {code} is also the code of goal {other} (goals[{index}]): the goals cannot be told apart by code"
        ),
    }
}

fn points(m: &Points) -> String {
    use Points as P;
    match m {
        P::PercentOutside { value } => format!("{value} is outside 0–100 for the unit \"%\""),
        P::PercentsOutside { count, first } => {
            format!("{count} values outside 0–100 for the unit \"%\" (the first: {first})")
        }
        P::RangeNotTwo => "a range must be two numbers [low, high]".into(),
        P::RangeAndBound => "a point has a range or a bound, not both".into(),
        P::RangeNeedsValue => "a range needs a value to compute with, not null".into(),
        P::BoundNeedsValue => "a bound needs a value to compute with, not null".into(),
        P::RangeMissesValue { low, high, value } => format!(
            "the range [{low}, {high}] does not hold the value {value}: write [low, high] with \
             low ≤ value ≤ high"
        ),
        P::Unsorted { later, earlier } => {
            format!("series is not sorted by date: {later} comes after {earlier}; sorted on load")
        }
        P::SameDate { date, other } => format!("two points on {date} (the other at {other})"),
        P::SameStartDay {
            date,
            earlier,
            day,
            other,
        } => format!(
            "two points on one date: {date} and {earlier} both start on {day} (the other at {other})"
        ),
    }
}

fn special(what: Special) -> &'static str {
    match what {
        Special::NamedPipe => "a named pipe (FIFO)",
        Special::CharacterDevice => "a character device",
        Special::BlockDevice => "a block device",
        Special::Socket => "a socket",
        Special::Other => "not a regular file",
    }
}

fn reading(m: &Reading) -> String {
    match m {
        Reading::IsADirectory => "is a directory, not a dataset file".into(),
        Reading::NotRegular { what } => format!(
            "is {}, not a dataset file: goalboard reads regular files only",
            special(*what)
        ),
        Reading::NoSuchFile => "no such file".into(),
        Reading::PermissionDenied => "cannot read the file: permission denied".into(),
        Reading::CannotRead { reason } => format!("cannot read the file: {reason}"),
        Reading::TooLarge { bytes, max_mib } => format!(
            "the file is {:.1} MiB; goalboard reads files up to {max_mib} MiB",
            *bytes as f64 / (1024.0 * 1024.0)
        ),
        Reading::Empty => "the file is empty".into(),
        Reading::WideEncoding { encoding } => {
            format!("the file is {encoding}, not UTF-8: save it as UTF-8")
        }
        Reading::InvalidUtf8 { byte } => {
            format!("invalid UTF-8 (byte 0x{byte:02X}): save the file as UTF-8")
        }
    }
}

fn json(m: &Json) -> String {
    match m {
        Json::TooDeep => "nested deeper than 128 levels (recursion limit exceeded)".into(),
        Json::NumberOutOfRange => {
            "number out of range: numbers must lie within ±1.7976931348623157e308".into()
        }
        Json::Syntax(syntax) => format!("invalid JSON: {}", syntax.english()),
        Json::MissingComma { syntax, next } => format!(
            "invalid JSON: {} after this value: is a comma missing here? (the next value is at {}:{})",
            syntax.english(),
            next.0,
            next.1
        ),
        Json::Data(text) => text.clone(),
    }
}

fn open_sdg(m: &OpenSdg) -> String {
    match m {
        OpenSdg::FirstColumnYear => "the first column must be 'Year'".into(),
        OpenSdg::LastColumnValue => "the last column must be 'Value'".into(),
        OpenSdg::CellCount { cells, width } => {
            format!("{cells} cells where the header has {width}")
        }
        OpenSdg::NotAYear { cell } => format!("'{cell}' is not a year"),
        OpenSdg::NotANumber { cell } => format!("'{cell}' is not a number"),
        OpenSdg::UnreadableCsv { reason } => format!("unreadable CSV: {reason}"),
        OpenSdg::NoClosingFrontMatter => "the front matter has no closing '---' line".into(),
        OpenSdg::MetadataNotMapping => "the metadata is not a mapping of fields".into(),
        OpenSdg::InvalidYaml { reason } => format!("invalid YAML: {reason}"),
        OpenSdg::YearTwice { year, series, also } => format!(
            "year {year} appears twice in the {} series (also line {also})",
            series.as_deref().unwrap_or("headline")
        ),
        OpenSdg::ProgressNotMapping => "a progress option must be a mapping of settings".into(),
        OpenSdg::ProgressDirection { text } => {
            format!("unknown progress direction '{text}': use 'positive' or 'negative'")
        }
        OpenSdg::ProgressOption { key, known } => {
            format!("unknown progress option '{key}' (known: {known})")
        }
    }
}
