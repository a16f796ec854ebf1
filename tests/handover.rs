//! The first screen's contract (`src/handover.rs`): the static first screen carries its attributes, the loader's
//! JavaScript uses exactly its names, and a resume string reads back as written.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use job_offer_check::handover::{self, Move, Screen, ACTION, ANSWER, ATTRIBUTES, DECLARATIVE, PART, STATIC, STEP};
use job_offer_check::questionnaire::Locale;
use job_offer_check::static_page::{first_screen_html, FirstScreen};

/// The loader's modules: www/widget.js and www/widget/*.js.
fn loader_sources() -> Vec<(String, String)> {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut files = vec![www.join("widget.js")];
    files.extend(std::fs::read_dir(www.join("widget")).unwrap().flatten().map(|e| e.path()));
    files.into_iter().map(|f| (f.display().to_string(), std::fs::read_to_string(&f).unwrap())).collect()
}

#[test]
fn the_static_first_screen_carries_the_contracts_attributes() {
    for locale in Locale::ALL {
        for drawn_by in [FirstScreen::Loader, FirstScreen::InPage] {
            let html = first_screen_html(locale, drawn_by);
            assert!(html.contains(&format!("{STATIC}=\"\"")));
            assert_eq!(html.contains(DECLARATIVE), drawn_by == FirstScreen::InPage);
            for screen in Screen::ALL {
                assert_eq!(html.matches(&format!("{STEP}=\"{}\"", screen.name())).count(), 1, "{}", screen.name());
            }
            for m in Move::ALL {
                assert_eq!(html.matches(&format!("{ACTION}=\"{}\"", m.name())).count(), 1, "{}", m.name());
            }
        }
    }
}

#[test]
fn the_loaders_javascript_uses_exactly_the_contracts_names() {
    let mut used = Vec::new();
    for (file, source) in loader_sources() {
        for (at, _) in source.match_indices("data-joc-") {
            let name: String = source[at..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
            if name.ends_with('-') {
                continue; // prose naming them all ("data-joc-*")
            }
            assert!(ATTRIBUTES.contains(&name.as_str()), "{file}: {name} is not an attribute of src/handover.rs");
            used.push(name);
        }
        for (at, _) in source.match_indices("action === '") {
            let name: String = source[at + 12..].chars().take_while(|c| c.is_ascii_lowercase()).collect();
            assert!(Move::from_name(&name).is_some(), "{file}: action '{name}' is not a Move of src/handover.rs");
        }
        if source.contains("resume: ()") {
            let writes = format!("`${{name}}{ANSWER}${{value}}`)].join('{PART}')");
            assert!(source.contains(&writes), "{file}: the resume string is not written as src/handover.rs reads it");
        }
    }
    // (STATIC is for the stylesheet that shows the fallback without JavaScript, and for the tests.)
    for attribute in [DECLARATIVE, STEP, ACTION] {
        assert!(used.iter().any(|u| u == attribute), "the loader never uses {attribute}");
    }
}

#[test]
fn a_resume_string_reads_back_its_screen_and_answers_in_order() {
    let (screen, answers) = handover::resume("about;offered_by=agent;broken;stage=paid");
    assert_eq!(screen, Some(Screen::About));
    assert_eq!(answers.collect::<Vec<_>>(), vec![("offered_by", "agent"), ("stage", "paid")]);
    assert_eq!(handover::resume("intro").0, Some(Screen::Intro));
    assert_eq!(handover::resume("elsewhere;a=b").0, None);
}
