//! `goalboard schema`: the JSON Schema of the format on stdout.

use std::io::Write;
use std::process::ExitCode;

pub fn run() -> ExitCode {
    let text = crate::schema::schema_text();
    // A closed pipe (`goalboard schema | head`) is not an error worth a message.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
