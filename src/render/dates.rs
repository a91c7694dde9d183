//! Date labels for people: the same calendar value written in one of three
//! styles.
//!
//! | value | `Readable` (default) | `Iso` | `Ap` (DCT 2025-04-17) |
//! |---|---|---|---|
//! | `2025-04-12` | Sat, Apr 12, 2025 | 2025-04-12 | Saturday, April 12 |
//! | `2025-09-05` | Fri, Sep 5, 2025 | 2025-09-05 | Sept. 5 |
//! | `2024-08-01` | Thu, Aug 1, 2024 | 2024-08-01 | Aug. 1, 2024 |
//! | `2025-04-17T15:15` | Thu, Apr 17, 2025, 15:15 | 2025-04-17 15:15 | 3:15 p.m. Thursday, April 17 |
//! | `2025-04-17T24:00`, `2025-04-18T00:00` | Thu, Apr 17, 2025, midnight | 2025-04-17 24:00, 2025-04-18 00:00 | midnight Thursday, April 17 |
//! | `2025-04-17TEV` | Thu, Apr 17, 2025 (evening) | 2025-04-17 (evening) | Thursday evening, April 17 |
//! | `2025-W17` | week of Apr 21, 2025 | week of 2025-04-21 | week of April 21 |
//! | `2025-W15-WE` | weekend of Apr 12, 2025 | weekend of 2025-04-12 | weekend of April 12 |
//! | `2025-03` | March 2025 | 2025-03 | March |
//! | `2025-SP` | spring 2025 | spring 2025 | spring |
//! | `2025-Q1` | Q1 2025 | 2025-Q1 | first quarter |
//! | `2025-H1` | H1 2025 | 2025-H1 | first half |
//! | `2018` | 2018 | 2018 | 2018 |
//! | `199` | the 1990s | 1990s | the 1990s |
//! | `19` | the 20th century | 20th century | the 20th century |
//!
//! AP style follows the Associated Press Stylebook as US newsrooms write
//! dates: months with a date are abbreviated as Jan., Feb., Aug., Sept.,
//! Oct., Nov., Dec. (March to July are always spelled out), the year is left
//! out for dates in the DCT's year, the day of the week is given for dates
//! within seven days of the DCT ("Thursday, April 17") and left out
//! otherwise ("Sept. 5"), times are written "3:15 p.m.", "10 a.m.", "noon",
//! "midnight".
//!
//! A TIMEX3 `mod` is written into the label: "early March 2025",
//! "mid-March 2025", "late 2018", "start of week of Apr 21, 2025",
//! "about 2018", "before March 2025"; in ISO style after the value,
//! "2025-03 (mid)", so that it cannot read as a range.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use crate::timeline::{calendar_value, CalendarValue, Granularity, Season, END_OF_DAY};

/// How dates are written in a briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// "Sat, Apr 12, 2025", "week of Apr 21, 2025", "March 2025".
    #[default]
    Readable,
    /// "2025-04-12", "week of 2025-04-21", "2025-03".
    Iso,
    /// Associated Press style: "Thursday, April 17", "Sept. 5", "Aug. 1, 2024".
    Ap,
}

/// The English month names, January first: the one table of them in the
/// crate (ingest's date reader and the daily heading use it too).
pub(crate) const MONTHS: [&str; 12] = [
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

const MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// AP abbreviations for months used with a date.
const MONTHS_AP: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

/// The English weekday name ("Monday"), for every module that writes one.
pub(crate) fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn weekday_short(w: Weekday) -> &'static str {
    &weekday_name(w)[..3]
}

fn month_index(d: NaiveDate) -> usize {
    d.month0() as usize
}

/// "1st", "2nd", "3rd", "11th", "20th", "21st".
fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn nth_word(n: i32) -> &'static str {
    match n {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => "fourth",
    }
}

impl DateStyle {
    /// Parse a style name: `readable`, `iso` or `ap`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "readable" => Some(DateStyle::Readable),
            "iso" => Some(DateStyle::Iso),
            "ap" => Some(DateStyle::Ap),
            _ => None,
        }
    }

    /// The style's name as [`DateStyle::parse`] reads it.
    pub fn as_str(self) -> &'static str {
        match self {
            DateStyle::Readable => "readable",
            DateStyle::Iso => "iso",
            DateStyle::Ap => "ap",
        }
    }

    /// A day: "Sat, Apr 12, 2025", "2025-04-12", or in AP style "Saturday,
    /// April 12" (within a week of the DCT), "Sept. 5" (same year),
    /// "Aug. 1, 2024" (another year).
    pub fn day(self, d: NaiveDate, dct: NaiveDate) -> String {
        match self {
            DateStyle::Readable => format!(
                "{}, {} {}, {}",
                weekday_short(d.weekday()),
                MONTHS_SHORT[month_index(d)],
                d.day(),
                d.year()
            ),
            DateStyle::Iso => d.format("%Y-%m-%d").to_string(),
            DateStyle::Ap => {
                if (d - dct).num_days().abs() <= 7 {
                    format!(
                        "{}, {}",
                        weekday_name(d.weekday()),
                        Self::ap_month_day(d, d.year() != dct.year())
                    )
                } else {
                    Self::ap_month_day(d, d.year() != dct.year())
                }
            }
        }
    }

    /// AP month and day, with the year when asked: "Sept. 5", "April 17",
    /// "Aug. 1, 2024".
    pub fn ap_month_day(d: NaiveDate, with_year: bool) -> String {
        let md = format!("{} {}", MONTHS_AP[month_index(d)], d.day());
        if with_year {
            format!("{md}, {}", d.year())
        } else {
            md
        }
    }

    /// A clock time: "15:15" (readable, ISO), "3:15 p.m." (AP).
    ///
    /// 23:59:59 is how [`crate::timeline::calendar_value`] reads the TIMEX3
    /// end of day `T24:00`, and is written "midnight" ("24:00" in ISO
    /// style): "Sun, Feb 6, 2011, midnight" is the midnight that ends
    /// that Sunday, as a newsroom says it.
    pub fn time(self, t: NaiveTime) -> String {
        let end_of_day = t == END_OF_DAY;
        match self {
            DateStyle::Iso if end_of_day => "24:00".to_string(),
            DateStyle::Readable | DateStyle::Ap if end_of_day => "midnight".to_string(),
            DateStyle::Readable | DateStyle::Iso => t.format("%H:%M").to_string(),
            DateStyle::Ap => {
                let (h, m) = (t.hour(), t.minute());
                match (h, m) {
                    (0, 0) => "midnight".to_string(),
                    (12, 0) => "noon".to_string(),
                    _ => {
                        let suffix = if h < 12 { "a.m." } else { "p.m." };
                        let h12 = match h % 12 {
                            0 => 12,
                            x => x,
                        };
                        if m == 0 {
                            format!("{h12} {suffix}")
                        } else {
                            format!("{h12}:{m:02} {suffix}")
                        }
                    }
                }
            }
        }
    }

    /// A month with its year: "March 2025", "2025-03", AP "March" (DCT's
    /// year) or "March 2024".
    fn month(self, d: NaiveDate, dct: NaiveDate) -> String {
        match self {
            DateStyle::Readable => format!("{} {}", MONTHS[month_index(d)], d.year()),
            DateStyle::Iso => d.format("%Y-%m").to_string(),
            DateStyle::Ap if d.year() == dct.year() => MONTHS[month_index(d)].to_string(),
            DateStyle::Ap => format!("{} {}", MONTHS[month_index(d)], d.year()),
        }
    }

    /// The first day of a week or weekend, as "of ..." takes it.
    fn of_day(self, d: NaiveDate, dct: NaiveDate) -> String {
        match self {
            DateStyle::Readable => {
                format!("{} {}, {}", MONTHS_SHORT[month_index(d)], d.day(), d.year())
            }
            DateStyle::Iso => d.format("%Y-%m-%d").to_string(),
            DateStyle::Ap => Self::ap_month_day(d, d.year() != dct.year()),
        }
    }

    /// Label a TIMEX3 value; `None` when the value is not on the calendar.
    pub fn value_label(
        self,
        value: &str,
        modifier: Option<&str>,
        dct: NaiveDate,
    ) -> Option<String> {
        calendar_value(value).map(|cv| self.label(&cv, modifier, dct))
    }

    /// Label a calendar value, with its TIMEX3 `mod` if any. `dct` decides
    /// what AP style leaves out (the year, the weekday).
    pub fn label(self, cv: &CalendarValue, modifier: Option<&str>, dct: NaiveDate) -> String {
        let base = self.bare_label(cv, dct);
        // an ISO value takes its mod after it: "2022-04 (mid)", not
        // "mid-2022-04", which reads like a range
        let g = match self {
            DateStyle::Iso => Granularity::Day,
            _ => cv.granularity,
        };
        apply_mod(base, g, modifier)
    }

    fn bare_label(self, cv: &CalendarValue, dct: NaiveDate) -> String {
        let d = cv.start;
        match cv.granularity {
            Granularity::Day => self.day(d, dct),
            Granularity::Time => {
                let t = cv.time.unwrap_or(NaiveTime::MIN);
                // a midnight written as the start of a day (`T00:00`) is
                // said as the one that ends the day before, "Tue, Apr 15,
                // 2025, midnight", "midnight Tuesday, April 15" (the
                // newsroom's "midnight Tuesday"); ISO keeps "00:00"
                let (d, t) = match (self, cv.midnight_before()) {
                    (DateStyle::Readable | DateStyle::Ap, Some(before)) => (before, END_OF_DAY),
                    _ => (d, t),
                };
                match self {
                    DateStyle::Readable => format!("{}, {}", self.day(d, dct), self.time(t)),
                    DateStyle::Iso => format!("{} {}", self.day(d, dct), self.time(t)),
                    DateStyle::Ap => format!("{} {}", self.time(t), self.day(d, dct)),
                }
            }
            Granularity::PartOfDay => {
                let part = cv.part_of_day.map(|p| p.word()).unwrap_or("day");
                match self {
                    DateStyle::Readable => format!("{} ({part})", self.day(d, dct)),
                    DateStyle::Iso => format!("{} ({part})", self.day(d, dct)),
                    DateStyle::Ap => {
                        if (d - dct).num_days().abs() <= 7 {
                            format!(
                                "{} {part}, {}",
                                weekday_name(d.weekday()),
                                Self::ap_month_day(d, d.year() != dct.year())
                            )
                        } else {
                            format!("{part} of {}", self.day(d, dct))
                        }
                    }
                }
            }
            Granularity::Week => format!("week of {}", self.of_day(d, dct)),
            Granularity::Weekend => format!("weekend of {}", self.of_day(d, dct)),
            Granularity::Month => self.month(d, dct),
            Granularity::Season => {
                let s = cv.season.unwrap_or(Season::Spring);
                let y = d.year();
                let year = if s == Season::Winter {
                    format!("{y}-{:02}", (y + 1).rem_euclid(100))
                } else {
                    y.to_string()
                };
                match self {
                    DateStyle::Ap if y == dct.year() && s != Season::Winter => s.word().to_string(),
                    _ => format!("{} {year}", s.word()),
                }
            }
            Granularity::Quarter | Granularity::Half => {
                let letter = if cv.granularity == Granularity::Quarter {
                    'Q'
                } else {
                    'H'
                };
                let n = cv.number;
                match self {
                    DateStyle::Readable => format!("{letter}{n} {}", d.year()),
                    DateStyle::Iso => format!("{}-{letter}{n}", d.year()),
                    DateStyle::Ap => {
                        let what = if letter == 'Q' { "quarter" } else { "half" };
                        let s = format!("{} {what}", nth_word(n));
                        if d.year() == dct.year() {
                            s
                        } else {
                            format!("{s} of {}", d.year())
                        }
                    }
                }
            }
            Granularity::Year => d.year().to_string(),
            Granularity::Decade => match self {
                DateStyle::Iso => format!("{}s", d.year()),
                _ => format!("the {}s", d.year()),
            },
            Granularity::Century => {
                let c = ordinal(d.year() / 100 + 1);
                match self {
                    DateStyle::Iso => format!("{c} century"),
                    _ => format!("the {c} century"),
                }
            }
        }
    }
}

/// Write a TIMEX3 `mod` into a label.
fn apply_mod(base: String, g: Granularity, modifier: Option<&str>) -> String {
    let Some(m) = modifier else {
        return base;
    };
    let prefix = match m {
        "APPROX" => "about ",
        "BEFORE" => "before ",
        "AFTER" => "after ",
        "ON_OR_BEFORE" => "on or before ",
        "ON_OR_AFTER" => "on or after ",
        "LESS_THAN" | "EQUAL_OR_LESS" => "no later than ",
        "MORE_THAN" | "EQUAL_OR_MORE" => "no earlier than ",
        "START" | "MID" | "END" => {
            return match g {
                Granularity::Week | Granularity::Weekend => {
                    let w = match m {
                        "START" => "start",
                        "MID" => "middle",
                        _ => "end",
                    };
                    format!("{w} of {base}")
                }
                Granularity::Day | Granularity::Time | Granularity::PartOfDay => {
                    let w = match m {
                        "START" => "early",
                        "MID" => "mid",
                        _ => "late",
                    };
                    format!("{base} ({w})")
                }
                _ => {
                    let base = base.strip_prefix("the ").unwrap_or(&base).to_string();
                    match m {
                        "START" => format!("early {base}"),
                        "MID" => format!("mid-{base}"),
                        _ => format!("late {base}"),
                    }
                }
            };
        }
        _ => "",
    };
    format!("{prefix}{base}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn all(value: &str) -> [String; 3] {
        let dct = d("2025-04-17");
        [DateStyle::Readable, DateStyle::Iso, DateStyle::Ap].map(|s| {
            s.value_label(value, None, dct)
                .unwrap_or_else(|| "-".into())
        })
    }

    #[test]
    fn table_in_module_docs() {
        let cases: &[(&str, [&str; 3])] = &[
            (
                "2025-04-12",
                ["Sat, Apr 12, 2025", "2025-04-12", "Saturday, April 12"],
            ),
            ("2025-09-05", ["Fri, Sep 5, 2025", "2025-09-05", "Sept. 5"]),
            (
                "2024-08-01",
                ["Thu, Aug 1, 2024", "2024-08-01", "Aug. 1, 2024"],
            ),
            (
                "2025-04-17T15:15",
                [
                    "Thu, Apr 17, 2025, 15:15",
                    "2025-04-17 15:15",
                    "3:15 p.m. Thursday, April 17",
                ],
            ),
            (
                "2025-04-17TEV",
                [
                    "Thu, Apr 17, 2025 (evening)",
                    "2025-04-17 (evening)",
                    "Thursday evening, April 17",
                ],
            ),
            (
                "2025-W17",
                [
                    "week of Apr 21, 2025",
                    "week of 2025-04-21",
                    "week of April 21",
                ],
            ),
            (
                "2025-W15-WE",
                [
                    "weekend of Apr 12, 2025",
                    "weekend of 2025-04-12",
                    "weekend of April 12",
                ],
            ),
            ("2025-03", ["March 2025", "2025-03", "March"]),
            ("2024-03", ["March 2024", "2024-03", "March 2024"]),
            ("2025-SP", ["spring 2025", "spring 2025", "spring"]),
            (
                "2025-WI",
                ["winter 2025-26", "winter 2025-26", "winter 2025-26"],
            ),
            ("2025-Q1", ["Q1 2025", "2025-Q1", "first quarter"]),
            ("2024-H2", ["H2 2024", "2024-H2", "second half of 2024"]),
            ("2018", ["2018", "2018", "2018"]),
            ("199", ["the 1990s", "1990s", "the 1990s"]),
            (
                "19",
                ["the 20th century", "20th century", "the 20th century"],
            ),
            ("PRESENT_REF", ["-", "-", "-"]),
        ];
        for (value, want) in cases {
            assert_eq!(all(value), want.map(String::from), "{value}");
        }
    }

    #[test]
    fn ap_examples_from_the_stylebook() {
        let dct = d("2025-04-17");
        assert_eq!(
            DateStyle::Ap.day(d("2025-04-17"), dct),
            "Thursday, April 17"
        );
        assert_eq!(DateStyle::Ap.day(d("2025-09-05"), dct), "Sept. 5");
        assert_eq!(DateStyle::Ap.day(d("2024-08-01"), dct), "Aug. 1, 2024");
        assert_eq!(DateStyle::Ap.day(d("2025-02-03"), dct), "Feb. 3");
        assert_eq!(DateStyle::Ap.day(d("2025-06-30"), dct), "June 30");
        // Within a week, across a year boundary: weekday and year.
        assert_eq!(
            DateStyle::Ap.day(d("2024-12-30"), d("2025-01-02")),
            "Monday, Dec. 30, 2024"
        );
    }

    #[test]
    fn ap_times() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(DateStyle::Ap.time(t(15, 15)), "3:15 p.m.");
        assert_eq!(DateStyle::Ap.time(t(10, 0)), "10 a.m.");
        assert_eq!(DateStyle::Ap.time(t(12, 0)), "noon");
        assert_eq!(DateStyle::Ap.time(t(0, 0)), "midnight");
        assert_eq!(DateStyle::Ap.time(t(0, 30)), "12:30 a.m.");
        assert_eq!(DateStyle::Ap.time(t(12, 5)), "12:05 p.m.");
        assert_eq!(DateStyle::Iso.time(t(9, 5)), "09:05");
        let end = NaiveTime::from_hms_opt(23, 59, 59).unwrap();
        assert_eq!(DateStyle::Readable.time(end), "midnight");
        assert_eq!(DateStyle::Iso.time(end), "24:00");
        assert_eq!(DateStyle::Ap.time(end), "midnight");
    }

    #[test]
    fn both_midnights_are_said_as_the_end_of_a_day() {
        let dct = d("2025-04-17");
        for v in ["2025-04-15T24:00", "2025-04-16T00:00"] {
            let l = |style: DateStyle| style.value_label(v, None, dct).unwrap();
            assert_eq!(l(DateStyle::Readable), "Tue, Apr 15, 2025, midnight", "{v}");
            assert_eq!(l(DateStyle::Ap), "midnight Tuesday, April 15", "{v}");
        }
        let iso = |v| DateStyle::Iso.value_label(v, None, dct).unwrap();
        assert_eq!(iso("2025-04-15T24:00"), "2025-04-15 24:00");
        assert_eq!(iso("2025-04-16T00:00"), "2025-04-16 00:00");
    }

    #[test]
    fn modifiers() {
        let dct = d("2025-04-17");
        let l = |v: &str, m: &str| DateStyle::Readable.value_label(v, Some(m), dct).unwrap();
        assert_eq!(l("2025-03", "START"), "early March 2025");
        assert_eq!(l("2025-03", "MID"), "mid-March 2025");
        assert_eq!(l("2018", "END"), "late 2018");
        assert_eq!(l("199", "END"), "late 1990s");
        assert_eq!(l("2025-W17", "START"), "start of week of Apr 21, 2025");
        assert_eq!(l("2025-04-17", "END"), "Thu, Apr 17, 2025 (late)");
        assert_eq!(l("2018", "APPROX"), "about 2018");
        assert_eq!(l("2018", "SOMETHING_ELSE"), "2018");
        // ISO values take the mod after them: "mid-2022-04" reads like a range
        let iso = |v: &str, m: &str| DateStyle::Iso.value_label(v, Some(m), dct).unwrap();
        assert_eq!(iso("2022-04", "MID"), "2022-04 (mid)");
        assert_eq!(iso("2025-01", "END"), "2025-01 (late)");
        assert_eq!(iso("2025-04-17", "START"), "2025-04-17 (early)");
    }

    #[test]
    fn parse_round_trips() {
        for s in [DateStyle::Readable, DateStyle::Iso, DateStyle::Ap] {
            assert_eq!(DateStyle::parse(s.as_str()), Some(s));
        }
        assert_eq!(DateStyle::parse("AP"), Some(DateStyle::Ap));
        assert_eq!(DateStyle::parse("fancy"), None);
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(2), "2nd");
    }
}

#[cfg(test)]
mod props {
    use super::*;

    proptest::proptest! {
        /// Every value shape, at the edges of the calendar, gets a label in
        /// every style without panicking.
        #[test]
        fn labels_never_panic(
            y in 0i32..=9999,
            m in 0u32..=13,
            dd in 0u32..=32,
            w in 0u32..=54,
            shape in 0usize..12,
            modifier in proptest::option::of("(START|MID|END|APPROX|BEFORE|XX)"),
            dct_days in -1_000_000i64..1_000_000,
        ) {
            let value = match shape {
                0 => format!("{y:04}-{m:02}-{dd:02}"),
                1 => format!("{y:04}-{m:02}-{dd:02}T{:02}:{:02}", dd % 25, w),
                2 => format!("{y:04}-{m:02}-{dd:02}TEV"),
                3 => format!("{y:04}-W{w:02}"),
                4 => format!("{y:04}-W{w:02}-WE"),
                5 => format!("{y:04}-{m:02}"),
                6 => format!("{y:04}-{}", ["SP", "SU", "FA", "WI"][(m % 4) as usize]),
                7 => format!("{y:04}-Q{}", m % 6),
                8 => format!("{y:04}-H{}", m % 4),
                9 => format!("{y:04}"),
                10 => format!("{:03}", y % 1000),
                _ => format!("{:02}", y % 100),
            };
            let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap()
                + chrono::Duration::days(dct_days);
            for style in [DateStyle::Readable, DateStyle::Iso, DateStyle::Ap] {
                if let Some(l) = style.value_label(&value, modifier.as_deref(), dct) {
                    proptest::prop_assert!(!l.is_empty());
                }
            }
        }
    }
}
