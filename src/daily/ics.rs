//! What comes next as an iCalendar file (RFC 5545).
//!
//! - A day is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the next day).
//! - A known clock time is a timed event: in UTC when a time zone is given
//!   (`--tz`), else a floating local time. A part of the day ("Saturday
//!   evening") stays all-day.
//! - A week, weekend, month or any coarser item is an all-day span from its
//!   first day to the day after its last.
//! - `UID` is a hash of the event's date value and its stemmed content words,
//!   so re-running the brief (or re-importing the file) updates entries
//!   instead of duplicating them; two events with the same UID are written once.
//! - RFC 5545 requires `DTSTAMP`. To keep the file byte-identical across runs
//!   it is derived from the brief's date (midnight UTC), never from the clock,
//!   unless the caller passes a time stamp ([`IcsOptions::dtstamp`]).
//!
//! Lines end in CRLF and are folded at 75 octets without splitting a character.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::{dates, text, Daily, Upcoming};
use crate::timeline::Granularity;

/// Options for [`calendar`].
#[derive(Debug, Clone, Default)]
pub struct IcsOptions {
    /// Time zone of clock times in the articles.
    pub tz: Option<chrono_tz::Tz>,
    /// `DTSTAMP` for every event; `None`: the brief's date at 00:00 UTC.
    pub dtstamp: Option<DateTime<Utc>>,
}

/// 64-bit FNV-1a from a given offset basis.
fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    let mut h = basis;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The stable UID of an upcoming event.
pub fn uid(e: &Upcoming) -> String {
    let key = format!(
        "{}\u{1f}{}",
        e.event.date.value,
        text::stem_set(&e.event.text).join(" ")
    );
    format!(
        "{:016x}{:016x}@dateline",
        fnv1a(key.as_bytes(), 0xcbf2_9ce4_8422_2325),
        fnv1a(key.as_bytes(), 0x84222325cbf29ce4)
    )
}

/// Escape a TEXT value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Append one content line, folded at 75 octets, with CRLF.
fn line(out: &mut String, l: &str) {
    let mut width = 0;
    for c in l.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The iCalendar file of the brief's upcoming events.
pub fn calendar(daily: &Daily, opts: &IcsOptions) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//dateline//daily brief//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    let stamp = opts.dtstamp.unwrap_or_else(|| {
        Utc.from_utc_datetime(&daily.date.and_hms_opt(0, 0, 0).expect("midnight"))
    });
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut seen = BTreeSet::new();
    for u in &daily.upcoming {
        let id = uid(u);
        if !seen.insert(id.clone()) {
            continue;
        }
        let d = &u.event.date;
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{id}"));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        let clock = match d.granularity {
            Granularity::Time => dates::clock_time(&d.value),
            _ => None,
        };
        match clock {
            Some((h, m)) => {
                // 24:00 is 00:00 of the next day
                let (day, h) = if h == 24 {
                    (d.start.succ_opt().unwrap_or(d.start), 0)
                } else {
                    (d.start, h)
                };
                let local = day.and_hms_opt(h, m, 0).unwrap_or_default();
                let utc = opts
                    .tz
                    .and_then(|tz| tz.from_local_datetime(&local).earliest())
                    .map(|t| t.with_timezone(&Utc));
                match utc {
                    Some(t) => line(&mut out, &format!("DTSTART:{}", t.format("%Y%m%dT%H%M%SZ"))),
                    None => line(
                        &mut out,
                        &format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")),
                    ),
                }
            }
            None => {
                let end = d.end.max(d.start).succ_opt().unwrap_or(d.end);
                line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(d.start)));
                line(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
            }
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&u.event.text)));
        let words: Vec<String> = u
            .event
            .date
            .mentions
            .iter()
            .map(|m| format!("\"{}\"", m.words))
            .collect();
        let desc = format!(
            "Story {}: {}\n{} ({})\nSources: {}",
            u.story,
            u.headline,
            words.join(", "),
            u.event.date.value,
            u.event.sources.join(", ")
        );
        line(&mut out, &format!("DESCRIPTION:{}", escape(&desc)));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(100));
        line(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    fn daily_with(value: &str, g: Granularity, start: &str, end: &str) -> Daily {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let event = super::super::MergedEvent {
            date: super::super::test_event_date(value, d(start), d(end), g, "tonight"),
            when: String::new(),
            text: "The vote closes; results follow.".into(),
            sources: vec!["AP".into()],
            origins: vec!["a.txt".into()],
        };
        Daily {
            date: d("2025-04-17"),
            heading: String::new(),
            articles: 1,
            sources: vec!["AP".into()],
            stories: vec![],
            upcoming: vec![Upcoming {
                story: 1,
                headline: "Vote".into(),
                event,
            }],
            skipped: vec![],
        }
    }

    #[test]
    fn event_kinds() {
        let midnight = calendar(
            &daily_with(
                "2025-04-18T24:00",
                Granularity::Time,
                "2025-04-18",
                "2025-04-18",
            ),
            &IcsOptions::default(),
        );
        assert!(
            midnight.contains("\r\nDTSTART:20250419T000000\r\n"),
            "{midnight}"
        );
        assert!(!midnight.contains("DTEND"));
        let paris = calendar(
            &daily_with(
                "2025-04-18T20:30",
                Granularity::Time,
                "2025-04-18",
                "2025-04-18",
            ),
            &IcsOptions {
                tz: Some(chrono_tz::Europe::Paris),
                dtstamp: None,
            },
        );
        assert!(
            paris.contains("\r\nDTSTART:20250418T183000Z\r\n"),
            "{paris}"
        );
        let evening = calendar(
            &daily_with(
                "2025-04-18TEV",
                Granularity::PartOfDay,
                "2025-04-18",
                "2025-04-18",
            ),
            &IcsOptions::default(),
        );
        assert!(evening.contains("DTSTART;VALUE=DATE:20250418\r\nDTEND;VALUE=DATE:20250419"));
        let week = calendar(
            &daily_with("2025-W17", Granularity::Week, "2025-04-21", "2025-04-27"),
            &IcsOptions::default(),
        );
        assert!(week.contains("DTSTART;VALUE=DATE:20250421\r\nDTEND;VALUE=DATE:20250428"));
        assert!(week.contains("SUMMARY:The vote closes\\; results follow."));
        assert!(week.contains("DTSTAMP:20250417T000000Z"));
        // the UID depends on the event, not on the run
        assert_eq!(
            uid(&daily_with("2025-W17", Granularity::Week, "2025-04-21", "2025-04-27").upcoming[0]),
            uid(&daily_with("2025-W17", Granularity::Week, "2025-04-21", "2025-04-27").upcoming[0])
        );
        assert_ne!(
            uid(&daily_with("2025-W17", Granularity::Week, "2025-04-21", "2025-04-27").upcoming[0]),
            uid(&daily_with("2025-W18", Granularity::Week, "2025-04-28", "2025-05-04").upcoming[0])
        );
    }

    #[test]
    fn text_escapes() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
