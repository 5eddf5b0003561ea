//! The validated domain: dataset, goals, indicators, initiatives, dates and ids.
//! No I/O and no terminal here.

mod dataset;
mod ids;
mod index;
mod period;

pub use dataset::*;
pub use ids::*;
pub use index::*;
pub use period::*;
