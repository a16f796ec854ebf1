use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use super::actions::actions;
use super::findings::{find_out_list, severity_badge};
use super::services::service_list;
use super::Dispatch;
use crate::assessment::{Assessment, RiskBand};
use crate::labels::band_label;
use crate::questionnaire::{Locale, UI};
use crate::state::Action;

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
            { actions(locale, UI.start_again.get(locale), Some(again), back) }
        </div>
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
