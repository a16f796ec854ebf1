//! The command-line tool for content editors and counsellors.
//!
//! - `validate [DIR]` checks a questionnaire directory (default `questions/`) and prints every problem; valid, it warns
//!   about each fact checked more than 12 months before today (`JOC_TODAY`, `YYYY-MM-DD`, or the system clock's day).
//! - `score FILE` reads answers (`context_id = "choice_id"` for the questions about the offer, `question_id = "yes" |
//!   "no" | "unsure"`, as TOML or JSON) and prints, as JSON, using the same engine and data as the widget: the verdict,
//!   the band, how many of the questions that apply were answered, the warning signs, the steps not yet taken, the
//!   things to find out, the numbers to call, the services, and which questions applied (`asked`).
//! - `report` prints the whole questionnaire as Markdown for reviewers (the checked-in copy is `questions/REPORT.md`).
//! - `export` prints, as JSON for tools and tests, the questions about the offer with their choices, every section and
//!   question with its routing (`ask_if`), severity, kind and texts, the services with their contacts, and the
//!   interface texts.
//! - `export --csv` prints every text of `questions/` for translators as a spreadsheet: key, English, Urdu and where it
//!   appears (see [`crate::translations`] and `questions/TRANSLATING.md`).
//! - `import FILE.csv [DIR]` checks such a spreadsheet and writes its texts back into `questions/` (or DIR), only if
//!   every row is right and the questionnaire stays valid; otherwise it names each bad row and column.
//! - `pages [--check]` writes the generated blocks (fallback, and first screen if marked) into `www/**/*.html`, or with
//!   `--check` only says which pages are out of date.
//! - `first-screen CSS` prints the loader's module with the stylesheet CSS and the static first screen per locale.
//! - `fallback` prints the no-wasm fallback (key warning signs and services, both languages) as JSON.
//! - `embed-block LANG` prints what goes inside an embed element for an instant first screen: the first screen as a
//!   declarative shadow root, and the `<noscript>` fallback.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::answers::Answers;
use crate::assessment::assess;
use crate::content::{self, dated::TRUSTED_MONTHS};
use crate::date::Date;
use crate::questionnaire::Locale;

const USAGE: &str = "usage: job-offer-check validate [DIR] | score FILE | report | export [--csv] | import FILE.csv [DIR] | fallback | first-screen CSS | embed-block LANG | pages [--check]";

/// The case library, which the report prints by verdict.
const CASES: &str = "tests/scenarios";

/// The widget's stylesheet, inlined into first-screen blocks.
const STYLESHEET: &str = "www/job-offer-check.css";

/// Runs the tool with these arguments (without the program name) and returns its output or its error message.
pub fn run(args: &[&str]) -> Result<String, String> {
    match args {
        ["validate"] => validate(Path::new("questions")),
        ["validate", dir] => validate(Path::new(dir)),
        ["score", file] => score(Path::new(file)),
        ["report"] => crate::cases::load(Path::new(CASES)).map(|cases| crate::report::markdown(&cases)),
        ["export"] => Ok(export_json()),
        ["export", "--csv"] => crate::translations::export_csv(Path::new("questions")),
        ["import", file] => crate::translations::import_csv(Path::new(file), Path::new("questions")),
        ["import", file, dir] => crate::translations::import_csv(Path::new(file), Path::new(dir)),
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
    let q = content::load_dir(dir)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let mut out = format!(
        "{}: valid: {} questions about the offer, {} sections, {} questions, {} services",
        dir.display(),
        q.context.len(),
        q.sections.len(),
        q.sections.iter().map(|s| s.questions.len()).sum::<usize>(),
        q.services.len()
    );
    let today = today()?;
    let old: Vec<_> = q.dated_facts().into_iter().filter(|f| f.is_old(today)).collect();
    if !old.is_empty() {
        let _ = write!(
            out,
            "\nwarnings: {} fact(s) checked more than {TRUSTED_MONTHS} months before {today}: check each against its \
             sources again, then update its date",
            old.len()
        );
        for f in old {
            let _ = write!(out, "\n  {}: {}: checked {}: {}", f.file, f.key, f.on, f.what);
        }
    }
    Ok(out)
}

/// Today, for the warnings about old facts: `JOC_TODAY` (`YYYY-MM-DD`, which the tests set) or the system clock's
/// day, in UTC.
fn today() -> Result<Date, String> {
    match std::env::var("JOC_TODAY") {
        Ok(text) => Date::parse(&text).ok_or_else(|| format!("JOC_TODAY: invalid date '{text}': use YYYY-MM-DD")),
        Err(_) => {
            let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            Ok(Date::from_unix_days(seconds / 86_400))
        }
    }
}

fn score(file: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: cannot be read: {e}", file.display()))?;
    let parsed: BTreeMap<String, String> = if file.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?
    } else {
        toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?
    };
    let answers = Answers::from_pairs(parsed.iter().map(|(id, a)| (id.as_str(), a.as_str())))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let result = assess(&answers);
    let ids = |signs: &[&crate::questionnaire::Sign]| signs.iter().map(|s| s.id).collect::<Vec<_>>();
    let json = serde_json::json!({
        "verdict": result.verdict.name(),
        "band": result.band.name(),
        "answered": result.answered,
        "applicable": result.applicable,
        "signs": ids(&result.signs),
        "steps": ids(&result.steps),
        "find_out": result.unknowns.iter().map(|q| q.id).collect::<Vec<_>>(),
        "important_unknowns": result.important_unknowns,
        "calls": result.calls.iter().map(|s| s.id).collect::<Vec<_>>(),
        "services": result.services.iter().map(|s| s.id).collect::<Vec<_>>(),
        "asked": crate::routing::questions(&answers).map(|q| q.id).collect::<Vec<_>>(),
    });
    Ok(serde_json::to_string_pretty(&json).expect("plain JSON values serialise"))
}

fn export_json() -> String {
    use crate::questionnaire::{Condition, Sign, Text, CONTEXT, SECTIONS, SERVICES};
    use serde_json::{json, Value};
    let text = |t: &Text| json!({ "en": t.get(Locale::En), "ur": t.get(Locale::Ur) });
    let conditions =
        |list: &[Condition]| list.iter().map(|c| json!({ "on": c.on, "any_of": c.any_of })).collect::<Vec<_>>();
    let sign = |s: &Sign| json!({ "id": s.id, "severity": s.severity, "kind": s.kind.name(), "title": text(&s.title), "todo": text(&s.todo) });
    let context: Vec<Value> = CONTEXT
        .iter()
        .map(|q| {
            let choices: Vec<Value> = q
                .choices
                .iter()
                .map(
                    |c| json!({ "id": c.id, "text": text(&c.text), "open": c.open, "sign": c.sign.as_ref().map(sign) }),
                )
                .collect();
            json!({ "id": q.id, "text": text(&q.text), "choices": choices })
        })
        .collect();
    let sections: Vec<Value> = SECTIONS
        .iter()
        .map(|s| json!({ "id": s.id, "title": text(&s.title), "ask_if": conditions(s.ask_if) }))
        .collect();
    let questions: Vec<Value> = SECTIONS
        .iter()
        .flat_map(|section| {
            section.questions.iter().map(move |q| {
                json!({
                    "id": q.id, "section": section.id, "severity": q.sign.severity, "kind": q.sign.kind.name(),
                    "text": text(&q.text), "sign": text(&q.sign.title), "ask_if": conditions(q.ask_if),
                })
            })
        })
        .collect();
    let services: Vec<Value> = SERVICES
        .iter()
        .map(|s| {
            let contacts: Vec<Value> = s
                .contacts
                .iter()
                .map(|c| json!({ "kind": c.kind.name(), "value": c.value, "href": c.href, "label": text(&c.label) }))
                .collect();
            json!({ "id": s.id, "name": text(&s.name), "always": s.always, "checked": text(&s.checked), "contacts": contacts })
        })
        .collect();
    let ui: serde_json::Map<String, Value> =
        crate::questionnaire::data::UI_ENTRIES.iter().map(|(key, t)| (key.to_string(), text(t))).collect();
    let all =
        json!({ "context": context, "sections": sections, "questions": questions, "services": services, "ui": ui });
    serde_json::to_string_pretty(&all).expect("plain JSON values serialise")
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
        (true, false) => Err(format!(
            "the generated blocks of these pages are out of date: run scripts/build (or: cargo run --bin \
             job-offer-check -- pages): {}",
            stale.join(", ")
        )),
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
