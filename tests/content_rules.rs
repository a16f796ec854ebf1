//! Rules the questionnaire's content must keep, beyond what the build validates: which services fit which signs,
//! wording that never blames or labels the person, and the coverage the research asks for.
#![cfg(not(target_arch = "wasm32"))]

use job_offer_check::questionnaire::{self, Locale, Severity, SECTIONS, SERVICES};

#[test]
fn the_questionnaire_has_six_sections_and_30_to_40_questions() {
    assert_eq!(SECTIONS.len(), 6);
    let n = questionnaire::questions().count();
    assert!((30..=40).contains(&n), "{n} questions");
}

#[test]
fn every_critical_sign_brings_in_the_fia_anti_trafficking_hotline() {
    for q in questionnaire::questions().filter(|q| q.severity == Severity::Critical) {
        assert!(q.services.contains(&"fia_tip"), "{}", q.id);
    }
}

#[test]
fn licence_doubts_bring_in_the_beoe_list_and_the_mrc_is_always_shown() {
    let licence = questionnaire::question("agent_licence_checked").unwrap();
    assert!(licence.services.contains(&"beoe_oep_list"));
    let always: Vec<_> = SERVICES.iter().filter(|s| s.always).map(|s| s.id).collect();
    assert_eq!(always, vec!["mrc"]);
}

#[test]
fn the_research_hotlines_are_the_only_phone_numbers_and_unsourced_ones_are_marked_unverified() {
    let mrc = questionnaire::service("mrc").unwrap();
    assert_eq!(mrc.contacts[0].href, "tel:03041112123");
    assert_eq!(questionnaire::service("fia_tip").unwrap().contacts[0].href, "tel:111247786");
    for s in SERVICES {
        if questionnaire::service_citation(s.id).unwrap().sources.is_empty() {
            assert!(!s.verified, "{} has no source, so it must be marked unverified", s.id);
        }
    }
    let all = questionnaire::questions()
        .flat_map(|q| [q.why, q.todo])
        .chain(SERVICES.iter().map(|s| s.about))
        .map(|t| t.get(Locale::En))
        .collect::<String>();
    assert!(!all.contains("111-345-786"), "the FIA head-office number is unconfirmed in the research");
}

#[test]
fn no_text_labels_or_blames_the_person() {
    let banned = ["you are being trafficked", "you are a victim", "your fault", "you should have", "stupid"];
    for q in questionnaire::questions() {
        for text in [q.text, q.sign, q.why, q.todo, q.find_out] {
            let en = text.get(Locale::En).to_lowercase();
            for phrase in banned {
                assert!(!en.contains(phrase), "{}: {phrase}", q.id);
            }
        }
    }
}

#[test]
fn the_research_topics_are_covered() {
    for id in [
        "agent_licence_checked",
        "sub_agent",
        "fee_above_cap",
        "cash_no_receipt",
        "visa_purchase",
        "borrowing_to_pay",
        "salary_deductions",
        "written_contract",
        "contract_differs",
        "real_contract_later",
        "protector_bypass",
        "visit_visa_work",
        "irregular_route",
        "false_documents",
        "passport_retention",
        "scam_compound",
        "entertainment_job",
        "under_18",
        "threats",
        "no_interview",
        "no_office",
        "deposit",
        "cannot_leave",
    ] {
        assert!(questionnaire::question(id).is_some(), "missing {id}");
    }
}

#[test]
fn the_time_bound_fee_cap_carries_the_date_it_was_checked() {
    let fee = questionnaire::question("fee_above_cap").unwrap();
    assert!(fee.text.get(Locale::En).contains("Rs 15,000"));
    assert!(fee.text.get(Locale::Ur).contains("15,000 روپے"));
    assert_eq!(fee.checked.unwrap().get(Locale::En), "28 November 2026");
    assert_eq!(fee.checked.unwrap().get(Locale::Ur), "28 نومبر 2026");
}

#[test]
fn an_embed_can_list_its_mrc_centre_first() {
    let mrc = questionnaire::service("mrc").unwrap();
    let ids = |first| job_offer_check::labels::centres_in_order(mrc, first).iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(None), vec!["islamabad", "lahore", "peshawar"]);
    assert_eq!(ids(Some("peshawar")), vec!["peshawar", "islamabad", "lahore"]);
    assert_eq!(ids(Some("karachi")), vec!["islamabad", "lahore", "peshawar"]);
}
