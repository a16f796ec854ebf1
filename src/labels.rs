//! The words the widget shows for the vocabulary's values (answers, severities, bands), the progress caption, and the
//! order of the MRC centres: one source for the live widget (`ui`) and the build-time HTML (`static_page`). No yew.

use crate::assessment::RiskBand;
use crate::questionnaire::{Answer, Centre, Locale, Service, Severity, SECTIONS, UI};

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

/// The name of a band in a locale.
pub fn band_label(band: RiskBand, locale: Locale) -> &'static str {
    match band {
        RiskBand::Few => UI.band_few.get(locale),
        RiskBand::Some => UI.band_some.get(locale),
        RiskBand::Serious => UI.band_serious.get(locale),
    }
}

/// "Part n of total" for a section, by index.
pub fn progress(index: usize, locale: Locale) -> String {
    UI.progress.fill(locale, &[("n", &decimal(index + 1)), ("total", &decimal(SECTIONS.len()))])
}

/// A count in decimal digits, without `core::fmt` (whose code would cost wasm bytes for this one use).
pub fn decimal(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| d as char).collect()
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
