//! CSV and TSV as spreadsheets export them: comma, semicolon or tab (told from the first line),
//! quoted fields, any line ends. The cells go to `table`, which knows the layouts.

use super::table::{Cell, Table, read_table};
use super::{Options, Rows, Spot};

/// The delimiter the header line uses most: tab, semicolon or comma.
fn delimiter(text: &str, ext: &str) -> u8 {
    if matches!(ext, "tsv" | "tab") {
        return b'\t';
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&d| (count(char::from(d)), d == b','))
        .unwrap_or(b',')
}

/// The table in a delimited text.
pub fn table(text: &str, name: &str, ext: &str) -> Result<Table, (usize, String)> {
    let delimiter = delimiter(text, ext);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Lines counted from byte offsets: the csv crate's own count lags behind on CRLF files.
    let (mut counted_to, mut line) = (0, 1);
    let mut line_at = |byte: usize| {
        // On a CRLF file a record's position may be the `\n` ending the line before.
        let skipped = text.as_bytes()[byte.min(text.len())..]
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        let byte = (byte + skipped).min(text.len());
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..byte]).count();
        counted_to = byte;
        line
    };
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| line_at(p.byte() as usize));
            (line, format!("cannot read the row: {e}"))
        })?;
        let line = record.position().map_or(0, |p| line_at(p.byte() as usize));
        let cells = record
            .iter()
            .map(|f| {
                if f.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(f.to_owned())
                }
            })
            .collect();
        rows.push((line, cells));
    }
    Ok(Table {
        file: name.to_owned(),
        sheet: None,
        rows,
        semicolon: delimiter == b';',
    })
}

/// The rows of a CSV or TSV text.
pub fn read(text: &str, name: &str, ext: &str, options: &Options) -> Rows {
    match table(text, name, ext) {
        Ok(table) => read_table(&table, options),
        Err((line, why)) => {
            let mut rows = Rows::default();
            rows.refuse(name, Spot::Line(line), why);
            rows
        }
    }
}
