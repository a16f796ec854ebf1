//! Content validation: the real questionnaire is valid, and each malformed fixture in `tests/fixtures/invalid/` is
//! rejected with a message naming the file, the key and what is wrong (the fixture's `expected.txt`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use job_offer_check::content::{load_dir, validate};
use job_offer_check::questionnaire::{Locale, UI};
use job_offer_check::QUESTIONS_DIR;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file of a questionnaire directory, keyed as the validator names them (`questions/...`).
fn read_tree(dir: &Path, prefix: &str, files: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let name = format!("{prefix}/{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            read_tree(&entry.path(), &name, files);
        } else if name.ends_with(".toml") {
            files.insert(name, fs::read_to_string(entry.path()).unwrap());
        }
    }
}

fn real_questionnaire() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    read_tree(Path::new(QUESTIONS_DIR), "questions", &mut files);
    files
}

fn errors_with(overrides: impl FnOnce(&mut BTreeMap<String, String>)) -> Vec<String> {
    let mut files = real_questionnaire();
    overrides(&mut files);
    match validate("questions", &files) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_real_questionnaire_is_valid() {
    let q = load_dir(Path::new(QUESTIONS_DIR)).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(q.sections.len() >= 6);
    assert!(q.services.iter().any(|s| s.always));
}

#[test]
fn every_malformed_fixture_is_rejected_with_its_expected_message() {
    let fixtures = manifest().join("tests/fixtures/invalid");
    let mut cases = 0;
    for case in fs::read_dir(&fixtures).unwrap().flatten() {
        cases += 1;
        let name = case.file_name().to_string_lossy().into_owned();
        let errors = errors_with(|files| read_tree(&case.path().join("questions"), "questions", files));
        assert!(!errors.is_empty(), "{name}: was accepted");
        for expected in fs::read_to_string(case.path().join("expected.txt")).unwrap().lines() {
            assert!(
                errors.iter().any(|e| e.starts_with(expected)),
                "{name}: expected an error starting with\n  {expected}\ngot:\n  {}",
                errors.join("\n  ")
            );
        }
    }
    assert!(cases >= 10, "only {cases} fixtures");
}

#[test]
fn a_missing_interface_text_names_its_key() {
    let errors = errors_with(|files| {
        let ui = files.get_mut("questions/ui.toml").unwrap();
        *ui = ui.replace("[start_again]", "[start_over]");
    });
    assert!(
        errors.contains(&"questions/ui.toml: start_again: missing interface text (the widget uses this key)".into())
    );
    assert!(errors.iter().any(|e| e.starts_with("questions/ui.toml: start_over: unknown interface text key")));
}

#[test]
fn placeholders_must_match_across_locales() {
    let errors = errors_with(|files| {
        let ui = files.get_mut("questions/ui.toml").unwrap();
        let progress = UI.progress.get(Locale::Ur);
        assert!(
            ui.contains(progress) && progress.contains("{total}"),
            "the Urdu progress text is in ui.toml, with {{total}}"
        );
        *ui = ui.replace(progress, &progress.replace("{total}", ""));
    });
    assert_eq!(
        errors,
        vec![
            r#"questions/ui.toml: progress: the placeholders differ between locales: en has ["n", "total"], ur has ["n"]"#
        ]
    );
}

#[test]
fn a_fact_checked_long_ago_is_still_valid_so_the_build_never_fails_as_time_passes() {
    let errors = errors_with(|files| {
        let services = files.get_mut("questions/services.toml").unwrap();
        let at = services.find("checked = \"").expect("a checked date") + "checked = \"".len();
        services.replace_range(at..at + "YYYY-MM-DD".len(), "1990-01-01");
    });
    assert_eq!(errors, Vec::<String>::new(), "build.rs validates with the same rules, and none looks at today");
}

#[test]
fn a_checked_date_must_be_a_day_that_exists() {
    let errors = errors_with(|files| {
        let services = files.get_mut("questions/services.toml").unwrap();
        let at = services.find("checked = \"").expect("a checked date") + "checked = \"".len();
        services.replace_range(at..at + "YYYY-MM-DD".len(), "2026-02-30");
    });
    assert_eq!(
        errors,
        vec!["questions/services.toml: services[0].checked: invalid date '2026-02-30': use YYYY-MM-DD, a day that exists"]
    );
}

#[test]
fn the_month_names_are_twelve_separated_by_one_space() {
    let errors = errors_with(|files| {
        let ui = files.get_mut("questions/ui.toml").unwrap();
        let months = UI.months.get(Locale::En);
        assert!(ui.contains(months));
        *ui = ui.replace(months, &months.replacen(' ', "  ", 1));
    });
    assert_eq!(
        errors,
        vec!["questions/ui.toml: months: must list the 12 month names, separated by one space, in each locale"]
    );
}

#[test]
fn a_missing_file_is_named() {
    let errors = errors_with(|files| {
        files.remove("questions/services.toml");
    });
    assert!(errors.contains(&"questions/services.toml: (file): is missing".into()), "{errors:?}");
}

#[test]
fn an_unknown_locale_is_rejected() {
    let errors = errors_with(|files| {
        let ui = files.get_mut("questions/ui.toml").unwrap();
        *ui = ui.replace("[start]\n", "[start]\nfr = \"Commencer\"\n");
    });
    assert_eq!(errors, vec!["questions/ui.toml: start.fr: unknown locale 'fr' (expected one of: en, ur)"]);
}
