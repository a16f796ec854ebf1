//! The pictograms in the live widget (paths in [`crate::pictograms`]). They sit beside the words, never instead of
//! them, so they are hidden from screen readers.
//!
//! Their strokes are drawn by the stylesheet's `.joc-icon` rules (fewer attributes, fewer wasm bytes), and their
//! classes are literals: a class from a variable would link yew's class-set code.

use yew::prelude::*;

use crate::pictograms::{icon_path, severity_path};
use crate::questionnaire::{Icon, Severity};

/// The pictogram of an icon (a section's, a choice's).
pub fn icon(icon: Icon) -> Html {
    html! { <svg class="joc-icon" viewBox="0 0 24 24" aria-hidden="true"><path d={icon_path(icon)} /></svg> }
}

/// The pictogram of a severity.
pub fn severity_icon(severity: Severity) -> Html {
    html! {
        <svg class="joc-icon joc-icon-small" viewBox="0 0 24 24" aria-hidden="true"><path d={severity_path(severity)} /></svg>
    }
}
