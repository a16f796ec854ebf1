//! Pieces of the result that the result page, counsellor mode's running list and the printed summary share.

use yew::prelude::*;

use crate::labels::severity_label;
use crate::questionnaire::{Locale, Question, Severity, UI};

/// A sign's severity: pictogram and word.
pub fn severity_badge(severity: Severity, locale: Locale) -> Html {
    html! { <p class="joc-severity">{ super::icons::severity_icon(severity) }{ severity_label(severity, locale) }</p> }
}

/// The things to find out, under their heading; nothing when there are none.
pub fn find_out_list(locale: Locale, questions: &[&'static Question]) -> Html {
    if questions.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ UI.find_out_title.get(locale) }</h3>
            <ul class="joc-find-out">
                { for questions.iter().map(|q| html! { <li data-find-out={q.id}>{ q.find_out.get(locale) }</li> }) }
            </ul>
        </>
    }
}
