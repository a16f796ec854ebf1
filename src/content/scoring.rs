//! `scoring.toml`: the numbers of the scoring rule (its reasoning is in `questions/README.md`).

use serde::Deserialize;

use super::fields::Problems;
use crate::questionnaire::{Scoring, Severity};

/// `questions/scoring.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringFile {
    points: Points,
    bands: Bands,
}

/// Points per severity for a warning answer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Points {
    critical: u32,
    high: u32,
    medium: u32,
    low: u32,
}

/// Band thresholds in points.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bands {
    some: u32,
    serious: u32,
}

/// The rule's numbers: even points (so that half is whole), never fewer for a more severe sign, `some` below
/// `serious`, and a critical sign alone reaching `serious`.
pub fn scoring(problems: &mut Problems, file: &str, s: ScoringFile) -> Scoring {
    let p = &s.points;
    let points = [p.critical, p.high, p.medium, p.low];
    for (severity, value) in Severity::ALL.into_iter().zip(points) {
        if value == 0 || value % 2 != 0 {
            problems.error(
                file,
                &format!("points.{}", severity.name()),
                format!("must be an even number above 0 (\"Not sure\" counts half), not {value}"),
            );
        }
    }
    if points.windows(2).any(|w| w[0] < w[1]) {
        problems.error(file, "points", "a more severe sign must not earn fewer points than a less severe one");
    }
    if s.bands.some == 0 || s.bands.some >= s.bands.serious {
        problems.error(file, "bands.some", format!("must be above 0 and below bands.serious ({})", s.bands.serious));
    }
    if p.critical < s.bands.serious {
        problems.error(
            file,
            "points.critical",
            format!(
                "must be at least bands.serious ({}): one critical sign alone forces the serious band",
                s.bands.serious
            ),
        );
    }
    Scoring { points, some: s.bands.some, serious: s.bands.serious }
}
