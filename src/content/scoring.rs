//! `scoring.toml`: the numbers of the verdict's rule (its reasoning is in `questions/README.md`). The build holds them
//! to the rule's stated properties, so that no edit can break one: a critical sign alone and two high signs give
//! "serious", weak signs alone never lift the band above "few", and an important thing still unknown, once known to be
//! a sign, never lowers the band.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::context::ContextQuestion;
use super::fields::Problems;
use super::routing::{self, AskIf, Condition, Earlier};
use crate::questionnaire::{Combination, Severity};

/// `questions/scoring.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringFile {
    serious: BandEntry,
    some: BandEntry,
    few: CallsEntry,
    unknowns: UnknownsEntry,
    steps: StepsEntry,
    answers: AnswersEntry,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BandEntry {
    when: Vec<BTreeMap<String, u8>>,
    call: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CallsEntry {
    call: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnknownsEntry {
    important: String,
    some: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsEntry {
    count_when: AskIf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersEntry {
    enough_percent: u8,
}

/// The validated numbers (the generated [`crate::questionnaire::Scoring`] holds the same, as static data).
#[derive(Clone, Debug)]
pub struct Scoring {
    /// Combinations of signs that give "serious".
    pub serious: Vec<Combination>,
    /// Combinations of signs that give "some".
    pub some: Vec<Combination>,
    /// "Not sure" on a question this severe or more is an important unknown.
    pub important: Severity,
    /// This many important unknowns give at least "some".
    pub unknowns_for_some: u8,
    /// When a step not yet taken counts as a sign.
    pub steps_count_when: Vec<Condition>,
    /// The share of answers below which "few" is "not enough answers yet".
    pub enough_percent: u8,
    /// The services to call first, for few, some and serious.
    pub calls: [Vec<String>; 3],
}

/// The rule's numbers, checked against the rule's properties.
pub fn scoring(
    problems: &mut Problems,
    file: &str,
    s: ScoringFile,
    context: &[ContextQuestion],
    services: &BTreeSet<&str>,
) -> Scoring {
    let serious = combinations(problems, file, "serious.when", &s.serious.when);
    let some = combinations(problems, file, "some.when", &s.some.when);
    let alone = |severity: Severity, count: u8| {
        let mut counts = [0; 4];
        counts[severity as usize] = count;
        counts
    };
    if !serious.iter().any(|c| c.met_by(alone(Severity::Critical, 1))) {
        problems.error(file, "serious.when", "one critical sign alone must give \"serious\": add { critical = 1 }");
    }
    if !serious.iter().any(|c| c.met_by(alone(Severity::High, 2))) {
        problems.error(file, "serious.when", "two high signs must give \"serious\": add { high = 2 }");
    }
    let important = Severity::from_name(&s.unknowns.important).unwrap_or_else(|| {
        let known = Severity::ALL.map(Severity::name).join(", ");
        problems.error(
            file,
            "unknowns.important",
            format!("unknown severity '{}' (expected one of: {known})", s.unknowns.important),
        );
        Severity::High
    });
    for severity in Severity::ALL.into_iter().filter(|s| *s <= important) {
        if !serious.iter().chain(&some).any(|c| c.met_by(alone(severity, 1))) {
            problems.error(
                file,
                "unknowns.important",
                format!("one {} sign alone gives neither \"some\" nor \"serious\", so an unknown that turned out to be one would lower the band", severity.name()),
            );
        }
    }
    if s.unknowns.some == 0 {
        problems.error(file, "unknowns.some", "must be at least 1");
    }
    let earlier = Earlier { context, questions: &[], all_questions: &[] };
    let steps_count_when = routing::conditions(problems, file, "steps.count_when", Some(s.steps.count_when), &earlier);
    if !(1..=100).contains(&s.answers.enough_percent) {
        problems.error(file, "answers.enough_percent", "must be a share from 1 to 100 (percent)");
    }
    let mut calls = |key: &str, ids: Vec<String>| {
        problems.refs(file, key, &ids, services, "service", "services.toml");
        ids
    };
    let calls = [calls("few.call", s.few.call), calls("some.call", s.some.call), calls("serious.call", s.serious.call)];
    Scoring {
        serious,
        some,
        important,
        unknowns_for_some: s.unknowns.some,
        steps_count_when,
        enough_percent: s.answers.enough_percent,
        calls,
    }
}

fn combinations(problems: &mut Problems, file: &str, key: &str, written: &[BTreeMap<String, u8>]) -> Vec<Combination> {
    let mut out = Vec::new();
    for (i, entry) in written.iter().enumerate() {
        let k = format!("{key}[{i}]");
        let mut counts = [0u8; 4];
        for (name, count) in entry {
            match Severity::from_name(name) {
                Some(severity) => counts[severity as usize] = *count,
                None => {
                    let known = Severity::ALL.map(Severity::name).join(", ");
                    problems.error(file, &k, format!("unknown severity '{name}' (expected one of: {known})"))
                }
            }
        }
        if counts == [0; 4] {
            problems.error(file, &k, "counts no sign: name at least one severity with a number above 0");
        } else if counts[..3] == [0; 3] {
            problems.error(
                file,
                &k,
                "is made of low signs only: weak signs alone must never lift the band above \"few\"",
            );
        }
        out.push(Combination(counts));
    }
    out
}
