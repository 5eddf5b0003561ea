//! The dashboard: application state, actions, views and terminal handling.
