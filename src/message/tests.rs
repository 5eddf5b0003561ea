use super::*;

/// One of each message (and each of its wordings that differ by argument).
fn every_message() -> Vec<Message> {
    let s = |t: &str| t.to_owned();
    let mut all: Vec<Message> = vec![
        Member::WrongKind {
            expected: Kind::Number,
            found: Kind::String,
        }
        .into(),
        Member::Missing { name: s("title") }.into(),
        Member::MissingValue.into(),
        Member::NotAnObject { found: None }.into(),
        Member::NotAnObject {
            found: Some(Kind::Array),
        }
        .into(),
        Member::MisspeltRequired {
            name: s("tittle"),
            near: s("title"),
        }
        .into(),
        Member::UnknownField {
            name: s("tittle"),
            near: Some(s("title")),
            more: 0,
        }
        .into(),
        Member::UnknownField {
            name: s("zzz"),
            near: None,
            more: 2,
        }
        .into(),
        Member::DuplicateField { name: s("title") }.into(),
    ];
    let text = || s("'x'");
    let choices = vec!["a", "b", "c"];
    all.extend(
        [
            Written::NotADate { text: text() },
            Written::InvalidId { text: text() },
            Written::NotAFormat { text: text() },
            Written::UnsupportedFormat { text: text() },
            Written::NotALanguage { text: text() },
            Written::BadDecimals {
                max: 10,
                value: s("1.5"),
            },
            Written::NotADirection { text: text() },
            Written::NotAStatus {
                text: text(),
                choices: choices.clone(),
            },
            Written::NotAFrequency {
                text: text(),
                choices,
            },
            Written::NotAStatusMethod { text: text() },
            Written::BadYear { value: s("0") },
            Written::NotAnOpenSdgDirection { text: text() },
            Written::NotAKind { text: text() },
            Written::NotABound { text: text() },
        ]
        .map(Message::from),
    );
    all.extend(rules().into_iter().map(Message::from));
    all.extend(points().into_iter().map(Message::from));
    all.extend(reading().into_iter().map(Message::from));
    all.extend(JsonSyntax::all().map(|s| Json::Syntax(s).into()));
    all.extend(
        [
            OpenSdg::FirstColumnYear,
            OpenSdg::LastColumnValue,
            OpenSdg::CellCount { cells: 3, width: 4 },
            OpenSdg::NotAYear { cell: s("20x5") },
            OpenSdg::NotANumber { cell: s("abc") },
            OpenSdg::UnreadableCsv { reason: s("bad") },
            OpenSdg::NoClosingFrontMatter,
            OpenSdg::MetadataNotMapping,
            OpenSdg::InvalidYaml { reason: s("bad") },
            OpenSdg::YearTwice {
                year: 2015,
                series: None,
                also: 3,
            },
            OpenSdg::YearTwice {
                year: 2015,
                series: Some(s("[\"Sex\"]")),
                also: 3,
            },
            OpenSdg::ProgressNotMapping,
            OpenSdg::ProgressDirection { text: s("up") },
            OpenSdg::ProgressOption {
                key: s("k"),
                known: s("a, b"),
            },
        ]
        .map(Message::from),
    );
    all.extend(
        [
            Json::TooDeep,
            Json::NumberOutOfRange,
            Json::MissingComma {
                syntax: JsonSyntax::ExpectedCommaOrBrace,
                next: (4, 3),
            },
            Json::Syntax(JsonSyntax::Other(s("new"))),
            Json::Data(s("invalid type: map")),
        ]
        .map(Message::from),
    );
    all
}

fn rules() -> Vec<Rule> {
    let s = |t: &str| t.to_owned();
    let mut all = vec![
        Rule::NoGoals,
        Rule::GoalWithoutContent,
        Rule::TargetNeedsDirection,
        Rule::CannotInferDirection { baseline: None },
        Rule::CannotInferDirection {
            baseline: Some(s("61")),
        },
        Rule::BaselineAfterLatest {
            baseline: s("2020"),
            latest: s("2019"),
        },
        Rule::DeadlineBeforeBaseline {
            deadline: s("2015"),
            start: s("2016"),
        },
        Rule::BreakdownTargetNeedsDirection,
        Rule::DuplicateBreakdown { first: s("b[0]") },
        Rule::NoDimensions,
        Rule::NoSuchBreakdown,
        Rule::EndsBeforeStart {
            end: s("2019"),
            start: s("2020"),
        },
        Rule::SameCode {
            code: s("'7'"),
            other: s("'g7'"),
            index: 6,
        },
    ];
    for noun in [
        Noun::Owner,
        Noun::Goal,
        Noun::Initiative,
        Noun::IndicatorOrMeasure,
    ] {
        all.push(Rule::DuplicateId {
            noun,
            id: s("'x'"),
            first: s("goals[0].id"),
        });
        all.push(Rule::UnknownId {
            noun,
            id: s("'x'"),
            near: Some(s("'y'")),
        });
        all.push(Rule::NamedTwice {
            noun,
            id: s("'x'"),
            times: 2,
        });
    }
    all
}

fn points() -> Vec<Points> {
    let s = |t: &str| t.to_owned();
    vec![
        Points::PercentOutside { value: s("120") },
        Points::PercentsOutside {
            count: 3,
            first: s("120"),
        },
        Points::RangeNotTwo,
        Points::RangeAndBound,
        Points::RangeNeedsValue,
        Points::BoundNeedsValue,
        Points::RangeMissesValue {
            low: s("40"),
            high: s("50"),
            value: s("55"),
        },
        Points::Unsorted {
            later: s("2015"),
            earlier: s("2016"),
        },
        Points::SameDate {
            date: s("2016"),
            other: s("a"),
        },
        Points::SameStartDay {
            date: s("2016"),
            earlier: s("2016-01"),
            day: s("2016-01-01"),
            other: s("a"),
        },
    ]
}

fn reading() -> Vec<Reading> {
    let mut all = vec![
        Reading::IsADirectory,
        Reading::NoSuchFile,
        Reading::PermissionDenied,
        Reading::CannotRead {
            reason: "disk on fire".into(),
        },
        Reading::TooLarge {
            bytes: 600 * 1024 * 1024,
            max_mib: 512,
        },
        Reading::Empty,
        Reading::WideEncoding { encoding: "UTF-16" },
        Reading::InvalidUtf8 { byte: 0xF8 },
    ];
    for what in [
        Special::NamedPipe,
        Special::CharacterDevice,
        Special::BlockDevice,
        Special::Socket,
        Special::Other,
    ] {
        all.push(Reading::NotRegular { what });
    }
    all
}

/// Which kind a message is: the match is exhaustive, so a new kind fails to compile here until
/// it is counted, and `every_kind_is_in_the_list` then fails until it is in `every_message`.
fn kind_of(m: &Message) -> &'static str {
    match m {
        Message::Member(_) => "member",
        Message::Written(_) => "written",
        Message::Rule(_) => "rule",
        Message::Points(_) => "points",
        Message::Reading(_) => "reading",
        Message::Json(_) => "json",
        Message::OpenSdg(_) => "open-sdg",
        Message::Other(_) => "other",
    }
}

#[test]
fn every_message_has_a_danish_wording_unlike_the_english() {
    for m in every_message() {
        let (en, da) = (m.text(Lang::En), m.text(Lang::Da));
        assert!(!da.is_empty(), "{m:?}");
        assert_ne!(en, da, "{m:?} has no Danish wording");
        assert_eq!(en, m.to_string());
    }
}

#[test]
fn every_kind_is_in_the_list() {
    let kinds: std::collections::BTreeSet<&str> = every_message().iter().map(kind_of).collect();
    // `Other` is the one kind with no Danish: messages of other modules, said as they are.
    let expected = [
        "json", "member", "open-sdg", "points", "reading", "rule", "written",
    ];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), expected);
}

#[test]
fn every_serde_json_phrase_is_known_and_read_back_whole() {
    for syntax in JsonSyntax::all() {
        assert_eq!(JsonSyntax::of(&syntax.english()), syntax);
    }
    assert_eq!(
        JsonSyntax::of("expected `,` or `]`"),
        JsonSyntax::ExpectedCommaOrBracket
    );
}

#[test]
fn danish_reads_as_danish() {
    let m: Message = Member::WrongKind {
        expected: Kind::Number,
        found: Kind::String,
    }
    .into();
    assert_eq!(m.text(Lang::Da), "forventede et tal, fandt en tekst");
    let m: Message = Member::MisspeltRequired {
        name: "tittle".into(),
        near: "title".into(),
    }
    .into();
    assert_eq!(
        m.text(Lang::Da),
        "ukendt felt \"tittle\" — mente du \"title\"? \"title\" er påkrævet"
    );
    let m: Message = Reading::TooLarge {
        bytes: 600 * 1024 * 1024 + 52429,
        max_mib: 512,
    }
    .into();
    assert_eq!(
        m.text(Lang::Da),
        "filen fylder 600,1 MiB; goalboard læser filer på op til 512 MiB"
    );
}
