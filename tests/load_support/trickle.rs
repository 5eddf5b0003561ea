//! A reader that hands out at most `step` bytes per read, so the blocks the fast path for
//! large files (`load::fast`) is fed end anywhere. Shared by `tests/load_parallel.rs` and
//! the `fast_path` fuzz target.

use std::io::Read;

pub struct Trickle<'a> {
    pub bytes: &'a [u8],
    pub step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}
