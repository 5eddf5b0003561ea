//! The `goalboard` binary: parses the command line and hands over to `goalboard::cli`.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

fn main() -> ExitCode {
    goalboard::cli::main()
}
