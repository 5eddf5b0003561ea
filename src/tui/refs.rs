//! Where an indicator or measure is in the dataset, by position: what the screens, the search
//! and the prepared data all point with.

/// Which indicator or measure: by position in the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndicatorRef {
    /// Indicator `index` of goal `goal`.
    Goal { goal: usize, index: usize },
    /// Measure `index` of initiative `initiative`.
    Measure { initiative: usize, index: usize },
}
