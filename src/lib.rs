//! Job Offer Check: a private, in-browser check of an overseas job offer for warning signs of recruitment fraud,
//! forced labour, trafficking and smuggling, for people in Pakistan who want to work abroad.
//!
//! Layers, each using only those below it: [`questionnaire`] (the content, compiled from `questions/`),
//! [`assessment`] (the scoring engine), [`state`] (the wizard's reducer), [`ui`] (yew components), and on wasm the
//! `embed` door that mounts the widget into a shadow root. The native-only [`content`] module validates `questions/`
//! for the build script and the command-line tool.
#![warn(missing_docs)]

pub mod assessment;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod questionnaire;
#[cfg(not(target_arch = "wasm32"))]
pub mod report;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
pub mod ui;
