//! Days of the calendar: read as the content writes them (`YYYY-MM-DD`) and written out in one format per language,
//! "1 December 2026" and "1 دسمبر 2026", with the month names of `months` in `questions/ui.toml`. The build writes the
//! checked dates with it and the printed summary today's date, so the two cannot come to differ. Compiled by
//! `build.rs` too (through `#[path]`).

use std::fmt;

/// A day of the Gregorian calendar. Ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: u32,
    month: u32,
    day: u32,
}

impl Date {
    /// The day, if there is one: `month` from 1 to 12, `day` within the month.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// A date written `YYYY-MM-DD`, if it is one and the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let number = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok()).flatten()
        };
        match text.split('-').collect::<Vec<_>>()[..] {
            [year, month, day] => Date::new(number(year, 4)?, number(month, 2)?, number(day, 2)?),
            _ => None,
        }
    }

    /// The day `days` after 1 January 1970 (what the system clock counts in).
    pub fn from_unix_days(days: u64) -> Date {
        // Howard Hinnant's `civil_from_days`, for days on or after 1970: counted in 400-year eras from 1 March 0000.
        let z = days + 719_468;
        let era = z / 146_097;
        let day_of_era = z % 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
        let year = year_of_era + era * 400 + u64::from(month <= 2);
        Date { year: year as u32, month: month as u32, day: day as u32 }
    }

    /// The same day `n` months later, or the last day of that month where it is shorter (31 January and one month:
    /// 28 or 29 February).
    pub fn months_later(self, n: u32) -> Date {
        let months = self.month - 1 + n;
        let (year, month) = (self.year + months / 12, months % 12 + 1);
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The date as shown in a language whose 12 month names, January first, are `months`, separated by one space
    /// (as `questions/ui.toml` must list them): "1 December 2026".
    pub fn written(self, months: &str) -> String {
        // Found with `find`, which the wasm has already (`Text::fill`): `split_whitespace` or `split` would add their
        // iterators' code, 200 to 400 bytes.
        let mut name = months;
        for _ in 1..self.month {
            name = name.find(' ').map_or("", |space| &name[space + 1..]);
        }
        let name = &name[..name.find(' ').unwrap_or(name.len())];
        let mut out = String::new();
        push_decimal(&mut out, self.day);
        out.push(' ');
        out.push_str(name);
        out.push(' ');
        push_decimal(&mut out, self.year);
        out
    }
}

/// Appends `n` in decimal digits without `core::fmt`, whose code the widget's wasm otherwise does without (as
/// `labels::decimal`, which the build script cannot reach).
fn push_decimal(out: &mut String, n: u32) {
    if n >= 10 {
        push_decimal(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// `YYYY-MM-DD`, as the content writes it.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
