use yew::prelude::*;

use super::choice::{context_field, ContextView};
use super::findings::{find_out_list, sign_list, step_list, verdict_box, VerdictName};
use super::focus::focus_in_widget;
use super::icons::icon;
use super::question::{both, question_field, QuestionView};
use super::summary::print_summary;
use super::top_bar::top_bar;
use super::WidgetProps;
use crate::assessment::assess;
use crate::labels::decimal;
use crate::questionnaire::{Icon, CONTEXT, SECTIONS, UI};
use crate::routing;
use crate::state::{Action, State};

/// Counsellor mode, for MRC counsellors with a client: the questions about the offer, then every section on one page
/// with quick navigation, each question with its explanation in both languages (switchable), the questions that do
/// not apply folded under each section (so they can still be asked), a running list with the verdict, what to do and
/// the numbers to call, "New client" with a confirmation (in the bar, so it shows wherever the counsellor is on the
/// page), and a printable summary. Focus follows "New client": to the confirmation as it opens, back to the button on
/// Cancel, to the first heading once the answers are cleared.
#[component]
pub fn CounsellorApp(props: &WidgetProps) -> Html {
    let initial = props.locale;
    let state = use_reducer(move || State::new(initial));
    let dispatch = state.dispatcher().to_callback();
    let bilingual = use_state(|| true);
    let confirming = use_state(|| false);
    let new_client_button = use_node_ref();
    let cancel_button = use_node_ref();
    let first_heading = use_node_ref();
    let locale = state.locale;
    let other = locale.other();
    let assessment = assess(&state.answers);

    let toggle_bilingual = {
        let bilingual = bilingual.clone();
        Callback::from(move |_| bilingual.set(!*bilingual))
    };
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    {
        // Cancel, the safe choice (so that Enter pressed twice does not clear a client's answers), takes focus once
        // the confirmation opens: after that render, as Cancel is not there before it.
        let cancel_button = cancel_button.clone();
        use_effect_with(*confirming, move |open| {
            if *open {
                focus_now(&cancel_button);
            }
        });
    }
    let ask_new_client = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        let new_client_button = new_client_button.clone();
        Callback::from(move |_| {
            focus_now(&new_client_button);
            confirming.set(false);
        })
    };
    let clear = {
        let confirming = confirming.clone();
        let dispatch = dispatch.clone();
        let first_heading = first_heading.clone();
        Callback::from(move |_| {
            focus_now(&first_heading);
            dispatch.emit(Action::StartAgain);
            confirming.set(false);
        })
    };

    html! {
        <div class="joc joc-counsellor" lang={locale.tag()} dir={locale.direction()}>
            { top_bar(locale, Some(UI.counsellor_title.get(locale)), html! {
                <>
                    <button type="button" class="joc-lang" aria-pressed={if *bilingual { "true" } else { "false" }} onclick={toggle_bilingual}>
                        { UI.both_languages.get(locale) }
                    </button>
                    <button type="button" class="joc-button joc-secondary" onclick={print}>{ UI.print_summary.get(locale) }</button>
                    <button type="button" class="joc-button joc-secondary" onclick={ask_new_client} ref={new_client_button}>{ UI.new_client.get(locale) }</button>
                </>
            }, html! {
                if *confirming {
                    <div class="joc-confirm joc-no-print" role="alertdialog" aria-labelledby="joc-confirm-text">
                        <p id="joc-confirm-text">{ UI.new_client_confirm.get(locale) }</p>
                        <div class="joc-actions">
                            <button type="button" class="joc-button joc-primary" onclick={clear}>{ UI.new_client_yes.get(locale) }</button>
                            <button type="button" class="joc-button joc-secondary" onclick={cancel} ref={cancel_button}>{ UI.cancel.get(locale) }</button>
                        </div>
                    </div>
                }
            }, props.quick_exit, &dispatch) }
            <div class="joc-columns joc-no-print">
                <nav class="joc-nav" aria-label={UI.sections_nav.get(locale)}>
                    <ol>
                        <li><button type="button" class="joc-link" onclick={scroll_to("about")}>{ UI.about_title.get(locale) }</button></li>
                        { for SECTIONS.iter().map(|s| html! {
                            <li><button type="button" class="joc-link" onclick={scroll_to(s.id)}>{ s.title.get(locale) }</button></li>
                        }) }
                    </ol>
                </nav>
                <div class="joc-main">
                    <section class="joc-counsellor-section" id="s-about">
                        <h2 class="joc-with-icon" tabindex="-1" ref={first_heading}>
                            { icon(Icon::Offered) }
                            <span>{ both(UI.about_title, locale, *bilingual) }</span>
                        </h2>
                        { for CONTEXT.iter().map(|question| context_field(ContextView {
                            locale,
                            question,
                            choice: state.answers.choice(question),
                            missing: false,
                            bilingual: *bilingual,
                        }, &dispatch)) }
                    </section>
                    { for SECTIONS.iter().map(|section| {
                        let (asked, folded): (Vec<_>, Vec<_>) = section
                            .questions
                            .iter()
                            .partition(|q| routing::applies(section, q, &state.answers));
                        html! {
                            <section class="joc-counsellor-section" id={["s-", section.id].concat()}>
                                <h2 class="joc-with-icon" tabindex="-1">
                                    { icon(section.icon) }
                                    <span>{ both(section.title, locale, *bilingual) }</span>
                                </h2>
                                { for asked.into_iter().map(|question| question_field(QuestionView {
                                    locale,
                                    question,
                                    answer: state.answers.get(question),
                                    missing: false,
                                    bilingual: *bilingual,
                                    explain: true,
                                }, &dispatch)) }
                                if !folded.is_empty() {
                                    <details class="joc-not-applicable">
                                        <summary>{ UI.not_applicable.fill(locale, &[("n", &decimal(folded.len()))]) }</summary>
                                        <p>{ UI.not_applicable_note.get(locale) }</p>
                                        <ul>
                                            { for folded.iter().map(|q| html! { <li data-folded={q.id}>{ both(q.text, locale, *bilingual) }</li> }) }
                                        </ul>
                                    </details>
                                }
                            </section>
                        }
                    }) }
                </div>
                <aside class="joc-live" aria-labelledby="joc-live-title" tabindex="0">
                    <h2 id="joc-live-title">{ UI.signs_so_far.get(locale) }</h2>
                    if state.answers.is_empty() {
                        <div class="joc-band" data-band="none">
                            <p class="joc-band-name" role="status" aria-live="polite">{ UI.no_answers_yet.get(locale) }</p>
                        </div>
                    } else {
                        { verdict_box(locale, &assessment, VerdictName::Live) }
                        { sign_list(locale, &assessment.signs) }
                        { step_list(locale, &assessment.steps) }
                        { find_out_list(locale, &assessment.unknowns, false) }
                    }
                </aside>
            </div>
            { print_summary(locale, &assessment, props.centre.as_deref()) }
            if *bilingual {
                { print_summary(other, &assessment, props.centre.as_deref()) }
            }
        </div>
    }
}

/// Scrolls a section into view and moves focus to its heading.
fn scroll_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| focus_in_widget(&e, &["#s-", id, " h2"].concat(), true))
}

/// Moves focus to an element that is on the page. Closing the confirmation moves focus before the render that removes
/// the focused button, because that render may yield to the browser before any effect runs, and focus must not drop
/// to the page in between (a screen reader would announce it).
fn focus_now(target: &NodeRef) {
    if let Some(element) = target.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
