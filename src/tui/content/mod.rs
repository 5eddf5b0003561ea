//! The dashboard's texts as lines, built from the state: below both the layout (which measures
//! them) and the views (which draw them), and counted by the update step where it scrolls them.
//! Nothing here draws or changes the state.
//!
//! | module | holds |
//! |---|---|
//! | [`banner`] | the error of a version that fails `check`, in one or two lines |
//! | [`columns`] | table columns that give way on a short line, a bar, items wrapped after a label |
//! | [`figures`] | an indicator's figures in words and as table cells |
//! | [`goal`] | a goal's heading and its notes, newest first |
//! | [`help`] | the keys of each screen, for the footer and the help screen |
//! | [`indicator`] | the figures in words and the chart's legend |
//! | [`initiative`] | an initiative's facts and details |
//! | [`labels`] | a goal's label, the status date |
//! | [`open_sdg`] | Open SDG's progress status: marks, words, the status a view shows |
//! | [`overview`] | the overview's heading for the selected goal |
//! | [`since`] | a status that moved since the baseline, before the status line |

pub mod banner;
pub mod columns;
pub mod figures;
pub mod goal;
pub mod help;
pub mod indicator;
pub mod initiative;
pub mod labels;
pub mod open_sdg;
pub mod overview;
pub mod since;
