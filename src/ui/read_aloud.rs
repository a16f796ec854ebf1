use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use crate::questionnaire::{Locale, UI};

/// "Read aloud": speaks `text` with `voice`, an on-device voice for the locale (see
/// [`super::hooks::use_local_voice`]); nothing when the device has none.
pub fn read_aloud(locale: Locale, voice: Option<&SpeechSynthesisVoice>, text: impl FnOnce() -> String) -> Html {
    let Some(voice) = voice.cloned() else { return Html::default() };
    let text = text();
    let speak = Callback::from(move |_| {
        let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else { return };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        speech.cancel();
        speech.speak(&utterance);
    });
    html! {
        <button type="button" class="joc-button joc-secondary joc-read" onclick={speak}>
            <svg class="joc-icon joc-icon-small" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" />
            </svg>
            { UI.read_aloud.get(locale) }
        </button>
    }
}
