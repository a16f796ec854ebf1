//! `context.toml`: the "About the offer" questions, asked first. Each is answered with one of its choices, each choice
//! with a pictogram and plain words; a choice may leave things open, or be a warning sign itself.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::fields::{LocaleText, Localised, Problems};
use super::signs::{self, References, Sign, SignEntry};
use crate::questionnaire::{Icon, Kind};

/// `questions/context.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFile {
    context: Vec<ContextEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextEntry {
    id: String,
    icon: Option<String>,
    text: LocaleText,
    hint: Option<LocaleText>,
    #[serde(default)]
    choices: Vec<ChoiceEntry>,
}

// The sign's fields repeat `signs::SignEntry`'s, for the reason given at `sections.rs`'s `QuestionEntry`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceEntry {
    id: String,
    icon: Option<String>,
    text: LocaleText,
    #[serde(default)]
    open: bool,
    severity: Option<String>,
    kind: Option<String>,
    element: Option<String>,
    sign: Option<LocaleText>,
    why: Option<LocaleText>,
    todo: Option<LocaleText>,
    checked: Option<String>,
    indicators: Option<Vec<String>>,
    sources: Option<Vec<u32>>,
    #[serde(default)]
    services: Vec<String>,
}

/// A validated context question.
#[derive(Clone, Debug)]
pub struct ContextQuestion {
    /// Stable id.
    pub id: String,
    /// Pictogram.
    pub icon: Icon,
    /// The question.
    pub text: Localised,
    /// An optional hint.
    pub hint: Option<Localised>,
    /// The choices, in order.
    pub choices: Vec<Choice>,
}

/// A validated choice.
#[derive(Clone, Debug)]
pub struct Choice {
    /// Stable id, unique in its question.
    pub id: String,
    /// Pictogram.
    pub icon: Icon,
    /// The choice in words.
    pub text: Localised,
    /// Leaves things open: every question that depends on it is asked.
    pub open: bool,
    /// The warning sign the choice is, if it is one.
    pub sign: Option<Sign>,
}

/// The context questions: ids unique, each with a pictogram, at least two choices, each choice with a pictogram; a
/// choice that is a sign has all of a sign's fields, and is neither open nor a step.
pub fn context(problems: &mut Problems, file: &str, parsed: ContextFile, refs: &References) -> Vec<ContextQuestion> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, q) in parsed.context.into_iter().enumerate() {
        let key = format!("context[{i}]");
        problems.id(file, &format!("{key}.id"), &q.id);
        if !seen.insert(q.id.clone()) {
            problems.error(file, &format!("{key}.id"), format!("duplicate context question id '{}'", q.id));
        }
        let icon = icon(problems, file, &key, q.icon.as_deref(), "context question");
        let text = problems.text(file, &format!("{key}.text"), &q.text);
        let hint = q.hint.as_ref().map(|h| problems.text(file, &format!("{key}.hint"), h));
        if q.choices.len() < 2 {
            problems.error(
                file,
                &format!("{key}.choices"),
                "a context question needs at least two [[context.choices]]",
            );
        }
        let mut ids = BTreeSet::new();
        let choices = q
            .choices
            .into_iter()
            .enumerate()
            .map(|(j, c)| {
                let k = format!("{key}.choices[{j}]");
                problems.id(file, &format!("{k}.id"), &c.id);
                if !ids.insert(c.id.clone()) {
                    problems.error(file, &format!("{k}.id"), format!("duplicate choice id '{}' in {}", c.id, q.id));
                }
                choice(problems, file, &k, c, refs)
            })
            .collect();
        out.push(ContextQuestion { id: q.id, icon, text, hint, choices });
    }
    if out.is_empty() {
        problems.error(file, "context", "no context question: add at least one [[context]]");
    }
    out
}

fn choice(problems: &mut Problems, file: &str, key: &str, c: ChoiceEntry, refs: &References) -> Choice {
    let icon = icon(problems, file, key, c.icon.as_deref(), "choice");
    let text = problems.text(file, &format!("{key}.text"), &c.text);
    let entry = SignEntry {
        severity: c.severity,
        kind: c.kind,
        element: c.element,
        sign: c.sign,
        why: c.why,
        todo: c.todo,
        checked: c.checked,
        indicators: c.indicators,
        sources: c.sources,
        services: c.services,
    };
    let sign = signs::is_written(&entry).then(|| signs::sign(problems, file, key, &c.id, entry, refs));
    if sign.is_some() && c.open {
        problems.error(file, &format!("{key}.open"), "a choice that is a warning sign cannot leave things open");
    }
    if sign.as_ref().is_some_and(|s| s.kind == Kind::Step) {
        problems.error(
            file,
            &format!("{key}.kind"),
            "a choice is a fact, not a check still to do: it cannot be a step",
        );
    }
    Choice { id: c.id, icon, text, open: c.open, sign }
}

/// A required pictogram of a `what` at `key`.
fn icon(problems: &mut Problems, file: &str, key: &str, name: Option<&str>, what: &str) -> Icon {
    let known = || Icon::ALL.map(Icon::name).join(", ");
    match name.map(|n| (n, Icon::from_name(n))) {
        Some((_, Some(icon))) => icon,
        Some((name, None)) => {
            problems.error(
                file,
                &format!("{key}.icon"),
                format!("unknown icon '{name}' (expected one of: {})", known()),
            );
            Icon::Question
        }
        None => {
            problems.error(
                file,
                &format!("{key}.icon"),
                format!("missing: every {what} needs a pictogram (one of: {})", known()),
            );
            Icon::Question
        }
    }
}
