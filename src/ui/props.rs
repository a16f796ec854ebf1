use yew::prelude::*;

use crate::questionnaire::Locale;

/// Properties of the widget, in either mode (the embed door builds them from the loader's checked options).
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The language to start in.
    pub locale: Locale,
    /// Where "Leave quickly" goes (a neutral site), or `None` for no such button.
    #[prop_or_default]
    pub quick_exit: Option<AttrValue>,
    /// The MRC centre to list first (`islamabad`, `lahore`, `peshawar`), as checked by the loader.
    #[prop_or_default]
    pub centre: Option<AttrValue>,
    /// Where the static first screen left off, if the person started there (see [`crate::state::State::resumed`]);
    /// counsellor mode has no first screen.
    #[prop_or_default]
    pub resume: Option<AttrValue>,
}
