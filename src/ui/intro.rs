use yew::prelude::*;

use super::Dispatch;
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

/// Properties of [`Intro`].
#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// The language shown.
    pub locale: Locale,
    /// How the component asks the wizard to change.
    pub dispatch: Dispatch,
    /// The heading that receives focus when the step changes.
    pub heading: NodeRef,
}

/// The opening screen: what the check does and the privacy promise.
#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let locale = props.locale;
    let start = props.dispatch.reform(|_| Action::Start);
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={props.heading.clone()}>{ UI.intro_title.get(locale) }</h2>
            <p>{ UI.intro_body.get(locale) }</p>
            <p class="joc-privacy">{ UI.privacy.get(locale) }</p>
            <div class="joc-actions">
                <button type="button" class="joc-button joc-primary" onclick={start}>{ UI.start.get(locale) }</button>
            </div>
        </div>
    }
}
