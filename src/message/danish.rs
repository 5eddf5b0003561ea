//! The messages in Danish, as a municipal analyst writes them. Field names, JSON paths, file
//! names and values quoted from the file stay as written (they are what to look for); the
//! format's own words (`"decrease"`, `YYYY-MM`) too, since they are what to write.

use super::{
    Json, Member, Message, Noun, OpenSdg, Points, Reading, Rule, Special, Written, one_of,
};
use crate::format::Locale;
use crate::model::Lang;
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

fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Null => "null",
        Kind::Bool => "en sandhedsværdi (true/false)",
        Kind::Number => "et tal",
        Kind::String => "en tekst",
        Kind::Array => "en liste",
        Kind::Object => "et objekt",
    }
}

/// A noun bare, with its article, and with "no": `mål`, `et mål`, `intet mål`.
fn noun(noun: Noun) -> (&'static str, &'static str, &'static str) {
    match noun {
        Noun::Owner => ("ansvarlig", "en ansvarlig", "ingen ansvarlig"),
        Noun::Goal => ("mål", "et mål", "intet mål"),
        Noun::Initiative => ("indsats", "en indsats", "ingen indsats"),
        Noun::IndicatorOrMeasure => (
            "indikator eller måling",
            "en indikator eller måling",
            "ingen indikator eller måling",
        ),
    }
}

fn member(m: &Member) -> String {
    match m {
        Member::WrongKind { expected, found } => {
            format!("forventede {}, fandt {}", kind(*expected), kind(*found))
        }
        Member::Missing { name } => format!("mangler det påkrævede felt \"{name}\""),
        Member::MissingValue => "mangler det påkrævede felt \"value\" (skriv null for en \
                                 værdi, der ikke er målt)"
            .into(),
        Member::NotAnObject { found } => format!(
            "forventede et objekt (et datasæt), fandt {}",
            found.map_or("null", kind)
        ),
        Member::MisspeltRequired { name, near } => {
            format!("ukendt felt \"{name}\" — mente du \"{near}\"? \"{near}\" er påkrævet")
        }
        Member::UnknownField { name, near, more } => {
            let hint = match near {
                Some(near) => format!("mente du \"{near}\"?"),
                None => "ignoreres".to_owned(),
            };
            let also = match more {
                0 => String::new(),
                1 => " (også 1 andet sted som dette)".to_owned(),
                n => format!(" (også {n} andre steder som dette)"),
            };
            format!("ukendt felt \"{name}\"; {hint}{also}")
        }
        Member::DuplicateField { name } => format!("feltet \"{name}\" står to gange"),
    }
}

fn written(m: &Written) -> String {
    use Written as W;
    match m {
        W::NotADate { text } => format!(
            "{text} er ikke en dato: skriv YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM eller YYYY-MM-DD"
        ),
        W::InvalidId { text } => format!(
            "{text} er ikke et gyldigt id: brug kun bogstaverne A-Z og a-z, cifre, '_', '.' og '-'"
        ),
        W::NotAFormat { text } => {
            format!("{text} er ikke et goalboard-format; skriv \"format\": \"goalboard/1\"")
        }
        W::UnsupportedFormat { text } => {
            format!("formatet {text} kendes ikke: denne goalboard læser \"goalboard/1\"")
        }
        W::NotALanguage { text } => format!("{text} er ikke et sprog: brug \"en\" eller \"da\""),
        W::BadDecimals { max, value } => {
            format!("decimals skal være et helt tal fra 0 til {max}, ikke {value}")
        }
        W::NotADirection { text } => {
            format!("{text} er ikke en retning: brug \"decrease\", \"increase\" eller \"none\"")
        }
        W::NotAStatus { text, choices } => {
            format!(
                "{text} er ikke en status: brug {}",
                one_of(choices, "eller")
            )
        }
        W::NotAFrequency { text, choices } => {
            format!(
                "{text} er ikke en hyppighed: brug {}",
                one_of(choices, "eller")
            )
        }
        W::NotAStatusMethod { text } => {
            format!("{text} er ikke en statusmetode: brug \"forecast\" eller \"open-sdg\"")
        }
        W::BadYear { value } => format!("et år skal være et helt tal fra 1 til 9999, ikke {value}"),
        W::NotAnOpenSdgDirection { text } => {
            format!("{text} er ikke en retning: brug \"decrease\" eller \"increase\"")
        }
        W::NotAKind { text } => format!(
            "{text} er ikke en slags punkt: brug \"measured\", \"planned\" eller \"estimated\""
        ),
        W::NotABound { text } => {
            format!("{text} er ikke en grænse: brug \"at_least\" eller \"at_most\"")
        }
    }
}

fn rule(m: &Rule) -> String {
    match m {
        Rule::NoGoals => "datasættet har ingen mål".into(),
        Rule::GoalWithoutContent => "målet har hverken indikatorer eller indsatser".into(),
        Rule::DuplicateId { noun: n, id, first } => format!(
            "{id} er allerede brugt som id for {} (første gang ved {first})",
            noun(*n).1
        ),
        Rule::UnknownId { noun: n, id, near } => {
            let hint = near
                .as_ref()
                .map(|near| format!("; mente du {near}?"))
                .unwrap_or_default();
            format!("{} har id'et {id}{hint}", noun(*n).2)
        }
        Rule::TargetNeedsDirection => "en målværdi kræver retningen \"decrease\" eller \
                                       \"increase\", ikke \"none\""
            .into(),
        Rule::CannotInferDirection { baseline } => {
            let why = match baseline {
                Some(b) => format!("målværdien er lig med udgangspunktet {b}"),
                None => "der er hverken udgangspunkt eller værdi at sammenligne målværdien med"
                    .to_owned(),
            };
            format!("retningen kan ikke udledes; angiv \"direction\" ({why})")
        }
        Rule::BaselineAfterLatest { baseline, latest } => {
            format!("udgangspunktet {baseline} ligger efter det seneste punkt ({latest})")
        }
        Rule::DeadlineBeforeBaseline { deadline, start } => {
            format!("fristen {deadline} ligger før udgangspunktet ({start})")
        }
        Rule::BreakdownTargetNeedsDirection => "en opdelings målværdi kræver, at indikatoren \
                                                har retningen \"decrease\" eller \"increase\", \
                                                ikke \"none\""
            .into(),
        Rule::DuplicateBreakdown { first } => {
            format!("opdelingen findes allerede: samme dimensioner som {first}")
        }
        Rule::NoDimensions => {
            "en opdeling skal have mindst én dimension, fx {\"Køn\": \"Kvinder\"}".into()
        }
        Rule::NoSuchBreakdown => "indikatoren har ingen opdeling med disse dimensioner".into(),
        Rule::EndsBeforeStart { end, start } => {
            format!("indsatsen slutter ({end}), før den begynder ({start})")
        }
        Rule::NamedTwice { noun: n, id, times } => {
            format!(
                "{} {id} står {times} gange i listen; én gang er nok",
                noun(*n).0
            )
        }
        Rule::SameCode { code, other, index } => format!(
            "målkoden {code} er også koden for målet {other} (goals[{index}]): målene kan ikke skelnes på koden"
        ),
    }
}

fn points(m: &Points) -> String {
    use Points as P;
    match m {
        P::PercentOutside { value } => format!("{value} ligger uden for 0–100 for enheden \"%\""),
        P::PercentsOutside { count, first } => {
            format!("{count} værdier ligger uden for 0–100 for enheden \"%\" (den første: {first})")
        }
        P::RangeNotTwo => "et interval skal være to tal [lav, høj]".into(),
        P::RangeAndBound => "et punkt har et interval eller en grænse, ikke begge".into(),
        P::RangeNeedsValue => "et interval kræver en værdi at regne med, ikke null".into(),
        P::BoundNeedsValue => "en grænse kræver en værdi at regne med, ikke null".into(),
        P::RangeMissesValue { low, high, value } => format!(
            "intervallet [{low}, {high}] indeholder ikke værdien {value}: skriv [lav, høj] med \
             lav ≤ værdi ≤ høj"
        ),
        P::Unsorted { later, earlier } => format!(
            "serien er ikke sorteret efter dato: {later} kommer efter {earlier}; sorteres ved indlæsning"
        ),
        P::SameDate { date, other } => format!("to punkter på {date} (det andet ved {other})"),
        P::SameStartDay {
            date,
            earlier,
            day,
            other,
        } => format!(
            "to punkter på samme dato: {date} og {earlier} begynder begge {day} (det andet ved {other})"
        ),
    }
}

fn special(what: Special) -> &'static str {
    match what {
        Special::NamedPipe => "er et navngivet rør (FIFO)",
        Special::CharacterDevice => "er en tegnenhed",
        Special::BlockDevice => "er en blokenhed",
        Special::Socket => "er en socket",
        Special::Other => "er ikke en almindelig fil",
    }
}

fn reading(m: &Reading) -> String {
    match m {
        Reading::IsADirectory => "er en mappe, ikke en datasætfil".into(),
        Reading::NotRegular { what } => format!(
            "{}, ikke en datasætfil: goalboard læser kun almindelige filer",
            special(*what)
        ),
        Reading::NoSuchFile => "filen findes ikke".into(),
        Reading::PermissionDenied => "filen kan ikke læses: adgang nægtet".into(),
        Reading::CannotRead { reason } => format!("filen kan ikke læses: {reason}"),
        Reading::TooLarge { bytes, max_mib } => format!(
            "filen fylder {} MiB; goalboard læser filer på op til {max_mib} MiB",
            Locale::new(Lang::Da).number(*bytes as f64 / (1024.0 * 1024.0), 1)
        ),
        Reading::Empty => "filen er tom".into(),
        Reading::WideEncoding { encoding } => {
            format!("filen er gemt som {encoding}, ikke UTF-8: gem den som UTF-8")
        }
        Reading::InvalidUtf8 { byte } => {
            format!("ugyldig UTF-8 (byte 0x{byte:02X}): gem filen som UTF-8")
        }
    }
}

fn json(m: &Json) -> String {
    match m {
        Json::TooDeep => "indlejret mere end 128 niveauer dybt".into(),
        Json::NumberOutOfRange => {
            "tallet er for stort: tal skal ligge inden for ±1.7976931348623157e308".into()
        }
        Json::Syntax(syntax) => format!("ugyldig JSON: {}", syntax.danish()),
        Json::MissingComma { syntax, next } => format!(
            "ugyldig JSON: {} efter denne værdi: mangler der et komma her? (den næste værdi \
             står ved {}:{})",
            syntax.danish(),
            next.0,
            next.1
        ),
        Json::Data(text) => format!("datafejl: {text}"),
    }
}

fn open_sdg(m: &OpenSdg) -> String {
    match m {
        OpenSdg::FirstColumnYear => "den første kolonne skal hedde 'Year'".into(),
        OpenSdg::LastColumnValue => "den sidste kolonne skal hedde 'Value'".into(),
        OpenSdg::CellCount { cells, width } => {
            format!("{cells} celler, hvor overskriften har {width}")
        }
        OpenSdg::NotAYear { cell } => format!("'{cell}' er ikke et år"),
        OpenSdg::NotANumber { cell } => format!("'{cell}' er ikke et tal"),
        OpenSdg::UnreadableCsv { reason } => format!("CSV-filen kan ikke læses: {reason}"),
        OpenSdg::NoClosingFrontMatter => "front matter mangler den afsluttende '---'-linje".into(),
        OpenSdg::MetadataNotMapping => "metadataene er ikke en samling af felter".into(),
        OpenSdg::InvalidYaml { reason } => format!("ugyldig YAML: {reason}"),
        OpenSdg::YearTwice { year, series, also } => match series {
            Some(series) => {
                format!("året {year} står to gange i serien {series} (også linje {also})")
            }
            None => format!("året {year} står to gange i hovedserien (også linje {also})"),
        },
        OpenSdg::ProgressNotMapping => {
            "en fremdriftsindstilling skal være en samling af indstillinger".into()
        }
        OpenSdg::ProgressDirection { text } => {
            format!("ukendt fremdriftsretning '{text}': brug 'positive' eller 'negative'")
        }
        OpenSdg::ProgressOption { key, known } => {
            format!("ukendt fremdriftsindstilling '{key}' (kendte: {known})")
        }
    }
}
