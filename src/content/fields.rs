//! The rules every file of `questions/` shares: texts in every locale, ids, web addresses, checked dates and references to
//! sources, indicators and services. Each rule records what is wrong in [`Problems`] and returns what it could read.

use std::collections::{BTreeMap, BTreeSet};

use super::ContentError;
use crate::date::Date;
use crate::questionnaire::Locale;

/// A text per locale, as written in a file: `text.en = "..."`, `text.ur = "..."`.
pub type LocaleText = BTreeMap<String, String>;

/// A text in every locale, in the order of [`Locale::ALL`].
pub type Localised = [String; 2];

/// The problems found so far, each naming its file and key.
#[derive(Default)]
pub struct Problems(pub Vec<ContentError>);

/// The month names per locale (`months` in `ui.toml`), needed to write out a date. Reading `ui.toml` gives them, so
/// it is read before any file with a date: the type makes that order visible where the files are read.
pub struct Months(Localised);

impl Months {
    /// The month names, if `names` lists twelve in each locale; otherwise records the problem.
    pub fn new(problems: &mut Problems, file: &str, key: &str, names: Localised) -> Option<Months> {
        if names.iter().any(|m| m.split(' ').count() != 12 || m.split(' ').any(str::is_empty)) {
            problems.error(file, key, "must list the 12 month names, separated by one space, in each locale");
            return None;
        }
        Some(Months(names))
    }
}

/// A `checked` date: the day a time-bound fact (a contact, a fee cap) was last checked against its sources.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    /// The day; `None` when the date is invalid (and reported).
    pub on: Option<Date>,
    /// The file it is written in, e.g. `questions/services.toml`.
    pub file: String,
    /// Its key path there, e.g. `services[0].checked`.
    pub key: String,
    /// The day as shown in each locale.
    pub shown: Localised,
}

impl Problems {
    /// Records a problem at `key` in `file`.
    pub fn error(&mut self, file: &str, key: &str, message: impl Into<String>) {
        self.0.push(ContentError { file: file.into(), key: key.into(), message: message.into() });
    }

    /// A text in every locale: each present, not empty, with the same `{placeholders}`; no unknown locale.
    pub fn text(&mut self, file: &str, key: &str, text: &LocaleText) -> Localised {
        let mut out: Localised = Default::default();
        for locale in text.keys() {
            if !Locale::ALL.iter().any(|l| l.tag() == locale) {
                let known = Locale::ALL.map(Locale::tag).join(", ");
                self.error(
                    file,
                    &format!("{key}.{locale}"),
                    format!("unknown locale '{locale}' (expected one of: {known})"),
                );
            }
        }
        for locale in Locale::ALL {
            let name = locale.english_name();
            match text.get(locale.tag()) {
                None => self.error(file, &format!("{key}.{}", locale.tag()), format!("missing {name} text")),
                Some(value) if value.trim().is_empty() => {
                    self.error(file, &format!("{key}.{}", locale.tag()), format!("empty {name} text"))
                }
                Some(value) => out[locale as usize] = value.trim().to_string(),
            }
        }
        if !out.iter().any(String::is_empty) && placeholders(&out[0]) != placeholders(&out[1]) {
            self.error(
                file,
                key,
                format!(
                    "the placeholders differ between locales: en has {:?}, ur has {:?}",
                    placeholders(&out[0]),
                    placeholders(&out[1])
                ),
            );
        }
        out
    }

    /// A stable id: lower-case letters, digits and `_`.
    pub fn id(&mut self, file: &str, key: &str, id: &str) {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            self.error(file, key, format!("invalid id '{id}': use lower-case letters, digits and '_'"));
        }
    }

    /// A web address a person can open.
    pub fn url(&mut self, file: &str, key: &str, url: &str) {
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() > 10
            && !url.contains(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>' || c == '\'');
        if !ok {
            self.error(
                file,
                key,
                format!("invalid URL '{url}': must start with https:// and contain no spaces or quotes"),
            );
        }
    }

    /// A `checked` date at `key` in `file`: a `YYYY-MM-DD` day, written out per locale with `months` ("28 November
    /// 2026", see [`Date::written`]); its day `None` when it is not one.
    pub fn checked(&mut self, file: &str, key: &str, date: &str, months: Option<&Months>) -> Checked {
        let on = Date::parse(date);
        if on.is_none() {
            self.error(file, key, format!("invalid date '{date}': use YYYY-MM-DD, a day that exists"));
        }
        let shown = match (on, months) {
            (Some(day), Some(Months(names))) => names.clone().map(|names| day.written(&names)),
            _ => Localised::default(),
        };
        Checked { on, file: file.into(), key: key.into(), shown }
    }

    /// Source ids: at least one, each in `sources.toml`.
    pub fn source_refs(&mut self, file: &str, key: &str, ids: &[u32], known: &BTreeSet<u32>) {
        if ids.is_empty() {
            self.error(file, key, "no source given: every fact needs a source id from sources.toml");
        }
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id) {
                self.error(file, &format!("{key}[{i}]"), format!("unknown source {id} (not in sources.toml)"));
            }
        }
    }

    /// Ids that must each name an entry of another file (`what` in `where_`, e.g. "indicator" in "indicators.toml").
    pub fn refs(&mut self, file: &str, key: &str, ids: &[String], known: &BTreeSet<&str>, what: &str, where_: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.error(file, &format!("{key}[{i}]"), format!("unknown {what} '{id}' (not in {where_})"));
            }
        }
    }
}

/// The `{name}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> =
        text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    out.sort_unstable();
    out
}
