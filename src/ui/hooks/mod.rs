//! Custom hooks.

mod use_focus_moves;

pub use use_focus_moves::use_focus_moves;
