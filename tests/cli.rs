//! The command-line tool, run as a process the way content editors and counsellors run it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use job_offer_check::content::dated::TRUSTED_MONTHS;
use job_offer_check::date::Date;
use job_offer_check::questionnaire::{ContactKind, DATED_FACTS, SERVICES};
use job_offer_check::QUESTIONS_DIR;

mod common;
use common::copy_dir;

fn run(args: &[&str]) -> (bool, String, String) {
    run_on(None, args)
}

/// Runs the tool on `today` (`JOC_TODAY`), if given.
fn run_on(today: Option<Date>, args: &[&str]) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_job-offer-check"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("JOC_TODAY");
    if let Some(today) = today {
        command.env("JOC_TODAY", today.to_string());
    }
    let out = command.output().expect("the CLI runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn validate_accepts_the_real_questionnaire() {
    let (ok, out, _) = run(&["validate"]);
    assert!(ok);
    assert!(out.starts_with("questions: valid: "), "{out}");
}

#[test]
fn validate_warns_about_a_fact_checked_more_than_a_year_ago_and_still_succeeds() {
    let oldest = &DATED_FACTS[0];
    let checked = Date::parse(oldest.checked).unwrap();
    let (ok, out, err) = run_on(Some(checked.months_later(TRUSTED_MONTHS + 1)), &["validate", QUESTIONS_DIR]);
    assert!(ok, "only a warning: {err}");
    assert!(out.contains("\nwarnings: "), "{out}");
    let line = format!("  {}: {}: checked {}: ", oldest.file, oldest.key, oldest.checked);
    assert!(out.contains(&line), "names the file, the key and the date: {out}");
    let (ok, out, err) = run_on(Some(checked.months_later(TRUSTED_MONTHS - 1)), &["validate", QUESTIONS_DIR]);
    assert!(ok, "{err}");
    assert!(!out.contains("warnings"), "every fact checked within a year: {out}");
}

#[test]
fn validate_prints_every_problem_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let questions = dir.path().join("questions");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(Path::new(QUESTIONS_DIR), &questions);
    copy_dir(&root.join("tests/fixtures/invalid/unknown-severity/questions"), &questions);
    let (ok, out, err) = run(&["validate", questions.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.is_empty());
    assert!(
        err.contains("questions/sections/1-recruiter.toml: questions[0].severity: unknown severity 'severe'"),
        "{err}"
    );
}

#[test]
fn score_reads_toml_and_json_answers_about_the_offer_and_prints_json_with_the_questions_that_applied() {
    let dir = tempfile::tempdir().unwrap();
    let toml = dir.path().join("answers.toml");
    std::fs::write(
        &toml,
        "offered_by = \"employer\"\nstage = \"offered\"\npassport_retention = \"yes\"\nrushed = \"unsure\"\n",
    )
    .unwrap();
    let json = dir.path().join("answers.json");
    std::fs::write(
        &json,
        r#"{ "offered_by": "employer", "stage": "offered", "passport_retention": "yes", "rushed": "unsure" }"#,
    )
    .unwrap();
    for file in [toml, json] {
        let (ok, out, err) = run(&["score", file.to_str().unwrap()]);
        assert!(ok, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["verdict"], "serious");
        assert_eq!(v["signs"], serde_json::json!(["passport_retention"]));
        assert_eq!(v["find_out"], serde_json::json!(["rushed"]));
        assert_eq!(v["answered"], 4);
        assert_eq!(v["services"][0], "mrc");
        let asked: Vec<&str> = v["asked"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        assert!(
            asked.contains(&"passport_retention") && !asked.contains(&"sub_agent"),
            "an employer's offer: {asked:?}"
        );
    }
}

#[test]
fn score_refuses_unknown_questions_choices_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    for (line, message) in [
        ("no_such_question = \"yes\"", "unknown question id 'no_such_question'"),
        ("sub_agent = \"maybe\"", "'maybe' is not an answer to sub_agent"),
        ("offered_by = \"cousin\"", "'cousin' is not a choice of offered_by"),
    ] {
        std::fs::write(&file, format!("{line}\n")).unwrap();
        let (ok, _, err) = run(&["score", file.to_str().unwrap()]);
        assert!(!ok);
        assert!(err.contains(message), "{err}");
    }
}

#[test]
fn export_holds_the_questions_about_the_offer_each_questions_routing_and_the_services_contacts() {
    let (ok, out, _) = run(&["export"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["context"].as_array().unwrap().len(), job_offer_check::questionnaire::CONTEXT.len());
    let routed =
        v["questions"].as_array().unwrap().iter().filter(|q| !q["ask_if"].as_array().unwrap().is_empty()).count();
    assert!(routed > 5, "{routed} questions with routing");
    assert!(v["sections"].as_array().unwrap().iter().any(|s| !s["ask_if"].as_array().unwrap().is_empty()));
    let services = v["services"].as_array().unwrap();
    assert_eq!(services.len(), SERVICES.len());
    for (exported, s) in services.iter().zip(SERVICES) {
        let hrefs: Vec<&str> =
            exported["contacts"].as_array().unwrap().iter().map(|c| c["href"].as_str().unwrap()).collect();
        assert_eq!(hrefs, s.contacts.iter().map(|c| c.href).collect::<Vec<_>>(), "{}", s.id);
    }
}

#[test]
fn export_csv_prints_every_text_as_a_spreadsheet_for_translators() {
    let (ok, out, _) = run(&["export", "--csv"]);
    assert!(ok);
    assert!(out.starts_with("\u{feff}key,en,ur,where\n"), "{}", &out[..40]);
    assert!(out.contains("\nui.toml#widget_title,Job Offer Check,نوکری کی پیشکش کی جانچ,"));
    assert!(out.ends_with('\n') && !out.ends_with("\n\n"));
}

#[test]
fn import_writes_a_translation_into_dir_or_names_the_bad_row_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let questions = dir.path().join("questions");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("questions"), &questions);
    let csv = dir.path().join("texts.csv");
    let ui = questions.join("ui.toml");
    let before = std::fs::read(&ui).unwrap();

    std::fs::write(&csv, "key,en,ur,where\nui.toml#start,Start,,\n").unwrap();
    let (ok, out, err) = run(&["import", csv.to_str().unwrap(), questions.to_str().unwrap()]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("texts.csv: row 2, column ur: empty text"), "{err}");
    assert_eq!(std::fs::read(&ui).unwrap(), before);

    std::fs::write(&csv, "key,en,ur,where\nui.toml#start,Start,ابھی شروع کریں,\n").unwrap();
    let (ok, out, err) = run(&["import", csv.to_str().unwrap(), questions.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("texts changed in questions/ui.toml"), "{out}");
    assert!(std::fs::read_to_string(&ui).unwrap().contains("ur = \"ابھی شروع کریں\""));
}

#[test]
fn unknown_commands_print_usage() {
    let (ok, _, err) = run(&["frobnicate"]);
    assert!(!ok);
    assert!(err.starts_with("usage: job-offer-check"));
}

#[test]
fn fallback_is_json_with_both_languages_and_the_contacts() {
    let (ok, out, _) = run(&["fallback"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for s in SERVICES.iter().filter(|s| s.always) {
        for c in s.contacts.iter().filter(|c| c.kind == ContactKind::Phone) {
            let link = format!("href=\"{}\"", c.href);
            assert!(v["en"].as_str().unwrap().contains(&link) && v["ur"].as_str().unwrap().contains(&link), "{link}");
        }
    }
    assert!(v["ur"].as_str().unwrap().contains(r#"lang="ur" dir="rtl""#));
}

#[test]
#[cfg_attr(scratch_questions, ignore = "questions/REPORT.md is made from questions/, not from this edited copy")]
fn the_checked_in_report_matches_the_questionnaire() {
    let (ok, out, _) = run(&["report"]);
    assert!(ok);
    let copy = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/REPORT.md")).unwrap();
    assert!(
        copy == out,
        "questions/REPORT.md is out of date: run scripts/build (or: cargo run --bin job-offer-check -- report > \
         questions/REPORT.md)"
    );
}

#[test]
fn the_report_lists_every_question_the_cases_and_the_facts_by_date_checked() {
    let (ok, out, _) = run(&["report"]);
    assert!(ok);
    assert!(out.contains("### `passport_retention`: critical sign"));
    assert!(out.contains("## The case library"));
    let facts = &out[out.find("## Facts by date checked").expect("the facts by date")..];
    let dates: Vec<&str> = facts
        .lines()
        .skip_while(|l| !l.starts_with("|---"))
        .skip(1)
        .take_while(|l| l.starts_with("| "))
        .map(|l| &l[2..12])
        .collect();
    assert_eq!(dates, DATED_FACTS.iter().map(|f| f.checked).collect::<Vec<_>>(), "one row per dated fact");
    assert!(dates.is_sorted(), "oldest first: {dates:?}");
}

#[test]
#[cfg_attr(scratch_questions, ignore = "the pages' blocks are made from questions/, not from this edited copy")]
fn the_pages_carry_the_current_no_javascript_fallback() {
    let (ok, out, err) = run(&["pages", "--check"]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "pages are up to date");
    let demo = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo.html")).unwrap();
    assert!(demo.contains("<noscript><div class=\"joc joc-fallback\" lang=\"ur\" dir=\"rtl\">"));
}

#[test]
fn embed_block_gives_a_first_screen_that_waits_for_the_loader_and_the_fallback_for_no_javascript_or_no_loader() {
    use job_offer_check::questionnaire::{Locale, UI};
    let (ok, out, err) = run(&["embed-block", "ur"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("<template shadowrootmode=\"open\">"));
    assert!(out.contains("data-joc-declarative"), "the loader recognises it as the page's own first screen");
    let waiting = format!("data-joc-action=\"start\" disabled=\"\">{}</button>", UI.start_loading.get(Locale::Ur));
    assert!(out.contains(&waiting), "Start waits for the loader and says so");
    assert!(out.contains("<noscript><style>.joc[data-joc-static]{display:none}.joc-stalled{visibility:visible;"));
    let fallback = "<div class=\"joc joc-fallback\" lang=\"ur\"";
    assert!(
        out.contains(&format!("<div class=\"joc-stalled\">{fallback}")),
        "the fallback, for a loader that never comes"
    );
    assert!(
        out.contains(&format!("</template>\n<noscript>{fallback}")),
        "the fallback, for browsers without the template"
    );
    let (ok, _, err) = run(&["embed-block", "fr"]);
    assert!(!ok);
    assert!(err.contains("fr: not a language of the widget"), "{err}");
}
