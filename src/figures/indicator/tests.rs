//! Unit tests of the figures.
