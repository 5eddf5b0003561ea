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

impl From<crate::model::IndicatorAt> for IndicatorRef {
    fn from(at: crate::model::IndicatorAt) -> Self {
        match at {
            crate::model::IndicatorAt::Goal { goal, index } => IndicatorRef::Goal { goal, index },
            crate::model::IndicatorAt::Measure { initiative, index } => {
                IndicatorRef::Measure { initiative, index }
            }
        }
    }
}
