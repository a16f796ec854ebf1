use yew::prelude::*;

use super::actions::actions;
use super::icons::icon;
use super::read_aloud::read_aloud;
use super::{list, on_click, Dispatch};
use crate::labels::{answer_label, decimal};
use crate::questionnaire::{Icon, Locale, CONTEXT, SECTIONS, UI};
use crate::routing;
use crate::state::{Action, State, Step};

/// "Check your answers": the answers about the offer, then each section that applies with only the questions asked,
/// each block with a Change button; and, when a changed answer removed some that no longer apply, a note saying so.
/// `heading` receives focus when the step changes.
pub fn review(state: &State, dispatch: &Dispatch, heading: &NodeRef) -> Html {
    let locale = state.locale;
    let answers = &state.answers;
    let submit = on_click(dispatch, Action::Continue);
    let back = on_click(dispatch, Action::Back);
    let mut about = Vec::new();
    for q in CONTEXT {
        about.push(row(q.text.get(locale), answers.choice(q).map(|c| c.text.get(locale)).unwrap_or("–")));
    }
    let mut blocks = vec![block(locale, Icon::Offered, UI.about_title.get(locale), Step::About, list(about), dispatch)];
    for index in state.sections() {
        let section = &SECTIONS[index];
        let mut rows = Vec::new();
        for q in routing::section_questions(section, answers) {
            rows.push(row(q.text.get(locale), answers.get(q).map(|a| answer_label(a, locale)).unwrap_or("–")));
        }
        blocks.push(block(locale, section.icon, section.title.get(locale), Step::Section(index), list(rows), dispatch));
    }
    html! {
        <div class="joc-page">
            <h2 class="joc-title" tabindex="-1" ref={heading.clone()}>{ UI.review_title.get(locale) }</h2>
            { read_aloud() }
            if state.removed > 0 {
                <p class="joc-notice" role="status">{ UI.removed_answers.fill(locale, &[("n", &decimal(state.removed))]) }</p>
            }
            { list(blocks) }
            { actions(locale, UI.review_submit.get(locale), Some(submit), back) }
        </div>
    }
}

/// One block of answers under its title, with a Change button that returns to `step`.
fn block(locale: Locale, pictogram: Icon, title: &'static str, step: Step, rows: Html, dispatch: &Dispatch) -> Html {
    html! {
        <div class="joc-review-section">
            <div class="joc-review-head">
                <h3 class="joc-with-icon">{ icon(pictogram) }{ title }</h3>
                <button type="button" class="joc-link" onclick={on_click(dispatch, Action::Change(step))}>
                    { UI.review_change.get(locale) }
                    <span class="joc-visually-hidden">{ " " }{ title }</span>
                </button>
            </div>
            <dl class="joc-summary">{ rows }</dl>
        </div>
    }
}

fn row(question: &'static str, answer: &'static str) -> Html {
    html! {
        <div class="joc-summary-row">
            <dt>{ question }</dt>
            <dd>{ answer }</dd>
        </div>
    }
}
