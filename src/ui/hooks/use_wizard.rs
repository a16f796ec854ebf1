use yew::prelude::*;

use crate::state::State;
use crate::ui::Dispatch;

/// The wizard's state, kept by a reducer (see [`crate::state`]), and the callback that dispatches actions to it.
#[hook]
pub fn use_wizard<F: FnOnce() -> State>(init: F) -> (UseReducerHandle<State>, Dispatch) {
    let state = use_reducer(init);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    (state, dispatch)
}
