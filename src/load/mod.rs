//! Bytes or a path → a validated `Dataset` plus diagnostics.
