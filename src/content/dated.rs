//! The facts that hold at a date (a contact, a fee cap), each with the day it was last checked: the report lists them
//! by that day, and `validate` warns about those checked more than [`TRUSTED_MONTHS`] months ago. Only a warning, and
//! only there: time passing never makes a questionnaire invalid, so the build, which validates, never starts failing
//! on its own.

use super::{Checked, Questionnaire};
use crate::date::Date;
use crate::questionnaire::Locale;

/// How many months a checked fact is trusted before `validate` asks for it to be checked again.
pub const TRUSTED_MONTHS: u32 = 12;

/// A fact with the day it was last checked.
#[derive(Clone, Debug)]
pub struct DatedFact {
    /// The id of the sign or the service it belongs to.
    pub of: String,
    /// What it is, in English: "sign `unlawful_payment`: Asked to pay more than the law allows".
    pub what: String,
    /// The day it was checked.
    pub on: Date,
    /// The file that day is written in, e.g. `questions/services.toml`.
    pub file: String,
    /// Its key path there, e.g. `services[0].checked`.
    pub key: String,
    /// Research source ids.
    pub sources: Vec<u32>,
}

impl DatedFact {
    /// Whether it was checked more than [`TRUSTED_MONTHS`] months before `today`.
    pub fn is_old(&self, today: Date) -> bool {
        self.on.months_later(TRUSTED_MONTHS) < today
    }
}

impl Questionnaire {
    /// Every dated fact, oldest check first; those checked on the same day with the signs first (the choices', then
    /// the questions' in questionnaire order), then the services.
    pub fn dated_facts(&self) -> Vec<DatedFact> {
        let en = Locale::En as usize;
        let fact = |kind: &str, id: &str, title: &str, checked: &Checked, sources: &[u32]| {
            Some(DatedFact {
                of: id.to_string(),
                what: format!("{kind} `{id}`: {title}"),
                on: checked.on?,
                file: checked.file.clone(),
                key: checked.key.clone(),
                sources: sources.to_vec(),
            })
        };
        let signs = self
            .context
            .iter()
            .flat_map(|q| q.choices.iter().filter_map(|c| c.sign.as_ref()))
            .chain(self.sections.iter().flat_map(|s| s.questions.iter().map(|q| &q.sign)))
            .filter_map(|s| fact("sign", &s.id, &s.title[en], s.checked.as_ref()?, &s.sources));
        let services = self.services.iter().filter_map(|s| fact("service", &s.id, &s.name[en], &s.checked, &s.sources));
        let mut facts: Vec<DatedFact> = signs.chain(services).collect();
        facts.sort_by_key(|f| f.on);
        facts
    }
}
