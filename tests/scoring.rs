//! The verdict's rule, outcome by outcome (questions/README.md, "The verdict"): critical signs, the ILO/EC
//! combinations, unknowns, steps before and after money, too few answers, the numbers to call, and what a question
//! that does not apply counts for.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{ids, sign_question, Offer};
use job_offer_check::answers::Answers;
use job_offer_check::assessment::{assess, RiskBand, Verdict};
use job_offer_check::questionnaire::{self, Answer, Severity, CONTEXT};
use job_offer_check::routing;

#[test]
fn every_critical_sign_alone_gives_serious_and_brings_in_the_fia() {
    let critical: Vec<_> = questionnaire::questions().filter(|q| q.sign.severity == Severity::Critical).collect();
    assert!(critical.len() >= 6);
    for q in critical {
        let open = Offer::open().yes(q.id).rest_no();
        let result = assess(&open);
        assert_eq!(result.verdict, Verdict::Serious, "{}", q.id);
        assert_eq!(ids(&result.signs), vec![q.id], "{}", q.id);
        assert!(result.calls.iter().any(|s| s.id == "fia_tip"), "{}: the FIA hotline is offered first", q.id);
    }
    let visit = Offer::new(&[("visa", "visit"), ("offered_by", "employer"), ("stage", "offered")]).rest_no();
    let result = assess(&visit);
    assert_eq!(result.verdict, Verdict::Serious);
    assert_eq!(ids(&result.signs), vec!["visit"], "a choice that is a sign counts as one");
}

#[test]
fn the_ilo_ec_combinations_give_serious() {
    let (h1, h2) =
        (sign_question(Severity::High, &[]), sign_question(Severity::High, &[sign_question(Severity::High, &[])]));
    let m1 = sign_question(Severity::Medium, &[]);
    let m2 = sign_question(Severity::Medium, &[m1]);
    let m3 = sign_question(Severity::Medium, &[m1, m2]);
    for (name, yes) in
        [("two strong", vec![h1, h2]), ("strong and medium", vec![h1, m1]), ("three medium", vec![m1, m2, m3])]
    {
        let offer = yes.iter().fold(Offer::typical(), |o, id| o.yes(id));
        assert_eq!(assess(&offer.rest_no()).verdict, Verdict::Serious, "{name}");
    }
}

#[test]
fn short_of_an_element_gives_some_and_weak_signs_alone_few() {
    let h = sign_question(Severity::High, &[]);
    let m1 = sign_question(Severity::Medium, &[]);
    let m2 = sign_question(Severity::Medium, &[m1]);
    let l1 = sign_question(Severity::Low, &[]);
    for (name, yes, band) in [
        ("one strong", vec![h], RiskBand::Some),
        ("one medium", vec![m1], RiskBand::Some),
        ("two medium", vec![m1, m2], RiskBand::Some),
        ("medium and weak", vec![m1, l1], RiskBand::Some),
        ("strong and weak: context does not make a strong sign serious", vec![h, l1], RiskBand::Some),
        ("two medium and weak", vec![m1, m2, l1], RiskBand::Some),
        ("weak alone", vec![l1], RiskBand::Few),
        ("nothing", vec![], RiskBand::Few),
    ] {
        let offer = yes.iter().fold(Offer::typical(), |o, id| o.yes(id));
        assert_eq!(assess(&offer.rest_no()).band, band, "{name}");
    }
}

#[test]
fn unknowns_alone_reach_some_at_most_and_say_how_many_important_ones_are_left() {
    let answers = Offer::open().rest_no();
    let all_unsure = routing::questions(&answers).fold(Offer::open(), |o, q| o.unsure(q.id)).rest_no();
    let result = assess(&all_unsure);
    assert_eq!(result.verdict, Verdict::Some, "unsure of everything is not serious");
    assert!(result.signs.is_empty());
    assert!(result.important_unknowns >= 10, "{}", result.important_unknowns);

    let two_critical: Vec<_> =
        questionnaire::questions().filter(|q| q.sign.severity == Severity::Critical).take(2).map(|q| q.id).collect();
    let result = assess(&two_critical.iter().fold(Offer::open(), |o, id| o.unsure(id)).rest_no());
    assert_eq!(result.verdict, Verdict::Some, "\"Not sure\" on two critical questions alone");
    assert_eq!(result.important_unknowns, 2);
    assert_eq!(result.first_step(), Some(&questionnaire::question(two_critical[0]).unwrap().find_out));

    let medium = sign_question(Severity::Medium, &[]);
    let result = assess(&Offer::typical().unsure(medium).rest_no());
    assert_eq!(result.verdict, Verdict::Few, "one unknown of medium severity is not important");
    assert_eq!(ids(&result.unknowns.iter().map(|q| &q.sign).collect::<Vec<_>>()), vec![medium]);
}

#[test]
fn steps_not_yet_taken_are_steps_before_money_and_signs_after() {
    let early = assess(&Offer::early().yes("licence_unchecked").yes("no_written_contract").rest_no());
    assert_eq!(early.verdict, Verdict::Few, "missing checks early on are steps, not signs");
    assert!(early.signs.is_empty());
    assert_eq!(ids(&early.steps), vec!["licence_unchecked", "no_written_contract"]);

    let paid = assess(
        &Offer::new(&[
            ("offered_by", "agent"),
            ("destination", "gulf"),
            ("job", "labour"),
            ("visa", "work"),
            ("stage", "paid"),
        ])
        .yes("licence_unchecked")
        .yes("no_written_contract")
        .rest_no(),
    );
    assert_eq!(paid.verdict, Verdict::Serious, "after paying, two high checks not done are two strong signs");
    assert_eq!(ids(&paid.signs), vec!["licence_unchecked", "no_written_contract"]);
    assert!(paid.steps.is_empty());
}

#[test]
fn too_few_answers_never_read_as_few_but_signs_found_still_count() {
    let none = assess(&Answers::new());
    assert_eq!(none.verdict, Verdict::NotEnoughAnswers);
    assert_eq!(none.answered, 0);
    assert_eq!(none.applicable, CONTEXT.len() + questionnaire::questions().count(), "unanswered: everything applies");

    let critical = questionnaire::questions().find(|q| q.sign.severity == Severity::Critical).unwrap();
    let mut one = Answers::new();
    one.set(critical, Answer::Yes);
    assert_eq!(assess(&one).verdict, Verdict::Serious, "a critical sign is serious however few the answers");

    let mut few = Offer::typical().answers;
    few.set(questionnaire::question(sign_question(Severity::Low, &[])).unwrap(), Answer::Yes);
    assert_eq!(assess(&few).verdict, Verdict::NotEnoughAnswers, "only the questions about the offer answered");
}

#[test]
fn a_question_that_does_not_apply_is_neither_a_sign_nor_an_unknown() {
    let employer = Offer::new(&[("offered_by", "employer"), ("stage", "offered")]);
    assert!(!routing::questions(&employer.answers).any(|q| q.id == "sub_agent"), "agent questions are not asked");
    let clean = assess(&employer.answers.clone());
    let mut answered = employer.answers;
    answered.set(questionnaire::question("sub_agent").unwrap(), Answer::Yes);
    answered.set(questionnaire::question("licence_unchecked").unwrap(), Answer::NotSure);
    assert_eq!(assess(&answered).signs, clean.signs);
    assert_eq!(assess(&answered).unknowns, clean.unknowns);
}

#[test]
fn the_numbers_to_call_first_follow_the_band_and_the_signs() {
    let few = assess(&Offer::typical().rest_no());
    assert_eq!(few.calls.iter().map(|s| s.id).collect::<Vec<_>>(), vec!["mrc"]);
    let threats = assess(&Offer::typical().yes("threats").rest_no());
    let calls: Vec<_> = threats.calls.iter().map(|s| s.id).collect();
    assert_eq!(calls, vec!["mrc", "fia_tip", "emergency"], "threats name the FIA and emergency help");
    let some = assess(&Offer::typical().yes(sign_question(Severity::High, &[])).rest_no());
    assert_eq!(some.verdict, Verdict::Some);
    assert_eq!(some.calls.iter().map(|s| s.id).collect::<Vec<_>>(), vec!["mrc"]);
    assert_eq!(some.first_step(), Some(&some.signs[0].todo), "the first step is what to do about the worst sign");
}

#[test]
fn signs_come_most_severe_first_choices_before_questions() {
    let offer = Offer::new(&[("offered_by", "online"), ("visa", "visit"), ("stage", "asked_to_pay")])
        .yes(sign_question(Severity::Low, &[]))
        .yes("threats");
    let result = assess(&offer.rest_no());
    let severities: Vec<Severity> = result.signs.iter().map(|s| s.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(&ids(&result.signs)[..2], &["visit", "threats"]);
    assert!(ids(&result.signs).contains(&"online"), "the online advert is a medium sign");
}

#[test]
fn services_follow_the_signs_steps_and_unknowns() {
    let q = questionnaire::questions()
        .find(|q| q.sign.services.contains(&"beoe_oep_list") && q.sign.kind == questionnaire::Kind::Step)
        .unwrap();
    let with = assess(&Offer::early().yes(q.id).rest_no());
    assert!(with.services.iter().any(|s| s.id == "beoe_oep_list"), "a step names its service");
    let without = assess(&Offer::early().rest_no());
    assert!(without.services.iter().all(|s| s.always));
}
