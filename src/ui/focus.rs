/// Moves focus (and, with `scroll`, the view) to the element matching `selector` in the same widget as the event's
/// target; found from the target so it works inside a shadow root and with several widgets on a page.
pub fn focus_in_widget(event: &yew::MouseEvent, selector: &str, scroll: bool) {
    use yew::TargetCast;
    let target = event
        .target_dyn_into::<web_sys::Element>()
        .and_then(|el| el.closest(".joc").ok().flatten())
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(element) = target {
        if scroll {
            element.scroll_into_view();
        }
        let _ = element.focus();
    }
}
