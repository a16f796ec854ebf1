//! Property tests of the scoring engine: total, deterministic, and monotone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use job_offer_check::assessment::{assess, Answers};
use job_offer_check::questionnaire::{self, Answer};
use proptest::prelude::*;

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![Just(None), Just(Some(Answer::Yes)), Just(Some(Answer::No)), Just(Some(Answer::NotSure))]
}

fn any_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    proptest::collection::vec(any_answer(), questionnaire::questions().count())
}

fn to_answers(choices: &[Option<Answer>]) -> Answers {
    let mut answers = Answers::new();
    for (q, a) in questionnaire::questions().zip(choices) {
        if let Some(a) = a {
            answers.set(q, *a);
        }
    }
    answers
}

proptest! {
    #[test]
    fn every_combination_gives_a_band_and_the_same_one_twice(choices in any_answers()) {
        let answers = to_answers(&choices);
        let first = assess(&answers);
        prop_assert_eq!(&first, &assess(&answers));
        prop_assert!(first.services.iter().any(|s| s.always));
    }

    #[test]
    fn a_warning_answer_instead_of_a_safe_one_never_lowers_the_band(choices in any_answers(), pick in any::<prop::sample::Index>()) {
        let questions: Vec<_> = questionnaire::questions().collect();
        let q = questions[pick.index(questions.len())];
        let mut answers = to_answers(&choices);
        answers.set(q, common::safe(q));
        let safe = assess(&answers);
        answers.set(q, Answer::NotSure);
        let unsure = assess(&answers);
        answers.set(q, q.warning);
        let warning = assess(&answers);
        prop_assert!(safe.band <= unsure.band && unsure.band <= warning.band);
        prop_assert!(safe.points <= unsure.points && unsure.points <= warning.points);
    }
}
