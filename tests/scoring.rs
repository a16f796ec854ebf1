//! The scoring rule, per outcome: the ILO/EC combinations, "Not sure", critical signs, ordering and services.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::answers_with;
use job_offer_check::assessment::{assess, band, points, Answers, RiskBand};
use job_offer_check::questionnaire::{self, Answer, Severity, SCORING};

fn ids(qs: &[&job_offer_check::questionnaire::Question]) -> Vec<&'static str> {
    qs.iter().map(|q| q.id).collect()
}

#[test]
fn ilo_ec_combinations_reach_the_serious_band() {
    let (h, m, l) = (points(Severity::High), points(Severity::Medium), points(Severity::Low));
    assert_eq!(band(2 * h), RiskBand::Serious, "two strong");
    assert_eq!(band(h + m), RiskBand::Serious, "strong + medium");
    assert_eq!(band(h + l), RiskBand::Serious, "strong + weak");
    assert_eq!(band(3 * m), RiskBand::Serious, "three medium");
    assert_eq!(band(2 * m + l), RiskBand::Serious, "two medium + weak");
}

#[test]
fn combinations_short_of_the_ilo_ec_rule_give_some_or_few() {
    let (h, m, l) = (points(Severity::High), points(Severity::Medium), points(Severity::Low));
    assert_eq!(band(h), RiskBand::Some, "one strong");
    assert_eq!(band(2 * m), RiskBand::Some, "two medium");
    assert_eq!(band(m + l), RiskBand::Some, "medium + weak");
    assert_eq!(band(m), RiskBand::Some, "one medium");
    assert_eq!(band(l), RiskBand::Few, "one weak");
    assert_eq!(band(0), RiskBand::Few);
}

#[test]
fn one_critical_sign_alone_forces_the_serious_band() {
    for q in questionnaire::questions().filter(|q| q.severity == Severity::Critical) {
        let result = assess(&answers_with(&[(q.id, q.warning)]));
        assert_eq!(result.band, RiskBand::Serious, "{}", q.id);
        assert_eq!(ids(&result.signs), vec![q.id]);
    }
}

#[test]
fn not_sure_counts_half_and_becomes_a_thing_to_find_out() {
    let critical = questionnaire::questions().find(|q| q.severity == Severity::Critical).unwrap();
    let result = assess(&answers_with(&[(critical.id, Answer::NotSure)]));
    assert_eq!(result.points, SCORING.points[0] / 2);
    assert_eq!(result.band, RiskBand::Some);
    assert!(result.signs.is_empty());
    assert_eq!(ids(&result.find_out), vec![critical.id]);
}

#[test]
fn safe_answers_and_no_answers_give_few_signs_and_only_the_always_services() {
    for answers in [answers_with(&[]), Answers::new()] {
        let result = assess(&answers);
        assert_eq!(result.band, RiskBand::Few);
        assert!(result.signs.is_empty() && result.find_out.is_empty());
        assert!(result.services.iter().all(|s| s.always));
        assert!(!result.services.is_empty());
    }
}

#[test]
fn a_no_warning_question_reads_no_as_the_warning() {
    let q =
        questionnaire::questions().find(|q| q.warning == Answer::No).expect("a question whose warning answer is No");
    assert_eq!(ids(&assess(&answers_with(&[(q.id, Answer::No)])).signs), vec![q.id]);
    assert!(assess(&answers_with(&[(q.id, Answer::Yes)])).signs.is_empty());
}

#[test]
fn signs_are_listed_most_severe_first_then_in_questionnaire_order() {
    let all: Vec<_> = questionnaire::questions().map(|q| (q.id, q.warning)).collect();
    let result = assess(&answers_with(&all));
    let severities: Vec<Severity> = result.signs.iter().map(|q| q.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(result.signs.len(), questionnaire::questions().count());
    let order: Vec<_> = questionnaire::questions().filter(|q| q.severity == Severity::Critical).map(|q| q.id).collect();
    assert_eq!(ids(&result.signs[..order.len()]), order);
}

#[test]
fn services_follow_the_signs_found() {
    let q = questionnaire::questions().find(|q| q.services.contains(&"fia_tip")).unwrap();
    let with = assess(&answers_with(&[(q.id, q.warning)]));
    assert!(with.services.iter().any(|s| s.id == "fia_tip"));
    let without = assess(&answers_with(&[]));
    assert!(!without.services.iter().any(|s| s.id == "fia_tip"));
}

#[test]
fn answers_are_keyed_by_id_and_unknown_ids_are_refused() {
    assert_eq!(Answers::from_pairs([("no_such_question", Answer::Yes)]), Err("no_such_question".to_string()));
    let q = questionnaire::questions().last().unwrap();
    let answers = Answers::from_pairs([(q.id, Answer::Yes)]).unwrap();
    assert_eq!(answers.get(q), Some(Answer::Yes));
    assert_eq!(answers.len(), 1);
}
