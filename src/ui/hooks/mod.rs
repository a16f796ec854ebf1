//! Custom hooks.

mod use_focus_on_change;

pub use use_focus_on_change::use_focus_on_change;
