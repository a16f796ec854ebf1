//! Pictograms drawn inline (no downloads): one per section and one per severity. They sit beside the words, never
//! instead of them, so they are hidden from screen readers.

use yew::prelude::*;

use crate::questionnaire::Severity;

/// Stroke paths on a 24×24 grid, by section icon name (the names `questions/` may use).
fn section_path(name: &str) -> &'static str {
    match name {
        "person" => "M12 11a4 4 0 1 0 0-8 4 4 0 1 0 0 8M4 21c0-4 4-6 8-6s8 2 8 6",
        "money" => "M3 7h18v10H3zM12 10a2 2 0 1 0 0 4 2 2 0 1 0 0-4M6 10v4M18 10v4",
        "document" => "M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7",
        "travel" => "M2 13l20-8-8 16-3-6zM11 15l11-10",
        "work" => "M3 8h18v11H3zM9 8V5h6v3M3 13h18",
        _ => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
    }
}

fn severity_path(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "M8 2h8l6 6v8l-6 6H8l-6-6V8zM12 7v6M12 16v1",
        Severity::High => "M12 3l10 18H2zM12 9v5M12 17v1",
        Severity::Medium => "M10 3a7 7 0 1 0 0 14 7 7 0 1 0 0-14M15 15l6 6",
        Severity::Low => "M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20M12 11v6M12 7v1",
    }
}

// The live widget's pictograms are drawn by the stylesheet's `.joc-icon` rules (fewer attributes, fewer wasm bytes),
// and their classes are literals: a class from a variable would link yew's class-set code.

/// The pictogram of a section.
pub fn section_icon(name: &str) -> Html {
    html! { <svg class="joc-icon" viewBox="0 0 24 24" aria-hidden="true"><path d={section_path(name)} /></svg> }
}

/// The pictogram of a severity.
pub fn severity_icon(severity: Severity) -> Html {
    html! {
        <svg class="joc-icon joc-icon-small" viewBox="0 0 24 24" aria-hidden="true"><path d={severity_path(severity)} /></svg>
    }
}

fn svg_markup(path: &str, class: &str) -> String {
    [
        r#"<svg class=""#,
        class,
        r#"" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path d=""#,
        path,
        r#"" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>"#,
    ]
    .concat()
}

/// The pictogram of a severity as markup, for build-time HTML.
pub fn severity_svg_markup(severity: Severity) -> String {
    svg_markup(severity_path(severity), "joc-icon joc-icon-small")
}

/// The pictogram of a section as markup, for build-time HTML.
pub fn section_svg_markup(name: &str) -> String {
    svg_markup(section_path(name), "joc-icon")
}
