//! `--since`, shared by `report` and the dashboard: the baseline named, loaded and compared
//! with the current dataset.

use std::path::Path;

use crate::baseline::{Baseline, BaselineError, BaselineSpec, Current, resolve};
use crate::compare::Changes;
use crate::figures::Figures;
use crate::model::Dataset;
use crate::settings::{Paths, Reviews};

/// A baseline and the changes from it to the current dataset.
pub struct Compared {
    pub baseline: Baseline,
    pub changes: Changes,
}

/// The review marks of this user, when the state directory is known.
pub fn reviews() -> Option<Reviews> {
    Paths::resolve(None).map(|p| Reviews::beside(&p.state))
}

/// Compares the current dataset (from `file`, or the bundled one) with the baseline `since`.
pub fn compare(
    since: &str,
    file: Option<&Path>,
    dataset: &Dataset,
    figures: &Figures,
) -> Result<Compared, BaselineError> {
    let current = file.map_or(Current::Bundled, Current::File);
    let baseline = resolve(&BaselineSpec::parse(since), current, reviews().as_ref())?;
    let old_figures = Figures::for_comparison(&baseline.dataset);
    let changes = Changes::between((&baseline.dataset, &old_figures), (dataset, figures));
    Ok(Compared { baseline, changes })
}
