//! JSON paths like `goals[3].indicators[0].target`: a borrowed chain (`At`) that the checks
//! extend for free while they walk a dataset, and an owned `JsonPath` made only when a problem
//! is reported.

use std::fmt;

/// One step of a path: an object member or an array element.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// An owned JSON path; the empty path is the whole document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    pub fn segs(&self) -> &[Seg] {
        &self.0
    }

    /// The path of the enclosing object or array (the root stays the root).
    #[must_use]
    pub fn parent(&self) -> JsonPath {
        let mut segs = self.0.clone();
        segs.pop();
        JsonPath(segs)
    }

    /// The last member name, if the path ends in one.
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last() {
            Some(Seg::Key(k)) => Some(k),
            _ => None,
        }
    }
}

/// Whether a member name can be written bare in a path (`title`) rather than quoted (`["a b"]`).
fn is_plain_key(k: &str) -> bool {
    !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'$'))
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Index(n) => write!(f, "[{n}]")?,
                Seg::Key(k) if is_plain_key(k) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Seg::Key(k) => {
                    let quoted = serde_json::to_string(k).map_err(|_| fmt::Error)?;
                    write!(f, "[{quoted}]")?;
                }
            }
        }
        Ok(())
    }
}

/// A path under construction while walking a dataset: each step borrows its parent, so
/// descending costs nothing and a `JsonPath` is built only for a problem.
#[derive(Clone, Copy, Debug)]
pub enum At<'a> {
    Root,
    Key(&'a At<'a>, &'static str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    #[must_use]
    pub fn key(&'a self, key: &'static str) -> At<'a> {
        At::Key(self, key)
    }

    #[must_use]
    pub fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }

    pub fn path(&self) -> JsonPath {
        let mut segs = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(parent, k) => {
                    segs.push(Seg::Key((*k).to_owned()));
                    at = parent;
                }
                At::Index(parent, i) => {
                    segs.push(Seg::Index(*i));
                    at = parent;
                }
            }
        }
        segs.reverse();
        JsonPath(segs)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.path().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_shows_paths() {
        let root = At::Root;
        let goals = root.key("goals");
        let g3 = goals.index(3);
        let ind = g3.key("indicators");
        let i0 = ind.index(0);
        let target = i0.key("target");
        assert_eq!(target.to_string(), "goals[3].indicators[0].target");
        assert_eq!(root.to_string(), "");
        assert_eq!(target.path().parent().to_string(), "goals[3].indicators[0]");
    }

    #[test]
    fn quotes_odd_keys() {
        let p = JsonPath(vec![
            Seg::Key("goals".into()),
            Seg::Index(0),
            Seg::Key("a b".into()),
        ]);
        assert_eq!(p.to_string(), "goals[0][\"a b\"]");
        assert_eq!(
            JsonPath(vec![Seg::Key("$schema".into())]).to_string(),
            "$schema"
        );
    }
}
