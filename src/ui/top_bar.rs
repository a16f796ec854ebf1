use yew::prelude::*;

use super::{on_click, Dispatch};
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

/// The bar at the top of the widget, in either mode: the name (with the mode's, if any), the language switch, the
/// mode's own buttons, and "Leave quickly" when the embed asked for it.
pub fn top_bar(
    locale: Locale,
    mode: Option<&'static str>,
    buttons: Html,
    quick_exit: Option<AttrValue>,
    dispatch: &Dispatch,
) -> Html {
    let other = locale.other();
    let switch = on_click(dispatch, Action::SetLocale(other));
    html! {
        <div class="joc-bar">
            <span class="joc-brand">
                { UI.widget_title.get(locale) }
                if let Some(mode) = mode {
                    { " · " }{ mode }
                }
            </span>
            <span class="joc-bar-actions">
                <button type="button" class="joc-lang" lang={other.tag()} dir={other.direction()} onclick={switch}>
                    { UI.switch_language.get(locale) }
                </button>
                { buttons }
                { quick_exit_button(quick_exit, locale, dispatch) }
            </span>
        </div>
    }
}

/// "Leave quickly": clears the answers, then leaves for the neutral site.
fn quick_exit_button(url: Option<AttrValue>, locale: Locale, dispatch: &Dispatch) -> Html {
    let Some(url) = url else { return Html::default() };
    let dispatch = dispatch.clone();
    let leave = Callback::from(move |_| {
        dispatch.emit(Action::StartAgain);
        leave_for(&url);
    });
    html! { <button type="button" class="joc-exit" onclick={leave}>{ UI.quick_exit.get(locale) }</button> }
}

/// Replaces the whole page (the top page when the widget runs in a frame), without adding to its history, with a
/// neutral site.
fn leave_for(url: &str) {
    if let Some(window) = web_sys::window() {
        let top = window.top().ok().flatten().unwrap_or(window);
        let _ = top.location().replace(url);
    }
}
