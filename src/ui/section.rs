use yew::prelude::*;

use super::hooks::use_focus_on_change;
use super::question::QuestionField;
use super::Dispatch;
use crate::assessment::Answers;
use crate::questionnaire::{Locale, Question, SECTIONS, UI};
use crate::state::Action;

/// Properties of [`SectionPage`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The language shown.
    pub locale: Locale,
    /// Which section, by index into the questionnaire.
    pub index: usize,
    /// The answers so far, keyed by question id.
    pub answers: Answers,
    /// Questions to flag as unanswered (empty unless Continue was pressed too early).
    pub unanswered: Vec<&'static Question>,
    /// How the component asks the wizard to change.
    pub dispatch: Dispatch,
    /// The heading that receives focus when the step changes.
    pub heading: NodeRef,
}

/// One section of questions, with an error summary when Continue was pressed with questions unanswered.
#[component]
pub fn SectionPage(props: &SectionProps) -> Html {
    let locale = props.locale;
    let section = &SECTIONS[props.index];
    let onsubmit = props.dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    let back = props.dispatch.reform(|_| Action::Back);
    let summary_ref = use_focus_on_change(props.unanswered.is_empty());
    let summary = (!props.unanswered.is_empty()).then(|| {
        html! {
            <div class="joc-error-summary" role="alert" tabindex="-1" ref={summary_ref.clone()}>
                <h3 class="joc-error-title">{ UI.error_title.get(locale) }</h3>
                <ul>
                    { for props.unanswered.iter().map(|q| html! {
                        <li><button type="button" class="joc-link" onclick={focus_question(q.id)}>{ q.text.get(locale) }</button></li>
                    }) }
                </ul>
            </div>
        }
    });
    html! {
        <form class="joc-page" novalidate=true {onsubmit}>
            <p class="joc-caption">{ UI.progress.fill(locale, &[("n", &(props.index + 1).to_string()), ("total", &SECTIONS.len().to_string())]) }</p>
            <h2 class="joc-title joc-with-icon" tabindex="-1" ref={props.heading.clone()}>
                { super::icons::section_icon(section.icon) }{ section.title.get(locale) }
            </h2>
            <super::read_aloud::ReadAloud {locale} text={read_text(props.index, locale)} />
            { summary }
            { for section.questions.iter().map(|question| html! {
                <QuestionField {locale} {question} answer={props.answers.get(question)}
                    missing={props.unanswered.iter().any(|q| q.id == question.id)} dispatch={props.dispatch.clone()} />
            }) }
            <div class="joc-actions">
                <button type="submit" class="joc-button joc-primary">{ UI.continue_button.get(locale) }</button>
                <button type="button" class="joc-button joc-secondary" onclick={back}>{ UI.back_button.get(locale) }</button>
            </div>
        </form>
    }
}

/// Moves focus to the first radio of a question.
fn focus_question(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| super::focus_in_widget(&e, &["input[name=\"", id, "\"]"].concat(), false))
}

/// What "Read aloud" says on a section: its title, then each question and its hint.
fn read_text(index: usize, locale: Locale) -> AttrValue {
    let section = &SECTIONS[index];
    let mut text = String::from(section.title.get(locale));
    for q in section.questions {
        text += "\n";
        text += q.text.get(locale);
        if let Some(hint) = q.hint {
            text += " ";
            text += hint.get(locale);
        }
    }
    text.into()
}
