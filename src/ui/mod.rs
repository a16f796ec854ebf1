//! The widget's yew components: a thin layer over [`crate::state`]. Components render and dispatch actions; they hold
//! no scoring policy and never compute a band themselves. Words for the vocabulary's values come from
//! [`crate::labels`], pictograms from [`crate::pictograms`].

mod actions;
mod app;
mod choice;
#[cfg(feature = "counsellor")]
mod counsellor;
mod findings;
mod focus;
mod hooks;
mod icons;
mod intro;
mod props;
mod question;
mod read_aloud;
mod result;
mod review;
mod section;
mod services;
#[cfg(feature = "counsellor")]
mod summary;
mod top_bar;

pub use app::App;
#[cfg(feature = "counsellor")]
pub use counsellor::CounsellorApp;
pub use props::{MovesLink, WidgetProps};

use yew::{Callback, Event, MouseEvent};

use crate::state::Action;

/// How components ask the wizard to change.
pub type Dispatch = Callback<Action>;

// Size notes for the views, which ship in the visitor's wasm: a click or a change dispatches through `on_click` and
// `on_change` below rather than a closure of its own (`dispatch.reform(|_| …)` instantiates yew's callback code for
// each closure); lists are built with loops into a `Vec<Html>` rather than `{ for … }` (which instantiates yew's
// collecting code for each iterator type). About 100 bytes of wasm each.

/// A click handler that dispatches `action`.
pub fn on_click(dispatch: &Dispatch, action: Action) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action))
}

/// Views side by side, as one (see the size notes above).
pub fn list(items: Vec<yew::Html>) -> yew::Html {
    yew::virtual_dom::VList::with_children(items, None).into()
}

/// A change handler that dispatches `action`.
pub fn on_change(dispatch: &Dispatch, action: Action) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(action))
}
