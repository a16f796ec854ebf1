//! The words the widget shows for the vocabulary's values (answers, severities, bands), the progress caption, and the
//! order of the MRC centres: one source for the live widget (`ui`) and the build-time HTML (`static_page`). No yew.

use crate::assessment::Verdict;
use crate::questionnaire::{Answer, Centre, Locale, Service, Severity, Text, UI};

/// The label of an answer in a locale.
pub fn answer_label(answer: Answer, locale: Locale) -> &'static str {
    match answer {
        Answer::Yes => UI.answer_yes.get(locale),
        Answer::No => UI.answer_no.get(locale),
        Answer::NotSure => UI.answer_not_sure.get(locale),
    }
}

/// The word shown with a severity.
pub fn severity_label(severity: Severity, locale: Locale) -> &'static str {
    match severity {
        Severity::Critical => UI.severity_critical.get(locale),
        Severity::High => UI.severity_high.get(locale),
        Severity::Medium => UI.severity_medium.get(locale),
        Severity::Low => UI.severity_low.get(locale),
    }
}

/// The name of a verdict in a locale.
pub fn verdict_label(verdict: Verdict, locale: Locale) -> &'static str {
    match verdict {
        Verdict::NotEnoughAnswers => UI.verdict_not_enough.get(locale),
        Verdict::Few => UI.band_few.get(locale),
        Verdict::Some => UI.band_some.get(locale),
        Verdict::Serious => UI.band_serious.get(locale),
    }
}

/// What a verdict means, in one sentence.
pub fn verdict_meaning(verdict: Verdict) -> &'static Text {
    match verdict {
        Verdict::NotEnoughAnswers => &UI.verdict_not_enough_body,
        Verdict::Few => &UI.band_few_body,
        Verdict::Some => &UI.band_some_body,
        Verdict::Serious => &UI.band_serious_body,
    }
}

/// "Section n of total": the `position`-th (from 0) of `total` sections that apply.
pub fn progress(position: usize, total: usize, locale: Locale) -> String {
    UI.progress.fill(locale, &[("n", &decimal(position + 1)), ("total", &decimal(total))])
}

/// A count in decimal digits, without `core::fmt` (whose code would cost wasm bytes for this one use).
pub fn decimal(n: usize) -> String {
    let mut digits = String::new();
    let mut unit = 1;
    while unit <= n / 10 {
        unit *= 10;
    }
    while unit > 0 {
        digits.push(char::from(b'0' + (n / unit % 10) as u8));
        unit /= 10;
    }
    digits
}

/// A service's centres with the chosen one first, the others in their listed order.
pub fn centres_in_order(service: &'static Service, first: Option<&str>) -> Vec<&'static Centre> {
    let chosen = |c: &&Centre| Some(c.id) == first;
    service.centres.iter().filter(chosen).chain(service.centres.iter().filter(|c| !chosen(c))).collect()
}

/// The names of a service's MRC centres, `first` first, as one line ("Lahore · Islamabad · Peshawar"). Built with
/// `push_str`, as `join` would link its own generic code into the wasm for this one use.
pub fn centre_names(service: &'static Service, first: Option<&str>, locale: Locale) -> String {
    let mut names = String::new();
    for centre in centres_in_order(service, first) {
        if !names.is_empty() {
            names.push_str(" · ");
        }
        names.push_str(centre.name.get(locale));
    }
    names
}
