//! The questionnaire: its vocabulary ([`model`]) and its content, compiled from `questions/` at build time ([`data`]).

#[macro_use]
pub mod model;
pub mod data;

pub use data::{INDICATORS, QUESTION_CITATIONS, SCORING, SECTIONS, SERVICES, SERVICE_CITATIONS, SOURCES, UI};
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

/// Where the facts of the question with this id come from.
pub fn question_citation(id: &str) -> Option<&'static Citation> {
    QUESTION_CITATIONS.iter().find(|c| c.of == id)
}

/// Where the contacts of the service with this id come from.
pub fn service_citation(id: &str) -> Option<&'static Citation> {
    SERVICE_CITATIONS.iter().find(|c| c.of == id)
}
