//! The case library (`tests/scenarios/*.json`): offers written from the research, each with the verdict an MRC
//! counsellor would give and a one-line reason citing research source ids. The native tests score every case through
//! the engine, the end-to-end tests walk them through the widget, and the report prints them by verdict.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::answers::Answers;
use crate::questionnaire::{self, Answer, CONTEXT};
use crate::routing;

/// One case: who is offered what, the answers that differ from "No", and what the result must show.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The offer, in a sentence or two.
    pub description: String,
    /// Why the expected verdict is right, citing research source ids (`[30]`).
    pub reason: String,
    /// The choice for every question about the offer.
    pub context: BTreeMap<String, String>,
    /// The answers other than "No"; every other question that applies is answered "No".
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// What the result must show.
    pub expect: Expected,
}

/// What a case's result must show.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The verdict's name (`few`, `some`, `serious`, `not_enough_answers`).
    pub verdict: String,
    /// The signs found, in the result's order.
    pub signs: Vec<String>,
    /// The steps not yet taken, in the result's order.
    #[serde(default)]
    pub steps: Vec<String>,
    /// The things to find out, in the result's order.
    #[serde(default)]
    pub find_out: Vec<String>,
    /// The services shown, in order.
    pub services: Vec<String>,
}

impl Case {
    /// The full answers a person going through the check would give: the case's choices and answers, and "No" to
    /// every other question that applies (answering a question can make others apply, so until none is left).
    pub fn full_answers(&self) -> Result<Answers, String> {
        let given = self.context.iter().map(|(id, c)| (id.as_str(), c.as_str()));
        let mut answers = Answers::from_pairs(given.chain(self.answers.iter().map(|(id, a)| (id.as_str(), a.name()))))?;
        for id in self.answers.keys() {
            if !routing::questions(&answers).any(|q| q.id == id) {
                return Err(format!("'{id}' is answered but does not apply to this offer"));
            }
        }
        loop {
            let unanswered: Vec<_> = routing::questions(&answers).filter(|q| answers.get(q).is_none()).collect();
            if unanswered.is_empty() {
                return Ok(answers);
            }
            for q in unanswered {
                answers.set(q, Answer::No);
            }
        }
    }

    /// Whether the case chooses for every question about the offer.
    pub fn chooses_everything(&self) -> bool {
        CONTEXT.iter().all(|q| self.context.contains_key(q.id))
            && self.context.keys().all(|k| questionnaire::context_question(k).is_some())
    }
}

/// Every case in a folder, by file name (without `.json`), sorted.
pub fn load(dir: &Path) -> Result<Vec<(String, Case)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "json")) {
        let name = entry.file_name().to_string_lossy().trim_end_matches(".json").to_string();
        let text = std::fs::read_to_string(entry.path()).map_err(|e| format!("{name}: {e}"))?;
        let case = serde_json::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
        out.push((name, case));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}
