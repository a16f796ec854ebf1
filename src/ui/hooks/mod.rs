//! Custom hooks.

mod use_focus_moves;

#[cfg(feature = "counsellor")]
pub(crate) use use_focus_moves::bring_into_view;
pub use use_focus_moves::use_focus_moves;
