//! The wasm door: the loader (`www/job-offer-check.js`) creates the shadow root and its stylesheet, then calls
//! [`mount`] with an element inside it. Nothing here reads answers or touches the host page.

use wasm_bindgen::prelude::*;
use yew::{AttrValue, Callback};

use std::cell::RefCell;
use std::rc::Rc;

use crate::questionnaire::Locale;
use crate::state::{Action, Step};
use crate::ui::{App, MovesLink, WidgetProps};

// The widget runs on one thread and allocates little; this allocator is a fraction of the default's size.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without atomics has one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// A mounted widget; `destroy()` unmounts it and drops its state.
#[wasm_bindgen]
pub struct Widget {
    destroy: Option<Box<dyn FnOnce()>>,
    show: Option<Rc<RefCell<Option<Callback<Action>>>>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget; its answers are dropped with it.
    pub fn destroy(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
    }

    /// Shows the step whose code a history entry holds (Back or Forward; see [`crate::state::Step::code`]); the
    /// widget refuses a step its answers no longer reach.
    pub fn show(&self, code: u32) {
        let dispatch = self.show.as_ref().and_then(|show| show.borrow().clone());
        if let (Some(step), Some(dispatch)) = (Step::from_code(code), dispatch) {
            dispatch.emit(Action::Show(step));
        }
    }
}

/// Renders the visitor's wizard into `root` (an element inside the host's shadow root) in the language `lang` (`en` or
/// `ur`; anything else falls back to English, and the loader warns about it). `quick_exit` shows "Leave quickly" (the
/// loader leaves when it is pressed). `centre` is the MRC centre to list first (checked by the loader). `resume`
/// carries what the person did on the static first screen before the wasm was ready. `moved`, unless the embed turned
/// history off, is the loader's function that hears of each step, for Back and Forward (see [`Widget::show`]).
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    lang: &str,
    quick_exit: bool,
    centre: Option<String>,
    resume: Option<String>,
    moved: Option<js_sys::Function>,
) -> Widget {
    let moves = moved.map(|moved| MovesLink { moved, show: Rc::default() });
    let show = moves.as_ref().map(|link| link.show.clone());
    let mut widget = render::<App>(root, WidgetProps { moves, ..props(lang, quick_exit, centre, resume) });
    widget.show = show;
    widget
}

/// Renders counsellor mode into `root`, with the same arguments as [`mount`] but no `resume` (counsellor mode has no
/// static first screen) and no `moved` (it is one page). Only with the `counsellor` feature: the visitor's wasm is built without it (scripts/build), so
/// partner pages do not download counsellor mode.
#[cfg(feature = "counsellor")]
#[wasm_bindgen]
pub fn mount_counsellor(root: web_sys::Element, lang: &str, quick_exit: bool, centre: Option<String>) -> Widget {
    render::<crate::ui::CounsellorApp>(root, props(lang, quick_exit, centre, None))
}

/// The widget's properties from the loader's (already checked) options.
fn props(lang: &str, quick_exit: bool, centre: Option<String>, resume: Option<String>) -> WidgetProps {
    WidgetProps {
        locale: Locale::from_tag(lang).unwrap_or_default(),
        quick_exit,
        centre: centre.map(AttrValue::from),
        resume: resume.map(AttrValue::from),
        moves: None,
    }
}

/// Mounts the root component `C` into `root`.
fn render<C: yew::BaseComponent<Properties = WidgetProps>>(root: web_sys::Element, props: WidgetProps) -> Widget {
    quiet_panics();
    let app = yew::Renderer::<C>::with_root_and_props(root, props).render();
    Widget { destroy: Some(Box::new(move || app.destroy())), show: None }
}

/// Yew would otherwise install console_error_panic_hook, and its formatting code, for the whole module. The release
/// wasm's panics stop at once without reaching any hook (scripts/build); debug builds keep yew's.
fn quiet_panics() {
    #[cfg(not(debug_assertions))]
    yew::set_custom_panic_hook(Box::new(|_| {
        web_sys::console::error_1(&JsValue::from_str("job-offer-check: internal error"));
    }));
}
