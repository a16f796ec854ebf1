use yew::prelude::*;

use crate::questionnaire::{Locale, UI};

/// The buttons under a screen: the main one (submitting the form when `main` is `None`), then Back. One function for
/// every screen, so its markup is compiled once.
pub fn actions(
    locale: Locale,
    label: &'static str,
    main: Option<Callback<MouseEvent>>,
    back: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="joc-actions">
            <button type={if main.is_some() { "button" } else { "submit" }} class="joc-button joc-primary" onclick={main}>
                { label }
            </button>
            <button type="button" class="joc-button joc-secondary" onclick={back}>{ UI.back_button.get(locale) }</button>
        </div>
    }
}
