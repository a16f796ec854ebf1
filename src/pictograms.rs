//! The pictograms, as stroke paths on a 24×24 grid: one per [`Icon`], one per [`Severity`], and Read aloud's. They
//! are drawn inline (no downloads), beside the words and never instead of them, by the live widget (`ui::icons`) and
//! in build-time HTML ([`svg_markup`]) alike.

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
        Icon::Globe => "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18",
        Icon::Visa => "M3 6h18v12H3zM6 10h4v4H6zM13 10h5M13 14h5",
        Icon::Steps => "M3 20h5v-5h5v-5h5V5h3",
        Icon::Agency => "M5 21V4h10v17M15 9h4v12M8 8h4M8 12h4M8 16h4M3 21h18",
        Icon::Employer => "M3 21V11l6 4v-4l6 4V5h6v16zM7 18h2M13 18h2",
        Icon::Family => "M8 10a3 3 0 1 0 0-6 3 3 0 1 0 0 6M2 20c0-3 3-5 6-5s6 2 6 5M17 11a2.5 2.5 0 1 0 0-5 2.5 2.5 0 1 0 0 5M16 15c3 0 6 1.5 6 4.5",
        Icon::Phone => "M7 2h10v20H7zM11 18h2",
        Icon::Government => "M3 9l9-6 9 6zM5 9v9M9.5 9v9M14.5 9v9M19 9v9M3 21h18",
        Icon::Question => "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14M12 17v.5",
        Icon::Gulf => "M12 22V10M12 10c-3-3-7-2-8 0M12 10c3-3 7-2 8 0M12 10c-1-4-4-6-7-5M12 10c1-4 4-6 7-5M8 22h8",
        Icon::Europe => "M12 2L7 22M12 2l5 20M8.5 15h7M10 9h4",
        Icon::Americas => "M3 21V9h5v12M8 21V4h6v17M14 21v-9h7v9M2 21h20",
        Icon::Asia => "M12 2v3M5 8h14l-2-3H7zM6 13h12l-2-3H8zM7 13v8M17 13v8M4 21h16",
        Icon::Russia => "M12 2v20M3.3 7l17.4 10M20.7 7L3.3 17M9 4l3 2 3-2M9 20l3-2 3 2",
        Icon::Africa => "M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8M12 2v2M12 20v2M2 12h2M20 12h2M5 5l1.5 1.5M17.5 17.5L19 19M5 19l1.5-1.5M17.5 6.5L19 5",
        Icon::House => "M3 11l9-7 9 7M5 9v12h14V9M10 21v-6h4v6",
        Icon::Building => "M5 21V3h2M7 5h13M18 5v5M16 10h4v3h-4zM2 21h8",
        Icon::Laptop => "M5 5h14v10H5zM2 19h20",
        Icon::Hotel => "M3 19V6M3 13h18v6M7 13v-3h6v3",
        Icon::Skilled => "M12 2l2.5 5 5.5.8-4 3.9 1 5.5-5-2.7-5 2.7 1-5.5-4-3.9 5.5-.8z",
        Icon::Passport => "M6 3h12v18H6zM12 8a3 3 0 1 0 0 6 3 3 0 1 0 0-6M9 17h6",
        Icon::Student => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6",
        Icon::Offered => "M4 4h16v12H9l-5 4z",
        Icon::Pay => "M7 4h10M7 9h10M7 4c6 0 6 10 0 10l8 7",
        Icon::Paid => "M6 2h12v20l-3-2-3 2-3-2-3 2zM9 11l2 2 4-4",
        Icon::Ticket => "M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4zM9 7v10",
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

/// Read aloud's first button: a speaker ("Read aloud"). (Read aloud's pictograms are drawn by the loader.)
pub const READ_ALOUD: &str = "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11";
/// Read aloud's first button while it speaks: a square ("Stop").
pub const STOP: &str = "M6 6h12v12H6z";
/// Read aloud's second button: play, then on to the next ("One at a time", "Next question").
pub const NEXT: &str = "M5 5l10 7-10 7zM19 5v14";

/// A pictogram as SVG markup with the class `class`, drawn by its own attributes, for build-time HTML that may show
/// without the widget's stylesheet (the `<noscript>` fallback in a page).
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

/// A pictogram as SVG markup that the widget's stylesheet draws (`.joc-icon`), as the live widget's are: for the
/// first screen, which always has the stylesheet, in fewer bytes.
pub fn styled_svg_markup(path: &str, class: &str) -> String {
    [r#"<svg class=""#, class, r#"" viewBox="0 0 24 24" aria-hidden="true"><path d=""#, path, r#""></path></svg>"#]
        .concat()
}
