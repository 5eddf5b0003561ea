//! `goalboard import`: each reader and period form on small files written for these tests
//! (tests/fixtures/import/), the plan, the byte-preserving writer, the command line, and the
//! round trip through `report --format csv`.

#[path = "../benches/support/generate.rs"]
#[allow(dead_code)]
mod generate;
#[path = "../benches/support/json_writer.rs"]
#[allow(dead_code)]
mod json_writer;
#[path = "../benches/support/words.rs"]
#[allow(dead_code)]
mod words;

use std::path::{Path, PathBuf};

use goalboard::import::plan::conflicts;
use goalboard::import::{Decimal, Options, Row, Rows, read_bytes, read_file};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn read(name: &str, options: &Options) -> Rows {
    read_file(&fixture(name), options)
}

/// Each row as `id [dims] date=value`, for short assertions.
fn brief(rows: &[Row]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            let dims: Vec<String> = r
                .dimensions
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            let dims = if dims.is_empty() {
                String::new()
            } else {
                format!(" [{}]", dims.join(","))
            };
            format!("{}{dims} {}={}", r.indicator, r.date, r.value)
        })
        .collect()
}

fn unreadable(rows: &Rows) -> Vec<String> {
    rows.unreadable
        .iter()
        .map(|u| {
            u.to_string()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

fn select(pairs: &[(&str, &str)], indicator: &str) -> Options {
    Options {
        select: pairs
            .iter()
            .map(|(d, v)| ((*d).to_owned(), (*v).to_owned()))
            .collect(),
        indicator: Some(indicator.to_owned()),
        ..Options::default()
    }
}

#[test]
fn a_danish_excel_csv_in_windows_1252_with_decimal_commas() {
    let rows = read("danish.csv", &Options::default());
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    assert_eq!(
        brief(&rows.rows),
        [
            "homeless 2015-12=50",
            "homeless 2016-12=38",
            "flexjob 2016-Q4=15.2",
            "flexjob 2017-Q1=14.8",
            "youth 2016-12=1234.5",
        ]
    );
    assert_eq!(rows.rows[0].note.as_deref(), Some("Tælling december"));
    assert_eq!(rows.rows[1].note, None);
    assert_eq!(
        rows.rows[2].place.to_string().rsplit('/').next(),
        Some("danish.csv:4")
    );
}

#[test]
fn a_utf8_csv_with_a_bom_and_forced_decimal_comma() {
    let text =
        "\u{feff}indicator,date,value\nhomeless,2016-H2,\"38,5\"\nhomeless,2016-S1,\"1,5\"\n";
    let options = Options {
        decimal: Some(Decimal::Comma),
        ..Options::default()
    };
    let rows = read_bytes(text.as_bytes(), "bom.csv", "csv", &options);
    assert_eq!(
        brief(&rows.rows),
        ["homeless 2016-H2=38.5", "homeless 2016-H1=1.5"]
    );
    let tsv = "indicator\tdate\tvalue\thousing\nhomeless\t2016Q4\t12\tEjer\n";
    let rows = read_bytes(tsv.as_bytes(), "t.tsv", "tsv", &Options::default());
    assert_eq!(brief(&rows.rows), ["homeless [housing=Ejer] 2016-Q4=12"]);
}

#[test]
fn a_wide_sheet_one_column_per_period() {
    let rows = read("wide.csv", &Options::default());
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    assert_eq!(
        brief(&rows.rows),
        [
            "homeless 2016=40",
            "pitstop_jobs 2016=3",
            "pitstop_jobs 2017=5"
        ]
    );
    assert_eq!(rows.rows[0].title.as_deref(), Some("Hjemløse"));
}

#[test]
fn an_xlsx_sheet_chosen_by_name_with_a_title_row_and_date_cells() {
    let wide = read(
        "sheet.xlsx",
        &Options {
            sheet: Some("Tal".into()),
            ..Options::default()
        },
    );
    assert!(wide.unreadable.is_empty(), "{:?}", wide.unreadable);
    assert_eq!(
        brief(&wide.rows),
        [
            "homeless 2016=40",
            "flexjob 2015=16.9",
            "flexjob 2016=15.5",
            "flexjob 2017-Q1=14.2"
        ]
    );
    assert_eq!(
        wide.rows[0].place.to_string().rsplit('/').next(),
        Some("sheet.xlsx: Tal!D3")
    );
    let long = read(
        "sheet.xlsx",
        &Options {
            sheet: Some("Lang".into()),
            ..Options::default()
        },
    );
    assert_eq!(brief(&long.rows), ["homeless 2017-05-31=41"]);
    assert_eq!(
        unreadable(&long),
        ["sheet.xlsx: Lang!C3: 'abc' is not a number"]
    );
    let missing = read(
        "sheet.xlsx",
        &Options {
            sheet: Some("Nope".into()),
            ..Options::default()
        },
    );
    assert!(unreadable(&missing)[0].contains("no sheet 'Nope'; the sheets are: Noter, Tal, Lang"));
}

#[test]
fn an_ods_sheet() {
    let rows = read("sheet.ods", &Options::default());
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    assert_eq!(
        brief(&rows.rows),
        ["homeless 2017-06-30=37", "flexjob 2016-Q4=15.2"]
    );
}

#[test]
fn statbank_json_stat_1_with_three_dimensions() {
    let rows = read("statbank.json", &select(&[("OMRÅDE", "183")], "homeless"));
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    assert_eq!(
        brief(&rows.rows),
        [
            "homeless [køn=Mænd] 2015-Q4=10",
            "homeless [køn=Mænd] 2016-Q1=11",
            "homeless [køn=Mænd] 2016-Q2=12",
            "homeless [køn=Kvinder] 2015-Q4=20",
            "homeless [køn=Kvinder] 2016-Q1=21",
        ]
    );
    let one = read(
        "statbank.json",
        &select(&[("OMRÅDE", "Vallensbæk"), ("KØN", "2")], "homeless"),
    );
    assert_eq!(
        brief(&one.rows),
        [
            "homeless 2015-Q4=40",
            "homeless 2016-Q1=41",
            "homeless 2016-Q2=42"
        ]
    );
    let wrong = read("statbank.json", &select(&[("KOMMUNE", "183")], "homeless"));
    assert!(
        unreadable(&wrong)[0].contains("no such dimension"),
        "{:?}",
        wrong.unreadable
    );
    let no_id = read("statbank.json", &Options::default());
    assert!(unreadable(&no_id)[0].contains("--indicator"));
}

#[test]
fn json_stat_2_with_values_as_an_object() {
    let rows = read("jsonstat2.json", &select(&[], "homeless"));
    assert_eq!(
        brief(&rows.rows),
        [
            "homeless [Sex=Women] 2016-11=5.5",
            "homeless [Sex=Women] 2016-12=5.25",
            "homeless [Sex=Men] 2016-11=6",
            "homeless [Sex=Men] 2016-12=6.5",
        ]
    );
}

#[test]
fn sdmx_csv_2_with_a_selected_country() {
    let rows = read("sdmx2.csv", &select(&[("geo", "DK")], "flexjob"));
    assert!(rows.unreadable.is_empty(), "{:?}", rows.unreadable);
    assert_eq!(
        brief(&rows.rows),
        [
            "flexjob [sex=F] 2015=16.1",
            "flexjob [sex=F] 2016=16.4",
            "flexjob [sex=M] 2015=15",
            "flexjob [sex=M] 2016=15.3",
        ]
    );
}

#[test]
fn sdmx_csv_1_with_labels() {
    let text = "DATAFLOW,freq: Frequency,geo: Geo,TIME_PERIOD: Time,OBS_VALUE: Value\nESTAT:X(1.0),A: Annual,DK: Denmark,2016-Q4,3.5\nESTAT:X(1.0),A: Annual,SE: Sweden,2016-Q4,4\n";
    let rows = read_bytes(
        text.as_bytes(),
        "s.csv",
        "csv",
        &select(&[("geo", "DK")], "x"),
    );
    assert_eq!(brief(&rows.rows), ["x 2016-Q4=3.5"]);
}

#[test]
fn every_unreadable_row_with_its_line_and_why() {
    let rows = read("bad.csv", &Options::default());
    assert_eq!(brief(&rows.rows), ["homeless 2017-08=41"]);
    let bad = unreadable(&rows);
    assert_eq!(bad.len(), 4, "{bad:?}");
    assert!(
        bad[0].starts_with("bad.csv:2: '1.234' is ambiguous under a decimal comma"),
        "{bad:?}"
    );
    assert_eq!(bad[1], "bad.csv:3: '2017M13' is not a period");
    assert_eq!(bad[2], "bad.csv:4: 'abc' is not a number");
    assert!(
        bad[3].starts_with("bad.csv:5: 'bad id' is not an indicator id"),
        "{bad:?}"
    );
}

#[test]
fn two_rows_that_disagree_on_a_point_are_unreadable() {
    let text = "indicator,date,value\nhomeless,2016,1\nhomeless,2016,1\nhomeless,2016,2\n";
    let mut rows = read_bytes(text.as_bytes(), "c.csv", "csv", &Options::default());
    conflicts(&mut rows);
    assert_eq!(
        unreadable(&rows),
        ["c.csv:4: homeless at 2016 is 2 here but 1 at c.csv:2"]
    );
}

#[path = "import_support/write.rs"]
mod write;
