//! Rules the questionnaire's content must keep, beyond what the build validates: "Yes" as the warning answer with no
//! negative question in either language, a first screen without unexplained jargon, which services fit which signs,
//! wording that never blames or labels the person, and the coverage the research asks for. Facts (numbers, fees)
//! are read from questions/, never written here.
#![cfg(not(target_arch = "wasm32"))]

use job_offer_check::questionnaire::{self, Kind, Locale, Severity, Text, CONTEXT, SECTIONS, SERVICES};

#[test]
fn the_questionnaire_has_its_shape() {
    assert_eq!(CONTEXT.len(), 5, "about five questions about the offer");
    assert!(CONTEXT.iter().all(|q| q.choices.len() >= 4 && q.choices.iter().filter(|c| c.open).count() <= 1));
    assert_eq!(SECTIONS.len(), 6);
    let n = questionnaire::questions().count();
    assert!((35..=50).contains(&n), "{n} questions");
}

/// The words of a text, lower case, in English.
fn words(text: &Text) -> Vec<String> {
    text.get(Locale::En).to_lowercase().split(|c: char| !c.is_alphanumeric() && c != '\'').map(str::to_string).collect()
}

#[test]
fn no_question_is_negative_in_either_language() {
    let negative_en =
        ["not", "no", "never", "nobody", "cannot", "isn't", "haven't", "hasn't", "don't", "doesn't", "aren't"];
    let negative_ur = ["نہیں", "نہ", "مت"];
    for q in questionnaire::questions() {
        let en = words(&q.text);
        assert!(!en.iter().any(|w| negative_en.contains(&w.as_str())), "{}: {}", q.id, q.text.get(Locale::En));
        let ur = q.text.get(Locale::Ur);
        assert!(
            !ur.split(|c: char| c.is_whitespace() || "،؟۔".contains(c)).any(|w| negative_ur.contains(&w)),
            "{}: {ur}",
            q.id
        );
    }
}

#[test]
fn a_check_still_to_do_asks_whether_it_is_still_to_do() {
    for q in questionnaire::questions().filter(|q| q.sign.kind == Kind::Step) {
        let en = q.text.get(Locale::En);
        assert!(en.starts_with("Do you still have to") || en.starts_with("Are you still waiting for"), "{}", q.id);
        assert!(q.text.get(Locale::Ur).contains("ابھی باقی ہے"), "{}", q.id);
    }
}

#[test]
fn the_first_screen_explains_every_official_word_it_uses() {
    for q in CONTEXT {
        let mut texts = vec![q.text];
        texts.extend(q.choices.iter().map(|c| c.text));
        let hint = q.hint.map(|h| h.get(Locale::En)).unwrap_or_default();
        for text in texts {
            for word in text.get(Locale::En).split(|c: char| !c.is_ascii_alphanumeric()) {
                let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
                if acronym && !["UK", "USA", "UAE", "IT"].contains(&word) {
                    assert!(hint.contains(&format!("{word} is")), "{}: '{word}' is not explained in the hint", q.id);
                }
            }
        }
        for jargon in ["BEOE", "OEP", "demand letter", "Protector", "protector"] {
            assert!(!q.text.get(Locale::En).contains(jargon) && !hint.contains(jargon), "{}: {jargon}", q.id);
        }
    }
}

#[test]
fn every_critical_sign_brings_in_the_fia_anti_trafficking_hotline() {
    for s in questionnaire::signs().filter(|s| s.severity == Severity::Critical) {
        assert!(s.services.contains(&"fia_tip"), "{}", s.id);
    }
}

#[test]
fn a_child_is_a_critical_sign_of_its_own_and_someone_else_deciding_a_lesser_one() {
    let child = questionnaire::question("under_18").unwrap();
    assert_eq!(child.sign.severity, Severity::Critical);
    let decided = questionnaire::question("decided_by_others").unwrap();
    // An adult whose family decides is not, on that alone, a case for the anti-trafficking hotline.
    assert_ne!(decided.sign.severity, Severity::Critical);
    assert_ne!(child.text, decided.text);
}

#[test]
fn every_contact_comes_from_a_source_and_only_the_mrc_is_shown_always() {
    for s in SERVICES {
        let citation = questionnaire::service_citation(s.id).unwrap();
        assert!(!s.verified || !citation.sources.is_empty(), "{} is verified without a source", s.id);
    }
    let always: Vec<_> = SERVICES.iter().filter(|s| s.always).map(|s| s.id).collect();
    assert_eq!(always, vec!["mrc"]);
}

#[test]
fn no_text_labels_or_blames_the_person() {
    let banned = ["you are being trafficked", "you are a victim", "your fault", "you should have", "stupid"];
    let texts = questionnaire::signs()
        .flat_map(|s| [s.title, s.why, s.todo])
        .chain(questionnaire::questions().flat_map(|q| [q.text, q.find_out]));
    for text in texts {
        let en = text.get(Locale::En).to_lowercase();
        for phrase in banned {
            assert!(!en.contains(phrase), "{phrase}: {en}");
        }
    }
}

#[test]
fn the_research_patterns_are_covered() {
    let signs: Vec<_> = questionnaire::signs().map(|s| s.id).collect();
    for id in [
        // research.md §5(a)
        "licence_unchecked",
        "sub_agent",
        "unlawful_payment", // any money beyond the capped charge and fees, a deposit included
        "cash_no_receipt",
        "visa_purchase",
        "borrowing_to_pay",
        "salary_deductions",
        "no_written_contract",
        "contract_differs",
        "real_contract_later",
        "protector_bypass",
        "visit",
        "online",
        "irregular_route",
        "false_documents",
        "passport_retention",
        "scam_compound",
        "entertainment_job",
        "under_18",
        "threats",
        "no_interview",
        "no_office",
        "cannot_leave",
        // research-2026-12.md §1
        "permit_purchase",
        "move_on",
        "russia_security_job",
        "visa_changed_later",
        "programme_fee",
        "student",
        "pay_to_unlock",
        "agent_medical",
        "visa_unchecked",
        "marriage_broker",
        "decided_by_others",
    ] {
        assert!(signs.contains(&id), "missing {id}");
    }
}

#[test]
fn the_lawful_fee_is_stated_with_the_date_it_was_checked() {
    let fee = questionnaire::question("unlawful_payment").unwrap();
    let checked = fee.sign.checked.expect("the fee cap is a dated fact");
    assert!(!checked.get(Locale::En).is_empty() && !checked.get(Locale::Ur).is_empty());
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
    assert_eq!(digits(fee.text.get(Locale::En)), digits(fee.text.get(Locale::Ur)), "the same amount in both languages");
    assert!(!digits(fee.text.get(Locale::En)).is_empty(), "the question states the cap");
}

#[test]
fn an_embed_can_list_its_mrc_centre_first() {
    let mrc = SERVICES.iter().find(|s| s.always).unwrap();
    let ids = |first| job_offer_check::labels::centres_in_order(mrc, first).iter().map(|c| c.id).collect::<Vec<_>>();
    let listed: Vec<_> = mrc.centres.iter().map(|c| c.id).collect();
    assert_eq!(ids(None), listed);
    let last = *listed.last().unwrap();
    assert_eq!(ids(Some(last))[0], last);
    assert_eq!(ids(Some("nowhere")), listed);
}
