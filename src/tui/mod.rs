//! The dashboard: application state as plain data, key and mouse events turned into actions, one
//! update step that changes the state and says what should happen outside it (effects), views
//! that draw from it, and the event loop that carries the effects out. docs/architecture.md
//! draws the layers.
//!
//! | module | holds |
//! |---|---|
//! | [`app`] | [`App`]: the loaded data and the state of every view, as plain data |
//! | [`breakdown`] | an indicator's breakdowns by one dimension: prepared once per load, the screen's state, filtering |
//! | [`prepared`] | what the views need per frame, computed once per load (sparklines, sort keys, the search index) |
//! | [`chart`] | a chart's geometry: points in years and values, round bounds, the legend's marks |
//! | [`refs`] | where an indicator or measure is, by position in the dataset |
//! | [`action`] | [`Action`] (what happened) and [`Effect`] (what the event loop should do outside) |
//! | [`keymap`] | every key binding in one table: key, where it works, action |
//! | [`keys`] | events → [`Action`] (pure; keys through the keymap, clicks through the layout) |
//! | [`update`] | [`update()`]: the only code that changes [`App`] after it is made (with `navigate`, `browse` and `reload`) |
//! | [`reload`] | a new version of the dataset, with every selection and screen kept by id |
//! | `navigate` | moving between screens and panes: going in and back, where a search hit leads |
//! | [`lists`] | the lists on screen and their cursors: moving a selection or a text's scroll, taking back a frame's windows |
//! | [`scroll`] | which rows of a list are in sight (the views' rule at draw time), and a frame's windows |
//! | [`shown`] | a frame's windows measured as the views draw them, handed back to `update` after each frame |
//! | `changes` | the update step's part of the changes: a baseline read, `c`, a row opened |
//! | [`since`] | the changes since a baseline as the views show them, worked out once per comparison |
//! | [`search`] | the search index and matching that ignores case and accents |
//! | [`content`] | the texts as lines (help, notes, details, banner, figures in words), below both the layout and the views |
//! | [`layout`] | where each pane sits at a given size, shared by drawing and mouse hit-testing |
//! | [`theme`] | colours and glyphs, with the no-colour and ASCII variants built in |
//! | [`text`] | width-correct truncation of text (wide, combining and zero-width characters) |
//! | [`ui`] | one file per view or pane; [`draw`] is the entry point |
//! | [`words`] | the dashboard's own words in English and Danish |
//! | [`lean`] | a backend that rewrites short unchanged gaps instead of moving over them (fewer bytes on slow links) |
//! | [`copy`] | `y`: the goal in view as Markdown, put on the terminal's clipboard with OSC 52 |
//! | [`terminal`] | entering and restoring the terminal, the panic hook, signals, the event loop; suspending it for the editor |
//! | [`watch`] | live reload: the file watched and bursts of changes waited out (the update step applies the new version) |
//! | [`follow`] | following a presenter: the state as a position by ids, and a position put back |
//! | [`link`] | the event loop's tie to a share: publishing after each update, or the presenter's moves as actions |
//! | [`editor`] | `e`: the editor's command line (`$VISUAL`, `$EDITOR`), at the selected item's line |

pub mod action;
pub mod app;
pub mod breakdown;
mod browse;
mod changes;
pub mod chart;
pub mod content;
pub mod copy;
pub mod editor;
pub mod follow;
mod goto;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod lean;
pub mod link;
pub mod lists;
mod navigate;
pub mod orders;
pub mod prepared;
pub mod refs;
pub mod reload;
mod room;
pub mod screens;
pub mod scroll;
pub mod search;
pub mod shown;
pub mod since;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
pub mod update;
pub mod watch;
pub mod words;

pub use action::{Action, Effect};
pub use app::{App, Options};
pub use keys::action_for;
pub use ui::draw;
pub use update::update;
