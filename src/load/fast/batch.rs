//! What the splitter hands the workers: a batch of consecutive elements of one of the two long
//! lists, cut from the file as it is read.

/// One of the two long lists of a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Goals,
    Initiatives,
}

impl List {
    pub(super) fn of_key(key: &[u8]) -> Option<List> {
        match key {
            b"goals" => Some(List::Goals),
            b"initiatives" => Some(List::Initiatives),
            _ => None,
        }
    }
}

/// Consecutive elements of one list, end to end: element `k` is
/// `bytes[ends[k - 1]..ends[k]]` (from 0 for the first).
#[derive(Debug)]
pub struct Batch {
    pub list: List,
    /// The batch's place in the file: batches are numbered from 0 in the order they are cut.
    pub seq: usize,
    pub bytes: Vec<u8>,
    pub ends: Vec<usize>,
}

impl Batch {
    pub fn ranges(&self) -> impl Iterator<Item = std::ops::Range<usize>> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(a, &b)| a..b)
    }

    // Only the tests look at the elements one by one; the workers parse whole ranges.
    #[cfg(test)]
    pub fn elements(&self) -> impl Iterator<Item = &[u8]> {
        self.ranges().map(|range| &self.bytes[range])
    }
}
