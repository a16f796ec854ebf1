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
        let primary = tag.trim_ascii().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.tag()))
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

/// A text in every locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub [&'static str; 2]);

impl Text {
    /// The text in this locale.
    pub fn get(&self, locale: Locale) -> &'static str {
        self.0[locale as usize]
    }

    /// The text in this locale with each `{name}` placeholder replaced by its value; an unknown placeholder is kept
    /// as written (the build rejects those in `questions/`).
    pub fn fill(&self, locale: Locale, values: &[(&str, &str)]) -> String {
        let mut out = String::new();
        let mut rest = self.get(locale);
        while let Some(open) = rest.find('{') {
            out += &rest[..open];
            let after = &rest[open + 1..];
            let value = after.find('}').and_then(|close| {
                let name = &after[..close];
                values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, close))
            });
            match value {
                Some((value, close)) => {
                    out += value;
                    rest = &after[close + 1..];
                }
                None => {
                    out += "{";
                    rest = after;
                }
            }
        }
        out + rest
    }
}

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
        /// Not sure: counts half, and adds a thing to find out.
        #[serde(rename = "unsure", alias = "not_sure")]
        NotSure = "unsure",
    }
}

named! {
    /// A pictogram the widget draws inline (`crate::pictograms`), named in `questions/`.
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
    }
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
    /// Questions in the order asked.
    pub questions: &'static [Question],
}

/// A question and the warning sign its warning answer reveals.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// Stable id; answers are keyed by it.
    pub id: &'static str,
    /// The question.
    pub text: Text,
    /// An optional hint under the question.
    pub hint: Option<Text>,
    /// The answer that reveals the warning sign (Yes or No).
    pub warning: Answer,
    /// How serious the sign is.
    pub severity: Severity,
    /// Short name of the warning sign.
    pub sign: Text,
    /// Why it matters.
    pub why: Text,
    /// What to do.
    pub todo: Text,
    /// What to find out when the answer is "Not sure".
    pub find_out: Text,
    /// For a time-bound fact (a fee cap, a fee), when it was last checked.
    pub checked: Option<Text>,
    /// Ids of the services that fit this sign.
    pub services: &'static [&'static str],
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

/// The numbers of the scoring rule (see `questions/README.md`).
#[derive(Debug, PartialEq)]
pub struct Scoring {
    /// Points for a warning answer, by severity (critical, high, medium, low). "Not sure" earns half.
    pub points: [u32; 4],
    /// From this many points the band is "some warning signs".
    pub some: u32,
    /// From this many points the band is "serious warning signs".
    pub serious: u32,
}

/// Where the facts of a question or a service come from (see [`Source`], [`Indicator`]). Kept apart from
/// [`Question`] and [`Service`], for the report and the checks: the widget never shows them, so its wasm leaves them out.
#[derive(Debug, PartialEq)]
pub struct Citation {
    /// The id of the question or the service.
    pub of: &'static str,
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
