//! `serde_json`'s syntax errors as typed data. `serde_json` keeps its error codes private and
//! offers only the category (syntax, end of file, data) and the code's fixed phrase; the
//! phrases are a closed set (its `ErrorCode` display), so each is matched whole, never parsed.

/// One of `serde_json`'s syntax errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonSyntax {
    EofInList,
    EofInObject,
    EofInString,
    EofInValue,
    ExpectedColon,
    ExpectedCommaOrBracket,
    ExpectedCommaOrBrace,
    ExpectedIdent,
    ExpectedValue,
    ExpectedQuote,
    InvalidEscape,
    InvalidNumber,
    InvalidCodePoint,
    ControlCharacter,
    KeyNotAString,
    NumericKey,
    FloatKey,
    LoneSurrogate,
    TrailingComma,
    TrailingCharacters,
    HexEscapeEnds,
    /// A phrase of a newer `serde_json`, as it words it.
    Other(String),
}

/// Every known syntax error with `serde_json`'s phrase for it.
const PHRASES: [(JsonSyntax, &str); 21] = [
    (JsonSyntax::EofInList, "EOF while parsing a list"),
    (JsonSyntax::EofInObject, "EOF while parsing an object"),
    (JsonSyntax::EofInString, "EOF while parsing a string"),
    (JsonSyntax::EofInValue, "EOF while parsing a value"),
    (JsonSyntax::ExpectedColon, "expected `:`"),
    (JsonSyntax::ExpectedCommaOrBracket, "expected `,` or `]`"),
    (JsonSyntax::ExpectedCommaOrBrace, "expected `,` or `}`"),
    (JsonSyntax::ExpectedIdent, "expected ident"),
    (JsonSyntax::ExpectedValue, "expected value"),
    (JsonSyntax::ExpectedQuote, "expected `\"`"),
    (JsonSyntax::InvalidEscape, "invalid escape"),
    (JsonSyntax::InvalidNumber, "invalid number"),
    (JsonSyntax::InvalidCodePoint, "invalid unicode code point"),
    (
        JsonSyntax::ControlCharacter,
        "control character (\\u0000-\\u001F) found while parsing a string",
    ),
    (JsonSyntax::KeyNotAString, "key must be a string"),
    (
        JsonSyntax::NumericKey,
        "invalid value: expected key to be a number in quotes",
    ),
    (
        JsonSyntax::FloatKey,
        "float key must be finite (got NaN or +/-inf)",
    ),
    (
        JsonSyntax::LoneSurrogate,
        "lone leading surrogate in hex escape",
    ),
    (JsonSyntax::TrailingComma, "trailing comma"),
    (JsonSyntax::TrailingCharacters, "trailing characters"),
    (JsonSyntax::HexEscapeEnds, "unexpected end of hex escape"),
];

impl JsonSyntax {
    /// The syntax error `serde_json` words as `phrase` (its message without the position).
    pub fn of(phrase: &str) -> Self {
        PHRASES
            .iter()
            .find(|(_, p)| *p == phrase)
            .map_or_else(|| JsonSyntax::Other(phrase.to_owned()), |(s, _)| s.clone())
    }

    /// Every known syntax error (for tests that every one has a Danish wording).
    pub fn all() -> impl Iterator<Item = JsonSyntax> {
        PHRASES.into_iter().map(|(s, _)| s)
    }

    /// `serde_json`'s own phrase.
    pub fn english(&self) -> String {
        match self {
            JsonSyntax::Other(phrase) => phrase.clone(),
            known => PHRASES
                .iter()
                .find(|(s, _)| s == known)
                .map(|(_, p)| (*p).to_owned())
                .unwrap_or_default(),
        }
    }

    /// The same in Danish.
    pub fn danish(&self) -> String {
        use JsonSyntax as S;
        let text = match self {
            S::EofInList => "filen slutter midt i en liste",
            S::EofInObject => "filen slutter midt i et objekt",
            S::EofInString => "filen slutter midt i en tekst",
            S::EofInValue => "filen slutter, hvor der skulle stå en værdi",
            S::ExpectedColon => "forventede `:`",
            S::ExpectedCommaOrBracket => "forventede `,` eller `]`",
            S::ExpectedCommaOrBrace => "forventede `,` eller `}`",
            S::ExpectedIdent => "forventede true, false eller null",
            S::ExpectedValue => "forventede en værdi",
            S::ExpectedQuote => "forventede `\"`",
            S::InvalidEscape => "ugyldig escape-sekvens",
            S::InvalidNumber => "ugyldigt tal",
            S::InvalidCodePoint => "ugyldigt unicode-tegn",
            S::ControlCharacter => "kontroltegn (\\u0000-\\u001F) i en tekst",
            S::KeyNotAString => "et feltnavn skal være en tekst i anførselstegn",
            S::NumericKey => "forventede et tal i anførselstegn som feltnavn",
            S::FloatKey => "et tal som feltnavn skal være endeligt (ikke NaN eller ±inf)",
            S::LoneSurrogate => "en halv surrogat i en \\u-escape",
            S::TrailingComma => "komma efter sidste element",
            S::TrailingCharacters => "tegn efter datasættets afslutning",
            S::HexEscapeEnds => "\\u-escape slutter for tidligt",
            S::Other(phrase) => return format!("fejl fra JSON-læseren: {phrase}"),
        };
        text.to_owned()
    }
}
