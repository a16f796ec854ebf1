//! `ask_if`: when a section or a question is asked. Each condition names an earlier question (a context question with
//! some of its choices, or a Yes/No question with `yes` or `no`); all conditions must hold. An unanswered question, an
//! open choice and "Not sure" always match (when in doubt, ask), so a question is reachable unless its conditions on
//! one context question without an open choice exclude every choice.

use std::collections::BTreeMap;

use super::context::ContextQuestion;
use super::fields::Problems;
use crate::questionnaire::Answer;

/// `ask_if` as written: question id → the choices or answers that make it hold.
pub type AskIf = BTreeMap<String, Vec<String>>;

/// A validated condition.
#[derive(Clone, Debug)]
pub struct Condition {
    /// The id of the earlier question.
    pub on: String,
    /// Choice ids, or answer names.
    pub any_of: Vec<String>,
}

/// What a condition may name: the context questions, and the Yes/No questions before the one being checked.
pub struct Earlier<'a> {
    /// Every context question.
    pub context: &'a [ContextQuestion],
    /// The Yes/No questions that come before, by id.
    pub questions: &'a [String],
    /// Every Yes/No question, to tell "later" from "unknown".
    pub all_questions: &'a [String],
}

/// The conditions of an `ask_if` at `key`: each naming an earlier question and answers it can have.
pub fn conditions(
    problems: &mut Problems,
    file: &str,
    key: &str,
    ask_if: Option<AskIf>,
    earlier: &Earlier,
) -> Vec<Condition> {
    let mut out = Vec::new();
    for (on, any_of) in ask_if.unwrap_or_default() {
        let k = format!("{key}.{on}");
        if any_of.is_empty() {
            problems.error(file, &k, "lists no choice or answer: the question would never be asked");
        }
        if let Some(context) = earlier.context.iter().find(|c| c.id == on) {
            for value in &any_of {
                if !context.choices.iter().any(|c| &c.id == value) {
                    let known: Vec<&str> = context.choices.iter().map(|c| c.id.as_str()).collect();
                    problems.error(
                        file,
                        &k,
                        format!("'{value}' is not a choice of {on} (its choices: {})", known.join(", ")),
                    );
                }
            }
        } else if earlier.questions.contains(&on) {
            for value in &any_of {
                if !matches!(Answer::from_name(value), Some(Answer::Yes | Answer::No)) {
                    problems.error(
                        file,
                        &k,
                        format!(
                            "'{value}' is not an answer to {on} (use \"yes\" or \"no\"; \"Not sure\" always matches)"
                        ),
                    );
                }
            }
        } else if earlier.all_questions.contains(&on) {
            problems.error(
                file,
                &k,
                format!("{on} is asked later (or is this question): a condition can only name an earlier question"),
            );
        } else {
            problems.error(
                file,
                &k,
                format!("unknown question '{on}': not a context question (context.toml) nor a question"),
            );
        }
        out.push(Condition { on, any_of });
    }
    out
}

/// Whether some combination of context answers reaches a question with these conditions (its section's and its own):
/// for every context question they name, some choice satisfies all of them, or it has an open choice.
pub fn reachable(conditions: &[&Condition], context: &[ContextQuestion]) -> bool {
    context.iter().all(|question| {
        question.choices.iter().any(|choice| {
            choice.open || conditions.iter().filter(|c| c.on == question.id).all(|c| c.any_of.contains(&choice.id))
        })
    })
}
