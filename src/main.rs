//! The `goalboard` binary: parses the command line and hands over to `goalboard::cli`.

use std::process::ExitCode;

fn main() -> ExitCode {
    goalboard::cli::main()
}
