//! Golden files: the text and markdown reports, in both languages and in ASCII, of the small
//! fixture and of the bundled dataset, pinned with insta in tests/golden/. Review a change
//! with `INSTA_UPDATE=always cargo test --test report_golden` and read the diff.

use std::path::Path;
use std::process::Command;

/// `goalboard report [FILE] ARGS…` as a pipe sees it.
fn report(file: Option<&str>, args: &[&str]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_goalboard"));
    command.arg("report");
    if let Some(file) = file {
        command.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(file));
    }
    let out = command
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

macro_rules! golden {
    ($name:ident, $file:expr, $args:expr) => {
        #[test]
        fn $name() {
            let output = report($file, $args);
            insta::with_settings!({
                snapshot_path => "golden",
                prepend_module_to_snapshot => false,
                omit_expression => true,
                description => format!("goalboard report {} {}", $file.unwrap_or(""), $args.join(" ")),
            }, {
                insta::assert_snapshot!(stringify!($name), output);
            });
        }
    };
}

const SMALL: Option<&str> = Some("tests/fixtures/report-small.json");

golden!(small_text_da, SMALL, &["--lang", "da"]);
golden!(small_text_en, SMALL, &["--lang", "en"]);
golden!(small_text_ascii, SMALL, &["--lang", "da", "--ascii"]);
golden!(
    small_markdown_da,
    SMALL,
    &["--format", "markdown", "--lang", "da"]
);
golden!(
    small_markdown_en,
    SMALL,
    &["--format", "markdown", "--lang", "en"]
);
golden!(small_json, SMALL, &["--format", "json"]);
golden!(small_csv, SMALL, &["--format", "csv"]);

const BUNDLED: Option<&str> = None;

golden!(bundled_text_da, BUNDLED, &["--lang", "da"]);
golden!(bundled_text_en, BUNDLED, &["--lang", "en"]);
golden!(bundled_text_ascii, BUNDLED, &["--lang", "da", "--ascii"]);
golden!(
    bundled_markdown_da,
    BUNDLED,
    &["--format", "markdown", "--lang", "da"]
);
golden!(
    bundled_markdown_en,
    BUNDLED,
    &["--format", "markdown", "--lang", "en"]
);
