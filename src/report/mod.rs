//! Reports over a dataset and its figures: text, markdown, json and csv.
