//! Where the initiatives browser keeps what it works out once per dataset (`browse::order`
//! fills it): empty until first used, and dropped with the data it was worked out from. A place
//! of its own, so the prepared data can hold it without depending on the browser.

use std::sync::OnceLock;

/// The browser's ranks per column, folded texts and cell widths, each built on first use.
#[derive(Clone, Debug, Default)]
pub struct Orders {
    /// Each initiative's rank in each column (in `Column::ALL`'s order).
    pub ranks: [OnceLock<Vec<u32>>; 7],
    pub text: OnceLock<Folded>,
    /// Each initiative's cells' widths (at most 255).
    pub widths: OnceLock<Vec<[u8; 7]>>,
    /// The widest status word, owner's label and latest update over the whole dataset (the
    /// overview's initiatives pane keeps its columns there from goal to goal).
    pub steady: OnceLock<[usize; 3]>,
}

/// Every initiative's title and id folded (`search::fold`), one after another.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    /// Where initiative `n`'s text ends.
    pub ends: Vec<usize>,
}
