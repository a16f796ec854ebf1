//! The case library (`tests/scenarios/*.json`): offers written from the research, each scored through the same engine
//! the widget uses, with every other question that applies answered "No", as a person going through the check would.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use job_offer_check::assessment::{assess, Verdict};
use job_offer_check::cases::{self, Case};
use job_offer_check::questionnaire::{self, Severity, SOURCES};

fn library() -> Vec<(String, Case)> {
    cases::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")).unwrap()
}

#[test]
fn every_case_gives_its_expected_verdict_signs_steps_things_to_find_out_and_services() {
    let cases = library();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    // Every case is checked, and every difference reported at once: a content change may move several.
    let mut wrong = Vec::new();
    for (name, case) in cases {
        if case.description.is_empty() || !case.chooses_everything() {
            wrong.push(format!(
                "{name}: describe the case, and choose for every question about the offer (and only those)"
            ));
            continue;
        }
        let answers = match case.full_answers() {
            Ok(answers) => answers,
            Err(e) => {
                wrong.push(format!("{name}: {e}"));
                continue;
            }
        };
        let result = assess(&answers);
        let ids = |signs: &[&questionnaire::Sign]| signs.iter().map(|s| s.id.to_string()).collect::<Vec<_>>();
        let unknowns: Vec<_> = result.unknowns.iter().map(|q| q.id.to_string()).collect();
        let services: Vec<_> = result.services.iter().map(|s| s.id.to_string()).collect();
        for (what, got, want) in [
            ("verdict", vec![result.verdict.name().to_string()], vec![case.expect.verdict.clone()]),
            ("signs", ids(&result.signs), case.expect.signs.clone()),
            ("steps", ids(&result.steps), case.expect.steps.clone()),
            ("things to find out", unknowns, case.expect.find_out.clone()),
            ("services", services, case.expect.services.clone()),
        ] {
            if got != want {
                wrong.push(format!("{name}: {what}: expected {want:?}, the engine gives {got:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} difference(s):\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn every_reason_cites_research_sources_that_exist() {
    for (name, case) in library() {
        let cited: Vec<u32> = case
            .reason
            .split('[')
            .skip(1)
            .filter_map(|rest| rest.split_once(']').and_then(|(id, _)| id.parse().ok()))
            .collect();
        assert!(!cited.is_empty(), "{name}: the reason cites no source");
        for id in cited {
            assert!(SOURCES.iter().any(|s| s.id == id), "{name}: source [{id}] is not in questions/sources.toml");
        }
    }
}

#[test]
fn the_library_covers_every_critical_sign_and_clean_offers_on_every_channel() {
    let cases = library();
    for sign in questionnaire::signs().filter(|s| s.severity == Severity::Critical) {
        assert!(cases.iter().any(|(_, c)| c.expect.signs.iter().any(|s| s == sign.id)), "no case shows {}", sign.id);
    }
    let clean = cases
        .iter()
        .filter(|(_, c)| c.expect.verdict == Verdict::Few.name() || c.expect.verdict == Verdict::Some.name());
    let clean_or_early: Vec<_> =
        clean.filter(|(_, c)| c.expect.signs.is_empty() || c.context["stage"] == "offered").collect();
    assert!(clean_or_early.len() >= 10, "{} clean or early-stage offers", clean_or_early.len());
    for channel in ["employer", "agent", "government"] {
        let few =
            cases.iter().any(|(_, c)| c.context["offered_by"] == channel && c.expect.verdict == Verdict::Few.name());
        assert!(few, "no clean offer through {channel}");
    }
}
