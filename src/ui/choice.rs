use yew::prelude::*;

use super::icons::icon;
use super::question::{both, fieldset, Field};
use super::{list, on_change, Dispatch};
use crate::questionnaire::{Choice, ContextQuestion, Locale, UI};
use crate::state::Action;

/// What a question about the offer shows.
pub struct ContextView {
    /// The language shown.
    pub locale: Locale,
    /// The question.
    pub question: &'static ContextQuestion,
    /// Its choice so far.
    pub choice: Option<&'static Choice>,
    /// Flagged as unanswered (Continue was pressed too early).
    pub missing: bool,
    /// The other language beside each text (counsellor mode).
    pub bilingual: bool,
}

/// A question about the offer: a fieldset whose legend is the question, with one radio per choice, each with its
/// pictogram and words (markup the static first screen repeats: `static_page::first_screen_html`).
pub fn context_field(view: ContextView, dispatch: &Dispatch) -> Html {
    let ContextView { locale, question, choice: chosen, missing, bilingual } = view;
    let radio = |choice: &'static Choice| {
        let onchange = on_change(dispatch, Action::Choose(question, choice));
        html! {
            <label class="joc-choice">
                <input type="radio" name={question.id} value={choice.id} checked={chosen.is_some_and(|c| c.id == choice.id)} {onchange} />
                { icon(choice.icon) }
                <span>{ both(choice.text, locale, bilingual) }</span>
            </label>
        }
    };
    let field = Field { locale, id: question.id, legend: question.text, hint: question.hint, missing, bilingual };
    let mut radios = Vec::new();
    for choice in question.choices {
        radios.push(radio(choice));
    }
    fieldset(field, None, UI.error_choose_one, list(radios))
}
