//! An indicator's breakdowns as the breakdowns screen needs them, made once per load: the
//! dimensions, which breakdowns have each, a sparkline and a folded text per breakdown.

use super::spark_of;
use crate::model::Breakdown;

/// What the breakdown screen needs of one indicator's breakdowns, made once per load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreparedBreakdowns {
    /// The dimension names, in the order they first appear.
    pub dimensions: Vec<String>,
    /// For each dimension, the breakdowns that have it (positions), in file order.
    pub members: Vec<Vec<usize>>,
    /// Per breakdown: its latest points as a sparkline.
    pub sparks: Vec<String>,
    /// Per breakdown: its values, folded (lower case), what the filter matches.
    keys: Vec<String>,
}

impl PreparedBreakdowns {
    pub fn new(breakdowns: &[Breakdown], ascii: bool) -> Self {
        let mut prepared = Self::default();
        if breakdowns.is_empty() {
            return prepared;
        }
        prepared.sparks.reserve_exact(breakdowns.len());
        prepared.keys.reserve_exact(breakdowns.len());
        for (n, b) in breakdowns.iter().enumerate() {
            for (name, _) in &b.dimensions {
                // A handful of dimensions: a look along them is quicker than a map.
                let known = prepared.dimensions.iter().position(|d| d == name);
                let d = known.unwrap_or_else(|| {
                    prepared.dimensions.push(name.clone());
                    prepared.members.push(Vec::new());
                    prepared.dimensions.len() - 1
                });
                prepared.members[d].push(n);
            }
            prepared.sparks.push(spark_of(&b.series, ascii));
            let values: Vec<&str> = b.dimensions.iter().map(|(_, v)| v.as_str()).collect();
            prepared.keys.push(values.join(" ").to_lowercase());
        }
        prepared
    }

    pub fn is_empty(&self) -> bool {
        self.sparks.is_empty()
    }

    /// The breakdowns of dimension `d` whose values hold every word of `query`.
    pub fn matching(&self, d: usize, query: &str) -> Vec<usize> {
        let members = self.members.get(d).map_or(&[][..], Vec::as_slice);
        self.narrowed(members, query)
    }

    /// Those of `rows` whose values hold every word of `query` (case ignored).
    pub fn narrowed(&self, rows: &[usize], query: &str) -> Vec<usize> {
        let query = query.to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return rows.to_vec();
        }
        rows.iter()
            .copied()
            .filter(|&n| {
                self.keys
                    .get(n)
                    .is_some_and(|key| words.iter().all(|w| key.contains(w)))
            })
            .collect()
    }
}
