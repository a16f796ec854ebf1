use yew::prelude::*;

use crate::state::Step;

/// What follows a move: focus goes to the new screen's heading when the step changes (brought into view clear of the
/// bar), and to the error summary when it appears, but not on the first render, as an embedded widget must not pull
/// focus (and scroll) away from the host page as it loads; and `report`, the loader's history, hears of each step,
/// the first included. Returns the refs for the heading and the summary. (One hook for all: each hook instance costs
/// the visitor's wasm about half a kilobyte.)
#[hook]
pub fn use_focus_moves(step: Step, errors: bool, report: Option<js_sys::Function>) -> (NodeRef, NodeRef) {
    let heading = use_node_ref();
    let summary = use_node_ref();
    let last = use_mut_ref(|| None::<Step>);
    {
        let (heading, summary) = (heading.clone(), summary.clone());
        use_effect_with((step, errors), move |(step, errors)| {
            if let Some(report) = report {
                let _ = report.call1(&wasm_bindgen::JsValue::NULL, &step.code().into());
            }
            let before = last.borrow_mut().replace(*step);
            let target = match before {
                None => None,
                Some(_) if *errors => summary.cast::<web_sys::HtmlElement>(),
                Some(before) if before != *step => heading.cast::<web_sys::HtmlElement>(),
                Some(_) => None,
            };
            if let Some(element) = target {
                bring_into_view(&element);
                let _ = element.focus();
            }
        });
    }
    (heading, summary)
}

/// Scrolls `element` into view, clear of the sticky bar (its `scroll-margin` in the CSS), unless it already shows
/// below the bar: after Continue at the foot of a long screen the new heading is far above; focus alone would scroll it
/// only to the viewport's edge, under the bar.
fn bring_into_view(element: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else { return };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = element.get_bounding_client_rect().top();
    if !(CLEAR_OF_BAR..height / 2.0).contains(&top) {
        element.scroll_into_view();
    }
}

/// How far below the viewport's top a heading shows clear of the sticky bar: its scroll-margin in the CSS.
const CLEAR_OF_BAR: f64 = 84.0;
