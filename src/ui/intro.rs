use yew::prelude::*;

use super::read_aloud::read_aloud;
use super::{on_click, Dispatch};
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

/// The opening screen: what the check does and the privacy promise. `heading` receives focus when the step changes.
pub fn intro(locale: Locale, dispatch: &Dispatch, heading: &NodeRef) -> Html {
    let start = on_click(dispatch, Action::Start);
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={heading.clone()}>{ UI.intro_title.get(locale) }</h2>
            { read_aloud() }
            <p>{ UI.intro_body.get(locale) }</p>
            <p class="joc-privacy">{ UI.privacy.get(locale) }</p>
            <div class="joc-actions">
                <button type="button" class="joc-button joc-primary" onclick={start}>{ UI.start.get(locale) }</button>
            </div>
        </div>
    }
}
