//! The widget's yew components: a thin layer over [`crate::state`]. Components render and dispatch actions; they hold
//! no scoring policy and never compute a band themselves.

mod app;
#[cfg(feature = "counsellor")]
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
#[cfg(feature = "counsellor")]
mod summary;

pub use app::{App, AppProps};
#[cfg(feature = "counsellor")]
pub use counsellor::{CounsellorApp, CounsellorProps};

use yew::{html, Callback, Html, MouseEvent};

use crate::questionnaire::{Answer, Centre, Locale, Service, Severity, SECTIONS, UI};
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

/// The buttons under a screen: the main one (submitting the form when `main` is `None`), then Back. One function for
/// every screen, so its markup is compiled once.
pub fn actions(
    locale: Locale,
    label: &'static str,
    main: Option<Callback<MouseEvent>>,
    back: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="joc-actions">
            <button type={if main.is_some() { "button" } else { "submit" }} class="joc-button joc-primary" onclick={main}>
                { label }
            </button>
            <button type="button" class="joc-button joc-secondary" onclick={back}>{ UI.back_button.get(locale) }</button>
        </div>
    }
}

/// A service's centres with the chosen one first, the others in their listed order.
pub fn centres_in_order(service: &'static Service, first: Option<&str>) -> Vec<&'static Centre> {
    let chosen = |c: &&Centre| Some(c.id) == first;
    service.centres.iter().filter(chosen).chain(service.centres.iter().filter(|c| !chosen(c))).collect()
}

/// The names of a service's MRC centres, `first` first, as one line ("Lahore · Islamabad · Peshawar"). Built with
/// `push_str`, as `join` would link its own generic code into the wasm for this one use.
pub fn centre_names(service: &'static Service, first: Option<&str>, locale: Locale) -> String {
    let mut names = String::new();
    for centre in centres_in_order(service, first) {
        if !names.is_empty() {
            names.push_str(" · ");
        }
        names.push_str(centre.name.get(locale));
    }
    names
}

/// "Part n of total" for a section, by index.
pub fn progress(index: usize, locale: Locale) -> String {
    UI.progress.fill(locale, &[("n", &decimal(index + 1)), ("total", &decimal(SECTIONS.len()))])
}

/// A count in decimal digits, without `core::fmt` (whose code would cost wasm bytes for this one use).
fn decimal(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| d as char).collect()
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
