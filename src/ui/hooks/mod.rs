//! Custom hooks.

mod use_focus_on_change;
mod use_local_voice;

pub use use_focus_on_change::use_focus_on_change;
pub use use_local_voice::use_local_voice;
