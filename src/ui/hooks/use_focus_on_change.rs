use yew::prelude::*;

/// A ref whose element receives focus whenever `key` changes, but not on the first render: an embedded widget must
/// not pull focus (and scroll) away from the host page as it loads.
#[hook]
pub fn use_focus_on_change<K: PartialEq + Clone + 'static>(key: K) -> NodeRef {
    let node = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let node = node.clone();
        use_effect_with(key, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    node
}
