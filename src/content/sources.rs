//! `sources.toml` and `indicators.toml`: the research sources the facts come from, and the indicators of published
//! frameworks (ILO, ILO/EC, fair recruitment, Pakistani law) that questions refer to.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::fields::Problems;

/// `questions/sources.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    sources: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    id: u32,
    title: String,
    url: String,
}

/// `questions/indicators.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorsFile {
    indicators: Vec<IndicatorEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorEntry {
    id: String,
    framework: String,
    name: String,
}

/// A research source a fact comes from.
#[derive(Clone, Debug)]
pub struct Source {
    /// The number used in the research file.
    pub id: u32,
    /// Short title.
    pub title: String,
    /// Where it was read.
    pub url: String,
}

/// An indicator from a published framework.
#[derive(Clone, Debug)]
pub struct Indicator {
    /// Stable id, referenced by questions.
    pub id: String,
    /// Framework the indicator belongs to.
    pub framework: String,
    /// The indicator in words.
    pub name: String,
}

/// The sources, each with a unique id and a web address.
pub fn sources(problems: &mut Problems, file: &str, parsed: SourcesFile) -> Vec<Source> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, s) in parsed.sources.into_iter().enumerate() {
        let key = format!("sources[{i}]");
        if !seen.insert(s.id) {
            problems.error(file, &format!("{key}.id"), format!("duplicate source id {}", s.id));
        }
        problems.url(file, &format!("{key}.url"), &s.url);
        out.push(Source { id: s.id, title: s.title, url: s.url });
    }
    out
}

/// The indicators, each with a unique id.
pub fn indicators(problems: &mut Problems, file: &str, parsed: IndicatorsFile) -> Vec<Indicator> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, ind) in parsed.indicators.into_iter().enumerate() {
        let key = format!("indicators[{i}]");
        if ind.id.is_empty() || ind.id.contains(char::is_whitespace) {
            problems.error(file, &format!("{key}.id"), format!("invalid indicator id '{}'", ind.id));
        }
        if !seen.insert(ind.id.clone()) {
            problems.error(file, &format!("{key}.id"), format!("duplicate indicator id '{}'", ind.id));
        }
        out.push(Indicator { id: ind.id, framework: ind.framework, name: ind.name });
    }
    out
}
