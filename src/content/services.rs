//! `services.toml`: the services a result shows, with their contacts, their centres, their sources and the date each
//! was checked.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::fields::{Checked, LocaleText, Localised, Months, Problems};
use crate::questionnaire::ContactKind;

/// `questions/services.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicesFile {
    services: Vec<ServiceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceEntry {
    id: String,
    name: LocaleText,
    about: LocaleText,
    #[serde(default)]
    always: bool,
    #[serde(default = "verified_by_default")]
    verified: bool,
    checked: String,
    #[serde(default)]
    sources: Vec<u32>,
    #[serde(default)]
    contacts: Vec<ContactEntry>,
    #[serde(default)]
    centres: Vec<CentreEntry>,
}

fn verified_by_default() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactEntry {
    kind: String,
    value: String,
    label: LocaleText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CentreEntry {
    id: String,
    name: LocaleText,
    sources: Vec<u32>,
}

/// How a service can be reached.
#[derive(Clone, Debug)]
pub struct Contact {
    /// Phone or web.
    pub kind: ContactKind,
    /// The number or address as shown.
    pub value: String,
    /// The link target (`tel:` or `https:`).
    pub href: String,
    /// What the contact is for.
    pub label: Localised,
}

/// A validated service to contact.
#[derive(Clone, Debug)]
pub struct Service {
    /// Stable id, referenced by questions.
    pub id: String,
    /// Name of the service.
    pub name: Localised,
    /// What the service does for the person.
    pub about: Localised,
    /// Shown in every result, whatever the signs.
    pub always: bool,
    /// `false` when the research could not confirm the contact: it is then shown marked unverified.
    pub verified: bool,
    /// When the contacts were last checked against their sources.
    pub checked: Checked,
    /// Source ids from `sources.toml`.
    pub sources: Vec<u32>,
    /// Ways to reach it.
    pub contacts: Vec<Contact>,
    /// Places where it can be visited, as `(id, name)`; an embed may choose which comes first.
    pub centres: Vec<(String, Localised)>,
}

/// The services, with unique ids, and at least one shown in every result.
pub fn services(
    problems: &mut Problems,
    file: &str,
    parsed: ServicesFile,
    sources: &BTreeSet<u32>,
    months: Option<&Months>,
) -> Vec<Service> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, s) in parsed.services.into_iter().enumerate() {
        let key = format!("services[{i}]");
        problems.id(file, &format!("{key}.id"), &s.id);
        if !seen.insert(s.id.clone()) {
            problems.error(file, &format!("{key}.id"), format!("duplicate service id '{}'", s.id));
        }
        out.push(service(problems, file, &key, s, sources, months));
    }
    if !out.is_empty() && !out.iter().any(|s| s.always) {
        problems.error(file, "services", "no service has `always = true`: every result needs at least one contact");
    }
    out
}

fn service(
    problems: &mut Problems,
    file: &str,
    key: &str,
    s: ServiceEntry,
    sources: &BTreeSet<u32>,
    months: Option<&Months>,
) -> Service {
    let name = problems.text(file, &format!("{key}.name"), &s.name);
    let about = problems.text(file, &format!("{key}.about"), &s.about);
    let checked = problems.checked(file, &format!("{key}.checked"), &s.checked, months);
    if s.verified || !s.sources.is_empty() {
        problems.source_refs(file, &format!("{key}.sources"), &s.sources, sources);
    }
    let contacts = s
        .contacts
        .into_iter()
        .enumerate()
        .map(|(j, c)| contact(problems, file, &format!("{key}.contacts[{j}]"), c))
        .collect();
    let mut seen = BTreeSet::new();
    let centres = s
        .centres
        .into_iter()
        .enumerate()
        .map(|(j, c)| {
            let k = format!("{key}.centres[{j}]");
            problems.id(file, &format!("{k}.id"), &c.id);
            if !seen.insert(c.id.clone()) {
                problems.error(file, &format!("{k}.id"), format!("duplicate centre id '{}'", c.id));
            }
            problems.source_refs(file, &format!("{k}.sources"), &c.sources, sources);
            let name = problems.text(file, &format!("{k}.name"), &c.name);
            (c.id, name)
        })
        .collect();
    Service {
        id: s.id,
        name,
        about,
        always: s.always,
        verified: s.verified,
        checked,
        sources: s.sources,
        contacts,
        centres,
    }
}

/// A contact: a phone number of digits and dashes (its `tel:` link made from the digits), or a web address.
fn contact(problems: &mut Problems, file: &str, key: &str, c: ContactEntry) -> Contact {
    let label = problems.text(file, &format!("{key}.label"), &c.label);
    let kind = ContactKind::from_name(&c.kind);
    let href = match kind {
        Some(ContactKind::Phone) => {
            let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
            let ok = c.value.chars().all(|ch| ch.is_ascii_digit() || ch == '-' || ch == ' ')
                && (2..=15).contains(&digits.len())
                && c.value.starts_with(|ch: char| ch.is_ascii_digit());
            if !ok {
                problems.error(
                    file,
                    &format!("{key}.value"),
                    format!("invalid phone number '{}': use digits and dashes only, e.g. 0304-1112123", c.value),
                );
            }
            format!("tel:{digits}")
        }
        Some(ContactKind::Web) => {
            problems.url(file, &format!("{key}.value"), &c.value);
            c.value.clone()
        }
        None => {
            let known = ContactKind::ALL.map(ContactKind::name).join(" or ");
            problems.error(
                file,
                &format!("{key}.kind"),
                format!("unknown contact kind '{}' (expected {known})", c.kind),
            );
            String::new()
        }
    };
    Contact { kind: kind.unwrap_or(ContactKind::Web), value: c.value, href, label }
}
