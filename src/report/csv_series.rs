//! `report --format csv --series`: every point of every indicator and measure in long layout,
//! one row per point (`indicator,date,value,note,kind`, then a column per breakdown dimension),
//! so a chart can be rebuilt from it and `goalboard import` reads it back. A breakdown's points
//! carry its dimension values; the indicator's own series (the total) leaves them empty.

use super::Report;
use super::csv::{CsvOptions, Numbers, text};
use crate::model::{Indicator, Point};

const COLUMNS: [&str; 5] = ["indicator", "date", "value", "note", "kind"];

pub fn render(report: &Report<'_>, options: CsvOptions) -> String {
    let goals = report.goals().flat_map(|(g, _)| &g.indicators);
    let measures = report.initiatives().flat_map(|(i, _)| &i.measures);
    let indicators: Vec<&Indicator> = goals.chain(measures).collect();
    // The dimension columns, in the order they first appear.
    let mut dimensions: Vec<&str> = Vec::new();
    for (name, _) in indicators
        .iter()
        .flat_map(|i| &i.breakdowns)
        .flat_map(|b| &b.dimensions)
    {
        if !dimensions.contains(&name.as_str()) {
            dimensions.push(name);
        }
    }
    let mut header: Vec<String> = COLUMNS.iter().map(|&c| c.to_owned()).collect();
    header.extend(dimensions.iter().map(|d| text(d)));
    let mut rows = vec![header];
    for ind in indicators {
        let n = Numbers::of(ind, options);
        let blank = vec![String::new(); dimensions.len()];
        rows.extend(ind.series.iter().map(|p| point_row(ind, p, n, &blank)));
        for b in &ind.breakdowns {
            let cells: Vec<String> = dimensions
                .iter()
                .map(|d| text(b.dimension(d).unwrap_or_default()))
                .collect();
            rows.extend(b.series.iter().map(|p| point_row(ind, p, n, &cells)));
        }
    }
    options.join(rows)
}

fn point_row(ind: &Indicator, p: &Point, n: Numbers, dimensions: &[String]) -> Vec<String> {
    let mut row = vec![
        text(ind.id.as_str()),
        p.date.to_string(),
        n.value(p.value()),
        text(p.note().unwrap_or_default()),
        p.kind().name().to_owned(),
    ];
    row.extend_from_slice(dimensions);
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Figures;
    use crate::report::{Kind, fixture};

    fn series_csv(danish: bool, exact: bool) -> String {
        let dataset = fixture::dataset();
        let figures = Figures::compute(&dataset);
        let options = CsvOptions {
            danish,
            exact,
            series: true,
        };
        Report::all(&dataset, &figures).render(Kind::Csv(options))
    }

    #[test]
    fn one_row_per_point_in_long_layout() {
        let dataset = fixture::dataset();
        let points: usize = dataset
            .goals
            .iter()
            .flat_map(|g| &g.indicators)
            .chain(dataset.initiatives.iter().flat_map(|i| &i.measures))
            .map(|i| i.series.len() + i.breakdowns.iter().map(|b| b.series.len()).sum::<usize>())
            .sum();
        let csv = series_csv(false, false);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            lines[0].starts_with("indicator,date,value,note,kind"),
            "{}",
            lines[0]
        );
        assert_eq!(lines.len(), 1 + points + 1, "header, points, the empty end");
        assert!(lines.contains(&"homeless,2016-12,38,,measured"), "{csv}");
    }

    #[test]
    fn danish_has_a_bom_semicolons_and_decimal_commas() {
        let csv = series_csv(true, false);
        assert!(
            csv.starts_with("\u{feff}indicator;date;value;note;kind"),
            "{csv}"
        );
        assert!(
            csv.contains("\r\nyouth_edu;2015;74,5;;measured\r\n"),
            "{csv}"
        );
        assert!(
            series_csv(false, true).contains(
                "\r\nyouth_edu;2015;74.5;;measured\r\n"
                    .replace(';', ",")
                    .as_str()
            )
        );
    }
}
