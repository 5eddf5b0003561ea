//! Shared by the hostile-input tests: the whole chain from bytes to screens and reports
//! ([`chain`], also run by the fuzz target), and the real binary in a pseudo-terminal ([`pty`]).

#![allow(dead_code)]

pub mod chain;
pub mod pty;
