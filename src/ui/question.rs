use yew::prelude::*;

use super::{list, on_change, Dispatch};
use crate::labels::answer_label;
use crate::questionnaire::{Answer, Locale, Question, Text, UI};
use crate::state::Action;

/// A text in the locale, followed in bilingual mode by the same text in the other language, marked with its own
/// `lang` and `dir`. Only counsellor mode is bilingual: the visitor's wasm, built without it, leaves that part out.
pub fn both(text: Text, locale: Locale, bilingual: bool) -> Html {
    if cfg!(feature = "counsellor") && bilingual {
        let other = locale.other();
        html! {
            <>
                { text.get(locale) }
                <span class="joc-other" lang={other.tag()} dir={other.direction()}>{ text.get(other) }</span>
            </>
        }
    } else {
        text.get(locale).into()
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
    let radio = |choice: Answer| {
        let onchange = on_change(dispatch, Action::Answer(question, choice));
        html! {
            <label class="joc-radio">
                <input type="radio" name={question.id} value={choice.name()} checked={answer == Some(choice)} {onchange} />
                <span>{ answer_label(choice, locale) }</span>
                if cfg!(feature = "counsellor") && bilingual {
                    <span class="joc-other" lang={locale.other().tag()}>{ answer_label(choice, locale.other()) }</span>
                }
            </label>
        }
    };
    let field = Field { locale, id: question.id, legend: question.text, hint: question.hint, missing, bilingual };
    fieldset(field, explain.then_some(question.sign.why), UI.error_choose, list(Answer::ALL.map(radio).into()))
}

/// What every question's fieldset shows, whatever its options.
pub struct Field {
    /// The language shown.
    pub locale: Locale,
    /// The question's id.
    pub id: &'static str,
    /// The question.
    pub legend: Text,
    /// Its hint.
    pub hint: Option<Text>,
    /// Flagged as unanswered.
    pub missing: bool,
    /// The other language beside each text.
    pub bilingual: bool,
}

/// A question's fieldset: the question as its legend, its hint, why it matters (`why`, counsellor mode), the error
/// `error` when it is flagged, and its `options` (radios), described by the hint and the error.
pub fn fieldset(field: Field, why: Option<Text>, error: Text, options: Html) -> Html {
    let Field { locale, id, legend, hint, missing, bilingual } = field;
    let hint_id = ["q-", id, "-hint"].concat();
    let error_id = ["q-", id, "-error"].concat();
    let described_by = match (hint.is_some(), missing) {
        (true, true) => Some([hint_id.as_str(), " ", error_id.as_str()].concat()),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (false, false) => None,
    };
    // Keyed by question id: when an answer makes a later question appear or go, the others keep their nodes, so the
    // radio with focus stays the one the person is on (unkeyed, it would become another question's).
    html! {
        <fieldset key={id} class="joc-question" data-missing={missing.then_some("true")} id={["q-", id].concat()}
            aria-describedby={described_by}>
            <legend class="joc-legend">{ both(legend, locale, bilingual) }</legend>
            if let Some(hint) = hint {
                <p class="joc-hint" id={hint_id}>{ both(hint, locale, bilingual) }</p>
            }
            if let Some(why) = why.filter(|_| cfg!(feature = "counsellor")) {
                <p class="joc-explain"><strong>{ UI.why_title.get(locale) }{ ": " }</strong>{ both(why, locale, bilingual) }</p>
            }
            if missing {
                <p class="joc-error" id={error_id}>{ error.get(locale) }</p>
            }
            <div class="joc-radios">{ options }</div>
        </fieldset>
    }
}
