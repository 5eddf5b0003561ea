//! Sparklines: a series as one line of block glyphs, scaled from its lowest to its highest
//! value, with a space for each hole. Points are evenly spaced, one glyph each, whatever their
//! dates (a sparkline shows shape, the chart shows time).

/// Eight heights, lowest first.
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/// Eight ASCII glyphs of growing height and weight, lowest first.
const ASCII_BLOCKS: [char; 8] = ['_', '.', ',', '-', '~', '+', '*', '#'];

/// Each value as a level 0–7 scaled from the lowest to the highest value; `None` (or a value
/// that is not finite) stays `None`. When every value is the same, each sits at level 3.
pub fn sparkline_levels(values: &[Option<f64>]) -> Vec<Option<u8>> {
    let finite = || values.iter().flatten().copied().filter(|v| v.is_finite());
    let min = finite().fold(f64::INFINITY, f64::min);
    let max = finite().fold(f64::NEG_INFINITY, f64::max);
    let range = max - min;
    values
        .iter()
        .map(|v| {
            let v = v.filter(|v| v.is_finite())?;
            if range > 0.0 && range.is_finite() {
                Some(((v - min) / range * 7.0).round().clamp(0.0, 7.0) as u8)
            } else {
                Some(3)
            }
        })
        .collect()
}

/// A series as glyphs `▁▂▃▄▅▆▇█` (ASCII: `_.,-~+*#`), one per value, a space for each hole.
pub fn sparkline(values: &[Option<f64>], ascii: bool) -> String {
    let glyphs = if ascii { &ASCII_BLOCKS } else { &BLOCKS };
    sparkline_levels(values)
        .into_iter()
        .map(|level| level.map_or(' ', |l| glyphs[usize::from(l)]))
        .collect()
}

/// The most points a report's sparkline shows: a series of 100,000 points would otherwise be a
/// line of 100,000 glyphs. Sixty is five years of months, more than the shape needs.
pub const MAX_SPARKLINE_POINTS: usize = 60;

/// [`sparkline`] of at most the latest `max` points (scaled among themselves), after `…`
/// (`...` in ASCII) when earlier points were left out.
pub fn sparkline_latest(values: &[Option<f64>], ascii: bool, max: usize) -> String {
    let Some(cut) = values.len().checked_sub(max).filter(|&n| n > 0) else {
        return sparkline(values, ascii);
    };
    let more = if ascii { "..." } else { "\u{2026}" };
    format!("{more}{}", sparkline(&values[cut..], ascii))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_series_shows_its_latest_points_after_an_ellipsis() {
        let values: Vec<Option<f64>> = (0..100_000).map(|i| Some(f64::from(i % 8))).collect();
        let line = sparkline_latest(&values, false, MAX_SPARKLINE_POINTS);
        assert_eq!(line.chars().count(), MAX_SPARKLINE_POINTS + 1);
        assert!(line.starts_with('…'), "{line}");
        // The latest point (99,999 % 8 = 7) is the highest of those shown.
        assert!(line.ends_with('█'), "{line}");
        let ascii = sparkline_latest(&values, true, 4);
        assert_eq!(ascii, format!("...{}", sparkline(&values[99_996..], true)));
        let short = [Some(1.0), Some(2.0)];
        assert_eq!(sparkline_latest(&short, false, 2), sparkline(&short, false));
    }

    #[test]
    fn scales_from_lowest_to_highest() {
        assert_eq!(
            sparkline(&[Some(61.0), Some(50.0), Some(54.0), Some(38.0)], false),
            "█▅▆▁"
        );
        assert_eq!(sparkline(&[Some(0.0), Some(7.0)], false), "▁█");
        assert_eq!(sparkline(&[Some(0.0), Some(7.0)], true), "_#");
    }

    #[test]
    fn holes_are_spaces() {
        assert_eq!(sparkline(&[Some(1.0), None, Some(2.0)], false), "▁ █");
        assert_eq!(sparkline(&[None, Some(f64::NAN)], false), "  ");
    }

    #[test]
    fn a_level_series_sits_in_the_middle() {
        assert_eq!(sparkline(&[Some(5.0), Some(5.0)], false), "▄▄");
        assert_eq!(sparkline(&[Some(5.0)], true), "-");
        assert_eq!(sparkline(&[], false), "");
    }

    #[test]
    fn extreme_values_do_not_overflow() {
        let levels = sparkline_levels(&[Some(-f64::MAX), Some(f64::MAX), Some(0.0)]);
        assert!(
            levels.iter().all(|l| l.is_some_and(|l| l <= 7)),
            "{levels:?}"
        );
    }

    proptest::proptest! {
        #[test]
        fn one_glyph_per_value_and_the_extremes_at_the_ends(
            values in proptest::collection::vec(proptest::option::of(-1e9f64..1e9), 0..40),
        ) {
            let levels = sparkline_levels(&values);
            proptest::prop_assert_eq!(levels.len(), values.len());
            proptest::prop_assert_eq!(sparkline(&values, false).chars().count(), values.len());
            for (v, l) in values.iter().zip(&levels) {
                proptest::prop_assert_eq!(v.is_some(), l.is_some());
            }
            let present: Vec<u8> = levels.iter().flatten().copied().collect();
            let distinct = values.iter().flatten().any(|v| Some(v) != values.iter().flatten().next());
            if distinct {
                proptest::prop_assert_eq!(present.iter().min(), Some(&0));
                proptest::prop_assert_eq!(present.iter().max(), Some(&7));
            }
        }
    }
}
