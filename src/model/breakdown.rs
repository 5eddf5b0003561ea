//! v1.1's indicator additions: how often a value is due, and the breakdowns of an indicator
//! (the same indicator split by dimensions such as sex or age).

use super::dataset::Target;
use super::point::Point;

/// How often a value is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    Yearly,
    HalfYearly,
    Quarterly,
    Monthly,
    Weekly,
    /// No value is due at any time: nothing is ever stale.
    Irregular,
}

impl Frequency {
    pub const ALL: [Frequency; 6] = [
        Frequency::Yearly,
        Frequency::HalfYearly,
        Frequency::Quarterly,
        Frequency::Monthly,
        Frequency::Weekly,
        Frequency::Irregular,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Frequency::Yearly => "yearly",
            Frequency::HalfYearly => "half-yearly",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
            Frequency::Weekly => "weekly",
            Frequency::Irregular => "irregular",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// The dimension: value pairs of a breakdown, in file order (at least one; no two with one
/// name, as a JSON object).
pub type Dimensions = Vec<(String, String)>;

/// One breakdown: the indicator's figures for one combination of dimension values. It takes
/// the indicator's unit, decimals and direction; it does not enter the goal's status.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub dimensions: Dimensions,
    /// Sorted by date (stable).
    pub series: Vec<Point>,
    pub target: Option<Target>,
}

impl Breakdown {
    /// The dimensions as one line: "Køn: Kvinder, Alder: 18-29".
    pub fn label(&self) -> String {
        let pairs: Vec<String> = self
            .dimensions
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        pairs.join(", ")
    }

    /// The value of one dimension.
    pub fn dimension(&self, name: &str) -> Option<&str> {
        self.dimensions
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}
