//! The wizard's state and the actions that change it: pure, so the whole flow is tested natively.
//! Routing only; the scoring policy lives in [`crate::assessment`].

use std::rc::Rc;

use yew::Reducible;

use crate::assessment::Answers;
use crate::handover::{self, Screen};
use crate::questionnaire::{Answer, Locale, Question, SECTIONS};

/// Where the person is in the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The opening screen with the privacy promise.
    Intro,
    /// A section of questions, by index into the questionnaire's sections.
    Section(usize),
    /// "Check your answers".
    Review,
    /// The result.
    Result,
}

/// Everything the widget remembers, in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub locale: Locale,
    /// The current screen.
    pub step: Step,
    /// The answers so far, keyed by question id.
    pub answers: Answers,
    /// Whether Continue was pressed on this section with questions unanswered.
    pub show_errors: bool,
    /// Whether the person has reached "Check your answers" once; Continue then returns there.
    pub reviewing: bool,
}

/// What a person can do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Leave the intro for the first section.
    Start,
    /// Answer a question.
    Answer(&'static Question, Answer),
    /// Go on from a section or from "Check your answers".
    Continue,
    /// Go back one screen.
    Back,
    /// From "Check your answers", change the answers of a section.
    Change(usize),
    /// Switch language; answers are kept.
    SetLocale(Locale),
    /// Forget every answer and return to the intro.
    StartAgain,
}

impl State {
    /// A fresh check in this language.
    pub fn new(locale: Locale) -> Self {
        State { locale, step: Step::Intro, answers: Answers::new(), show_errors: false, reviewing: false }
    }

    /// A check taken over from the loader's static first screen, from its resume string (the grammar is in
    /// [`crate::handover`]). Unknown ids or answers are ignored.
    pub fn resumed(locale: Locale, resume: &str) -> Self {
        let mut state = State::new(locale);
        let (screen, answers) = handover::resume(resume);
        if screen == Some(Screen::Section) {
            state.step = Step::Section(0);
        }
        for (id, answer) in answers {
            if let (Some(q), Some(a)) = (crate::questionnaire::question(id), Answer::from_name(answer)) {
                state.answers.set(q, a);
            }
        }
        state
    }

    /// The questions of the current section that have no answer yet.
    pub fn unanswered(&self) -> Vec<&'static Question> {
        match self.step {
            Step::Section(i) => SECTIONS[i].questions.iter().filter(|q| self.answers.get(q).is_none()).collect(),
            _ => Vec::new(),
        }
    }

    /// The state after an action.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let last = SECTIONS.len() - 1;
        match (action, self.step) {
            (Action::Start, Step::Intro) => next.step = Step::Section(0),
            (Action::Answer(question, answer), _) => next.answers.set(question, answer),
            (Action::Continue, Step::Section(i)) => {
                if !self.unanswered().is_empty() {
                    next.show_errors = true;
                } else {
                    next.show_errors = false;
                    next.step = if self.reviewing || i == last { Step::Review } else { Step::Section(i + 1) };
                    next.reviewing |= next.step == Step::Review;
                }
            }
            (Action::Continue, Step::Review) => next.step = Step::Result,
            (Action::Back, Step::Section(_)) if self.reviewing => next.step = Step::Review,
            (Action::Back, Step::Section(0)) => next.step = Step::Intro,
            (Action::Back, Step::Section(i)) => next.step = Step::Section(i - 1),
            (Action::Back, Step::Review) => next.step = Step::Section(last),
            (Action::Back, Step::Result) => next.step = Step::Review,
            (Action::Change(i), Step::Review) if i <= last => next.step = Step::Section(i),
            (Action::SetLocale(locale), _) => next.locale = locale,
            (Action::StartAgain, _) => next = State::new(self.locale),
            _ => {}
        }
        if next.step != self.step {
            next.show_errors = false;
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
