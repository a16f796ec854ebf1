use yew::prelude::*;

use super::hooks::use_focus_moves;
use super::intro::intro;
use super::result::result_page;
use super::review::review;
use super::section::{section_page, Screen, SectionView};
use super::top_bar::top_bar;
use super::WidgetProps;
use crate::assessment::assess;
use crate::labels::{progress, verdict_label};
use crate::questionnaire::UI;
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
    let missing = if state.show_errors { state.missing() } else { Vec::new() };
    if let Some(moves) = &props.moves {
        moves.show.replace(Some(dispatch.clone()));
    }
    let moved = props.moves.as_ref().map(|m| m.moved.clone());
    let (heading, summary) = use_focus_moves(state.step, !missing.is_empty(), moved);
    let locale = state.locale;

    let page = |screen: Screen, caption: String| {
        let body = section_page(
            SectionView {
                locale,
                screen,
                caption: &caption,
                answers: &state.answers,
                missing: &missing,
                heading: &heading,
                summary: &summary,
            },
            &dispatch,
        );
        (caption, body)
    };
    let (status, body) = match state.step {
        Step::Intro => (String::new(), intro(locale, &dispatch, &heading)),
        Step::About => page(Screen::About, UI.about_caption.get(locale).into()),
        Step::Section(index) => {
            let sections = state.sections();
            let position = sections.iter().position(|i| *i == index).unwrap_or_default();
            page(Screen::Section(index), progress(position, sections.len(), locale))
        }
        Step::Review => (String::new(), review(&state, &dispatch, &heading)),
        Step::Result => {
            let assessment = assess(&state.answers);
            let verdict = verdict_label(assessment.verdict, locale).to_string();
            (verdict, result_page(locale, &assessment, props.centre.as_deref(), &dispatch, &heading))
        }
    };

    html! {
        <div class="joc" lang={locale.tag()} dir={locale.direction()}>
            { top_bar(locale, None, Html::default(), Html::default(), props.quick_exit, &dispatch) }
            <p class="joc-status" role="status" aria-live="polite">{ status }</p>
            { body }
        </div>
    }
}
