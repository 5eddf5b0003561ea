//! `goalboard schema`: the JSON Schema of the format on stdout.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    todo!("schema")
}
