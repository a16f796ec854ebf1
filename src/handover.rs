//! The first screen's contract: how the static first screen hands the person over to the live widget.
//!
//! While the wasm loads, the loader shows a first screen built at build time ([`crate::static_page`]) and drives it
//! with a few lines of its own (`www/widget/first-screen.js`): the intro and the first section, whose answers the
//! live widget then takes over. Three parties must agree on the markup and on what is handed over, and this is where
//! it is written: `static_page` and `state` use the names below, and the loader's JavaScript writes them as literals
//! (fewer bytes than importing them), which `tests/handover.rs` holds to these:
//!
//! - the static screen's root `.joc` carries [`STATIC`], and also [`DECLARATIVE`] when the page shipped it in its own
//!   HTML (a declarative shadow root) rather than the loader drawing it;
//! - each of its two screens carries [`STEP`] with a [`Screen`] name;
//! - its buttons carry [`ACTION`] with a [`Move`] name; so does the live widget's "Leave quickly" (`src/ui/top_bar.rs`),
//!   as the loader leaves the page for both (`www/widget/history.js`);
//! - its inputs have the live widget's names and values (question id, choice id), so the same fieldsets appear in
//!   both (an end-to-end test compares them);
//! - the loader hands over where the person got to as a [`resume`] string: the screen's name, then
//!   `;question_id=choice` for each choice made there, e.g. `about;offered_by=agent;destination=gulf`.

/// Marks the static first screen's root, so the loader and the tests tell it from the live widget.
pub const STATIC: &str = "data-joc-static";
/// Marks a static first screen the page shipped in its own HTML (a declarative shadow root).
pub const DECLARATIVE: &str = "data-joc-declarative";
/// Names the screen (a [`Screen`]) a page of the static first screen is.
pub const STEP: &str = "data-joc-step";
/// Names the move (a [`Move`]) a button of the static first screen makes.
pub const ACTION: &str = "data-joc-action";
/// Every attribute of the contract.
pub const ATTRIBUTES: [&str; 4] = [STATIC, DECLARATIVE, STEP, ACTION];

/// Between the parts of a [`resume`] string.
pub const PART: char = ';';
/// Between a question id and its choice in a [`resume`] string.
pub const ANSWER: char = '=';

named! {
    /// The screens of the static first screen.
    pub enum Screen {
        /// What the check does, and Start.
        Intro = "intro",
        /// "About the offer", the first questions.
        About = "about",
    }
}

named! {
    /// What a button of the static first screen does.
    pub enum Move {
        /// Switch language.
        Lang = "lang",
        /// Leave quickly.
        Exit = "exit",
        /// From the intro to "About the offer".
        Start = "start",
        /// From "About the offer" back to the intro.
        Back = "back",
    }
}

/// Where the person got to on the static first screen, from its resume string: the screen, if its name is known,
/// and the choices made there as `(question id, choice id)`, in the order written (unknown ids and choices are the
/// reader's to ignore).
pub fn resume(resume: &str) -> (Option<Screen>, impl Iterator<Item = (&str, &str)>) {
    let mut parts = resume.split(PART);
    let screen = parts.next().and_then(Screen::from_name);
    (screen, parts.filter_map(|p| p.split_once(ANSWER)))
}
