//! The translators' spreadsheet round trip: CSV as spreadsheets write it.
#![cfg(not(target_arch = "wasm32"))]

use job_offer_check::spreadsheet;

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
