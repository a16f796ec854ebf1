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

#[path = "src/content/mod.rs"]
#[allow(dead_code)]
mod content;

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    println!("cargo:rerun-if-changed=questions");
    println!("cargo:rerun-if-changed=src/content");
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
