//! One Open SDG data file (`data/indicator_1-2-1.csv`) read into rows: Year first, Value last,
//! the columns between either disaggregations, the unit or series column, or attributes that
//! become notes. Every bad cell is a problem with its line and column; the reading goes on.

use super::Problem;
use crate::message::{OpenSdg, Reading};

/// What a column between Year and Value holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Splits the data: Sex, Age, Location…
    Disaggregation,
    /// `Units` or `Series`: splits the data as Open SDG does (the first value is the headline).
    Split,
    /// Said of each value (observation status, comment): kept in the point's note.
    Note,
    /// Not shown: codes and multipliers a person needs no more than the site shows.
    Ignored,
}

/// The columns that are not disaggregations, as Open SDG's default build treats them.
pub fn kind_of(column: &str) -> ColumnKind {
    match column {
        "Units" | "Series" => ColumnKind::Split,
        "Observation status" | "COMMENT_OBS" | "OBS_STATUS" | "Comment" => ColumnKind::Note,
        "GeoCode" | "Unit multiplier" | "Unit measure" | "UNIT_MULT" | "UNIT_MEASURE"
        | "Progress" | "Reporting type" | "REPORTING_TYPE" => ColumnKind::Ignored,
        _ => ColumnKind::Disaggregation,
    }
}

/// One row with a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub line: usize,
    pub year: i32,
    /// The Year cell when it was a range ("2015-2016"): kept in the point's note.
    pub range: Option<String>,
    pub value: Option<f64>,
    /// One cell per middle column, blank = `None`.
    pub cells: Vec<Option<String>>,
}

/// A data file read: its middle columns and rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn kinds(&self) -> impl Iterator<Item = (usize, ColumnKind)> + '_ {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| (i, kind_of(c)))
    }
}

/// Reads the text of a data file. `translate` turns a cell or header key into its text.
pub fn read(text: &str, translate: &dyn Fn(&str) -> String) -> (Table, Vec<Problem>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return (Table::default(), vec![csv_problem(&e)]),
        None => {
            return (Table::default(), vec![Problem::said(1, 1, Reading::Empty)]);
        }
    };
    let names: Vec<String> = header.iter().map(|h| translate(h.trim())).collect();
    let year_ok = names.first().is_some_and(|n| n == "Year");
    let value_ok = names.len() >= 2 && names.last().is_some_and(|n| n == "Value");
    if !year_ok {
        problems.push(Problem::said(1, 1, OpenSdg::FirstColumnYear));
    }
    if !value_ok {
        let column = column_of(text, 0, names.len().saturating_sub(1));
        problems.push(Problem::said(1, column, OpenSdg::LastColumnValue));
    }
    if !(year_ok && value_ok) {
        return (Table::default(), problems);
    }
    let mut table = Table {
        columns: names[1..names.len() - 1].to_vec(),
        rows: Vec::new(),
    };
    for record in records {
        match record {
            Ok(r) => {
                if let Some(row) = read_row(text, &r, names.len(), translate, &mut problems) {
                    table.rows.push(row);
                }
            }
            Err(e) => problems.push(csv_problem(&e)),
        }
    }
    (table, problems)
}

fn read_row(
    text: &str,
    record: &csv::StringRecord,
    width: usize,
    translate: &dyn Fn(&str) -> String,
    problems: &mut Vec<Problem>,
) -> Option<Row> {
    let (line, start) = record
        .position()
        .map_or((0, 0), |p| (p.line() as usize, p.byte() as usize));
    if record.iter().all(|c| c.trim().is_empty()) {
        return None;
    }
    if record.len() != width {
        let cells = record.len();
        problems.push(Problem::said(line, 1, OpenSdg::CellCount { cells, width }));
        return None;
    }
    let year_cell = record.get(0).unwrap_or_default().trim();
    let Some(year) = year_of(year_cell) else {
        let cell = year_cell.to_owned();
        problems.push(Problem::said(line, 1, OpenSdg::NotAYear { cell }));
        return None;
    };
    let value_cell = record.get(width - 1).unwrap_or_default().trim();
    let value = if value_cell.is_empty() {
        None
    } else if let Some(v) = value_cell.parse::<f64>().ok().filter(|v| v.is_finite()) {
        Some(v)
    } else {
        let column = column_of(text, start, width - 1);
        let cell = value_cell.to_owned();
        problems.push(Problem::said(line, column, OpenSdg::NotANumber { cell }));
        return None;
    };
    let cells = (1..width - 1)
        .map(|i| {
            let c = record.get(i).unwrap_or_default().trim();
            (!c.is_empty()).then(|| translate(c))
        })
        .collect();
    Some(Row {
        line,
        year,
        range: (year_cell.len() > 4).then(|| year_cell.to_owned()),
        value,
        cells,
    })
}

/// The year of a Year cell: `2015`, or the first year of a range `2015-2016` (as sdg-build
/// takes its first four characters).
pub fn year_of(cell: &str) -> Option<i32> {
    let head = cell.get(..4)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = &cell[4..];
    let range_ok = rest.is_empty()
        || rest.strip_prefix(['-', '/', '–']).is_some_and(|r| {
            r.chars().all(|c| c.is_ascii_digit()) && (r.len() == 2 || r.len() == 4)
        })
        || rest == ".0";
    if !range_ok {
        return None;
    }
    head.parse().ok()
}

/// The 1-based character column where field `index` of the record starting at byte `start`
/// begins (quotes and escaped commas respected).
fn column_of(text: &str, start: usize, index: usize) -> usize {
    let line = text.get(start..).unwrap_or_default();
    let mut field = 0;
    let mut quoted = false;
    for (chars, c) in line.chars().enumerate() {
        if field == index {
            return chars + 1;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => field += 1,
            '\n' | '\r' if !quoted => break,
            _ => {}
        }
    }
    1
}

fn csv_problem(e: &csv::Error) -> Problem {
    let line = e.position().map_or(0, |p| p.line() as usize);
    Problem::said(
        line,
        1,
        OpenSdg::UnreadableCsv {
            reason: e.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &str) -> String {
        s.to_owned()
    }

    #[test]
    fn reads_years_ranges_blanks_and_cells() {
        let (t, problems) = read(
            "Year,Sex,Units,Value\n2015,,Percent,3.5\n2015-2016,Female,Percent,\n\n",
            &same,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(t.columns, ["Sex", "Units"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!((t.rows[0].year, t.rows[0].value), (2015, Some(3.5)));
        assert_eq!(t.rows[1].range.as_deref(), Some("2015-2016"));
        assert_eq!(t.rows[1].value, None);
        assert_eq!(
            t.rows[1].cells,
            [Some("Female".to_owned()), Some("Percent".into())]
        );
        assert_eq!(t.rows[1].line, 3);
    }

    #[test]
    fn a_bad_cell_names_its_line_and_column_and_reading_goes_on() {
        let (t, problems) = read(
            "Year,Sex,Value\n2015,,abc\n2016,\"a,b\",x\n2017,,1\n",
            &same,
        );
        assert_eq!(t.rows.len(), 1);
        assert_eq!(problems.len(), 2);
        assert_eq!((problems[0].line, problems[0].column), (2, 7));
        assert_eq!((problems[1].line, problems[1].column), (3, 12));
        assert!(
            problems[0]
                .message
                .to_string()
                .contains("'abc' is not a number")
        );
    }

    #[test]
    fn missing_year_or_value_column() {
        let (_, p) = read("Sex,Value\n", &same);
        assert!(p[0].message.to_string().contains("'Year'"));
        let (_, p) = read("Year,Sex,Amount\n", &same);
        assert_eq!((p[0].line, p[0].column), (1, 10));
    }

    #[test]
    fn year_cells() {
        assert_eq!(year_of("2015"), Some(2015));
        assert_eq!(year_of("2015-16"), Some(2015));
        assert_eq!(year_of("2015/2016"), Some(2015));
        assert_eq!(year_of("15"), None);
        assert_eq!(year_of("2015x"), None);
    }

    #[test]
    fn header_keys_are_translated() {
        let tr = |s: &str| s.strip_prefix("data.").unwrap_or(s).to_owned();
        let (t, _) = read("Year,data.Sex,Value\n2015,data.Female,1\n", &tr);
        assert_eq!(t.columns, ["Sex"]);
        assert_eq!(t.rows[0].cells, [Some("Female".to_owned())]);
    }
}
