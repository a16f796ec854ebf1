//! The wasm door: the loader (`www/job-offer-check.js`) creates the shadow root and its stylesheet, then calls
//! [`mount`] with an element inside it. Nothing here reads answers or touches the host page.

use wasm_bindgen::prelude::*;

use crate::questionnaire::Locale;
use crate::ui::{Mode, Root, RootProps};

/// A mounted widget; `destroy()` unmounts it and drops its state.
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<Root>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget; its answers are dropped with it.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Renders the widget into `root` (an element inside the host's shadow root) in the language `lang` (`en` or `ur`;
/// anything else falls back to English, and the loader warns about it). `quick_exit` is the neutral page that
/// "Leave quickly" opens, already checked by the loader, or `None` for no such button. `counsellor` shows the
/// counsellor's view instead of the visitor's wizard. `centre` is the MRC centre to list first (checked by the loader).
/// `resume` carries what the person did on the static first screen before the wasm was ready.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    lang: &str,
    quick_exit: Option<String>,
    counsellor: bool,
    centre: Option<String>,
    resume: Option<String>,
) -> Widget {
    // Yew would otherwise install console_error_panic_hook for the whole module; keep the message ours.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(
            &["job-offer-check: internal error: ", &info.to_string()].concat(),
        ));
    }));
    let locale = Locale::from_tag(lang).unwrap_or_default();
    let mode = if counsellor { Mode::Counsellor } else { Mode::Embedded };
    let props = RootProps {
        locale,
        quick_exit: quick_exit.map(Into::into),
        mode,
        centre: centre.map(Into::into),
        resume: resume.map(Into::into),
    };
    Widget { app: Some(yew::Renderer::<Root>::with_root_and_props(root, props).render()) }
}
