use yew::prelude::*;

use super::{on_click, Dispatch};
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

/// The top of the widget, in either mode: the name (with the mode's, if any), then the bar of buttons: the language
/// switch, the mode's own buttons, "Leave quickly" when the embed asked for it, and `below` them what a button asks
/// (counsellor mode's confirmation of New client), on screen wherever the button was pressed. Only the bar stays on
/// screen as the page scrolls (where it fits: see `.joc-bar` in the CSS), so the name is outside it.
pub fn top_bar(
    locale: Locale,
    mode: Option<&'static str>,
    buttons: Html,
    below: Html,
    quick_exit: bool,
    dispatch: &Dispatch,
) -> Html {
    let other = locale.other();
    let switch = on_click(dispatch, Action::SetLocale(other));
    html! {
        <>
            <p class="joc-brand">
                { UI.widget_title.get(locale) }
                if let Some(mode) = mode {
                    { " · " }{ mode }
                }
            </p>
            <div class="joc-bar">
                <button type="button" class="joc-lang" lang={other.tag()} dir={other.direction()} onclick={switch}>
                    { UI.switch_language.get(locale) }
                </button>
                { buttons }
                { quick_exit_button(quick_exit, locale, dispatch) }
                { below }
            </div>
        </>
    }
}

/// "Leave quickly": clears the answers; the loader, which knows the neutral site, leaves the page (its button carries the
/// same `data-joc-action` as the static first screen's, src/handover.rs).
fn quick_exit_button(shown: bool, locale: Locale, dispatch: &Dispatch) -> Html {
    if !shown {
        return Html::default();
    }
    html! {
        <button type="button" class="joc-exit" data-joc-action="exit" onclick={on_click(dispatch, Action::StartAgain)}>
            { UI.quick_exit.get(locale) }
        </button>
    }
}
