//! The wizard's state and the actions that change it: pure, so the whole flow is tested natively. It moves through
//! the screens that apply ([`crate::routing`] says which); the verdict's policy lives in [`crate::assessment`].

use std::rc::Rc;

use yew::Reducible;

use crate::answers::Answers;
use crate::handover::{self, Screen};
use crate::questionnaire::{self, Answer, Choice, ContextQuestion, Question, Text, CONTEXT, SECTIONS};
use crate::routing;

/// Where the person is in the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The opening screen with the privacy promise.
    Intro,
    /// "About the offer": the questions that decide what else is asked.
    About,
    /// A section of questions, by index into the questionnaire's sections (only sections that apply are shown).
    Section(usize),
    /// "Check your answers".
    Review,
    /// The result.
    Result,
}

impl Step {
    /// The step as a number, for the browser's history (the entry holds the step, never an answer): 0 the intro, 1
    /// About the offer, 2 Check your answers, 3 the result, 4 + n section n.
    pub fn code(self) -> u32 {
        match self {
            Step::Intro => 0,
            Step::About => 1,
            Step::Review => 2,
            Step::Result => 3,
            Step::Section(i) => 4 + i as u32,
        }
    }

    /// The step a number stands for (see [`Step::code`]); `None` for a number that is none.
    pub fn from_code(code: u32) -> Option<Step> {
        match code {
            0 => Some(Step::Intro),
            1 => Some(Step::About),
            2 => Some(Step::Review),
            3 => Some(Step::Result),
            n => SECTIONS.get(n as usize - 4).map(|_| Step::Section(n as usize - 4)),
        }
    }
}

/// Everything the widget remembers, in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub locale: questionnaire::Locale,
    /// The current screen.
    pub step: Step,
    /// The answers so far, keyed by question id; only answers to questions that apply are kept.
    pub answers: Answers,
    /// Whether Continue was pressed on this screen with questions unanswered.
    pub show_errors: bool,
    /// Whether the person has reached "Check your answers" once; Continue then returns there.
    pub reviewing: bool,
    /// How many answers were removed since "Check your answers" was last shown, because a changed answer made their
    /// questions no longer apply; shown there, then cleared.
    pub removed: usize,
}

/// What a person can do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Leave the intro for "About the offer".
    Start,
    /// Choose an answer to a question about the offer.
    Choose(&'static ContextQuestion, &'static Choice),
    /// Answer a Yes/No question.
    Answer(&'static Question, Answer),
    /// Go on from a screen of questions or from "Check your answers".
    Continue,
    /// Go back one screen.
    Back,
    /// From "Check your answers", change the answers of a screen (About, or a section).
    Change(Step),
    /// Switch language; answers are kept.
    SetLocale(questionnaire::Locale),
    /// Forget every answer and return to the intro.
    StartAgain,
    /// Show a screen the person was on before, from the browser's Back or Forward; refused when the answers no longer
    /// reach it (a section that no longer applies, Check your answers with questions unanswered).
    Show(Step),
}

impl State {
    /// A fresh check in this language.
    pub fn new(locale: questionnaire::Locale) -> Self {
        State { locale, step: Step::Intro, answers: Answers::new(), show_errors: false, reviewing: false, removed: 0 }
    }

    /// A check taken over from the loader's static first screen, from its resume string (the grammar is in
    /// [`crate::handover`]): the screen, and the choices made there. Unknown ids or choices are ignored.
    pub fn resumed(locale: questionnaire::Locale, resume: &str) -> Self {
        let mut state = State::new(locale);
        let (screen, answers) = handover::resume(resume);
        if screen == Some(Screen::About) {
            state.step = Step::About;
        }
        for (id, value) in answers {
            let question = questionnaire::context_question(id);
            if let Some((q, c)) = question.and_then(|q| Some((q, q.choices.iter().find(|c| c.id == value)?))) {
                state.answers.choose(q, c);
            }
        }
        state
    }

    /// The sections that apply to the answers so far, by index, in order.
    pub fn sections(&self) -> Vec<usize> {
        routing::sections(&self.answers).collect()
    }

    /// The questions of the current screen that have no answer yet, as (id, question): those about the offer on
    /// "About the offer", those that apply on a section.
    pub fn missing(&self) -> Vec<(&'static str, &'static Text)> {
        let mut missing = Vec::new();
        match self.step {
            Step::About => {
                for q in CONTEXT.iter().filter(|q| self.answers.choice(q).is_none()) {
                    missing.push((q.id, &q.text));
                }
            }
            Step::Section(i) => {
                for q in
                    routing::section_questions(&SECTIONS[i], &self.answers).filter(|q| self.answers.get(q).is_none())
                {
                    missing.push((q.id, &q.text));
                }
            }
            _ => {}
        }
        missing
    }

    /// Whether the answers reach `step`: the intro and About the offer always; a section when it applies and About the
    /// offer is answered; Check your answers and the result when every question that applies is answered.
    pub fn reaches(&self, step: Step) -> bool {
        let about = CONTEXT.iter().all(|q| self.answers.choice(q).is_some());
        match step {
            Step::Intro | Step::About => true,
            Step::Section(i) => about && self.sections().contains(&i),
            Step::Review | Step::Result => {
                about && routing::questions(&self.answers).all(|q| self.answers.get(q).is_some())
            }
        }
    }

    /// The screen after this one: the next section that applies, or "Check your answers".
    fn next(&self, after: Option<usize>) -> Step {
        let sections = self.sections();
        let next = sections.into_iter().find(|i| after.is_none_or(|a| *i > a));
        match next {
            Some(i) if !self.reviewing => Step::Section(i),
            _ => Step::Review,
        }
    }

    /// The screen before a section: the previous section that applies, or "About the offer".
    fn previous(&self, before: usize) -> Step {
        self.sections().into_iter().rev().find(|i| *i < before).map_or(Step::About, Step::Section)
    }

    /// The state after an action.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match (action, self.step) {
            (Action::Start, Step::Intro) => next.step = Step::About,
            (Action::Choose(question, choice), _) => {
                next.answers.choose(question, choice);
                next.removed += routing::prune(&mut next.answers);
            }
            (Action::Answer(question, answer), _) => {
                next.answers.set(question, answer);
                next.removed += routing::prune(&mut next.answers);
            }
            (Action::Continue, Step::About | Step::Section(_)) if !self.missing().is_empty() => next.show_errors = true,
            (Action::Continue, Step::About) => next.step = next.next(None),
            (Action::Continue, Step::Section(i)) => next.step = next.next(Some(i)),
            (Action::Continue, Step::Review) => next.step = Step::Result,
            (Action::Back, Step::About) => next.step = Step::Intro,
            (Action::Back, Step::Section(_)) if self.reviewing => next.step = Step::Review,
            (Action::Back, Step::Section(i)) => next.step = self.previous(i),
            (Action::Back, Step::Review) => next.step = self.previous(SECTIONS.len()),
            (Action::Back, Step::Result) => next.step = Step::Review,
            (Action::Change(Step::About), Step::Review) => next.step = Step::About,
            (Action::Change(Step::Section(i)), Step::Review) if self.sections().contains(&i) => {
                next.step = Step::Section(i)
            }
            (Action::SetLocale(locale), _) => next.locale = locale,
            (Action::StartAgain, _) => next = State::new(self.locale),
            (Action::Show(step), _) if self.reaches(step) => next.step = step,
            _ => {}
        }
        if next.step != self.step {
            next.show_errors = false;
            next.reviewing |= next.step == Step::Review;
            if self.step == Step::Review {
                next.removed = 0;
            }
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
