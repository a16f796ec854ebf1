//! Helpers shared by the native test files.
#![allow(dead_code)]

use job_offer_check::answers::Answers;
use job_offer_check::questionnaire::{self, Answer, Severity, Sign, CONTEXT};
use job_offer_check::routing;

use std::path::Path;

/// An offer as the tests describe it: a choice for every question about the offer (by id), then answers.
pub struct Offer {
    /// The answers so far.
    pub answers: Answers,
}

impl Offer {
    /// An offer with these choices; questions about the offer not named take their first choice.
    pub fn new(choices: &[(&str, &str)]) -> Offer {
        let mut answers = Answers::new();
        for q in CONTEXT {
            let id = choices.iter().find(|(c, _)| *c == q.id).map_or(q.choices[0].id, |(_, v)| *v);
            let choice =
                q.choices.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("{id} is not a choice of {}", q.id));
            answers.choose(q, choice);
        }
        Offer { answers }
    }

    /// A typical offer: an agent, the Gulf, building work, a work visa, asked to pay.
    pub fn typical() -> Offer {
        Offer::new(&[
            ("offered_by", "agent"),
            ("destination", "gulf"),
            ("job", "labour"),
            ("visa", "work"),
            ("stage", "asked_to_pay"),
        ])
    }

    /// The same, before any money has been asked for.
    pub fn early() -> Offer {
        Offer::new(&[
            ("offered_by", "agent"),
            ("destination", "gulf"),
            ("job", "labour"),
            ("visa", "work"),
            ("stage", "offered"),
        ])
    }

    /// Every choice open where it can be (so that every question applies).
    pub fn open() -> Offer {
        let choices: Vec<(&str, &str)> = CONTEXT
            .iter()
            .map(|q| (q.id, q.choices.iter().find(|c| c.open).map_or(q.choices[q.choices.len() - 1].id, |c| c.id)))
            .collect();
        Offer::new(&choices)
    }

    /// Answers a question.
    pub fn answer(mut self, id: &str, answer: Answer) -> Offer {
        let q = questionnaire::question(id).unwrap_or_else(|| panic!("no question {id}"));
        self.answers.set(q, answer);
        self
    }

    /// Answers "Yes".
    pub fn yes(self, id: &str) -> Offer {
        self.answer(id, Answer::Yes)
    }

    /// Answers "Not sure".
    pub fn unsure(self, id: &str) -> Offer {
        self.answer(id, Answer::NotSure)
    }

    /// "No" to every question that applies and has no answer yet (until none is left, as answers can make more
    /// questions apply): what a person going through the whole check gives.
    pub fn rest_no(mut self) -> Answers {
        loop {
            let open: Vec<_> = routing::questions(&self.answers).filter(|q| self.answers.get(q).is_none()).collect();
            if open.is_empty() {
                return self.answers;
            }
            for q in open {
                self.answers.set(q, Answer::No);
            }
        }
    }
}

/// The ids of a list of signs.
pub fn ids(signs: &[&Sign]) -> Vec<&'static str> {
    signs.iter().map(|s| s.id).collect()
}

/// A question of this severity that applies to a typical offer and is a sign (not a step), other than `except`.
pub fn sign_question(severity: Severity, except: &[&str]) -> &'static str {
    let answers = Offer::typical().answers;
    let found = routing::questions(&answers)
        .find(|q| q.sign.severity == severity && q.sign.kind == questionnaire::Kind::Sign && !except.contains(&q.id));
    found.unwrap_or_else(|| panic!("no {} question for a typical offer", severity.name())).id
}

/// Copies a folder and everything in it (a questionnaire, to edit in a test without touching `questions/`).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
