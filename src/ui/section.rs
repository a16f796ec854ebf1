use web_sys::SpeechSynthesisVoice;
use yew::prelude::*;

use super::actions::actions;
use super::focus::focus_in_widget;
use super::icons::icon;
use super::question::{question_field, QuestionView};
use super::Dispatch;
use crate::assessment::Answers;
use crate::questionnaire::{Locale, Question, SECTIONS, UI};
use crate::state::Action;

/// What a section screen shows.
pub struct SectionView<'a> {
    /// The language shown.
    pub locale: Locale,
    /// Which section, by index into the questionnaire.
    pub index: usize,
    /// "Part n of total", also announced in the widget's status line.
    pub progress: &'a str,
    /// The answers so far, keyed by question id.
    pub answers: &'a Answers,
    /// Questions to flag as unanswered (empty unless Continue was pressed too early).
    pub unanswered: &'a [&'static Question],
    /// The heading that receives focus when the step changes.
    pub heading: &'a NodeRef,
    /// The error summary, which receives focus when it appears.
    pub summary: &'a NodeRef,
    /// An on-device voice for Read aloud, if the device has one for the locale.
    pub voice: Option<&'a SpeechSynthesisVoice>,
}

/// One section of questions, with an error summary when Continue was pressed with questions unanswered.
pub fn section_page(view: SectionView, dispatch: &Dispatch) -> Html {
    let SectionView { locale, index, progress, answers, unanswered, heading, summary: summary_ref, voice } = view;
    let section = &SECTIONS[index];
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    let back = dispatch.reform(|_| Action::Back);
    let summary = (!unanswered.is_empty()).then(|| {
        html! {
            <div class="joc-error-summary" role="alert" tabindex="-1" ref={summary_ref.clone()}>
                <h3 class="joc-error-title">{ UI.error_title.get(locale) }</h3>
                <ul>
                    { for unanswered.iter().map(|q| html! {
                        <li><button type="button" class="joc-link" onclick={focus_question(q.id)}>{ q.text.get(locale) }</button></li>
                    }) }
                </ul>
            </div>
        }
    });
    html! {
        <form class="joc-page" novalidate=true {onsubmit}>
            <p class="joc-caption">{ progress }</p>
            <h2 class="joc-title joc-with-icon" tabindex="-1" ref={heading.clone()}>
                { icon(section.icon) }{ section.title.get(locale) }
            </h2>
            { super::read_aloud::read_aloud(locale, voice, || read_text(index, locale)) }
            { summary }
            { for section.questions.iter().map(|question| html! {
                { question_field(QuestionView {
                    locale,
                    question,
                    answer: answers.get(question),
                    missing: unanswered.iter().any(|q| q.id == question.id),
                    bilingual: false,
                    explain: false,
                }, dispatch) }
            }) }
            { actions(locale, UI.continue_button.get(locale), None, back) }
        </form>
    }
}

/// Moves focus to the first radio of a question.
fn focus_question(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| focus_in_widget(&e, &["input[name=\"", id, "\"]"].concat(), false))
}

/// What "Read aloud" says on a section: its title, then each question and its hint.
fn read_text(index: usize, locale: Locale) -> String {
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
    text
}
