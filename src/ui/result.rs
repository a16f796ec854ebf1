use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use super::services::service_list;
use super::{severity_label, Dispatch};
use crate::assessment::{Assessment, RiskBand};
use crate::questionnaire::{Locale, Question, Severity, UI};
use crate::state::Action;

/// The name of a band in a locale.
pub fn band_label(band: RiskBand, locale: Locale) -> &'static str {
    match band {
        RiskBand::Few => UI.band_few.get(locale),
        RiskBand::Some => UI.band_some.get(locale),
        RiskBand::Serious => UI.band_serious.get(locale),
    }
}

/// The result: the band, the signs found (most severe first) with why and what to do, things to find out, services
/// (with `centre` listed first), and Read aloud with `voice`. `heading` receives focus when the step changes.
pub fn result_page(
    locale: Locale,
    a: &Assessment,
    centre: Option<&str>,
    voice: Option<&SpeechSynthesisVoice>,
    dispatch: &Dispatch,
    heading: &NodeRef,
) -> Html {
    let band_body = match a.band {
        RiskBand::Few => UI.band_few_body,
        RiskBand::Some => UI.band_some_body,
        RiskBand::Serious => UI.band_serious_body,
    };
    let again = dispatch.reform(|_| Action::StartAgain);
    let back = dispatch.reform(|_| Action::Back);
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={heading.clone()}>{ UI.result_title.get(locale) }</h2>
            { super::read_aloud::read_aloud(locale, voice, || read_text(a, band_body.get(locale), locale)) }
            <div class="joc-band" data-band={a.band.name()}>
                <p class="joc-band-name">{ band_label(a.band, locale) }</p>
                <p>{ band_body.get(locale) }</p>
            </div>
            <h3>{ UI.signs_title.get(locale) }</h3>
            if a.signs.is_empty() {
                <p>{ UI.no_signs.get(locale) }</p>
            } else {
                <ol class="joc-signs">
                    { for a.signs.iter().map(|q| html! {
                        <li class="joc-sign" data-severity={q.severity.name()} data-sign={q.id}>
                            { severity_badge(q.severity, locale) }
                            <h4>{ q.sign.get(locale) }</h4>
                            <p><strong>{ UI.why_title.get(locale) }{ ": " }</strong>{ q.why.get(locale) }
                                if let Some(checked) = q.checked {
                                    { " " }<span class="joc-checked">{ UI.fact_checked.fill(locale, &[("date", checked.get(locale))]) }</span>
                                }
                            </p>
                            <p><strong>{ UI.todo_title.get(locale) }{ ": " }</strong>{ q.todo.get(locale) }</p>
                        </li>
                    }) }
                </ol>
            }
            { find_out_list(locale, &a.find_out) }
            <h3>{ UI.services_title.get(locale) }</h3>
            { service_list(locale, &a.services, centre) }
            { super::actions(locale, UI.start_again.get(locale), Some(again), back) }
        </div>
    }
}

/// A sign's severity: pictogram and word.
pub fn severity_badge(severity: Severity, locale: Locale) -> Html {
    html! { <p class="joc-severity">{ super::icons::severity_icon(severity) }{ severity_label(severity, locale) }</p> }
}

/// The things to find out, under their heading; nothing when there are none.
pub fn find_out_list(locale: Locale, questions: &[&'static Question]) -> Html {
    if questions.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ UI.find_out_title.get(locale) }</h3>
            <ul class="joc-find-out">
                { for questions.iter().map(|q| html! { <li data-find-out={q.id}>{ q.find_out.get(locale) }</li> }) }
            </ul>
        </>
    }
}

/// What "Read aloud" says on the result: the band, then each sign with why it matters and what to do.
fn read_text(a: &Assessment, band_body: &str, locale: Locale) -> String {
    let mut text = [band_label(a.band, locale), ". ", band_body].concat();
    for q in &a.signs {
        for part in [q.sign.get(locale), q.why.get(locale), q.todo.get(locale)] {
            text += "\n";
            text += part;
        }
    }
    text
}
