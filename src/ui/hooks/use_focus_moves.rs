use yew::prelude::*;

use crate::state::Step;

/// Where focus goes as the person moves: to the new screen's heading when the step changes, and to the error summary
/// when it appears; but not on the first render, as an embedded widget must not pull focus (and scroll) away from the
/// host page as it loads. Returns the refs for the heading and the summary. (One hook for both: each hook instance
/// costs the visitor's wasm about half a kilobyte.)
#[hook]
pub fn use_focus_moves(step: Step, errors: bool) -> (NodeRef, NodeRef) {
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
        });
    }
    (heading, summary)
}
