//! Excel `.xlsx` and `OpenDocument` `.ods` workbooks, through calamine: one sheet (the first, or
//! the one `--sheet` names) read as a table, date cells as days, places as cells (`Ark1!C5`).

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use super::period::{excel_serial, parse_period};
use super::table::{Cell, Table, read_table};
use super::{Options, Rows, Spot};

/// The rows of a workbook's sheet.
pub fn read(path: &Path, name: &str, options: &Options) -> Rows {
    let mut rows = Rows::default();
    match table(path, name, options) {
        Ok(table) => rows.extend(read_table(&table, options)),
        Err(why) => rows.refuse(name, Spot::File, why.to_string()),
    }
    rows
}

/// Why a workbook gives no table.
#[derive(Debug, thiserror::Error)]
enum SheetError {
    #[error("cannot read the workbook: {0}")]
    Workbook(calamine::Error),
    #[error("no sheet '{wanted}'; the sheets are: {known}")]
    NoSuchSheet { wanted: String, known: String },
    #[error("the workbook has no sheet")]
    NoSheet,
    #[error("cannot read sheet '{0}': {1}")]
    Sheet(String, calamine::Error),
}

fn table(path: &Path, name: &str, options: &Options) -> Result<Table, SheetError> {
    let mut workbook = open_workbook_auto(path).map_err(SheetError::Workbook)?;
    let names = workbook.sheet_names();
    let sheet = match &options.sheet {
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet {
                wanted: wanted.clone(),
                known: names.join(", "),
            })?,
        None => names.first().cloned().ok_or(SheetError::NoSheet)?,
    };
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| SheetError::Sheet(sheet.clone(), e))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            // Blank columns left of the used range keep their letters: pad with empty cells.
            let mut cells = vec![Cell::Empty; left as usize];
            cells.extend(row.iter().map(cell));
            (top as usize + i + 1, cells)
        })
        .collect();
    Ok(Table {
        file: name.to_owned(),
        sheet: Some(sheet),
        rows,
        semicolon: false,
    })
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => excel_serial(d.as_f64()).map_or(Cell::Number(d.as_f64()), Cell::Date),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(parse_period)
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
        Data::Empty => Cell::Empty,
    }
}
