use yew::prelude::*;

/// Where Read aloud's buttons go on a screen: an empty box that the loader fills (`www/widget/read-aloud.js`, for its
/// own first screen too), reading the screen around it from its markup with a voice that runs on the device. So the
/// first screen and the live widget read alike, and the wasm carries no speech code.
pub fn read_aloud() -> Html {
    html! { <div class="joc-read"></div> }
}
