//! Reading and validating the questionnaire in `questions/`.
//!
//! This module is compiled twice: by `build.rs` (through `#[path]`), which turns a valid questionnaire into static Rust
//! data, and by the native library, where the command-line `validate` and the tests use it. It never reaches the wasm.
//! Every error names the file, the key path and what is wrong, so a content editor can fix it without reading Rust.
//!
//! One module per kind of file, each with the file's shape as written, its validated type and its rules side by side;
//! [`fields`] holds the rules they share. This file reads the files, in the order their contents depend on each other,
//! and makes the checks that span files.

pub mod codegen;
mod context;
pub mod dated;
mod fields;
mod routing;
mod scoring;
mod sections;
mod services;
mod signs;
mod sources;
pub mod ui_texts;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

pub use context::{Choice, ContextQuestion};
use fields::Problems;
pub use fields::{placeholders, Checked, Localised};
pub use routing::Condition;
pub use scoring::Scoring;
pub use sections::{Question, Section};
pub use services::{Contact, Service};
pub use signs::Sign;
pub use sources::{Indicator, Source};

/// One problem found in `questions/`: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as a path relative to the questionnaire directory's parent (e.g. `questions/services.toml`).
    pub file: String,
    /// The key path inside the file (e.g. `questions[2].why.ur`), or `(file)` for the file as a whole.
    pub key: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.key, self.message)
    }
}

/// The whole questionnaire, validated.
#[derive(Debug)]
pub struct Questionnaire {
    /// The "About the offer" questions, asked first.
    pub context: Vec<ContextQuestion>,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Services in the order shown.
    pub services: Vec<Service>,
    /// Research sources.
    pub sources: Vec<Source>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Scoring numbers.
    pub scoring: Scoring,
    /// Interface texts by key, in the order of [`ui_texts::UI_KEYS`].
    pub ui: Vec<(String, Localised)>,
}

/// Reads every file of a questionnaire directory (e.g. `questions/`) and validates it.
///
/// File names in errors are given relative to the directory's parent, so `questions/services.toml`.
pub fn load_dir(dir: &Path) -> Result<Questionnaire, Vec<ContentError>> {
    read_dir(dir).and_then(|files| validate(&prefix(dir), &files))
}

/// The name files of a questionnaire directory are given under: its own name (`questions` for `questions/`).
pub fn prefix(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "questions".into())
}

/// The text of every file of a questionnaire directory that [`validate`] reads, keyed as it names them
/// (`<prefix>/services.toml`, `<prefix>/sections/1-recruiter.toml`, ...).
pub fn read_dir(dir: &Path) -> Result<BTreeMap<String, String>, Vec<ContentError>> {
    let prefix = prefix(dir);
    let mut files = BTreeMap::new();
    let mut problems = Problems::default();
    let mut read = |rel: String, path: &Path| match std::fs::read_to_string(path) {
        Ok(text) => {
            files.insert(rel, text);
        }
        Err(e) => problems.error(&rel, "(file)", format!("cannot be read: {e}")),
    };
    for name in ["context.toml", "scoring.toml", "services.toml", "sources.toml", "indicators.toml", "ui.toml"] {
        read(format!("{prefix}/{name}"), &dir.join(name));
    }
    match std::fs::read_dir(dir.join("sections")) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".toml") {
                    read(format!("{prefix}/sections/{name}"), &entry.path());
                }
            }
        }
        Err(e) => problems.error(&format!("{prefix}/sections"), "(directory)", format!("cannot be read: {e}")),
    }
    if problems.0.is_empty() {
        Ok(files)
    } else {
        Err(problems.0)
    }
}

/// Validates a questionnaire given as file contents keyed by path (`<prefix>/scoring.toml`, `<prefix>/sections/*.toml`,
/// ...). Sections are ordered by file name. Returns every error found, not only the first.
pub fn validate(prefix: &str, files: &BTreeMap<String, String>) -> Result<Questionnaire, Vec<ContentError>> {
    let mut problems = Problems::default();
    let p = &mut problems;
    let file = |name: &str| format!("{prefix}/{name}");

    let sources_file = file("sources.toml");
    let sources = parse(p, &sources_file, files).map(|f| sources::sources(p, &sources_file, f)).unwrap_or_default();
    let indicators_file = file("indicators.toml");
    let indicators =
        parse(p, &indicators_file, files).map(|f| sources::indicators(p, &indicators_file, f)).unwrap_or_default();
    let source_ids: BTreeSet<u32> = sources.iter().map(|s| s.id).collect();
    let indicator_ids: BTreeSet<&str> = indicators.iter().map(|i| i.id.as_str()).collect();

    // The interface texts come before any file with a date: they give the month names dates are written out with.
    let ui_file = file("ui.toml");
    let (ui, months) = parse(p, &ui_file, files).map(|f| ui_texts::ui_texts(p, &ui_file, f)).unwrap_or_default();

    let services_file = file("services.toml");
    let services = parse(p, &services_file, files)
        .map(|f| services::services(p, &services_file, f, &source_ids, months.as_ref()))
        .unwrap_or_default();
    let service_ids: BTreeSet<&str> = services.iter().map(|s| s.id.as_str()).collect();
    let refs = signs::References {
        sources: &source_ids,
        indicators: &indicator_ids,
        services: &service_ids,
        months: months.as_ref(),
    };

    let context_file = file("context.toml");
    let context =
        parse(p, &context_file, files).map(|f| context::context(p, &context_file, f, &refs)).unwrap_or_default();

    let scoring_file = file("scoring.toml");
    let scoring = parse(p, &scoring_file, files).map(|f| scoring::scoring(p, &scoring_file, f, &context, &service_ids));

    // Every question's id first, so that a condition on a later question is told apart from one on no question.
    let section_prefix = format!("{prefix}/sections/");
    let parsed: Vec<(&String, sections::SectionFile)> = files
        .keys()
        .filter(|k| k.starts_with(&section_prefix))
        .filter_map(|name| parse(p, name, files).map(|f| (name, f)))
        .collect();
    let all_questions: Vec<String> =
        parsed.iter().flat_map(|(_, f)| f.question_ids().map(str::to_string).collect::<Vec<_>>()).collect();
    let mut earlier = Vec::new();
    let mut sections = Vec::new();
    let mut question_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut section_ids: BTreeMap<String, String> = BTreeMap::new();
    for (name, parsed) in parsed {
        let section = sections::section(p, name, parsed, &refs, &mut earlier, &context, &all_questions);
        if let Some(first) = section_ids.insert(section.id.clone(), name.clone()) {
            p.error(name, "id", format!("duplicate section id '{}' (also in {first})", section.id));
        }
        for (i, q) in section.questions.iter().enumerate() {
            if let Some(first) = question_ids.insert(q.id.clone(), name.clone()) {
                p.error(
                    name,
                    &format!("questions[{i}].id"),
                    format!("duplicate question id '{}' (also in {first})", q.id),
                );
            }
        }
        sections.push(section);
    }
    if sections.is_empty() && !files.keys().any(|k| k.starts_with(&section_prefix)) {
        p.error(&format!("{prefix}/sections"), "(directory)", "has no section files (*.toml)");
    }
    // A choice that is a sign shares the results' list with the questions' signs: its id must not be a question's.
    for (i, q) in context.iter().enumerate() {
        for (j, choice) in q.choices.iter().enumerate().filter(|(_, c)| c.sign.is_some()) {
            if let Some(other) = question_ids.get(&choice.id) {
                p.error(
                    &context_file,
                    &format!("context[{i}].choices[{j}].id"),
                    format!("'{}' is a sign, and a question in {other} has the same id", choice.id),
                );
            }
        }
    }

    match (problems.0.is_empty(), scoring) {
        (true, Some(scoring)) => Ok(Questionnaire { context, sections, services, sources, indicators, scoring, ui }),
        _ => Err(problems.0),
    }
}

/// A file parsed into its shape; a missing file or a TOML error is recorded at the key it was found at.
fn parse<T: serde::de::DeserializeOwned>(
    problems: &mut Problems,
    file: &str,
    files: &BTreeMap<String, String>,
) -> Option<T> {
    let Some(text) = files.get(file) else {
        problems.error(file, "(file)", "is missing");
        return None;
    };
    match toml::from_str::<T>(text) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let place = e.span().map(|span| key_at(text, span.start)).unwrap_or_else(|| "(file)".into());
            problems.error(file, &place, e.message());
            None
        }
    }
}

/// The key path and line of a position in a TOML text, e.g. `questions[2].severity (line 31)`, for parse errors.
fn key_at(text: &str, offset: usize) -> String {
    let line_no = text[..offset].matches('\n').count() + 1;
    let mut table = String::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines().take(line_no - 1).map(str::trim) {
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
            let count = counts.entry(name.trim().to_string()).or_default();
            table = format!("{}[{count}]", name.trim());
            *count += 1;
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            table = name.trim().to_string();
        }
    }
    let line = text.lines().nth(line_no - 1).unwrap_or_default();
    let key = line.split_once('=').map(|(k, _)| k.trim()).unwrap_or_default();
    let path = [table.as_str(), key].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(".");
    if path.is_empty() {
        format!("line {line_no}")
    } else {
        format!("{path} (line {line_no})")
    }
}
