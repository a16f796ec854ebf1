use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use super::actions::actions;
use super::findings::{find_out_list, sign_list, step_list, verdict_box, VerdictName};
use super::services::service_list;
use super::{on_click, Dispatch};
use crate::assessment::Assessment;
use crate::labels::{verdict_label, verdict_meaning};
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

/// The result, most urgent first: the verdict with the one thing to do now and the numbers to call, then the signs
/// found (what to do, and why one tap away), the steps before paying or travelling, the things to find out, and every
/// service that fits (with `centre` listed first). The verdict is the page's heading, which receives focus when the
/// step changes: the first thing read is what the answers show.
pub fn result_page(
    locale: Locale,
    a: &Assessment,
    centre: Option<&str>,
    voice: Option<&SpeechSynthesisVoice>,
    dispatch: &Dispatch,
    heading: &NodeRef,
) -> Html {
    let again = on_click(dispatch, Action::StartAgain);
    let back = on_click(dispatch, Action::Back);
    html! {
        <div class="joc-page">
            { verdict_box(locale, a, VerdictName::Heading(heading)) }
            { super::read_aloud::read_aloud(locale, voice, || read_text(a, locale)) }
            <h3>{ UI.signs_title.get(locale) }</h3>
            if a.signs.is_empty() {
                <p>{ UI.no_signs.get(locale) }</p>
            } else {
                { sign_list(locale, &a.signs) }
            }
            { step_list(locale, &a.steps) }
            { find_out_list(locale, &a.unknowns, true) }
            <h3>{ UI.services_title.get(locale) }</h3>
            { service_list(locale, &a.services, centre) }
            { actions(locale, UI.start_again.get(locale), Some(again), back) }
        </div>
    }
}

/// What "Read aloud" says on the result: the verdict, then each sign with what to do.
fn read_text(a: &Assessment, locale: Locale) -> String {
    let mut text = [verdict_label(a.verdict, locale), ". ", verdict_meaning(a.verdict).get(locale)].concat();
    for s in &a.signs {
        for part in [s.title.get(locale), s.todo.get(locale)] {
            text += "\n";
            text += part;
        }
    }
    text
}
