use yew::prelude::*;

use super::Dispatch;
use crate::labels::answer_label;
use crate::questionnaire::{Answer, Locale, Question, Text, UI};
use crate::state::Action;

/// A text in the locale, followed in bilingual mode by the same text in the other language, marked with its own
/// `lang` and `dir`.
fn both(text: Text, locale: Locale, bilingual: bool) -> Html {
    let other = locale.other();
    html! {
        <>
            { text.get(locale) }
            if bilingual {
                <span class="joc-other" lang={other.tag()} dir={other.direction()}>{ text.get(other) }</span>
            }
        </>
    }
}

/// What a question shows.
pub struct QuestionView {
    /// The language shown.
    pub locale: Locale,
    /// The question.
    pub question: &'static Question,
    /// Its answer so far.
    pub answer: Option<Answer>,
    /// Flagged as unanswered (Continue was pressed too early).
    pub missing: bool,
    /// The other language beside each text (counsellor mode).
    pub bilingual: bool,
    /// Why the warning sign matters, under the question (counsellor mode).
    pub explain: bool,
}

/// One question: a fieldset whose legend is the question, with Yes / No / Not sure radios.
pub fn question_field(view: QuestionView, dispatch: &Dispatch) -> Html {
    let QuestionView { locale, question, answer, missing, bilingual, explain } = view;
    let id = question.id;
    let hint_id = ["q-", id, "-hint"].concat();
    let error_id = ["q-", id, "-error"].concat();
    let described_by = match (question.hint.is_some(), missing) {
        (true, true) => Some([hint_id.as_str(), " ", error_id.as_str()].concat()),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (false, false) => None,
    };
    let radio = |choice: Answer| {
        let onchange = dispatch.reform(move |_| Action::Answer(question, choice));
        html! {
            <label class="joc-radio">
                <input type="radio" name={id} value={choice.name()} checked={answer == Some(choice)} {onchange} />
                <span>{ answer_label(choice, locale) }</span>
                if bilingual {
                    <span class="joc-other" lang={locale.other().tag()}>{ answer_label(choice, locale.other()) }</span>
                }
            </label>
        }
    };
    html! {
        <fieldset class="joc-question" data-missing={missing.then_some("true")} id={["q-", id].concat()}
            aria-describedby={described_by}>
            <legend class="joc-legend">{ both(question.text, locale, bilingual) }</legend>
            if let Some(hint) = question.hint {
                <p class="joc-hint" id={hint_id}>{ both(hint, locale, bilingual) }</p>
            }
            if explain {
                <p class="joc-explain"><strong>{ UI.why_title.get(locale) }{ ": " }</strong>{ both(question.why, locale, bilingual) }</p>
            }
            if missing {
                <p class="joc-error" id={error_id}>{ UI.error_choose.get(locale) }</p>
            }
            <div class="joc-radios">
                { for Answer::ALL.into_iter().map(radio) }
            </div>
        </fieldset>
    }
}
