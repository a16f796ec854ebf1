//! The questionnaire: its vocabulary ([`model`]) and its content, compiled from `questions/` at build time ([`data`]).

#[macro_use]
pub mod model;
pub mod data;

pub use data::{
    CONTEXT, DATED_FACTS, INDICATORS, SCORING, SECTIONS, SERVICES, SERVICE_CITATIONS, SIGN_CITATIONS, SOURCES, UI,
};
pub use model::*;

/// Every Yes/No question in questionnaire order, section by section.
pub fn questions() -> impl Iterator<Item = &'static Question> {
    SECTIONS.iter().flat_map(|s| s.questions.iter())
}

/// The Yes/No question with this id, if there is one.
pub fn question(id: &str) -> Option<&'static Question> {
    questions().find(|q| q.id == id)
}

/// The context question with this id, if there is one.
pub fn context_question(id: &str) -> Option<&'static ContextQuestion> {
    CONTEXT.iter().find(|q| q.id == id)
}

/// Every warning sign, the choices' first (as the person meets them), then the questions' in questionnaire order.
pub fn signs() -> impl Iterator<Item = &'static Sign> {
    CONTEXT.iter().flat_map(|q| q.choices.iter().filter_map(|c| c.sign.as_ref())).chain(questions().map(|q| &q.sign))
}

/// The service with this id, if there is one.
pub fn service(id: &str) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.id == id)
}

/// Where the facts of the sign with this id come from.
pub fn sign_citation(id: &str) -> Option<&'static Citation> {
    SIGN_CITATIONS.iter().find(|c| c.of == id)
}

/// Where the contacts of the service with this id come from.
pub fn service_citation(id: &str) -> Option<&'static Citation> {
    SERVICE_CITATIONS.iter().find(|c| c.of == id)
}
