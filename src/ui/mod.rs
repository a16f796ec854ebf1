//! The widget's yew components: a thin layer over [`crate::state`]. Components render and dispatch actions; they hold
//! no scoring policy and never compute a band themselves.

mod app;
mod counsellor;
mod hooks;
pub mod icons;
mod intro;
mod question;
mod read_aloud;
mod result;
mod review;
mod section;
mod services;
mod summary;

pub use app::{App, AppProps, Mode, Options, Root, RootProps};

use yew::Callback;

use crate::questionnaire::{Answer, Locale, Severity, UI};
use crate::state::Action;

/// How components ask the wizard to change.
pub type Dispatch = Callback<Action>;

/// The label of an answer in a locale.
pub fn answer_label(answer: Answer, locale: Locale) -> &'static str {
    match answer {
        Answer::Yes => UI.answer_yes.get(locale),
        Answer::No => UI.answer_no.get(locale),
        Answer::NotSure => UI.answer_not_sure.get(locale),
    }
}

/// The word shown with a severity.
pub fn severity_label(severity: Severity, locale: Locale) -> &'static str {
    match severity {
        Severity::Critical => UI.severity_critical.get(locale),
        Severity::High => UI.severity_high.get(locale),
        Severity::Medium => UI.severity_medium.get(locale),
        Severity::Low => UI.severity_low.get(locale),
    }
}

/// The CSS class of a severity.
pub fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "joc-sev-critical",
        Severity::High => "joc-sev-high",
        Severity::Medium => "joc-sev-medium",
        Severity::Low => "joc-sev-low",
    }
}

/// A service's centres with the chosen one first, the others in their listed order.
pub fn centres_in_order(
    service: &'static crate::questionnaire::Service,
    first: Option<&str>,
) -> Vec<&'static crate::questionnaire::Centre> {
    let mut centres: Vec<_> = service.centres.iter().collect();
    centres.sort_by_key(|c| Some(c.id) != first);
    centres
}

/// Moves focus (and, with `scroll`, the view) to the element matching `selector` in the same widget as the event's
/// target; found from the target so it works inside a shadow root and with several widgets on a page.
pub fn focus_in_widget(event: &yew::MouseEvent, selector: &str, scroll: bool) {
    use yew::TargetCast;
    let target = event
        .target_dyn_into::<web_sys::Element>()
        .and_then(|el| el.closest(".joc").ok().flatten())
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(element) = target {
        if scroll {
            element.scroll_into_view();
        }
        let _ = element.focus();
    }
}
