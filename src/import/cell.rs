//! One cell of a table, from a CSV (always text) or a sheet (text, number or date), and what it
//! reads as: a period, a number, text.

use super::number::{Decimal, NotANumber, parse_number};
use super::period::{excel_serial, parse_period};
use crate::model::Period;

/// One cell as the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(Period),
}

impl Cell {
    /// The cell as text: numbers as Rust writes them (`2016`, `16.9`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(n) => n.to_string(),
            Cell::Date(p) => p.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The period a cell names: a date cell, a whole number that is a year, an Excel serial.
    pub fn period(&self) -> Option<Period> {
        match self {
            Cell::Date(p) => Some(*p),
            Cell::Number(n) if n.fract() == 0.0 && (1000.0..=9999.0).contains(n) => {
                Period::year(*n as i32)
            }
            Cell::Number(n) => excel_serial(*n),
            Cell::Text(s) => parse_period(s),
            Cell::Empty => None,
        }
    }

    pub fn value(&self, decimal: Decimal) -> Result<Option<f64>, NotANumber> {
        match self {
            Cell::Empty => Ok(None),
            Cell::Number(n) => Ok(Some(*n)),
            Cell::Text(s) => parse_number(s, decimal),
            Cell::Date(p) => Err(NotANumber::new(&p.to_string(), "is a date, not a number")),
        }
    }
}

/// Column letters as spreadsheets name them: 0 → A, 26 → AA.
pub fn column_name(mut col: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}
