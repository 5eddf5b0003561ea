//! Arbitrary bytes through the fast path for large files (`load::fast`), read in blocks of
//! every size from 1 byte: it must never panic, and it may load only what the ordinary path
//! loads without a single finding, and the same dataset.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/load_support/trickle.rs"]
mod trickle;

use trickle::Trickle;

fuzz_target!(|input: &[u8]| {
    let Some((&step, bytes)) = input.split_first() else {
        return;
    };
    let fast = goalboard::load::parallel::load_clean_from(
        Trickle {
            bytes,
            step: usize::from(step).max(1),
        },
        2,
    );
    if fast.is_some() {
        let ordinary = goalboard::load::load_bytes(bytes, "fuzz.json");
        assert!(ordinary.diagnostics.is_empty(), "{:?}", ordinary.diagnostics);
        assert!(fast == ordinary.dataset, "the two paths load different datasets");
    }
});
