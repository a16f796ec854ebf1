use yew::prelude::*;

use super::actions::actions;
use super::findings::{find_out_list, sign_list, step_list, verdict_box, VerdictName};
use super::read_aloud::read_aloud;
use super::services::service_list;
use super::{on_click, Dispatch};
use crate::assessment::Assessment;
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
    dispatch: &Dispatch,
    heading: &NodeRef,
) -> Html {
    let again = on_click(dispatch, Action::StartAgain);
    let back = on_click(dispatch, Action::Back);
    html! {
        <div class="joc-page">
            { verdict_box(locale, a, VerdictName::Heading(heading)) }
            { read_aloud() }
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
