//! The prepared data against the dataset: the legend names exactly the marks the chart draws.

use super::*;

/// Every indicator and measure of a dataset, as the views get them.
fn every_indicator(data: &Data) -> Vec<IndicatorParts<'_>> {
    let goals = data.dataset.goals.iter().enumerate().flat_map(|(goal, g)| {
        (0..g.indicators.len()).map(move |index| IndicatorRef::Goal { goal, index })
    });
    let measures = data
        .dataset
        .initiatives
        .iter()
        .enumerate()
        .flat_map(|(n, i)| {
            (0..i.measures.len()).map(move |index| IndicatorRef::Measure {
                initiative: n,
                index,
            })
        });
    goals
        .chain(measures)
        .map(|r| data.indicator(r).expect("a reference from the dataset"))
        .collect()
}

#[test]
fn the_legend_names_the_marks_the_chart_draws() {
    use crate::model::{Baseline, Direction, Target};
    use crate::report::fixture;
    let theme = Theme::new(crate::tui::theme::ThemeOptions::default());
    let bundled = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
        .dataset
        .expect("the bundled dataset loads");
    // The fixture, plus the cases of each mark: a baseline on a measured point and off the
    // series, a forecast with and without a deadline, a hole, a value out of range.
    let mut edges = fixture::dataset();
    let mut on_series = fixture::indicator("on", "On", None, Direction::Decrease);
    on_series.series =
        fixture::series(&[("2015", Some(10.0)), ("2016", None), ("2017", Some(8.0))]);
    on_series.baseline = Some(Baseline {
        date: fixture::period("2015"),
        value: 10.0,
    });
    on_series.target = Some(fixture::target(5.0, Some("2020")));
    let mut off_series = on_series.clone();
    off_series.id = "off".into();
    off_series.baseline = Some(Baseline {
        date: fixture::period("2014"),
        value: 12.0,
    });
    off_series.target = Some(Target {
        date: None,
        ..fixture::target(5.0, None)
    });
    let mut huge = on_series.clone();
    huge.id = "huge".into();
    huge.series = fixture::series(&[("2015", Some(f64::MAX)), ("2016", Some(-f64::MAX))]);
    edges.goals[0]
        .indicators
        .extend([on_series, off_series, huge]);
    let mut seen = (0, 0);
    for dataset in [bundled, edges] {
        let data = Data::new(dataset, &theme, Lang::Da);
        for p in every_indicator(&data) {
            let chart = p.chart();
            let marks = p.chart_marks();
            assert_eq!(
                marks.forecast,
                chart.forecast.is_some(),
                "{}",
                p.indicator.id
            );
            assert_eq!(
                marks.baseline,
                chart.baseline.is_some(),
                "{}",
                p.indicator.id
            );
            seen.0 += usize::from(marks.forecast);
            seen.1 += usize::from(marks.baseline);
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0, "both marks were seen: {seen:?}");
}
