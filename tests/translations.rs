//! The translators' spreadsheet round trip: CSV as spreadsheets write it, `export --csv` listing every text, and
//! `import` writing translations back into a scratch copy of `questions/`, or naming each bad row and writing nothing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use job_offer_check::spreadsheet::{self, BYTE_ORDER_MARK};
use job_offer_check::translations::{export_csv, import_csv, texts, COLUMNS};

mod common;
use common::copy_dir;

/// A scratch copy of the real `questions/`, removed when dropped.
struct Scratch {
    _root: tempfile::TempDir,
    questions: PathBuf,
}

impl Scratch {
    fn new() -> Scratch {
        let root = tempfile::tempdir().unwrap();
        let questions = root.path().join("questions");
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("questions"), &questions);
        Scratch { _root: root, questions }
    }

    /// Every file's bytes, by path relative to the copy.
    fn bytes(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        snapshot(&self.questions, &self.questions, &mut out);
        out
    }

    /// The spreadsheet exported from the copy, as rows.
    fn rows(&self) -> Vec<Vec<String>> {
        spreadsheet::read(&export_csv(&self.questions).unwrap()).unwrap()
    }

    /// Writes a spreadsheet next to the copy and imports it.
    fn import(&self, csv: &str) -> Result<String, String> {
        let file = self.questions.parent().unwrap().join("texts.csv");
        std::fs::write(&file, csv).unwrap();
        import_csv(&file, &self.questions)
    }

    fn toml(&self, file: &str) -> toml::Table {
        std::fs::read_to_string(self.questions.join(file)).unwrap().parse().unwrap()
    }
}

fn snapshot(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            snapshot(root, &entry.path(), out);
        } else {
            out.insert(entry.path().strip_prefix(root).unwrap().to_path_buf(), std::fs::read(entry.path()).unwrap());
        }
    }
}

/// The row number (as a spreadsheet shows it, the header being row 1) of a key.
fn row_of(rows: &[Vec<String>], key: &str) -> usize {
    rows.iter().position(|r| r[0] == key).unwrap_or_else(|| panic!("no row {key}")) + 1
}

fn row_mut<'a>(rows: &'a mut [Vec<String>], key: &str) -> &'a mut Vec<String> {
    let row = row_of(rows, key) - 1;
    &mut rows[row]
}

fn cell<'a>(rows: &'a mut [Vec<String>], key: &str, column: &str) -> &'a mut String {
    let column = COLUMNS.iter().position(|c| *c == column).unwrap();
    &mut row_mut(rows, key)[column]
}

/// What a spreadsheet saves: CRLF line ends, as Excel and LibreOffice write them on Windows.
fn saved(rows: &[Vec<String>]) -> String {
    spreadsheet::write(rows).replace('\n', "\r\n")
}

const PROGRESS: &str = "ui.toml#progress";
const START: &str = "ui.toml#start";
const HINT: &str = "sections/2-money.toml#questions[unlawful_payment].hint";

#[test]
fn fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back() {
    let rows = vec![vec!["key", "plain"], vec!["a,b", "say \"hi\"\nthen، go"], vec![" padded", ""]];
    let csv = spreadsheet::write(&rows);
    assert_eq!(csv, "\u{feff}key,plain\n\"a,b\",\"say \"\"hi\"\"\nthen، go\"\n\" padded\",");
    assert_eq!(spreadsheet::read(&csv).unwrap(), rows);
}

#[test]
fn crlf_line_ends_no_byte_order_mark_and_a_final_line_end_are_read() {
    let rows = spreadsheet::read("a,b\r\n\"x\r\ny\",z\r\n").unwrap();
    assert_eq!(rows, vec![vec!["a", "b"], vec!["x\ny", "z"]]);
}

#[test]
fn an_empty_line_is_a_row_so_the_numbers_match_the_spreadsheet() {
    assert_eq!(spreadsheet::read("a\n\nb,").unwrap(), vec![vec!["a"], vec![""], vec!["b", ""]]);
}

#[test]
fn an_unclosed_quote_or_text_after_a_closing_quote_names_the_row_and_column_where_the_field_began() {
    let e = spreadsheet::read("k,en\nx,\"multi\nline\ny,z\n").unwrap_err();
    assert_eq!((e.row, e.column), (2, 1));
    assert!(e.message.contains("not closed"), "{}", e.message);
    let e = spreadsheet::read("k,en\nx,\"a\"b\n").unwrap_err();
    assert_eq!((e.row, e.column), (2, 1));
}

#[test]
fn the_export_has_every_text_once_in_both_languages_with_a_note() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let csv = export_csv(&dir).unwrap();
    assert!(csv.starts_with(BYTE_ORDER_MARK), "Excel needs the mark to read Urdu");
    let rows = spreadsheet::read(&csv).unwrap();
    assert_eq!(rows[0], COLUMNS);
    // Every text is written `en = ".."` or `field.en = ".."`, one per line, in the files.
    let mut written = 0;
    for file in std::fs::read_dir(&dir).unwrap().chain(std::fs::read_dir(dir.join("sections")).unwrap()) {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(path).unwrap();
            written += text
                .lines()
                .filter(|l| matches!(l.trim_start().split(" = ").next(), Some(k) if k == "en" || k.ends_with(".en")))
                .count();
        }
    }
    assert_eq!(rows.len() - 1, written);
    let keys: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(keys.len(), rows.len(), "every key once");
    for row in &rows[1..] {
        assert_eq!(row.len(), 4, "{row:?}");
        assert!(row[1..].iter().all(|f| !f.trim().is_empty()), "{row:?}");
        assert!(!row[3].contains(".toml"), "every field has a plain note: {row:?}");
    }
    let texts = texts(&dir).unwrap();
    let mrc = texts.iter().find(|t| t.key == "services.toml#services[mrc].name").unwrap();
    assert_eq!(mrc.words[0], "Migrant Resource Centre (MRC)");
    assert_eq!(mrc.note, "Result: a service's name");
    let progress = texts.iter().find(|t| t.key == PROGRESS).unwrap();
    assert!(progress.note.contains("Keep {n}, {total} exactly as written"), "{}", progress.note);
    assert!(texts.iter().any(|t| t.key == "services.toml#services[mrc].contacts[0].label"));
    assert!(texts.iter().any(|t| t.key == "context.toml#context[offered_by].choices[online].sign"));
}

#[test]
fn an_unchanged_export_imports_to_byte_identical_files_however_the_spreadsheet_saved_it() {
    let scratch = Scratch::new();
    let before = scratch.bytes();
    let csv = export_csv(&scratch.questions).unwrap();
    let rows = spreadsheet::read(&csv).unwrap();
    // As exported; as a spreadsheet saves it (CRLF, no mark, every field quoted).
    let quoted: Vec<String> = rows
        .iter()
        .map(|r| r.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect::<Vec<_>>().join(","))
        .collect();
    for csv in [csv.clone(), format!("{}\r\n", quoted.join("\r\n"))] {
        assert!(scratch.import(&csv).unwrap().ends_with("no text changed"));
        assert_eq!(scratch.bytes(), before);
    }
}

#[test]
fn an_urdu_text_with_quotes_commas_a_line_break_and_its_placeholders_survives_export_and_import() {
    let scratch = Scratch::new();
    let before = scratch.bytes();
    let urdu = "حصہ \"{n}\"، یعنی, {total} میں سے\nاگلی سطر \\ آخر";
    let mut rows = scratch.rows();
    *cell(&mut rows, PROGRESS, "ur") = urdu.to_string();
    *cell(&mut rows, HINT, "en") = "Only a licensed company may charge it, and \"guarantees\" count.".into();
    let message = scratch.import(&saved(&rows)).unwrap();
    assert!(message.contains("questions/sections/2-money.toml, questions/ui.toml"), "{message}");

    assert_eq!(scratch.toml("ui.toml")["progress"]["ur"].as_str(), Some(urdu));
    let money = scratch.toml("sections/2-money.toml");
    let hint = &money["questions"].as_array().unwrap()[0]["hint"];
    assert_eq!(hint["en"].as_str(), Some("Only a licensed company may charge it, and \"guarantees\" count."));
    // The other locale, the other lines and the other files are as they were.
    assert!(hint["ur"].as_str().unwrap().starts_with("یہ چارج صرف"));
    let after = scratch.bytes();
    for (file, bytes) in &before {
        let (old, new) = (String::from_utf8_lossy(bytes), String::from_utf8_lossy(&after[file]));
        let differing = old.lines().zip(new.lines()).filter(|(a, b)| a != b).count();
        let expected = usize::from(file.ends_with("ui.toml") || file.ends_with("2-money.toml"));
        assert_eq!((differing, old.lines().count()), (expected, new.lines().count()), "{}", file.display());
    }
    assert!(String::from_utf8_lossy(&after[Path::new("ui.toml")])
        .contains(r#"ur = "حصہ \"{n}\"، یعنی, {total} میں سے\nاگلی سطر \\ آخر""#));

    // The questionnaire is still valid, and the next export gives the text back as it was typed.
    job_offer_check::content::load_dir(&scratch.questions).unwrap();
    let rows = scratch.rows();
    assert_eq!(rows[row_of(&rows, PROGRESS) - 1][2], urdu);
}

#[test]
fn a_spreadsheet_with_only_some_rows_changes_only_those() {
    let scratch = Scratch::new();
    let csv = "key,en,ur,where\r\nui.toml#start,Start,ابھی شروع کریں,\r\n\r\n";
    scratch.import(csv).unwrap();
    assert_eq!(scratch.toml("ui.toml")["start"]["ur"].as_str(), Some("ابھی شروع کریں"));
    assert_eq!(scratch.toml("ui.toml")["start"]["en"].as_str(), Some("Start"));
}

#[test]
fn each_bad_row_is_named_by_row_and_column_and_nothing_is_written() {
    let scratch = Scratch::new();
    let before = scratch.bytes();
    // Each case: what is wrong, the row it is in, the edit, and what the message says after "row N, ".
    type Edit = fn(&mut Vec<Vec<String>>);
    let cases: [(&str, &str, Edit, &str); 8] = [
        ("unknown key", START, |rows| *cell(rows, START, "key") = "ui.toml#begin".into(), "column key: unknown key"),
        ("missing column", START, |rows| row_mut(rows, START).truncate(2), "column ur: missing"),
        (
            "broken placeholder",
            PROGRESS,
            |rows| *cell(rows, PROGRESS, "ur") = "حصہ {n از {total}".into(),
            "column ur: placeholders changed: the original has {n}, {total}, this text has {total}",
        ),
        (
            "renamed placeholder",
            PROGRESS,
            |rows| *cell(rows, PROGRESS, "en") = "Part {n} of {all}".into(),
            "column en: placeholders changed",
        ),
        ("empty Urdu", START, |rows| *cell(rows, START, "ur") = " ".into(), "column ur: empty text"),
        ("extra column", START, |rows| row_mut(rows, START).push("a note".into()), "column E: a text outside"),
        (
            "Urdu lost to a save that was not UTF-8",
            START,
            |rows| *cell(rows, START, "ur") = "???? ????".into(),
            "column ur: no Urdu letters left",
        ),
        // The second row with a key is the wrong one: it is added at the end.
        (
            "duplicate key",
            "",
            |rows| rows.push(rows[row_of(rows, START) - 1].clone()),
            "column key: the same key as row",
        ),
    ];
    for (case, key, edit, expected) in cases {
        let mut rows = scratch.rows();
        // A right change too, to show that it is not written either while another row is wrong.
        *cell(&mut rows, HINT, "ur") = "درست، نیا \"متن\"".into();
        let row = if key.is_empty() { rows.len() + 1 } else { row_of(&rows, key) };
        edit(&mut rows);
        let error = scratch.import(&saved(&rows)).unwrap_err();
        let expected = format!("texts.csv: row {row}, {expected}");
        assert!(error.contains(&expected), "{case}: expected «{expected}» in:\n{error}");
        assert_eq!(scratch.bytes(), before, "{case}: nothing written");
    }
}

#[test]
fn an_unclosed_quote_names_its_row_and_column_and_nothing_is_written() {
    let scratch = Scratch::new();
    let before = scratch.bytes();
    let mut rows = scratch.rows();
    *cell(&mut rows, HINT, "ur") = "درست".into();
    // In a row of the middle, the open quote runs into the next field's; in the last row, into the end of the file.
    let middle = row_of(&rows, PROGRESS);
    let csv = saved(&rows).replace("حصہ {n} از {total}", "\"حصہ {n} از {total}");
    let error = scratch.import(&csv).unwrap_err();
    assert!(error.contains(&format!("texts.csv: row {middle}, column ur: a quote (\") is missing")), "{error}");
    rows.last_mut().unwrap()[3].clear();
    let mut csv = saved(&rows);
    csv.insert(csv.rfind(rows.last().unwrap()[2].as_str()).unwrap(), '"');
    let error = scratch.import(&csv).unwrap_err();
    let last = format!("texts.csv: row {}, column ur: a quoted text is not closed", rows.len());
    assert!(error.contains(&last), "{error}");
    assert_eq!(scratch.bytes(), before);
}

#[test]
fn a_wrong_header_a_file_not_in_utf8_and_a_questionnaire_made_invalid_write_nothing() {
    let scratch = Scratch::new();
    let before = scratch.bytes();
    let cases = [
        ("key,english,ur,where\nui.toml#start,Start,شروع,\n", "row 1, column en: the header must be key,en,ur,where"),
        ("key;en;ur;where\n", "row 1: the columns are separated by ';'"),
        ("", "row 1: empty"),
        // Two month names where twelve belong: each row is right, the questionnaire is not.
        (
            "key,en,ur,where\nui.toml#months,January February,جنوری فروری,\n",
            "questions/ui.toml: months: must list the 12",
        ),
    ];
    for (csv, expected) in cases {
        let error = scratch.import(csv).unwrap_err();
        assert!(error.contains(expected), "expected «{expected}» in:\n{error}");
    }
    let file = scratch.questions.parent().unwrap().join("latin1.csv");
    std::fs::write(&file, b"key,en,ur,where\nui.toml#start,St\xe4rt,x,\n").unwrap();
    let error = import_csv(&file, &scratch.questions).unwrap_err();
    assert!(error.contains("latin1.csv: line 2: not UTF-8 text"), "{error}");
    assert_eq!(scratch.bytes(), before);
}
