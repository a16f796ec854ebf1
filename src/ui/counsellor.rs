use yew::prelude::*;

use super::findings::{find_out_list, severity_badge};
use super::focus::focus_in_widget;
use super::icons::icon;
use super::question::{question_field, QuestionView};
use super::summary::print_summary;
use super::top_bar::top_bar;
use super::WidgetProps;
use crate::assessment::assess;
use crate::labels::band_label;
use crate::questionnaire::{SECTIONS, UI};
use crate::state::{Action, State};

/// Counsellor mode, for MRC counsellors with a client: every section on one page with quick navigation, each
/// question with its explanation in both languages (switchable), a running list of the signs found, "New client"
/// with a confirmation, and a printable summary.
#[component]
pub fn CounsellorApp(props: &WidgetProps) -> Html {
    let initial = props.locale;
    let state = use_reducer(move || State::new(initial));
    let dispatch = state.dispatcher().to_callback();
    let bilingual = use_state(|| true);
    let confirming = use_state(|| false);
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
    let ask_new_client = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let clear = {
        let confirming = confirming.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
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
                    <button type="button" class="joc-button joc-secondary" onclick={ask_new_client}>{ UI.new_client.get(locale) }</button>
                </>
            }, props.quick_exit.clone(), &dispatch) }
            if *confirming {
                <div class="joc-confirm joc-no-print" role="alert">
                    <p>{ UI.new_client_confirm.get(locale) }</p>
                    <div class="joc-actions">
                        <button type="button" class="joc-button joc-primary" onclick={clear}>{ UI.new_client_yes.get(locale) }</button>
                        <button type="button" class="joc-button joc-secondary" onclick={cancel}>{ UI.cancel.get(locale) }</button>
                    </div>
                </div>
            }
            <div class="joc-columns joc-no-print">
                <nav class="joc-nav" aria-label={UI.sections_nav.get(locale)}>
                    <ol>
                        { for SECTIONS.iter().map(|s| html! {
                            <li><button type="button" class="joc-link" onclick={scroll_to(s.id)}>{ s.title.get(locale) }</button></li>
                        }) }
                    </ol>
                </nav>
                <div class="joc-main">
                    { for SECTIONS.iter().map(|section| html! {
                        <section class="joc-counsellor-section" id={["s-", section.id].concat()}>
                            <h2 class="joc-with-icon" tabindex="-1">
                                { icon(section.icon) }
                                <span>
                                    { section.title.get(locale) }
                                    if *bilingual {
                                        <span class="joc-other" lang={other.tag()} dir={other.direction()}>{ section.title.get(other) }</span>
                                    }
                                </span>
                            </h2>
                            { for section.questions.iter().map(|question| html! {
                                { question_field(QuestionView {
                                    locale,
                                    question,
                                    answer: state.answers.get(question),
                                    missing: false,
                                    bilingual: *bilingual,
                                    explain: true,
                                }, &dispatch) }
                            }) }
                        </section>
                    }) }
                </div>
                <aside class="joc-live" aria-labelledby="joc-live-title">
                    <h2 id="joc-live-title">{ UI.signs_so_far.get(locale) }</h2>
                    <p class="joc-band-name" role="status" aria-live="polite">{ band_label(assessment.band, locale) }</p>
                    <ol class="joc-signs">
                        { for assessment.signs.iter().map(|q| html! {
                            <li class="joc-sign" data-severity={q.severity.name()} data-sign={q.id}>
                                { severity_badge(q.severity, locale) }
                                <p>{ q.sign.get(locale) }</p>
                            </li>
                        }) }
                    </ol>
                    { find_out_list(locale, &assessment.find_out) }
                </aside>
            </div>
            { print_summary(locale, &assessment, props.centre.as_deref()) }
        </div>
    }
}

/// Scrolls a section into view and moves focus to its heading.
fn scroll_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| focus_in_widget(&e, &["#s-", id, " h2"].concat(), true))
}
