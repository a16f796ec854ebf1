//! The translators' round trip: every text of `questions/` in both languages as a spreadsheet (`export --csv`), and a
//! translated spreadsheet written back into the TOML files (`import FILE.csv [DIR]`). `questions/TRANSLATING.md` is
//! the translators' guide.
//!
//! A text is any table of the files whose keys are all locale tags: `text.en = ".."` with `text.ur = ".."`, or a
//! `[widget_title]` table with `en` and `ur`. Its key is the file, relative to the questionnaire directory, then `#`
//! and the path to the table: field names joined by `.`, and an element of a list by its `id` in brackets, or by its
//! position from 0 if it has none: `sections/2-money.toml#questions[unlawful_payment].why`,
//! `services.toml#services[mrc].contacts[0].label`, `ui.toml#widget_title`. Ids rather than positions so that a
//! spreadsheet still fits after entries are reordered or added; the export refuses two texts with one key, so each key
//! names exactly one place.
//!
//! The import checks every row against the text its key names (the columns, the key, a text in each language, the
//! same `{placeholders}`, Urdu letters still there), puts the texts into the files in memory and validates the whole
//! questionnaire as `validate` does; only then does it write, and only the files that changed. It may change the
//! English as well as the Urdu (an editor fixing the English works in the same sheet; the pull request's review sees
//! both). Rows left out keep their texts; blank rows, and empty cells right of `where`, are skipped; `where` itself is
//! not read. Only the strings that changed are rewritten, each in the files' own style (a one-line basic string), so comments,
//! order and layout stay as they were, and an import of an unchanged export writes nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml_edit::{DocumentMut, Item, Value};

use crate::content::{self, placeholders, Localised};
use crate::questionnaire::Locale;
use crate::spreadsheet;

/// The spreadsheet's columns, in order: the key, one per locale, and the note on where the text appears.
pub const COLUMNS: [&str; 4] = ["key", "en", "ur", "where"];

/// One text of the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The place it is written in (see the module's key scheme).
    pub key: String,
    /// The words in each locale, in the order of [`Locale::ALL`]; empty where a locale is missing.
    pub words: Localised,
    /// Where the widget shows it, in plain words for the translator.
    pub note: String,
}

/// Every text of a questionnaire directory, file by file (in the order of their names) and as written in each.
pub fn texts(dir: &Path) -> Result<Vec<Text>, String> {
    let files = content::read_dir(dir).map_err(lines)?;
    let (_, found) = catalogue(&content::prefix(dir), &files)?;
    Ok(found.into_iter().map(|f| f.text).collect())
}

/// The spreadsheet of every text of a questionnaire directory: the header, then one row per text (see [`spreadsheet`]
/// for the file's form).
pub fn export_csv(dir: &Path) -> Result<String, String> {
    let mut rows = vec![COLUMNS.map(String::from).to_vec()];
    for text in texts(dir)? {
        let [en, ur] = text.words;
        rows.push(vec![text.key, en, ur, text.note]);
    }
    Ok(spreadsheet::write(&rows))
}

/// Reads a translated spreadsheet and writes its texts into the questionnaire directory, if every row is right and the
/// questionnaire it gives is valid; otherwise writes nothing and returns every problem, one per line, each naming the
/// file, the row (the header is row 1) and the column.
pub fn import_csv(file: &Path, dir: &Path) -> Result<String, String> {
    let name = file.display().to_string();
    let csv = std::fs::read(file).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let prefix = content::prefix(dir);
    let files = content::read_dir(dir).map_err(lines)?;
    let changed = apply(&name, &csv, &prefix, &files).map_err(|errors| errors.join("\n"))?;
    for (path, text) in &changed {
        let target = dir.join(relative(&prefix, path));
        std::fs::write(&target, text).map_err(|e| format!("{}: cannot be written: {e}", target.display()))?;
    }
    Ok(match changed.len() {
        0 => format!("{name}: no text changed"),
        _ => format!("{name}: texts changed in {}", changed.keys().cloned().collect::<Vec<_>>().join(", ")),
    })
}

/// A text and the way to its table in its file's document.
struct Found {
    text: Text,
    /// The file, as [`content`] names it (`questions/services.toml`).
    file: String,
    steps: Vec<Step>,
}

/// One step from a table to what it holds.
#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every file parsed for editing, and every text found in them.
fn catalogue(
    prefix: &str,
    files: &BTreeMap<String, String>,
) -> Result<(BTreeMap<String, DocumentMut>, Vec<Found>), String> {
    let mut docs = BTreeMap::new();
    let mut found = Vec::new();
    for (file, source) in files {
        let doc: DocumentMut = source.parse().map_err(|e| format!("{file}: {e}"))?;
        let mut place = Place { file, relative: relative(prefix, file), steps: Vec::new(), path: String::new() };
        walk(doc.as_item(), &mut place, &mut found);
        docs.insert(file.clone(), doc);
    }
    let mut seen = BTreeSet::new();
    for f in &found {
        if !seen.insert(f.text.key.as_str()) {
            return Err(format!(
                "{}: two texts have the key {}: give each entry of that list its own id",
                f.file, f.text.key
            ));
        }
    }
    Ok((docs, found))
}

/// Where the walk through a document is.
struct Place<'a> {
    file: &'a str,
    relative: &'a str,
    steps: Vec<Step>,
    path: String,
}

fn walk(item: &Item, place: &mut Place, out: &mut Vec<Found>) {
    if let Some(words) = locale_text(item) {
        let key = format!("{}#{}", place.relative, place.path);
        let note = note(place.relative, &place.path, item, &words);
        out.push(Found { text: Text { key, words, note }, file: place.file.to_string(), steps: place.steps.clone() });
        return;
    }
    let path = place.path.clone();
    if let Some(table) = item.as_table_like() {
        for (name, child) in table.iter() {
            place.path = if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
            place.steps.push(Step::Key(name.to_string()));
            walk(child, place, out);
            place.steps.pop();
        }
    } else if let Some(len) = item.as_array_of_tables().map(|a| a.len()).or(item.as_array().map(|a| a.len())) {
        for i in 0..len {
            let child = &item[i];
            let id = child
                .get("id")
                .and_then(|id| id.as_str().map(str::to_string).or_else(|| id.as_integer().map(|n| n.to_string())));
            place.path = format!("{path}[{}]", id.unwrap_or_else(|| i.to_string()));
            place.steps.push(Step::Index(i));
            walk(child, place, out);
            place.steps.pop();
        }
    }
    place.path = path;
}

/// The words of a table whose keys are all locale tags, each a string.
fn locale_text(item: &Item) -> Option<Localised> {
    let table = item.as_table_like()?;
    let mut keys = table.iter().peekable();
    keys.peek()?;
    if !keys.all(|(key, value)| value.is_str() && Locale::ALL.iter().any(|l| l.tag() == key)) {
        return None;
    }
    Some(Locale::ALL.map(|l| table.get(l.tag()).and_then(Item::as_str).unwrap_or_default().to_string()))
}

/// The note for the translator: what the text is, from its file and field, with an interface text's own comment in
/// `ui.toml`, and the placeholders to keep.
fn note(file: &str, path: &str, item: &Item, words: &Localised) -> String {
    // The path without ids and positions: `questions[].why`.
    let mut shape = String::new();
    let mut in_brackets = false;
    for c in path.chars() {
        match c {
            '[' => in_brackets = true,
            ']' => {
                in_brackets = false;
                shape.push_str("[]");
            }
            _ if in_brackets => {}
            c => shape.push(c),
        }
    }
    let section = file.starts_with("sections/");
    let context = file == "context.toml";
    let what = match shape.as_str() {
        "context[].text" if context => "About the offer: a question",
        "context[].hint" if context => "About the offer: the help under a question",
        "context[].choices[].text" if context => "About the offer: an answer to choose",
        "context[].choices[].sign" if context => "Result: the warning sign's name, when this answer is chosen",
        "context[].choices[].why" if context => "Result: why this answer is a warning sign",
        "context[].choices[].todo" if context => "Result: what to do about it",
        "title" if section => "A section's heading",
        "questions[].text" if section => "A question, answered Yes, No or Not sure",
        "questions[].hint" if section => "The help under a question",
        "questions[].sign" if section => "Result: the name of the warning sign a Yes shows",
        "questions[].why" if section => "Result: why it is a warning sign",
        "questions[].todo" if section => "Result: what to do about it",
        "questions[].find_out" if section => "Result: what to find out, after a Not sure",
        "services[].name" if file == "services.toml" => "Result: a service's name",
        "services[].about" if file == "services.toml" => "Result: what the service does",
        "services[].contacts[].label" if file == "services.toml" => "Result: the label of a phone number or website",
        "services[].centres[].name" if file == "services.toml" => "Result: a city where the service has a centre",
        _ if file == "ui.toml" => "A button, heading or message of the widget",
        _ => "",
    };
    let mut note = if what.is_empty() { format!("{file}: {path}") } else { what.to_string() };
    if file == "ui.toml" {
        if let Some(comment) = comment_above(item) {
            note = format!("{note}: {comment}");
        }
    }
    let kept = placeholders(&words[0]);
    if !kept.is_empty() {
        note = format!("{}. Keep {} exactly as written.", note.trim_end_matches('.'), braced(&kept));
    }
    note
}

/// The comment lines right above a `[table]` header, joined: in `ui.toml`, what the text is for.
fn comment_above(item: &Item) -> Option<String> {
    let prefix = item.as_table()?.decor().prefix()?.as_str()?;
    let lines: Vec<&str> = prefix.lines().rev().take_while(|l| l.trim_start().starts_with('#')).collect();
    let comment: Vec<&str> = lines.iter().rev().map(|l| l.trim_start().trim_start_matches('#').trim()).collect();
    Some(comment.join(" ")).filter(|c| !c.is_empty())
}

/// The files whose text the spreadsheet changes, with their new text, keyed as [`content`] names them; or every
/// problem with the spreadsheet, or with the questionnaire it would give.
fn apply(
    name: &str,
    csv: &[u8],
    prefix: &str,
    files: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, Vec<String>> {
    let csv = std::str::from_utf8(csv).map_err(|e| {
        let line = csv[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        vec![format!("{name}: line {line}: not UTF-8 text: save the file as \"CSV UTF-8\" (see TRANSLATING.md)")]
    })?;
    let rows = spreadsheet::read(csv).map_err(|e| vec![at(name, e.row, e.column, &e.message)])?;
    let (mut docs, found) = catalogue(prefix, files).map_err(|e| vec![e])?;
    let by_key: BTreeMap<&str, &Found> = found.iter().map(|f| (f.text.key.as_str(), f)).collect();

    let mut errors = header_errors(name, rows.first());
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut edits: Vec<(&Found, Localised)> = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(1) {
        let row_no = i + 1;
        if row.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        if row.len() < COLUMNS.len() {
            let message = format!("missing: the row has only {} of the columns {}", row.len(), COLUMNS.join(", "));
            errors.push(at(name, row_no, row.len(), &message));
            continue;
        }
        if let Some(extra) = (COLUMNS.len()..row.len()).find(|&j| !row[j].trim().is_empty()) {
            let message = format!("a text outside the {} columns {}", COLUMNS.len(), COLUMNS.join(", "));
            errors.push(at(name, row_no, extra, &message));
            continue;
        }
        let key = row[0].trim();
        let Some(text) = by_key.get(key) else {
            let message = match key {
                "" => "empty key: the key says where the text goes; copy it back from the exported file".to_string(),
                _ => format!("unknown key '{key}': the key column must stay as exported"),
            };
            errors.push(at(name, row_no, 0, &message));
            continue;
        };
        if let Some(first) = seen.insert(key, row_no) {
            errors.push(at(name, row_no, 0, &format!("the same key as row {first}: keep one of the two rows")));
            continue;
        }
        let original = &text.text.words;
        let reference = original.iter().find(|w| !w.trim().is_empty()).map(|w| placeholders(w)).unwrap_or_default();
        let mut words: Localised = Default::default();
        for (l, locale) in Locale::ALL.into_iter().enumerate() {
            let column = 1 + l;
            let cell = row[column].trim();
            if cell.is_empty() {
                let message = "empty text: every text needs both English and Urdu";
                errors.push(at(name, row_no, column, message));
                continue;
            }
            let has = placeholders(cell);
            if has != reference {
                let message = format!(
                    "placeholders changed: the original has {}, this text has {}; keep each {{name}} as exported",
                    braced(&reference),
                    braced(&has)
                );
                errors.push(at(name, row_no, column, &message));
            }
            // What Excel leaves of Urdu saved as plain "CSV": question marks.
            if locale.direction() == "rtl" && has_arabic_script(&original[l]) && !has_arabic_script(cell) {
                let message = "no Urdu letters left: save the file as \"CSV UTF-8\" (see TRANSLATING.md)";
                errors.push(at(name, row_no, column, message));
            }
            words[l] = cell.to_string();
        }
        edits.push((text, words));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut touched = BTreeSet::new();
    for (found, words) in edits {
        for (l, locale) in Locale::ALL.into_iter().enumerate() {
            if words[l] != found.text.words[l].trim() {
                let doc = docs.get_mut(&found.file).expect("every text's file was parsed");
                set(&mut table_at(doc, &found.steps)[locale.tag()], &words[l]);
                touched.insert(found.file.clone());
            }
        }
    }
    let mut result = files.clone();
    let mut changed = BTreeMap::new();
    for file in touched {
        let text = docs[&file].to_string();
        if text != files[&file] {
            result.insert(file.clone(), text.clone());
            changed.insert(file, text);
        }
    }
    if let Err(problems) = content::validate(prefix, &result) {
        let mut errors = vec![format!("{name}: the texts would make {prefix}/ invalid, so nothing was written:")];
        errors.extend(problems.iter().map(|p| format!("  {p}")));
        return Err(errors);
    }
    Ok(changed)
}

/// The problems with the header row: it must name the columns, in order.
fn header_errors(name: &str, header: Option<&Vec<String>>) -> Vec<String> {
    let expected = COLUMNS.join(",");
    let Some(header) = header.filter(|h| !h.iter().all(|f| f.trim().is_empty())) else {
        return vec![format!("{name}: row 1: empty: the first row must be the header {expected}")];
    };
    if header.len() == 1 && header[0].contains(';') {
        return vec![format!(
            "{name}: row 1: the columns are separated by ';': save the file as \"CSV UTF-8\", with commas \
             (see TRANSLATING.md)"
        )];
    }
    let mut errors = Vec::new();
    for (j, column) in COLUMNS.iter().enumerate() {
        let found = header.get(j).map(|f| f.trim()).unwrap_or_default();
        if found != *column {
            let message = format!("the header must be {expected}; found '{found}' where '{column}' belongs");
            errors.push(at(name, 1, j, &message));
        }
    }
    errors
}

/// A problem at a cell: `texts.csv: row 14, column ur: empty text`. A column past the named ones goes by its letter.
fn at(name: &str, row: usize, column: usize, message: &str) -> String {
    let column = match COLUMNS.get(column) {
        Some(named) => named.to_string(),
        None => {
            let (mut n, mut letters) = (column + 1, String::new());
            while n > 0 {
                letters.insert(0, char::from(b'A' + ((n - 1) % 26) as u8));
                n = (n - 1) / 26;
            }
            letters
        }
    };
    format!("{name}: row {row}, column {column}: {message}")
}

/// The placeholders of a text as written, `{n}, {date}`, or `none`.
fn braced(names: &[&str]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
}

/// Whether a text has a letter of the Arabic script, which Urdu is written in.
fn has_arabic_script(text: &str) -> bool {
    let arabic = ['\u{0600}'..='\u{06ff}', '\u{0750}'..='\u{077f}', '\u{fb50}'..='\u{fdff}', '\u{fe70}'..='\u{fefc}'];
    text.chars().any(|c| arabic.iter().any(|block| block.contains(&c)))
}

/// The table a text lives in.
fn table_at<'a>(doc: &'a mut DocumentMut, steps: &[Step]) -> &'a mut Item {
    let mut item = doc.as_item_mut();
    for step in steps {
        item = match step {
            Step::Key(key) => &mut item[key.as_str()],
            Step::Index(i) => &mut item[*i],
        };
    }
    item
}

/// Puts words into a string's place, as a one-line basic string like the files' own, with the spacing around it kept.
fn set(slot: &mut Item, words: &str) {
    let mut quoted = String::from('"');
    for c in words.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    let mut value: Value = quoted.parse().expect("an escaped basic string is a TOML value");
    match slot.as_value() {
        Some(old) => *value.decor_mut() = old.decor().clone(),
        None => value.decor_mut().clear(),
    }
    *slot = Item::Value(value);
}

/// A file's path relative to the questionnaire directory (`services.toml` for `questions/services.toml`).
fn relative<'a>(prefix: &str, file: &'a str) -> &'a str {
    file.strip_prefix(prefix).and_then(|f| f.strip_prefix('/')).unwrap_or(file)
}

fn lines(errors: Vec<content::ContentError>) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}
