//! Realistic cases from `tests/scenarios/*.json`, scored through the same engine the widget uses. Questions a
//! scenario does not list get their safe answer, as a person going through the whole check would give.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_with, scenarios};
use job_offer_check::assessment::assess;

#[test]
fn every_scenario_gives_its_expected_band_signs_things_to_find_out_and_services() {
    let all = scenarios();
    assert!(!all.is_empty());
    for (name, scenario) in all {
        assert!(!scenario.description.is_empty(), "{name}: describe the case");
        let given: Vec<_> = scenario.answers.iter().map(|(id, a)| (id.as_str(), *a)).collect();
        let result = assess(&answers_with(&given));
        let band = serde_json::to_value(result.band).unwrap();
        assert_eq!(band, scenario.expect.band.as_str(), "{name}: band");
        let ids =
            |qs: &[&job_offer_check::questionnaire::Question]| qs.iter().map(|q| q.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&result.signs), scenario.expect.signs, "{name}: signs");
        assert_eq!(ids(&result.find_out), scenario.expect.find_out, "{name}: things to find out");
        let services: Vec<_> = result.services.iter().map(|s| s.id.to_string()).collect();
        assert_eq!(services, scenario.expect.services, "{name}: services");
    }
}
