//! The metadata-timestamp wrapper around dateparser: table-driven, including
//! the cases dateparser gets wrong on its own ("3:15 p.m.", zone names it
//! does not know, year-less dates), which the wrapper handles itself.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use dateline::ingest::metatime::{self, TimeError};

fn tz(name: &str) -> Option<Tz> {
    (!name.is_empty()).then(|| name.parse().unwrap())
}

/// (input, --tz or "", expected date, expected local time "HH:MM" and UTC
/// offset in hours, or "" when the stamp has no time)
#[rustfmt::skip]
const OK: &[(&str, &str, &str, &str)] = &[
    // plain dates
    ("2025-04-17", "", "2025-04-17", ""),
    ("April 17, 2025", "", "2025-04-17", ""),
    ("Apr. 17, 2025", "", "2025-04-17", ""),
    ("Sept. 5, 2024", "", "2024-09-05", ""),
    ("17 April 2025", "", "2025-04-17", ""),
    ("Thursday, April 17, 2025", "", "2025-04-17", ""),
    ("April 17th, 2025", "", "2025-04-17", ""),
    ("4/17/2025", "", "2025-04-17", ""),
    // a first number that cannot be a month puts the day first
    ("17/04/2025", "", "2025-04-17", ""),
    ("2025/04/17", "", "2025-04-17", ""),
    // a date without a time is its written date, whatever the zone
    ("April 17, 2025", "Asia/Tokyo", "2025-04-17", ""),
    // "3:15 p.m." (dateparser alone reads 03:15)
    ("April 17, 2025 3:15 p.m.", "", "2025-04-17", "15:15+0"),
    ("April 17, 2025 3:15 a.m.", "", "2025-04-17", "03:15+0"),
    ("April 17, 2025 12:05 a.m.", "", "2025-04-17", "00:05+0"),
    ("April 17, 2025 12:30 p.m.", "", "2025-04-17", "12:30+0"),
    ("April 17, 2025 at 3 PM", "", "2025-04-17", "15:00+0"),
    ("April 17, 2025 3:15pm", "", "2025-04-17", "15:15+0"),
    ("April 17, 2025 15:15", "", "2025-04-17", "15:15+0"),
    // zone names dateparser does not know (it reads them as UTC)
    ("Published April 17, 2025 3:15 p.m. ET", "", "2025-04-17", "15:15-4"),
    ("Published April 17, 2025 11:30 p.m. ET", "", "2025-04-17", "23:30-4"),
    ("January 17, 2025 11:30 p.m. ET", "", "2025-01-17", "23:30-5"),
    ("Updated 10:02 AM EDT, Thu April 17, 2025", "", "2025-04-17", "10:02-4"),
    ("April 17, 2025 9:00 BST", "", "2025-04-17", "09:00+1"),
    ("April 17, 2025 9:00 CEST", "", "2025-04-17", "09:00+2"),
    ("April 17, 2025 9:00 a.m. (IST)", "", "2025-04-17", "09:00+5.5"),
    ("April 17, 2025 9:00 America/Chicago", "", "2025-04-17", "09:00-5"),
    ("April 17, 2025 9:00 +02:00", "", "2025-04-17", "09:00+2"),
    ("April 17, 2025 9:00 GMT+3", "", "2025-04-17", "09:00+3"),
    // the date is the date in the article's zone: a zone the stamp names
    // (other than UTC) is the writer's and wins; --tz reads the rest
    ("Published April 17, 2025 11:30 p.m. ET", "Europe/Paris", "2025-04-17", "23:30-4"),
    ("Published April 17, 2025 9:30 p.m. GMT", "Europe/Paris", "2025-04-17", "23:30+2"),
    ("Published April 17, 2025 10:30 p.m. GMT", "Europe/Paris", "2025-04-18", "00:30+2"),
    ("April 17, 2025 11:30 p.m.", "America/New_York", "2025-04-17", "23:30-4"),
    // RFC 3339 / RFC 2822 keep their offset
    ("2025-04-17T23:30:00-04:00", "", "2025-04-17", "23:30-4"),
    ("2025-04-17T23:30:00-04:00", "UTC", "2025-04-17", "23:30-4"),
    ("2025-04-18T03:30:00Z", "America/New_York", "2025-04-17", "23:30-4"),
    ("Thu, 17 Apr 2025 23:30:00 -0400", "", "2025-04-17", "23:30-4"),
    ("2025-04-17T15:15:00", "Europe/London", "2025-04-17", "15:15+1"),
    ("2025-04-17 15:15", "", "2025-04-17", "15:15+0"),
    // ISO 8601 forms RFC 3339 refuses: basic offset, no seconds, a zone
    // abbreviation after the T form
    ("2025-04-17T23:15:00-0400", "", "2025-04-17", "23:15-4"),
    ("2025-04-17T23:15:00-0400", "UTC", "2025-04-17", "23:15-4"),
    ("2025-04-17T15:15Z", "", "2025-04-17", "15:15+0"),
    ("2025-04-17T15:15:00+0200", "", "2025-04-17", "15:15+2"),
    ("2025-04-17T15:15:00 EDT", "", "2025-04-17", "15:15-4"),
    // an ISO 8601 basic date, as a CMS may write it
    ("20250417", "", "2025-04-17", ""),
    // Unix timestamps (seconds, milliseconds)
    ("1744903800", "", "2025-04-17", "15:30+0"),
    ("1744903800000", "", "2025-04-17", "15:30+0"),
];

#[test]
fn readable_timestamps() {
    let mut failures = Vec::new();
    for &(input, zone, date, time) in OK {
        let got = metatime::parse(input, tz(zone));
        let want_date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let ok = match &got {
            Ok(s) if s.date == want_date => match (time, s.datetime) {
                ("", None) => true,
                (t, Some(dt)) if !t.is_empty() => {
                    let (hm, off) = t.split_at(5);
                    let off: f64 = off.parse().unwrap();
                    dt.time() == NaiveTime::parse_from_str(hm, "%H:%M").unwrap()
                        && dt.offset().local_minus_utc() == (off * 3600.0) as i32
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{input:?} (tz {zone:?}): want {date} {time}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn year_less_dates_are_not_guessed() {
    for (input, month, day) in [
        ("April 17", 4, 17),
        ("Thu April 17 3:15 p.m. ET", 4, 17),
        ("Published Sept. 5", 9, 5),
        ("17 April", 4, 17),
    ] {
        match metatime::parse(input, None) {
            Err(TimeError::NoYear {
                month: m, day: d, ..
            }) => {
                assert_eq!((m, d), (month, day), "{input}")
            }
            other => panic!("{input:?}: expected NoYear, got {other:?}"),
        }
    }
}

#[test]
fn not_dates() {
    for input in [
        "",
        "   ",
        "yesterday",
        "3:15 p.m.",
        "2025-04",
        "April 2025",
        "2025",
        "Talks resume in Paris",
        "April 31, 2025",
        "13:75 April 17, 2025",
        "17/04/2025x",
        "April 17, 2025 and May 3, 2025",
        "in April 17 2025 news",
        "2025-02-30",
        "2025-04-17T25:00:00Z",
        "2025-04-17Tfoo",
    ] {
        assert!(
            matches!(
                metatime::parse(input, None),
                Err(TimeError::Invalid(_) | TimeError::Words(_))
            ),
            "{input:?} should not read as a date: {:?}",
            metatime::parse(input, None)
        );
    }
}

#[test]
fn a_broken_iso_date_says_so() {
    for input in ["2025-02-30", "2025-04-17T25:00:00Z", "2025-13-01T10:00"] {
        let e = metatime::parse(input, None).unwrap_err().to_string();
        assert!(e.contains("not a valid ISO 8601"), "{input}: {e}");
    }
}

#[test]
fn recent_year_is_on_or_before_the_reference() {
    let r = NaiveDate::from_ymd_opt(2025, 1, 3).unwrap();
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(metatime::recent_year(12, 30, r), d(2024, 12, 30));
    assert_eq!(
        metatime::recent_year(1, 8, r),
        d(2025, 1, 8),
        "a few days after is allowed"
    );
    assert_eq!(metatime::recent_year(4, 17, r), d(2024, 4, 17));
    assert_eq!(metatime::recent_year(2, 29, r), d(2024, 2, 29));
    assert_eq!(metatime::recent_year(2, 29, d(2026, 1, 3).unwrap()), None);
}

/// The crate calls dateparser only through the wrapper, and the wrapper only
/// through `parse_with` (explicit zone and default time; never the clock's
/// local zone).
#[test]
fn dateparser_is_only_called_through_the_wrapper() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(!files.is_empty());
    for f in files {
        // code only: comments may name the functions that must not be called
        let src: String = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let uses = src.contains("dateparser::") || src.contains("use dateparser");
        let is_wrapper = f.ends_with("ingest/metatime.rs");
        assert!(
            !uses || is_wrapper,
            "{} calls dateparser outside the wrapper",
            f.display()
        );
        if is_wrapper {
            let calls: Vec<&str> = src
                .match_indices("dateparser::")
                .map(|(i, _)| &src[i..])
                .collect();
            assert!(!calls.is_empty());
            for c in calls {
                assert!(
                    c.starts_with("dateparser::parse_with("),
                    "the wrapper must only call dateparser::parse_with: {}",
                    &c[..40.min(c.len())]
                );
            }
        }
    }
}
