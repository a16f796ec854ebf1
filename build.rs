//! Validates `questions/` and writes it as static Rust data into `OUT_DIR/questionnaire.rs`.
//! A bad file stops the build with one line per problem: file, key path, what is wrong.
//!
//! The validator (`src/content/`) and the vocabulary it checks against (`src/questionnaire/model.rs`) are the
//! library's own files, compiled here too, so the build script, the engine, the CLI and the widget share one
//! `Severity`, one `Answer`, one `Icon`…

#[path = "src/questionnaire/model.rs"]
#[allow(dead_code)]
mod model;

/// The vocabulary where the validator finds it in the library, `crate::questionnaire`.
mod questionnaire {
    pub use super::model::*;
}

#[path = "src/date.rs"]
#[allow(dead_code)]
mod date;

// What the library's tools use and the build does not (e.g. `placeholders`, for the translations' import) is unused here.
#[path = "src/content/mod.rs"]
#[allow(dead_code, unused_imports)]
mod content;

use std::path::{Path, PathBuf};

/// Names another questionnaire directory to compile in place of `questions/`: scripts/check-content-edits compiles an
/// edited copy with it, to show that the tests read the facts they check from the content.
const QUESTIONS_DIR: &str = "JOC_QUESTIONS_DIR";

fn main() {
    let default = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let dir = std::env::var_os(QUESTIONS_DIR).map_or_else(|| default.clone(), PathBuf::from);
    println!("cargo:rerun-if-env-changed={QUESTIONS_DIR}");
    println!("cargo:rerun-if-changed={}", dir.display());
    // The directory compiled in, for the tests that read its files (`job_offer_check::QUESTIONS_DIR`). With a copy,
    // `scratch_questions` makes the tests of the committed files made from questions/ (REPORT.md, the pages) ignored:
    // those files are not of the copy.
    println!("cargo:rustc-env={QUESTIONS_DIR}={}", dir.display());
    println!("cargo::rustc-check-cfg=cfg(scratch_questions)");
    if dir != default {
        println!("cargo:rustc-cfg=scratch_questions");
    }
    println!("cargo:rerun-if-changed=src/content");
    println!("cargo:rerun-if-changed=src/date.rs");
    println!("cargo:rerun-if-changed=src/questionnaire/model.rs");
    match content::load_dir(&dir) {
        Ok(questionnaire) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("questionnaire.rs");
            // The visitor's wasm: built for the browser without counsellor mode (scripts/build).
            let visitor = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
                && std::env::var_os("CARGO_FEATURE_COUNSELLOR").is_none();
            std::fs::write(&out, content::codegen::to_rust(&questionnaire, visitor)).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("questions/ has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    }
}
