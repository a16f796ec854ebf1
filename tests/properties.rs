//! The verdict rule's stated properties (questions/README.md, "The verdict"), each held over random offers: any
//! context, any answers to the questions that apply.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use job_offer_check::answers::Answers;
use job_offer_check::assessment::{assess, RiskBand};
use job_offer_check::questionnaire::{self, Answer, Question, Severity, CONTEXT, SECTIONS};
use job_offer_check::routing;
use proptest::prelude::*;

/// A random offer: a choice index for each question about the offer, and an answer (or none) for each question, of
/// which only those that apply are kept.
fn any_offer() -> impl Strategy<Value = Answers> {
    let choices = CONTEXT.iter().map(|q| 0..q.choices.len()).collect::<Vec<_>>();
    let answers = proptest::collection::vec(
        prop_oneof![Just(None), Just(Some(Answer::Yes)), Just(Some(Answer::No)), Just(Some(Answer::NotSure))],
        questionnaire::questions().count(),
    );
    (choices, answers).prop_map(|(choices, given)| {
        let mut answers = Answers::new();
        for (q, i) in CONTEXT.iter().zip(choices) {
            answers.choose(q, &q.choices[i]);
        }
        for (q, a) in questionnaire::questions().zip(given) {
            if let Some(a) = a {
                answers.set(q, a);
            }
        }
        routing::prune(&mut answers);
        answers
    })
}

/// Whether another question's or section's condition names this question: answering it can make others apply or
/// not, which is changing the offer rather than adding one sign to it.
fn is_gate(q: &Question) -> bool {
    SECTIONS.iter().any(|s| s.ask_if.iter().chain(s.questions.iter().flat_map(|x| x.ask_if)).any(|c| c.on == q.id))
}

/// The questions that apply, are not gates, and have this answer.
fn answered(answers: &Answers, answer: Option<Answer>) -> Vec<&'static Question> {
    routing::questions(answers).filter(|q| !is_gate(q) && answers.get(q) == answer).collect()
}

proptest! {
    #[test]
    fn the_same_answers_always_give_the_same_result(answers in any_offer()) {
        prop_assert_eq!(assess(&answers), assess(&answers.clone()));
    }

    #[test]
    fn any_critical_sign_gives_serious(answers in any_offer()) {
        let result = assess(&answers);
        if result.signs.iter().any(|s| s.severity == Severity::Critical) {
            prop_assert_eq!(result.band, RiskBand::Serious);
        }
    }

    #[test]
    fn two_high_signs_give_serious(answers in any_offer()) {
        let result = assess(&answers);
        if result.signs.iter().filter(|s| s.severity == Severity::High).count() >= 2 {
            prop_assert_eq!(result.band, RiskBand::Serious);
        }
    }

    #[test]
    fn unknowns_alone_never_reach_serious(answers in any_offer()) {
        let result = assess(&answers);
        if result.signs.is_empty() {
            prop_assert!(result.band <= RiskBand::Some, "{:?} with no sign", result.band);
        }
    }

    #[test]
    fn weak_signs_alone_never_lift_the_band_above_few(answers in any_offer()) {
        let result = assess(&answers);
        if result.signs.iter().all(|s| s.severity == Severity::Low) && result.important_unknowns == 0 {
            prop_assert_eq!(result.band, RiskBand::Few);
        }
    }

    #[test]
    fn adding_a_sign_never_lowers_the_band(answers in any_offer(), pick in any::<prop::sample::Index>()) {
        let candidates = answered(&answers, Some(Answer::No));
        prop_assume!(!candidates.is_empty());
        let q = candidates[pick.index(candidates.len())];
        let before = assess(&answers);
        let mut more = answers.clone();
        more.set(q, Answer::Yes);
        prop_assert!(assess(&more).band >= before.band, "{}: {:?} -> {:?}", q.id, before.band, assess(&more).band);
    }

    #[test]
    fn turning_an_unknown_into_a_sign_never_lowers_the_band(answers in any_offer(), pick in any::<prop::sample::Index>()) {
        let candidates = answered(&answers, Some(Answer::NotSure));
        prop_assume!(!candidates.is_empty());
        let q = candidates[pick.index(candidates.len())];
        let before = assess(&answers);
        let mut known = answers.clone();
        known.set(q, Answer::Yes);
        prop_assert!(assess(&known).band >= before.band, "{}: {:?} -> {:?}", q.id, before.band, assess(&known).band);
    }

    #[test]
    fn only_questions_that_apply_count(answers in any_offer()) {
        let result = assess(&answers);
        let asked: Vec<_> = routing::questions(&answers).map(|q| q.id).collect();
        for s in result.signs.iter().chain(&result.steps) {
            let is_choice = CONTEXT.iter().any(|c| c.choices.iter().any(|x| x.id == s.id));
            prop_assert!(is_choice || asked.contains(&s.id), "{} does not apply", s.id);
        }
        for q in &result.unknowns {
            prop_assert!(asked.contains(&q.id));
        }
    }
}
