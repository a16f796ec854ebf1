use yew::prelude::*;

use super::findings::{find_out_list, step_list, verdict_box, VerdictName};
use super::services::service_list;
use crate::assessment::{Assessment, Verdict};
use crate::date::Date;
use crate::labels::{decimal, severity_label};
use crate::questionnaire::{Locale, UI};

/// The printable summary of a counselling session, in `locale` (with its own `lang` and `dir`, as the bilingual view
/// prints it in both): date, how many questions were answered, the verdict with what to do, signs with advice, steps
/// before paying or travelling, things to find out, services. With too few answers it says so, and never reads as a
/// safe offer. No name or personal data; shown only when printing (see the print stylesheet). `centre` is listed
/// first.
pub fn print_summary(locale: Locale, a: &Assessment, centre: Option<&str>) -> Html {
    let date = today(locale);
    let answered = UI.summary_answered.fill(locale, &[("n", &decimal(a.answered)), ("total", &decimal(a.applicable))]);
    html! {
        <section class="joc-print" aria-hidden="true" lang={locale.tag()} dir={locale.direction()}>
            <h2>{ UI.summary_title.get(locale) }</h2>
            <p>{ UI.summary_date.fill(locale, &[("date", &date)]) }</p>
            <p class="joc-answered">{ answered }</p>
            { verdict_box(locale, a, VerdictName::Plain) }
            <h3>{ UI.signs_title.get(locale) }</h3>
            if a.signs.is_empty() && a.verdict != Verdict::NotEnoughAnswers {
                <p>{ UI.no_signs.get(locale) }</p>
            }
            <ol class="joc-signs">
                { for a.signs.iter().map(|s| html! {
                    <li class="joc-sign" data-severity={s.severity.name()}>
                        <p class="joc-severity">{ severity_label(s.severity, locale) }</p>
                        <h4>{ s.title.get(locale) }</h4>
                        <p>{ s.todo.get(locale) }</p>
                    </li>
                }) }
            </ol>
            { step_list(locale, &a.steps) }
            { find_out_list(locale, &a.unknowns, false) }
            <h3>{ UI.services_title.get(locale) }</h3>
            { service_list(locale, &a.services, centre) }
            <p class="joc-note">{ UI.summary_note.get(locale) }</p>
        </section>
    }
}

/// Today's date, written as the checked dates are (`crate::date`), with the locale's month names.
fn today(locale: Locale) -> String {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year(), now.get_month() + 1, now.get_date())
        .map(|day| day.written(UI.months.get(locale)))
        .unwrap_or_default()
}
