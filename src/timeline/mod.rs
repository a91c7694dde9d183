//! Events and timeline: sentences with resolved dates, ordered by date.
//!
//! In: the article text, its sentences, its timexes, and the DCT. Out: a
//! [`Timeline`] with what happened (on or before the DCT) and what comes next
//! (after it).
//!
//! # Events
//!
//! Every sentence with at least one DATE or TIME timex whose value lies on
//! the calendar (see [`calendar_value`]) gives one [`Event`] per distinct
//! value: a sentence that says "met last week and will meet again on
//! Saturday" appears once under the week and once under the Saturday, so each
//! part of the timeline is complete on its own. Two mentions of the same
//! value in one sentence ("Thursday ... on April 17") make one event that
//! keeps both sets of words ([`EventDate::mentions`]), and so do a day and a
//! clock time on that day ("Monday ... at 7 p.m."): one event at the time. The end of a range
//! ("April 3-5", "from 9 a.m. to 4 p.m.") stays with its start: one event.
//! The sentence is never reworded.
//!
//! # Ordering
//!
//! Events are ordered by the day they are placed at ([`EventDate::at`]),
//! then by time of day (a clock time or part of day sorts after the bare
//! day, which sorts at midnight), then by document order. A coarse value
//! (week, month, season, year, ...) sorts at its start, so "March 2025"
//! comes before "Mar 5, 2025" and ties keep document order.
//!
//! # Splitting at the DCT
//!
//! An event is *upcoming* when the day it is placed at is after the DCT, and
//! has *happened* otherwise ("on or before the dateline"). The placement day
//! is the start of the value's interval, with two refinements:
//!
//! * A `mod` of `START`, `MID` or `END` ("early", "mid-", "late March")
//!   narrows a coarse interval to its first, middle or last third.
//! * A coarse value that *contains* the DCT ("this week", "this month",
//!   "this year" said on a day inside it) is current, not future: it is
//!   placed at its start and listed under what happened, because most such
//!   sentences report something already under way ("inflation has risen
//!   this year"). The exception is when the words themselves point past the
//!   dateline ("later this week", "later this month", "the rest of the
//!   year"): the interval is then cut to the part after the DCT, and the
//!   event is placed on the day after the DCT, under what comes next.

use chrono::{Duration, NaiveDate, NaiveTime, Weekday};
use serde::Serialize;

use crate::segment::Sentence;

/// The last moment of a day, 23:59:59: how a TIMEX3 `T24:00` is read, and
/// the moment a midnight is said at ("Tue, Apr 15, 2025, midnight").
pub const END_OF_DAY: NaiveTime = match NaiveTime::from_hms_opt(23, 59, 59) {
    Some(t) => t,
    None => NaiveTime::MIN,
};
use crate::temporal::{Timex, TimexType};

/// How precise a calendar value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Time,
    PartOfDay,
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Granularity {
    /// The name used in JSON (`"day"`, `"week"`, `"part_of_day"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Time => "time",
            Granularity::PartOfDay => "part_of_day",
            Granularity::Day => "day",
            Granularity::Weekend => "weekend",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }

    /// True for values longer than a day (weekend and coarser).
    pub fn is_coarse(self) -> bool {
        self > Granularity::Day
    }
}

/// A TimeML part of day (`2025-04-17TEV`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// `MO`
    Morning,
    /// `MI`
    Midday,
    /// `AF`
    Afternoon,
    /// `EV`
    Evening,
    /// `NI`
    Night,
    /// `DT` (daytime)
    Daytime,
}

impl PartOfDay {
    fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "MO" => PartOfDay::Morning,
            "MI" => PartOfDay::Midday,
            "AF" => PartOfDay::Afternoon,
            "EV" => PartOfDay::Evening,
            "NI" => PartOfDay::Night,
            "DT" => PartOfDay::Daytime,
            _ => return None,
        })
    }

    /// The English word ("morning", "evening", ...).
    pub fn word(self) -> &'static str {
        match self {
            PartOfDay::Morning => "morning",
            PartOfDay::Midday => "midday",
            PartOfDay::Afternoon => "afternoon",
            PartOfDay::Evening => "evening",
            PartOfDay::Night => "night",
            PartOfDay::Daytime => "daytime",
        }
    }

    /// An approximate clock time, used only to order events within a day.
    pub fn sort_time(self) -> NaiveTime {
        let h = match self {
            PartOfDay::Morning => 6,
            PartOfDay::Daytime => 8,
            PartOfDay::Midday => 12,
            PartOfDay::Afternoon => 13,
            PartOfDay::Evening => 18,
            PartOfDay::Night => 21,
        };
        NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN)
    }
}

/// A TimeML season (`2025-SP`).
///
/// Seasons are meteorological, northern hemisphere: spring is March to May,
/// summer June to August, fall September to November, and winter runs from
/// December of its year to the end of February of the next, so that the
/// seasons of one year follow each other in order (`2025-WI` starts on
/// Dec 1, 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// "spring", "summer", "fall", "winter".
    pub fn word(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Fall => "fall",
            Season::Winter => "winter",
        }
    }
}

/// A TIMEX3 value read back as a calendar interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CalendarValue {
    /// First day of the interval.
    pub start: NaiveDate,
    /// Last day of the interval (inclusive).
    pub end: NaiveDate,
    pub granularity: Granularity,
    /// Clock time, for [`Granularity::Time`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    /// Part of day, for [`Granularity::PartOfDay`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<PartOfDay>,
    /// Season, for [`Granularity::Season`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub season: Option<Season>,
    /// The year, quarter, half, decade or century as written in the value
    /// (`2025` for `2025-Q1`, `1` for the quarter, `199` for a decade, `19`
    /// for a century); 0 where it does not apply.
    #[serde(skip)]
    pub number: i32,
}

impl CalendarValue {
    fn span(start: NaiveDate, end: NaiveDate, granularity: Granularity) -> Self {
        CalendarValue {
            start,
            end,
            granularity,
            time: None,
            part_of_day: None,
            season: None,
            number: 0,
        }
    }

    /// `count` whole years from 1 January of `first`, remembering `number`
    /// (the century, decade or year as written).
    fn years(first: i32, count: i32, granularity: Granularity, number: i32) -> Option<Self> {
        let mut cv = Self::span(
            ymd(first, 1, 1)?,
            ymd(first + count - 1, 12, 31)?,
            granularity,
        );
        cv.number = number;
        Some(cv)
    }

    /// True when `day` lies inside the interval.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// The time of day this value sorts at on its first day: midnight for
    /// whole days and coarser values, the clock time or an approximate time
    /// for parts of day otherwise.
    pub fn sort_time(&self) -> NaiveTime {
        match (self.time, self.part_of_day) {
            (Some(t), _) => t,
            (None, Some(p)) => p.sort_time(),
            _ => NaiveTime::MIN,
        }
    }

    /// For a clock time of exactly `00:00` (a bare "midnight", written
    /// `T00:00` of the day it begins), the day before: the day whose end
    /// it is, where a newsroom says it and a timeline sorts it, as a
    /// `T24:00` of that day.
    pub fn midnight_before(&self) -> Option<NaiveDate> {
        if self.granularity == Granularity::Time && self.time == Some(NaiveTime::MIN) {
            self.start.pred_opt()
        } else {
            None
        }
    }

    /// A readable label: "Sat, Apr 12, 2025", "week of Apr 21, 2025",
    /// "March 2025", "spring 2025", "2018". See
    /// [`crate::render::DateStyle`] for the other styles.
    pub fn label(&self) -> String {
        crate::render::DateStyle::Readable.label(self, None, self.start)
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year(s: &str) -> Option<i32> {
    if s.len() != 4 {
        return None;
    }
    num(s).map(|y| y as i32)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let next = if m == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    next.pred_opt()
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    ymd(year(&s[..4])?, num(&s[5..7])?, num(&s[8..10])?)
}

/// A clock time `HH`, `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, optionally
/// followed by a zone (`Z`, `+02:00`, `-0400`), which is kept as written and
/// ignored for ordering. `24:00` is read as the last moment of the day.
fn parse_clock(s: &str) -> Option<NaiveTime> {
    let core_len = s.find(['Z', '+', '-']).unwrap_or(s.len());
    let (core, zone) = s.split_at(core_len);
    if !zone.is_empty() && zone != "Z" {
        let z = &zone[1..];
        let ok = match z.len() {
            2 | 4 => num(z).is_some(),
            5 => z.as_bytes()[2] == b':' && num(&z[..2]).is_some() && num(&z[3..]).is_some(),
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    let mut parts = core.split(':');
    let h = parts.next().filter(|p| p.len() == 2).and_then(num)?;
    let m = match parts.next() {
        Some(p) if p.len() == 2 => num(p)?,
        Some(_) => return None,
        None => 0,
    };
    let sec = match parts.next() {
        Some(p) => {
            let whole = p.split('.').next().unwrap_or("");
            if whole.len() != 2 {
                return None;
            }
            num(whole)?
        }
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    if h == 24 && m == 0 && sec == 0 {
        return Some(END_OF_DAY);
    }
    NaiveTime::from_hms_opt(h, m, sec)
}

/// Read a DATE/TIME TIMEX3 value as a calendar interval.
///
/// Understood shapes: days `2025-04-17`; clock times `2025-04-17T15:15`
/// (seconds and a zone may follow); parts of day `2025-04-17TEV` (`MO`, `MI`,
/// `AF`, `EV`, `NI`, `DT`); ISO weeks `2025-W17`, weekdays of a week
/// `2025-W17-3`, weekends `2025-W15-WE`; months `2025-03`; seasons
/// `2025-SP` (`SU`, `FA`, `WI`; see [`Season`]); quarters `2025-Q1`;
/// halves `2025-H1`; years `2018`; decades `199` (the 1990s); centuries
/// `19` (1900–1999).
///
/// `None` for values that are not on the calendar (`PAST_REF`,
/// `PRESENT_REF`, `XXXX-04`, `2025-WXX`, durations, sets) and for anything
/// malformed (`2025-02-30`, `2025-W54`).
pub fn calendar_value(value: &str) -> Option<CalendarValue> {
    let v = value.trim();
    if !v.is_ascii() {
        return None;
    }
    match v.len() {
        2 => {
            let c = num(v)? as i32;
            return CalendarValue::years(c * 100, 100, Granularity::Century, c);
        }
        3 => {
            let d = num(v)? as i32;
            return CalendarValue::years(d * 10, 10, Granularity::Decade, d);
        }
        4 => {
            let y = year(v)?;
            return CalendarValue::years(y, 1, Granularity::Year, y);
        }
        _ => {}
    }
    if v.len() < 7 || v.as_bytes()[4] != b'-' {
        return None;
    }
    let y = year(&v[..4])?;
    let rest = &v[5..];
    if v.len() >= 10 {
        if let Some(d) = parse_day(&v[..10]) {
            let tail = &v[10..];
            if tail.is_empty() {
                return Some(CalendarValue::span(d, d, Granularity::Day));
            }
            let t = tail.strip_prefix('T')?;
            let mut cv = CalendarValue::span(d, d, Granularity::Time);
            if let Some(p) = PartOfDay::parse(t) {
                cv.granularity = Granularity::PartOfDay;
                cv.part_of_day = Some(p);
            } else {
                cv.time = Some(parse_clock(t)?);
            }
            return Some(cv);
        }
    }
    if let Some(w) = rest
        .strip_prefix('W')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        let (week, suffix) = match w.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (w, None),
        };
        if week.len() != 2 {
            return None;
        }
        let week = num(week)?;
        let monday = NaiveDate::from_isoywd_opt(y, week, Weekday::Mon)?;
        return match suffix {
            None => Some(CalendarValue::span(
                monday,
                monday + Duration::days(6),
                Granularity::Week,
            )),
            Some("WE") => Some(CalendarValue::span(
                monday + Duration::days(5),
                monday + Duration::days(6),
                Granularity::Weekend,
            )),
            Some(d) if d.len() == 1 => {
                let n = num(d)?;
                if !(1..=7).contains(&n) {
                    return None;
                }
                let day = monday + Duration::days(i64::from(n) - 1);
                Some(CalendarValue::span(day, day, Granularity::Day))
            }
            Some(_) => None,
        };
    }
    if rest.len() == 2 {
        if let Some(m) = num(rest) {
            return Some(CalendarValue::span(
                ymd(y, m, 1)?,
                month_end(y, m)?,
                Granularity::Month,
            ));
        }
        let season = match rest {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" => Season::Fall,
            "WI" => Season::Winter,
            _ => {
                let n = num(&rest[1..])?;
                let (g, count) = match &rest[..1] {
                    "Q" => (Granularity::Quarter, 4),
                    "H" => (Granularity::Half, 2),
                    _ => return None,
                };
                if !(1..=count).contains(&n) {
                    return None;
                }
                let months = 12 / count;
                let first = (n - 1) * months + 1;
                let last = n * months;
                let mut cv = CalendarValue::span(ymd(y, first, 1)?, month_end(y, last)?, g);
                cv.number = n as i32;
                return Some(cv);
            }
        };
        let (start, end) = match season {
            Season::Spring => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
            Season::Summer => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
            Season::Fall => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
            Season::Winter => (ymd(y, 12, 1)?, month_end(y + 1, 2)?),
        };
        let mut cv = CalendarValue::span(start, end, Granularity::Season);
        cv.season = Some(season);
        cv.number = y;
        return Some(cv);
    }
    None
}

/// One place in the text that gave a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The original words ("last Saturday").
    pub words: String,
    /// Byte span of the words in the article text.
    pub span: (usize, usize),
}

/// The words of the text that gave a date, and the date.
#[derive(Debug, Clone, Serialize)]
pub struct EventDate {
    /// The TIMEX3 value.
    pub value: String,
    /// The TIMEX3 `mod` (`START`, `END`, `APPROX`, ...), if any.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// First day of the value's interval.
    pub start: NaiveDate,
    /// Last day of the value's interval (inclusive).
    pub end: NaiveDate,
    pub granularity: Granularity,
    /// The value read as a calendar interval (for labels).
    #[serde(skip)]
    pub calendar: CalendarValue,
    /// The day the event is ordered by and split at the DCT by (see the
    /// module docs): the interval's start, narrowed by `mod` or by
    /// "later this ...".
    pub at: NaiveDate,
    /// The original words of the first mention ("last Saturday").
    pub words: String,
    /// Byte span of the first mention in the article text.
    pub span: (usize, usize),
    /// Every mention of this value in the sentence, in text order (the
    /// first is `words`/`span`).
    pub mentions: Vec<Mention>,
}

impl EventDate {
    /// The date of one mention: `value` (a TIMEX3 DATE/TIME value) said in
    /// `words` at `span`, placed against `dct` as [`build`] places it.
    /// `None` when the value is not on the calendar.
    pub fn from_value(
        value: &str,
        modifier: Option<&str>,
        words: &str,
        span: (usize, usize),
        dct: NaiveDate,
    ) -> Option<EventDate> {
        let cv = calendar_value(value)?;
        Some(EventDate {
            value: value.to_string(),
            modifier: modifier.map(String::from),
            start: cv.start,
            end: cv.end,
            granularity: cv.granularity,
            calendar: cv,
            at: placement(&cv, modifier, words, dct),
            words: words.to_string(),
            span,
            mentions: vec![Mention {
                words: words.to_string(),
                span,
            }],
        })
    }

    /// Where the event stands in a timeline: its placement day ([`at`]),
    /// then the time of day on that day: midnight for a whole day or a
    /// coarser value (and for a value placed after its first day), so a
    /// bare day comes first, then clock times and parts of day in order.
    /// Events with equal keys keep the order they are given in (document
    /// order in [`build`]). The daily brief sorts merged timelines by it too.
    ///
    /// [`at`]: EventDate::at
    ///
    /// A clock time of exactly `00:00` (a bare "midnight", `T00:00` of
    /// the day it begins) sorts as the last moment of the day before, where
    /// the renderer says it ("Wed, Apr 16, 2025, midnight"), so that it is
    /// not listed after "early Thursday".
    pub fn sort_key(&self) -> (NaiveDate, NaiveTime) {
        let t = if self.at == self.calendar.start {
            self.calendar.sort_time()
        } else {
            NaiveTime::MIN
        };
        if let Some(before) = self.calendar.midnight_before() {
            return (before, END_OF_DAY);
        }
        (self.at, t)
    }
}

/// One dated sentence.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Index of the sentence in the article's sentence list.
    pub sentence: usize,
    /// The sentence, never reworded.
    pub text: String,
    /// The date this entry is placed at.
    pub date: EventDate,
}

/// Events split at the DCT, each part in date order (ties in document order).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timeline {
    pub happened: Vec<Event>,
    pub upcoming: Vec<Event>,
}

impl Timeline {
    /// True when no sentence had a calendar date.
    pub fn is_empty(&self) -> bool {
        self.happened.is_empty() && self.upcoming.is_empty()
    }
}

fn third(start: NaiveDate, end: NaiveDate, which: &str) -> (NaiveDate, NaiveDate) {
    let len = (end - start).num_days() + 1;
    if len < 3 {
        return (start, end);
    }
    let t = len / 3;
    match which {
        "START" => (start, start + Duration::days(t - 1)),
        "MID" => (start + Duration::days(t), end - Duration::days(t)),
        "END" => (end - Duration::days(t - 1), end),
        _ => (start, end),
    }
}

/// Does the phrase point past "now" inside a current period ("later this
/// week", "the rest of the year", "the remainder of the month")?
fn points_forward(words: &str) -> bool {
    let w = words.trim().to_ascii_lowercase();
    let w = w.strip_prefix("the ").unwrap_or(&w);
    w.starts_with("later ") || w.starts_with("rest of ") || w.starts_with("remainder of ")
}

/// The day an event is placed at (see the module docs).
fn placement(cv: &CalendarValue, modifier: Option<&str>, words: &str, dct: NaiveDate) -> NaiveDate {
    let (start, end) = match modifier {
        Some(m) if cv.granularity.is_coarse() => third(cv.start, cv.end, m),
        _ => (cv.start, cv.end),
    };
    if cv.granularity.is_coarse() && start <= dct && dct < end && points_forward(words) {
        return dct.succ_opt().unwrap_or(dct);
    }
    start
}

/// Build the timeline of one article.
///
/// Timexes outside every sentence (in the headline or a dateline line), with
/// spans that do not fit `text`, or with values off the calendar are
/// skipped; nothing here panics on bad spans.
pub fn build(text: &str, sentences: &[Sentence], timexes: &[Timex], dct: NaiveDate) -> Timeline {
    // One event per (sentence, value, mod).
    let mut events: Vec<Event> = Vec::new();
    // In text order, whatever order the tagger gave.
    let mut order: Vec<&Timex> = timexes.iter().collect();
    order.sort_by_key(|x| (x.start, x.end));
    let mut prev: Option<(usize, &str)> = None;
    for x in order {
        // The end of a range is listed with its start, one event rather
        // than the same sentence twice: a dash range ("April 3-5",
        // "1998–2001"), or clock times of one day ("from 9 a.m. to 4 p.m.").
        let range_end = prev.is_some_and(|(p, pv)| {
            // both clock times ("2025-04-02T...") on the same day
            let same_day = pv
                .get(..11)
                .is_some_and(|d| d.ends_with('T') && x.value.get(..11) == Some(d));
            p <= x.start
                && text.get(p..x.start).is_some_and(|g| {
                    matches!(g.trim(), "-" | "\u{2013}")
                        || (same_day && matches!(g.trim(), "to" | "until" | "till"))
                })
        });
        prev = Some((x.end, x.value.as_str()));
        if range_end {
            continue;
        }
        if !matches!(x.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        if x.start > x.end || x.end > text.len() || !text.is_char_boundary(x.start) {
            continue;
        }
        if !text.is_char_boundary(x.end) {
            continue;
        }
        // The sentence that contains the whole timex.
        let idx = sentences.partition_point(|s| s.start <= x.start);
        let Some(si) = idx.checked_sub(1) else {
            continue;
        };
        let s = &sentences[si];
        if x.end > s.end || s.end > text.len() || !text.is_char_boundary(s.start) {
            continue;
        }
        if !text.is_char_boundary(s.end) || s.start > s.end {
            continue;
        }
        let words = &text[x.start..x.end];
        // events come in text order: this sentence's are the last ones
        if let Some(e) = events
            .iter_mut()
            .rev()
            .take_while(|e| e.sentence == si)
            .find(|e| e.date.value == x.value && e.date.modifier == x.modifier)
        {
            e.date.mentions.push(Mention {
                words: words.to_string(),
                span: (x.start, x.end),
            });
            continue;
        }
        let Some(mut date) = EventDate::from_value(
            &x.value,
            x.modifier.as_deref(),
            words,
            (x.start, x.end),
            dct,
        ) else {
            continue;
        };
        if x.ahead && date.granularity.is_coarse() && date.at <= dct && dct < date.end {
            // "will review its contracts in the spring", said in April:
            // with what comes next, not at the start of the spring
            date.at = dct.succ_opt().unwrap_or(dct);
        }
        events.push(Event {
            sentence: si,
            text: text[s.start..s.end].to_string(),
            date,
        });
    }
    // A day and a clock time on that day in one sentence ("Monday ... at 7
    // p.m.") are one event, listed at the time with both sets of words (a
    // part of the day, vaguer, may be another event: "suspended on
    // Wednesday after a storm overnight").
    // Done one sentence at a time (its events are contiguous), so that the
    // work stays linear in the length of the article.
    let mut merged: Vec<Event> = Vec::with_capacity(events.len());
    let mut rest = events.into_iter().peekable();
    let mut group: Vec<Event> = Vec::new();
    while let Some(first) = rest.next() {
        let si = first.sentence;
        group.clear();
        group.push(first);
        while let Some(e) = rest.next_if(|e| e.sentence == si) {
            group.push(e);
        }
        let mut i = 0;
        while i < group.len() {
            let day = &group[i].date;
            let finer = (day.modifier.is_none() && day.value.len() == 10)
                .then(|| {
                    group.iter().position(|e| {
                        e.date.value.len() > 11
                            && e.date.value.starts_with(day.value.as_str())
                            && e.date.value.as_bytes()[10] == b'T'
                            && e.date.value.as_bytes()[11].is_ascii_digit()
                    })
                })
                .flatten();
            match finer {
                Some(j) => {
                    let day = group.remove(i);
                    let j = if j > i { j - 1 } else { j };
                    group[j].date.mentions.extend(day.date.mentions);
                }
                None => i += 1,
            }
        }
        merged.append(&mut group);
    }
    let mut events = merged;
    for e in &mut events {
        e.date.mentions.sort_by_key(|m| m.span);
        if let Some(m) = e.date.mentions.first() {
            e.date.words = m.words.clone();
            e.date.span = m.span;
        }
    }
    // Document order first (by the first mention), then a stable sort by date.
    events.sort_by_key(|e| e.date.span.0);
    events.sort_by_key(|e| e.date.sort_key());
    let (happened, upcoming) = events.into_iter().partition(|e| e.date.at <= dct);
    Timeline { happened, upcoming }
}

#[cfg(test)]
mod tests;
