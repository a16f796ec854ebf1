//! Which questions a person is asked: a pure function of the answers so far. The data says when (`ask_if`, in
//! `questions/`); this reads it. A condition holds when the earlier question's answer is one it names, or leaves
//! things open (an open choice, "Not sure", or no answer yet): when in doubt, ask.

use crate::answers::Answers;
use crate::questionnaire::{self, Answer, Condition, Question, Section, SECTIONS};

/// Whether a condition holds for these answers.
pub fn holds(condition: &Condition, answers: &Answers) -> bool {
    if let Some(context) = questionnaire::context_question(condition.on) {
        return answers.choice(context).is_none_or(|c| c.open || condition.any_of.contains(&c.id));
    }
    match questionnaire::question(condition.on).and_then(|q| answers.get(q)) {
        None | Some(Answer::NotSure) => true,
        Some(answer) => condition.any_of.contains(&answer.name()),
    }
}

/// Whether all the conditions hold.
pub fn all_hold(conditions: &[Condition], answers: &Answers) -> bool {
    conditions.iter().all(|c| holds(c, answers))
}

/// Whether a question of a section is asked, given these answers.
pub fn applies(section: &Section, question: &Question, answers: &Answers) -> bool {
    all_hold(section.ask_if, answers) && all_hold(question.ask_if, answers)
}

/// The questions of a section that are asked, in order.
pub fn section_questions<'a>(
    section: &'static Section,
    answers: &'a Answers,
) -> impl Iterator<Item = &'static Question> + 'a {
    let asked = all_hold(section.ask_if, answers);
    section.questions.iter().filter(move |q| asked && all_hold(q.ask_if, answers))
}

/// The indices of the sections that are asked (those with at least one question asked), in order.
pub fn sections(answers: &Answers) -> impl Iterator<Item = usize> + '_ {
    (0..SECTIONS.len()).filter(move |i| section_questions(&SECTIONS[*i], answers).next().is_some())
}

/// Every Yes/No question that is asked, in questionnaire order.
pub fn questions(answers: &Answers) -> impl Iterator<Item = &'static Question> + '_ {
    SECTIONS.iter().flat_map(move |s| section_questions(s, answers))
}

/// Forgets the answers to questions that are no longer asked (after a changed answer); returns how many were
/// forgotten. A question that does not apply is neither a sign nor an unknown, so its answer must go. One pass in
/// questionnaire order is enough: a condition names only an earlier question (the build checks it), so forgetting an
/// answer can only change whether a later question is asked.
pub fn prune(answers: &mut Answers) -> usize {
    let mut dropped = 0;
    for section in SECTIONS {
        for question in section.questions {
            if answers.get(question).is_some() && !applies(section, question, answers) {
                answers.forget(question);
                dropped += 1;
            }
        }
    }
    dropped
}
