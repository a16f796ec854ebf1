use yew::prelude::*;

use super::hooks::{use_focus_on_change, use_local_voice};
use super::intro::intro;
use super::result::result_page;
use super::review::review;
use super::section::{section_page, SectionView};
use super::top_bar::top_bar;
use super::WidgetProps;
use crate::assessment::assess;
use crate::labels::{band_label, progress};
use crate::state::{State, Step};

/// The whole widget: header with the language switch, a live status line, and the current step.
#[component]
pub fn App(props: &WidgetProps) -> Html {
    let locale = props.locale;
    let resume = props.resume.clone();
    let state = use_reducer(move || match resume {
        Some(resume) => State::resumed(locale, &resume),
        None => State::new(locale),
    });
    let dispatch = state.dispatcher().to_callback();
    let heading = use_focus_on_change(state.step);
    let unanswered = if state.show_errors { state.unanswered() } else { Vec::new() };
    let summary = use_focus_on_change(unanswered.is_empty());
    let locale = state.locale;
    let voice = use_local_voice(locale);

    let (status, body) = match state.step {
        Step::Intro => (String::new(), intro(locale, &dispatch, &heading)),
        Step::Section(index) => {
            let progress = progress(index, locale);
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
            let band = band_label(assessment.band, locale).to_string();
            (band, result_page(locale, &assessment, props.centre.as_deref(), voice.as_ref(), &dispatch, &heading))
        }
    };

    html! {
        <div class="joc" lang={locale.tag()} dir={locale.direction()}>
            { top_bar(locale, None, Html::default(), props.quick_exit.clone(), &dispatch) }
            <p class="joc-status" role="status" aria-live="polite">{ status }</p>
            { body }
        </div>
    }
}
