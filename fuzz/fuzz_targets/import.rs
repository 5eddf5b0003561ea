//! Arbitrary bytes through `import`'s text readers (delimited tables in every dialect and
//! JSON-stat), then the planner and the writer against the bundled dataset: nothing may panic,
//! no unreadable row or note, as printed, may hold a control character, and what the writer and
//! `import -o` produce must still be JSON. The first byte picks the extension and the
//! decimal mark, as a file name and `--decimal-comma` would.

#![no_main]

use goalboard::import::{self, Decimal, Options};
use goalboard::sanitize::clean;
use libfuzzer_sys::fuzz_target;

const EXTENSIONS: [&str; 5] = ["csv", "tsv", "txt", "json", ""];

fuzz_target!(|input: &[u8]| {
    let Some((&pick, bytes)) = input.split_first() else {
        return;
    };
    let ext = EXTENSIONS[usize::from(pick) % EXTENSIONS.len()];
    let options = Options {
        decimal: match pick / 8 % 3 {
            0 => None,
            1 => Some(Decimal::Comma),
            _ => Some(Decimal::Point),
        },
        indicator: (pick & 0x80 != 0).then(|| "1.1".to_owned()),
        ..Options::default()
    };
    let mut rows = import::read_bytes(bytes, "fuzz\u{1b}[2J.csv", ext, &options);
    // As `import` prints them: cleaned, so no control character may survive.
    for line in rows
        .unreadable
        .iter()
        .map(ToString::to_string)
        .chain(rows.notes.clone())
    {
        let shown = clean(&line);
        assert!(
            !shown.chars().any(goalboard::sanitize::is_unsafe),
            "an unsafe character in {shown:?}"
        );
    }
    import::plan::conflicts(&mut rows);
    let created = import::create::dataset(&rows.rows, "fuzz");
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&created) {
        panic!("import -o wrote a file that is not JSON ({e}): {created}");
    }
    let base = goalboard::bundled::BYTES;
    if let Ok(plan) = import::plan::plan(base, &rows.rows) {
        for revise in [false, true] {
            if let Ok(out) = import::splice::splice(base, &plan, revise)
                && let Err(e) = serde_json::from_slice::<serde_json::Value>(&out)
            {
                panic!("the spliced file is not JSON ({e})");
            }
        }
    }
});
