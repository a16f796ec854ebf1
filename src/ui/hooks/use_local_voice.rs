use wasm_bindgen::prelude::*;
use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use crate::questionnaire::Locale;

/// A speech voice for the locale that runs on the device (`localService`), if there is one. Network voices would send
/// the text off the device, so they are never chosen. Voices load late in some browsers, so the hook listens for
/// `voiceschanged` (with addEventListener: the page's own `onvoiceschanged` is left alone).
#[hook]
pub fn use_local_voice(locale: Locale) -> Option<SpeechSynthesisVoice> {
    let refresh = use_force_update();
    // Counts the device's voice-list changes, so the voice is looked up again then, not on every render (every click).
    let changes = use_mut_ref(|| 0u32);
    let listened = changes.clone();
    use_effect_with((), move |_| {
        let speech = web_sys::window().and_then(|w| w.speech_synthesis().ok());
        let listener = Closure::<dyn Fn()>::new(move || {
            *listened.borrow_mut() += 1;
            refresh.force_update();
        });
        if let Some(speech) = &speech {
            let _ = speech.add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(speech) = speech {
                let _ = speech.remove_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
            }
        }
    });
    let generation = *changes.borrow();
    (*use_memo((locale, generation), |(locale, _)| local_voice(*locale))).clone()
}

/// The first on-device voice whose language matches the locale.
pub fn local_voice(locale: Locale) -> Option<SpeechSynthesisVoice> {
    let voices = web_sys::window()?.speech_synthesis().ok()?.get_voices();
    voices
        .iter()
        .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
        .find(|voice| voice.local_service() && Locale::from_tag(&voice.lang()) == Some(locale))
}
