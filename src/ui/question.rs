use yew::prelude::*;

use super::{answer_label, Dispatch};
use crate::questionnaire::{Answer, Locale, Question, UI};
use crate::state::Action;

/// Properties of [`QuestionField`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub locale: Locale,
    pub question: &'static Question,
    pub answer: Option<Answer>,
    pub missing: bool,
    pub dispatch: Dispatch,
}

/// One question: a fieldset whose legend is the question, with Yes / No / Not sure radios.
#[component]
pub fn QuestionField(props: &QuestionProps) -> Html {
    let QuestionProps { locale, question, answer, missing, .. } = *props;
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
        let onchange = props.dispatch.reform(move |_| Action::Answer(question, choice));
        html! {
            <label class="joc-radio">
                <input type="radio" name={id} value={choice.name()} checked={answer == Some(choice)} {onchange} />
                <span>{ answer_label(choice, locale) }</span>
            </label>
        }
    };
    html! {
        <fieldset class={classes!("joc-question", missing.then_some("joc-question-error"))} id={["q-", id].concat()}
            aria-describedby={described_by}>
            <legend class="joc-legend">{ question.text.get(locale) }</legend>
            if let Some(hint) = question.hint {
                <p class="joc-hint" id={hint_id}>{ hint.get(locale) }</p>
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
