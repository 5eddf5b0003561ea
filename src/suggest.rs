//! "Did you mean": the known name closest to a misspelt one, by edit distance. Used by `check`
//! (members and ids) and `settings` (config keys), so it sits beside both, under neither.

/// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
/// two neighbouring characters each count one (`titel` is one from `title`). Case is ignored.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    // Three rows of the classic table: two back (for swaps), one back, and this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

/// How far a name may be from a known one and still be taken for a slip of the keyboard.
fn tolerance(name: &str) -> usize {
    match name.chars().count() {
        0..=3 => 1,
        4..=9 => 2,
        _ => 3,
    }
}

/// The known name closest to `name`, when one is close enough (ties: the first).
pub fn closest<'k>(name: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    known
        .into_iter()
        .map(|k| (distance(name, k), k))
        .filter(|(d, _)| *d <= tolerance(name))
        .min_by(|(d1, k1), (d2, k2)| d1.cmp(d2).then(k1.cmp(k2)))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("titel", "title"), 1);
        assert_eq!(distance("Title", "title"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("direction", "directon"), 1);
        assert_eq!(distance("abc", "xyz"), 3);
    }

    #[test]
    fn suggests_only_near_names() {
        let known = ["title", "description", "target", "tags"];
        assert_eq!(closest("titel", known), Some("title"));
        assert_eq!(closest("descripton", known), Some("description"));
        assert_eq!(closest("colour", known), None);
        assert_eq!(closest("tag", known), Some("tags"));
    }
}
