//! The JSON Schema of the dataset format, generated from the raw types.
