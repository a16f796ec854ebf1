//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use job_offer_check::assessment::Answers;
use job_offer_check::questionnaire::{self, Answer, Question};
use serde::Deserialize;

/// The answer to a question that does not reveal its warning sign.
pub fn safe(question: &Question) -> Answer {
    if question.warning == Answer::Yes {
        Answer::No
    } else {
        Answer::Yes
    }
}

/// Every question answered safely, then the given answers on top.
pub fn answers_with(given: &[(&str, Answer)]) -> Answers {
    let mut answers = Answers::new();
    for q in questionnaire::questions() {
        answers.set(q, safe(q));
    }
    for (id, answer) in given {
        answers.set(questionnaire::question(id).unwrap_or_else(|| panic!("no question {id}")), *answer);
    }
    answers
}

/// A realistic case from `tests/scenarios/`: the answers given and what the result must show.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub description: String,
    pub answers: BTreeMap<String, Answer>,
    pub expect: Expected,
}

/// The expected result of a scenario.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub band: String,
    pub signs: Vec<String>,
    pub find_out: Vec<String>,
    pub services: Vec<String>,
}

/// Every scenario file, by name.
pub fn scenarios() -> Vec<(String, Scenario)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| {
            let name = e.file_name().to_string_lossy().trim_end_matches(".json").to_string();
            let text = std::fs::read_to_string(e.path()).unwrap();
            let scenario = serde_json::from_str(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            (name, scenario)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
