//! `job-offer-check`: the native command-line tool for content editors and counsellors.
//!
//! - `validate [DIR]` checks a questionnaire directory (default `questions/`) and prints every problem.
//! - `score FILE` reads answers (`question_id = "yes" | "no" | "unsure"`, as TOML or JSON) and prints the band, the
//!   warning signs, the things to find out and the services as JSON, using the same engine and data as the widget.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use job_offer_check::assessment::{assess, Answers};
use job_offer_check::content;
use job_offer_check::questionnaire::Answer;

const USAGE: &str = "usage: job-offer-check validate [DIR] | score FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate"] => validate(Path::new("questions")),
        ["validate", dir] => validate(Path::new(dir)),
        ["score", file] => score(Path::new(file)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn validate(dir: &Path) -> Result<String, String> {
    match content::load_dir(dir) {
        Ok(q) => Ok(format!(
            "{}: valid: {} sections, {} questions, {} services",
            dir.display(),
            q.sections.len(),
            q.sections.iter().map(|s| s.questions.len()).sum::<usize>(),
            q.services.len()
        )),
        Err(errors) => Err(errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    }
}

fn score(file: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: cannot be read: {e}", file.display()))?;
    let parsed: BTreeMap<String, Answer> = if file.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?
    } else {
        toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?
    };
    let answers = Answers::from_pairs(parsed.iter().map(|(id, a)| (id.as_str(), *a)))
        .map_err(|id| format!("{}: unknown question id '{id}'", file.display()))?;
    let result = assess(&answers);
    let ids = |qs: &[&job_offer_check::questionnaire::Question]| qs.iter().map(|q| q.id).collect::<Vec<_>>();
    let json = serde_json::json!({
        "band": result.band,
        "points": result.points,
        "signs": ids(&result.signs),
        "find_out": ids(&result.find_out),
        "services": result.services.iter().map(|s| s.id).collect::<Vec<_>>(),
    });
    Ok(serde_json::to_string_pretty(&json).expect("plain JSON values serialise"))
}
