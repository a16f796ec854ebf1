//! Job Offer Check: a private, in-browser check of an overseas job offer for warning signs of recruitment fraud,
//! forced labour, trafficking and smuggling, for people in Pakistan who want to work abroad.
//!
//! Layers, each using only those below it: [`questionnaire`] (the vocabulary and the content, compiled from
//! `questions/`), [`assessment`] (the scoring engine), [`labels`] and [`pictograms`] (the words and pictures for the
//! vocabulary's values), [`handover`] (the static first screen's contract with the live widget), [`state`] (the
//! wizard's reducer), [`ui`] (yew components), and on wasm the `embed` door that mounts the widget into a shadow root.
//! The native-only [`content`] module validates `questions/` for the build script and the command-line tool, and
//! [`static_page`] and [`report`] write the build-time HTML and the reviewers' report, and [`translations`] (over
//! [`spreadsheet`]) gives translators every text as a spreadsheet and writes their work back.
#![warn(missing_docs)]

// First: its `named!` macro gives the vocabulary's enums, here and in the modules below, their machine names.
#[macro_use]
pub mod questionnaire;

pub mod answers;
pub mod assessment;
#[cfg(not(target_arch = "wasm32"))]
pub mod cases;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod date;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod handover;
pub mod labels;
pub mod pictograms;
#[cfg(not(target_arch = "wasm32"))]
pub mod report;
pub mod routing;
#[cfg(not(target_arch = "wasm32"))]
pub mod spreadsheet;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
#[cfg(not(target_arch = "wasm32"))]
pub mod translations;
pub mod ui;

/// The questionnaire directory this build's content was compiled from: `questions/`, or the copy named by
/// `JOC_QUESTIONS_DIR` at build time (build.rs), so that the tests reading files check the same content as the data.
#[cfg(not(target_arch = "wasm32"))]
pub const QUESTIONS_DIR: &str = env!("JOC_QUESTIONS_DIR");
