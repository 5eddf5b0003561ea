//! Writing what a subcommand prints. A write that fails (`> /dev/full`, a disk that filled) is
//! a message on stderr and exit status 1, never a panic (`println!` panics) nor a silent
//! success. A closed pipe (`goalboard check x.json | head -1`, `goalboard config | true`) is
//! the reader saying it has read enough, as it is for `cat` or `grep`: the command stops
//! writing quietly and exits with the status it would have had (0, or 2 for a file with
//! errors), so a script's verdict does not depend on how much of the output was read.

use std::io::{self, Write};
use std::process::ExitCode;

/// A line on stderr, as `eprintln!` writes it but without its panic when stderr is gone.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
pub(crate) use say;

/// Exit status when the output could not be written.
pub const EXIT_WRITE_FAILED: u8 = 1;

/// Writes `text` to stdout and flushes it; the exit code: `done` when written (or when the
/// reader closed the pipe), else [`EXIT_WRITE_FAILED`] with a message.
pub fn print(text: &[u8], done: ExitCode) -> ExitCode {
    let mut stdout = io::stdout().lock();
    finish(stdout.write_all(text).and_then(|()| stdout.flush()), done)
}

/// The exit code for how writing the output went (see the module's note).
pub fn finish(written: io::Result<()>, done: ExitCode) -> ExitCode {
    match written {
        Ok(()) => done,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => done,
        Err(e) => {
            say!("goalboard: cannot write the output: {e}");
            ExitCode::from(EXIT_WRITE_FAILED)
        }
    }
}

/// clap's help or version (on stdout) or usage error (on stderr), printed as any output is:
/// `goalboard --help > /dev/full` is an error, not a silent success.
pub fn clap_exit(e: &clap::Error) -> ExitCode {
    let done = ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1));
    if e.use_stderr() {
        let _ = e.print();
        return done;
    }
    finish(e.print().and_then(|()| io::stdout().flush()), done)
}
