use yew::prelude::*;

use super::list;

use crate::labels::centre_names;
use crate::questionnaire::{Locale, Service, UI};

/// The services to contact, with phone numbers as `tel:` links and the date each contact was checked; the MRC centre
/// `first` is listed first.
pub fn service_list(locale: Locale, services: &[&'static Service], first: Option<&str>) -> Html {
    let mut items = Vec::new();
    for s in services {
        let mut contacts = Vec::new();
        for c in s.contacts {
            contacts.push(html! {
                <li>
                    { c.label.get(locale) }{ ": " }
                    <a href={c.href} rel="noopener noreferrer" dir="ltr"><bdi>{ c.value }</bdi></a>
                </li>
            });
        }
        items.push(html! {
            <li class="joc-service" data-service={s.id}>
                <h4>{ s.name.get(locale) }</h4>
                <p>{ s.about.get(locale) }</p>
                <ul class="joc-contacts">{ list(contacts) }</ul>
                if !s.centres.is_empty() {
                    <p class="joc-centres">
                        { UI.service_centres.get(locale) }{ ": " }
                        { centre_names(s, first, locale) }
                    </p>
                }
                if !s.verified {
                    <p class="joc-unverified">{ UI.service_unverified.get(locale) }</p>
                }
                <p class="joc-checked">{ UI.service_checked.fill(locale, &[("date", s.checked.get(locale))]) }</p>
            </li>
        });
    }
    html! { <ul class="joc-services">{ list(items) }</ul> }
}
