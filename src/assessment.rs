//! The verdict engine: from the answers (keyed by id) to a verdict, the warning signs found, the steps not yet taken,
//! the things still unknown and the services that fit. Plain Rust: no web types, deterministic, the same for the
//! widget, the counsellor's print and the CLI.
//!
//! The rule (its numbers in `questions/scoring.toml`, its reasoning and sources in `questions/README.md`):
//! - only the questions that apply count ([`crate::routing`]); a question that does not apply is neither a sign nor
//!   an unknown;
//! - a "Yes", or a choice that is a sign, is a warning sign of its severity; a "Yes" to a step (a check still to do)
//!   is a step not yet taken, and counts as a sign only once `steps.count_when` holds (money asked for or paid, visa or
//!   ticket in hand); "Not sure" is a thing still unknown;
//! - the band is "serious" when the signs found meet one of the `serious` combinations (a critical sign alone; then
//!   the strong and medium part of the ILO/EC combination rule), else "some" when they meet one of the `some`
//!   combinations or when at least `unknowns.some` important questions (`unknowns.important` or more severe) are
//!   still unknown, else "few";
//! - the verdict is the band, except that a "few" with less than `answers.enough_percent` of the applicable questions
//!   answered is "not enough answers yet".
//!
//! Properties, each held by a property test (`tests/properties.rs`) and, where they depend on the numbers, by the
//! build (`src/content/scoring.rs`): any critical sign gives serious; two high signs give serious; unknowns alone
//! never reach serious; weak signs alone never lift the band above few; adding a sign, or turning an unknown into a
//! sign, never lowers the band; the same answers always give the same result.

use crate::answers::Answers;
use crate::questionnaire::{
    Answer, ContactKind, Kind, Question, Service, Severity, Sign, Text, CONTEXT, SCORING, SERVICES,
};
use crate::routing;

named! {
    /// How many warning signs the answers show, as one of three bands.
    pub enum RiskBand {
        /// Few or no warning signs.
        Few = "few",
        /// Some warning signs: check before paying or travelling.
        Some = "some",
        /// Serious warning signs: stop and get help.
        Serious = "serious",
    }
}

named! {
    /// What the result says: the band, or that too few questions were answered for "few" to mean anything.
    pub enum Verdict {
        /// Too few answers to say "few".
        NotEnoughAnswers = "not_enough_answers",
        /// Few or no warning signs.
        Few = "few",
        /// Some warning signs.
        Some = "some",
        /// Serious warning signs.
        Serious = "serious",
    }
}

/// The outcome of the check.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// What the result says.
    pub verdict: Verdict,
    /// The band the findings give.
    pub band: RiskBand,
    /// How many questions apply (those about the offer, and the Yes/No questions asked).
    pub applicable: usize,
    /// How many of them are answered.
    pub answered: usize,
    /// Warning signs found (steps that count as signs among them), most severe first, choices before questions, then
    /// in questionnaire order.
    pub signs: Vec<&'static Sign>,
    /// Steps not yet taken, before any money was asked for: to take before paying or travelling.
    pub steps: Vec<&'static Sign>,
    /// Questions answered "Not sure", most severe first: things to find out.
    pub unknowns: Vec<&'static Question>,
    /// How many of the unknowns are important (`unknowns.important` or more severe).
    pub important_unknowns: usize,
    /// The services to call first: the band's (`call` in scoring.toml) that have a phone number and are shown always
    /// or named by a sign found, in the services' order.
    pub calls: Vec<&'static Service>,
    /// Every service that fits: those shown always, and those named by a sign, a step or an unknown.
    pub services: Vec<&'static Service>,
}

impl Assessment {
    /// The first thing to do, for "some warning signs": what to do about the most severe sign, else the first step,
    /// else what to find out first.
    pub fn first_step(&self) -> Option<&'static Text> {
        let sign = self.signs.first().or(self.steps.first()).map(|s| &s.todo);
        sign.or(self.unknowns.first().map(|q| &q.find_out))
    }
}

/// Assesses the answers. Unanswered questions count as nothing (but count against "enough answers").
pub fn assess(answers: &Answers) -> Assessment {
    let asked: Vec<&'static Question> = routing::questions(answers).collect();
    let steps_count = routing::all_hold(SCORING.steps_count_when, answers);
    let choice_signs = || CONTEXT.iter().filter_map(|q| answers.choice(q)?.sign.as_ref());
    let (mut signs, mut steps, mut unknowns) = (Vec::new(), Vec::new(), Vec::new());
    // One pass per severity, most severe first, gives the order without a sort (whose code costs wasm bytes).
    for severity in Severity::ALL {
        signs.extend(choice_signs().filter(|s| s.severity == severity));
        for q in asked.iter().filter(|q| q.sign.severity == severity) {
            match answers.get(q) {
                Some(Answer::Yes) if q.sign.kind == Kind::Step && !steps_count => steps.push(&q.sign),
                Some(Answer::Yes) => signs.push(&q.sign),
                Some(Answer::NotSure) => unknowns.push(*q),
                Some(Answer::No) | None => {}
            }
        }
    }
    let mut counts = [0u8; 4];
    for sign in &signs {
        counts[sign.severity as usize] = counts[sign.severity as usize].saturating_add(1);
    }
    let important_unknowns = unknowns.iter().filter(|q| q.sign.severity <= SCORING.important).count();
    let band = if SCORING.serious.iter().any(|c| c.met_by(counts)) {
        RiskBand::Serious
    } else if SCORING.some.iter().any(|c| c.met_by(counts))
        || important_unknowns >= usize::from(SCORING.unknowns_for_some)
    {
        RiskBand::Some
    } else {
        RiskBand::Few
    };
    let applicable = CONTEXT.len() + asked.len();
    let answered = CONTEXT.iter().filter(|q| answers.choice(q).is_some()).count()
        + asked.iter().filter(|q| answers.get(q).is_some()).count();
    let enough = answered * 100 >= applicable * usize::from(SCORING.enough_percent);
    let verdict = match band {
        RiskBand::Serious => Verdict::Serious,
        RiskBand::Some => Verdict::Some,
        RiskBand::Few if enough => Verdict::Few,
        RiskBand::Few => Verdict::NotEnoughAnswers,
    };
    // The services the findings name: the signs' first, then the steps' and the unknowns'.
    let mut named: Vec<&str> = Vec::new();
    for sign in &signs {
        named.extend_from_slice(sign.services);
    }
    let by_signs = named.len();
    for sign in steps.iter().copied().chain(unknowns.iter().map(|q| &q.sign)) {
        named.extend_from_slice(sign.services);
    }
    let services = SERVICES.iter().filter(|s| s.always || named.contains(&s.id)).collect();
    let phone = |s: &Service| s.contacts.iter().any(|c| c.kind == ContactKind::Phone);
    let calls = SERVICES
        .iter()
        .filter(|s| SCORING.calls[band as usize].contains(&s.id) && phone(s))
        .filter(|s| s.always || named[..by_signs].contains(&s.id))
        .collect();
    Assessment { verdict, band, applicable, answered, signs, steps, unknowns, important_unknowns, calls, services }
}
