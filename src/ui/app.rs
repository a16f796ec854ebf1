use yew::prelude::*;

use super::hooks::{use_focus_on_change, use_local_voice};
use super::intro::intro;
use super::result::result_page;
use super::review::review;
use super::section::{section_page, SectionView};
use crate::assessment::assess;
use crate::questionnaire::{Locale, UI};
use crate::state::{State, Step};

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in.
    pub locale: Locale,
    /// Where "Leave quickly" goes (a neutral site), or `None` for no such button.
    #[prop_or_default]
    pub quick_exit: Option<AttrValue>,
    /// The MRC centre to list first (`islamabad`, `lahore`, `peshawar`), as checked by the loader.
    #[prop_or_default]
    pub centre: Option<AttrValue>,
    /// Where the static first screen left off, if the person started there (see [`State::resumed`]).
    #[prop_or_default]
    pub resume: Option<AttrValue>,
}

/// The whole widget: header with the language switch, a live status line, and the current step.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = props.locale;
    let resume = props.resume.clone();
    let state = use_reducer(move || match resume {
        Some(resume) => State::resumed(locale, &resume),
        None => State::new(locale),
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let heading = use_focus_on_change(state.step);
    let unanswered = if state.show_errors { state.unanswered() } else { Vec::new() };
    let summary = use_focus_on_change(unanswered.is_empty());
    let locale = state.locale;
    let other = locale.other();
    let voice = use_local_voice(locale);

    let (status, body) = match state.step {
        Step::Intro => (String::new(), intro(locale, &dispatch, &heading)),
        Step::Section(index) => {
            let progress = super::progress(index, locale);
            let page = section_page(
                SectionView {
                    locale,
                    index,
                    progress: &progress,
                    answers: &state.answers,
                    unanswered: &unanswered,
                    heading: &heading,
                    summary: &summary,
                    voice: voice.as_ref(),
                },
                &dispatch,
            );
            (progress, page)
        }
        Step::Review => (String::new(), review(locale, &state.answers, &dispatch, &heading)),
        Step::Result => {
            let assessment = assess(&state.answers);
            let band = super::result::band_label(assessment.band, locale).to_string();
            (band, result_page(locale, &assessment, props.centre.as_deref(), voice.as_ref(), &dispatch, &heading))
        }
    };
    let switch = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(crate::state::Action::SetLocale(other)))
    };
    let quick_exit = quick_exit_button(props.quick_exit.clone(), locale, &dispatch);

    html! {
        <div class="joc" lang={locale.tag()} dir={locale.direction()}>
            <div class="joc-bar">
                <span class="joc-brand">{ UI.widget_title.get(locale) }</span>
                <span class="joc-bar-actions">
                    <button type="button" class="joc-lang" lang={other.tag()} dir={other.direction()} onclick={switch}>
                        { UI.switch_language.get(locale) }
                    </button>
                    { quick_exit }
                </span>
            </div>
            <p class="joc-status" role="status" aria-live="polite">{ status }</p>
            { body }
        </div>
    }
}

/// "Leave quickly", when the embed asked for it: clears the answers, then leaves for the neutral site.
pub fn quick_exit_button(url: Option<AttrValue>, locale: Locale, dispatch: &Callback<crate::state::Action>) -> Html {
    let Some(url) = url else { return Html::default() };
    let dispatch = dispatch.clone();
    let leave = Callback::from(move |_| {
        dispatch.emit(crate::state::Action::StartAgain);
        leave_for(&url);
    });
    html! { <button type="button" class="joc-exit" onclick={leave}>{ UI.quick_exit.get(locale) }</button> }
}

/// Replaces the whole page (the top page when the widget runs in a frame), without adding to its history, with a
/// neutral site.
fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        let top = window.top().ok().flatten().unwrap_or(window);
        let _ = top.location().replace(url);
    }
}
