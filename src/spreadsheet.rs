//! CSV files as spreadsheets write and read them (RFC 4180), for the translators' round trip.
//!
//! Written by hand rather than with the `csv` crate: the format is small, and the translators' errors need what a
//! general reader does not give directly, the row as a spreadsheet numbers it (a text with a line break is one row over
//! several lines) and the column where an unclosed quote began.
//!
//! Writing: UTF-8 with a byte order mark, as Excel reads a CSV file without one in the computer's local code page and
//! garbles Urdu (LibreOffice and Google Sheets accept the mark); LF line ends, which every spreadsheet reads; a field
//! quoted only when it must be. Reading accepts what spreadsheets save: with or without the mark, CRLF or LF, quoted
//! fields with commas, `""` for a quote and line breaks (read as LF, however they were saved).

/// The byte order mark that tells Excel the file is UTF-8.
pub const BYTE_ORDER_MARK: char = '\u{feff}';

const UNCLOSED: &str = "a quoted text is not closed: a quote (\") is missing at its end";

/// A file that is not well-formed CSV: where, as a spreadsheet numbers rows (from 1) and columns (from 0), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The row, counting from 1: the row where the broken field begins.
    pub row: usize,
    /// The column, counting from 0.
    pub column: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

/// The rows as a CSV file, beginning with the byte order mark, each row ended by a line end except the last (the
/// command-line tool prints its output with one, as for every command).
pub fn write<S: AsRef<str>>(rows: &[Vec<S>]) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for (j, field) in row.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let field = field.as_ref();
            // Spaces at either end are quoted too: some spreadsheets drop them from a bare field.
            if field.contains([',', '"', '\n', '\r']) || field.trim() != field {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(field);
            }
        }
    }
    out
}

/// The rows of a CSV file, its fields unquoted; an empty line is a row with one empty field, as a spreadsheet shows it.
pub fn read(text: &str) -> Result<Vec<Vec<String>>, SyntaxError> {
    let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    // Where we are in the current field: at its start, in a bare field, inside quotes, or just after a closing quote.
    #[derive(PartialEq)]
    enum State {
        Start,
        Bare,
        Quoted,
        Closed,
    }
    let mut state = State::Start;
    while let Some(c) = chars.next() {
        match (&state, c) {
            (State::Quoted, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (State::Quoted, '"') => state = State::Closed,
            (State::Quoted, '\r') if chars.peek() == Some(&'\n') => {}
            (State::Quoted, c) => field.push(c),
            (State::Start, '"') => state = State::Quoted,
            (_, ',') => {
                row.push(std::mem::take(&mut field));
                state = State::Start;
            }
            (_, '\r' | '\n') => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                state = State::Start;
            }
            (State::Closed, _) => {
                // A quoted text over several lines that runs into more text is most likely a quote left open, which
                // took in the rows below up to the next quote.
                let message = if field.contains('\n') {
                    UNCLOSED
                } else {
                    "a quote (\") is missing or out of place: a quoted text ends with a quote just before the next \
                     comma, and a quote inside it is written twice (\"\")"
                };
                return Err(SyntaxError { row: rows.len() + 1, column: row.len(), message: message.into() });
            }
            (_, c) => {
                field.push(c);
                state = State::Bare;
            }
        }
    }
    match state {
        State::Quoted => return Err(SyntaxError { row: rows.len() + 1, column: row.len(), message: UNCLOSED.into() }),
        State::Start if row.is_empty() => {}
        _ => {
            row.push(field);
            rows.push(row);
        }
    }
    Ok(rows)
}
