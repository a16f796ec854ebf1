//! The words and numbers the widget writes for the vocabulary's values (src/labels.rs).
#![cfg(not(target_arch = "wasm32"))]

use job_offer_check::assessment::Verdict;
use job_offer_check::labels::{decimal, progress, verdict_label};
use job_offer_check::questionnaire::{Locale, UI};

#[test]
fn counts_are_written_in_decimal_digits() {
    for n in [0, 7, 9, 10, 42, 99, 100, 1234, 65535] {
        assert_eq!(decimal(n), n.to_string());
    }
}

#[test]
fn progress_counts_the_sections_that_apply() {
    let caption = progress(1, 4, Locale::En);
    assert_eq!(caption, UI.progress.get(Locale::En).replace("{n}", "2").replace("{total}", "4"));
}

#[test]
fn every_verdict_has_its_own_words_in_each_language() {
    for locale in Locale::ALL {
        let labels: Vec<_> = Verdict::ALL.iter().map(|v| verdict_label(*v, locale)).collect();
        for (i, l) in labels.iter().enumerate() {
            assert!(!l.is_empty() && !labels[..i].contains(l), "{l}");
        }
    }
}
