//! Datelines: the place/agency/date line that opens a news story, and
//! stand-alone date lines near the headline.
//!
//! Opening datelines ([`opening`]) start the first paragraph of the body and
//! stay in it. Recognized shapes (the place may carry a region and a date;
//! the dash is `-`, `--`, `–` or `—`):
//!
//! | example | rule |
//! |---|---|
//! | `PARIS, April 17 (Reuters) - ` | place, date, agency in parentheses, dash |
//! | `KYIV, Ukraine (AP) — ` | place, region, agency, dash |
//! | `WASHINGTON — ` | an all-capitals place and a dash |
//! | `SPRINGFIELD, Ill., Sept. 5, 2024 — ` | place, region, date with year, dash |
//! | `(CNN)` / `LONDON, England (CNN) -- ` | agency (place optional), dash optional |
//! | `NEW YORK, April 17, 2025 /PRNewswire/ -- ` | agency between slashes |
//!
//! Without an agency the place must be in capitals and the dash is required,
//! so an ordinary sentence ("Officials — who declined ...") is not a
//! dateline. The date in an opening dateline is a month and a day, with an
//! optional year: without a year it is only usable when another source gives
//! the year (see [`crate::ingest`]).
//!
//! Stand-alone date lines ([`standalone`]) are lines of at most 100 bytes
//! that are a timestamp and nothing else, with an optional label:
//! "Published April 17, 2025 3:15 p.m. ET", "April 17, 2025",
//! "Updated 10:02 AM EDT, Thu April 17, 2025", "2025-04-17". They are read by
//! [`super::metatime`]. A line that is an opening dateline and nothing else
//! ("WASHINGTON (AP) —") is a stand-alone dateline too.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use super::metatime::{self, month_number, Stamp, TimeError};
use chrono_tz::Tz;

/// The date a dateline gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatelineDate {
    /// A full date (and the moment, when a time of day was given).
    Full(Stamp),
    /// A month and day without a year.
    NoYear { month: u32, day: u32 },
}

/// An opening dateline at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// Byte length of the dateline, its dash and the spaces after it.
    pub len: usize,
    /// Byte length of the dateline without the dash and spaces after it.
    pub text_len: usize,
    pub place: Option<String>,
    pub agency: Option<String>,
    pub date: Option<DatelineDate>,
}

/// Whether a stand-alone date line is labelled as an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    /// "Published ...", "Posted ...", or no label.
    Published,
    /// "Updated ...", "Last modified ...".
    Updated,
}

/// A stand-alone date line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standalone {
    pub label: Label,
    pub date: Option<DatelineDate>,
    /// A labelled line whose date cannot be read ("Published Feb. 30,
    /// 2023"): why, for the error message if no other date is found.
    pub invalid: Option<String>,
}

/// Capital and all letters of the Latin script (a place in a dateline):
/// explicit ranges build much faster than the Unicode classes.
const UP: &str = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ";
const LE: &str = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž";

const MONTHS: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

fn opening_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = format!(r"(?P<month>{MONTHS})\.?[ \t]+(?P<day>[0-9]{{1,2}})(?:,?[ \t]+(?P<year>[0-9]{{4}}))?");
        let region = format!(r"[{UP}][{LE}.'’\- ]*?");
        let agency = r"(?:\((?P<agency>[^()\n]+)\)|/(?P<agency2>[^/\n]+)/)";
        let dash = r"(?P<dash>[ \t]*(?:--|—|–)|[ \t]+-)";
        let caps = format!(r"[{UP}][{UP}.'’\- ]*[{UP}]\.?");
        let place = format!(r"[{UP}][{LE}.'’\- ]*?");
        // 1: agency (place optional); 2: capitals place and a dash.
        let cdate = format!(r"(?P<cmonth>{MONTHS})\.?[ \t]+(?P<cday>[0-9]{{1,2}})(?:,?[ \t]+(?P<cyear>[0-9]{{4}}))?");
        let pattern = format!(
            r"(?-u:^)(?:(?:(?P<place>{place})(?:,[ \t]*(?P<region>{region}))?(?:,[ \t]*{date})?[ \t]*)?{agency}(?:{dash})?|(?P<cplace>{caps})(?:,[ \t]*(?P<cregion>{region}))?(?:,[ \t]*(?P<cdate>{cdate}))?{dash2})[ \t]*",
            dash2 = r"(?P<cdash>[ \t]*(?:--|—|–)|[ \t]+-)",
        );
        Regex::new(&pattern).expect("valid dateline pattern")
    })
}

/// The opening dateline of `paragraph`, if it has one.
pub fn opening(paragraph: &str) -> Option<Opening> {
    let c = opening_regex().captures(paragraph)?;
    let whole = c.get(0)?;
    let agency = c
        .name("agency")
        .or(c.name("agency2"))
        .map(|m| m.as_str().trim());
    // Bounded here rather than in the pattern: counted repetitions of
    // Unicode classes make the regex slow to build.
    let too_long = |name: &str, max: usize| {
        c.name(name)
            .is_some_and(|m| m.as_str().chars().count() > max)
    };
    if too_long("place", 40)
        || too_long("cplace", 40)
        || too_long("region", 30)
        || too_long("cregion", 30)
    {
        return None;
    }
    if let Some(a) = agency {
        let words = a.split_whitespace().count();
        if words == 0 || words > 4 || !a.chars().any(char::is_uppercase) || a.ends_with('.') {
            return None;
        }
    }
    let place = c
        .name("place")
        .or(c.name("cplace"))
        .map(|m| m.as_str().trim().to_string());
    let dash = c.name("dash").or(c.name("cdash"));
    // "Apple (AAPL) said": a place in ordinary case needs the dash.
    if let Some(p) = &place {
        if dash.is_none() && p.chars().any(char::is_lowercase) {
            return None;
        }
    }
    let (month, day, year) = match (c.name("month"), c.name("cmonth")) {
        (Some(m), _) => (Some(m), c.name("day"), c.name("year")),
        (None, Some(m)) => (Some(m), c.name("cday"), c.name("cyear")),
        _ => (None, None, None),
    };
    let date = match (month.and_then(|m| month_number(m.as_str())), day) {
        (Some(m), Some(d)) => {
            let d: u32 = d.as_str().parse().ok()?;
            match year {
                Some(y) => {
                    let y: i32 = y.as_str().parse().ok()?;
                    NaiveDate::from_ymd_opt(y, m, d).map(|date| {
                        DatelineDate::Full(Stamp {
                            date,
                            datetime: None,
                        })
                    })
                }
                None => NaiveDate::from_ymd_opt(2024, m, d)
                    .map(|_| DatelineDate::NoYear { month: m, day: d }),
            }
        }
        _ => None,
    };
    let text_len = match (dash, agency) {
        (Some(d), _) => d.start(),
        (None, _) => whole.as_str().trim_end().len(),
    };
    let text_len = paragraph[..text_len].trim_end().len();
    Some(Opening {
        len: whole.end(),
        text_len,
        place,
        agency: agency.map(str::to_string),
        date,
    })
}

fn label_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i)^\s*(?:last\s+)?(?:updated|modified)\b").expect("valid"))
}

fn published_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*(?:first\s+)?(?:published|posted)\b\s*:?\s*\S").expect("valid")
    })
}

/// `line` (trimmed) as a stand-alone date line, if it is one.
pub fn standalone(line: &str, tz: Option<Tz>) -> Option<Standalone> {
    let line = line.trim();
    if line.is_empty()
        || line.len() > 100
        || !line.contains(|c: char| c.is_ascii_digit()) && opening(line).is_none()
    {
        return None;
    }
    let label = if label_regex().is_match(line) {
        Label::Updated
    } else {
        Label::Published
    };
    match metatime::parse(line, tz) {
        Ok(stamp) => {
            return Some(Standalone {
                label,
                date: Some(DatelineDate::Full(stamp)),
                invalid: None,
            })
        }
        Err(TimeError::NoYear { month, day, .. }) => {
            return Some(Standalone {
                label,
                date: Some(DatelineDate::NoYear { month, day }),
                invalid: None,
            })
        }
        // "Published Feb. 30, 2023", "Published: sometime last week",
        // "Updated Feb. 30": a date line, but no date; kept so that the
        // error can say why. A sentence that opens with "Updated"
        // ("Updated at 4:15 p.m. Thursday with the revised schedule; crews
        // expect to finish Sunday") is body text: it must not vanish into
        // the header.
        Err(e)
            if published_regex().is_match(line)
                || (label == Label::Updated && matches!(e, TimeError::Invalid(_))) =>
        {
            return Some(Standalone {
                label,
                date: None,
                invalid: Some(e.to_string()),
            })
        }
        Err(_) => {}
    }
    let o = opening(line)?;
    (o.len == line.len()).then_some(Standalone {
        label: Label::Published,
        date: o.date,
        invalid: None,
    })
}
