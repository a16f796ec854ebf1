//! The fields of a warning sign, which a Yes/No question and a choice that is itself a sign share: severity, kind,
//! element, its short name, why it matters, what to do, the dated fact, and where it comes from.

use std::collections::BTreeSet;

use super::fields::{Checked, LocaleText, Localised, Months, Problems};
use crate::questionnaire::{Element, Kind, Severity};

/// A sign's fields as written, each optional here so that a missing one is reported by name.
#[derive(Default)]
pub struct SignEntry {
    /// `severity`.
    pub severity: Option<String>,
    /// `kind`.
    pub kind: Option<String>,
    /// `element`.
    pub element: Option<String>,
    /// `sign`: the short name.
    pub sign: Option<LocaleText>,
    /// `why`.
    pub why: Option<LocaleText>,
    /// `todo`.
    pub todo: Option<LocaleText>,
    /// `checked`.
    pub checked: Option<String>,
    /// `indicators`.
    pub indicators: Option<Vec<String>>,
    /// `sources`.
    pub sources: Option<Vec<u32>>,
    /// `services`.
    pub services: Vec<String>,
}

/// A validated sign.
#[derive(Clone, Debug)]
pub struct Sign {
    /// The question's or the choice's id.
    pub id: String,
    /// How serious it is.
    pub severity: Severity,
    /// A sign, or a step not yet taken.
    pub kind: Kind,
    /// The ILO/EC element, where the research grades it.
    pub element: Option<Element>,
    /// Its short name on the result.
    pub title: Localised,
    /// Why it matters.
    pub why: Localised,
    /// What to do.
    pub todo: Localised,
    /// For a time-bound fact, when it was last checked.
    pub checked: Option<Checked>,
    /// Indicator ids from `indicators.toml`.
    pub indicators: Vec<String>,
    /// Source ids from `sources.toml`.
    pub sources: Vec<u32>,
    /// Service ids from `services.toml` that fit the sign.
    pub services: Vec<String>,
}

/// What a sign may refer to in the other files.
pub struct References<'a> {
    /// Source ids.
    pub sources: &'a BTreeSet<u32>,
    /// Indicator ids.
    pub indicators: &'a BTreeSet<&'a str>,
    /// Service ids.
    pub services: &'a BTreeSet<&'a str>,
    /// The month names, for `checked` dates.
    pub months: Option<&'a Months>,
}

/// A sign with the id `id`, whose fields are at `key` in `file`: every field present, known names, known references.
pub fn sign(problems: &mut Problems, file: &str, key: &str, id: &str, s: SignEntry, refs: &References) -> Sign {
    let k = |field: &str| format!("{key}.{field}");
    let severity = match s.severity.as_deref().map(|name| (name, Severity::from_name(name))) {
        Some((_, Some(severity))) => severity,
        Some((name, None)) => {
            problems.error(
                file,
                &k("severity"),
                format!("unknown severity '{name}' (expected one of: {})", names(&Severity::ALL.map(Severity::name))),
            );
            Severity::Critical
        }
        None => {
            problems.error(
                file,
                &k("severity"),
                "missing: every sign needs a severity (critical, high, medium or low)",
            );
            Severity::Critical
        }
    };
    let kind = s.kind.as_deref().map_or(Some(Kind::Sign), Kind::from_name).unwrap_or_else(|| {
        problems.error(
            file,
            &k("kind"),
            format!(
                "unknown kind '{}' (expected one of: {})",
                s.kind.as_deref().unwrap_or_default(),
                names(&Kind::ALL.map(Kind::name))
            ),
        );
        Kind::Sign
    });
    let element = s.element.as_deref().and_then(|name| {
        let element = Element::from_name(name);
        if element.is_none() {
            problems.error(
                file,
                &k("element"),
                format!(
                    "unknown ILO/EC element '{name}' (expected one of: {})",
                    names(&Element::ALL.map(Element::name))
                ),
            );
        }
        element
    });
    let indicators = s.indicators.unwrap_or_default();
    if indicators.is_empty() {
        problems.error(file, &k("indicators"), "no indicator given");
    }
    problems.refs(file, &k("indicators"), &indicators, refs.indicators, "indicator", "indicators.toml");
    let sources = s.sources.unwrap_or_default();
    problems.source_refs(file, &k("sources"), &sources, refs.sources);
    problems.refs(file, &k("services"), &s.services, refs.services, "service", "services.toml");
    let checked = s.checked.as_deref().map(|d| problems.checked(file, &k("checked"), d, refs.months));
    let mut text = |field: &str, value: Option<LocaleText>| match value {
        Some(value) => problems.text(file, &k(field), &value),
        None => {
            problems.error(file, &k(field), format!("missing: a sign needs its `{field}` text in every language"));
            Localised::default()
        }
    };
    Sign {
        title: text("sign", s.sign),
        why: text("why", s.why),
        todo: text("todo", s.todo),
        id: id.to_string(),
        severity,
        kind,
        element,
        checked,
        indicators,
        sources,
        services: s.services,
    }
}

/// Whether any sign field is written at all (a choice is a sign exactly then).
pub fn is_written(s: &SignEntry) -> bool {
    s.severity.is_some()
        || s.kind.is_some()
        || s.element.is_some()
        || s.sign.is_some()
        || s.why.is_some()
        || s.todo.is_some()
        || s.checked.is_some()
        || s.indicators.is_some()
        || s.sources.is_some()
        || !s.services.is_empty()
}

fn names(list: &[&str]) -> String {
    list.join(", ")
}
