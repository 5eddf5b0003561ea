//! Arbitrary bytes through the fast path for large files (`load::parallel`), read in blocks of
//! every size from 1 byte: it must never panic, and it may load only what the ordinary path
//! loads without a single finding, and the same dataset.

#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;

/// Hands out at most `step` bytes per read, so blocks end anywhere.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

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
