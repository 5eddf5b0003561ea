//! Open SDG's progress measure (spec v1.1 section 5): the status an Open SDG site shows per
//! indicator, computed as sdg-build's `ProgressMeasure.py` computes it, so an analyst sees the
//! same verdict here as on the official site. Pure: plain year/value pairs and options in,
//! the components sdg-build writes out.

/// The progress status words of Open SDG, in its own spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgressStatus {
    TargetAchieved,
    SubstantialProgress,
    ModerateProgress,
    LimitedProgress,
    Deterioration,
    NotAvailable,
}

impl ProgressStatus {
    pub const ALL: [ProgressStatus; 6] = [
        Self::TargetAchieved,
        Self::SubstantialProgress,
        Self::ModerateProgress,
        Self::LimitedProgress,
        Self::Deterioration,
        Self::NotAvailable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::TargetAchieved => "target_achieved",
            Self::SubstantialProgress => "substantial_progress",
            Self::ModerateProgress => "moderate_progress",
            Self::LimitedProgress => "limited_progress",
            Self::Deterioration => "deterioration",
            Self::NotAvailable => "not_available",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == text)
    }

    /// The status sdg-build gives a mean score (`get_progress_status_from_score`).
    pub fn from_score(score: Option<f64>, achieved: bool) -> Self {
        match score {
            _ if achieved => Self::TargetAchieved,
            None => Self::NotAvailable,
            Some(s) if s >= 2.5 => Self::SubstantialProgress,
            Some(s) if s >= 0.0 => Self::ModerateProgress,
            Some(s) if s >= -2.5 => Self::LimitedProgress,
            Some(_) => Self::Deterioration,
        }
    }
}

/// Which way is progress: Open SDG's `negative` (the default) is a decrease.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Way {
    #[default]
    Decrease,
    Increase,
}

impl Way {
    fn dir(self) -> f64 {
        match self {
            Way::Decrease => -1.0,
            Way::Increase => 1.0,
        }
    }
}

/// Overrides of the thresholds; a missing one keeps the method's default.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ThresholdOverride {
    pub high: Option<f64>,
    pub med: Option<f64>,
    pub low: Option<f64>,
}

/// One entry of `progress_calculation_options`, the series already chosen by the caller.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProgressOptions {
    pub base_year: i32,
    pub target_year: i32,
    pub target: Option<f64>,
    pub way: Way,
    pub limit: Option<f64>,
    pub thresholds: ThresholdOverride,
}

impl Default for ProgressOptions {
    fn default() -> Self {
        Self {
            base_year: 2015,
            target_year: 2030,
            target: None,
            way: Way::Decrease,
            limit: None,
            thresholds: ThresholdOverride::default(),
        }
    }
}

/// The components sdg-build writes for one series, each unrounded.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SeriesProgress {
    pub base_year: Option<i32>,
    pub base_value: Option<f64>,
    pub current_year: Option<i32>,
    pub current_value: Option<f64>,
    pub target: Option<f64>,
    pub target_year: i32,
    pub direction: i8,
    pub sign: Option<i8>,
    pub limit: Option<f64>,
    pub progress_value: Option<f64>,
    pub status: ProgressStatus,
    pub score: Option<f64>,
    #[serde(skip)]
    pub target_achieved: bool,
}

/// The indicator's verdict: the mean of the available scores.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorProgress {
    pub status: ProgressStatus,
    pub score: Option<f64>,
    pub options: Vec<SeriesProgress>,
}

struct Thresholds {
    high: f64,
    med: f64,
    low: f64,
    /// Method 1 with a limit: how much the thresholds were reduced by.
    coefficient: Option<f64>,
}

/// The measure of one series: `points` are (calendar year, value) of its measured points.
pub fn series_progress(points: &[(i32, f64)], options: &ProgressOptions) -> SeriesProgress {
    // sdg-build turns a target of 0 into 0.001 before anything else (a zero would divide).
    let target = options.target.map(|t| if t == 0.0 { 0.001 } else { t });
    let mut out = SeriesProgress {
        base_year: None,
        base_value: None,
        current_year: None,
        current_value: None,
        target,
        target_year: options.target_year,
        direction: options.way.dir() as i8,
        sign: None,
        limit: options.limit,
        progress_value: None,
        status: ProgressStatus::NotAvailable,
        score: None,
        target_achieved: false,
    };
    let Some(&(current_year, current_value)) = points.iter().max_by_key(|(y, _)| *y) else {
        return out;
    };
    if has_duplicate_years(points) {
        return out;
    }
    out.current_year = Some(current_year);
    out.current_value = Some(current_value);
    let base = points
        .iter()
        .filter(|(y, _)| *y >= options.base_year)
        .min_by_key(|(y, _)| *y);
    let Some(&(base_year, base_value)) = base else {
        return out;
    };
    out.base_year = Some(base_year);
    out.base_value = Some(base_value);
    out.sign = Some(if base_value < 0.0 { -1 } else { 1 });
    let thresholds = thresholds(options, target.is_some(), base_value);
    out.target_achieved = target.is_some_and(|t| match options.way {
        Way::Decrease => current_value <= t,
        Way::Increase => current_value >= t,
    });
    let base_value = if base_value == 0.0 { 0.001 } else { base_value };
    out.base_value = Some(base_value);
    out.progress_value = progress_value(&out, options, base_value).filter(|p| p.is_finite());
    out.status = status_of(out.progress_value, &thresholds, out.target_achieved);
    out.score = score(&out, &thresholds, target.is_some());
    out
}

fn has_duplicate_years(points: &[(i32, f64)]) -> bool {
    let mut years: Vec<i32> = points.iter().map(|(y, _)| *y).collect();
    years.sort_unstable();
    years.windows(2).any(|w| w[0] == w[1])
}

fn thresholds(options: &ProgressOptions, method_2: bool, base_value: f64) -> Thresholds {
    let o = options.thresholds;
    let (high, med, low) = if method_2 {
        (0.95, 0.6, 0.0)
    } else {
        (0.015, 0.005, 0.0)
    };
    let mut t = Thresholds {
        high: o.high.unwrap_or(high),
        med: o.med.unwrap_or(med),
        low: o.low.unwrap_or(low),
        coefficient: None,
    };
    if let (false, Some(limit)) = (method_2, options.limit) {
        let c = coefficient(base_value.abs(), limit.abs());
        t.high *= c;
        t.med *= c;
        t.low *= c;
        t.coefficient = Some(c);
    }
    t
}

/// How far the thresholds shrink as the base value nears its natural limit.
fn coefficient(b: f64, l: f64) -> f64 {
    const A: f64 = 4.44;
    if b >= 2.0 * l {
        1.0
    } else if b <= l {
        1.0 - (b / l).powf(A)
    } else {
        1.0 - ((2.0 * l - b) / l).powf(A)
    }
}

fn cagr(v1: f64, v0: f64, t1: i32, t0: i32) -> f64 {
    (v1 / v0).powf(1.0 / f64::from(t1 - t0)) - 1.0
}

fn progress_value(s: &SeriesProgress, options: &ProgressOptions, base_value: f64) -> Option<f64> {
    let (current_year, current_value) = (s.current_year?, s.current_value?);
    let base_year = s.base_year?;
    if (base_value > 0.0 && current_value < 0.0) || (base_value < 0.0 && current_value > 0.0) {
        return None;
    }
    if current_year - base_year < 1 {
        return None;
    }
    let sign = f64::from(s.sign?);
    let observed = cagr(current_value, base_value, current_year, base_year);
    let value = sign * options.way.dir() * observed;
    match s.target {
        None => Some(value),
        Some(target) => {
            let required = cagr(target, base_value, options.target_year, base_year);
            Some(value / required.abs())
        }
    }
}

fn status_of(value: Option<f64>, t: &Thresholds, achieved: bool) -> ProgressStatus {
    match value {
        _ if achieved => ProgressStatus::TargetAchieved,
        None => ProgressStatus::NotAvailable,
        Some(v) if v >= t.high => ProgressStatus::SubstantialProgress,
        Some(v) if v >= t.med => ProgressStatus::ModerateProgress,
        Some(v) if v >= t.low => ProgressStatus::LimitedProgress,
        Some(_) => ProgressStatus::Deterioration,
    }
}

/// sdg-build's score in [−5, 5]; its formulas assume the default thresholds.
fn score(s: &SeriesProgress, t: &Thresholds, method_2: bool) -> Option<f64> {
    if s.target_achieved {
        return Some(5.0);
    }
    let p = s.progress_value?;
    if method_2 {
        return Some(if p >= t.med {
            (7.1429 * p - 4.2857).min(5.0)
        } else {
            (4.1667 * p - 2.5).max(-5.0)
        });
    }
    let c = t.coefficient.unwrap_or(1.0);
    if p < t.low {
        return Some((125.0 * p - 2.5).max(-5.0));
    }
    if c == 0.0 {
        return Some(5.0);
    }
    Some(if p >= t.high {
        (500.0 * p / c - 5.0).min(5.0)
    } else if p >= t.med {
        250.0 * p / c - 1.25
    } else {
        500.0 * p / c - 2.5
    })
}

/// The indicator's verdict from the measures of its options.
pub fn indicator_progress(options: Vec<SeriesProgress>) -> IndicatorProgress {
    let scored: Vec<&SeriesProgress> = options.iter().filter(|s| s.score.is_some()).collect();
    let score = (!scored.is_empty())
        .then(|| scored.iter().filter_map(|s| s.score).sum::<f64>() / scored.len() as f64);
    let achieved = !scored.is_empty() && scored.iter().all(|s| s.target_achieved);
    IndicatorProgress {
        status: ProgressStatus::from_score(score, achieved),
        score,
        options,
    }
}

#[cfg(test)]
#[path = "open_sdg_tests.rs"]
mod tests;
