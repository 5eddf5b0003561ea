//! Errors and warnings about a dataset, with the file, the JSON path and line:column.
