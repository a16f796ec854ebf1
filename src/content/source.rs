//! The shape of the files in `questions/`, as written by content editors. Unknown keys are rejected so a typo
//! (`sevrity = "high"`) fails the build instead of being ignored.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A text per locale: `text.en = "..."`, `text.ur = "..."`.
pub type LocaleText = BTreeMap<String, String>;

/// `questions/sections/*.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub id: String,
    pub icon: String,
    pub title: LocaleText,
    #[serde(default)]
    pub questions: Vec<QuestionSource>,
}

/// One `[[questions]]` entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSource {
    pub id: String,
    pub text: LocaleText,
    pub hint: Option<LocaleText>,
    pub warning_answer: Option<String>,
    pub severity: String,
    pub sign: LocaleText,
    pub why: LocaleText,
    pub todo: LocaleText,
    pub find_out: LocaleText,
    pub checked: Option<String>,
    pub indicators: Vec<String>,
    pub sources: Vec<u32>,
    #[serde(default)]
    pub services: Vec<String>,
}

/// `questions/services.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicesFile {
    pub services: Vec<ServiceSource>,
}

/// One `[[services]]` entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSource {
    pub id: String,
    pub name: LocaleText,
    pub about: LocaleText,
    #[serde(default)]
    pub always: bool,
    #[serde(default = "verified_by_default")]
    pub verified: bool,
    pub checked: String,
    #[serde(default)]
    pub sources: Vec<u32>,
    #[serde(default)]
    pub contacts: Vec<ContactSource>,
    #[serde(default)]
    pub centres: Vec<CentreSource>,
}

/// One `[[services.centres]]` entry: a place where the service can be visited.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreSource {
    pub id: String,
    pub name: LocaleText,
    pub sources: Vec<u32>,
}

fn verified_by_default() -> bool {
    true
}

/// One `[[services.contacts]]` entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSource {
    pub kind: String,
    pub value: String,
    pub label: LocaleText,
}

/// `questions/sources.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub sources: Vec<SourceSource>,
}

/// One research source.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSource {
    pub id: u32,
    pub title: String,
    pub url: String,
}

/// `questions/indicators.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorsFile {
    pub indicators: Vec<IndicatorSource>,
}

/// One indicator.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSource {
    pub id: String,
    pub framework: String,
    pub name: String,
}

/// `questions/scoring.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringFile {
    pub points: Points,
    pub bands: Bands,
}

/// Points per severity for a warning answer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Points {
    pub critical: u32,
    pub high: u32,
    pub medium: u32,
    pub low: u32,
}

/// Band thresholds in points.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub some: u32,
    pub serious: u32,
}
