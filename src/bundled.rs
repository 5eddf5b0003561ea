//! The bundled dataset, compiled into the binary so `goalboard` works from any folder.

/// Where the bundled dataset lives in the source tree (shown in messages).
pub const NAME: &str = "data/ishoj-social-mobilitet.json";

/// The bytes of the bundled dataset.
pub const BYTES: &[u8] = include_bytes!("../data/ishoj-social-mobilitet.json");
