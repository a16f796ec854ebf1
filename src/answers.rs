//! A person's answers, keyed by question id (never by position): the choice for each question about the offer, and
//! Yes / No / Not sure for each Yes/No question. Kept in memory only, sorted by id, so that equal answers compare equal
//! whatever order they were given in (a plain vector: a map's code costs wasm bytes for some fifty entries).

use crate::questionnaire::{self, Answer, Choice, ContextQuestion, Question};

/// The answers so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// (context question id, choice id).
    choices: Vec<(&'static str, &'static str)>,
    /// (question id, answer).
    answers: Vec<(&'static str, Answer)>,
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the answer to a Yes/No question, replacing any earlier one.
    pub fn set(&mut self, question: &'static Question, answer: Answer) {
        match self.answers.binary_search_by(|(id, _)| (*id).cmp(question.id)) {
            Ok(i) => self.answers[i].1 = answer,
            Err(i) => self.answers.insert(i, (question.id, answer)),
        }
    }

    /// The answer to a Yes/No question, if given.
    pub fn get(&self, question: &Question) -> Option<Answer> {
        self.answers.iter().find(|(id, _)| *id == question.id).map(|(_, answer)| *answer)
    }

    /// Records the choice for a question about the offer, replacing any earlier one.
    pub fn choose(&mut self, question: &'static ContextQuestion, choice: &'static Choice) {
        match self.choices.binary_search_by(|(id, _)| (*id).cmp(question.id)) {
            Ok(i) => self.choices[i].1 = choice.id,
            Err(i) => self.choices.insert(i, (question.id, choice.id)),
        }
    }

    /// The choice made for a question about the offer, if any.
    pub fn choice(&self, question: &'static ContextQuestion) -> Option<&'static Choice> {
        let (_, id) = self.choices.iter().find(|(q, _)| *q == question.id)?;
        question.choices.iter().find(|c| c.id == *id)
    }

    /// Forgets the answer to a Yes/No question.
    pub fn forget(&mut self, question: &Question) {
        self.answers.retain(|(id, _)| *id != question.id);
    }

    /// How many questions (about the offer, and Yes/No) have an answer.
    pub fn len(&self) -> usize {
        self.choices.len() + self.answers.len()
    }

    /// Whether no question has an answer.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Answers from `(id, value)` pairs: a choice id for a question about the offer, an answer name (`yes`, `no`,
    /// `unsure`) for a Yes/No question. The error says which id or value is not one.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, String> {
        let mut answers = Self::new();
        for (id, value) in pairs {
            if let Some(question) = questionnaire::context_question(id) {
                let choice = question.choices.iter().find(|c| c.id == value).ok_or_else(|| {
                    let known: Vec<&str> = question.choices.iter().map(|c| c.id).collect();
                    format!("'{value}' is not a choice of {id} (its choices: {})", known.join(", "))
                })?;
                answers.choose(question, choice);
            } else if let Some(question) = questionnaire::question(id) {
                let answer = Answer::from_name(value)
                    .ok_or_else(|| format!("'{value}' is not an answer to {id} (use yes, no or unsure)"))?;
                answers.set(question, answer);
            } else {
                return Err(format!("unknown question id '{id}'"));
            }
        }
        Ok(answers)
    }
}
