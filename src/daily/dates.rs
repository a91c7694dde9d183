//! Readable dates for the daily brief: the labels of [`crate::render`]'s
//! [`DateStyle`] (readable, ISO, or AP style as US newsrooms write it:
//! "Thursday, April 17", "Sept. 5", "Aug. 1, 2024"), plus the brief's
//! heading and the clock time of a TIMEX3 value for the calendar.

use chrono::{Datelike, NaiveDate};

pub use crate::render::DateStyle;
use crate::render::{weekday_name, MONTHS};
use crate::timeline::EventDate;

/// Parse a `--date-style` value.
pub fn parse_style(s: &str) -> Result<DateStyle, String> {
    DateStyle::parse(s).ok_or_else(|| format!("`{s}` is not a date style; use readable, iso or ap"))
}

/// The brief's own date as a heading: "2025-04-17 (Thursday)" (ISO), else
/// "Thursday, April 17, 2025".
pub fn heading(d: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Iso => format!("{} ({})", d.format("%Y-%m-%d"), weekday_name(d.weekday())),
        _ => format!(
            "{}, {} {}, {}",
            weekday_name(d.weekday()),
            MONTHS[d.month0() as usize],
            d.day(),
            d.year()
        ),
    }
}

/// Hour and minute of a TIMEX3 time value ("2025-04-19T15:00"), if it has
/// one; `(24, 0)` is the end of the day.
pub fn clock_time(value: &str) -> Option<(u32, u32)> {
    let t = value.get(10..)?.strip_prefix('T')?;
    let h: u32 = t.get(0..2)?.parse().ok()?;
    let m: u32 = match t.get(2..3) {
        Some(":") => t.get(3..5)?.parse().ok()?,
        None => 0,
        Some(_) => return None,
    };
    // 24:00 is the end of the day (TIMEX3 writes midnight so)
    ((h < 24 && m < 60) || (h, m) == (24, 0)).then_some((h, m))
}

/// A timeline date as an editor reads it (see [`DateStyle::label`]);
/// `today` is the brief's date.
pub fn when(d: &EventDate, style: DateStyle, today: NaiveDate) -> String {
    style.label(&d.calendar, d.modifier.as_deref(), today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Granularity;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ev(value: &str, start: NaiveDate, end: NaiveDate, g: Granularity) -> EventDate {
        crate::daily::test_event_date(value, start, end, g, "")
    }

    #[test]
    fn headings() {
        let today = day(2025, 4, 17);
        assert_eq!(heading(today, DateStyle::Ap), "Thursday, April 17, 2025");
        assert_eq!(
            heading(today, DateStyle::Readable),
            "Thursday, April 17, 2025"
        );
        assert_eq!(heading(today, DateStyle::Iso), "2025-04-17 (Thursday)");
        assert_eq!(parse_style("AP"), Ok(DateStyle::Ap));
        assert!(parse_style("chicago").is_err());
    }

    #[test]
    fn labels_come_from_the_render_styles() {
        let today = day(2025, 4, 17);
        let d = day(2025, 9, 5);
        assert_eq!(
            when(
                &ev("2025-09-05", d, d, Granularity::Day),
                DateStyle::Ap,
                today
            ),
            "Sept. 5"
        );
        let w = ev(
            "2025-W17",
            day(2025, 4, 21),
            day(2025, 4, 27),
            Granularity::Week,
        );
        assert_eq!(when(&w, DateStyle::Iso, today), "week of 2025-04-21");
        assert_eq!(clock_time("2025-04-19T09"), Some((9, 0)));
        assert_eq!(clock_time("2025-04-17T24:00"), Some((24, 0)));
        assert_eq!(clock_time("2025-04-17T24:30"), None);
        assert_eq!(clock_time("2025-04-19TEV"), None);
    }
}
