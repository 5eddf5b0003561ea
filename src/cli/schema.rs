//! `goalboard schema`: the JSON Schema of the format on stdout.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    let text = crate::schema::schema_text();
    super::output::print(text.as_bytes(), ExitCode::SUCCESS)
}
