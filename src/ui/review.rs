use yew::prelude::*;

use super::actions::actions;
use super::icons::icon;
use super::Dispatch;
use crate::assessment::Answers;
use crate::labels::answer_label;
use crate::questionnaire::{Locale, SECTIONS, UI};
use crate::state::Action;

/// "Check your answers": every answer by section, each section with a Change button. `heading` receives focus when
/// the step changes.
pub fn review(locale: Locale, answers: &Answers, dispatch: &Dispatch, heading: &NodeRef) -> Html {
    let submit = dispatch.reform(|_| Action::Continue);
    let back = dispatch.reform(|_| Action::Back);
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={heading.clone()}>{ UI.review_title.get(locale) }</h2>
            { for SECTIONS.iter().enumerate().map(|(index, section)| html! {
                <div class="joc-review-section">
                    <div class="joc-review-head">
                        <h3 class="joc-with-icon">{ icon(section.icon) }{ section.title.get(locale) }</h3>
                        <button type="button" class="joc-link" onclick={dispatch.reform(move |_| Action::Change(index))}>
                            { UI.review_change.get(locale) }
                            <span class="joc-visually-hidden">{ " " }{ section.title.get(locale) }</span>
                        </button>
                    </div>
                    <dl class="joc-summary">
                        { for section.questions.iter().map(|q| html! {
                            <div class="joc-summary-row">
                                <dt>{ q.text.get(locale) }</dt>
                                <dd>{ answers.get(q).map(|a| answer_label(a, locale)).unwrap_or("–") }</dd>
                            </div>
                        }) }
                    </dl>
                </div>
            }) }
            { actions(locale, UI.review_submit.get(locale), Some(submit), back) }
        </div>
    }
}
