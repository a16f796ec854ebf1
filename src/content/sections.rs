//! `sections/*.toml`: one screen of Yes/No questions each, shown in file-name order after the context questions; each
//! question with the warning sign its "Yes" shows, what to find out when "Not sure", and when it is asked.

use serde::Deserialize;

use super::fields::{LocaleText, Localised, Problems};
use super::routing::{self, AskIf, Condition, Earlier};
use super::signs::{self, References, Sign, SignEntry};
use crate::questionnaire::Icon;

/// One `questions/sections/*.toml` file, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    id: String,
    icon: String,
    title: LocaleText,
    ask_if: Option<AskIf>,
    #[serde(default)]
    questions: Vec<QuestionEntry>,
}

impl SectionFile {
    /// The ids of its questions, as written.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.questions.iter().map(|q| q.id.as_str())
    }
}

// The sign's fields (`signs::SignEntry`) are written out here and in `context.rs`'s `ChoiceEntry`, not flattened:
// serde cannot deny unknown fields through `flatten`, and a misspelt key must fail the build at its own line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionEntry {
    id: String,
    text: LocaleText,
    hint: Option<LocaleText>,
    ask_if: Option<AskIf>,
    warning_answer: Option<String>,
    severity: Option<String>,
    kind: Option<String>,
    element: Option<String>,
    sign: Option<LocaleText>,
    why: Option<LocaleText>,
    todo: Option<LocaleText>,
    find_out: LocaleText,
    checked: Option<String>,
    indicators: Option<Vec<String>>,
    sources: Option<Vec<u32>>,
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
    /// When the section is asked.
    pub ask_if: Vec<Condition>,
    /// The questions, in the order asked.
    pub questions: Vec<Question>,
}

/// A validated Yes/No question.
#[derive(Clone, Debug)]
pub struct Question {
    /// Stable id, unique in the whole questionnaire.
    pub id: String,
    /// The question as asked; "Yes" is its warning answer.
    pub text: Localised,
    /// An optional hint shown under the question.
    pub hint: Option<Localised>,
    /// When it is asked.
    pub ask_if: Vec<Condition>,
    /// What to find out when the answer is "Not sure".
    pub find_out: Localised,
    /// The sign "Yes" shows.
    pub sign: Sign,
}

/// A section: a known pictogram, a title, its conditions, and at least one question, each reachable. `earlier` holds
/// the questions before this section; its questions are added to it as they are read.
pub fn section(
    problems: &mut Problems,
    file: &str,
    s: SectionFile,
    refs: &References,
    earlier: &mut Vec<String>,
    context: &[super::context::ContextQuestion],
    all_questions: &[String],
) -> Section {
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
    let ask_if = routing::conditions(
        problems,
        file,
        "ask_if",
        s.ask_if,
        &Earlier { context, questions: earlier, all_questions },
    );
    let mut questions = Vec::new();
    for (i, q) in s.questions.into_iter().enumerate() {
        let key = format!("questions[{i}]");
        let question = question(problems, file, &key, q, refs, &Earlier { context, questions: earlier, all_questions });
        let conditions: Vec<&Condition> = ask_if.iter().chain(&question.ask_if).collect();
        if !routing::reachable(&conditions, context) {
            problems.error(
                file,
                &format!("{key}.ask_if"),
                "no combination of answers about the offer reaches this question (with its section's conditions)",
            );
        }
        earlier.push(question.id.clone());
        questions.push(question);
    }
    Section { id: s.id, icon, title, ask_if, questions }
}

fn question(
    problems: &mut Problems,
    file: &str,
    key: &str,
    q: QuestionEntry,
    refs: &References,
    earlier: &Earlier,
) -> Question {
    let k = |field: &str| format!("{key}.{field}");
    problems.id(file, &k("id"), &q.id);
    if q.warning_answer.is_some() {
        problems.error(
            file,
            &k("warning_answer"),
            "no longer used: \"Yes\" is always the warning answer; word the question so that it is",
        );
    }
    let ask_if = routing::conditions(problems, file, &k("ask_if"), q.ask_if, earlier);
    let entry = SignEntry {
        severity: q.severity,
        kind: q.kind,
        element: q.element,
        sign: q.sign,
        why: q.why,
        todo: q.todo,
        checked: q.checked,
        indicators: q.indicators,
        sources: q.sources,
        services: q.services,
    };
    let sign = signs::sign(problems, file, key, &q.id, entry, refs);
    Question {
        text: problems.text(file, &k("text"), &q.text),
        hint: q.hint.as_ref().map(|h| problems.text(file, &k("hint"), h)),
        find_out: problems.text(file, &k("find_out"), &q.find_out),
        id: q.id,
        ask_if,
        sign,
    }
}
