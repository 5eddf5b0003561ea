//! The validation rules of the spec, each a small function returning diagnostics.
