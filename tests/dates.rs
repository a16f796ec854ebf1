//! One date format per language (src/date.rs): the day, the month's name from `months` in questions/ui.toml and the
//! year, for the checked dates written at build time and, through the same function, the printed summary's date.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use job_offer_check::date::Date;
use job_offer_check::questionnaire::{self, Locale, Text, DATED_FACTS, UI};
use job_offer_check::QUESTIONS_DIR;

/// The month names of a locale as questions/ui.toml lists them.
fn months_in_ui_toml(locale: Locale) -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(QUESTIONS_DIR).join("ui.toml")).unwrap();
    let ui: toml::Table = toml::from_str(&text).unwrap();
    let names = ui["months"][locale.tag()].as_str().expect("months has a text per locale");
    names.split_whitespace().map(str::to_string).collect()
}

#[test]
fn a_date_is_the_day_the_months_name_from_ui_toml_and_the_year() {
    let date = Date::new(2026, 12, 1).unwrap();
    for locale in Locale::ALL {
        let months = months_in_ui_toml(locale);
        assert_eq!(months.len(), 12);
        assert_eq!(date.written(UI.months.get(locale)), format!("1 {} 2026", months[11]), "{}", locale.tag());
    }
    assert_eq!(
        Date::new(2027, 1, 28).unwrap().written(UI.months.get(Locale::En)),
        format!("28 {} 2027", months_in_ui_toml(Locale::En)[0])
    );
}

#[test]
fn the_checked_dates_written_at_build_time_are_written_the_same_way() {
    assert!(!DATED_FACTS.is_empty());
    for fact in DATED_FACTS {
        let shown: Text = questionnaire::signs()
            .find(|s| s.id == fact.of)
            .and_then(|s| s.checked)
            .or_else(|| questionnaire::service(fact.of).map(|s| s.checked))
            .unwrap_or_else(|| panic!("{}: no sign or service shows it", fact.of));
        let day = Date::parse(fact.checked).unwrap();
        for locale in Locale::ALL {
            assert_eq!(shown.get(locale), day.written(UI.months.get(locale)), "{} in {}", fact.of, locale.tag());
        }
    }
}

#[test]
fn only_days_that_exist_are_read() {
    assert_eq!(Date::parse("2031-07-09"), Date::new(2031, 7, 9));
    assert_eq!(Date::parse("2031-07-09").unwrap().to_string(), "2031-07-09");
    for not_a_day in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-12-01", "2026-12-1", "2026/12/01", ""]
    {
        assert_eq!(Date::parse(not_a_day), None, "{not_a_day}");
    }
    assert!(Date::parse("2028-02-29").is_some(), "a leap year");
}

#[test]
fn months_later_keeps_the_day_or_takes_the_months_last() {
    let day = |text| Date::parse(text).unwrap();
    assert_eq!(day("2030-11-15").months_later(13), day("2031-12-15"));
    assert_eq!(day("2030-11-15").months_later(12), day("2031-11-15"));
    assert_eq!(day("2027-01-31").months_later(1), day("2027-02-28"));
    assert_eq!(day("2027-01-31").months_later(13), day("2028-02-29"));
    assert!(day("2030-11-15").months_later(12) < day("2031-11-16"));
}

#[test]
fn the_system_clocks_day_count_reads_as_a_date() {
    assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
    assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
    assert_eq!(Date::from_unix_days(20_788).to_string(), "2026-12-01", "the day these lines were written");
}
