//! Routing: which questions a person is asked. Each condition reads an earlier answer; an open choice, "Not sure" and
//! no answer always ask; a changed answer forgets the answers that no longer apply.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::Offer;
use job_offer_check::answers::Answers;
use job_offer_check::questionnaire::{self, Answer, CONTEXT, SECTIONS};
use job_offer_check::routing;

fn asked(answers: &Answers) -> Vec<&'static str> {
    routing::questions(answers).map(|q| q.id).collect()
}

#[test]
fn with_no_answers_or_open_choices_every_question_is_asked() {
    let all: Vec<_> = questionnaire::questions().map(|q| q.id).collect();
    assert_eq!(asked(&Answers::new()), all);
    let open = Offer::open().answers;
    for q in questionnaire::questions().filter(|q| q.ask_if.iter().all(|c| c.on != "stage")) {
        assert!(asked(&open).contains(&q.id), "{} is hidden by an open answer", q.id);
    }
}

#[test]
fn a_person_hired_directly_by_an_employer_is_not_asked_about_an_agent() {
    let direct = asked(&Offer::new(&[("offered_by", "employer"), ("stage", "offered")]).answers);
    for id in ["licence_unchecked", "sub_agent", "no_office", "no_demand_letter"] {
        assert!(!direct.contains(&id), "{id}");
    }
    assert!(direct.contains(&"passport_retention"));
    let agent = asked(&Offer::typical().answers);
    assert!(agent.contains(&"licence_unchecked") && agent.contains(&"sub_agent"));
}

#[test]
fn money_questions_wait_until_money_is_asked_for() {
    assert!(!asked(&Offer::early().answers).contains(&"cash_no_receipt"));
    assert!(asked(&Offer::typical().answers).contains(&"cash_no_receipt"));
}

#[test]
fn contract_questions_follow_the_answer_about_the_contract() {
    let waiting = Offer::typical().yes("no_written_contract").answers;
    assert!(!asked(&waiting).contains(&"contract_differs"), "no contract yet: nothing to compare");
    let has = Offer::typical().answer("no_written_contract", Answer::No).answers;
    assert!(asked(&has).contains(&"contract_differs"));
    let unsure = Offer::typical().unsure("no_written_contract").answers;
    assert!(asked(&unsure).contains(&"contract_differs"), "when in doubt, ask");
}

#[test]
fn a_changed_answer_forgets_the_answers_that_no_longer_apply() {
    let mut answers = Offer::typical().yes("sub_agent").yes("cash_no_receipt").answers;
    let offered_by = questionnaire::context_question("offered_by").unwrap();
    let employer = offered_by.choices.iter().find(|c| c.id == "employer").unwrap();
    answers.choose(offered_by, employer);
    assert_eq!(routing::prune(&mut answers), 1, "sub_agent no longer applies");
    assert_eq!(answers.get(questionnaire::question("sub_agent").unwrap()), None);
    assert_eq!(answers.get(questionnaire::question("cash_no_receipt").unwrap()), Some(Answer::Yes));
    assert_eq!(routing::prune(&mut answers), 0);
}

#[test]
fn every_section_and_question_is_reached_by_some_offer() {
    let mut reached = std::collections::BTreeSet::new();
    let mut choices = vec![0; CONTEXT.len()];
    // Every combination of choices (a few thousand): the build checks the same with open choices left out.
    loop {
        let mut answers = Answers::new();
        for (q, i) in CONTEXT.iter().zip(&choices) {
            answers.choose(q, &q.choices[*i]);
        }
        reached.extend(asked(&answers));
        let Some(k) = (0..CONTEXT.len()).find(|k| choices[*k] + 1 < CONTEXT[*k].choices.len()) else { break };
        choices[k] += 1;
        for c in &mut choices[..k] {
            *c = 0;
        }
    }
    for q in questionnaire::questions() {
        assert!(reached.contains(q.id), "{} is never asked", q.id);
    }
    assert!(SECTIONS.iter().all(|s| s.questions.iter().any(|q| reached.contains(q.id))));
}
