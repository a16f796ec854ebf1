use yew::prelude::*;

use super::hooks::use_focus_on_change;
use super::intro::Intro;
use super::result::ResultPage;
use super::review::Review;
use super::section::SectionPage;
use crate::assessment::assess;
use crate::questionnaire::{Locale, SECTIONS, UI};
use crate::state::{State, Step};

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in.
    pub locale: Locale,
}

/// The whole widget: header with the language switch, a live status line, and the current step.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = props.locale;
    let state = use_reducer(move || State::new(locale));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let heading = use_focus_on_change(state.step);
    let locale = state.locale;
    let other = locale.other();

    let (status, body) = match state.step {
        Step::Intro => (String::new(), html! { <Intro {locale} dispatch={dispatch.clone()} heading={heading.clone()} /> }),
        Step::Section(index) => (
            UI.progress.fill(locale, &[("n", &(index + 1).to_string()), ("total", &SECTIONS.len().to_string())]),
            html! {
                <SectionPage {locale} {index} answers={state.answers.clone()} unanswered={
                    if state.show_errors { state.unanswered() } else { Vec::new() }
                } dispatch={dispatch.clone()} heading={heading.clone()} />
            },
        ),
        Step::Review => (
            String::new(),
            html! { <Review {locale} answers={state.answers.clone()} dispatch={dispatch.clone()} heading={heading.clone()} /> },
        ),
        Step::Result => {
            let assessment = assess(&state.answers);
            let band = super::result::band_label(assessment.band, locale).to_string();
            (band, html! { <ResultPage {locale} {assessment} dispatch={dispatch.clone()} heading={heading.clone()} /> })
        }
    };
    let switch = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(crate::state::Action::SetLocale(other)))
    };

    html! {
        <div class="joc" lang={locale.tag()} dir={locale.direction()}>
            <div class="joc-bar">
                <span class="joc-brand">{ UI.widget_title.get(locale) }</span>
                <button type="button" class="joc-lang" lang={other.tag()} dir={other.direction()} onclick={switch}>
                    { UI.switch_language.get(locale) }
                </button>
            </div>
            <p class="joc-status" role="status" aria-live="polite">{ status }</p>
            { body }
        </div>
    }
}
