use yew::prelude::*;

use super::services::service_list;
use crate::assessment::Assessment;
use crate::labels::{band_label, severity_label};
use crate::questionnaire::{Locale, UI};

/// The printable summary of a counselling session: date, band, signs with advice, things to find out, services.
/// No name or personal data; shown only when printing (see the print stylesheet). `centre` is listed first.
pub fn print_summary(locale: Locale, a: &Assessment, centre: Option<&str>) -> Html {
    let date = today(locale);
    html! {
        <section class="joc-print" aria-hidden="true">
            <h2>{ UI.summary_title.get(locale) }</h2>
            <p>{ UI.summary_date.fill(locale, &[("date", &date)]) }</p>
            <p class="joc-band-name">{ band_label(a.band, locale) }</p>
            <h3>{ UI.signs_title.get(locale) }</h3>
            if a.signs.is_empty() {
                <p>{ UI.no_signs.get(locale) }</p>
            }
            <ol class="joc-signs">
                { for a.signs.iter().map(|q| html! {
                    <li class="joc-sign" data-severity={q.severity.name()}>
                        <p class="joc-severity">{ severity_label(q.severity, locale) }</p>
                        <h4>{ q.sign.get(locale) }</h4>
                        <p>{ q.todo.get(locale) }</p>
                    </li>
                }) }
            </ol>
            if !a.find_out.is_empty() {
                <h3>{ UI.find_out_title.get(locale) }</h3>
                <ul>{ for a.find_out.iter().map(|q| html! { <li>{ q.find_out.get(locale) }</li> }) }</ul>
            }
            <h3>{ UI.services_title.get(locale) }</h3>
            { service_list(locale, &a.services, centre) }
            <p class="joc-note">{ UI.summary_note.get(locale) }</p>
        </section>
    }
}

/// Today's date in the locale's format, from the browser's `Intl` (no date tables in the wasm).
fn today(locale: Locale) -> String {
    let tag = match locale {
        Locale::En => "en-GB",
        Locale::Ur => "ur-PK",
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0().to_locale_date_string(tag, &options).into()
}
