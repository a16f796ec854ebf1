use yew::prelude::*;

use super::actions::actions;
use super::choice::{context_field, ContextView};
use super::focus::focus_in_widget;
use super::icons::icon;
use super::question::{question_field, QuestionView};
use super::read_aloud::read_aloud;
use super::{list, on_click, Dispatch};
use crate::answers::Answers;
use crate::questionnaire::{Icon, Locale, Text, CONTEXT, SECTIONS, UI};
use crate::routing;
use crate::state::Action;

/// Which screen of questions.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// "About the offer".
    About,
    /// A section, by index into the questionnaire.
    Section(usize),
}

/// What a screen of questions shows.
pub struct SectionView<'a> {
    /// The language shown.
    pub locale: Locale,
    /// Which screen.
    pub screen: Screen,
    /// Its caption ("Section n of total"), also announced in the widget's status line.
    pub caption: &'a str,
    /// The answers so far, keyed by question id.
    pub answers: &'a Answers,
    /// The questions to flag as unanswered, by id, with their text (empty unless Continue was pressed too early).
    pub missing: &'a [(&'static str, &'static Text)],
    /// The heading that receives focus when the step changes.
    pub heading: &'a NodeRef,
    /// The error summary, which receives focus when it appears.
    pub summary: &'a NodeRef,
}

/// A screen of questions (about the offer, or a section's that apply), with an error summary when Continue was
/// pressed with questions unanswered.
pub fn section_page(view: SectionView, dispatch: &Dispatch) -> Html {
    let SectionView { locale, screen, caption, answers, missing, heading, summary: summary_ref } = view;
    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    let back = on_click(dispatch, Action::Back);
    let is_missing = |id: &str| missing.iter().any(|(m, _)| *m == id);
    let (pictogram, title, fields) = match screen {
        Screen::About => (Icon::Offered, UI.about_title.get(locale), {
            let mut fields = Vec::new();
            for question in CONTEXT {
                let choice = answers.choice(question);
                let view = ContextView { locale, question, choice, missing: is_missing(question.id), bilingual: false };
                fields.push(context_field(view, dispatch));
            }
            list(fields)
        }),
        Screen::Section(index) => {
            let section = &SECTIONS[index];
            let mut fields = Vec::new();
            for question in routing::section_questions(section, answers) {
                let answer = answers.get(question);
                let view = QuestionView {
                    locale,
                    question,
                    answer,
                    missing: is_missing(question.id),
                    bilingual: false,
                    explain: false,
                };
                fields.push(question_field(view, dispatch));
            }
            let fields = list(fields);
            (section.icon, section.title.get(locale), fields)
        }
    };
    let summary = (!missing.is_empty()).then(|| {
        let mut items = Vec::new();
        for (id, text) in missing {
            items.push(html! {
                <li><button type="button" class="joc-link" onclick={focus_question(id)}>{ text.get(locale) }</button></li>
            });
        }
        html! {
            <div class="joc-error-summary" role="alert" tabindex="-1" ref={summary_ref.clone()}>
                <h3 class="joc-error-title">{ UI.error_title.get(locale) }</h3>
                <ul>{ list(items) }</ul>
            </div>
        }
    });
    html! {
        <form class="joc-page" novalidate=true {onsubmit}>
            <p class="joc-caption">{ caption }</p>
            <h2 class="joc-title joc-with-icon" tabindex="-1" ref={heading.clone()}>{ icon(pictogram) }{ title }</h2>
            { read_aloud() }
            { summary }
            { fields }
            { actions(locale, UI.continue_button.get(locale), None, back) }
        </form>
    }
}

/// Moves focus to the first radio of a question.
fn focus_question(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| focus_in_widget(&e, &["input[name=\"", id, "\"]"].concat(), false))
}
