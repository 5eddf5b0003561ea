//! The validated domain: dataset, goals, indicators, initiatives, dates and ids.
//! No I/O and no terminal here.

mod breakdown;
mod dataset;
mod ids;
mod open_sdg;
mod period;
mod point;

pub use breakdown::*;
pub use dataset::*;
pub use ids::*;
pub use open_sdg::*;
pub use period::*;
pub use point::*;
