//! Build-time HTML of the no-wasm fallback: the most important warning signs and the services, in each locale,
//! generated from the same compiled questionnaire as the widget (never written by hand).

use crate::questionnaire::{self, ContactKind, Locale, Severity, SERVICES, UI};
use crate::ui::{severity_class, severity_label};

/// The fallback's HTML for one locale: critical and high signs with what to do, then every service.
pub fn fallback_html(locale: Locale) -> String {
    let mut signs: Vec<_> = questionnaire::questions().filter(|q| q.severity <= Severity::High).collect();
    signs.sort_by_key(|q| q.severity);
    let mut html = String::new();
    html += &format!(
        "<div class=\"joc joc-fallback\" lang=\"{}\" dir=\"{}\"><div class=\"joc-bar\"><span class=\"joc-brand\">{}</span></div>",
        locale.tag(),
        locale.direction(),
        escape(UI.widget_title.get(locale))
    );
    html += &format!("<h2>{}</h2><p>{}</p>", escape(UI.intro_title.get(locale)), escape(UI.fallback_intro.get(locale)));
    html += &format!("<h3>{}</h3><ul class=\"joc-signs\">", escape(UI.fallback_signs_title.get(locale)));
    for q in signs {
        html += &format!(
            "<li class=\"joc-sign {}\"><p class=\"joc-severity\">{}{}</p><h4>{}</h4><p>{}</p></li>",
            severity_class(q.severity),
            crate::ui::icons::severity_svg_markup(q.severity),
            escape(severity_label(q.severity, locale)),
            escape(q.sign.get(locale)),
            escape(q.todo.get(locale))
        );
    }
    html += &format!("</ul><h3>{}</h3><ul class=\"joc-services\">", escape(UI.services_title.get(locale)));
    for s in SERVICES {
        html += &format!(
            "<li class=\"joc-service\" data-service=\"{}\"><h4>{}</h4><p>{}</p><ul class=\"joc-contacts\">",
            s.id,
            escape(s.name.get(locale)),
            escape(s.about.get(locale))
        );
        for c in s.contacts {
            let class = if c.kind == ContactKind::Phone { "joc-phone" } else { "joc-web" };
            html += &format!(
                "<li>{}: <a class=\"{class}\" href=\"{}\" rel=\"noopener noreferrer\" dir=\"ltr\"><bdi>{}</bdi></a></li>",
                escape(c.label.get(locale)),
                escape(c.href),
                escape(c.value)
            );
        }
        html += "</ul>";
        if !s.centres.is_empty() {
            let names: Vec<_> = s.centres.iter().map(|c| escape(c.name.get(locale))).collect();
            html += &format!("<p class=\"joc-centres\">{}: {}</p>", escape(UI.service_centres.get(locale)), names.join(" · "));
        }
        if !s.verified {
            html += &format!("<p class=\"joc-unverified\">{}</p>", escape(UI.service_unverified.get(locale)));
        }
        html += &format!("<p class=\"joc-checked\">{}</p></li>", escape(&UI.service_checked.fill(locale, &[("date", s.checked.get(locale))])));
    }
    html += "</ul></div>";
    html
}

/// The fallback as JSON, `{ "en": "…", "ur": "…" }`, which the loader fetches (with its integrity hash in a release)
/// when the wasm cannot run.
pub fn fallback_json() -> String {
    let entries: serde_json::Map<String, serde_json::Value> =
        Locale::ALL.iter().map(|l| (l.tag().to_string(), fallback_html(*l).into())).collect();
    serde_json::Value::Object(entries).to_string()
}

/// The markers around a generated fallback in a page: `<!-- job-offer-check fallback ur -->` … `<!-- /job-offer-check fallback -->`.
const START: &str = "<!-- job-offer-check fallback ";
const END: &str = "<!-- /job-offer-check fallback -->";

/// A page with every marked fallback block replaced by the current fallback HTML in the marker's language, inside a
/// `<noscript>` so it shows only when JavaScript is off. Unmarked pages come back unchanged.
pub fn with_fallbacks(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len()..];
        let (Some(tag_end), Some(end)) = (after.find(" -->"), after.find(END)) else { break };
        let locale = Locale::from_tag(&after[..tag_end]).unwrap_or_default();
        out += &rest[..start];
        out += &format!("{START}{} -->\n<noscript>{}</noscript>\n{END}", locale.tag(), fallback_html(locale));
        rest = &after[end + END.len()..];
    }
    out + rest
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
