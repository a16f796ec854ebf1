//! Custom hooks.

mod use_focus_moves;
mod use_local_voice;

pub use use_focus_moves::use_focus_moves;
pub use use_local_voice::use_local_voice;
