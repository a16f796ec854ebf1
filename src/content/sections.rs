//! `sections/*.toml`: one screen of questions each, shown in file-name order; each question with the warning sign its
//! warning answer reveals, why it matters, what to do and what to find out.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::fields::{LocaleText, Localised, Months, Problems};
use crate::questionnaire::{Answer, Icon, Severity};

/// One `questions/sections/*.toml` file, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    id: String,
    icon: String,
    title: LocaleText,
    #[serde(default)]
    questions: Vec<QuestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionEntry {
    id: String,
    text: LocaleText,
    hint: Option<LocaleText>,
    warning_answer: Option<String>,
    severity: String,
    sign: LocaleText,
    why: LocaleText,
    todo: LocaleText,
    find_out: LocaleText,
    checked: Option<String>,
    indicators: Vec<String>,
    sources: Vec<u32>,
    #[serde(default)]
    services: Vec<String>,
}

/// A validated section: one screen of questions.
#[derive(Clone, Debug)]
pub struct Section {
    /// Stable id.
    pub id: String,
    /// Pictogram.
    pub icon: Icon,
    /// Section title.
    pub title: Localised,
    /// The questions, in the order asked.
    pub questions: Vec<Question>,
}

/// A validated question.
#[derive(Clone, Debug)]
pub struct Question {
    /// Stable id, unique in the whole questionnaire.
    pub id: String,
    /// The question as asked.
    pub text: Localised,
    /// An optional hint shown under the question.
    pub hint: Option<Localised>,
    /// The answer that reveals the warning sign (Yes or No).
    pub warning: Answer,
    /// How serious the sign is.
    pub severity: Severity,
    /// Short name of the warning sign this question reveals.
    pub sign: Localised,
    /// Why the sign matters.
    pub why: Localised,
    /// What to do about it.
    pub todo: Localised,
    /// What to find out when the answer is "Not sure".
    pub find_out: Localised,
    /// For a time-bound fact (a fee cap, a fee), the date it was last checked, as shown in each locale.
    pub checked: Option<Localised>,
    /// Indicator ids from `indicators.toml`.
    pub indicators: Vec<String>,
    /// Source ids from `sources.toml`.
    pub sources: Vec<u32>,
    /// Service ids from `services.toml` that fit this sign.
    pub services: Vec<String>,
}

/// What a question may refer to in the other files.
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

/// A section: a known pictogram, a title, and at least one question.
pub fn section(problems: &mut Problems, file: &str, s: SectionFile, refs: &References) -> Section {
    problems.id(file, "id", &s.id);
    let icon = Icon::from_name(&s.icon).unwrap_or_else(|| {
        let known = Icon::ALL.map(Icon::name).join(", ");
        problems.error(file, "icon", format!("unknown icon '{}' (expected one of: {known})", s.icon));
        Icon::Person
    });
    let title = problems.text(file, "title", &s.title);
    if s.questions.is_empty() {
        problems.error(file, "questions", "empty section: add at least one [[questions]]");
    }
    let questions = s
        .questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| question(problems, file, &format!("questions[{i}]"), q, refs))
        .collect();
    Section { id: s.id, icon, title, questions }
}

fn question(problems: &mut Problems, file: &str, key: &str, q: QuestionEntry, refs: &References) -> Question {
    let k = |field: &str| format!("{key}.{field}");
    problems.id(file, &k("id"), &q.id);
    let severity = Severity::from_name(&q.severity).unwrap_or_else(|| {
        let known = Severity::ALL.map(Severity::name).join(", ");
        problems.error(file, &k("severity"), format!("unknown severity '{}' (expected one of: {known})", q.severity));
        Severity::Critical
    });
    let warning = match q.warning_answer.as_deref().map(Answer::from_name) {
        None => Answer::Yes,
        Some(Some(answer)) if answer != Answer::NotSure => answer,
        Some(_) => {
            let other = q.warning_answer.as_deref().unwrap_or_default();
            problems.error(
                file,
                &k("warning_answer"),
                format!("the warning answer must be 'yes' or 'no', not '{other}'"),
            );
            Answer::Yes
        }
    };
    if q.indicators.is_empty() {
        problems.error(file, &k("indicators"), "no indicator given");
    }
    problems.refs(file, &k("indicators"), &q.indicators, refs.indicators, "indicator", "indicators.toml");
    problems.source_refs(file, &k("sources"), &q.sources, refs.sources);
    problems.refs(file, &k("services"), &q.services, refs.services, "service", "services.toml");
    let checked = q.checked.as_deref().map(|d| problems.date(file, &k("checked"), d, refs.months));
    Question {
        checked,
        text: problems.text(file, &k("text"), &q.text),
        hint: q.hint.as_ref().map(|h| problems.text(file, &k("hint"), h)),
        sign: problems.text(file, &k("sign"), &q.sign),
        why: problems.text(file, &k("why"), &q.why),
        todo: problems.text(file, &k("todo"), &q.todo),
        find_out: problems.text(file, &k("find_out"), &q.find_out),
        id: q.id,
        warning,
        severity,
        indicators: q.indicators,
        sources: q.sources,
        services: q.services,
    }
}
