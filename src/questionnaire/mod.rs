//! The questionnaire: its vocabulary ([`model`]) and its content, compiled from `questions/` at build time ([`data`]).

pub mod data;
pub mod model;

pub use data::{INDICATORS, SCORING, SECTIONS, SERVICES, SOURCES, UI};
pub use model::*;

/// Every question in questionnaire order, section by section.
pub fn questions() -> impl Iterator<Item = &'static Question> {
    SECTIONS.iter().flat_map(|s| s.questions.iter())
}

/// The question with this id, if there is one.
pub fn question(id: &str) -> Option<&'static Question> {
    questions().find(|q| q.id == id)
}

/// The service with this id, if there is one.
pub fn service(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}
