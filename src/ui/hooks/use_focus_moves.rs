use yew::prelude::*;

use crate::state::Step;

/// What follows a move: focus goes to the new screen's heading when the step changes, and to the error summary when
/// it appears, but not on the first render, as an embedded widget must not pull focus (and scroll) away from the host
/// page as it loads (focus scrolls it into view clear of the sticky bar: its `scroll-margin` in the CSS); then `moved`,
/// the loader's history, hears of the step, the first included. Returns the refs for the heading and the summary. (One hook for all: each hook instance costs the visitor's wasm about half a kilobyte.)
#[hook]
pub fn use_focus_moves(step: Step, errors: bool, moved: Option<js_sys::Function>) -> (NodeRef, NodeRef) {
    let heading = use_node_ref();
    let summary = use_node_ref();
    let last = use_mut_ref(|| None::<Step>);
    {
        let (heading, summary) = (heading.clone(), summary.clone());
        use_effect_with((step, errors), move |(step, errors)| {
            let before = last.borrow_mut().replace(*step);
            let target = match before {
                None => None,
                Some(_) if *errors => summary.cast::<web_sys::HtmlElement>(),
                Some(before) if before != *step => heading.cast::<web_sys::HtmlElement>(),
                Some(_) => None,
            };
            if let Some(element) = target {
                let _ = element.focus();
            }
            if let Some(moved) = moved {
                let _ = moved.call1(&wasm_bindgen::JsValue::NULL, &step.code().into());
            }
        });
    }
    (heading, summary)
}
