//! The questionnaire as a Markdown report for reviewers at the MRC who do not read code: per section, each question
//! in both languages with its severity, indicators, sources and advice; then the services and the scoring rule.
//! A copy is checked in as `questions/REPORT.md` and a test keeps it in sync.

use std::fmt::Write;

use crate::questionnaire::{self, Answer, Locale, Text, INDICATORS, SCORING, SECTIONS, SERVICES, SOURCES};

/// The whole report.
pub fn markdown() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Job Offer Check: the questionnaire, for review\n");
    let _ = writeln!(
        out,
        "Generated from `questions/` by `cargo run --bin job-offer-check -- report > questions/REPORT.md`. \
         Do not edit by hand: change `questions/` and regenerate (a test fails when this copy is out of date).\n"
    );
    let total = questionnaire::questions().count();
    let _ = writeln!(out, "{} sections, {total} questions, {} services.\n", SECTIONS.len(), SERVICES.len());
    scoring(&mut out);
    for (i, section) in SECTIONS.iter().enumerate() {
        let _ = writeln!(out, "## {}. {} / {}\n", i + 1, section.title.get(Locale::En), section.title.get(Locale::Ur));
        for q in section.questions {
            question(&mut out, q);
        }
    }
    services(&mut out);
    let _ = writeln!(out, "## Sources\n");
    for s in SOURCES {
        let _ = writeln!(out, "- [{}] {}: <{}>", s.id, s.title, s.url);
    }
    out
}

fn scoring(out: &mut String) {
    let p = SCORING.points;
    let _ = writeln!(out, "## Scoring\n");
    let _ = writeln!(
        out,
        "A warning answer earns critical {} / high {} / medium {} / low {} points; \"Not sure\" earns half and adds the \
         question's \"find out\" step. From {} points: serious warning signs; from {}: some; below: few. \
         See `questions/README.md` for why.\n",
        p[0], p[1], p[2], p[3], SCORING.serious, SCORING.some
    );
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn row(out: &mut String, label: &str, text: &Text) {
    let _ = writeln!(out, "| {label} | {} | {} |", cell(text.get(Locale::En)), cell(text.get(Locale::Ur)));
}

fn question(out: &mut String, q: &questionnaire::Question) {
    let warning = if q.warning == Answer::Yes { "Yes" } else { "No" };
    let _ = writeln!(out, "### `{}`: {}, warning answer {warning}\n", q.id, q.severity.name());
    let _ = writeln!(out, "| | English | اردو |\n|---|---|---|");
    row(out, "Question", &q.text);
    if let Some(hint) = &q.hint {
        row(out, "Hint", hint);
    }
    row(out, "Warning sign", &q.sign);
    row(out, "Why it matters", &q.why);
    row(out, "What to do", &q.todo);
    row(out, "If not sure", &q.find_out);
    if let Some(checked) = &q.checked {
        row(out, "Fact checked", checked);
    }
    let _ = writeln!(out);
    let citation = questionnaire::question_citation(q.id).expect("every question has a citation entry");
    for id in citation.indicators {
        let ind = INDICATORS.iter().find(|i| i.id == *id).expect("validated at build time");
        let _ = writeln!(out, "- Indicator `{id}`: {} ({})", ind.name, ind.framework);
    }
    let sources: Vec<String> = citation.sources.iter().map(|s| format!("[{s}]")).collect();
    let _ = writeln!(out, "- Sources: {}", sources.join(" "));
    if !q.services.is_empty() {
        let names: Vec<&str> =
            q.services.iter().filter_map(|id| questionnaire::service(id)).map(|s| s.name.get(Locale::En)).collect();
        let _ = writeln!(out, "- Services shown: {}", names.join(", "));
    }
    let _ = writeln!(out);
}

fn services(out: &mut String) {
    let _ = writeln!(out, "## Services\n");
    for s in SERVICES {
        let when = if s.always { "every result" } else { "when a sign that names it is found or unsure" };
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
