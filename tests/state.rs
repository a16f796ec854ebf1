//! The wizard's reducer, transition by transition: pure, no browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use job_offer_check::questionnaire::{Answer, Locale, SECTIONS};
use job_offer_check::state::{Action, State, Step};

fn answer_section(mut state: State, index: usize, answer: Answer) -> State {
    for q in SECTIONS[index].questions {
        state = state.apply(Action::Answer(q, answer));
    }
    state
}

fn at_review() -> State {
    let mut state = State::new(Locale::En).apply(Action::Start);
    for i in 0..SECTIONS.len() {
        state = answer_section(state, i, Answer::No).apply(Action::Continue);
    }
    assert_eq!(state.step, Step::Review);
    state
}

#[test]
fn start_opens_the_first_section() {
    assert_eq!(State::new(Locale::Ur).apply(Action::Start).step, Step::Section(0));
}

#[test]
fn continue_with_an_unanswered_question_stays_and_shows_errors() {
    let state = State::new(Locale::En).apply(Action::Start).apply(Action::Continue);
    assert_eq!(state.step, Step::Section(0));
    assert!(state.show_errors);
    assert_eq!(state.unanswered().len(), SECTIONS[0].questions.len());
    let answered = answer_section(state, 0, Answer::NotSure);
    assert!(answered.unanswered().is_empty());
    let next = answered.apply(Action::Continue);
    assert_eq!(next.step, Step::Section(1));
    assert!(!next.show_errors);
}

#[test]
fn next_and_back_walk_the_sections_in_order() {
    let state = answer_section(State::new(Locale::En).apply(Action::Start), 0, Answer::Yes).apply(Action::Continue);
    assert_eq!(state.step, Step::Section(1));
    let back = state.apply(Action::Back);
    assert_eq!(back.step, Step::Section(0));
    assert_eq!(back.answers, state.answers, "Back keeps answers");
    assert_eq!(back.apply(Action::Back).step, Step::Intro);
}

#[test]
fn the_last_section_leads_to_review_then_result_and_back() {
    let review = at_review();
    let result = review.apply(Action::Continue);
    assert_eq!(result.step, Step::Result);
    assert_eq!(result.apply(Action::Back).step, Step::Review);
    assert_eq!(review.apply(Action::Back).step, Step::Section(SECTIONS.len() - 1));
}

#[test]
fn change_answers_a_section_again_and_returns_to_review() {
    let review = at_review();
    let changing = review.apply(Action::Change(1));
    assert_eq!(changing.step, Step::Section(1));
    let changed = answer_section(changing, 1, Answer::Yes);
    let back_at_review = changed.apply(Action::Continue);
    assert_eq!(back_at_review.step, Step::Review);
    assert_eq!(back_at_review.answers.get(&SECTIONS[1].questions[0]), Some(Answer::Yes));
    assert_eq!(review.apply(Action::Change(1)).apply(Action::Back).step, Step::Review);
    assert_eq!(review.apply(Action::Change(SECTIONS.len())).step, Step::Review, "no such section");
}

#[test]
fn changing_an_answer_replaces_it() {
    let q = &SECTIONS[0].questions[0];
    let state = State::new(Locale::En).apply(Action::Answer(q, Answer::Yes)).apply(Action::Answer(q, Answer::NotSure));
    assert_eq!(state.answers.get(q), Some(Answer::NotSure));
    assert_eq!(state.answers.len(), 1);
}

#[test]
fn switching_language_keeps_every_answer_and_the_step() {
    let review = at_review();
    let urdu = review.apply(Action::SetLocale(Locale::Ur));
    assert_eq!(urdu.locale, Locale::Ur);
    assert_eq!(urdu.answers, review.answers);
    assert_eq!(urdu.step, Step::Review);
}

#[test]
fn start_again_clears_every_answer_and_keeps_the_language() {
    let done = at_review().apply(Action::SetLocale(Locale::Ur)).apply(Action::Continue).apply(Action::StartAgain);
    assert_eq!(done, State::new(Locale::Ur));
    assert!(done.answers.is_empty());
}

#[test]
fn actions_that_do_not_fit_the_step_change_nothing() {
    let intro = State::new(Locale::En);
    assert_eq!(intro.apply(Action::Continue), intro);
    assert_eq!(intro.apply(Action::Back), intro);
    assert_eq!(intro.apply(Action::Change(0)), intro);
    let section = intro.apply(Action::Start);
    assert_eq!(section.apply(Action::Start), section);
}

#[test]
fn locale_tags_are_read_leniently() {
    assert_eq!(Locale::from_tag("ur-PK"), Some(Locale::Ur));
    assert_eq!(Locale::from_tag("EN_gb"), Some(Locale::En));
    assert_eq!(Locale::from_tag("fr"), None);
    assert_eq!(Locale::Ur.direction(), "rtl");
}

#[test]
fn a_check_resumed_from_the_static_first_screen_keeps_its_step_and_answers() {
    let first = &SECTIONS[0].questions[0];
    let state = State::resumed(
        Locale::Ur,
        &format!("section;{}=unsure;no_such=yes;{}=maybe", first.id, SECTIONS[0].questions[1].id),
    );
    assert_eq!(state.step, Step::Section(0));
    assert_eq!(state.locale, Locale::Ur);
    assert_eq!(state.answers.get(first), Some(Answer::NotSure));
    assert_eq!(state.answers.len(), 1, "unknown ids and answers are ignored");
    assert_eq!(State::resumed(Locale::En, "intro"), State::new(Locale::En));
}
