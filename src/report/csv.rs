//! The CSV report: one row per indicator and measure with every figure, for spreadsheets.
//! RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they hold the
//! separator (`;` in the Danish variant), a quote or a line break, quotes doubled. Numbers
//! rounded to the indicator's decimals (percentages to one, ratios to two, slopes one finer
//! than the values) unless exact is asked for, with a `.` point; dates both as written (`2016-H2`) and as ISO
//! days (first day for points, last day for deadlines). The Danish variant is what a Danish
//! Excel opens without a wizard: semicolons, decimal commas and a UTF-8 byte order mark.
//! A text field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
//! gets a leading `'`, as OWASP advises; numbers are never changed. Text is otherwise exactly
//! as written, control characters included (CSV has no escapes): `goalboard report` cleans the
//! rows only when it prints them on a terminal (`cli::report`).

use chrono::NaiveDate;

use super::Report;
use crate::figures::{DatedValue, IndicatorFigures};
use crate::format::IndicatorFormat;
use crate::model::{Breakdown, Indicator};

/// How the CSV is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Semicolons, decimal commas and a byte order mark, for a Danish Excel.
    pub danish: bool,
    /// Numbers as stored, unrounded.
    pub exact: bool,
    /// Every point in long layout (`indicator,date,value,note,kind`) instead of the figures.
    pub series: bool,
}

impl CsvOptions {
    fn separator(self) -> char {
        if self.danish { ';' } else { ',' }
    }

    /// The rows joined: the header first, CRLF after each, a byte order mark for Excel.
    pub(super) fn join(self, rows: impl IntoIterator<Item = Vec<String>>) -> String {
        let mut out = String::new();
        if self.danish {
            out.push('\u{feff}');
        }
        for fields in rows {
            let sep = self.separator();
            let line: Vec<String> = fields.iter().map(|f| quote(f, sep)).collect();
            out.push_str(&line.join(&sep.to_string()));
            out.push_str("\r\n");
        }
        out
    }
}

/// Numbers of one indicator: its decimals, rounded or exact, with a point or a comma.
#[derive(Clone, Copy)]
pub(super) struct Numbers {
    decimals: u8,
    options: CsvOptions,
}

impl Numbers {
    pub(super) fn of(ind: &Indicator, options: CsvOptions) -> Self {
        let decimals = IndicatorFormat::of(ind).decimals();
        Self { decimals, options }
    }

    /// A value in the indicator's decimals.
    pub(super) fn value(self, x: Option<f64>) -> String {
        self.with(x, self.decimals)
    }

    /// A number with `decimals` decimals (unless exact), in the CSV's decimal mark.
    fn with(self, x: Option<f64>, decimals: u8) -> String {
        let Some(x) = x else {
            return String::new();
        };
        let text = if self.options.exact {
            x.to_string()
        } else {
            rounded(x, decimals)
        };
        if self.options.danish {
            text.replace('.', ",")
        } else {
            text
        }
    }
}

/// `x` with `decimals` decimals, halves away from zero, never `-0`.
fn rounded(x: f64, decimals: u8) -> String {
    let scale = 10f64.powi(i32::from(decimals));
    let scaled = x * scale;
    // Past 2^53 a double has no fraction left to round.
    let x = if scaled.is_finite() && scaled.abs() < 9.0e15 {
        scaled.round() / scale
    } else {
        x
    };
    let d = usize::from(decimals);
    let text = format!("{x:.d$}");
    if text.bytes().all(|b| matches!(b, b'-' | b'0' | b'.')) {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    }
}

/// The columns before the comparisons, in order.
const COLUMNS: [&str; 36] = [
    "kind",
    "parent_id",
    "parent_code",
    "parent_title",
    "parent_status",
    "id",
    "title",
    "unit",
    "direction",
    "status",
    "trend",
    "latest_period",
    "latest_date",
    "latest_value",
    "baseline_period",
    "baseline_date",
    "baseline_value",
    "target_value",
    "target_period",
    "target_deadline",
    "change",
    "change_pct",
    "remaining",
    "progress_pct",
    "slope_per_year",
    "forecast",
    "forecast_progress_pct",
    "reference_date",
    "source",
    "required_per_year",
    "pace_ratio",
    "next_expected",
    "stale",
    "run_direction",
    "run_periods",
    "dimensions",
];

/// The columns of comparison `n` (from 1).
fn comparison_columns(n: usize) -> [String; 5] {
    ["label", "period", "date", "value", "difference"].map(|c| format!("comparison_{n}_{c}"))
}

/// A field quoted when RFC 4180 asks for it: it holds the separator (`,`, or `;` in the
/// Danish variant, whose decimal commas stay unquoted), a quote or a line break.
pub(super) fn quote(field: &str, sep: char) -> String {
    if field.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// A text field from the data: defused if a spreadsheet would read it as a formula.
pub(super) fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Period as written, its first day, its value.
fn dated(v: Option<DatedValue>, n: Numbers) -> [String; 3] {
    match v {
        Some(v) => [
            v.date.to_string(),
            iso(v.date.first_day()),
            n.value(Some(v.value)),
        ],
        None => Default::default(),
    }
}

/// Whose indicator or measure a row is.
struct Parent<'a> {
    kind: &'static str,
    id: &'a str,
    code: Option<&'a str>,
    title: &'a str,
    status: &'static str,
}

/// A row: an indicator or measure (`breakdown` `None`), or one of its breakdowns, whose
/// parent is the indicator.
fn row(
    parent: &Parent<'_>,
    ind: &Indicator,
    breakdown: Option<&Breakdown>,
    f: &IndicatorFigures,
    (reference, n): (Option<NaiveDate>, Numbers),
) -> Vec<String> {
    let target = match breakdown {
        Some(b) => b.target.as_ref(),
        None => ind.target.as_ref(),
    };
    let mut fields = vec![
        parent.kind.to_owned(),
        // Ids may start with `-` (`-1+2` is a valid id, and a formula to a spreadsheet).
        text(parent.id),
        text(parent.code.unwrap_or_default()),
        text(parent.title),
        parent.status.to_owned(),
        text(ind.id.as_str()),
        text(&ind.title),
        text(ind.unit.as_deref().unwrap_or_default()),
        ind.direction.name().to_owned(),
        f.status.name().to_owned(),
        f.trend.map(|t| t.name().to_owned()).unwrap_or_default(),
    ];
    fields.extend(dated(f.latest, n));
    fields.extend(dated(f.baseline, n));
    fields.push(n.value(target.map(|t| t.value)));
    let deadline = target.and_then(|t| t.date);
    fields.push(deadline.map(|d| d.to_string()).unwrap_or_default());
    fields.push(deadline.map(|d| iso(d.last_day())).unwrap_or_default());
    // Percentages to one decimal, ratios to two, slopes one finer than the values.
    let finer = n.decimals.saturating_add(1);
    fields.extend([
        n.value(f.change),
        n.with(f.change_pct, 1),
        n.value(f.remaining),
        n.with(f.progress_pct, 1),
        n.with(f.slope_per_year, finer),
        n.value(f.forecast),
        n.with(f.forecast_progress_pct, 1),
    ]);
    fields.push(reference.map(iso).unwrap_or_default());
    fields.push(text(ind.source.as_deref().unwrap_or_default()));
    fields.extend([n.with(f.required_per_year, finer), n.with(f.pace_ratio, 2)]);
    fields.push(f.next_expected.map(iso).unwrap_or_default());
    fields.push(f.stale.map(|s| s.to_string()).unwrap_or_default());
    fields.push(
        f.run
            .map(|r| r.direction.name().to_owned())
            .unwrap_or_default(),
    );
    fields.push(f.run.map(|r| r.periods.to_string()).unwrap_or_default());
    fields.push(text(&breakdown.map(Breakdown::label).unwrap_or_default()));
    fields.extend(comparisons(ind, f, n));
    fields
}

/// Each comparison's label, latest value and date, and difference.
fn comparisons<'a>(
    ind: &'a Indicator,
    f: &'a IndicatorFigures,
    n: Numbers,
) -> impl Iterator<Item = String> + 'a {
    let each = ind.comparisons.iter().zip(&f.comparisons);
    each.flat_map(move |(c, cf)| {
        let mut fields = vec![text(&c.label)];
        fields.extend(dated(cf.latest, n));
        fields.push(n.value(cf.difference));
        fields
    })
}

/// One row per breakdown of an indicator, after it (v1.1).
fn breakdown_rows(
    rows: &mut Vec<Vec<String>>,
    ind: &Indicator,
    f: &IndicatorFigures,
    at: (Option<NaiveDate>, Numbers),
) {
    let parent = Parent {
        kind: "breakdown",
        id: ind.id.as_str(),
        code: None,
        title: &ind.title,
        status: f.status.name(),
    };
    for (b, bf) in ind.breakdowns.iter().zip(&f.breakdowns) {
        rows.push(row(&parent, ind, Some(b), bf, at));
    }
}

pub fn render(report: &Report<'_>, options: CsvOptions) -> String {
    if options.series {
        return super::csv_series::render(report, options);
    }
    let reference = report.figures.reference_date;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (goal, gf) in report.goals() {
        let parent = Parent {
            kind: "indicator",
            id: goal.id.as_str(),
            code: goal.code.as_deref(),
            title: &goal.title,
            status: gf.status.name(),
        };
        for (ind, f) in goal.indicators.iter().zip(&gf.indicators) {
            let at = (reference, Numbers::of(ind, options));
            rows.push(row(&parent, ind, None, f, at));
            breakdown_rows(&mut rows, ind, f, at);
        }
    }
    for (ini, fig) in report.initiatives() {
        let parent = Parent {
            kind: "measure",
            id: ini.id.as_str(),
            code: None,
            title: &ini.title,
            status: ini.status.name(),
        };
        for (m, f) in ini.measures.iter().zip(&fig.measures) {
            let at = (reference, Numbers::of(m, options));
            rows.push(row(&parent, m, None, f, at));
            breakdown_rows(&mut rows, m, f, at);
        }
    }
    let comparisons = rows
        .iter()
        .map(|r| (r.len() - COLUMNS.len()) / 5)
        .max()
        .unwrap_or(0);
    let mut header: Vec<String> = COLUMNS.iter().map(|&c| c.to_owned()).collect();
    header.extend((1..=comparisons).flat_map(comparison_columns));
    let width = COLUMNS.len() + comparisons * 5;
    options.join(std::iter::once(header).chain(rows).map(|mut fields| {
        fields.resize(width, String::new());
        fields
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Figures;
    use crate::report::{Kind, fixture};

    fn fixture_csv() -> String {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        Report::all(&dataset, &figures).render(Kind::Csv(CsvOptions::default()))
    }

    #[test]
    fn quotes_per_rfc_4180() {
        assert_eq!(quote("plain", ','), "plain");
        assert_eq!(quote("a,b", ','), "\"a,b\"");
        assert_eq!(quote("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines", ','), "\"two\nlines\"");
        assert_eq!(quote("", ','), "");
        assert_eq!(quote("74,5", ';'), "74,5");
        assert_eq!(quote("a;b", ';'), "\"a;b\"");
    }

    #[test]
    fn defuses_formulas_in_text_but_not_numbers() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("-ish"), "'-ish");
        assert_eq!(text("Hjemløse"), "Hjemløse");
        let n = |decimals, exact, danish| Numbers {
            decimals,
            options: CsvOptions {
                danish,
                exact,
                series: false,
            },
        };
        assert_eq!(n(0, false, false).value(Some(-23.0)), "-23");
        assert_eq!(n(1, false, false).value(Some(-12.5)), "-12.5");
        assert_eq!(n(1, false, false).value(None), "");
    }

    #[test]
    fn ids_that_a_spreadsheet_would_run_are_defused_too() {
        let mut dataset = fixture::dataset();
        dataset.goals[0].id = crate::model::GoalId("-1+2".to_owned());
        dataset.goals[0].indicators[0].id = crate::model::IndicatorId("-3-4".to_owned());
        let figures = Figures::compute(&dataset);
        let csv = Report::all(&dataset, &figures).render(Kind::Csv(CsvOptions::default()));
        let row = csv.lines().nth(1).expect("a row");
        let fields: Vec<&str> = row.split(',').collect();
        assert_eq!((fields[1], fields[5]), ("'-1+2", "'-3-4"), "{row}");
    }

    #[test]
    fn one_row_per_indicator_and_measure_with_the_header() {
        let csv = fixture_csv();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.last(), Some(&""), "ends with CRLF");
        assert!(lines[0].starts_with("kind,parent_id,parent_code,parent_title,parent_status,id,"));
        assert!(lines[0].ends_with(",comparison_1_label,comparison_1_period,comparison_1_date,comparison_1_value,comparison_1_difference"));
        // 9 indicators in the goals, 1 measure, the header, the empty end.
        assert_eq!(lines.len(), 1 + 9 + 1 + 1);
        assert!(lines[1].starts_with(
            "indicator,g1,1,Færre skal være hjemløse,no_target,homeless,Hjemløse Ishøj-borgere (halvårlig tælling),personer,decrease,no_target,improving,2016-12,2016-12-01,38,2015-05,2015-05-01,61,,,,-23,"
        ), "{}", lines[1]);
        assert!(
            lines[10].starts_with("measure,pitstop,,Pitstop,active,pitstop_jobs,"),
            "{}",
            lines[10]
        );
        let columns = lines[0].split(',').count();
        for line in &lines[1..11] {
            assert_eq!(line.split(',').count(), columns, "{line}");
        }
    }

    #[test]
    fn deadlines_are_the_last_day() {
        let csv = fixture_csv();
        let poverty = csv.lines().find(|l| l.contains(",poverty,")).unwrap();
        assert!(poverty.contains(",20,2018,2018-12-31,"), "{poverty}");
    }
}
