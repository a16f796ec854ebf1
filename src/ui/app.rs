use yew::prelude::*;

use super::hooks::use_focus_on_change;
use super::intro::Intro;
use super::result::ResultPage;
use super::review::Review;
use super::section::SectionPage;
use crate::assessment::assess;
use crate::questionnaire::{Locale, SECTIONS, UI};
use crate::state::{State, Step};

/// How the widget is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// One section at a time, for visitors on partner pages.
    #[default]
    Embedded,
    /// Everything at once, both languages, for counsellors with a client.
    Counsellor,
}

/// Properties of [`Root`].
#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The language to start in.
    pub locale: Locale,
    /// Where "Leave quickly" goes, or `None` for no such button.
    #[prop_or_default]
    pub quick_exit: Option<AttrValue>,
    /// Embedded or counsellor.
    #[prop_or_default]
    pub mode: Mode,
    /// The MRC centre to list first (`islamabad`, `lahore`, `peshawar`).
    #[prop_or_default]
    pub centre: Option<AttrValue>,
    /// Where the static first screen left off (see [`State::resumed`]).
    #[prop_or_default]
    pub resume: Option<AttrValue>,
}

/// Embed options that deep components read from context rather than through every layer of props.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The centre id to list first, if the embed chose one.
    pub centre: Option<AttrValue>,
}

/// What the embed mounts: the visitor's wizard or the counsellor's view.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let (locale, quick_exit) = (props.locale, props.quick_exit.clone());
    let options = Options { centre: props.centre.clone() };
    html! {
        <ContextProvider<Options> context={options}>
            if props.mode == Mode::Counsellor {
                <super::counsellor::CounsellorApp {locale} {quick_exit} />
            } else {
                <App {locale} {quick_exit} resume={props.resume.clone()} />
            }
        </ContextProvider<Options>>
    }
}

/// Properties of the widget.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in.
    pub locale: Locale,
    /// Where "Leave quickly" goes (a neutral site), or `None` for no such button.
    #[prop_or_default]
    pub quick_exit: Option<AttrValue>,
    /// Where the static first screen left off, if the person started there.
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
    let locale = state.locale;
    let other = locale.other();

    let (status, body) = match state.step {
        Step::Intro => {
            (String::new(), html! { <Intro {locale} dispatch={dispatch.clone()} heading={heading.clone()} /> })
        }
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
