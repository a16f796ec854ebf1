//! Pieces of the result that the result page, counsellor mode's running list and the printed summary share: the
//! verdict with the one thing to do now and the numbers to call, the signs found, the steps before paying or
//! travelling, and the things still to find out.

use yew::prelude::*;

use super::list;
use crate::assessment::{Assessment, Verdict};
use crate::labels::{decimal, severity_label, verdict_label, verdict_meaning};
use crate::questionnaire::{ContactKind, Locale, Question, Severity, Sign, UI};

/// A sign's severity: pictogram and word.
pub fn severity_badge(severity: Severity, locale: Locale) -> Html {
    html! { <span class="joc-severity">{ super::icons::severity_icon(severity) }{ severity_label(severity, locale) }</span> }
}

/// How the verdict's name is shown.
pub enum VerdictName<'a> {
    /// As the page's heading, which receives focus when the step changes (the result).
    Heading(&'a NodeRef),
    /// Announced as it changes (counsellor mode's running list).
    #[cfg(feature = "counsellor")]
    Live,
    /// As plain text (the printed summary).
    #[cfg(feature = "counsellor")]
    Plain,
}

/// The verdict, what it means, the one thing to do now, and a call button for each number to call first.
pub fn verdict_box(locale: Locale, a: &Assessment, name: VerdictName) -> Html {
    let now = match a.verdict {
        Verdict::Serious => &UI.now_serious,
        Verdict::Some => a.first_step().unwrap_or(&UI.band_some_body),
        Verdict::Few => &UI.now_few,
        Verdict::NotEnoughAnswers => &UI.now_not_enough,
    };
    let mut calls = Vec::new();
    for s in &a.calls {
        if let Some(phone) = s.contacts.iter().find(|c| c.kind == ContactKind::Phone) {
            calls.push(html! {
                <a class="joc-call" href={phone.href} data-call={s.id}>
                    { UI.call_label.get(locale) }{ " " }{ s.name.get(locale) }{ ": " }
                    <bdi dir="ltr">{ phone.value }</bdi>
                </a>
            });
        }
    }
    let unknowns = (a.important_unknowns > 0 && a.verdict == Verdict::Some)
        .then(|| UI.unknowns_count.fill(locale, &[("n", &decimal(a.important_unknowns))]));
    let label = verdict_label(a.verdict, locale);
    let name = match name {
        VerdictName::Heading(heading) => {
            html! { <h2 class="joc-title joc-band-name" tabindex="-1" ref={heading.clone()}>{ label }</h2> }
        }
        #[cfg(feature = "counsellor")]
        VerdictName::Live => html! { <p class="joc-band-name" role="status" aria-live="polite">{ label }</p> },
        #[cfg(feature = "counsellor")]
        VerdictName::Plain => html! { <p class="joc-band-name">{ label }</p> },
    };
    html! {
        <div class="joc-band" data-band={a.verdict.name()}>
            { name }
            <p>{ verdict_meaning(a.verdict).get(locale) }</p>
            if let Some(unknowns) = unknowns {
                <p>{ unknowns }</p>
            }
            <p class="joc-now"><strong>{ UI.now_title.get(locale) }{ ": " }</strong>{ now.get(locale) }</p>
            <div class="joc-calls">{ list(calls) }</div>
        </div>
    }
}

/// The signs found, each with its title and what to do, and why it matters one tap away (a native disclosure).
pub fn sign_list(locale: Locale, signs: &[&'static Sign]) -> Html {
    let mut items = Vec::new();
    for s in signs {
        items.push(html! {
                <li class="joc-sign" data-severity={s.severity.name()} data-sign={s.id}>
                    <h4>{ severity_badge(s.severity, locale) }{ s.title.get(locale) }</h4>
                    <p>{ s.todo.get(locale) }</p>
                    <details class="joc-why">
                        <summary>{ UI.why_title.get(locale) }</summary>
                        <p>
                            { s.why.get(locale) }
                            if let Some(checked) = s.checked {
                                { " " }<span class="joc-checked">{ UI.fact_checked.fill(locale, &[("date", checked.get(locale))]) }</span>
                            }
                        </p>
                    </details>
                </li>
        });
    }
    html! { <ol class="joc-signs">{ list(items) }</ol> }
}

/// The steps not yet taken, under their heading; nothing when there are none.
pub fn step_list(locale: Locale, steps: &[&'static Sign]) -> Html {
    if steps.is_empty() {
        return Html::default();
    }
    let mut items = Vec::new();
    for s in steps {
        items.push(
            html! { <li data-step={s.id}><strong>{ s.title.get(locale) }</strong>{ ": " }{ s.todo.get(locale) }</li> },
        );
    }
    html! {
        <>
            <h3>{ UI.steps_title.get(locale) }</h3>
            <ul class="joc-steps">{ list(items) }</ul>
        </>
    }
}

/// How many things to find out the result shows before folding the rest: someone unsure of everything would
/// otherwise scroll past twenty or more; the list is most severe first, so the fold holds the least important.
const FIND_OUT_SHOWN: usize = 5;

/// The things to find out (questions answered "Not sure"), under their heading; nothing when there are none. With
/// `fold`, those after the first few are folded under "n more" (the result); without, all show (counsellor mode and
/// the print, where a closed fold would hide them).
pub fn find_out_list(locale: Locale, questions: &[&'static Question], fold: bool) -> Html {
    if questions.is_empty() {
        return Html::default();
    }
    let item = |q: &&'static Question| html! { <li data-find-out={q.id}>{ q.find_out.get(locale) }</li> };
    let shown = if fold && questions.len() > FIND_OUT_SHOWN + 1 { FIND_OUT_SHOWN } else { questions.len() };
    let (first, rest) = questions.split_at(shown);
    let more = (!rest.is_empty()).then(|| {
        html! {
            <details class="joc-more">
                <summary>{ UI.find_out_more.fill(locale, &[("n", &decimal(rest.len()))]) }</summary>
                <ul class="joc-find-out">{ list(rest.iter().map(item).collect()) }</ul>
            </details>
        }
    });
    html! {
        <>
            <h3>{ UI.find_out_title.get(locale) }</h3>
            <ul class="joc-find-out">{ list(first.iter().map(item).collect()) }</ul>
            { more }
        </>
    }
}
