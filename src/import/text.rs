//! The bytes of a text file as text: UTF-8 with or without a byte order mark, UTF-16 as Excel
//! saves "Unicode text", and Windows-1252 as Excel saves a CSV on a Danish Windows. A file that
//! is not valid UTF-8 is taken as Windows-1252, which every byte sequence is.

/// The characters Windows-1252 puts at 0x80–0x9F (where Latin-1 has control codes); the five
/// unassigned bytes keep their Latin-1 meaning, as Windows itself decodes them.
const CP1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Which encoding the text was read in (said in the plan, so a wrong guess is seen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// The text of the bytes and the encoding it was read in.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (windows_1252(bytes), Encoding::Windows1252),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_bom() {
        assert_eq!(
            decode("Ishøj".as_bytes()),
            ("Ishøj".to_owned(), Encoding::Utf8)
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFIsh\xC3\xB8j"),
            ("Ishøj".to_owned(), Encoding::Utf8)
        );
    }

    #[test]
    fn windows_1252_as_excel_writes_it() {
        assert_eq!(
            decode(b"Ish\xF8j \x80 \x96 \xC6\xD8\xC5"),
            ("Ishøj € – ÆØÅ".to_owned(), Encoding::Windows1252)
        );
    }

    #[test]
    fn utf16_with_a_bom() {
        assert_eq!(
            decode(b"\xFF\xFEa\x00\xF8\x00"),
            ("aø".to_owned(), Encoding::Utf16)
        );
        assert_eq!(
            decode(b"\xFE\xFF\x00a\x00\xF8"),
            ("aø".to_owned(), Encoding::Utf16)
        );
    }
}
