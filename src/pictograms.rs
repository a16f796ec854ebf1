//! The pictograms, as stroke paths on a 24×24 grid: one per [`Icon`] and one per [`Severity`]. They are drawn inline
//! (no downloads), beside the words and never instead of them, by the live widget (`ui::icons`) and in build-time
//! HTML ([`svg_markup`]) alike.

use crate::questionnaire::{Icon, Severity};

/// The path of an icon.
pub fn icon_path(icon: Icon) -> &'static str {
    match icon {
        Icon::Person => "M12 11a4 4 0 1 0 0-8 4 4 0 1 0 0 8M4 21c0-4 4-6 8-6s8 2 8 6",
        Icon::Money => "M3 7h18v10H3zM12 10a2 2 0 1 0 0 4 2 2 0 1 0 0-4M6 10v4M18 10v4",
        Icon::Document => "M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7",
        Icon::Travel => "M2 13l20-8-8 16-3-6zM11 15l11-10",
        Icon::Work => "M3 8h18v11H3zM9 8V5h6v3M3 13h18",
        Icon::Shield => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
    }
}

/// The path of a severity's pictogram.
pub fn severity_path(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "M8 2h8l6 6v8l-6 6H8l-6-6V8zM12 7v6M12 16v1",
        Severity::High => "M12 3l10 18H2zM12 9v5M12 17v1",
        Severity::Medium => "M10 3a7 7 0 1 0 0 14 7 7 0 1 0 0-14M15 15l6 6",
        Severity::Low => "M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20M12 11v6M12 7v1",
    }
}

/// A pictogram as SVG markup with the class `class`, for build-time HTML (the live widget's stylesheet draws its
/// strokes instead, which costs fewer wasm bytes).
pub fn svg_markup(path: &str, class: &str) -> String {
    [
        r#"<svg class=""#,
        class,
        r#"" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path d=""#,
        path,
        r#"" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>"#,
    ]
    .concat()
}
