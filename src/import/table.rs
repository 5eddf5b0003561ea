//! A grid of cells, from a CSV or a sheet, read as rows of numbers. Three layouts, told apart
//! by the header row: long (`indicator,date,value[,note][,kind][dimension columns…]`, which
//! also covers SDMX-CSV and the CSV of `StatBank`), wide (one row per indicator, one column per
//! period), and goalboard's own `report --format csv` (its latest and baseline points).

pub use super::cell::{Cell, column_name};
use super::number::{Decimal, shows_decimal};
use super::period::parse_period;
use super::{Kind, Options, Place, Row, Rows, Spot, valid_id};
use crate::model::Period;

/// A grid read from one file (or one sheet).
#[derive(Clone, Debug)]
pub struct Table {
    pub file: String,
    /// The sheet's name, for a workbook: places are then cells (`Ark1!C5`), not lines.
    pub sheet: Option<String>,
    /// Each row with its line (text) or row number (sheet), from 1.
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// Separated by semicolons: a hint (only a hint) of a decimal comma.
    pub semicolon: bool,
}

/// What a column holds, from its header.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    Indicator,
    Date,
    Value,
    Note,
    Kind,
    Title,
    Goal,
    /// SDMX's structure and attribute columns: nothing to import.
    Ignore,
    Dimension(String),
    Period(Period),
}

fn role(header: &Cell) -> Role {
    if let (Cell::Number(_) | Cell::Date(_), Some(p)) = (header, header.period()) {
        return Role::Period(p);
    }
    let raw = header.text();
    let raw = raw.trim_start_matches('\u{feff}');
    // SDMX-CSV with labels writes `geo: Geopolitical entity`; the code is before the colon.
    let code = raw.split(':').next().unwrap_or(raw).trim();
    match code.to_lowercase().as_str() {
        "indicator" | "indikator" | "id" | "indicator_id" => Role::Indicator,
        "date" | "dato" | "period" | "periode" | "time" | "tid" | "time_period" => Role::Date,
        "value" | "værdi" | "obs_value" | "indhold" => Role::Value,
        "note" | "notat" | "bemærkning" => Role::Note,
        "kind" | "art" => Role::Kind,
        "title" | "titel" | "navn" => Role::Title,
        "goal" | "mål" | "goal_id" => Role::Goal,
        "dataflow" | "structure" | "structure_id" | "structure_name" | "action" | "obs_flag"
        | "obs_status" | "conf_status" | "unit_mult" | "decimals" | "obs_conf" => Role::Ignore,
        _ => match parse_period(raw) {
            Some(p) if !raw.is_empty() => Role::Period(p),
            _ => Role::Dimension(code.to_owned()),
        },
    }
}

impl Table {
    fn place(&self, line: usize, col: usize) -> Place {
        let spot = match &self.sheet {
            Some(sheet) => Spot::Cell {
                sheet: sheet.clone(),
                cell: format!("{}{line}", column_name(col)),
            },
            None => Spot::Line(line),
        };
        Place {
            file: self.file.clone(),
            spot,
        }
    }

    /// The first of the first 20 rows that names a column or a period: titles above are skipped.
    fn header(&self) -> Option<usize> {
        self.rows.iter().take(20).position(|(_, cells)| {
            let roles: Vec<Role> = cells.iter().map(role).collect();
            roles
                .iter()
                .any(|r| matches!(r, Role::Indicator | Role::Date | Role::Value))
                || roles.iter().skip(1).any(|r| matches!(r, Role::Period(_)))
        })
    }

    /// The decimal mark: forced, else the one the numbers show, else the delimiter's hint.
    fn decimal(&self, options: &Options, value_columns: &[usize], from: usize) -> Decimal {
        if let Some(forced) = options.decimal {
            return forced;
        }
        let (mut comma, mut point) = (0, 0);
        for (_, cells) in &self.rows[from..] {
            for cell in value_columns.iter().filter_map(|&c| cells.get(c)) {
                if let Cell::Text(s) = cell {
                    comma += usize::from(shows_decimal(s, Decimal::Comma));
                    point += usize::from(shows_decimal(s, Decimal::Point));
                }
            }
        }
        match (comma > 0, point > 0) {
            (true, false) => Decimal::Comma,
            (false, true) => Decimal::Point,
            _ if self.semicolon => Decimal::Comma,
            _ => Decimal::Point,
        }
    }
}

/// The rows of a table, or why it cannot be read.
pub fn read_table(table: &Table, options: &Options) -> Rows {
    let mut out = Rows::default();
    let Some(header_at) = table.header() else {
        out.refuse(
            &table.file,
            Spot::File,
            "no header row: name the columns indicator, date and value, or put periods in the header row",
        );
        return out;
    };
    let (line, header) = &table.rows[header_at];
    let roles: Vec<Role> = header.iter().map(role).collect();
    let names: Vec<String> = header.iter().map(Cell::text).collect();
    let layout = Columns::new(&roles, &names);
    let body = header_at + 1;
    if names.iter().any(|n| n == "latest_period") {
        report_rows(table, &layout, &names, body, options, &mut out);
    } else if layout.date.is_some() {
        long_rows(table, &layout, body, options, &mut out);
    } else if !layout.periods.is_empty() {
        wide_rows(table, &layout, body, options, &mut out);
    } else {
        out.refuse(
            &table.file,
            table.place(*line, 0).spot,
            "no date column and no periods in the header row",
        );
    }
    out
}

/// The columns of a table by what they hold.
#[derive(Clone, Default)]
struct Columns {
    indicator: Option<usize>,
    date: Option<usize>,
    value: Option<usize>,
    note: Option<usize>,
    kind: Option<usize>,
    title: Option<usize>,
    goal: Option<usize>,
    dimensions: Vec<(usize, String)>,
    periods: Vec<(usize, Period)>,
}

impl Columns {
    fn new(roles: &[Role], names: &[String]) -> Self {
        let mut c = Columns::default();
        for (i, r) in roles.iter().enumerate() {
            let slot = match r {
                Role::Indicator => &mut c.indicator,
                Role::Date => &mut c.date,
                Role::Value => &mut c.value,
                Role::Note => &mut c.note,
                Role::Kind => &mut c.kind,
                Role::Title => &mut c.title,
                Role::Goal => &mut c.goal,
                Role::Ignore => continue,
                Role::Dimension(name) => {
                    if !names[i].is_empty() {
                        c.dimensions.push((i, name.clone()));
                    }
                    continue;
                }
                Role::Period(p) => {
                    c.periods.push((i, *p));
                    continue;
                }
            };
            slot.get_or_insert(i);
        }
        c
    }
}

/// A cell of a row, empty when the row is short.
fn cell(cells: &[Cell], col: usize) -> &Cell {
    cells.get(col).unwrap_or(&Cell::Empty)
}

fn optional_text(cells: &[Cell], col: Option<usize>) -> Option<String> {
    col.map(|c| cell(cells, c).text()).filter(|s| !s.is_empty())
}

/// What every row of a table shares: the indicator, title, goal, note, kind and dimensions.
struct Shared {
    indicator: String,
    title: Option<String>,
    goal: Option<String>,
    note: Option<String>,
    kind: Kind,
    dimensions: Vec<(String, String)>,
}

/// The parts of a row besides its date and value, or why they cannot be read.
fn shared(
    c: &Columns,
    cells: &[Cell],
    options: &Options,
) -> Result<Option<Shared>, (usize, String)> {
    let indicator = match (c.indicator, &options.indicator) {
        (Some(col), _) => cell(cells, col).text(),
        (None, Some(id)) => id.clone(),
        (None, None) => {
            return Err((
                0,
                "no indicator column: name the indicator with --indicator ID".into(),
            ));
        }
    };
    let indicator_col = c.indicator.unwrap_or(0);
    if !valid_id(&indicator) {
        return Err((
            indicator_col,
            format!("'{indicator}' is not an indicator id (letters, digits, _ . -)"),
        ));
    }
    let kind_text = optional_text(cells, c.kind).unwrap_or_default();
    let kind = Kind::parse(&kind_text).ok_or_else(|| {
        (
            c.kind.unwrap_or(0),
            format!("'{kind_text}' is not a kind: measured, planned or estimated"),
        )
    })?;
    let mut dimensions = Vec::new();
    for (col, name) in &c.dimensions {
        let value = cell(cells, *col).text();
        match options
            .select
            .iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(name))
        {
            Some((_, wanted)) if !selected(&value, wanted) => return Ok(None),
            None if !value.is_empty() => dimensions.push((name.clone(), value)),
            Some(_) | None => {}
        }
    }
    dimensions.sort();
    Ok(Some(Shared {
        indicator,
        title: optional_text(cells, c.title),
        goal: optional_text(cells, c.goal),
        note: optional_text(cells, c.note),
        kind,
        dimensions,
    }))
}

/// Whether a cell is the selected value: as written, or its code (SDMX-CSV `DK: Denmark`).
fn selected(value: &str, wanted: &str) -> bool {
    value == wanted
        || value
            .split(':')
            .next()
            .is_some_and(|code| code.trim() == wanted)
}

/// The dimensions named by `--select` that the table has no column for.
fn unknown_selections(c: &Columns, options: &Options) -> Vec<String> {
    options
        .select
        .iter()
        .filter(|(d, _)| !c.dimensions.iter().any(|(_, n)| n.eq_ignore_ascii_case(d)))
        .map(|(d, _)| d.clone())
        .collect()
}

fn push_row(out: &mut Rows, place: Place, s: &Shared, date: Period, value: f64) {
    out.rows.push(Row {
        place,
        indicator: s.indicator.clone(),
        dimensions: s.dimensions.clone(),
        date,
        value,
        note: s.note.clone(),
        kind: s.kind,
        title: s.title.clone(),
        goal: s.goal.clone(),
    });
}

fn long_rows(table: &Table, c: &Columns, body: usize, options: &Options, out: &mut Rows) {
    let (Some(date_col), Some(value_col)) = (c.date, c.value) else {
        out.refuse(&table.file, Spot::File, "a date column but no value column");
        return;
    };
    if let Some(missing) = unknown_selections(c, options).first() {
        out.refuse(
            &table.file,
            Spot::File,
            format!("--select {missing}: the file has no such column"),
        );
        return;
    }
    let decimal = table.decimal(options, &[value_col], body);
    let start = out.rows.len();
    for (line, cells) in &table.rows[body..] {
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let refuse = |out: &mut Rows, col: usize, why: String| {
            out.unreadable.push(super::Unreadable {
                place: table.place(*line, col),
                why,
            });
        };
        let s = match shared(c, cells, options) {
            Ok(Some(s)) => s,
            Ok(None) => continue,
            Err((col, why)) => {
                refuse(out, col, why);
                continue;
            }
        };
        let date_cell = cell(cells, date_col);
        let Some(date) = date_cell.period() else {
            refuse(
                out,
                date_col,
                format!("'{}' is not a period", date_cell.text()),
            );
            continue;
        };
        match cell(cells, value_col).value(decimal) {
            Ok(Some(v)) => push_row(out, table.place(*line, value_col), &s, date, v),
            Ok(None) => {}
            Err(why) => refuse(out, value_col, why.to_string()),
        }
    }
    if c.indicator.is_none() {
        drop_constant_dimensions(&mut out.rows[start..]);
    }
}

/// A download of one series names its fixed dimensions in every row (`ENHED: Antal`): only the
/// dimensions whose value varies make breakdowns.
pub fn drop_constant_dimensions(rows: &mut [Row]) {
    let Some(first) = rows.first() else { return };
    let names: Vec<String> = first.dimensions.iter().map(|(n, _)| n.clone()).collect();
    let constant: Vec<&String> = names
        .iter()
        .filter(|name| {
            let value = |r: &Row| {
                r.dimensions
                    .iter()
                    .find(|(n, _)| n == *name)
                    .map(|(_, v)| v.clone())
            };
            let v0 = value(first);
            rows.iter().all(|r| value(r) == v0)
        })
        .collect();
    let constant: Vec<String> = constant.into_iter().cloned().collect();
    for row in rows {
        row.dimensions.retain(|(n, _)| !constant.contains(n));
    }
}

fn wide_rows(table: &Table, c: &Columns, body: usize, options: &Options, out: &mut Rows) {
    // Without an indicator column, the first column names the indicator.
    let c = Columns {
        indicator: c.indicator.or(Some(0)),
        dimensions: c
            .dimensions
            .iter()
            .filter(|(i, _)| *i != 0 || c.indicator.is_some())
            .cloned()
            .collect(),
        ..c.clone()
    };
    let value_columns: Vec<usize> = c.periods.iter().map(|(i, _)| *i).collect();
    let decimal = table.decimal(options, &value_columns, body);
    for (line, cells) in &table.rows[body..] {
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let s = match shared(&c, cells, options) {
            Ok(Some(s)) => s,
            Ok(None) => continue,
            Err((col, why)) => {
                out.unreadable.push(super::Unreadable {
                    place: table.place(*line, col),
                    why,
                });
                continue;
            }
        };
        for (col, date) in &c.periods {
            match cell(cells, *col).value(decimal) {
                Ok(Some(v)) => push_row(out, table.place(*line, *col), &s, *date, v),
                Ok(None) => {}
                Err(why) => out.unreadable.push(super::Unreadable {
                    place: table.place(*line, *col),
                    why: why.to_string(),
                }),
            }
        }
    }
}

/// goalboard's own CSV report: each row's latest point, and its baseline when that is another.
fn report_rows(
    table: &Table,
    c: &Columns,
    names: &[String],
    body: usize,
    options: &Options,
    out: &mut Rows,
) {
    let col = |name: &str| names.iter().position(|n| n == name);
    let pairs = [
        (col("latest_period"), col("latest_value")),
        (col("baseline_period"), col("baseline_value")),
    ];
    let (parent, kind) = (col("parent_id"), col("kind"));
    // The report's `kind` says indicator or measure, not the kind of a point.
    let c = Columns {
        dimensions: Vec::new(),
        kind: None,
        periods: Vec::new(),
        ..c.clone()
    };
    for (line, cells) in &table.rows[body..] {
        let Ok(Some(mut s)) = shared(&c, cells, options) else {
            continue;
        };
        let is_indicator = kind.is_some_and(|k| cell(cells, k).text() == "indicator");
        s.goal = parent
            .filter(|_| is_indicator)
            .map(|p| cell(cells, p).text());
        let mut seen = None;
        for (period_col, value_col) in pairs {
            let (Some(pc), Some(vc)) = (period_col, value_col) else {
                continue;
            };
            let Some(date) = cell(cells, pc).period() else {
                continue;
            };
            if seen == Some(date) {
                continue;
            }
            seen = Some(date);
            match cell(cells, vc).value(Decimal::Point) {
                Ok(Some(v)) => push_row(out, table.place(*line, vc), &s, date, v),
                Ok(None) => {}
                Err(why) => out.unreadable.push(super::Unreadable {
                    place: table.place(*line, vc),
                    why: why.to_string(),
                }),
            }
        }
    }
}
