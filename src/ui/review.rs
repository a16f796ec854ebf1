use yew::prelude::*;

use super::{answer_label, Dispatch};
use crate::assessment::Answers;
use crate::questionnaire::{Locale, SECTIONS, UI};
use crate::state::Action;

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The language shown.
    pub locale: Locale,
    /// The answers so far, keyed by question id.
    pub answers: Answers,
    /// How the component asks the wizard to change.
    pub dispatch: Dispatch,
    /// The heading that receives focus when the step changes.
    pub heading: NodeRef,
}

/// "Check your answers": every answer by section, each section with a Change button.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let locale = props.locale;
    let submit = props.dispatch.reform(|_| Action::Continue);
    let back = props.dispatch.reform(|_| Action::Back);
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={props.heading.clone()}>{ UI.review_title.get(locale) }</h2>
            { for SECTIONS.iter().enumerate().map(|(index, section)| html! {
                <div class="joc-review-section">
                    <div class="joc-review-head">
                        <h3 class="joc-with-icon">{ super::icons::section_icon(section.icon) }{ section.title.get(locale) }</h3>
                        <button type="button" class="joc-link" onclick={props.dispatch.reform(move |_| Action::Change(index))}>
                            { UI.review_change.get(locale) }
                            <span class="joc-visually-hidden">{ " " }{ section.title.get(locale) }</span>
                        </button>
                    </div>
                    <dl class="joc-summary">
                        { for section.questions.iter().map(|q| html! {
                            <div class="joc-summary-row">
                                <dt>{ q.text.get(locale) }</dt>
                                <dd>{ props.answers.get(q).map(|a| answer_label(a, locale)).unwrap_or("–") }</dd>
                            </div>
                        }) }
                    </dl>
                </div>
            }) }
            <div class="joc-actions">
                <button type="button" class="joc-button joc-primary" onclick={submit}>{ UI.review_submit.get(locale) }</button>
                <button type="button" class="joc-button joc-secondary" onclick={back}>{ UI.back_button.get(locale) }</button>
            </div>
        </div>
    }
}
