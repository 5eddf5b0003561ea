//! goalboard: a terminal dashboard for public goals, the initiatives that serve them, and the
//! numbers that show whether they work.
//!
//! The way from file to screen is one straight line:
//!
//! ```text
//! bytes ─load─▶ raw structs ─check─▶ Dataset ─figures─▶ Figures (once per load)
//!                     └─ Diagnostics (errors, warnings, JSON path, line:col)
//! Dataset + Figures ─report─▶ text | markdown | json | csv
//! key / mouse / signal / file change ─▶ Action ─update─▶ App ─view─▶ terminal
//! ```
//!
//! The reading side points one way: `raw` ← `check` ← `load` (`load` calls `check`; `check`
//! uses only `raw` and `model`), and `settings` → `suggest`. The large-file path is private to
//! `load` (`load/fast/`), behind [`load::load_path`].
//!
//! | module | holds |
//! |---|---|
//! | [`model`] | the validated domain: dataset, goals, indicators, initiatives, periods, ids |
//! | [`raw`] | the file as written: lenient fields, JSON paths, the raw structs serde fills |
//! | [`check`] | the validation rules of the spec, each a small function (uses `raw`, never `load`) |
//! | [`load`] | bytes or a path → `Dataset` + diagnostics: fills `raw`, calls `check` |
//! | [`suggest`] | "did you mean": the closest known name, for `check` and `settings` |
//! | [`diagnostic`] | errors and warnings with file, JSON path, line and column |
//! | [`message`] | what a diagnostic says, as typed data, worded in English and Danish |
//! | [`schema`] | the JSON Schema of the format, generated from the raw types |
//! | [`figures`] | gap, progress, trend, forecast and status, computed once |
//! | [`format`] | numbers, dates, units and percentage points for people, in English and Danish |
//! | [`sanitize`] | the one function that makes a data string safe to print |
//! | [`import`] | numbers from CSV, spreadsheets, JSON-stat and SDMX-CSV into a dataset, byte-preserving |
//! | [`compare`] | the changes between two versions of a dataset (spec section 6) |
//! | [`baseline`] | the older version to compare with: a file, a git revision, a review mark |
//! | [`report`] | text, markdown, json and csv reports |
//! | [`settings`] | the config file and remembered state (recent datasets, selections, review marks) |
//! | [`share`] | following a presenter: the position protocol, the socket, publisher and follower |
//! | [`opensdg`] | Open SDG data repositories read into a dataset (docs/open-sdg.md) |
//! | [`bundled`] | the Ishøj dataset compiled into the binary |
//! | [`tui`] | the dashboard: state, actions, views, terminal handling |
//! | [`cli`] | the command line: one file per subcommand |

pub mod baseline;
pub mod bundled;
pub mod check;
pub mod cli;
pub mod compare;
pub mod diagnostic;
pub mod figures;
pub mod format;
pub mod import;
pub mod load;
pub mod message;
pub mod model;
pub mod opensdg;
pub mod raw;
pub mod report;
pub mod sanitize;
pub mod schema;
pub mod settings;
pub mod share;
pub mod snippet;
pub mod suggest;
pub mod tui;
