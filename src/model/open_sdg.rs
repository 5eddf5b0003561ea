//! Open SDG's progress measure as a dataset writes it (v1.1 section 5), and which status the
//! UI shows. Plain data here: `figures::open_sdg` computes the measure from it.

use super::breakdown::Dimensions;

/// Which status marks, counts, sorting and colours the UI uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
pub enum StatusMethod {
    /// The v1 rules (the default).
    #[default]
    #[serde(rename = "forecast")]
    Forecast,
    /// Open SDG's status (`figures::open_sdg`); the v1 status stays in the reports beside it.
    #[serde(rename = "open-sdg")]
    OpenSdg,
}

impl StatusMethod {
    pub fn name(self) -> &'static str {
        match self {
            StatusMethod::Forecast => "forecast",
            StatusMethod::OpenSdg => "open-sdg",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [StatusMethod::Forecast, StatusMethod::OpenSdg]
            .into_iter()
            .find(|m| m.name() == s)
    }
}

/// An indicator's `open_sdg` member, with the spec's defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenSdg {
    /// `false`: `status` is a manual status and nothing is computed.
    pub auto: bool,
    /// The manual status, any string the source uses.
    pub status: Option<String>,
    /// One per series the measure covers; never empty (absent or `[]` is one default option).
    pub options: Vec<OpenSdgOption>,
}

/// Which way is progress, in Open SDG's terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenSdgDirection {
    /// Open SDG's "negative": lower is better (the default).
    #[default]
    Decrease,
    Increase,
}

/// One option of the measure.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenSdgOption {
    /// Which breakdown, by its dimensions; `None`: the headline series.
    pub breakdown: Option<Dimensions>,
    pub base_year: i32,
    pub target_year: i32,
    /// With a target, method 2; without, method 1.
    pub target: Option<f64>,
    pub direction: OpenSdgDirection,
    /// A natural limit (method 1 only).
    pub limit: Option<f64>,
    pub thresholds: Option<Thresholds>,
}

impl Default for OpenSdgOption {
    fn default() -> Self {
        Self {
            breakdown: None,
            base_year: 2015,
            target_year: 2030,
            target: None,
            direction: OpenSdgDirection::Decrease,
            limit: None,
            thresholds: None,
        }
    }
}

/// Overrides of the method's thresholds; one not written keeps the method's own.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Thresholds {
    pub high: Option<f64>,
    pub med: Option<f64>,
    pub low: Option<f64>,
}
