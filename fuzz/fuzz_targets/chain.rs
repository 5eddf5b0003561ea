//! Arbitrary bytes as a dataset file, through the whole chain (see
//! tests/hostile_support/chain.rs): nothing may panic, no control character may reach a
//! report, a diagnostic or a screen cell.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/hostile_support/chain.rs"]
mod chain;

fuzz_target!(|bytes: &[u8]| {
    chain::run_bytes(bytes);
});
