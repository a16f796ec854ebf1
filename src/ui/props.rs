use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::questionnaire::Locale;
use crate::state::Action;

/// Properties of the widget, in either mode (the embed door builds them from the loader's checked options).
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The language to start in.
    pub locale: Locale,
    /// Whether to show "Leave quickly" (the loader, which knows the neutral site, leaves when it is pressed).
    #[prop_or_default]
    pub quick_exit: bool,
    /// The MRC centre to list first (`islamabad`, `lahore`, `peshawar`), as checked by the loader.
    #[prop_or_default]
    pub centre: Option<AttrValue>,
    /// Where the static first screen left off, if the person started there (see [`crate::state::State::resumed`]);
    /// counsellor mode has no first screen.
    #[prop_or_default]
    pub resume: Option<AttrValue>,
    /// The loader's side of the browser's history, unless the embed turned it off (counsellor mode is one page).
    #[prop_or_default]
    pub moves: Option<MovesLink>,
}

/// How the widget and the loader's history (`www/widget/history.js`) talk: the widget tells it each step the person
/// moves to, as [`crate::state::Step::code`]; Back and Forward come back through `show`, which the widget fills with
/// its dispatcher.
#[derive(Clone, PartialEq)]
pub struct MovesLink {
    /// The loader's function, called with the step's code.
    pub moved: js_sys::Function,
    /// The widget's dispatcher, once it has rendered.
    pub show: Rc<RefCell<Option<Callback<Action>>>>,
}
