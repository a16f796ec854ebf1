//! `ui.toml`: the widget's own words (buttons, headings, messages). It must give exactly the keys the widget uses,
//! each in every locale; the build turns them into the fields of the generated `Ui` struct, so the code and the file
//! cannot drift apart.

use std::collections::BTreeMap;

use super::fields::{LocaleText, Localised, Months, Problems};

/// `questions/ui.toml`, as written: a text per key.
pub type UiFile = BTreeMap<String, LocaleText>;

/// The key of the month names, which dates in the other files are written out with.
const MONTHS: &str = "months";

/// Every key of `questions/ui.toml`, in the order of the generated `Ui` struct.
pub const UI_KEYS: &[&str] = &[
    "widget_title",
    "switch_language",
    "quick_exit",
    "read_aloud",
    "read_stop",
    "read_one",
    "read_next",
    "read_next_sign",
    "intro_title",
    "intro_body",
    "privacy",
    "start",
    "start_loading",
    "about_title",
    "about_caption",
    "progress",
    "answer_yes",
    "answer_no",
    "answer_not_sure",
    "continue_button",
    "back_button",
    "error_title",
    "error_choose",
    "error_choose_one",
    "review_title",
    "review_change",
    "review_submit",
    "removed_answers",
    "band_few",
    "band_few_body",
    "band_some",
    "band_some_body",
    "band_serious",
    "band_serious_body",
    "verdict_not_enough",
    "verdict_not_enough_body",
    "now_title",
    "now_few",
    "now_serious",
    "now_not_enough",
    "call_label",
    "unknowns_count",
    "signs_title",
    "steps_title",
    "no_signs",
    "why_title",
    "severity_critical",
    "severity_high",
    "severity_medium",
    "severity_low",
    "find_out_title",
    "find_out_more",
    "services_title",
    "service_unverified",
    "service_checked",
    "service_centres",
    "start_again",
    "loading",
    "fallback_intro",
    "fallback_signs_title",
    "fact_checked",
    "months",
    "counsellor_title",
    "both_languages",
    "sections_nav",
    "not_applicable",
    "not_applicable_note",
    "signs_so_far",
    "no_answers_yet",
    "print_summary",
    "new_client",
    "new_client_confirm",
    "new_client_yes",
    "cancel",
    "summary_title",
    "summary_date",
    "summary_answered",
    "summary_note",
];

/// The texts only counsellor mode shows, or only build-time pages use (the first screen, the fallback, dates, and Read
/// aloud's words, which the loader carries): the visitor's wasm, built without the counsellor feature, leaves them
/// out (`codegen`), so partner pages do not download them. Code of the visitor's widget that names one fails to
/// compile, which says to move it out of this list.
pub const NOT_IN_VISITOR: &[&str] = &[
    "both_languages",
    "cancel",
    "counsellor_title",
    "fallback_intro",
    "fallback_signs_title",
    "loading",
    "months",
    "new_client",
    "new_client_confirm",
    "new_client_yes",
    "no_answers_yet",
    "not_applicable",
    "not_applicable_note",
    "print_summary",
    "read_aloud",
    "read_next",
    "read_next_sign",
    "read_one",
    "read_stop",
    "sections_nav",
    "signs_so_far",
    "start_loading",
    "summary_answered",
    "summary_date",
    "summary_note",
    "summary_title",
];

/// The interface texts in the order of [`UI_KEYS`], and the month names if they are valid.
pub fn ui_texts(problems: &mut Problems, file: &str, mut parsed: UiFile) -> (Vec<(String, Localised)>, Option<Months>) {
    let mut out = Vec::new();
    for key in UI_KEYS {
        match parsed.remove(*key) {
            Some(text) => {
                let text = problems.text(file, key, &text);
                out.push((key.to_string(), text));
            }
            None => problems.error(file, key, "missing interface text (the widget uses this key)"),
        }
    }
    for key in parsed.keys() {
        problems.error(
            file,
            key,
            "unknown interface text key (the widget does not use it; see src/content/ui_texts.rs)",
        );
    }
    let months =
        out.iter().find(|(k, _)| k == MONTHS).and_then(|(_, names)| Months::new(problems, file, MONTHS, names.clone()));
    (out, months)
}
