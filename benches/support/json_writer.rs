//! A tiny streaming JSON writer for the generator: no document is ever held in memory.

use std::io::{self, Write};

/// A tiny JSON writer: tracks where commas go and remembers the first I/O error, so the
/// generator reads as a description of the document rather than as error handling.
pub(crate) struct Json<W: Write> {
    out: W,
    needs_comma: bool,
    error: Option<io::Error>,
}

impl<W: Write> Json<W> {
    pub(crate) fn new(out: W) -> Self {
        Self {
            out,
            needs_comma: false,
            error: None,
        }
    }

    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.write(b"\n");
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(bytes)
        {
            self.error = Some(e);
        }
    }

    pub(crate) fn separate(&mut self) {
        if self.needs_comma {
            self.write(b",");
        }
    }

    pub(crate) fn open(&mut self, bracket: u8) {
        self.separate();
        self.write(&[bracket]);
        self.needs_comma = false;
    }

    pub(crate) fn close(&mut self, bracket: u8) {
        self.write(&[bracket]);
        self.needs_comma = true;
    }

    pub(crate) fn key(&mut self, key: &str) {
        self.str(key);
        self.write(b":");
        self.needs_comma = false;
    }

    /// A string, escaped by `serde_json`.
    pub(crate) fn str(&mut self, s: &str) {
        self.separate();
        if self.error.is_none()
            && let Err(e) = serde_json::to_writer(&mut self.out, s)
        {
            self.error = Some(e.into());
        }
        self.needs_comma = true;
    }

    /// A number, `true`, `false` or `null`, already spelled as JSON.
    pub(crate) fn raw(&mut self, token: &str) {
        self.separate();
        self.write(token.as_bytes());
        self.needs_comma = true;
    }

    pub(crate) fn field_str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.str(value);
    }

    pub(crate) fn field_strs<'a>(&mut self, key: &str, values: impl IntoIterator<Item = &'a str>) {
        self.key(key);
        self.open(b'[');
        for v in values {
            self.str(v);
        }
        self.close(b']');
    }
}
