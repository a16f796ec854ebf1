//! The questionnaire as a Markdown report for reviewers at the MRC who do not read code: the questions about the offer
//! with their choices, then per section each question in both languages with when it is asked, its severity, kind,
//! element, indicators, sources and advice; the services; the facts by the date they were checked; the verdict's rule;
//! and the case library by verdict. A copy is checked in as `questions/REPORT.md`: `scripts/build` regenerates it,
//! and a test fails when it is out of date.

use std::fmt::Write;

use crate::assessment::Verdict;
use crate::cases::Case;
use crate::questionnaire::{
    self, Combination, Condition, Locale, Severity, Sign, Text, CONTEXT, DATED_FACTS, INDICATORS, SCORING, SECTIONS,
    SERVICES, SOURCES,
};

/// The whole report, with the case library `cases` (name, case).
pub fn markdown(cases: &[(String, Case)]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Job Offer Check: the questionnaire, for review\n");
    let _ = writeln!(
        out,
        "Generated from `questions/` and `tests/scenarios/` by `scripts/build` (or `cargo run --bin job-offer-check -- \
         report > questions/REPORT.md`). Do not edit by hand: change `questions/` and regenerate (a test fails when \
         this copy is out of date).\n"
    );
    let total = questionnaire::questions().count();
    let _ = writeln!(
        out,
        "{} questions about the offer, then {} sections of {total} Yes/No questions, {} services. \"Yes\" is the \
         warning answer of every Yes/No question.\n",
        CONTEXT.len(),
        SECTIONS.len(),
        SERVICES.len()
    );
    verdict_rule(&mut out);
    case_table(&mut out, cases);
    let _ = writeln!(out, "## About the offer / {}\n", questionnaire::UI.about_title.get(Locale::Ur));
    let _ = writeln!(
        out,
        "Asked first; each answer is one choice. An open choice asks every question that depends on it.\n"
    );
    for q in CONTEXT {
        let _ = writeln!(out, "### `{}` ({})\n", q.id, q.icon.name());
        let _ = writeln!(out, "| | English | اردو |\n|---|---|---|");
        row(&mut out, "Question", &q.text);
        if let Some(hint) = &q.hint {
            row(&mut out, "Hint", hint);
        }
        for c in q.choices {
            let what = match (&c.sign, c.open) {
                (Some(s), _) => format!("`{}` ({}, a {} sign)", c.id, c.icon.name(), s.severity.name()),
                (None, true) => format!("`{}` ({}, open)", c.id, c.icon.name()),
                (None, false) => format!("`{}` ({})", c.id, c.icon.name()),
            };
            row(&mut out, &what, &c.text);
        }
        let _ = writeln!(out);
        for sign in q.choices.iter().filter_map(|c| c.sign.as_ref()) {
            let _ = writeln!(out, "Choice `{}` is a warning sign:\n", sign.id);
            sign_rows(&mut out, sign, None);
        }
    }
    for (i, section) in SECTIONS.iter().enumerate() {
        let _ = writeln!(out, "## {}. {} / {}\n", i + 1, section.title.get(Locale::En), section.title.get(Locale::Ur));
        if !section.ask_if.is_empty() {
            let _ = writeln!(out, "Asked when {}.\n", when(section.ask_if));
        }
        for q in section.questions {
            let s = &q.sign;
            let _ = writeln!(out, "### `{}`: {} {}\n", q.id, s.severity.name(), s.kind.name());
            if !q.ask_if.is_empty() {
                let _ = writeln!(out, "Asked when {}.\n", when(q.ask_if));
            }
            let _ = writeln!(out, "| | English | اردو |\n|---|---|---|");
            row(&mut out, "Question", &q.text);
            if let Some(hint) = &q.hint {
                row(&mut out, "Hint", hint);
            }
            sign_rows(&mut out, s, Some(&q.find_out));
        }
    }
    services(&mut out);
    dated_facts(&mut out);
    let _ = writeln!(out, "## Sources\n");
    for s in SOURCES {
        let _ = writeln!(out, "- [{}] {}: <{}>", s.id, s.title, s.url);
    }
    out
}

/// A sign's texts as table rows (after the question's), then where it comes from.
fn sign_rows(out: &mut String, s: &Sign, find_out: Option<&Text>) {
    if find_out.is_none() {
        let _ = writeln!(out, "| | English | اردو |\n|---|---|---|");
    }
    row(out, "Warning sign", &s.title);
    row(out, "Why it matters", &s.why);
    row(out, "What to do", &s.todo);
    if let Some(find_out) = find_out {
        row(out, "If not sure", find_out);
    }
    if let Some(checked) = &s.checked {
        row(out, "Fact checked", checked);
    }
    let _ = writeln!(out);
    let citation = questionnaire::sign_citation(s.id).expect("every sign has a citation entry");
    if let Some(element) = citation.element {
        let _ = writeln!(out, "- ILO/EC element: {}", element.name().replace('_', " "));
    }
    for id in citation.indicators {
        let ind = INDICATORS.iter().find(|i| i.id == *id).expect("validated at build time");
        let _ = writeln!(out, "- Indicator `{id}`: {} ({})", ind.name, ind.framework);
    }
    let sources: Vec<String> = citation.sources.iter().map(|s| format!("[{s}]")).collect();
    let _ = writeln!(out, "- Sources: {}", sources.join(" "));
    if !s.services.is_empty() {
        let names: Vec<&str> =
            s.services.iter().filter_map(|id| questionnaire::service(id)).map(|s| s.name.get(Locale::En)).collect();
        let _ = writeln!(out, "- Services shown: {}", names.join(", "));
    }
    let _ = writeln!(out);
}

/// Conditions in words: "`offered_by` is agent, relative or online, and `stage` is paid".
fn when(conditions: &[Condition]) -> String {
    let parts: Vec<String> = conditions
        .iter()
        .map(|c| {
            let values = match c.any_of {
                [only] => only.to_string(),
                [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
                [] => String::new(),
            };
            format!("`{}` is {values}", c.on)
        })
        .collect();
    parts.join(", and ") + " (or not answered, \"Not sure\", or an open choice)"
}

fn combination(c: &Combination) -> String {
    let parts: Vec<String> =
        Severity::ALL.iter().zip(c.0).filter(|(_, n)| *n > 0).map(|(s, n)| format!("{n} {}", s.name())).collect();
    parts.join(" + ")
}

fn verdict_rule(out: &mut String) {
    let list = |cs: &[Combination]| cs.iter().map(combination).collect::<Vec<_>>().join("; ");
    let _ = writeln!(out, "## The verdict\n");
    let _ = writeln!(
        out,
        "Signs found, steps not yet taken and things still unknown are kept apart. **Serious** when the signs found \
         include at least: {}. **Some** when they include at least: {}; or when {} question(s) of severity {} or more \
         are answered \"Not sure\". Otherwise **few**; but with fewer than {} % of the questions that apply answered, \
         \"few\" reads **not enough answers yet**. A step not yet taken counts as a sign of its severity when {}; \
         before, it is listed under \"before you pay or travel\". Numbers to call first: few {:?}, some {:?}, serious \
         {:?} (each where it is shown always or a sign found names it). See `questions/README.md` for why.\n",
        list(SCORING.serious),
        list(SCORING.some),
        SCORING.unknowns_for_some,
        SCORING.important.name(),
        SCORING.enough_percent,
        when(SCORING.steps_count_when),
        SCORING.calls[0],
        SCORING.calls[1],
        SCORING.calls[2],
    );
}

fn case_table(out: &mut String, cases: &[(String, Case)]) {
    let _ = writeln!(out, "## The case library\n");
    let asked: Vec<usize> = cases.iter().map(|(_, c)| questions_asked(c)).collect();
    let _ = writeln!(
        out,
        "{} cases in `tests/scenarios/`, each scored by the tests through the same engine. Questions asked per case \
         (the {} about the offer included): {}.\n",
        cases.len(),
        CONTEXT.len(),
        median_and_max(&asked)
    );
    let _ = writeln!(out, "| verdict | cases |\n|---|---:|");
    for verdict in Verdict::ALL.iter().rev() {
        let n = cases.iter().filter(|(_, c)| c.expect.verdict == verdict.name()).count();
        let _ = writeln!(out, "| {} | {n} |", verdict.name().replace('_', " "));
    }
    let _ = writeln!(out, "\n| case | verdict | asked | why |\n|---|---|---:|---|");
    for verdict in Verdict::ALL.iter().rev() {
        for ((name, case), asked) in cases.iter().zip(&asked).filter(|((_, c), _)| c.expect.verdict == verdict.name()) {
            let _ =
                writeln!(out, "| `{name}` | {} | {asked} | {} |", verdict.name().replace('_', " "), cell(&case.reason));
        }
    }
    let _ = writeln!(out);
}

/// How many questions a person going through the check with this case's answers is asked, those about the offer
/// included (0 for a case whose answers do not fit the questionnaire, which the tests report).
pub fn questions_asked(case: &Case) -> usize {
    case.full_answers().map_or(0, |answers| CONTEXT.len() + crate::routing::questions(&answers).count())
}

/// "median M, most X" of some counts.
pub fn median_and_max(counts: &[usize]) -> String {
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    let median = match sorted.len() {
        0 => 0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };
    format!("median {median}, most {}, fewest {}", sorted.last().unwrap_or(&0), sorted.first().unwrap_or(&0))
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn row(out: &mut String, label: &str, text: &Text) {
    let _ = writeln!(out, "| {label} | {} | {} |", cell(text.get(Locale::En)), cell(text.get(Locale::Ur)));
}

/// The dated facts, oldest check first: by the day only, never by today's date, so this copy does not go stale as
/// time passes (`validate` warns about the old ones).
fn dated_facts(out: &mut String) {
    let _ = writeln!(out, "## Facts by date checked\n");
    let _ = writeln!(
        out,
        "Each fact that holds at a date (a contact, a fee cap, a rule), by the day it was last checked against its \
         sources, oldest first. `job-offer-check validate` warns about each checked more than {} months ago.\n",
        crate::content::dated::TRUSTED_MONTHS
    );
    let _ = writeln!(out, "| checked | fact | where | sources |\n|---|---|---|---|");
    for f in DATED_FACTS {
        let sources: Vec<String> = f.sources.iter().map(|n| format!("[{n}]")).collect();
        let _ =
            writeln!(out, "| {} | {} | `{}` `{}` | {} |", f.checked, cell(f.what), f.file, f.key, sources.join(" "));
    }
    let _ = writeln!(out);
}

fn services(out: &mut String) {
    let _ = writeln!(out, "## Services\n");
    for s in SERVICES {
        let when = if s.always { "every result" } else { "when a sign, step or unknown that names it is found" };
        let _ = writeln!(out, "### `{}`: {} / {}\n", s.id, s.name.get(Locale::En), s.name.get(Locale::Ur));
        let _ = writeln!(out, "| | English | اردو |\n|---|---|---|");
        row(out, "About", &s.about);
        for c in s.contacts {
            let _ = writeln!(
                out,
                "| {} ({}) | {} | {} |",
                c.value,
                c.href,
                cell(c.label.get(Locale::En)),
                cell(c.label.get(Locale::Ur))
            );
        }
        let _ = writeln!(out);
        for c in s.centres {
            let _ = writeln!(out, "- Centre `{}`: {} / {}", c.id, c.name.get(Locale::En), c.name.get(Locale::Ur));
        }
        let citation = questionnaire::service_citation(s.id).expect("every service has a citation entry");
        let sources: Vec<String> = citation.sources.iter().map(|n| format!("[{n}]")).collect();
        let _ = writeln!(
            out,
            "- Shown: {when}\n- Checked: {}\n- Verified: {}\n- Sources: {}\n",
            s.checked.get(Locale::En),
            if s.verified { "yes" } else { "no (shown as not yet verified)" },
            if sources.is_empty() { "none".to_string() } else { sources.join(" ") }
        );
    }
}
