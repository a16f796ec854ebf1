//! The questionnaire's vocabulary: the types the generated tables are made of. No web types, no parsing.

use serde::{Deserialize, Serialize};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Urdu, written right to left.
    Ur,
}

impl Locale {
    /// Every locale, in the order of [`Text`]'s array.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ur];

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ur => "ur",
        }
    }

    /// The locale for a language tag such as `ur`, `ur-PK` or `en-GB`; `None` for a language the widget does not speak.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim_ascii().as_bytes();
        let primary = tag.split(|b| *b == b'-' || *b == b'_').next().unwrap_or_default();
        Locale::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.tag().as_bytes()))
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn direction(self) -> &'static str {
        match self {
            Locale::En => "ltr",
            Locale::Ur => "rtl",
        }
    }

    /// The language's name in English, for messages to content editors.
    pub fn english_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ur => "Urdu",
        }
    }

    /// The other locale (the widget speaks two).
    pub fn other(self) -> Locale {
        match self {
            Locale::En => Locale::Ur,
            Locale::Ur => Locale::En,
        }
    }
}

/// A text in every locale: its number in the generated text tables, which hold each locale's texts in one string
/// (`crate::questionnaire::data`; two bytes here instead of a pointer and a length per locale, which the wasm would
/// carry for every text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub u16);

/// Gives an enum of plain variants its machine names, the words `questions/` and the widget's attributes use: `ALL`
/// (in declaration order), `name` and `from_name`. One table per enum, read by the build script, the engine, the CLI
/// and the widget alike, so no second list of the same words can drift from it.
macro_rules! named {
    ($(#[$meta:meta])* $vis:vis enum $ty:ident { $($(#[$vmeta:meta])* $variant:ident = $name:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $ty { $($(#[$vmeta])* $variant),+ }

        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: [$ty; [$($name),+].len()] = [$($ty::$variant),+];

            /// The machine name, as written in `questions/`.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// The value for a machine name.
            pub fn from_name(name: &str) -> Option<$ty> {
                match name {
                    $($name => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

named! {
    /// How serious a warning sign is, most severe first.
    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Severity {
        /// Stop and get help now; one such sign alone gives the serious band.
        Critical = "critical",
        /// A strong sign of fraud or exploitation.
        High = "high",
        /// A sign that needs checking.
        Medium = "medium",
        /// Context that makes a person more exposed.
        Low = "low",
    }
}

named! {
    /// A person's answer to a question.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Answer {
        /// Yes.
        Yes = "yes",
        /// No.
        No = "no",
        /// Not sure: a thing to find out.
        #[serde(rename = "unsure", alias = "not_sure")]
        NotSure = "unsure",
    }
}

named! {
    /// A pictogram the widget draws inline (`crate::pictograms`), named in `questions/`: one per section, per context
    /// question and per choice.
    pub enum Icon {
        /// A person: who you deal with.
        Person = "person",
        /// A banknote: money and fees.
        Money = "money",
        /// A page: contracts and papers.
        Document = "document",
        /// A plane's path: visa and travel.
        Travel = "travel",
        /// A briefcase: the job.
        Work = "work",
        /// A shield: pressure and safety.
        Shield = "shield",
        /// A globe: where the job is.
        Globe = "globe",
        /// A card with a photo: a visa.
        Visa = "visa",
        /// Stairs: how far it has gone.
        Steps = "steps",
        /// An office block: an agency.
        Agency = "agency",
        /// A factory: an employer.
        Employer = "employer",
        /// Two people: family and friends.
        Family = "family",
        /// A mobile phone: online.
        Phone = "phone",
        /// Columns: the government.
        Government = "government",
        /// A question mark: not sure, or something else.
        Question = "question",
        /// A palm tree: the Gulf.
        Gulf = "gulf",
        /// A tower: Europe.
        Europe = "europe",
        /// Tall buildings: North America and Australia.
        Americas = "americas",
        /// A pagoda: East and South-East Asia.
        Asia = "asia",
        /// A snowflake: Russia, Belarus, Central Asia.
        Russia = "russia",
        /// The sun: Africa.
        Africa = "africa",
        /// A house: housework and care.
        House = "house",
        /// A crane: building and factory work.
        Building = "building",
        /// A laptop: IT and online work.
        Laptop = "laptop",
        /// A bed: hotels, shops and salons.
        Hotel = "hotel",
        /// A star: trained work.
        Skilled = "skilled",
        /// A passport: a visit visa.
        Passport = "passport",
        /// A graduate's cap: a student visa.
        Student = "student",
        /// A message: only offered.
        Offered = "offered",
        /// A rupee sign: asked to pay.
        Pay = "pay",
        /// A receipt: paid.
        Paid = "paid",
        /// A ticket: visa or ticket in hand.
        Ticket = "ticket",
    }
}

named! {
    /// What a warning answer shows.
    pub enum Kind {
        /// A warning sign.
        Sign = "sign",
        /// A check a careful person still has to make (the licence looked up, a written contract, the MRC asked):
        /// before any money has been asked for, a step to take before paying or travelling; after, a sign.
        Step = "step",
    }
}

named! {
    /// An element of trafficking in the ILO/EC operational indicators (2009), which a question's sign belongs to where
    /// the research grades it; for the report and the reviewers.
    pub enum Element {
        /// Deceptive recruitment.
        DeceptiveRecruitment = "deceptive_recruitment",
        /// Coercive recruitment.
        CoerciveRecruitment = "coercive_recruitment",
        /// Recruitment by abuse of vulnerability.
        VulnerabilityRecruitment = "vulnerability_recruitment",
        /// Exploitative conditions of work.
        ExploitativeConditions = "exploitative_conditions",
        /// Coercion at destination.
        CoercionDestination = "coercion_destination",
        /// Abuse of vulnerability at destination.
        VulnerabilityDestination = "vulnerability_destination",
    }
}

/// When a question or a section is asked: the answer to an earlier question (a context question's choice, or a Yes/No
/// question's answer) is one of `any_of`. An unanswered question, an open choice and "Not sure" always match: when in
/// doubt, ask.
#[derive(Debug, PartialEq)]
pub struct Condition {
    /// The id of the earlier question.
    pub on: &'static str,
    /// Choice ids, or answer names (`yes`, `no`).
    pub any_of: &'static [&'static str],
}

/// A warning sign: what a question's "Yes", or a choice, shows; why it matters and what to do.
#[derive(Debug, PartialEq)]
pub struct Sign {
    /// Stable id: the question's or the choice's.
    pub id: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// A sign, or a step not yet taken.
    pub kind: Kind,
    /// Its short name on the result.
    pub title: Text,
    /// Why it matters.
    pub why: Text,
    /// What to do.
    pub todo: Text,
    /// For a time-bound fact (a fee cap, a fee), when it was last checked.
    pub checked: Option<Text>,
    /// Ids of the services that fit this sign.
    pub services: &'static [&'static str],
}

/// A question of "About the offer", asked first: one choice, which decides what else is asked.
#[derive(Debug, PartialEq)]
pub struct ContextQuestion {
    /// Stable id; the choice is keyed by it.
    pub id: &'static str,
    /// Pictogram.
    pub icon: Icon,
    /// The question.
    pub text: Text,
    /// An optional hint under the question.
    pub hint: Option<Text>,
    /// The choices, in the order offered.
    pub choices: &'static [Choice],
}

/// One choice of a context question.
#[derive(Debug, PartialEq)]
pub struct Choice {
    /// Stable id, unique in its question.
    pub id: &'static str,
    /// Pictogram.
    pub icon: Icon,
    /// The choice in words.
    pub text: Text,
    /// Leaves things open ("not told yet", "someone else"): every question that depends on it is asked.
    pub open: bool,
    /// The warning sign this choice is, if it is one.
    pub sign: Option<Sign>,
}

/// A screen of questions on one theme.
#[derive(Debug, PartialEq)]
pub struct Section {
    /// Stable id.
    pub id: &'static str,
    /// Pictogram.
    pub icon: Icon,
    /// Title.
    pub title: Text,
    /// When the section is asked (all must hold), besides each question's own conditions.
    pub ask_if: &'static [Condition],
    /// Questions in the order asked.
    pub questions: &'static [Question],
}

/// A Yes/No question, whose "Yes" shows its warning sign.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// Stable id; answers are keyed by it.
    pub id: &'static str,
    /// The question.
    pub text: Text,
    /// An optional hint under the question.
    pub hint: Option<Text>,
    /// When it is asked (all must hold).
    pub ask_if: &'static [Condition],
    /// What to find out when the answer is "Not sure".
    pub find_out: Text,
    /// The sign "Yes" shows.
    pub sign: Sign,
}

named! {
    /// How a service is reached.
    pub enum ContactKind {
        /// A phone number (`tel:` link).
        Phone = "phone",
        /// A web address.
        Web = "web",
    }
}

/// One way to reach a service.
#[derive(Debug, PartialEq)]
pub struct Contact {
    /// Phone or web.
    pub kind: ContactKind,
    /// As shown.
    pub value: &'static str,
    /// Link target.
    pub href: &'static str,
    /// What it is for.
    pub label: Text,
}

/// A service a person can contact for help.
#[derive(Debug, PartialEq)]
pub struct Service {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// What it does for the person.
    pub about: Text,
    /// Shown in every result.
    pub always: bool,
    /// `false` when the research could not confirm the contact.
    pub verified: bool,
    /// When the contact was last checked against its source, written out per locale.
    pub checked: Text,
    /// Ways to reach it.
    pub contacts: &'static [Contact],
    /// Places where it can be visited.
    pub centres: &'static [Centre],
}

/// A place where a service can be visited (an MRC centre).
#[derive(Debug, PartialEq)]
pub struct Centre {
    /// Stable id, used by the embed's `centre` attribute.
    pub id: &'static str,
    /// Name (the city).
    pub name: Text,
}

/// At least this many warning signs of each severity (critical, high, medium, low).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Combination(pub [u8; 4]);

impl Combination {
    /// Whether signs counted by severity (critical, high, medium, low) are at least this many of each.
    pub fn met_by(self, counts: [u8; 4]) -> bool {
        counts.iter().zip(self.0).all(|(have, need)| *have >= need)
    }
}

/// The numbers of the verdict's rule, from `questions/scoring.toml` (its reasoning is in `questions/README.md`).
#[derive(Debug, PartialEq)]
pub struct Scoring {
    /// Signs found in any of these combinations give "serious warning signs".
    pub serious: &'static [Combination],
    /// Otherwise, signs found in any of these give "some warning signs".
    pub some: &'static [Combination],
    /// "Not sure" on a question this severe or more is an important thing still unknown.
    pub important: Severity,
    /// This many important unknowns give at least "some warning signs" (never "serious").
    pub unknowns_for_some: u8,
    /// Once these hold, a step not yet taken counts as a sign of its severity.
    pub steps_count_when: &'static [Condition],
    /// Below this share (percent) of the questions that apply answered, "few" is "not enough answers yet".
    pub enough_percent: u8,
    /// The services whose numbers the result offers first, for "few", "some" and "serious": each where it is shown
    /// always or a sign found names it.
    pub calls: [&'static [&'static str]; 3],
}

/// Where the facts of a sign or a service come from (see [`Source`], [`Indicator`]). Kept apart from [`Sign`] and
/// [`Service`], for the report and the checks: the widget never shows them, so its wasm leaves them out.
#[derive(Debug, PartialEq)]
pub struct Citation {
    /// The id of the sign or the service.
    pub of: &'static str,
    /// The ILO/EC element of the sign, where the research grades it.
    pub element: Option<Element>,
    /// Indicator ids (none for a service).
    pub indicators: &'static [&'static str],
    /// Research source ids.
    pub sources: &'static [u32],
}

/// A research source.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// Its number in the research file.
    pub id: u32,
    /// Title.
    pub title: &'static str,
    /// Address.
    pub url: &'static str,
}

/// An indicator from a published framework.
#[derive(Debug, PartialEq)]
pub struct Indicator {
    /// Stable id.
    pub id: &'static str,
    /// Framework.
    pub framework: &'static str,
    /// The indicator in words.
    pub name: &'static str,
}

/// A fact that holds at a date (a contact, a fee cap) with the day it was last checked against its sources, oldest
/// first in [`DATED_FACTS`](super::data::DATED_FACTS): for the report and `validate`; the widget never reads it (it
/// shows a fact's day with the fact), so its wasm leaves it out.
#[derive(Debug, PartialEq)]
pub struct DatedFact {
    /// The day, `YYYY-MM-DD`.
    pub checked: &'static str,
    /// The id of the sign or the service it belongs to.
    pub of: &'static str,
    /// What it is, in English: "sign `unlawful_payment`: Asked to pay more than the law allows".
    pub what: &'static str,
    /// The file its `checked` date is written in, e.g. `questions/services.toml`.
    pub file: &'static str,
    /// The key path there, e.g. `services[0].checked`.
    pub key: &'static str,
    /// Research source ids.
    pub sources: &'static [u32],
}
