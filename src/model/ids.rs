//! Ids as newtypes, so a goal id can never be passed where an owner id belongs.

use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(
    /// The id of an owner: a department, team or person.
    OwnerId
);
id_type!(
    /// The id of a goal.
    GoalId
);
id_type!(
    /// The id of an indicator or a measure (one namespace for both).
    IndicatorId
);
id_type!(
    /// The id of an initiative.
    InitiativeId
);

/// Whether a string may be an id: `[A-Za-z0-9_.-]+`.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_charset() {
        assert!(is_valid_id("g7"));
        assert!(is_valid_id("a.b_c-9"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("hjemløse"));
        assert!(!is_valid_id("a b"));
    }
}
