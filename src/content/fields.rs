//! The rules every file of `questions/` shares: texts in every locale, ids, web addresses, dates and references to
//! sources, indicators and services. Each rule records what is wrong in [`Problems`] and returns what it could read.

use std::collections::{BTreeMap, BTreeSet};

use super::ContentError;
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
        if names.iter().any(|m| m.split_whitespace().count() != 12) {
            problems.error(file, key, "must list the 12 month names, separated by spaces, in each locale");
            return None;
        }
        Some(Months(names))
    }
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

    /// A `YYYY-MM-DD` date, written out per locale ("28 November 2026") with `months`; empty when it cannot be.
    pub fn date(&mut self, file: &str, key: &str, date: &str, months: Option<&Months>) -> Localised {
        if !is_date(date) {
            self.error(file, key, format!("invalid date '{date}': use YYYY-MM-DD"));
            return Default::default();
        }
        let (year, month, day) =
            (&date[..4], date[5..7].parse::<usize>().unwrap_or(0), date[8..].trim_start_matches('0'));
        let Some(Months(names)) = months else { return Default::default() };
        if !(1..=12).contains(&month) {
            self.error(file, key, format!("invalid date '{date}': no month {month}"));
            return Default::default();
        }
        names.clone().map(|names| {
            let name = names.split_whitespace().nth(month - 1).unwrap_or_default();
            format!("{day} {name} {year}")
        })
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

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
