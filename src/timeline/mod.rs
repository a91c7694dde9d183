//! Events and timeline: sentences with resolved dates, ordered by date.
//!
//! In: the article text, its sentences, its timexes, and the DCT. Out: a
//! [`Timeline`] with what happened (on or before the DCT) and what comes next
//! (after it).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::segment::Sentence;
use crate::temporal::{Timex, TimexType};

/// How precise a calendar value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

/// A TIMEX3 value read back as a calendar interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CalendarValue {
    /// First day of the interval.
    pub start: NaiveDate,
    /// Last day of the interval (inclusive).
    pub end: NaiveDate,
    pub granularity: Granularity,
}

/// Read a DATE/TIME TIMEX3 value (`2025-04-17`, `2025-W17`, `2025-03`, ...)
/// as a calendar interval. `None` for values that are not on the calendar
/// (`PAST_REF`, `XXXX-04`, durations).
pub fn calendar_value(value: &str) -> Option<CalendarValue> {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    if value.len() >= 10 {
        if let Some(d) = day(&value[..10]) {
            let g = if value.len() > 10 {
                Granularity::Time
            } else {
                Granularity::Day
            };
            return Some(CalendarValue {
                start: d,
                end: d,
                granularity: g,
            });
        }
    }
    if value.len() == 7 {
        if let Some(d) = day(&format!("{value}-01")) {
            let next = if d.month() == 12 {
                NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)?
            };
            return Some(CalendarValue {
                start: d,
                end: next.pred_opt()?,
                granularity: Granularity::Month,
            });
        }
    }
    if value.len() == 4 {
        if let Ok(y) = value.parse::<i32>() {
            return Some(CalendarValue {
                start: NaiveDate::from_ymd_opt(y, 1, 1)?,
                end: NaiveDate::from_ymd_opt(y, 12, 31)?,
                granularity: Granularity::Year,
            });
        }
    }
    None
}

/// The words of the text that gave a date, and the date.
#[derive(Debug, Clone, Serialize)]
pub struct EventDate {
    /// The TIMEX3 value.
    pub value: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
    /// The original words ("last Saturday").
    pub words: String,
    /// Byte span of the words in the article text.
    pub span: (usize, usize),
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

/// Build the timeline of one article.
pub fn build(text: &str, sentences: &[Sentence], timexes: &[Timex], dct: NaiveDate) -> Timeline {
    let mut events = Vec::new();
    let mut t = 0;
    for (i, s) in sentences.iter().enumerate() {
        while t < timexes.len() && timexes[t].start < s.start {
            t += 1;
        }
        let mut j = t;
        while j < timexes.len() && timexes[j].end <= s.end {
            let x = &timexes[j];
            j += 1;
            if !matches!(x.kind, TimexType::Date | TimexType::Time) {
                continue;
            }
            let Some(cv) = calendar_value(&x.value) else {
                continue;
            };
            events.push(Event {
                sentence: i,
                text: s.text(text).to_string(),
                date: EventDate {
                    value: x.value.clone(),
                    start: cv.start,
                    end: cv.end,
                    granularity: cv.granularity,
                    words: text[x.start..x.end].to_string(),
                    span: (x.start, x.end),
                },
            });
        }
    }
    events.sort_by_key(|e| (e.date.start, e.date.span.0));
    let (happened, upcoming) = events.into_iter().partition(|e| e.date.start <= dct);
    Timeline { happened, upcoming }
}
