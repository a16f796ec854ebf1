//! The command-line tool for content editors and counsellors.
//!
//! - `validate [DIR]` checks a questionnaire directory (default `questions/`) and prints every problem.
//! - `score FILE` reads answers (`question_id = "yes" | "no" | "unsure"`, as TOML or JSON) and prints the band, the
//!   warning signs, the things to find out and the services as JSON, using the same engine and data as the widget.
//! - `report` prints the whole questionnaire as Markdown for reviewers (the checked-in copy is `questions/REPORT.md`).
//! - `export` prints, as JSON for tools and tests, every question's id, section, severity, warning answer and texts,
//!   and the interface texts.
//! - `pages [--check]` writes the generated blocks (fallback, and first screen if marked) into `www/**/*.html`, or with
//!   `--check` only says which pages are out of date.
//! - `first-screen CSS` prints the loader's module with the stylesheet CSS and the static first screen per locale.
//! - `fallback` prints the no-wasm fallback (key warning signs and services, both languages) as JSON.
//! - `embed-block LANG` prints what goes inside an embed element for an instant first screen: the first screen as a
//!   declarative shadow root, and the `<noscript>` fallback.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use crate::assessment::{assess, Answers};
use crate::content;
use crate::questionnaire::{Answer, Locale};

const USAGE: &str = "usage: job-offer-check validate [DIR] | score FILE | report | export | fallback | first-screen CSS | embed-block LANG | pages [--check]";

/// The widget's stylesheet, inlined into first-screen blocks.
const STYLESHEET: &str = "www/job-offer-check.css";

/// Runs the tool with these arguments (without the program name) and returns its output or its error message.
pub fn run(args: &[&str]) -> Result<String, String> {
    match args {
        ["validate"] => validate(Path::new("questions")),
        ["validate", dir] => validate(Path::new(dir)),
        ["score", file] => score(Path::new(file)),
        ["report"] => Ok(crate::report::markdown()),
        ["export"] => Ok(export_json()),
        ["pages"] => pages(false),
        ["pages", "--check"] => pages(true),
        ["first-screen", css] => std::fs::read_to_string(css)
            .map(|css| crate::static_page::first_screen_module(&css))
            .map_err(|e| format!("{css}: cannot be read: {e}")),
        ["fallback"] => Ok(crate::static_page::fallback_json()),
        ["embed-block", lang] => {
            let locale = Locale::from_tag(lang).ok_or_else(|| format!("{lang}: not a language of the widget"))?;
            let css = std::fs::read_to_string(STYLESHEET).map_err(|e| format!("{STYLESHEET}: {e}"))?;
            Ok(crate::static_page::embed_block(locale, true, &crate::static_page::compact_css(&css)))
        }
        _ => Err(USAGE.to_string()),
    }
}

/// The process entry point: prints the output, or the error on standard error with a failing exit code.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args.iter().map(String::as_str).collect::<Vec<_>>()) {
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
    let ids = |qs: &[&crate::questionnaire::Question]| qs.iter().map(|q| q.id).collect::<Vec<_>>();
    let json = serde_json::json!({
        "band": result.band,
        "points": result.points,
        "signs": ids(&result.signs),
        "find_out": ids(&result.find_out),
        "services": result.services.iter().map(|s| s.id).collect::<Vec<_>>(),
    });
    Ok(serde_json::to_string_pretty(&json).expect("plain JSON values serialise"))
}

fn export_json() -> String {
    use crate::questionnaire::{Text, SECTIONS};
    let text = |t: &Text| serde_json::json!({ "en": t.get(Locale::En), "ur": t.get(Locale::Ur) });
    let questions: Vec<_> = SECTIONS
        .iter()
        .flat_map(|section| {
            section.questions.iter().map(move |q| {
                serde_json::json!({
                    "id": q.id, "section": section.id, "severity": q.severity, "warning": q.warning,
                    "text": text(&q.text), "sign": text(&q.sign),
                })
            })
        })
        .collect();
    let ui: serde_json::Map<String, serde_json::Value> =
        crate::questionnaire::data::UI_ENTRIES.iter().map(|(key, t)| (key.to_string(), text(t))).collect();
    serde_json::to_string_pretty(&serde_json::json!({ "questions": questions, "ui": ui }))
        .expect("plain JSON values serialise")
}

fn pages(check: bool) -> Result<String, String> {
    let css = std::fs::read_to_string(STYLESHEET).map_err(|e| format!("{STYLESHEET}: {e}"))?;
    let css = crate::static_page::compact_css(&css);
    let mut stale = Vec::new();
    for path in html_files(Path::new("www"))? {
        let page = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let updated = crate::static_page::with_fallbacks(&page, &css);
        if updated != page {
            stale.push(path.display().to_string());
            if !check {
                std::fs::write(&path, updated).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    match (check, stale.is_empty()) {
        (true, false) => Err(format!("out of date (run `job-offer-check pages`): {}", stale.join(", "))),
        (false, false) => Ok(format!("updated: {}", stale.join(", "))),
        (_, true) => Ok("pages are up to date".into()),
    }
}

/// Every `.html` file under a directory, sorted, skipping the build output in `pkg/`.
fn html_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: cannot be read: {e}", dir.display()))?.flatten() {
        let path = entry.path();
        if path.is_dir() && entry.file_name() != "pkg" {
            out.extend(html_files(&path)?);
        } else if path.extension().is_some_and(|x| x == "html") {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}
