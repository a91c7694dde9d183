//! Readable dates for the daily brief, in ISO or AP style.
//!
//! ISO: `2025-04-12`, `2025-04-19 15:00`, `week of 2025-04-21`, `2025-03`,
//! `2018`. AP, as US newsrooms write it: the weekday and the month in full
//! within a week of the brief's date ("Saturday, April 12"), otherwise the
//! month abbreviated the AP way with a day ("Sept. 5"), the year added when it
//! is not the brief's year ("Aug. 1, 2024"), months in full without a day
//! ("March 2025"), times as "3 p.m.", "3:30 p.m.", "noon", "midnight".

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::timeline::{EventDate, Granularity};

/// How dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum DateStyle {
    /// 2025-04-17
    #[default]
    Iso,
    /// Thursday, April 17 / Sept. 5 / Aug. 1, 2024
    Ap,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const AP_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

fn weekday_name(d: NaiveDate) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][d.weekday().num_days_from_monday() as usize]
}

/// AP style for one day, relative to the brief's date `today`.
pub fn ap_day(d: NaiveDate, today: NaiveDate) -> String {
    let m = d.month0() as usize;
    if (d - today).num_days().abs() <= 7 {
        let mut s = format!("{}, {} {}", weekday_name(d), MONTHS[m], d.day());
        if d.year() != today.year() {
            s.push_str(&format!(", {}", d.year()));
        }
        s
    } else if d.year() == today.year() {
        format!("{} {}", AP_MONTHS[m], d.day())
    } else {
        format!("{} {}, {}", AP_MONTHS[m], d.day(), d.year())
    }
}

/// The brief's own date as a heading: "Thursday, April 17, 2025" (AP) or
/// "2025-04-17 (Thursday)" (ISO).
pub fn heading(d: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Iso => format!("{} ({})", d.format("%Y-%m-%d"), weekday_name(d)),
        DateStyle::Ap => format!(
            "{}, {} {}, {}",
            weekday_name(d),
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

fn ap_time(h: u32, m: u32) -> String {
    match (h, m) {
        (0, 0) | (24, 0) => "midnight".into(),
        (12, 0) => "noon".into(),
        _ => {
            let (h12, half) = match h {
                0 => (12, "a.m."),
                1..=11 => (h, "a.m."),
                12 => (12, "p.m."),
                _ => (h - 12, "p.m."),
            };
            if m == 0 {
                format!("{h12} {half}")
            } else {
                format!("{h12}:{m:02} {half}")
            }
        }
    }
}

/// A timeline date as an editor reads it.
pub fn when(d: &EventDate, style: DateStyle, today: NaiveDate) -> String {
    let iso = |x: NaiveDate| x.format("%Y-%m-%d").to_string();
    match (style, d.granularity) {
        (DateStyle::Iso, Granularity::Day) => iso(d.start),
        (DateStyle::Iso, Granularity::Time) => match clock_time(&d.value) {
            Some((h, m)) => format!("{} {h:02}:{m:02}", iso(d.start)),
            None => format!("{} ({})", iso(d.start), part_of_day(&d.value)),
        },
        (DateStyle::Iso, Granularity::Week) => format!("week of {}", iso(d.start)),
        (DateStyle::Iso, Granularity::Weekend) => format!("weekend of {}", iso(d.start)),
        (DateStyle::Iso, Granularity::Month) => d.start.format("%Y-%m").to_string(),
        (DateStyle::Iso, Granularity::Year) => d.start.year().to_string(),
        (DateStyle::Iso, _) => format!("{} to {}", iso(d.start), iso(d.end)),
        (DateStyle::Ap, Granularity::Day) => ap_day(d.start, today),
        (DateStyle::Ap, Granularity::Time) => match clock_time(&d.value) {
            Some((h, m)) => format!("{}, {}", ap_day(d.start, today), ap_time(h, m)),
            None => format!("{}, {}", ap_day(d.start, today), part_of_day(&d.value)),
        },
        (DateStyle::Ap, Granularity::Week) => format!("week of {}", ap_day(d.start, today)),
        (DateStyle::Ap, Granularity::Weekend) => {
            format!("weekend of {}", ap_day(d.start, today))
        }
        (DateStyle::Ap, Granularity::Month) => {
            let m = MONTHS[d.start.month0() as usize];
            if d.start.year() == today.year() {
                m.to_string()
            } else {
                format!("{m} {}", d.start.year())
            }
        }
        (DateStyle::Ap, Granularity::Year) => d.start.year().to_string(),
        (DateStyle::Ap, _) => format!("{} to {}", ap_day(d.start, today), ap_day(d.end, today)),
    }
}

fn part_of_day(value: &str) -> &'static str {
    match value.get(10..) {
        Some("TMO") => "morning",
        Some("TAF") => "afternoon",
        Some("TEV") => "evening",
        Some("TNI") => "night",
        _ => "time not given",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ev(value: &str, start: NaiveDate, end: NaiveDate, g: Granularity) -> EventDate {
        crate::daily::test_event_date(value, start, end, g, "")
    }

    #[test]
    fn ap_style_days() {
        let today = day(2025, 4, 17);
        assert_eq!(ap_day(day(2025, 4, 17), today), "Thursday, April 17");
        assert_eq!(ap_day(day(2025, 9, 5), today), "Sept. 5");
        assert_eq!(ap_day(day(2024, 8, 1), today), "Aug. 1, 2024");
        assert_eq!(ap_day(day(2025, 3, 3), today), "March 3");
        assert_eq!(heading(today, DateStyle::Ap), "Thursday, April 17, 2025");
        assert_eq!(heading(today, DateStyle::Iso), "2025-04-17 (Thursday)");
    }

    #[test]
    fn times_and_coarse_dates() {
        let today = day(2025, 4, 17);
        let d = day(2025, 4, 19);
        let t = ev("2025-04-19T15:30", d, d, Granularity::Time);
        assert_eq!(
            when(&t, DateStyle::Ap, today),
            "Saturday, April 19, 3:30 p.m."
        );
        assert_eq!(when(&t, DateStyle::Iso, today), "2025-04-19 15:30");
        let noon = ev("2025-04-19T12:00", d, d, Granularity::Time);
        assert_eq!(
            when(&noon, DateStyle::Ap, today),
            "Saturday, April 19, noon"
        );
        let m = ev(
            "2025-03",
            day(2025, 3, 1),
            day(2025, 3, 31),
            Granularity::Month,
        );
        assert_eq!(when(&m, DateStyle::Ap, today), "March");
        assert_eq!(when(&m, DateStyle::Iso, today), "2025-03");
        let w = ev(
            "2025-W17",
            day(2025, 4, 21),
            day(2025, 4, 27),
            Granularity::Week,
        );
        assert_eq!(when(&w, DateStyle::Iso, today), "week of 2025-04-21");
        assert_eq!(when(&w, DateStyle::Ap, today), "week of Monday, April 21");
        assert_eq!(clock_time("2025-04-19TEV"), None);
        assert_eq!(clock_time("2025-04-19T09"), Some((9, 0)));
        let mid = ev("2025-04-17T24:00", today, today, Granularity::Time);
        assert_eq!(
            when(&mid, DateStyle::Ap, today),
            "Thursday, April 17, midnight"
        );
        assert_eq!(when(&mid, DateStyle::Iso, today), "2025-04-17 24:00");
        assert_eq!(clock_time("2025-04-17T24:30"), None);
    }
}
