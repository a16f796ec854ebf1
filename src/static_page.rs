//! Build-time HTML of the no-wasm fallback: the most important warning signs and the services, in each locale,
//! generated from the same compiled questionnaire as the widget (never written by hand).

use crate::handover::{Move, Screen, ACTION, DECLARATIVE, STATIC, STEP};
use crate::labels::{centre_names, severity_label};
use crate::pictograms::{icon_path, severity_path, styled_svg_markup, svg_markup, NEXT, READ_ALOUD, STOP};
use crate::questionnaire::{self, Icon, Locale, Severity, CONTEXT, SERVICES, UI};

/// The fallback's HTML for one locale: the critical and high signs (of choices and questions) with what to do, then
/// every service.
pub fn fallback_html(locale: Locale) -> String {
    let mut signs: Vec<_> = questionnaire::signs().filter(|s| s.severity <= Severity::High).collect();
    signs.sort_by_key(|s| s.severity);
    let mut html = String::new();
    html += &format!(
        "<div class=\"joc joc-fallback\" lang=\"{}\" dir=\"{}\"><p class=\"joc-brand\">{}</p>",
        locale.tag(),
        locale.direction(),
        escape(UI.widget_title.get(locale))
    );
    html += &format!("<h2>{}</h2><p>{}</p>", escape(UI.intro_title.get(locale)), escape(UI.fallback_intro.get(locale)));
    html += &format!("<h3>{}</h3><ul class=\"joc-signs\">", escape(UI.fallback_signs_title.get(locale)));
    for q in signs {
        html += &format!(
            "<li class=\"joc-sign\" data-severity=\"{}\"><h4><span class=\"joc-severity\">{}{}</span>{}</h4><p>{}</p></li>",
            q.severity.name(),
            svg_markup(severity_path(q.severity), "joc-icon joc-icon-small"),
            escape(severity_label(q.severity, locale)),
            escape(q.title.get(locale)),
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
            html += &format!(
                "<li>{}: <a href=\"{}\" rel=\"noopener noreferrer\" dir=\"ltr\"><bdi>{}</bdi></a></li>",
                escape(c.label.get(locale)),
                escape(c.href),
                escape(c.value)
            );
        }
        html += "</ul>";
        if !s.centres.is_empty() {
            html += &format!(
                "<p class=\"joc-centres\">{}: {}</p>",
                escape(UI.service_centres.get(locale)),
                escape(&centre_names(s, None, locale))
            );
        }
        if !s.verified {
            html += &format!("<p class=\"joc-unverified\">{}</p>", escape(UI.service_unverified.get(locale)));
        }
        html += &format!(
            "<p class=\"joc-checked\">{}</p></li>",
            escape(&UI.service_checked.fill(locale, &[("date", s.checked.get(locale))]))
        );
    }
    html += "</ul></div>";
    html
}

/// Where Read aloud's buttons go, as in the live widget (`ui/read_aloud.rs`): the loader fills it
/// (`www/widget/read-aloud.js`) with words and pictograms from [`first_screen_module`].
const READ_ALOUD_BOX: &str = "<div class=\"joc-read\"></div>";

/// Who draws the static first screen.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FirstScreen {
    /// The loader, the moment it runs (`pkg/first-screen.js`).
    Loader,
    /// The page's own HTML, before any script ([`first_screen_template`]): it carries [`DECLARATIVE`], and its
    /// Start button waits for the loader, disabled and saying so (one line either way, so nothing moves).
    InPage,
}

/// The first screen as static HTML, shown while the wasm streams and compiles: the intro and, hidden until Start,
/// "About the offer", with the same markup and classes as the live widget (`ui/intro.rs`, `ui/section.rs`,
/// `ui/choice.rs`) so that the live app takes over without a visible jump. Its attributes and what it hands over
/// follow [`crate::handover`].
pub fn first_screen_html(locale: Locale, drawn_by: FirstScreen) -> String {
    let other = locale.other();
    let t = |text: crate::questionnaire::Text| escape(text.get(locale));
    let action = |m: Move| format!("{ACTION}=\"{}\"", m.name());
    let step = |screen: Screen| format!("{STEP}=\"{}\"", screen.name());
    let marker = match drawn_by {
        FirstScreen::Loader => format!("{STATIC}=\"\""),
        FirstScreen::InPage => format!("{STATIC}=\"\" {DECLARATIVE}=\"\""),
    };
    let start = match drawn_by {
        FirstScreen::Loader => format!("{}>{}", action(Move::Start), t(UI.start)),
        FirstScreen::InPage => format!("{} disabled=\"\">{}", action(Move::Start), t(UI.start_loading)),
    };
    let mut html = format!(
        "<div class=\"joc\" lang=\"{}\" dir=\"{}\" {marker}><p class=\"joc-brand\">{}</p><div class=\"joc-bar\">\
         <button type=\"button\" class=\"joc-lang\" lang=\"{}\" dir=\"{}\" {}>{}</button>\
         <button type=\"button\" class=\"joc-exit\" {}>{}</button></div>\
         <p class=\"joc-status\" role=\"status\" aria-live=\"polite\"></p>",
        locale.tag(),
        locale.direction(),
        t(UI.widget_title),
        other.tag(),
        other.direction(),
        action(Move::Lang),
        t(UI.switch_language),
        action(Move::Exit),
        t(UI.quick_exit),
    );
    html += &format!(
        "<div class=\"joc-page\" {}><h2 class=\"joc-title\" tabindex=\"-1\">{}</h2>{}<p>{}</p>\
         <p class=\"joc-privacy\">{}</p><div class=\"joc-actions\"><button type=\"button\" class=\"joc-button joc-primary\" \
         {start}</button></div></div>",
        step(Screen::Intro),
        t(UI.intro_title),
        READ_ALOUD_BOX,
        t(UI.intro_body),
        t(UI.privacy),
    );
    html += &format!(
        "<form class=\"joc-page\" novalidate=\"\" {} hidden=\"\"><p class=\"joc-caption\">{}</p>\
         <h2 class=\"joc-title joc-with-icon\" tabindex=\"-1\">{}{}</h2>{}",
        step(Screen::About),
        t(UI.about_caption),
        styled_svg_markup(icon_path(Icon::Offered), "joc-icon"),
        t(UI.about_title),
        READ_ALOUD_BOX
    );
    for q in CONTEXT {
        let hint_id = format!("q-{}-hint", q.id);
        let described = if q.hint.is_some() { format!(" aria-describedby=\"{hint_id}\"") } else { String::new() };
        html += &format!(
            "<fieldset class=\"joc-question\" id=\"q-{}\"{described}><legend class=\"joc-legend\">{}</legend>",
            q.id,
            t(q.text)
        );
        if let Some(hint) = q.hint {
            html += &format!("<p class=\"joc-hint\" id=\"{hint_id}\">{}</p>", t(hint));
        }
        html += "<div class=\"joc-radios\">";
        for c in q.choices {
            html += &format!(
                "<label class=\"joc-choice\"><input type=\"radio\" name=\"{}\" value=\"{}\">{}<span>{}</span></label>",
                q.id,
                c.id,
                styled_svg_markup(icon_path(c.icon), "joc-icon"),
                t(c.text)
            );
        }
        html += "</div></fieldset>";
    }
    html += &format!(
        "<p class=\"joc-loading\" hidden=\"\">{}</p><div class=\"joc-actions\"><button type=\"submit\" class=\"joc-button joc-primary\">{}</button>\
         <button type=\"button\" class=\"joc-button joc-secondary\" {}>{}</button></div></form></div>",
        t(UI.loading),
        t(UI.continue_button),
        action(Move::Back),
        t(UI.back_button)
    );
    html
}

/// The loader's build-time module (`pkg/first-screen.js`): the widget's stylesheet, the first screen in each locale,
/// the values the loader checks embed options against (languages, MRC centres), and Read aloud's words in each locale
/// and pictograms, so all are there the moment the loader runs, with no extra request, and come from `questions/`
/// rather than being written into the JavaScript.
pub fn first_screen_module(css: &str) -> String {
    let screens: serde_json::Map<String, serde_json::Value> =
        Locale::ALL.iter().map(|l| (l.tag().to_string(), first_screen_html(*l, FirstScreen::Loader).into())).collect();
    let languages: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let centres: Vec<&str> = SERVICES.iter().flat_map(|s| s.centres.iter().map(|c| c.id)).collect();
    let words: serde_json::Map<String, serde_json::Value> = Locale::ALL
        .iter()
        .map(|l| {
            let w = |text: crate::questionnaire::Text| text.get(*l);
            let words = serde_json::json!({
                "read": w(UI.read_aloud), "stop": w(UI.read_stop), "one": w(UI.read_one),
                "next": w(UI.read_next), "nextSign": w(UI.read_next_sign),
            });
            (l.tag().to_string(), words)
        })
        .collect();
    format!(
        "// Generated by `job-offer-check first-screen` from questions/ and www/job-offer-check.css. Do not edit.\n\
         export const css = {};\nexport const screens = {};\nexport const languages = {};\nexport const centres = {};\n\
         export const readAloudWords = {};\nexport const readAloudIcons = {};\n",
        serde_json::Value::from(css),
        serde_json::Value::Object(screens),
        serde_json::json!(languages),
        serde_json::json!(centres),
        serde_json::Value::Object(words),
        serde_json::json!({ "read": READ_ALOUD, "stop": STOP, "next": NEXT })
    )
}

/// The fallback as JSON, `{ "en": "…", "ur": "…" }`, which the loader fetches (with its integrity hash in a release)
/// when the wasm cannot run.
pub fn fallback_json() -> String {
    let entries: serde_json::Map<String, serde_json::Value> =
        Locale::ALL.iter().map(|l| (l.tag().to_string(), fallback_html(*l).into())).collect();
    serde_json::Value::Object(entries).to_string()
}

/// The first screen as a declarative shadow root, for a page's own HTML (`snippet-instant.html`, the demo page): it
/// paints with the page, before the loader arrives, which then takes it over. It carries the stylesheet `css` inline
/// (so the host's `style-src` must allow it) and, hidden, the fallback: shown at once when JavaScript is off (by a
/// `<noscript>` style) and, if the loader has not taken the first screen over after 15 seconds, in its place,
/// so that a loader that never arrives (blocked, offline, 404) still leaves the key advice and contacts.
pub fn first_screen_template(locale: Locale, css: &str) -> String {
    format!(
        "<template shadowrootmode=\"open\"><style>{css}{}</style>\
         <noscript><style>{}</style></noscript>{}<div class=\"joc-stalled\">{}</div></template>",
        stalled_css(),
        no_script_css(),
        first_screen_html(locale, FirstScreen::InPage),
        fallback_html(locale)
    )
}

/// Hides the first screen and shows the fallback, in the first-screen template, once 15 seconds have passed: long
/// enough for the loader (15 KB) over a slow mobile connection, short enough that few give up first. The loader
/// replaces the template's content when it takes over, which ends both animations. The first screen goes with
/// `display: none` where a browser can animate `display` (Chromium, WebKit); where it cannot (Firefox 153), it is
/// hidden and collapsed to nothing instead, so its Start, which would wait forever, is neither seen nor reached.
fn stalled_css() -> String {
    [
        ".joc-stalled{visibility:hidden;height:0;overflow:hidden;animation:joc-stalled 0s 15s forwards}",
        &format!(".joc[{DECLARATIVE}]{{animation:joc-gone 0s 15s forwards}}"),
        "@keyframes joc-stalled{to{visibility:visible;height:auto;overflow:visible}}",
        "@keyframes joc-gone{to{display:none;visibility:hidden;block-size:0;padding:0;border-width:0;overflow:hidden}}",
    ]
    .concat()
}

/// Without JavaScript the first screen's Start could do nothing: the fallback shows in its place at once. (It comes
/// after the stylesheet, to win over it.)
fn no_script_css() -> String {
    format!(
        ".joc[{STATIC}]{{display:none}}.joc-stalled{{visibility:visible;height:auto;overflow:visible;animation:none}}"
    )
}

/// The stylesheet with comments and runs of white space removed, for the inline copy in the first-screen template.
/// (esbuild's minified copy is a build output; the pages' generated blocks are checked by `pages --check` without it.)
pub fn compact_css(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out += &rest[..start];
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out += rest;
    let words: Vec<&str> = out.split_whitespace().collect();
    words.join(" ").replace(" {", "{").replace("{ ", "{").replace("; ", ";").replace(" }", "}").replace("} ", "}")
}

/// The markers around a generated block in a page: `<!-- job-offer-check fallback ur -->` … `<!-- /job-offer-check
/// fallback -->`, or `<!-- job-offer-check fallback ur first-screen -->` for the first screen too.
const START: &str = "<!-- job-offer-check fallback ";
const END: &str = "<!-- /job-offer-check fallback -->";
const FIRST_SCREEN: &str = "first-screen";

/// The block for the inside of an embed element: the first screen as a declarative shadow root when `first_screen`
/// (with the stylesheet `css`), then the fallback in a `<noscript>`, which shows when JavaScript is off and the first
/// screen is not there to show its own (no first screen, or a browser without declarative shadow roots).
pub fn embed_block(locale: Locale, first_screen: bool, css: &str) -> String {
    let template = if first_screen { first_screen_template(locale, css) + "\n" } else { String::new() };
    format!("{template}<noscript>{}</noscript>", fallback_html(locale))
}

/// A page with every marked block replaced by the current one in the marker's language (see [`embed_block`]; `css` is
/// the stylesheet for the first screen). Unmarked pages come back unchanged.
pub fn with_fallbacks(page: &str, css: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len()..];
        let (Some(tag_end), Some(end)) = (after.find(" -->"), after.find(END)) else { break };
        let mut words = after[..tag_end].split_whitespace();
        let locale = words.next().and_then(Locale::from_tag).unwrap_or_default();
        let first_screen = words.next() == Some(FIRST_SCREEN);
        let option = if first_screen { [" ", FIRST_SCREEN].concat() } else { String::new() };
        out += &rest[..start];
        out += &format!("{START}{}{option} -->\n{}\n{END}", locale.tag(), embed_block(locale, first_screen, css));
        rest = &after[end + END.len()..];
    }
    out + rest
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
