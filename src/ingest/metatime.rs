//! Timestamps from metadata and stand-alone dateline lines, read without the
//! clock.
//!
//! This is the only place that calls the `dateparser` crate, and it always
//! calls [`dateparser::parse_with`] with an explicit zone and default time:
//! never `dateparser::parse` (the machine's local zone) and never on a string
//! that lacks a year, a month or a day (dateparser fills those from the
//! clock). Before dateparser sees a string, this wrapper handles what it gets
//! wrong:
//!
//! * "3:15 p.m." (dateparser reads 03:15): the time of day is read here, with
//!   or without dots ("3:15 p.m.", "3:15pm", "3 PM", "15:15"), and passed as
//!   the default time;
//! * zone names dateparser does not know ("ET", "BST", "CEST" come back as
//!   UTC): the zone is read here (see [`zone_by_abbreviation`] for the table;
//!   also IANA names such as "America/New_York" and offsets such as "+02:00"
//!   or "GMT+2") and passed as the zone;
//! * year-less dates ("April 17", "Thu April 17 3:15 p.m."): dateparser would
//!   take the year from the clock; here they are [`TimeError::NoYear`], and the
//!   caller decides whether another source gives the year;
//! * labels and weekday names ("Published", "Updated:", "Thu,"), ordinals
//!   ("17th"), AP month abbreviations ("Sept.") are removed or normalized.
//!
//! RFC 3339 and RFC 2822 timestamps are read with chrono first, so that their
//! offset is kept; an all-digit string of 10 or 13 digits is a Unix timestamp
//! (seconds or milliseconds).
//!
//! # The date of a timestamp
//!
//! [`Stamp::date`] is the calendar date in the article's zone: a zone or
//! offset the timestamp names itself, other than UTC ("11:30 p.m. ET",
//! "-04:00": the writer's, against which "tomorrow" was written); else the
//! zone given by the caller (`--tz`), which also reads a machine's UTC
//! stamp ("Z", "GMT"); else UTC. A timestamp without a time of day gives its
//! written date, whatever the zone.

use std::sync::OnceLock;

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;
use regex::Regex;

/// A timestamp read from metadata or a dateline line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The calendar date in the article's zone (see the module docs).
    pub date: NaiveDate,
    /// The moment, in the article's zone, when the timestamp has a time of day.
    pub datetime: Option<DateTime<FixedOffset>>,
}

/// Why a string is not a usable timestamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    /// A month and day without a year ("April 17"): the caller may know the year.
    NoYear {
        month: u32,
        day: u32,
        time: Option<NaiveTime>,
    },
    /// Not a date (the reason says why).
    Invalid(String),
    /// Not a date: words that no date has ("Updated at 4:15 p.m. with the
    /// new schedule"): a sentence, not a date line.
    Words(String),
}

impl std::fmt::Display for TimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TimeError::NoYear { .. } => write!(f, "the date has no year"),
            TimeError::Invalid(r) | TimeError::Words(r) => write!(f, "{r}"),
        }
    }
}

/// A zone named in a timestamp.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone {
    Named(Tz),
    Fixed(FixedOffset),
}

/// The IANA zone for a zone abbreviation used in news timestamps.
/// Ambiguous ones are resolved for English-language news: "IST" is India,
/// "CST"/"CT" US Central, "BST" British Summer Time. Generic US names ("ET")
/// and their standard/daylight forms ("EST", "EDT") map to the same city
/// zone, so the date is right on either side of a change of clocks.
pub fn zone_by_abbreviation(abbr: &str) -> Option<Tz> {
    use chrono_tz::{America, Asia, Australia, Europe};
    Some(match abbr {
        "UTC" | "UT" | "GMT" | "Z" => Tz::UTC,
        "ET" | "EST" | "EDT" => America::New_York,
        "CT" | "CST" | "CDT" => America::Chicago,
        "MT" | "MST" | "MDT" => America::Denver,
        "PT" | "PST" | "PDT" => America::Los_Angeles,
        "AKST" | "AKDT" => America::Anchorage,
        "HST" => Tz::Pacific__Honolulu,
        "BST" => Europe::London,
        "IST" => Asia::Kolkata,
        "WET" | "WEST" => Europe::Lisbon,
        "CET" | "CEST" => Europe::Paris,
        "EET" | "EEST" => Europe::Kyiv,
        "MSK" => Europe::Moscow,
        "JST" => Asia::Tokyo,
        "KST" => Asia::Seoul,
        "HKT" => Asia::Hong_Kong,
        "SGT" => Asia::Singapore,
        "AEST" | "AEDT" => Australia::Sydney,
        "ACST" | "ACDT" => Australia::Adelaide,
        "AWST" => Australia::Perth,
        "NZST" | "NZDT" => Tz::Pacific__Auckland,
        _ => return None,
    })
}

/// Read a timestamp. `tz` is the article's zone when the caller knows it
/// (`--tz`): it reads a time without a zone, and gives the date of a time
/// with one.
pub fn parse(input: &str, tz: Option<Tz>) -> Result<Stamp, TimeError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(TimeError::Invalid("empty date".into()));
    }
    if let Some(stamp) = parse_exact(s, tz) {
        return Ok(stamp);
    }
    // "2025-04-17T15:15:00 EDT": the loose reader takes it with a space.
    let spaced = (looks_iso(s) && s.len() > 10).then(|| format!("{} {}", &s[..10], &s[11..]));
    parse_loose(spaced.as_deref().unwrap_or(s), tz).map_err(|e| match e {
        // "2025-02-30", "2025-04-17T25:00:00Z": say what is wrong rather
        // than the loose reader's "unexpected word".
        TimeError::Invalid(_) | TimeError::Words(_) if looks_iso(s) => TimeError::Invalid(
            "not a valid ISO 8601 date or date-time: a month, day, hour, minute or offset is out of range or malformed"
                .into(),
        ),
        e => e,
    })
}

/// Starts like an ISO 8601 date (`YYYY-MM-DD`), alone or followed by `T`.
fn looks_iso(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b.len() == 10 || b[10] == b'T' || b[10] == b't')
}

/// An ISO 8601 basic date, `20250417` (years 1900 to 2100). As Unix
/// seconds those eight digits would fall in August 1970, which no news
/// article's timestamp does, so a CMS that writes the date as a number is
/// read as it means it.
fn basic_date(s: &str) -> Option<NaiveDate> {
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y%m%d")
        .ok()
        .filter(|d| (1900..=2100).contains(&d.year()))
}

/// A Unix timestamp in seconds (or milliseconds when it is larger than any
/// date in seconds up to year 5138); eight digits that make a date
/// (`20250417`) are that date (see `basic_date`).
pub fn from_unix(n: i64, tz: Option<Tz>) -> Result<Stamp, TimeError> {
    if let Some(d) = basic_date(&n.to_string()) {
        return Ok(Stamp {
            date: d,
            datetime: None,
        });
    }
    let dt = if n.unsigned_abs() >= 100_000_000_000 {
        DateTime::from_timestamp_millis(n)
    } else {
        DateTime::from_timestamp(n, 0)
    }
    .ok_or_else(|| TimeError::Invalid(format!("Unix time {n} is out of range")))?;
    Ok(in_zone(
        dt,
        tz.map(Zone::Named).unwrap_or(Zone::Named(Tz::UTC)),
    ))
}

/// The formats chrono reads exactly (and that keep their offset).
fn parse_exact(s: &str, tz: Option<Tz>) -> Option<Stamp> {
    if let Some(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .or_else(|| basic_date(s))
    {
        return Some(Stamp {
            date: d,
            datetime: None,
        });
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s).or_else(|_| DateTime::parse_from_rfc2822(s)) {
        let zone = article_zone(Some(Zone::Fixed(*dt.offset())), tz);
        return Some(in_zone(dt.with_timezone(&Utc), zone));
    }
    // ISO 8601 variants RFC 3339 refuses: a basic offset (+0200), no
    // seconds (15:15Z), a space for the T.
    let zulu = s
        .strip_suffix(['Z', 'z'])
        .filter(|p| p.len() > 10)
        .map(|p| format!("{p}+00:00"));
    let with_offset = zulu.as_deref().unwrap_or(s);
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(with_offset, f) {
            let zone = article_zone(Some(Zone::Fixed(*dt.offset())), tz);
            return Some(in_zone(dt.with_timezone(&Utc), zone));
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(ndt) = NaiveDateTime::parse_from_str(s, f) {
            return Some(local(
                ndt,
                tz.map(Zone::Named).unwrap_or(Zone::Named(Tz::UTC)),
                tz,
            ));
        }
    }
    if (s.len() == 10 || s.len() == 13) && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().and_then(|n| from_unix(n, tz).ok());
    }
    None
}

struct Patterns {
    label: Regex,
    time12: Regex,
    time24: Regex,
    offset: Regex,
    iana: Regex,
    abbr: Regex,
    weekday: Regex,
    ordinal: Regex,
    slash: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // ASCII classes and word boundaries (`(?-u)`): timestamps are ASCII
        // apart from the text around them, and Unicode tables make the
        // patterns slow to build.
        let re = |s: &str| Regex::new(&format!("(?-u){s}")).expect("valid pattern");
        Patterns {
            label: re(r"(?i)^(?:first\s+|last\s+|originally\s+)?(?:published|updated|posted|modified|filed|date(?:line)?)\b\s*:?\s*(?:(?:on|at)\b\s*)?"),
            time12: re(r"(?i)\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?"),
            time24: re(r"\b(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\b"),
            offset: re(r"(?:^|\s|\b(?:GMT|UTC))\s*([+-])(\d{1,2})(?::?(\d{2}))?\b"),
            iana: re(r"\b([A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_\-]+){1,2})\b"),
            abbr: re(r"\(?\b([A-Z]{1,5})\b\)?"),
            weekday: re(r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?"),
            ordinal: re(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)\b"),
            slash: re(r"^\d{1,2}/\d{1,2}/(\d{2}|\d{4})$"),
        }
    })
}

/// The day of the week a timestamp names ("Thursday, April 17, 2025",
/// "Thu, 17 Apr 2025"), if it names exactly one; the parser itself ignores
/// it, so that the caller can check it against the date.
pub fn named_weekday(input: &str) -> Option<chrono::Weekday> {
    let mut found = None;
    for m in patterns().weekday.find_iter(input) {
        // "Thurs.," -> "Thu", which chrono reads
        let day: chrono::Weekday = m.as_str().get(..3)?.parse().ok()?;
        if found.is_some_and(|f| f != day) {
            return None;
        }
        found = Some(day);
    }
    found
}

/// Byte ranges of the runs of letters in `s` (a hand-written `\p{L}+`,
/// which is slow to build as a regex).
fn words(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push(b..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push(b..s.len());
    }
    out
}

/// Full month name for an English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.as_str() {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    };
    Some(m)
}

fn parse_loose(s: &str, tz: Option<Tz>) -> Result<Stamp, TimeError> {
    let p = patterns();
    let invalid = |why: &str| TimeError::Invalid(format!("cannot read {s:?} as a date: {why}"));
    let mut rest = p.label.replace(s, "").into_owned();

    // Time of day ("3:15 p.m.", "10:02 AM", "15:15"), read here: dateparser
    // reads "3:15 p.m." as 03:15.
    let mut time = None;
    if let Some(c) = p.time12.captures(&rest) {
        let h: u32 = c[1].parse().unwrap_or(99);
        let m: u32 = c.get(2).map_or(Ok(0), |m| m.as_str().parse()).unwrap_or(99);
        let sec: u32 = c.get(3).map_or(Ok(0), |m| m.as_str().parse()).unwrap_or(99);
        if !(1..=12).contains(&h) {
            return Err(invalid("hour out of range"));
        }
        let pm = c[4].eq_ignore_ascii_case("p");
        let h24 = (h % 12) + if pm { 12 } else { 0 };
        time = Some(NaiveTime::from_hms_opt(h24, m, sec).ok_or_else(|| invalid("bad time"))?);
        rest.replace_range(c.get(0).expect("whole match").range(), " ");
    } else if let Some(c) = p.time24.captures(&rest) {
        let h: u32 = c[1].parse().unwrap_or(99);
        let m: u32 = c[2].parse().unwrap_or(99);
        let sec: u32 = c.get(3).map_or(Ok(0), |m| m.as_str().parse()).unwrap_or(99);
        time = Some(NaiveTime::from_hms_opt(h, m, sec).ok_or_else(|| invalid("bad time"))?);
        rest.replace_range(c.get(0).expect("whole match").range(), " ");
    }

    // Zone: an IANA name, a numeric offset (only after a time: "-08" in
    // "2019-11-29" is not one), or an abbreviation.
    let mut zone = None;
    if let Some(c) = p.iana.captures(&rest) {
        if let Ok(z) = c[1].parse::<Tz>() {
            zone = Some(Zone::Named(z));
            rest.replace_range(c.get(0).expect("whole match").range(), " ");
        }
    }
    if zone.is_none() && time.is_some() {
        if let Some(c) = p.offset.captures(&rest) {
            let h: i32 = c[2].parse().unwrap_or(99);
            let m: i32 = c.get(3).map_or(Ok(0), |m| m.as_str().parse()).unwrap_or(99);
            let sign = if &c[1] == "-" { -1 } else { 1 };
            let off = FixedOffset::east_opt(sign * (h * 3600 + m * 60))
                .ok_or_else(|| invalid("bad offset"))?;
            zone = Some(Zone::Fixed(off));
            rest.replace_range(c.get(0).expect("whole match").range(), " ");
        }
    }
    if zone.is_none() {
        let found = p.abbr.captures_iter(&rest).find_map(|c| {
            zone_by_abbreviation(&c[1]).map(|z| (z, c.get(0).expect("whole match").range()))
        });
        if let Some((z, range)) = found {
            zone = Some(Zone::Named(z));
            rest.replace_range(range, " ");
        }
    }

    // Weekday names, "at"/"on", ordinals; months spelled out in full.
    let rest = p.weekday.replace_all(&rest, " ");
    let rest = p.ordinal.replace_all(&rest, "$1");
    let mut month = None;
    let mut cleaned = String::with_capacity(rest.len());
    let mut last = 0;
    for w in words(&rest) {
        cleaned.push_str(&rest[last..w.start]);
        last = w.end;
        let word = &rest[w];
        if let Some(m) = month_number(word) {
            if month.is_some() {
                return Err(invalid("two month names"));
            }
            month = Some(m);
            cleaned.push_str(crate::render::MONTHS[m as usize - 1]);
            if rest[last..].starts_with('.') {
                last += 1;
            }
        } else if matches!(
            word.to_ascii_lowercase().as_str(),
            "at" | "on" | "of" | "the"
        ) {
            cleaned.push(' ');
        } else {
            return Err(TimeError::Words(format!(
                "cannot read {s:?} as a date: unexpected word {word:?}"
            )));
        }
    }
    cleaned.push_str(&rest[last..]);
    let cleaned = cleaned
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>();
    let numbers: Vec<&str> = cleaned
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .collect();

    // Every part of the date must be written: dateparser fills a missing
    // year, month or day from the clock.
    let has_year = numbers.iter().any(|n| n.len() == 4);
    let mut joined = cleaned.join(" ");
    let slash_short_year = p.slash.is_match(&joined);
    // "17/04/2025": a first number that cannot be a month puts the day
    // first (European order); otherwise the month comes first
    if slash_short_year {
        if let [a, b, y] = joined.split('/').collect::<Vec<_>>()[..] {
            let month = |x: &str| x.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n));
            if !month(a) && month(b) {
                joined = format!("{b}/{a}/{y}");
            }
        }
    }
    if let (Some(m), 1, false) = (month, numbers.len(), has_year) {
        let day: u32 = numbers[0].parse().unwrap_or(0);
        if NaiveDate::from_ymd_opt(2024, m, day).is_none() {
            return Err(invalid("no such day"));
        }
        return Err(TimeError::NoYear {
            month: m,
            day,
            time,
        });
    }
    if !(has_year || slash_short_year) {
        return Err(invalid("no year"));
    }
    if numbers.len() + usize::from(month.is_some()) < 3 {
        return Err(invalid("needs a year, a month and a day"));
    }
    // "Feb. 30, 2023": say which part is wrong
    if let (Some(m), [day, year]) = (month, numbers.as_slice()) {
        if let (Ok(d), Ok(y)) = (day.parse::<u32>(), year.parse::<i32>()) {
            if year.len() == 4
                && NaiveDate::from_ymd_opt(y, m, 1).is_some()
                && NaiveDate::from_ymd_opt(y, m, d).is_none()
            {
                return Err(invalid(&format!("{y}-{m:02} has no day {d}")));
            }
        }
    }
    let date_str = if cleaned.len() == 3 && month_number(cleaned[0]).is_some() {
        // "April 17 2025" -> "April 17, 2025", as dateparser wants it
        format!("{} {}, {}", cleaned[0], cleaned[1], cleaned[2])
    } else {
        joined
    };
    call_dateparser(&date_str, time, zone, tz, s)
}

fn call_dateparser(
    date_str: &str,
    time: Option<NaiveTime>,
    zone: Option<Zone>,
    tz: Option<Tz>,
    original: &str,
) -> Result<Stamp, TimeError> {
    let invalid = || TimeError::Invalid(format!("cannot read {original:?} as a date"));
    let midnight = NaiveTime::MIN;
    // Without a time of day the written date is the date: read it in UTC at
    // midnight and keep the calendar date.
    let Some(t) = time else {
        let dt = dateparser::parse_with(date_str, &Utc, midnight).map_err(|_| invalid())?;
        check_year(dt.year(), date_str).ok_or_else(invalid)?;
        return Ok(Stamp {
            date: dt.date_naive(),
            datetime: None,
        });
    };
    let explicit = zone;
    let zone = zone.or(tz.map(Zone::Named)).unwrap_or(Zone::Named(Tz::UTC));
    let utc = match zone {
        Zone::Named(z) => dateparser::parse_with(date_str, &z, t),
        Zone::Fixed(z) => dateparser::parse_with(date_str, &z, t),
    }
    .map_err(|_| invalid())?;
    let written = match zone {
        Zone::Named(z) => utc.with_timezone(&z).year(),
        Zone::Fixed(z) => utc.with_timezone(&z).year(),
    };
    check_year(written, date_str).ok_or_else(invalid)?;
    Ok(in_zone(utc, article_zone(explicit, tz)))
}

/// The zone a timestamp's date is taken in: a zone the timestamp names
/// itself ("11:30 p.m. ET", "-04:00") is the article's own and wins over
/// `--tz`; UTC (a machine's "Z", "GMT") and no zone at all give way to it;
/// with neither, the named UTC, else UTC.
fn article_zone(explicit: Option<Zone>, tz: Option<Tz>) -> Zone {
    let utc = |z: &Zone| match z {
        Zone::Named(t) => *t == Tz::UTC,
        Zone::Fixed(f) => f.local_minus_utc() == 0,
    };
    match explicit {
        Some(z) if !utc(&z) => z,
        _ => tz
            .map(Zone::Named)
            .or(explicit)
            .unwrap_or(Zone::Named(Tz::UTC)),
    }
}

/// The year dateparser returned must be one written in the string (a guard
/// against any value taken from the clock).
fn check_year(year: i32, date_str: &str) -> Option<()> {
    let y4 = year.to_string();
    let y2 = format!("{:02}", year.rem_euclid(100));
    date_str
        .split(|c: char| !c.is_ascii_digit())
        .any(|t| t == y4 || (t.len() == 2 && t == y2))
        .then_some(())
}

fn in_zone(utc: DateTime<Utc>, zone: Zone) -> Stamp {
    let dt = match zone {
        Zone::Named(z) => {
            let local = utc.with_timezone(&z);
            local.with_timezone(&local.offset().fix())
        }
        Zone::Fixed(z) => utc.with_timezone(&z),
    };
    Stamp {
        date: dt.date_naive(),
        datetime: Some(dt),
    }
}

/// A written local date-time in `zone`, seen from the article's zone.
fn local(ndt: NaiveDateTime, zone: Zone, tz: Option<Tz>) -> Stamp {
    let utc = match zone {
        Zone::Named(z) => z
            .from_local_datetime(&ndt)
            .earliest()
            .map(|d| d.with_timezone(&Utc)),
        Zone::Fixed(z) => z
            .from_local_datetime(&ndt)
            .earliest()
            .map(|d| d.with_timezone(&Utc)),
    };
    match utc {
        Some(u) => in_zone(u, tz.map(Zone::Named).unwrap_or(zone)),
        // A local time skipped by a change of clocks: keep the written date.
        None => Stamp {
            date: ndt.date(),
            datetime: None,
        },
    }
}

/// The date with `month` and `day` that a year-less date most likely means,
/// given `reference`, a date on or shortly after publication (a daily
/// brief's date): the latest such date no more than 7 days after the
/// reference (articles precede their brief; the slack covers zones and
/// embargoes), and less than a year before it.
pub fn recent_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let latest = reference + chrono::Days::new(7);
    [reference.year() + 1, reference.year(), reference.year() - 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= latest)
        .filter(|d| (latest - *d).num_days() < 365)
}
