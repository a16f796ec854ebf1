//! The widget's yew components: a thin layer over [`crate::state`]. Components render and dispatch actions; they hold
//! no scoring policy and never compute a band themselves. Words for the vocabulary's values come from
//! [`crate::labels`], pictograms from [`crate::pictograms`].

mod actions;
mod app;
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
pub use props::WidgetProps;

use yew::Callback;

use crate::state::Action;

/// How components ask the wizard to change.
pub type Dispatch = Callback<Action>;
