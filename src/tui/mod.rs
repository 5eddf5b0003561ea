//! The dashboard: application state as plain data, key and mouse events turned into actions, one
//! update step that changes the state, views that draw from it, and the terminal handling around
//! them.
//!
//! | module | holds |
//! |---|---|
//! | [`app`] | [`App`]: the loaded data and the state of every view, as plain data |
//! | [`prepared`] | what the views need per frame, computed once per load (sparklines, search keys) |
//! | [`action`] | events → [`Action`] (pure) and [`update`], the only code that changes [`App`] (with `browse` for the browser's rows) |
//! | [`reload`] | a new version of the dataset, with every selection and screen kept by id |
//! | [`lists`] | the lists on screen, their cursors, keeping selections in sight |
//! | [`since`] | the changes since a baseline as the views show them, worked out once per comparison |
//! | [`search`] | the search index and matching that ignores case and accents |
//! | [`layout`] | where each pane sits at a given size, shared by drawing and mouse hit-testing |
//! | [`theme`] | colours and glyphs, with the no-colour and ASCII variants built in |
//! | [`text`] | width-correct truncation of text (wide, combining and zero-width characters) |
//! | [`ui`] | one file per view or pane; [`draw`] is the entry point |
//! | [`words`] | the dashboard's own words in English and Danish |
//! | [`lean`] | a backend that rewrites short unchanged gaps instead of moving over them (fewer bytes on slow links) |
//! | [`copy`] | `y`: the goal in view as Markdown, put on the terminal's clipboard with OSC 52 |
//! | [`terminal`] | entering and restoring the terminal, the panic hook, signals, the event loop; suspending it for the editor |
//! | [`watch`] | live reload: the file watched, bursts of changes waited out, new versions applied or shown as an error banner |
//! | [`editor`] | `e`: the editor's command line (`$VISUAL`, `$EDITOR`), at the selected item's line |

pub mod action;
pub mod app;
mod browse;
pub mod copy;
pub mod editor;
pub mod layout;
pub mod lean;
pub mod lists;
pub mod prepared;
pub mod reload;
pub mod search;
pub mod since;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
pub mod watch;
pub mod words;

pub use action::{Action, action_for, update};
pub use app::{App, Options};
pub use reload::reload;
pub use ui::draw;
