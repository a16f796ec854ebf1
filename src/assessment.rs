//! The scoring engine: from answers keyed by question id to a risk band, the warning signs found, the things to find
//! out and the services that fit. Plain Rust: no web types, deterministic, the same for the widget and the CLI.
//!
//! The rule (documented for content editors in `questions/README.md`, numbers in `questions/scoring.toml`):
//! a warning answer earns the points of its question's severity, "Not sure" earns half, a safe answer none. The sum
//! gives the band: from `serious` points "serious warning signs", from `some` points "some warning signs", else
//! "few warning signs". The numbers model the ILO/EC rule for an element of trafficking (2 strong, or 1 strong and
//! 1 medium or weak, or 3 medium, or 2 medium and 1 weak), with high = strong, medium = medium and low = weak; a
//! critical sign alone reaches `serious` (the build checks this).

use crate::questionnaire::{self, Answer, Question, Service, Severity, SCORING, SERVICES};

/// How many warning signs an offer shows, as one of three bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskBand {
    /// Few or no warning signs.
    Few,
    /// Some warning signs: check before paying or travelling.
    Some,
    /// Serious warning signs: stop and get help.
    Serious,
}

impl RiskBand {
    /// The machine name, as in scenario files and the `data-band` attribute the stylesheet colours by.
    pub fn name(self) -> &'static str {
        match self {
            RiskBand::Few => "few",
            RiskBand::Some => "some",
            RiskBand::Serious => "serious",
        }
    }
}

/// A person's answers, keyed by question id (never by position). Kept sorted by id, so equal answers compare equal
/// whatever order they were given in; a plain vector, because a map's code costs wasm bytes for at most 36 entries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(&'static str, Answer)>);

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the answer to a question, replacing any earlier one.
    pub fn set(&mut self, question: &'static Question, answer: Answer) {
        match self.0.binary_search_by(|(id, _)| (*id).cmp(question.id)) {
            Ok(i) => self.0[i].1 = answer,
            Err(i) => self.0.insert(i, (question.id, answer)),
        }
    }

    /// The answer to a question, if given.
    pub fn get(&self, question: &Question) -> Option<Answer> {
        self.0.iter().find(|(id, _)| *id == question.id).map(|(_, answer)| *answer)
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no question has an answer.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Answers from `(question id, answer)` pairs; the error names the first id that is not a question.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, Answer)>) -> Result<Self, String> {
        let mut answers = Self::new();
        for (id, answer) in pairs {
            let question = questionnaire::question(id).ok_or_else(|| id.to_string())?;
            answers.set(question, answer);
        }
        Ok(answers)
    }
}

/// What an answer means for its question's warning sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The warning answer: the sign is present.
    Warning,
    /// "Not sure": something to find out.
    Unsure,
    /// The safe answer.
    Safe,
}

/// How an answer reads for a question.
pub fn reading(question: &Question, answer: Answer) -> Reading {
    match answer {
        Answer::NotSure => Reading::Unsure,
        a if a == question.warning => Reading::Warning,
        _ => Reading::Safe,
    }
}

/// The points a severity earns for a warning answer.
pub fn points(severity: Severity) -> u32 {
    SCORING.points[severity as usize]
}

/// The outcome of the check.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// The band.
    pub band: RiskBand,
    /// The points behind the band.
    pub points: u32,
    /// Warning signs found, most severe first, then in questionnaire order.
    pub signs: Vec<&'static Question>,
    /// Questions answered "Not sure", most severe first: things to find out.
    pub find_out: Vec<&'static Question>,
    /// Services that fit: those shown always, and those named by a sign found or to find out, in the services' order.
    pub services: Vec<&'static Service>,
}

/// Scores the answers. Unanswered questions count as nothing; the result is the same for the same answers.
pub fn assess(answers: &Answers) -> Assessment {
    let mut signs = Vec::new();
    let mut find_out = Vec::new();
    let mut total = 0;
    // One pass per severity, most severe first, gives the order without a sort (whose code costs wasm bytes).
    for severity in Severity::ALL {
        for question in questionnaire::questions().filter(|q| q.severity == severity) {
            match answers.get(question).map(|a| reading(question, a)) {
                Some(Reading::Warning) => {
                    total += points(severity);
                    signs.push(question);
                }
                Some(Reading::Unsure) => {
                    total += points(severity) / 2;
                    find_out.push(question);
                }
                Some(Reading::Safe) | None => {}
            }
        }
    }
    let services = SERVICES
        .iter()
        .filter(|s| s.always || signs.iter().chain(&find_out).any(|q| q.services.contains(&s.id)))
        .collect();
    Assessment { band: band(total), points: total, signs, find_out, services }
}

/// The band for a number of points.
pub fn band(points: u32) -> RiskBand {
    if points >= SCORING.serious {
        RiskBand::Serious
    } else if points >= SCORING.some {
        RiskBand::Some
    } else {
        RiskBand::Few
    }
}
