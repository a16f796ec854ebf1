//! The wizard's reducer, transition by transition: pure, no browser. It walks only the screens that apply.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use job_offer_check::questionnaire::{self, Answer, Locale, CONTEXT, SECTIONS};
use job_offer_check::routing;
use job_offer_check::state::{Action, State, Step};

/// Chooses for every question about the offer (by id; the first choice for those not named).
fn about(mut state: State, choices: &[(&str, &str)]) -> State {
    for q in CONTEXT {
        let id = choices.iter().find(|(c, _)| *c == q.id).map_or(q.choices[0].id, |(_, v)| *v);
        state = state.apply(Action::Choose(q, q.choices.iter().find(|c| c.id == id).unwrap()));
    }
    state
}

/// Answers every question of the current section that applies with `answer`.
fn answer_section(mut state: State, answer: Answer) -> State {
    let Step::Section(i) = state.step else { panic!("not on a section: {:?}", state.step) };
    loop {
        let open: Vec<_> = routing::section_questions(&SECTIONS[i], &state.answers)
            .filter(|q| state.answers.get(q).is_none())
            .collect();
        if open.is_empty() {
            return state;
        }
        for q in open {
            state = state.apply(Action::Answer(q, answer));
        }
    }
}

fn at_review(choices: &[(&str, &str)]) -> State {
    let mut state = about(State::new(Locale::En).apply(Action::Start), choices).apply(Action::Continue);
    while let Step::Section(_) = state.step {
        state = answer_section(state, Answer::No).apply(Action::Continue);
    }
    assert_eq!(state.step, Step::Review);
    state
}

const AGENT: [(&str, &str); 5] =
    [("offered_by", "agent"), ("destination", "gulf"), ("job", "labour"), ("visa", "work"), ("stage", "asked_to_pay")];

#[test]
fn start_opens_about_the_offer_which_needs_every_choice() {
    let state = State::new(Locale::Ur).apply(Action::Start);
    assert_eq!(state.step, Step::About);
    let stuck = state.apply(Action::Continue);
    assert_eq!(stuck.step, Step::About);
    assert!(stuck.show_errors);
    assert_eq!(stuck.missing().len(), CONTEXT.len());
    let chosen = about(stuck, &AGENT).apply(Action::Continue);
    assert_eq!(chosen.step, Step::Section(chosen.sections()[0]));
    assert!(!chosen.show_errors);
}

#[test]
fn only_the_sections_that_apply_are_walked_and_back_retraces_them() {
    let direct = [("offered_by", "employer"), ("stage", "offered")];
    let first = about(State::new(Locale::En).apply(Action::Start), &direct).apply(Action::Continue);
    let sections = first.sections();
    let recruiter = SECTIONS.iter().position(|s| s.id == "recruiter").unwrap();
    let money = SECTIONS.iter().position(|s| s.id == "money").unwrap();
    assert!(!sections.contains(&recruiter) && !sections.contains(&money), "{sections:?}");
    let mut state = first.clone();
    let mut seen = vec![];
    while let Step::Section(i) = state.step {
        seen.push(i);
        state = answer_section(state, Answer::No).apply(Action::Continue);
    }
    assert_eq!(seen, sections);
    let back = state.apply(Action::Back);
    assert_eq!(back.step, Step::Section(*sections.last().unwrap()));
    assert_eq!(first.apply(Action::Back).step, Step::About);
    assert_eq!(first.apply(Action::Back).apply(Action::Back).step, Step::Intro);
}

#[test]
fn continue_with_a_question_unanswered_stays_and_shows_errors() {
    let state = about(State::new(Locale::En).apply(Action::Start), &AGENT).apply(Action::Continue);
    let stuck = state.apply(Action::Continue);
    assert_eq!(stuck.step, state.step);
    assert!(stuck.show_errors && !stuck.missing().is_empty());
    let next = answer_section(stuck, Answer::NotSure).apply(Action::Continue);
    assert_ne!(next.step, state.step);
    assert!(!next.show_errors);
}

#[test]
fn the_last_section_leads_to_review_then_result_and_back() {
    let review = at_review(&AGENT);
    let result = review.apply(Action::Continue);
    assert_eq!(result.step, Step::Result);
    assert_eq!(result.apply(Action::Back).step, Step::Review);
    assert_eq!(review.apply(Action::Back).step, Step::Section(*review.sections().last().unwrap()));
}

#[test]
fn changing_an_answer_about_the_offer_removes_what_no_longer_applies_and_says_so() {
    let review = at_review(&AGENT);
    assert_eq!(review.removed, 0);
    let agent_questions = review.answers.len();
    let changing = review.apply(Action::Change(Step::About));
    assert_eq!(changing.step, Step::About);
    let offered_by = questionnaire::context_question("offered_by").unwrap();
    let employer = offered_by.choices.iter().find(|c| c.id == "employer").unwrap();
    let changed = changing.apply(Action::Choose(offered_by, employer));
    assert!(changed.removed > 0, "the agent's questions no longer apply");
    assert_eq!(changed.answers.len(), agent_questions - changed.removed);
    let back = changed.apply(Action::Continue);
    assert_eq!(back.step, Step::Review, "Continue returns to Check your answers");
    assert_eq!(back.removed, changed.removed, "which says how many were removed");
    assert_eq!(back.apply(Action::Continue).removed, 0, "and only once");
}

#[test]
fn change_opens_a_section_that_applies_and_returns_to_review() {
    let review = at_review(&AGENT);
    let i = review.sections()[1];
    let changing = review.apply(Action::Change(Step::Section(i)));
    assert_eq!(changing.step, Step::Section(i));
    let q = routing::section_questions(&SECTIONS[i], &changing.answers).next().unwrap();
    let changed = changing.apply(Action::Answer(q, Answer::Yes));
    assert_eq!(changed.apply(Action::Continue).step, Step::Review);
    assert_eq!(changed.answers.get(q), Some(Answer::Yes));
    assert_eq!(review.apply(Action::Change(Step::Section(i))).apply(Action::Back).step, Step::Review);
    let direct = at_review(&[("offered_by", "employer"), ("stage", "offered")]);
    let hidden = (0..SECTIONS.len()).find(|s| !direct.sections().contains(s)).unwrap();
    assert_eq!(direct.apply(Action::Change(Step::Section(hidden))).step, Step::Review, "a section that does not apply");
}

#[test]
fn switching_language_keeps_every_answer_and_the_step_and_start_again_clears() {
    let review = at_review(&AGENT);
    let urdu = review.apply(Action::SetLocale(Locale::Ur));
    assert_eq!((urdu.locale, urdu.step), (Locale::Ur, Step::Review));
    assert_eq!(urdu.answers, review.answers);
    assert_eq!(urdu.apply(Action::StartAgain), State::new(Locale::Ur));
}

#[test]
fn actions_that_do_not_fit_the_step_change_nothing() {
    let intro = State::new(Locale::En);
    assert_eq!(intro.apply(Action::Continue), intro);
    assert_eq!(intro.apply(Action::Back), intro);
    assert_eq!(intro.apply(Action::Change(Step::About)), intro);
    let about = intro.apply(Action::Start);
    assert_eq!(about.apply(Action::Start), about);
}

#[test]
fn locale_tags_are_read_leniently() {
    assert_eq!(Locale::from_tag("ur-PK"), Some(Locale::Ur));
    assert_eq!(Locale::from_tag("EN_gb"), Some(Locale::En));
    assert_eq!(Locale::from_tag("fr"), None);
    assert_eq!(Locale::Ur.direction(), "rtl");
}

#[test]
fn a_check_resumed_from_the_static_first_screen_keeps_its_screen_and_choices() {
    let state = State::resumed(Locale::Ur, "about;offered_by=agent;destination=nowhere;no_such=yes;stage=paid");
    assert_eq!(state.step, Step::About);
    assert_eq!(state.locale, Locale::Ur);
    let choice = |id| state.answers.choice(questionnaire::context_question(id).unwrap()).map(|c| c.id);
    assert_eq!((choice("offered_by"), choice("stage"), choice("destination")), (Some("agent"), Some("paid"), None));
    assert_eq!(state.answers.len(), 2, "unknown ids and choices are ignored");
    assert_eq!(State::resumed(Locale::En, "intro"), State::new(Locale::En));
}

#[test]
fn every_step_has_its_own_history_code_and_reads_back() {
    let steps: Vec<Step> = [Step::Intro, Step::About, Step::Review, Step::Result]
        .into_iter()
        .chain((0..SECTIONS.len()).map(Step::Section))
        .collect();
    let mut codes: Vec<u32> = steps.iter().map(|s| s.code()).collect();
    for step in &steps {
        assert_eq!(Step::from_code(step.code()), Some(*step));
    }
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), steps.len(), "no two steps share a code");
    assert_eq!(Step::from_code(4 + SECTIONS.len() as u32), None, "a section past the last is none");
}

#[test]
fn back_and_forward_show_only_the_screens_the_answers_reach() {
    let review = at_review(&AGENT);
    let first = review.sections()[0];
    // Back from Check your answers through the browser, then Forward again: answers kept, steps as they were.
    let back = review.apply(Action::Show(Step::Section(first)));
    assert_eq!(back.step, Step::Section(first));
    assert_eq!(back.answers, review.answers);
    assert_eq!(back.apply(Action::Show(Step::Review)).step, Step::Review);
    assert_eq!(back.apply(Action::Show(Step::Intro)).step, Step::Intro, "the intro is always reachable");

    // Forward to a result with questions unanswered, or to a section that no longer applies, is refused.
    let fresh = State::new(Locale::En).apply(Action::Start);
    assert_eq!(fresh.apply(Action::Show(Step::Result)).step, Step::About);
    assert_eq!(fresh.apply(Action::Show(Step::Section(first))).step, Step::About, "About the offer is not answered");
    let direct = at_review(&[("offered_by", "employer"), ("stage", "offered")]);
    let hidden = (0..SECTIONS.len()).find(|s| !direct.sections().contains(s)).unwrap();
    assert_eq!(direct.apply(Action::Show(Step::Section(hidden))).step, Step::Review);
}
