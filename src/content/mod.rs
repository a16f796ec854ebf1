//! Reading and validating the questionnaire in `questions/`.
//!
//! This module is compiled twice: by `build.rs` (through `#[path]`), which turns a valid questionnaire into static Rust
//! data, and by the native library, where the command-line `validate` and the tests use it. It never reaches the wasm.
//! Every error names the file, the key path and what is wrong, so a content editor can fix it without reading Rust.

pub mod codegen;
mod source;
pub mod ui_keys;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use source::{
    ContactSource, IndicatorsFile, LocaleText, QuestionSource, ScoringFile, SectionFile, ServiceSource, ServicesFile,
    SourcesFile,
};

/// The locales every text must be given in, in the order used by the generated `Text` arrays.
pub const LOCALES: [&str; 2] = ["en", "ur"];
/// Human names of [`LOCALES`], for error messages.
const LOCALE_NAMES: [&str; 2] = ["English", "Urdu"];
/// The pictograms a section may use (drawn in `src/ui/icons.rs`).
pub const SECTION_ICONS: [&str; 6] = ["person", "money", "document", "travel", "work", "shield"];
/// The severities a question may have, most severe first; the order of the generated `Severity` enum.
pub const SEVERITIES: [&str; 4] = ["critical", "high", "medium", "low"];

/// One problem found in `questions/`: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as a path relative to the questionnaire directory's parent (e.g. `questions/services.toml`).
    pub file: String,
    /// The key path inside the file (e.g. `questions[2].why.ur`), or `(file)` for the file as a whole.
    pub key: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.key, self.message)
    }
}

/// A text in every locale, in the order of [`LOCALES`].
pub type Localised = [String; 2];

/// A validated question.
#[derive(Clone, Debug)]
pub struct Question {
    /// Stable id, unique in the whole questionnaire.
    pub id: String,
    /// The question as asked.
    pub text: Localised,
    /// An optional hint shown under the question.
    pub hint: Option<Localised>,
    /// `true` when "Yes" is the warning answer, `false` when "No" is.
    pub warning_is_yes: bool,
    /// Index into [`SEVERITIES`].
    pub severity: usize,
    /// Short name of the warning sign this question reveals.
    pub sign: Localised,
    /// Why the sign matters.
    pub why: Localised,
    /// What to do about it.
    pub todo: Localised,
    /// What to find out when the answer is "Not sure".
    pub find_out: Localised,
    /// For a time-bound fact (a fee cap, a fee), the date it was last checked, as shown in each locale.
    pub checked: Option<Localised>,
    /// Indicator ids from `indicators.toml`.
    pub indicators: Vec<String>,
    /// Source ids from `sources.toml`.
    pub sources: Vec<u32>,
    /// Service ids from `services.toml` that fit this sign.
    pub services: Vec<String>,
}

/// A validated section: one screen of questions.
#[derive(Clone, Debug)]
pub struct Section {
    /// Stable id.
    pub id: String,
    /// Pictogram name, one of [`SECTION_ICONS`].
    pub icon: String,
    /// Section title.
    pub title: Localised,
    /// The questions, in the order asked.
    pub questions: Vec<Question>,
}

/// How a service can be reached.
#[derive(Clone, Debug)]
pub struct Contact {
    /// `true` for a phone number, `false` for a web address.
    pub is_phone: bool,
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
    /// The date the contact was last checked against its source, as shown in each locale.
    pub checked: Localised,
    /// Source ids from `sources.toml`.
    pub sources: Vec<u32>,
    /// Ways to reach it.
    pub contacts: Vec<Contact>,
    /// Places where it can be visited, as `(id, name)`; an embed may choose which comes first.
    pub centres: Vec<(String, Localised)>,
}

/// A research source a fact comes from.
#[derive(Clone, Debug)]
pub struct Source {
    /// The number used in the research file.
    pub id: u32,
    /// Short title.
    pub title: String,
    /// Where it was read.
    pub url: String,
}

/// An indicator from a published framework (ILO, ILO/EC, fair recruitment, Pakistani law).
#[derive(Clone, Debug)]
pub struct Indicator {
    /// Stable id, referenced by questions.
    pub id: String,
    /// Framework the indicator belongs to.
    pub framework: String,
    /// The indicator in words.
    pub name: String,
}

/// The scoring rule's numbers.
#[derive(Clone, Debug)]
pub struct Scoring {
    /// Points for a warning answer, by severity (index into [`SEVERITIES`]); "Not sure" earns half.
    pub points: [u32; 4],
    /// Points from which the band is "some warning signs".
    pub some: u32,
    /// Points from which the band is "serious warning signs".
    pub serious: u32,
}

/// The whole questionnaire, validated.
#[derive(Clone, Debug)]
pub struct Questionnaire {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// Services in the order shown.
    pub services: Vec<Service>,
    /// Research sources.
    pub sources: Vec<Source>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    /// Scoring numbers.
    pub scoring: Scoring,
    /// Interface texts by key, in the order of [`ui_keys::UI_KEYS`].
    pub ui: Vec<(String, Localised)>,
}

/// Reads every file of a questionnaire directory (e.g. `questions/`) and validates it.
///
/// File names in errors are given relative to the directory's parent, so `questions/services.toml`.
pub fn load_dir(dir: &Path) -> Result<Questionnaire, Vec<ContentError>> {
    let prefix = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "questions".into());
    let mut files = BTreeMap::new();
    let mut errors = Vec::new();
    let mut read = |rel: String, path: &Path| match std::fs::read_to_string(path) {
        Ok(text) => {
            files.insert(rel, text);
        }
        Err(e) => {
            errors.push(ContentError { file: rel, key: "(file)".into(), message: format!("cannot be read: {e}") })
        }
    };
    for name in ["scoring.toml", "services.toml", "sources.toml", "indicators.toml", "ui.toml"] {
        read(format!("{prefix}/{name}"), &dir.join(name));
    }
    match std::fs::read_dir(dir.join("sections")) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".toml") {
                    read(format!("{prefix}/sections/{name}"), &entry.path());
                }
            }
        }
        Err(e) => errors.push(ContentError {
            file: format!("{prefix}/sections"),
            key: "(directory)".into(),
            message: format!("cannot be read: {e}"),
        }),
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    validate(&prefix, &files)
}

/// Validates a questionnaire given as file contents keyed by path (`<prefix>/scoring.toml`, `<prefix>/sections/*.toml`,
/// ...). Sections are ordered by file name. Returns every error found, not only the first.
pub fn validate(prefix: &str, files: &BTreeMap<String, String>) -> Result<Questionnaire, Vec<ContentError>> {
    let mut v = Validator { errors: Vec::new(), months: None };
    let file = |name: &str| format!("{prefix}/{name}");

    let sources_file = file("sources.toml");
    let sources: Vec<Source> =
        v.parse::<SourcesFile>(&sources_file, files).map(|f| v.sources(&sources_file, f)).unwrap_or_default();
    let indicators_file = file("indicators.toml");
    let indicators: Vec<Indicator> = v
        .parse::<IndicatorsFile>(&indicators_file, files)
        .map(|f| v.indicators(&indicators_file, f))
        .unwrap_or_default();
    let source_ids: BTreeSet<u32> = sources.iter().map(|s| s.id).collect();
    let indicator_ids: BTreeSet<&str> = indicators.iter().map(|i| i.id.as_str()).collect();

    let scoring_file = file("scoring.toml");
    let scoring = v.parse::<ScoringFile>(&scoring_file, files).map(|f| v.scoring(&scoring_file, f));

    let ui_file = file("ui.toml");
    let ui = v.parse::<BTreeMap<String, LocaleText>>(&ui_file, files).map(|f| v.ui(&ui_file, f)).unwrap_or_default();
    v.months = ui.iter().find(|(k, _)| k == "months").map(|(_, t)| t.clone());
    if let Some(months) = &v.months {
        if months.iter().any(|m| m.split_whitespace().count() != 12) {
            v.error(&ui_file, "months", "must list the 12 month names, separated by spaces, in each locale".into());
            v.months = None;
        }
    }

    let services_file = file("services.toml");
    let services: Vec<Service> = v
        .parse::<ServicesFile>(&services_file, files)
        .map(|f| v.services(&services_file, f, &source_ids))
        .unwrap_or_default();
    let service_ids: BTreeSet<&str> = services.iter().map(|s| s.id.as_str()).collect();

    let section_prefix = format!("{prefix}/sections/");
    let refs = References { sources: &source_ids, indicators: &indicator_ids, services: &service_ids };
    let mut sections = Vec::new();
    let mut question_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut section_ids: BTreeMap<String, String> = BTreeMap::new();
    for name in files.keys().filter(|k| k.starts_with(&section_prefix)) {
        if let Some(parsed) = v.parse::<SectionFile>(name, files) {
            if let Some(section) = v.section(name, parsed, &refs) {
                if let Some(first) = section_ids.insert(section.id.clone(), name.clone()) {
                    v.error(name, "id", format!("duplicate section id '{}' (also in {first})", section.id));
                }
                for (i, q) in section.questions.iter().enumerate() {
                    if let Some(first) = question_ids.insert(q.id.clone(), name.clone()) {
                        v.error(
                            name,
                            &format!("questions[{i}].id"),
                            format!("duplicate question id '{}' (also in {first})", q.id),
                        );
                    }
                }
                sections.push(section);
            }
        }
    }
    if sections.is_empty() && !files.keys().any(|k| k.starts_with(&section_prefix)) {
        v.error(&format!("{prefix}/sections"), "(directory)", "has no section files (*.toml)".into());
    }

    match (v.errors.is_empty(), scoring) {
        (true, Some(scoring)) => Ok(Questionnaire { sections, services, sources, indicators, scoring, ui }),
        _ => Err(v.errors),
    }
}

/// The ids a question may refer to.
struct References<'a> {
    sources: &'a BTreeSet<u32>,
    indicators: &'a BTreeSet<&'a str>,
    services: &'a BTreeSet<&'a str>,
}

/// Collects errors while turning parsed files into validated content.
struct Validator {
    errors: Vec<ContentError>,
    /// Month names per locale (from `ui.toml`'s `months`), for dates shown in the widget.
    months: Option<Localised>,
}

impl Validator {
    fn error(&mut self, file: &str, key: &str, message: String) {
        self.errors.push(ContentError { file: file.into(), key: key.into(), message });
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, file: &str, files: &BTreeMap<String, String>) -> Option<T> {
        let Some(text) = files.get(file) else {
            self.error(file, "(file)", "is missing".into());
            return None;
        };
        match toml::from_str::<T>(text) {
            Ok(parsed) => Some(parsed),
            Err(e) => {
                let place = e.span().map(|span| key_at(text, span.start)).unwrap_or_else(|| "(file)".into());
                self.error(file, &place, e.message().to_string());
                None
            }
        }
    }

    fn text(&mut self, file: &str, key: &str, text: &LocaleText) -> Localised {
        let mut out: Localised = Default::default();
        for locale in text.keys() {
            if !LOCALES.contains(&locale.as_str()) {
                self.error(
                    file,
                    &format!("{key}.{locale}"),
                    format!("unknown locale '{locale}' (expected one of: en, ur)"),
                );
            }
        }
        for (i, locale) in LOCALES.iter().enumerate() {
            match text.get(*locale) {
                None => self.error(file, &format!("{key}.{locale}"), format!("missing {} text", LOCALE_NAMES[i])),
                Some(value) if value.trim().is_empty() => {
                    self.error(file, &format!("{key}.{locale}"), format!("empty {} text", LOCALE_NAMES[i]))
                }
                Some(value) => out[i] = value.trim().to_string(),
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

    fn id(&mut self, file: &str, key: &str, id: &str) {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            self.error(file, key, format!("invalid id '{id}': use lower-case letters, digits and '_'"));
        }
    }

    fn source_refs(&mut self, file: &str, key: &str, ids: &[u32], known: &BTreeSet<u32>) {
        if ids.is_empty() {
            self.error(file, key, "no source given: every fact needs a source id from sources.toml".into());
        }
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id) {
                self.error(file, &format!("{key}[{i}]"), format!("unknown source {id} (not in sources.toml)"));
            }
        }
    }

    fn sources(&mut self, file: &str, parsed: SourcesFile) -> Vec<Source> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for (i, s) in parsed.sources.into_iter().enumerate() {
            let key = format!("sources[{i}]");
            if !seen.insert(s.id) {
                self.error(file, &format!("{key}.id"), format!("duplicate source id {}", s.id));
            }
            self.url(file, &format!("{key}.url"), &s.url);
            out.push(Source { id: s.id, title: s.title, url: s.url });
        }
        out
    }

    fn indicators(&mut self, file: &str, parsed: IndicatorsFile) -> Vec<Indicator> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for (i, ind) in parsed.indicators.into_iter().enumerate() {
            let key = format!("indicators[{i}]");
            if ind.id.is_empty() || ind.id.contains(char::is_whitespace) {
                self.error(file, &format!("{key}.id"), format!("invalid indicator id '{}'", ind.id));
            }
            if !seen.insert(ind.id.clone()) {
                self.error(file, &format!("{key}.id"), format!("duplicate indicator id '{}'", ind.id));
            }
            out.push(Indicator { id: ind.id, framework: ind.framework, name: ind.name });
        }
        out
    }

    /// Checks a `YYYY-MM-DD` date and writes it out per locale ("28 November 2026") with the month names of ui.toml.
    fn date(&mut self, file: &str, key: &str, date: &str) -> Localised {
        if !is_date(date) {
            self.error(file, key, format!("invalid date '{date}': use YYYY-MM-DD"));
            return Default::default();
        }
        let (year, month, day) =
            (&date[..4], date[5..7].parse::<usize>().unwrap_or(0), date[8..].trim_start_matches('0'));
        let Some(months) = &self.months else { return Default::default() };
        if !(1..=12).contains(&month) {
            self.error(file, key, format!("invalid date '{date}': no month {month}"));
            return Default::default();
        }
        months.clone().map(|names| {
            let name = names.split_whitespace().nth(month - 1).unwrap_or_default();
            format!("{day} {name} {year}")
        })
    }

    fn url(&mut self, file: &str, key: &str, url: &str) {
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

    fn services(&mut self, file: &str, parsed: ServicesFile, sources: &BTreeSet<u32>) -> Vec<Service> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for (i, s) in parsed.services.into_iter().enumerate() {
            let key = format!("services[{i}]");
            self.id(file, &format!("{key}.id"), &s.id);
            if !seen.insert(s.id.clone()) {
                self.error(file, &format!("{key}.id"), format!("duplicate service id '{}'", s.id));
            }
            out.push(self.service(file, &key, s, sources));
        }
        if !out.is_empty() && !out.iter().any(|s| s.always) {
            self.error(
                file,
                "services",
                "no service has `always = true`: every result needs at least one contact".into(),
            );
        }
        out
    }

    fn service(&mut self, file: &str, key: &str, s: ServiceSource, sources: &BTreeSet<u32>) -> Service {
        let name = self.text(file, &format!("{key}.name"), &s.name);
        let about = self.text(file, &format!("{key}.about"), &s.about);
        let checked = self.date(file, &format!("{key}.checked"), &s.checked);
        if s.verified || !s.sources.is_empty() {
            self.source_refs(file, &format!("{key}.sources"), &s.sources, sources);
        }
        let contacts = s
            .contacts
            .into_iter()
            .enumerate()
            .map(|(j, c)| self.contact(file, &format!("{key}.contacts[{j}]"), c))
            .collect();
        let mut seen = BTreeSet::new();
        let centres = s
            .centres
            .into_iter()
            .enumerate()
            .map(|(j, c)| {
                let k = format!("{key}.centres[{j}]");
                self.id(file, &format!("{k}.id"), &c.id);
                if !seen.insert(c.id.clone()) {
                    self.error(file, &format!("{k}.id"), format!("duplicate centre id '{}'", c.id));
                }
                self.source_refs(file, &format!("{k}.sources"), &c.sources, sources);
                let name = self.text(file, &format!("{k}.name"), &c.name);
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

    fn contact(&mut self, file: &str, key: &str, c: ContactSource) -> Contact {
        let label = self.text(file, &format!("{key}.label"), &c.label);
        let (is_phone, href) = match c.kind.as_str() {
            "phone" => {
                let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
                let ok = c.value.chars().all(|ch| ch.is_ascii_digit() || ch == '-' || ch == ' ')
                    && (2..=15).contains(&digits.len())
                    && c.value.starts_with(|ch: char| ch.is_ascii_digit());
                if !ok {
                    self.error(
                        file,
                        &format!("{key}.value"),
                        format!("invalid phone number '{}': use digits and dashes only, e.g. 0304-1112123", c.value),
                    );
                }
                (true, format!("tel:{digits}"))
            }
            "web" => {
                self.url(file, &format!("{key}.value"), &c.value);
                (false, c.value.clone())
            }
            other => {
                self.error(
                    file,
                    &format!("{key}.kind"),
                    format!("unknown contact kind '{other}' (expected phone or web)"),
                );
                (false, String::new())
            }
        };
        Contact { is_phone, value: c.value, href, label }
    }

    fn scoring(&mut self, file: &str, s: ScoringFile) -> Scoring {
        let p = &s.points;
        let points = [p.critical, p.high, p.medium, p.low];
        for (severity, value) in SEVERITIES.iter().zip(points) {
            if value == 0 || value % 2 != 0 {
                self.error(
                    file,
                    &format!("points.{severity}"),
                    format!("must be an even number above 0 (\"Not sure\" counts half), not {value}"),
                );
            }
        }
        if points.windows(2).any(|w| w[0] < w[1]) {
            self.error(file, "points", "a more severe sign must not earn fewer points than a less severe one".into());
        }
        if s.bands.some == 0 || s.bands.some >= s.bands.serious {
            self.error(file, "bands.some", format!("must be above 0 and below bands.serious ({})", s.bands.serious));
        }
        if p.critical < s.bands.serious {
            self.error(
                file,
                "points.critical",
                format!(
                    "must be at least bands.serious ({}): one critical sign alone forces the serious band",
                    s.bands.serious
                ),
            );
        }
        Scoring { points, some: s.bands.some, serious: s.bands.serious }
    }

    fn ui(&mut self, file: &str, mut parsed: BTreeMap<String, LocaleText>) -> Vec<(String, Localised)> {
        let mut out = Vec::new();
        for key in ui_keys::UI_KEYS {
            match parsed.remove(*key) {
                Some(text) => {
                    let text = self.text(file, key, &text);
                    out.push((key.to_string(), text));
                }
                None => self.error(file, key, "missing interface text (the widget uses this key)".into()),
            }
        }
        for key in parsed.keys() {
            self.error(
                file,
                key,
                "unknown interface text key (the widget does not use it; see src/content/ui_keys.rs)".into(),
            );
        }
        out
    }

    fn section(&mut self, file: &str, s: SectionFile, refs: &References) -> Option<Section> {
        self.id(file, "id", &s.id);
        if !SECTION_ICONS.contains(&s.icon.as_str()) {
            self.error(
                file,
                "icon",
                format!("unknown icon '{}' (expected one of: {})", s.icon, SECTION_ICONS.join(", ")),
            );
        }
        let title = self.text(file, "title", &s.title);
        if s.questions.is_empty() {
            self.error(file, "questions", "empty section: add at least one [[questions]]".into());
        }
        let questions = s
            .questions
            .into_iter()
            .enumerate()
            .map(|(i, q)| self.question(file, &format!("questions[{i}]"), q, refs))
            .collect();
        Some(Section { id: s.id, icon: s.icon, title, questions })
    }

    fn question(&mut self, file: &str, key: &str, q: QuestionSource, refs: &References) -> Question {
        let k = |field: &str| format!("{key}.{field}");
        self.id(file, &k("id"), &q.id);
        let severity = SEVERITIES.iter().position(|s| *s == q.severity).unwrap_or_else(|| {
            self.error(
                file,
                &k("severity"),
                format!("unknown severity '{}' (expected one of: critical, high, medium, low)", q.severity),
            );
            0
        });
        let warning_is_yes = match q.warning_answer.as_deref().unwrap_or("yes") {
            "yes" => true,
            "no" => false,
            other => {
                self.error(
                    file,
                    &k("warning_answer"),
                    format!("the warning answer must be 'yes' or 'no', not '{other}'"),
                );
                true
            }
        };
        if q.indicators.is_empty() {
            self.error(file, &k("indicators"), "no indicator given".into());
        }
        for (i, id) in q.indicators.iter().enumerate() {
            if !refs.indicators.contains(id.as_str()) {
                self.error(
                    file,
                    &format!("{key}.indicators[{i}]"),
                    format!("unknown indicator '{id}' (not in indicators.toml)"),
                );
            }
        }
        self.source_refs(file, &k("sources"), &q.sources, refs.sources);
        for (i, id) in q.services.iter().enumerate() {
            if !refs.services.contains(id.as_str()) {
                self.error(
                    file,
                    &format!("{key}.services[{i}]"),
                    format!("unknown service '{id}' (not in services.toml)"),
                );
            }
        }
        let checked = q.checked.as_deref().map(|d| self.date(file, &k("checked"), d));
        Question {
            checked,
            text: self.text(file, &k("text"), &q.text),
            hint: q.hint.as_ref().map(|h| self.text(file, &k("hint"), h)),
            sign: self.text(file, &k("sign"), &q.sign),
            why: self.text(file, &k("why"), &q.why),
            todo: self.text(file, &k("todo"), &q.todo),
            find_out: self.text(file, &k("find_out"), &q.find_out),
            id: q.id,
            warning_is_yes,
            severity,
            indicators: q.indicators,
            sources: q.sources,
            services: q.services,
        }
    }
}

/// The key path and line of a position in a TOML text, e.g. `questions[2].severity (line 31)`, for parse errors.
fn key_at(text: &str, offset: usize) -> String {
    let line_no = text[..offset].matches('\n').count() + 1;
    let mut table = String::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines().take(line_no - 1).map(str::trim) {
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
            let count = counts.entry(name.trim().to_string()).or_default();
            table = format!("{}[{count}]", name.trim());
            *count += 1;
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            table = name.trim().to_string();
        }
    }
    let line = text.lines().nth(line_no - 1).unwrap_or_default();
    let key = line.split_once('=').map(|(k, _)| k.trim()).unwrap_or_default();
    let path = [table.as_str(), key].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(".");
    if path.is_empty() {
        format!("line {line_no}")
    } else {
        format!("{path} (line {line_no})")
    }
}

/// The `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
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
