//! Normalization: the functions named in the value column of
//! `patterns.tsv`, date arithmetic, granularities, the reference time
//! (anaphora) and the tense of a clause.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};

use super::engine::{
    Feat, Kind, Lexicon, Slots, Tokens, C_CAPWORD, C_CLOCK, C_DAY, C_DEC, C_DECADE, C_INT, C_NUM,
    C_PASTV, C_YEAR,
};
use super::TimexType;

/// Granularity of a resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gran {
    Day,
    Week,
    Weekend,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A resolved point on the calendar: its start date and its granularity.
/// Seasons carry their code in `season`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub date: NaiveDate,
    pub gran: Gran,
    pub season: u8,
}

impl Point {
    /// Whether the period this point names holds day `d`.
    pub fn holds(&self, d: NaiveDate) -> bool {
        let end = match self.gran {
            Gran::Day => self.date.succ_opt(),
            // (a weekend point starts on the Monday of its week)
            Gran::Week | Gran::Weekend => self.date.checked_add_signed(Duration::days(7)),
            Gran::Month => add_months(self.date, 1),
            Gran::Season | Gran::Quarter => add_months(self.date, 3),
            Gran::Half => add_months(self.date, 6),
            Gran::Year => add_months(self.date, 12),
            Gran::Decade => add_months(self.date, 120),
            Gran::Century => add_months(self.date, 1200),
        };
        self.date <= d && end.is_some_and(|e| d < e)
    }

    pub fn day(date: NaiveDate) -> Point {
        Point {
            date,
            gran: Gran::Day,
            season: 0,
        }
    }
    pub fn at(date: NaiveDate, gran: Gran) -> Point {
        Point {
            date,
            gran,
            season: 0,
        }
    }

    /// The season with code `season` that starts on `date`.
    pub fn season(date: NaiveDate, season: u8) -> Point {
        Point {
            date,
            gran: Gran::Season,
            season,
        }
    }

    /// The TIMEX3 value. Years before 1 AD are written as TimeML writes
    /// them, "BC" and the historical year ("5,400 years ago" said in 2025
    /// is BC3376: there is no year 0).
    pub fn value(&self) -> String {
        let d = self.date;
        let y = year_str(d.year());
        match self.gran {
            Gran::Day => format!("{y}-{:02}-{:02}", d.month(), d.day()),
            Gran::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", year_str(w.year()), w.week())
            }
            Gran::Weekend => {
                let w = d.iso_week();
                format!("{}-W{:02}-WE", year_str(w.year()), w.week())
            }
            Gran::Month => format!("{y}-{:02}", d.month()),
            Gran::Season => format!("{y}-{}", SEASONS[self.season as usize]),
            Gran::Quarter => format!("{y}-Q{}", (d.month() - 1) / 3 + 1),
            Gran::Half => format!("{y}-H{}", (d.month() - 1) / 6 + 1),
            Gran::Year => y,
            Gran::Decade => era(d.year(), 10, 3),
            Gran::Century => era(d.year(), 100, 2),
        }
    }
}

/// A year as TIMEX3 writes it: four digits, or "BC" and the historical
/// year for years before 1 AD (the proleptic calendar's year 0 is 1 BC).
fn year_str(y: i32) -> String {
    if y > 0 {
        format!("{y:04}")
    } else {
        format!("BC{:04}", 1 - y)
    }
}

/// A decade (`per` 10, three digits) or century (`per` 100, two digits).
fn era(y: i32, per: i32, width: usize) -> String {
    if y > 0 {
        format!("{:0width$}", y.div_euclid(per))
    } else {
        format!("BC{:0width$}", (1 - y) / per)
    }
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The code of winter in [`SEASONS`]: the season that runs into the next
/// year (2052-WI is December 2052 to February 2053).
const WINTER: u8 = 3;

/// Start month of a season (winter starts in December of the year before the
/// one it is named after in TimeML practice; we use the year's own start).
fn season_month(s: u8) -> u32 {
    [3, 6, 9, 12][s as usize]
}

fn season_code(s: &str) -> Option<u8> {
    SEASONS.iter().position(|x| *x == s).map(|p| p as u8)
}

/// Tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    None,
    /// A plan told in the past perfect ("had been due to expire
    /// Thursday"): it has changed since, so it may lie on either side of
    /// the DCT; the nearest date wins.
    Revised,
    /// A date a verb moved to ("postponed until Tuesday", "moved to Oct.
    /// 29"): ahead of the move, which may itself be some days past. A
    /// weekday lies ahead; a calendar date within three months of the DCT
    /// is the nearest one, further off the next one.
    Deferred,
}

impl Tense {
    /// Whether the clause looks ahead.
    pub fn ahead(self) -> bool {
        matches!(self, Tense::Future | Tense::Deferred)
    }
}

/// Resolution context for one document.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub dct: NaiveDate,
    /// The latest date the text mentioned (starts at the DCT).
    pub reference: Point,
    /// Index (in the output) of the timex that set `reference`, if any.
    pub reference_idx: Option<usize>,
    /// The clock time of `reference`, when the text named one ("at 2:10
    /// a.m. Tuesday"): "two hours later" counts from it.
    pub reference_at: Option<NaiveDateTime>,
    /// Whether `reference` is an evening or a night ("Friday night"): a
    /// small-hours clock after it ("open until 3 a.m.") is the next day.
    pub reference_late: bool,
    /// The most recent completed quarter the text mentioned, and its
    /// index: the quarter a financial report is about ("the quarter", "a
    /// year ago" later on refer to it, not to an aside such as "after a
    /// flat second quarter" or "a fourth-quarter charge").
    pub topic_quarter: Option<(Point, usize)>,
    /// Whether the story so far speaks of a game (a word of class GAME in
    /// vocab.tsv: "scored", "touchdown", "halftime"): from then on a bare
    /// "fourth quarter" or "second half" is a period of play, not of the
    /// calendar.
    pub game: bool,
    /// The day in question before a coarser date told in its sentence
    /// took `reference` ("late Thursday, ending a process that began in
    /// March"), and its index: a clock time or a part of a day that
    /// follows is on that day.
    pub day_ref: Option<(NaiveDate, usize)>,
    /// The day of a telling in the sentence at hand ("police said
    /// Saturday"), and its index: the story does not go on from it, but
    /// a bare clock time after it in its sentence ("said Saturday the fire
    /// started at 3 a.m.") is on it.
    pub told: Option<(NaiveDate, usize)>,
    /// Whether `reference` is a day ahead told as a limit ("up to an inch
    /// of rain by Sunday morning", "due by Friday"): it stays the date in
    /// question for "the following week", but a bare clock time after it
    /// is on the day before it in question (`day_ref`), or the DCT's.
    pub reference_bound: bool,
    /// Whether the timex that set `reference` is in the sentence at hand
    /// (set before each expression is resolved).
    pub reference_here: bool,
    /// A past year that heads a paragraph before a colon ("25 years ago
    /// this week:", "2008:"), and the paragraph's index: a look-back or
    /// a chronology, whose year-less dates are in that year.
    pub paragraph_frame: Option<(usize, i64)>,
    /// That year, when the expression at hand is in that paragraph (set
    /// before each expression is resolved).
    pub paragraph_year: Option<i64>,
    /// A day told with its year, more than a year before the DCT, and its
    /// paragraph's index: a story told in flashback ("She was hurt on Aug.
    /// 12, 2028. She walked again on Sept. 3."), until an expression
    /// brings the story back near the DCT.
    /// (paragraph, day, index of its expression)
    pub story: Option<(usize, NaiveDate, usize)>,
    /// That day and index, when the expression at hand is in that
    /// paragraph (set before each expression is resolved).
    pub story_day: Option<(NaiveDate, usize)>,
    /// The day in question before `reference` took its place in the
    /// same sentence, and its index, while the text is in that sentence
    /// or the next: a bare clock time whose clause does not fit the side of
    /// the dateline `reference` is on may still fit this one ("will
    /// return next Saturday, after Thursday's storm. Planting starts at
    /// 8 a.m.": Saturday).
    pub prev_day: Option<(NaiveDate, usize)>,
    /// When `reference` is a clock time put past midnight (`Out::rolled`),
    /// the clock time in question before it: a later evening clock is on
    /// that one's day ("runs from 9 p.m. to 5 a.m. ... due to leave at
    /// 10:50 p.m.").
    pub rolled_from: Option<NaiveDateTime>,
    /// The latest day in question that was not after the DCT, its index
    /// and where it ends in the text (set by the caller): a bare clock
    /// time in a past clause shortly after it and after a day still to
    /// come goes back to it ("adopted the budget late Monday. Work starts
    /// Friday. The vote came at 11:40 p.m.": Monday's).
    pub past_day: Option<(NaiveDate, usize, usize)>,
    /// The latest day in question, its index and where it ends in the
    /// text, while the text is in its sentence or the three after it, in
    /// its paragraph (kept by the caller): "the day before" after a
    /// coarser date counts from it ("released its report Friday. In 2019
    /// the rate was 9 percent. The day before, the state had published
    /// ...": Thursday).
    pub last_day: Option<(NaiveDate, usize, usize)>,
    /// The latest day in question that was after the DCT, its index and
    /// where it ends in the text (set by the caller): the mirror of
    /// `past_day`, for a bare clock time in a clause that looks ahead
    /// after a day gone by ("will decide next Tuesday ... called off its
    /// Jan. 9 session ... The rescheduled meeting will begin at 7:30
    /// p.m.": Tuesday's).
    pub future_day: Option<(NaiveDate, usize, usize)>,
}

impl Ctx {
    /// A fresh context for a document with this DCT.
    pub fn new(dct: NaiveDate) -> Ctx {
        Ctx {
            dct,
            reference: Point::day(dct),
            reference_idx: None,
            reference_at: None,
            reference_late: false,
            topic_quarter: None,
            game: false,
            day_ref: None,
            told: None,
            reference_bound: false,
            reference_here: false,
            paragraph_frame: None,
            story: None,
            story_day: None,
            paragraph_year: None,
            prev_day: None,
            last_day: None,
            future_day: None,
            rolled_from: None,
            past_day: None,
        }
    }

    /// A duration the text names. In a quarterly report, a period of six
    /// months to a year ("for the nine months", "for the year") moves the
    /// report from the quarter to a longer period: "a year earlier" now
    /// means that year.
    /// Make `p` (the timex at `idx`, at clock time `at`, an evening or
    /// night when `late`) the date in question.
    pub fn refer(&mut self, p: Point, idx: usize, at: Option<NaiveDateTime>, late: bool) {
        self.reference = p;
        // (set by the caller when they apply)
        self.prev_day = None;
        self.rolled_from = None;
        self.reference_idx = Some(idx);
        self.reference_at = at;
        self.reference_late = late;
        self.told = None;
        self.reference_bound = false;
    }

    pub fn note_period(&mut self, value: &str) {
        if self.reference.gran == Gran::Quarter
            && duration_months(value).is_some_and(|m| (6..=12).contains(&m))
        {
            self.reference = Point::at(self.reference.date, Gran::Year);
            self.reference_at = None;
            self.reference_late = false;
        }
    }

    /// Note a mentioned quarter: the most recent one that has ended by the
    /// DCT is the topic.
    pub fn note_quarter(&mut self, p: Point, idx: usize) {
        if p.gran != Gran::Quarter {
            return;
        }
        // (a quarter ends on the DCT when the DCT is its last day: "closed
        // out the third quarter" on Sept. 30)
        let ended = shift(p.date, 3, "M").is_some_and(|end| end <= self.dct + Duration::days(1));
        if ended && !self.topic_quarter.is_some_and(|(t, _)| p.date <= t.date) {
            self.topic_quarter = Some((p, idx));
        }
    }

    /// The anchor of a value computed from [`Ctx::quarter_topic`].
    fn quarter_anchor(&self) -> Anchor {
        match self.topic_quarter {
            Some((_, i)) if self.quarter_topic().is_some() => Anchor::At(i),
            _ => Anchor::Reference,
        }
    }

    /// Quarter `q` moved by `n` years, anchored as [`Ctx::quarter_anchor`]
    /// says; no point for anaphora (the report's quarter stays the topic).
    fn quarter_years(&self, q: Point, n: i64) -> Option<Out> {
        let p = Point::at(shift(q.date, n, "Y")?, Gran::Quarter);
        Some(Out::new(p.value(), self.quarter_anchor(), None))
    }

    /// Whether the latest date mentioned is a day in the `months` from the
    /// start of quarter `q` (3: inside it; 6: inside it or in the season
    /// that reports it).
    fn day_within(&self, q: Point, months: i64) -> bool {
        self.reference.gran == Gran::Day
            && q.date <= self.reference.date
            && shift(q.date, months, "M").is_some_and(|end| self.reference.date < end)
    }

    /// The quarter in question when the text speaks of quarters (the latest
    /// date mentioned is a quarter, or a day inside the topic quarter, as
    /// in "the quarter ended Sept. 30"): the topic quarter, else the latest
    /// mentioned one; after any other date, a topic quarter that ends on
    /// the DCT.
    fn quarter_topic(&self) -> Option<Point> {
        self.reference_idx?;
        let topic = self.topic_quarter.map(|(p, _)| p);
        // a quarter that ends on the DCT, named before, stays the one in
        // question across other dates ("closed out the third quarter on
        // Friday, as investors bet on next month ... 4.7 percent for the
        // quarter")
        let current = topic.filter(|q| q.date == floor(self.dct, Gran::Quarter));
        match self.reference.gran {
            Gran::Quarter => Some(topic.unwrap_or(self.reference)),
            Gran::Day => topic.filter(|q| self.day_within(*q, 3)).or(current),
            _ => current,
        }
    }
}

/// How the value was computed (TIMEX3 temporalFunction / anchorTimeID).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Not computed: the text says it all.
    None,
    /// From the document creation time.
    Dct,
    /// From the latest mentioned date.
    Reference,
    /// From the timex with this index (the quarter in question).
    At(usize),
}

/// The result of a normalization function.
#[derive(Debug, Clone)]
pub struct Out {
    pub value: String,
    pub kind: Option<TimexType>,
    pub anchor: Anchor,
    /// The date this expression denotes, for anaphora that follows.
    pub point: Option<Point>,
    /// Its clock time, if it names one.
    pub at: Option<NaiveDateTime>,
    pub freq: Option<String>,
    /// Whether it is a bare clock time put on the day after the one in
    /// question, past midnight ("from 9 p.m. to 5 a.m.").
    pub rolled: bool,
    /// Whether it is a clock said without its half of the day: an hour
    /// from 1 to 11 on a 12-hour clock with no a.m. or p.m. ("3:07",
    /// "3 o'clock"; not "06:30", "0600 GMT"). A part of the day said
    /// with it may still place it ("2:40 this afternoon": `merge_clock`).
    pub open_half: bool,
}

impl Out {
    fn new(value: String, anchor: Anchor, point: Option<Point>) -> Out {
        Out {
            value,
            kind: None,
            anchor,
            point,
            at: None,
            freq: None,
            rolled: false,
            open_half: false,
        }
    }
    fn point(p: Point, anchor: Anchor) -> Out {
        Out::new(p.value(), anchor, Some(p))
    }
    /// A SET value ("every Monday", "each July", "daily"); the tagger
    /// writes a SET's `quant` from its words (`set_quant`).
    fn every(value: String) -> Out {
        Out::new(value, Anchor::None, None)
    }
}

#[derive(Debug, Clone)]
pub enum Arg {
    Slot(usize, bool),
    /// A class this pattern does not bind (an optional input left out).
    Unbound,
    Int(i64),
    Word(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Reject,
    Lit,
    Ymd,
    Ym,
    Y,
    Era,
    PodMd,
    PodMdWd,
    FullYear,
    NewYear,
    EveryHoliday,
    MonthQuarter,
    DayOf,
    Md,
    MdWd,
    M,
    NumDate,
    Decade,
    DecadeWord,
    Century,
    CenturyAdj,
    Wd,
    WdRef,
    Shift,
    Ago,
    AgoThis,
    Ahead,
    Later,
    Ref,
    Season,
    SeasonY,
    Quarter,
    QuarterRes,
    QuarterY,
    QuarterRel,
    QuarterRef,
    HalfY,
    YSplit,
    Yy,
    Dur,
    DecDur,
    DurScale,
    DurSum,
    WdPod,
    Hms,
    Ms,
    Every,
    SetWd,
    Freq,
    Clock,
    Pod,
    Holiday,
    MRel,
    SeasonRel,
    Weekend,
    QuarterRelYear,
    EveryPod,
    QuarterAgo,
    QuarterOfYear,
    EveryMonth,
    SetWdPod,
    DurHalf,
    ClockMd,
    WeekOf,
    MdRel,
    FromWd,
    NthWeek,
    EveryN,
    Next,
    EverySeason,
    PeriodAgo,
    DayOfMonth,
    HalfRelYear,
    HolidayWd,
    HolidayRel,
    NthWd,
}

const FUNCS: &[(&str, Func, usize)] = &[
    ("lit", Func::Lit, 1),
    ("ymd", Func::Ymd, 3),
    ("ym", Func::Ym, 2),
    ("y", Func::Y, 1),
    ("era", Func::Era, 2),
    ("podmd", Func::PodMd, 3),
    ("podmdy", Func::PodMd, 4),
    ("podmdwd", Func::PodMdWd, 4),
    ("fullyear", Func::FullYear, 0),
    ("newyear", Func::NewYear, 0),
    ("everyholiday", Func::EveryHoliday, 1),
    ("monthquarter", Func::MonthQuarter, 1),
    ("dayofrel", Func::DayOf, 3),
    ("dayofmonth2", Func::DayOf, 2),
    ("md", Func::Md, 2),
    ("mdwd", Func::MdWd, 3),
    ("mdd", Func::Md, 3),
    ("m", Func::M, 2),
    ("numdate", Func::NumDate, 1),
    ("decade", Func::Decade, 1),
    ("decadew", Func::DecadeWord, 1),
    ("century", Func::Century, 1),
    ("centuryera", Func::Century, 2),
    ("centuryadj", Func::CenturyAdj, 1),
    ("wd", Func::Wd, 2),
    ("wdref", Func::WdRef, 2),
    ("wdpod", Func::WdPod, 3),
    ("shift", Func::Shift, 3),
    ("ago", Func::Ago, 2),
    ("agothis", Func::AgoThis, 3),
    ("ahead", Func::Ahead, 1),
    ("later", Func::Later, 2),
    ("next", Func::Next, 2),
    ("ref", Func::Ref, 1),
    ("season", Func::Season, 2),
    ("seasony", Func::SeasonY, 2),
    ("seasonrel", Func::SeasonRel, 2),
    ("quarter", Func::Quarter, 1),
    ("quarterres", Func::QuarterRes, 1),
    ("quartery", Func::QuarterY, 2),
    ("quarterrel", Func::QuarterRel, 1),
    ("quarterref", Func::QuarterRef, 0),
    ("halfy", Func::HalfY, 2),
    ("ysplit", Func::YSplit, 2),
    ("yy", Func::Yy, 1),
    ("dur", Func::Dur, 2),
    ("decdur", Func::DecDur, 2),
    ("durscale", Func::DurScale, 3),
    ("dursum", Func::DurSum, 4),
    ("dursum3", Func::DurSum, 6),
    ("hms", Func::Hms, 1),
    ("ms", Func::Ms, 1),
    ("every", Func::Every, 1),
    ("setwd", Func::SetWd, 1),
    ("freq", Func::Freq, 2),
    ("clock", Func::Clock, 4),
    ("pod", Func::Pod, 2),
    ("holiday", Func::Holiday, 2),
    ("holidayin", Func::Holiday, 4),
    ("holidaypod", Func::Holiday, 3),
    ("mrel", Func::MRel, 2),
    ("weekend", Func::Weekend, 1),
    ("quarterrelyear", Func::QuarterRelYear, 2),
    ("everypod", Func::EveryPod, 1),
    ("quarterago", Func::QuarterAgo, 0),
    ("everymonth", Func::EveryMonth, 1),
    ("everymd", Func::EveryMonth, 2),
    ("durhalf", Func::DurHalf, 2),
    ("clockmd", Func::ClockMd, 4),
    ("clockmdy", Func::ClockMd, 5),
    ("weekof", Func::WeekOf, 2),
    ("weekofy", Func::WeekOf, 3),
    ("mdrel", Func::MdRel, 3),
    ("fromwd", Func::FromWd, 3),
    ("nthweek", Func::NthWeek, 2),
    ("everyn", Func::EveryN, 2),
    ("everyseason", Func::EverySeason, 1),
    ("periodago", Func::PeriodAgo, 0),
    ("dayofmonth", Func::DayOfMonth, 1),
    ("halfrelyear", Func::HalfRelYear, 2),
    ("setwdpod", Func::SetWdPod, 2),
    ("quarterofyear", Func::QuarterOfYear, 1),
    ("holidaywd", Func::HolidayWd, 3),
    ("holidayrel", Func::HolidayRel, 2),
    ("nthwd", Func::NthWd, 3),
    ("nthwdy", Func::NthWd, 4),
    ("nthwdyin", Func::NthWd, 5),
];

/// A parsed value column: a function and its arguments.
#[derive(Debug, Clone)]
pub struct Action {
    pub func: Func,
    pub args: Vec<Arg>,
}

impl Action {
    pub fn reject() -> Action {
        Action {
            func: Func::Reject,
            args: Vec::new(),
        }
    }

    /// Parse `func(arg, ...)`; a bare word is `lit(word)`.
    pub fn parse(src: &str, slots: &[String], lex: &mut Lexicon) -> Result<Action, String> {
        let src = src.trim();
        let Some((name, rest)) = src.split_once('(') else {
            return Ok(Action {
                func: Func::Lit,
                args: vec![Arg::Word(src.to_string())],
            });
        };
        let body = rest
            .strip_suffix(')')
            .ok_or_else(|| format!("`{src}`: missing `)`"))?;
        let (_, func, arity) = FUNCS
            .iter()
            .find(|(n, _, _)| *n == name.trim())
            .ok_or_else(|| format!("unknown function `{name}`"))?;
        let mut args = Vec::new();
        for a in body.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            let (neg, an) = match a.strip_prefix('-') {
                Some(x) if x.starts_with(|c: char| c.is_ascii_uppercase()) => (true, x),
                _ => (false, a),
            };
            if let Some(p) = slots.iter().position(|s| s == an) {
                args.push(Arg::Slot(p, neg));
            } else if let Ok(v) = a.parse::<i64>() {
                args.push(Arg::Int(v));
            } else if an.len() > 2 && lex.class_id(an).is_some() {
                args.push(Arg::Unbound);
            } else if an
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                && an.len() > 2
                && !matches!(an, "MIN" | "WE" | "DE" | "CE" | "FN")
            {
                return Err(format!("`{an}` is not a slot of this pattern ({slots:?})"));
            } else {
                args.push(Arg::Word(a.to_string()));
            }
        }
        if args.len() != *arity {
            return Err(format!(
                "{name} takes {arity} arguments, got {}",
                args.len()
            ));
        }
        Ok(Action { func: *func, args })
    }
}

/// The mod column: none, a fixed value, or the value of a slot.
#[derive(Debug, Clone)]
pub enum ModSpec {
    None,
    Fixed(String),
    Slot(usize),
}

impl ModSpec {
    pub fn parse(src: &str, slots: &[String]) -> ModSpec {
        let s = src.trim();
        if s.is_empty() || s == "-" {
            ModSpec::None
        } else if let Some(p) = slots.iter().position(|x| x == s) {
            ModSpec::Slot(p)
        } else {
            ModSpec::Fixed(s.to_string())
        }
    }
}

/// Everything a function may read.
pub struct Env<'a> {
    pub lex: &'a Lexicon,
    /// The tense and clause classes of `lex`, looked up once per tagger.
    pub classes: &'a TenseClasses,
    pub slots: &'a Slots,
    pub toks: &'a Tokens,
    pub first: usize,
    pub last: usize,
}

impl Env<'_> {
    fn feat(&self, a: &Arg) -> Option<Feat> {
        match a {
            Arg::Slot(s, _) => self.slots[*s],
            _ => None,
        }
    }
    /// A clock argument as (hour, minute): a CLOCK token is hh*100+mm
    /// ("00:01" included); a bare hour is the hour.
    fn hour_minute(&self, a: &Arg) -> Option<(i64, i64)> {
        let raw = self.num(a)?;
        let is_clock = self.feat(a).is_some_and(|f| f.class == C_CLOCK);
        Some(if raw >= 100 || is_clock {
            (raw / 100, raw % 100)
        } else {
            (raw, 0)
        })
    }
    /// An argument as a number (slots give their numeric value).
    fn num(&self, a: &Arg) -> Option<i64> {
        match a {
            Arg::Slot(s, neg) => {
                let f = self.slots[*s]?;
                let sym = &self.lex.syms[f.sym as usize];
                let v = if sym == "X" { return None } else { f.num };
                Some(if *neg { -v } else { v })
            }
            Arg::Int(v) => Some(*v),
            Arg::Word(w) => w.parse().ok(),
            Arg::Unbound => None,
        }
    }
    /// An argument as a word (slots give their symbolic value).
    fn word(&self, a: &Arg) -> Option<String> {
        match a {
            Arg::Slot(s, _) => {
                let f = self.slots[*s]?;
                let sym = &self.lex.syms[f.sym as usize];
                Some(if sym.is_empty() {
                    f.num.to_string()
                } else {
                    sym.clone()
                })
            }
            Arg::Int(v) => Some(v.to_string()),
            Arg::Word(w) => Some(w.clone()),
            Arg::Unbound => None,
        }
    }
    fn bound(&self, a: &Arg) -> bool {
        match a {
            Arg::Slot(s, _) => self.slots[*s].is_some(),
            Arg::Unbound => false,
            _ => true,
        }
    }
}

/// A DEC token's value (its digits times ten, plus the count of its
/// decimals: 4.25 is 4252) as its digits and the power of ten they are
/// scaled by (425, 100).
fn dec_parts(v: i64) -> (i64, i64) {
    (v / 10, 10i64.pow((v % 10) as u32))
}

fn ymd(y: i64, m: i64, d: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    )
}

pub fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let total = d.year() as i64 * 12 + d.month0() as i64 + n;
    let y = total.div_euclid(12);
    let m = total.rem_euclid(12) + 1;
    let last = (28..=31).rev().find(|&dd| ymd(y, m, dd).is_some())?;
    ymd(y, m, (d.day() as i64).min(last))
}

/// Start of the unit containing `d`.
fn floor(d: NaiveDate, g: Gran) -> NaiveDate {
    let y = d.year();
    let f = |m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d);
    match g {
        Gran::Day => d,
        Gran::Week | Gran::Weekend => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        Gran::Month | Gran::Season => f(d.month()),
        Gran::Quarter => f((d.month() - 1) / 3 * 3 + 1),
        Gran::Half => f((d.month() - 1) / 6 * 6 + 1),
        Gran::Year => f(1),
        Gran::Decade => NaiveDate::from_ymd_opt(y - y.rem_euclid(10), 1, 1).unwrap_or(d),
        Gran::Century => NaiveDate::from_ymd_opt(y - y.rem_euclid(100), 1, 1).unwrap_or(d),
    }
}

/// The granularity of a date a number of units away from another: as
/// [`unit_gran`], but a decade or a century counted lands on a year ("a
/// decade ago" written in 1999 is 1989, "a century ago" in 1992 is 1892:
/// the year, not the 1980s), as TimeBank and every project set write it.
fn counted_gran(u: &str) -> Option<Gran> {
    match u {
        "DE" | "CE" => Some(Gran::Year),
        _ => unit_gran(u),
    }
}

fn unit_gran(u: &str) -> Option<Gran> {
    Some(match u {
        "D" => Gran::Day,
        "W" | "FN" => Gran::Week,
        "WE" => Gran::Weekend,
        "M" => Gran::Month,
        "Q" => Gran::Quarter,
        "Y" => Gran::Year,
        "DE" => Gran::Decade,
        "CE" => Gran::Century,
        _ => return None,
    })
}

/// `d` moved by `n` units (`unit` as in vocab.tsv: D W M Q Y DE CE WE FN;
/// `H` is the hour there, finer than a date, so it has no shift here).
pub fn shift(d: NaiveDate, n: i64, unit: &str) -> Option<NaiveDate> {
    Some(match unit {
        "D" => d.checked_add_signed(Duration::days(n))?,
        "W" | "WE" => d.checked_add_signed(Duration::days(7 * n))?,
        "FN" => d.checked_add_signed(Duration::days(14 * n))?,
        "M" => add_months(d, n)?,
        "Q" => add_months(d, 3 * n)?,
        "Y" => add_months(d, 12 * n)?,
        "DE" => add_months(d, 120 * n)?,
        "CE" => add_months(d, 1200 * n)?,
        _ => return None,
    })
}

fn weekday(n: i64) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// The weekday `wd` nearest `from` on either side (the one before on a
/// tie, which happens only when `from` is itself that weekday).
fn nearest_weekday(from: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = resolve_weekday(from, wd, -1);
    let ahead = resolve_weekday(from, wd, 1);
    if ahead - from < from - back {
        ahead
    } else {
        back
    }
}

/// The weekday `wd` nearest `from` in direction `dir` (-1 back, +1 forward,
/// 0 = `from` itself when it is that weekday, else back).
pub fn resolve_weekday(from: NaiveDate, wd: Weekday, dir: i64) -> NaiveDate {
    let cur = from.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    match dir {
        d if d > 0 => {
            let k = (want - cur).rem_euclid(7);
            from + Duration::days(if k == 0 { 7 } else { k })
        }
        d if d < 0 => {
            let k = (cur - want).rem_euclid(7);
            from - Duration::days(if k == 0 { 7 } else { k })
        }
        _ => {
            let k = (cur - want).rem_euclid(7);
            from - Duration::days(k)
        }
    }
}

/// Scan width of [`tense`] for the clause of an expression.
pub const CLAUSE: usize = 40;
/// Scan width of [`tense`] for the verb right before an expression (and
/// its preposition); the right side is not scanned.
pub const GOVERNING: usize = 2;
/// Scan width of [`tense`] for the verb before an expression with its
/// auxiliary ("will open in January"); the right side is not scanned.
pub const VERB_PHRASE: usize = 4;
/// Scan width of [`tense`] for a verb with its object before an
/// expression ("closed for nine days in July", "changed from a fiscal
/// year to a calendar year in December"): left only, and no further than
/// a comma, an infinitive's "to", an auxiliary, a reporting verb, a verb
/// that aims ahead ("asked for a date in December") or a clause boundary.
pub const OBJECT_PHRASE: usize = 10;

/// Class ids of the tense cues in `vocab.tsv` (`None` when a table lacks one).
#[derive(Debug, Clone, Copy, Default)]
pub struct TenseClasses {
    /// FUT: "will", "is due", "expected".
    pub fut: Option<u16>,
    /// PAST: "said", "was", irregular past forms (-ed verbs are built in).
    pub past: Option<u16>,
    /// AUX: "has", "been"; a participle after one is no past-tense cue.
    pub aux: Option<u16>,
    /// PRES: present-tense event verbs of schedules ("resumes", "take effect").
    pub pres: Option<u16>,
    /// INF: "to", which makes a PRES verb an infinitive without tense.
    pub inf: Option<u16>,
    /// PERF: "had"; a plan in the past perfect is over ("had been due to
    /// expire Friday").
    pub perf: Option<u16>,
    /// TARGET: "until", "to" right before the expression ...
    pub target: Option<u16>,
    /// DEFER: ... after a verb that moves a date ("postponed until Tuesday",
    /// "extended to Nov. 20"): the new date is ahead, whatever the tense.
    pub defer: Option<u16>,
    /// STATEN: ... or after a noun of a state that lasts ("posted a storm
    /// warning for five counties through Thursday night", "a curfew until
    /// Monday"): ahead, when no verb stands between them.
    pub staten: Option<u16>,
    /// RANGE: "from", "between": the start of a range before a TARGET
    /// date ("a curfew from 6 p.m. Friday until Saturday morning") dates
    /// the range, not the noun before it.
    pub range: Option<u16>,
    /// FNW: function words; one before a fronted expression is its
    /// preposition ("In January, ...").
    pub fnw: Option<u16>,
    /// PADV: adverbs that may stand inside a verb group ("had originally
    /// been planned").
    pub padv: Option<u16>,
    /// REV: "originally", "initially": a plan said with them has changed
    /// ("originally due Feb. 6").
    pub rev: Option<u16>,
    /// COP: "is", "are" right before the expression give a schedule ("Game 4
    /// is Sunday", "the deadline is Oct. 15"): it is ahead.
    pub cop: Option<u16>,
    /// COMP: "that" after the expression opens a clause of its own ("told
    /// supporters at a rally on Sunday that he expected to win"): the scan
    /// to the right stops there.
    pub comp: Option<u16>,
    /// WHO: "who", "which": a relative clause after the expression is not
    /// its clause; the scan to the right skips to the comma that closes it.
    pub who: Option<u16>,
    /// CONJ: "and", "but" after a comma open a clause of their own ("shown
    /// on Saturday, and repeated the same day"): the scan to the right
    /// stops there.
    pub conj: Option<u16>,
    /// REPORT: "said", "told": an attribution after a comma at the end of
    /// the sentence (", a spokesman said.") tells when it was said, not
    /// when it happens; it is read only when the left side has no cue.
    pub report: Option<u16>,
    /// PASSIVE: "be", "will", "to": a REPORT verb after one is the event
    /// itself ("will be announced on Friday"), not an attribution.
    pub passive: Option<u16>,
    /// CREDIT: "AP Photo", "file photo": a caption, whose present tense
    /// tells a moment gone by ("Bush returns a salute Friday").
    pub credit: Option<u16>,
    /// SINCE, HAVE: "since" after a present perfect ("have been closed
    /// since 7 a.m.") starts a state that still holds (see `still_since`);
    /// a date after "since" is not the one the story goes on from.
    pub since: Option<u16>,
    /// The word "ago" and plural units: "Fifty years ago, ..." frames its
    /// sentence (see `framing_year`).
    pub ago: Option<u16>,
    pub units: Option<u16>,
    pub have: Option<u16>,
    /// BOUND: "by", "until", "through" before a day ("rain through
    /// Thursday night", "due by Friday"): a limit, not the day the story
    /// goes on from.
    pub bound: Option<u16>,
    /// ART, DET: "a", "the", "its"; a PRES verb after one is a noun ("the
    /// start Saturday").
    pub art: Option<u16>,
    pub det: Option<u16>,
    /// ON: "on" before a weekday ("said on Tuesday").
    pub on: Option<u16>,
    /// CPREP: a preposition that may stand between a copula's adjective and
    /// the date ("Storms are likely on Tuesday", "possible from Monday").
    pub cprep: Option<u16>,
    /// FOR, SCHED: "for" right before the expression, after a verb that
    /// sets a date ("set sentencing for Oct. 14"): the date is ahead.
    pub for_: Option<u16>,
    pub sched: Option<u16>,
    /// MEETN: "called both sides back for a session at 10 a.m. Wednesday":
    /// a meeting noun between "for" and the date, after a verb that sets
    /// a date, is ahead too.
    pub meetn: Option<u16>,
    /// MEETAT: "at", "on" between the meeting noun and the date.
    pub meetat: Option<u16>,
    /// AS: "as" after a day of the month that SCHED sets ("set Feb. 18
    /// as the sentencing date"): the date is ahead too.
    pub as_: Option<u16>,
    /// ORDER: "ordered", "asked", "told" before "to": what is to be done
    /// lies after the order ("were ordered to return Monday").
    pub order: Option<u16>,
    /// WEEKDAY: weekday names: with a day number, the only expressions
    /// "set ... for" moves ("a record for May" is no schedule); after a
    /// reporting verb, one that keeps the day in question ("said Tuesday").
    pub weekday: Option<u16>,
    /// WHEN: "when" after a year and a comma opens a clause about that
    /// year ("since 2011, when service halted in January").
    pub when: Option<u16>,
    /// REL ("last", "next", "this") and UNIT ("year"): a sentence that
    /// opens "Last year," frames its year-less dates (`framing_year`).
    pub rel: Option<u16>,
    pub unit: Option<u16>,
    /// NOTENSE: a participle phrase that takes the tense of its clause
    /// (", followed by sun on Tuesday"): no cue of its own.
    pub notense: Option<u16>,
    /// "after", "before", "because": a clause of its own after a date
    pub subord: Option<u16>,
    /// "would": a future seen from the past, or a condition
    pub cond: Option<u16>,
    /// "retroactive to": no forecast after a copula
    pub retro: Option<u16>,
    /// FUTL: "hoping to", "aiming for": a future cue before the date only
    /// ("resumed the countdown, aiming for liftoff Sunday"; not "flew home
    /// on Wednesday, hoping to avoid a return trip").
    pub futl: Option<u16>,
    /// WAITV: "waiting", "waited": with "for" after it, a look ahead
    /// ("were waiting for Wednesday, when the bureau publishes").
    pub waitv: Option<u16>,
    /// AMPM: "a.m.", "p.m." (a clock time in the expression).
    pub ampm: Option<u16>,
    /// PMOD: "early", "late", "mid".
    pub pmod: Option<u16>,
    /// INTENT: "voted", "agreed", "promised" before "to": the deed of a
    /// weekday after them lies ahead ("voted to strike on Monday").
    pub intent: Option<u16>,
    /// TEMPW: "temperatures", "highs", "degrees": in their sentence a
    /// two-digit decade is a temperature ("highs in the mid-80s").
    pub temp: Option<u16>,
    /// NEG: "not", "never" ("seemed not to be worried").
    pub neg: Option<u16>,
    /// IRREAL: "wants", "needs": a past form a few words after one is a
    /// wish, no past report ("wants the flats finished before June").
    pub irreal: Option<u16>,
    /// IFC: "if", "unless": after "would" (COND) in its sentence, a past
    /// form a few words after one is a condition ("would withdraw if the
    /// army pulled back by Friday").
    pub ifc: Option<u16>,
    /// HABIT: "usually", "typically": a month told in the same clause is
    /// any year's ("Snow usually closes the passes in October").
    pub habit: Option<u16>,
    /// PREP: "on", "for", "of": an -ed form right after one is an
    /// adjective ("a meeting on damaged beets").
    pub prep: Option<u16>,
    /// FORECAST: "forecast", "predicted": a date after the verb's object
    /// lies ahead ("forecast frost Friday night").
    pub forecast: Option<u16>,
    /// FRAMEIN: "in" opening a sentence with a year, which frames its
    /// year-less dates with or without a comma ("In 2012 the festival
    /// falls in early November").
    pub framein: Option<u16>,
    /// TIMEMOD: "same", "previous", "following": after a clock time
    /// with "the" ("at 6:50 a.m. the following day") the day comes next.
    pub timemod: Option<u16>,
    /// An edition's stamp verb ("updated at", "first sent at", "Update")
    pub stampv: Option<u16>,
}

impl TenseClasses {
    pub fn of(lex: &Lexicon) -> TenseClasses {
        TenseClasses {
            fut: lex.class_id("FUT"),
            past: lex.class_id("PAST"),
            aux: lex.class_id("AUX"),
            pres: lex.class_id("PRES"),
            inf: lex.class_id("INF"),
            perf: lex.class_id("PERF"),
            target: lex.class_id("TARGET"),
            defer: lex.class_id("DEFER"),
            staten: lex.class_id("STATEN"),
            range: lex.class_id("RANGE"),
            fnw: lex.class_id("FNW"),
            padv: lex.class_id("PADV"),
            rev: lex.class_id("REV"),
            cop: lex.class_id("COP"),
            comp: lex.class_id("COMP"),
            who: lex.class_id("WHO"),
            conj: lex.class_id("CONJ"),
            report: lex.class_id("REPORT"),
            passive: lex.class_id("PASSIVE"),
            credit: lex.class_id("CREDIT"),
            since: lex.class_id("SINCE"),
            ago: lex.class_id("=ago"),
            units: lex.class_id("UNITS"),
            bound: lex.class_id("BOUND"),
            have: lex.class_id("HAVE"),
            art: lex.class_id("ART"),
            det: lex.class_id("DET"),
            on: lex.class_id("ON"),
            cprep: lex.class_id("CPREP"),
            for_: lex.class_id("FOR"),
            sched: lex.class_id("SCHED"),
            meetn: lex.class_id("MEETN"),
            meetat: lex.class_id("MEETAT"),
            as_: lex.class_id("AS"),
            order: lex.class_id("ORDER"),
            weekday: lex.class_id("WEEKDAY"),
            when: lex.class_id("WHEN"),
            rel: lex.class_id("REL"),
            unit: lex.class_id("UNIT"),
            notense: lex.class_id("NOTENSE"),
            subord: lex.class_id("SUBORD"),
            cond: lex.class_id("COND"),
            retro: lex.class_id("RETRO"),
            intent: lex.class_id("INTENT"),
            futl: lex.class_id("FUTL"),
            waitv: lex.class_id("WAITV"),
            ampm: lex.class_id("AMPM"),
            pmod: lex.class_id("PMOD"),
            temp: lex.class_id("TEMPW"),
            neg: lex.class_id("NEG"),
            irreal: lex.class_id("IRREAL"),
            ifc: lex.class_id("IFC"),
            habit: lex.class_id("HABIT"),
            prep: lex.class_id("PREP"),
            forecast: lex.class_id("FORECAST"),
            framein: lex.class_id("FRAMEIN"),
            timemod: lex.class_id("TIMEMOD"),
            stampv: lex.class_id("STAMPV"),
        }
    }
}

/// Tense of the clause around tokens `first..last`: the nearest tense cue
/// (FUT / PAST words, -ed verbs), looking no further than a sentence end;
/// a cue on the left counts as twice as near as one on the right (see
/// [`TenseClasses`] for the cues). A date that a verb moves to ("postponed
/// until Tuesday") is ahead. A fronted expression ("In January, the board
/// named ...") is governed by the main verb after it.
/// `width` bounds the scan: [`CLAUSE`] looks up to 40 tokens left (and 20
/// right); [`GOVERNING`] looks only at the two tokens on the left, where
/// the verb that governs the expression stands ("was passed in May").
pub fn tense(env: &Env, width: usize) -> Tense {
    let TenseClasses {
        fut,
        past,
        aux,
        pres,
        inf,
        perf,
        target,
        defer,
        staten,
        range,
        fnw,
        padv,
        rev,
        cop,
        comp,
        who,
        conj,
        report,
        credit,
        art,
        det,
        cprep,
        for_,
        sched,
        meetn,
        meetat,
        as_,
        order,
        weekday,
        since,
        notense,
        intent,
        subord,
        retro,
        futl,
        ampm,
        pmod,
        neg,
        prep,
        forecast,
        ..
    } = *env.classes;
    let toks = env.toks;
    let n = toks.toks.len();
    let has = |i: usize, c: Option<u16>| toks.is(i, c);
    let is_break = |i: usize| matches!(toks.toks[i].kind, Kind::Break);
    // a photo caption: the sentence has a credit, or one follows it
    let caption = || {
        credit.is_some() && {
            let mut k = env.first;
            while k > 0 && !is_break(k - 1) {
                k -= 1;
            }
            let mut found = false;
            while k < n && !found {
                found = has(k, credit);
                if is_break(k) {
                    // "... Friday in Washington. (AP Photo/...)"
                    found = (k + 1..n.min(k + 3)).any(|j| has(j, credit));
                    break;
                }
                k += 1;
            }
            found
        }
    };
    // "to set", "the start", "their fixed rates": after an infinitive's
    // "to" or a determiner, a verb form carries no tense
    let untensed = |i: usize| i > 0 && (has(i - 1, inf) || has(i - 1, art) || has(i - 1, det));
    // "about 14,000 returns on Monday": after a count in digits a present
    // form is a plural noun; not after a year ("fiscal 2022 begins
    // Friday"), a clock, a name with its number ("Route 9 reopens Monday",
    // "Game 4 starts at 8 p.m.") or digits glued to the word ("2Face")
    let counted = |i: usize| {
        i > 0
            && matches!(toks.toks[i - 1].kind, Kind::Num)
            && toks.toks[i - 1].end < toks.toks[i].start
            && toks.has(i - 1, C_YEAR).is_none()
            && toks.has(i - 1, C_CLOCK).is_none()
            && !(i > 1 && matches!(toks.toks[i - 2].kind, Kind::Word { cap: true }))
    };
    // (a hyphen inside a word, not a dash between spaces: "the explosion
    // - in which 11 crew members died - at 21:49")
    let hyphen = |k: usize| toks.joined_hyphen(k);
    // after a preposition, or in a compound with a hyphen, an -ed form is
    // an adjective: "a meeting on damaged beets", "on prevented-planting
    // rules", "state-owned" (a present form after a preposition is left
    // as it was: "with play resuming on Saturday")
    let adjective = |i: usize| i > 0 && (has(i - 1, prep) || hyphen(i - 1)) || hyphen(i + 1);
    let cue = |i: usize| -> Option<Tense> {
        if has(i, notense) {
            return None;
        }
        if has(i, since) {
            // "have not been tested since March": "since" looks back even
            // after an auxiliary (where a participle would carry no tense)
            return Some(Tense::Past);
        }
        if i + 1 < env.first && has(i, env.classes.waitv) && has(i + 1, for_) {
            // "were waiting for Wednesday" (QA 46; a multiword FUTL would
            // hide the "for" of "waiting for hours" from the duration
            // rules)
            return Some(Tense::Future);
        }
        if i < env.first && has(i, futl) {
            return Some(Tense::Future);
        }
        // a forecaster's verb before its object and the date looks ahead:
        // "forecast frost Friday night", "a protest predicted again
        // Friday". Not right before the date, or a preposition and the
        // date: that is the day of the telling ("Cuba predicted
        // Wednesday", "forecast on Sunday that", "had forecast in July"),
        // and the verb reads as any other. Not a noun either: after an
        // article or a past verb ("the forecast location", "profits beat
        // forecast"), or before a capitalized word (a headline run into
        // its caption: "beat forecast Oil is burned off ... July 13")
        if has(i, forecast)
            && i + 1 < env.first
            && !(i + 2 == env.first && has(i + 1, prep))
            && !untensed(i)
            && !(i > 0 && (has(i - 1, past) || has(i - 1, Some(C_PASTV))))
            && !has(i + 1, Some(C_CAPWORD))
        {
            return Some(Tense::Future);
        }
        if has(i, fut) {
            // "had planned", "had been scheduled to", "had originally been
            // planned for", "was due", "originally due": a plan told in
            // the past, which may have changed; the nearest date wins
            let mut revised = false;
            for k in (i.saturating_sub(4)..i).rev() {
                if has(k, perf) || has(k, rev) || has(k, past) {
                    revised = true;
                    break;
                }
                if !(has(k, aux) || has(k, padv)) {
                    break;
                }
            }
            return Some(if revised {
                Tense::Revised
            } else {
                Tense::Future
            });
        }
        if has(i, pres)
            && !untensed(i)
            && !counted(i)
            && !(i > 0 && (has(i - 1, past) || has(i - 1, Some(C_PASTV))))
        {
            // (after a past verb a present form is its object, a noun:
            // "accepted returns on Jan. 27")
            return Some(if caption() {
                Tense::Past
            } else {
                Tense::Future
            });
        }
        if has(i, past) && i + 1 < n && has(i + 1, fut) {
            // "were planning", "was expected to"
            return Some(Tense::Future);
        }
        if (has(i, defer) || has(i, order)) && i + 1 < n && has(i + 1, inf) {
            // "was rescheduled to depart Saturday", "were ordered to return
            // Monday": what is to be done comes after the order
            return Some(Tense::Deferred);
        }
        // the deed of a decision, a promise or an order with its object
        // lies ahead of it ("The union voted to strike on Monday", "asked
        // jurors to return on Wednesday"), for a weekday said after the
        // verb ("On Wednesday she promised to cut bills" tells when)
        let decided = || {
            // "voted to", "voted Wednesday night to", "voted last month to",
            // "voted on Thursday to", "agreed late Tuesday to"
            let mut j = i + 1;
            if j + 1 < env.first && (has(j, prep) || has(j, pmod)) && has(j + 1, weekday) {
                j += 1;
            }
            if j < env.first && has(j, weekday) {
                j += if j + 1 < n && has(j + 1, inf) { 1 } else { 2 };
            } else if j + 1 < env.first && has(j, env.classes.rel) && has(j + 1, env.classes.unit) {
                j += 2;
            }
            j < n && has(j, inf)
        };
        let ordered = || {
            // "asked jurors to", "told the panel to", in one clause
            i + 2 < env.first
                && (i + 2..(i + 5).min(env.first)).any(|j| has(j, inf))
                && (i + 1..env.first)
                    .all(|j| !is_break(j) && !matches!(toks.toks[j].kind, Kind::Punct(',')))
        };
        // (a weekday, or a clock: "Leaders asked families to finish by 10
        // p.m." after "expected Sunday evening")
        if ((has(i, intent) && decided()) || (has(i, order) && ordered()))
            && i < env.first
            && (env.first..env.last)
                .any(|k| has(k, weekday) || has(k, Some(C_CLOCK)) || has(k, ampm))
        {
            return Some(Tense::Deferred);
        }
        if !(has(i, past) || has(i, Some(C_PASTV))) {
            return None;
        }
        if untensed(i) || adjective(i) {
            // "to set": an infinitive; "the injured man": an adjective
            return None;
        }
        // "if the army pulled back by Friday", "wants the flats finished
        // before June": a condition or a wish ("if" only after "would")
        if wished(env, i) {
            return None;
        }
        // a participle after an auxiliary: "will be held", "has been cut"
        for k in i.saturating_sub(2)..i {
            if has(k, fut) || (k + 2 == i && has(k, inf) && has(k + 1, aux)) {
                // ... and a plan: "a service to be held on Tuesday"; but
                // what "had to be repaired in February" is done, and what
                // "was supposed to be finished by June 7" is a plan
                // told in the past, which may have slipped (the
                // nearest date wins)
                // ("seemed not to be worried on Friday night",
                // "believed to have secured a win in the March 29
                // election": a state after a verb or a negation, no
                // plan; the clause's verb decides; "was to be aired"
                // stays a plan)
                let stative = k > 0
                    && k + 2 == i
                    && (has(k - 1, neg)
                        || ((has(k - 1, past) || has(k - 1, Some(C_PASTV)))
                            && !has(k - 1, fut)
                            && !has(k - 1, fnw)));
                return if k > 0 && has(k - 1, perf) {
                    Some(Tense::Past)
                } else if k > 1
                    && has(k - 2, past)
                    && (has(k - 1, fut) || has(k - 1, Some(C_PASTV)))
                {
                    Some(Tense::Revised)
                } else if stative {
                    None
                } else {
                    Some(Tense::Future)
                };
            }
            if has(k, aux) {
                return None;
            }
        }
        Some(Tense::Past)
    };
    let is_comma = |i: usize| matches!(toks.toks[i].kind, Kind::Punct(','));
    // an attribution that ends the sentence: a few words with a reporting
    // verb among them (", a spokesman said.", ", officials told reporters.")
    // An inverted one, opened by its verb (", said meteorologist Dana
    // Whitford of the state climate office."), may run longer.
    let attribution = |i: usize| {
        let mut seen = false;
        let reach = if i < n && has(i, report) { 16 } else { 7 };
        for k in i..n.min(i + reach) {
            if is_break(k) {
                return seen;
            }
            if has(k, fut) {
                // "..., will be announced next week": a clause, not an
                // attribution
                return false;
            }
            if is_comma(k) {
                // "..., county clerk Denise Arbogast said Monday, and ...":
                // one closed by a comma
                return seen;
            }
            seen |= has(k, report);
        }
        i + reach >= n && seen
    };
    // past a relative clause that starts at `i` ("who heads the
    // commission,"): the index of the comma or sentence end that closes it
    let past_relative = |mut i: usize| {
        if has(i, who) {
            while i + 1 < n && !is_comma(i) && !is_break(i) {
                i += 1;
            }
        }
        i
    };
    if env.first > 0 && has(env.first - 1, cop) {
        return Tense::Future;
    }
    {
        // a weekday as the subject of a present copula: "Saturday really
        // is my last shift", "Today and Sunday are the two peak days"
        // (QA 45); not before a participle ("Sunday is expected to" has
        // its own cue, "Monday is closed" is a state told ahead anyway)
        let mut k = env.last;
        if k < n && has(k, padv) {
            k += 1;
        }
        // (the subject opens its clause: the sentence, or "and" or "but"
        // at most one word after its start or after a comma; not a
        // weekday inside a noun phrase: "flights for Wednesday are
        // canceled", "the decision announced Thursday is stirring
        // passions")
        let opens = |i: usize| i == 0 || is_break(i - 1);
        let subject = opens(env.first)
            || (env.first > 0
                && has(env.first - 1, conj)
                && (opens(env.first - 1)
                    || (env.first > 1 && (opens(env.first - 2) || is_comma(env.first - 2)))));
        if subject
            && k < n
            && has(k, cop)
            && matches!(toks.toks[k].kind, Kind::Word { cap: false })
            && (env.first..env.last).any(|i| has(i, weekday))
            && !(k + 1 < n && (has(k + 1, past) || has(k + 1, Some(C_PASTV))))
        {
            return Tense::Future;
        }
    }
    // ... and so is a copula and a preposition: "The sale is in
    // December", "The vote is on Tuesday" (QA 40)
    if env.first > 1 && has(env.first - 1, prep) && has(env.first - 2, cop) && !caption() {
        return Tense::Future;
    }
    {
        // "Heavy rain is possible Monday", "Schools are closed Tuesday",
        // "Storms are likely on Tuesday", "Rain totals are possible from
        // Monday night": a present copula, one word (an adjective or a
        // participle), the date: a forecast or a state, ahead; in a photo
        // caption, the moment pictured
        let mut j = env.first;
        if j > 0 && has(j - 1, cprep) {
            j -= 1;
        }
        if j >= 2 && has(j - 1, conj) && !is_comma(j - 2) {
            // "are possible tonight and Wednesday": the second of two
            // dates in one predicate
            j -= 2;
        }
        if j >= 3 && has(j - 1, pmod) && matches!(toks.toks[j - 1].kind, Kind::Word { cap: false })
        {
            // "The library is open late Saturday": an adverb of the
            // adjective
            j -= 1;
        }
        if j >= 2
            && has(j - 2, cop)
            && matches!(toks.toks[j - 1].kind, Kind::Word { cap: false })
            && !(has(j - 1, art) || has(j - 1, det) || has(j - 1, fnw) || has(j - 1, retro))
            && !caption()
        {
            return Tense::Future;
        }
    }
    // Whether a word of class `hit` stands within `width` words before
    // `end`, with none of `stop` (and no sentence end) between
    let found_before =
        |end: usize, width: usize, hit: Option<u16>, stop: &dyn Fn(usize) -> bool| {
            (end.saturating_sub(width)..end)
                .rev()
                .take_while(|&k| !is_break(k) && !stop(k))
                .any(|k| has(k, hit))
        };
    let no_stop = |_: usize| false;
    let day_told = || (env.first..env.last).any(|i| has(i, Some(C_DAY)) || has(i, weekday));
    if env.first > 0 && has(env.first - 1, for_) && day_told() {
        // "set sentencing for Oct. 14", "called an election for May 5"
        // (a day: "set a record for May" is no schedule)
        if found_before(env.first - 1, 5, sched, &no_stop) {
            return Tense::Deferred;
        }
    }
    {
        // "has called both sides back for a session at 10 a.m. Wednesday",
        // "summoned the lawyers for a hearing Thursday": "for", at most
        // two words, a meeting noun, then at most "at" or "on" before the
        // date; a verb that sets a date within six words before "for"
        let mut k = env.first;
        if k > 0 && has(k - 1, meetat) {
            k -= 1;
        }
        if k > 0 && has(k - 1, meetn) && day_told() {
            let f = (k.saturating_sub(4)..k - 1)
                .rev()
                .find(|&j| has(j, for_) || is_break(j) || is_comma(j));
            if f.is_some_and(|f| has(f, for_) && found_before(f, 6, sched, &no_stop)) {
                return Tense::Deferred;
            }
        }
    }
    if env.first > 0
        && has(env.first - 1, sched)
        && env.last < n
        && has(env.last, as_)
        && (env.first..env.last).any(|i| has(i, Some(C_DAY)))
    {
        // "set Feb. 18 as the sentencing date" (a bare weekday may be one
        // gone by: "had set Friday as the deadline")
        return Tense::Deferred;
    }
    if hangs_on_participle(env)
        && !has(env.first - 1, since)
        && !has(env.first - 2, report)
        && !(env.first >= 3
            && (has(env.first - 3, aux) || has(env.first - 3, fut) || has(env.first - 3, padv)))
    {
        // "Units ordered by Aug. 31 will ship": a participle with its
        // date, then the clause's own verb, ahead ("said on Friday it
        // would" tells when it was said; "gifts bought since Nov. 1 can be
        // returned" looks back)
        let mut k = env.last;
        while k < n && !is_break(k) && !is_comma(k) && !has(k, comp) && !has(k, conj) {
            if has(k, fut) {
                return Tense::Future;
            }
            if cue(k).is_some() {
                break;
            }
            k += 1;
        }
    }
    if width <= GOVERNING {
        // A fronted expression ("In January, the board named ...", "On
        // March 5, the court ruled ..."): the main verb after it governs it.
        let mut k = env.first;
        if k > 0 && has(k - 1, fnw) {
            k -= 1;
        }
        // (a dateline before it opens the sentence too: "GULL HARBOR,
        // Maine -- On Jan. 30, 1947, she told him ...", QA 41)
        let opens = |k: usize| {
            let mut s = k;
            while s > 0 && !is_break(s - 1) {
                s -= 1;
            }
            if s == k || after_dateline(toks, s, k) == k {
                return true;
            }
            // (the segmenter may have ended a sentence at the "Minn." of
            // a dateline: the dash after it opens this one)
            let dash = |j: usize| {
                matches!(
                    toks.toks[j].kind,
                    Kind::Punct('-' | '_' | '\u{2013}' | '\u{2014}')
                )
            };
            let mut j = s;
            while j < k && dash(j) {
                j += 1;
            }
            if j == s || j != k || s < 2 {
                return false;
            }
            let e = s - 1;
            let mut b = e;
            while b > 0 && !is_break(b - 1) {
                b -= 1;
            }
            e > b
                && e - b <= 12
                && (b..e).all(|t| {
                    matches!(
                        toks.toks[t].kind,
                        Kind::Word { cap: true } | Kind::Punct(',' | '.' | '(' | ')')
                    )
                })
        };
        let fronted =
            opens(k) && env.last < n && matches!(toks.toks[env.last].kind, Kind::Punct(','));
        if fronted {
            let mut i = env.last + 1;
            while i < n.min(env.last + 1 + CLAUSE) {
                i = past_relative(i);
                if is_break(i) {
                    break;
                }
                if let Some(t) = cue(i) {
                    return t;
                }
                i += 1;
            }
        }
    }
    if env.first > 0 && has(env.first - 1, target) {
        // "postponed until Tuesday", "extended its deadline until 9 a.m.";
        // "had posted a winter storm warning for Harwick and five
        // counties through Thursday night" (not "a curfew that lasted
        // until Sunday": a verb between them dates it, nor the start of a
        // range)
        let verb_or_range = |k: usize| cue(k).is_some() || has(k, range);
        if found_before(env.first - 1, 5, defer, &no_stop)
            || found_before(env.first - 1, 9, staten, &verb_or_range)
        {
            return Tense::Deferred;
        }
        if width <= GOVERNING {
            // "extended to Nov. 20": the verb before "to" does not date it
            return Tense::None;
        }
    }
    let mut left = env.first;
    let mut right = env.last;
    let mut lstop = false;
    let mut rstop = width <= VERB_PHRASE || width == OBJECT_PHRASE;
    // where the object scan stops: "to" and a verb ("meant to stop the
    // flow in August"), not "to" and an article ("to a calendar year")
    let object_stop = |k: usize| {
        let to_noun = || has(k, inf) && k + 1 < n && (has(k + 1, art) || has(k + 1, det));
        width == OBJECT_PHRASE
            && !to_noun()
            && (is_comma(k)
                || has(k, inf)
                || has(k, aux)
                || has(k, fut)
                || has(k, report)
                || has(k, comp)
                || has(k, who)
                || has(k, conj)
                || has(k, target)
                || has(k, intent)
                || has(k, order)
                || has(k, sched)
                || has(k, defer))
    };
    let mut coord = None;
    // The governing verb mostly comes before the expression ("will double
    // its flights by August in markets untouched by the crisis"): the
    // scan goes two tokens left for one token right, 40 left at most, and
    // the two tokens right before the expression come first ("Heat
    // warnings issued on Friday remain in place").
    for k in (env.first.saturating_sub(2)..env.first).rev() {
        if is_break(k) {
            break;
        }
        if let Some(t) = cue(k) {
            return t;
        }
    }
    {
        // "A memorial service to be held at the stadium on Tuesday was
        // announced": the nearest verb on the left is a plan ("to be"
        // and a participle) after a noun, and the date hangs on it; it
        // governs the date whatever the clause's own verb after it says
        // (not after a verb: "seemed not to be worried on Friday night")
        let after_noun = |k: usize| {
            k > 0 && {
                let w = k - 1;
                matches!(toks.toks[w].kind, Kind::Word { .. })
                    && cue(w).is_none()
                    && !(has(w, aux) || has(w, neg) || has(w, padv) || has(w, fut))
            }
        };
        // (the two tokens nearest have no cue: the loop above returned it)
        let mut k = env.first;
        while k > 0 && env.first - k < 6 && !is_break(k - 1) && !is_comma(k - 1) {
            k -= 1;
            if k + 2 >= env.first {
                continue;
            }
            if let Some(t) = cue(k) {
                if t == Tense::Future
                    && k >= 2
                    && has(k - 1, aux)
                    && has(k - 2, inf)
                    && after_noun(k - 2)
                {
                    return t;
                }
                break;
            }
        }
    }
    for it in 0..width {
        if !lstop {
            if left == 0 || is_break(left - 1) || object_stop(left - 1) {
                lstop = true;
            } else {
                left -= 1;
                if let Some(t) = cue(left) {
                    return t;
                }
            }
        }
        if !rstop && it % 2 == 0 {
            if right < n {
                right = past_relative(right);
            }
            if right < n && is_comma(right) && right + 1 < n && has(right + 1, conj) {
                // a clause of its own: read only when the whole left side
                // has no cue (below)
                coord = Some(right + 2);
                rstop = true;
            } else if right + 1 < n
                && has(right, conj)
                && (cue(right + 1).is_some() || has(right + 1, aux))
            {
                // "beat Kessler 31-24 on Saturday and plays at home again",
                // "was released on Friday and is expected to testify": a
                // verb (or an auxiliary) after "and" heads a predicate of
                // its own, with its own tense: read like a clause after
                // ", and"
                coord = Some(right + 1);
                rstop = true;
            } else if right < n && has(right, subord) {
                // "will try again on Tuesday after engineers replaced a
                // valve": a clause of time or cause, read like one after
                // ", and"
                coord = Some(right + 1);
                rstop = true;
            } else if right < n && is_comma(right) && attribution(right + 1) {
                // ", a spokesman said.": the time of the telling, not of
                // what is told
                coord = Some(right + 1);
                rstop = true;
            } else if right >= n || is_break(right) || has(right, comp) {
                rstop = true;
            } else {
                if let Some(t) = cue(right) {
                    return t;
                }
                right += 1;
            }
        }
        if lstop && rstop {
            break;
        }
    }
    if width == CLAUSE && env.first > 0 && has(env.first - 1, target) {
        // a state that lasts "until Tuesday", "through Dec. 15", told
        // with no tense ("The store is closed until Tuesday", "Candidates
        // have until Friday to file, she said"): it ends ahead, whatever
        // the tense of the attribution after it
        return Tense::Future;
    }
    if let Some(from) = coord {
        // "shown on Saturday, and repeated the same day" takes the tense
        // of its left side; with none there, the coordinated clause
        // shares its frame ("Pickups run Tuesday, and the pantry will be
        // closed Thursday")
        for i in from..n.min(from + width / 2) {
            if is_break(i) || has(i, comp) {
                break;
            }
            if let Some(t) = cue(i) {
                return t;
            }
        }
    }
    Tense::None
}

/// Whether the past form at `i` states a wish or a condition, not a past
/// deed: "wants the flats finished before June" (after want/need), "would
/// withdraw if the army pulled back by Friday" ("if" or "unless" after a
/// "would" in its sentence).
fn wished(env: &Env, i: usize) -> bool {
    let (toks, c) = (env.toks, env.classes);
    let is_break = |k: usize| matches!(toks.toks[k].kind, Kind::Break);
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| !is_break(k) && !matches!(toks.toks[k].kind, Kind::Punct(',')))
        .any(|k| {
            toks.is(k, c.irreal)
                || toks.is(k, c.ifc)
                    && (0..k)
                        .rev()
                        .take_while(|&j| !is_break(j))
                        .any(|j| toks.is(j, c.cond))
        })
}

/// Whether a verb of the future governs a possessive weekday: "will face
/// Harlan Ridge in Friday's semifinal", "could delay Tuesday's vote". The
/// words before it in its clause are read back to a comma or a sentence
/// end, eight at most; a past verb met first, "would" (a future seen from
/// the past: "said it would appeal Wednesday's ruling") or a plan told in
/// the perfect ("had expected") says no, unless that past form is a wish
/// or a condition (`wished`: "would split if she lost Thursday's vote").
fn poss_ahead(env: &Env) -> bool {
    let c = env.classes;
    let toks = env.toks;
    for k in (env.first.saturating_sub(8)..env.first).rev() {
        if matches!(toks.toks[k].kind, Kind::Break | Kind::Punct(',')) {
            return false;
        }
        // (a participle after a hyphen or an article is an adjective: "will
        // face top-seeded Harlan Ridge")
        let adjective =
            k > 0 && (toks.joined_hyphen(k - 1) || toks.is(k - 1, c.art) || toks.is(k - 1, c.det));
        if toks.is(k, c.cond) {
            return false;
        }
        // (a FUT word before a past one: "is expected to win Thursday's
        // vote" is no past "-ed" verb)
        if toks.is(k, c.fut) {
            return !(k > 0 && toks.is(k - 1, c.perf));
        }
        if (toks.is(k, c.past) || toks.is(k, Some(C_PASTV))) && !adjective {
            // ("would split if she lost Thursday's vote": a condition
            // looks ahead)
            return wished(env, k) && !(k > 0 && toks.is(k - 1, c.perf));
        }
    }
    false
}

/// Whether a habit word ("usually", "typically") stands before the
/// expression in its clause (no comma or sentence end between, at most
/// eight words back), or right after it: then a month is any year's.
fn habitual(env: &Env) -> bool {
    let (toks, c) = (env.toks, env.classes);
    let open = |k: usize| !matches!(toks.toks[k].kind, Kind::Break | Kind::Punct(','));
    // ... or right after it, with at most a copula between, the month the
    // subject: "Late December is usually the busiest stretch" (no
    // features past the last token: `Tokens::feats`)
    (env.first.saturating_sub(8)..env.first)
        .rev()
        .take_while(|&k| open(k))
        .any(|k| toks.is(k, c.habit))
        || toks.is(env.last, c.habit)
        || (toks.is(env.last, c.cop) && toks.is(env.last + 1, c.habit))
}

/// The year a sentence frames a year-less date with:
/// - a "when" clause about a year: "the first since 2011, when service
///   halted in the middle of January" (a year, a comma, "when", and no
///   other year between it and the expression, in the same sentence);
/// - a sentence that opens with a year and a comma: "In 2012, the plant
///   closed March 3"; "Last year, they began Aug. 26" (the year of the
///   dateline counted on, like `rel_unit`).
fn framing_year(env: &Env, dct_year: i64) -> Option<i64> {
    let toks = env.toks;
    let mut k = env.first;
    let mut year_between = false;
    while k > 0 {
        k -= 1;
        match toks.toks[k].kind {
            Kind::Break => {
                k += 1;
                break;
            }
            _ if toks.has(k, C_YEAR).is_some() => year_between = true,
            _ if !year_between
                && k >= 2
                && toks.is(k, env.classes.when)
                && matches!(toks.toks[k - 1].kind, Kind::Punct(',')) =>
            {
                return toks.has(k - 2, C_YEAR).map(|f| f.num);
            }
            _ => {}
        }
    }
    // the sentence opens at `k`: skip a dateline ("WEXLEY, Neb. (AP) --
    // In 2020, the council voted June 9"), quotes, then an optional "In"
    k = after_dateline(toks, k, env.first);
    while k < env.first && matches!(toks.toks[k].kind, Kind::Punct(c) if c != ',') {
        k += 1;
    }
    let opened_in = k < env.first && toks.is(k, env.classes.framein);
    if k < env.first && toks.is(k, env.classes.fnw) {
        k += 1;
    }
    // (the frame's comma is the last before the date: "In 2009, BP made
    // $27 billion, and it ended March with ..." has moved on)
    let comma = |i: usize| matches!(toks.toks.get(i).map(|t| t.kind), Some(Kind::Punct(',')));
    let dash = |i: usize| matches!(toks.toks.get(i).map(|t| t.kind), Some(Kind::Punct('-')));
    // ... and it may be left out after a relative year ("Next year it
    // falls in late October"), a year ago, or "In" and a year ("In 2012
    // the festival falls in early November"), not after a bare number,
    // which may be a clock ("At 1209 a.m. on 13 January", a live blog's
    // "1005 The committee ..."); a dash stands for it ("2003 --
    // Tsvangirai appears in court in February")
    let loose = |i: usize| i < env.first && !(i + 1..env.first).any(comma);
    let frame = |i: usize| comma(i) && loose(i);
    if let Some(y) = toks
        .has(k, C_YEAR)
        .filter(|_| frame(k + 1) || (opened_in || dash(k + 1)) && loose(k + 1))
    {
        return Some(y.num);
    }
    // the unit "year" ("last year,") or "years" ("Fifty years ago,")
    let year = |i: usize, class: Option<u16>| {
        class
            .and_then(|c| toks.has(i, c))
            .is_some_and(|f| env.lex.syms[f.sym as usize] == "Y")
    };
    // "Fifty years ago, the council met on Thanksgiving"; "A year ago,
    // cutting was finished by June 28"
    let ago =
        |unit: Option<u16>| year(k + 1, unit) && toks.is(k + 2, env.classes.ago) && loose(k + 3);
    if let Some(n) = toks
        .has(k, C_NUM)
        .filter(|_| ago(env.classes.units) || ago(env.classes.unit))
    {
        return Some(dct_year - n.num);
    }
    if toks.is(k, env.classes.art) && ago(env.classes.unit) {
        return Some(dct_year - 1);
    }
    let rel = toks.has(k, env.classes.rel?)?;
    (year(k + 1, env.classes.unit) && loose(k + 2)).then_some(dct_year + rel.num)
}

/// The first token after a dateline that opens a sentence at `k` ("PORT
/// ADDIS, Fla. (AP) --", "NEW YORK _"): capitalized words, commas, periods
/// and parentheses, then a dash; `k` itself when there is none before
/// `end`.
fn after_dateline(toks: &Tokens, k: usize, end: usize) -> usize {
    let dash = |c: char| matches!(c, '-' | '_' | '\u{2013}' | '\u{2014}');
    let mut j = k;
    while j < end.min(k + 12) {
        match toks.toks[j].kind {
            Kind::Word { cap: true } | Kind::Punct(',' | '.' | '(' | ')') => j += 1,
            Kind::Punct(c) if dash(c) && j > k => {
                while j < end && matches!(toks.toks[j].kind, Kind::Punct(c) if dash(c)) {
                    j += 1;
                }
                return j;
            }
            _ => break,
        }
    }
    k
}

/// The year that frames a year-less date: its sentence's ([`framing_year`]),
/// else its paragraph's heading ([`Ctx::paragraph_year`]).
fn year_frame(env: &Env, ctx: &Ctx, dct_year: i64) -> Option<i64> {
    framing_year(env, dct_year).or(ctx.paragraph_year)
}

/// Whether a token of one of `classes` stands before the expression in
/// its sentence.
fn earlier_in_sentence(env: &Env, classes: &[Option<u16>]) -> bool {
    let toks = env.toks;
    (0..env.first)
        .rev()
        .take_while(|&k| !matches!(toks.toks[k].kind, Kind::Break))
        .any(|k| classes.iter().any(|&c| toks.is(k, c)))
}

/// Whether the expression is a limit ("by", "until") in a clause in the
/// present perfect: "has promised a proclamation by Tuesday", "have asked
/// for a reply by Wednesday" (QA 38) look ahead to a day still to come. The
/// clause is read back from the limit word to a comma or a sentence end,
/// nine tokens at most, for "has"/"have" right before a past form.
fn perfect_limit(env: &Env) -> bool {
    let (toks, c) = (env.toks, env.classes);
    if env.first < 3 || !toks.is(env.first - 1, c.bound) {
        return false;
    }
    (env.first.saturating_sub(10)..env.first - 1)
        .rev()
        .take_while(|&k| !matches!(toks.toks[k].kind, Kind::Break | Kind::Punct(',')))
        .any(|k| toks.is(k, c.have) && (toks.is(k + 1, c.past) || toks.is(k + 1, Some(C_PASTV))))
}

/// Whether the expression is the date of a participle before it ("ballots
/// postmarked by Election Day", "gates chained on Memorial Day").
fn hangs_on_participle(env: &Env) -> bool {
    let (toks, c) = (env.toks, env.classes);
    env.first >= 2
        && toks.is(env.first - 1, c.fnw)
        && (toks.is(env.first - 2, c.past) || toks.is(env.first - 2, Some(C_PASTV)))
}

/// Whether a token of one of `classes` stands anywhere in the
/// expression's sentence, before or after it.
fn in_sentence(env: &Env, classes: &[Option<u16>]) -> bool {
    let toks = env.toks;
    earlier_in_sentence(env, classes)
        || (env.last..toks.toks.len())
            .take_while(|&k| !matches!(toks.toks[k].kind, Kind::Break))
            .any(|k| classes.iter().any(|&c| toks.is(k, c)))
}

/// Whether a decade written with two digits and no apostrophe ("the
/// mid-20s", "the 90s") stands in a sentence about temperatures ("Highs
/// will be in the mid-80s"): then it is a temperature, not a decade.
fn temperature(env: &Env) -> bool {
    let toks = env.toks;
    let two_digits = (env.first..env.last).any(|k| {
        let t = &toks.toks[k];
        toks.has(k, C_DECADE).is_some()
            && t.end - t.start == 3
            && !(k > 0 && matches!(toks.toks[k - 1].kind, Kind::Punct('\'' | '\u{2019}')))
    });
    two_digits && in_sentence(env, &[env.classes.temp])
}

/// Whether a past verb a few words before a year-less date governs it
/// ("The plant closed its doors in September", "closed for maintenance
/// in September"): the verb phrase (`vp`, its tense as already read) and
/// the clause are both past, and no future word ("will", "would",
/// "expected") stands anywhere before the date in its sentence ("would be
/// paid on a still unspecified date in January" looks ahead).
fn past_verb_phrase(env: &Env, vp: Tense, tense_of: &dyn Fn(usize) -> Tense) -> bool {
    vp == Tense::Past
        && tense_of(CLAUSE) == Tense::Past
        && !earlier_in_sentence(env, &[env.classes.fut])
}

/// Which way a year-less day of the year lies from the DCT by the verb that
/// governs it (-1 back, 1 ahead, 0 no cue): the governing tense, else the
/// verb right before the date ("the year ended Jan. 31", "will start on
/// March 2", "stores will close on Christmas").
fn dated_dir(env: &Env, tense_of: &dyn Fn(usize) -> Tense) -> i64 {
    match tense_of(GOVERNING) {
        Tense::Past => -1,
        Tense::Future => 1,
        Tense::None => match tense_of(VERB_PHRASE) {
            // "will open on Dec. 1": the auxiliary of the verb
            // before the date
            Tense::Future => 1,
            // "closed its doors on Sept. 14", as for a month
            vp if past_verb_phrase(env, vp, tense_of) => -1,
            // the three-month window of `pick_year` first
            _ => 0,
        },
        Tense::Revised | Tense::Deferred => 0,
    }
}

/// A year-less day of the year in direction `dir` of [`dated_dir`]: the
/// latest one not after the DCT, the earliest one not before it, or with no
/// cue [`pick_year`] by the clause's tense `t`.
fn pick_dated(
    dct: NaiveDate,
    dir: i64,
    t: Tense,
    make: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let cands = year_candidates(dct.year(), &make);
    match dir {
        d if d < 0 => cands.into_iter().flatten().filter(|x| *x <= dct).max(),
        d if d > 0 => cands.into_iter().flatten().filter(|x| *x >= dct).min(),
        _ => pick_year(dct, t, make),
    }
}

/// Pick the year for a year-less month/day: a candidate within three
/// months of the DCT wins (the nearest); otherwise by tense: past -> the
/// latest one not after the DCT, future -> the earliest one not before it,
/// no cue -> the latest one not after the DCT (news reports the past).
fn pick_year(
    dct: NaiveDate,
    t: Tense,
    make: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let cands = year_candidates(dct.year(), &make);
    let dist = |d: &NaiveDate| (*d - dct).num_days().abs();
    if let Some(best) = cands
        .iter()
        .flatten()
        .filter(|d| dist(d) <= 92)
        .min_by_key(|d| dist(d))
    {
        return Some(*best);
    }
    match t {
        // no cue: news reports the past (as for weekdays)
        Tense::Past | Tense::None => cands.iter().flatten().filter(|d| **d <= dct).max().copied(),
        Tense::Future | Tense::Deferred => {
            cands.iter().flatten().filter(|d| **d >= dct).min().copied()
        }
        Tense::Revised => cands.iter().flatten().min_by_key(|d| dist(d)).copied(),
    }
}

/// How many ISO weeks on from the DCT's is "this week" (or "the weekend")
/// told `ahead`: written on a Sunday, the week ahead starts tomorrow, as
/// the ISO week ends today; 0 otherwise.
fn week_ahead_from_sunday(dct: NaiveDate, ahead: bool) -> i64 {
    i64::from(ahead && dct.weekday() == Weekday::Sun)
}

/// The year of a year-less quarter starting in month `start_m`: the latest
/// one begun by the DCT, or this year's when the clause looks `ahead`.
fn quarter_begun(dct: NaiveDate, start_m: i64, ahead: bool) -> i64 {
    let y = dct.year() as i64;
    let m = dct.month() as i64;
    if start_m > m && !ahead {
        y - 1
    } else if ahead && m - (start_m + 2) > 3 {
        // ahead, a quarter that ended more than three months ago (its
        // results are out) is next year's: "the first quarter will be
        // choppier" on Dec. 31
        y + 1
    } else {
        y
    }
}

/// A year-less date in the DCT's year `y` and the nearest ones before and
/// after it (the year before and after; for Feb. 29, the leap years).
fn year_candidates(y: i32, make: impl Fn(i32) -> Option<NaiveDate>) -> [Option<NaiveDate>; 3] {
    [
        (y - 4..y).rev().find_map(&make),
        make(y),
        (y + 1..=y + 4).find_map(&make),
    ]
}

/// The Thursday of the ISO week with the same number as `d`'s, `n` ISO
/// years on (the last week of that year when it has no week 53): "a year
/// ago this week" in 2021-W24 is 2020-W24.
fn same_week_years(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let w = d.iso_week();
    let y = w.year().checked_add(i32::try_from(n).ok()?)?;
    NaiveDate::from_isoywd_opt(y, w.week(), Weekday::Thu)
        .or_else(|| NaiveDate::from_isoywd_opt(y, 52, Weekday::Thu))
}

/// A TIMEX3 date value with every digit unknown, at granularity `g`.
fn unknown_at(g: Gran) -> &'static str {
    match g {
        Gran::Day => "XXXX-XX-XX",
        Gran::Week | Gran::Weekend => "XXXX-WXX",
        Gran::Month => "XXXX-XX",
        _ => "XXXX",
    }
}

/// The length in months of a duration value in whole months, quarters or
/// years (`P9M`, `P3Q`, `P1Y`); `None` for anything else.
fn duration_months(value: &str) -> Option<u32> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let n: u32 = body[..body.len() - 1].parse().ok()?;
    Some(match unit {
        'M' => n,
        'Q' => n * 3,
        'Y' => n * 12,
        _ => return None,
    })
}

/// Duration value `P<n><unit>` in TIMEX3 style.
pub fn duration(n: Option<i64>, unit: &str) -> Option<String> {
    let ns = |k: i64| n.map(|v| (v * k).to_string()).unwrap_or_else(|| "X".into());
    Some(match unit {
        "S" => format!("PT{}S", ns(1)),
        "MIN" => format!("PT{}M", ns(1)),
        "H" => format!("PT{}H", ns(1)),
        "D" => format!("P{}D", ns(1)),
        "W" => format!("P{}W", ns(1)),
        "FN" => format!("P{}W", ns(2)),
        "WE" => format!("P{}WE", ns(1)),
        "M" => format!("P{}M", ns(1)),
        "Q" => format!("P{}Q", ns(1)),
        "Y" => format!("P{}Y", ns(1)),
        "DE" => match n {
            Some(v) => format!("P{}Y", v * 10),
            None => "PXDE".into(),
        },
        "CE" => match n {
            Some(v) => format!("P{}Y", v * 100),
            None => "PXCE".into(),
        },
        _ => return None,
    })
}

/// One duration value for several (number, unit) parts said together
/// ("2 hours, 7 minutes and 41 seconds" is `PT2H7M41S`). The units must
/// run from the largest down, each once; weeks count as days and quarters
/// as months, as an ISO 8601 duration has no week beside other units.
/// `None` for parts out of order or a unit that does not add up ("weekends").
fn duration_sum(parts: &[(i64, String)]) -> Option<String> {
    // (rank, component, factor): components are Y M D H M S
    let place = |u: &str| -> Option<(u8, usize, i64)> {
        Some(match u {
            "CE" => (0, 0, 100),
            "DE" => (1, 0, 10),
            "Y" => (2, 0, 1),
            "Q" => (3, 1, 3),
            "M" => (4, 1, 1),
            "FN" => (5, 2, 14),
            "W" => (6, 2, 7),
            "D" => (7, 2, 1),
            "H" => (8, 3, 1),
            "MIN" => (9, 4, 1),
            "S" => (10, 5, 1),
            _ => return None,
        })
    };
    let mut total = [0i64; 6];
    let mut last = None;
    for (n, u) in parts {
        let (rank, c, k) = place(u)?;
        if last.is_some_and(|r| r >= rank) || *n < 0 {
            return None;
        }
        last = Some(rank);
        total[c] += n * k;
    }
    let mut out = String::from("P");
    for (i, u) in ['Y', 'M', 'D', 'H', 'M', 'S'].into_iter().enumerate() {
        if i == 3 && total[3..].iter().any(|&n| n > 0) {
            out.push('T');
        }
        if total[i] > 0 {
            out.push_str(&format!("{}{u}", total[i]));
        }
    }
    (out.len() > 1).then_some(out)
}

/// Run a normalization function.
pub fn eval(
    action: &Action,
    env: &Env,
    ctx: &Ctx,
    tense_of: &dyn Fn(usize) -> Tense,
) -> Option<Out> {
    let a = &action.args;
    let dct = ctx.dct;
    // "Tuesday, Sept. 3": the year (of the three around the DCT) in which
    // Sept. 3 is a Tuesday, when there is one; else as a month-day
    let md_wd = if matches!(action.func, Func::MdWd | Func::PodMdWd) {
        // (`podmdwd` has the part of the day first)
        let a = if action.func == Func::PodMdWd {
            &a[1..]
        } else {
            &a[..]
        };
        let (m, d) = (env.num(&a[0])?, env.num(&a[1])?);
        let wd = weekday(env.num(&a[2])?)?;
        let fits = |y: i64| ymd(y, m, d).filter(|x| x.weekday() == wd);
        let y = i64::from(dct.year());
        // "25 years ago, on Thursday, June 13": the framing year when the
        // weekday fits it; then the three years around the DCT; then, told
        // in the past, the latest earlier year that fits ("touched down on
        // Thursday, June 13" in June 2021: 2019)
        year_frame(env, ctx, y)
            .and_then(fits)
            .or_else(|| (y - 1..=y + 1).find_map(fits))
            .or_else(|| match dated_dir(env, tense_of) {
                -1 => (y - 11..y - 1).rev().find_map(fits),
                _ => None,
            })
    } else {
        None
    };
    let dir_of = |arg: &Arg| -> i64 {
        match env.word(arg).as_deref() {
            Some("tense") => match tense_of(CLAUSE) {
                Tense::Past => -1,
                t if t.ahead() => 1,
                _ => 0,
            },
            Some("back") => -2,
            _ => env.num(arg).unwrap_or(0),
        }
    };
    // a weekday read as `wd(WEEKDAY, dir)` says ("Tuesday", "last Friday",
    // "this Friday"); shared with `wdpod` ("next Tuesday night")
    let weekday_date = |a: &[Arg]| -> Option<NaiveDate> {
        let wd = weekday(env.num(&a[0])?)?;
        // the mode word, or "" for a REL slot or a number (`dir_of`)
        let mode = match &a[1] {
            Arg::Word(w) => w.as_str(),
            _ => "",
        };
        let date = match mode {
            // "ahead of Tuesday's vote": the nearest such day, ahead or
            // just gone (the DCT's own weekday is the DCT)
            "near" => nearest_weekday(dct, wd),
            // "a curfew starting Monday": the DCT's own weekday or the
            // coming one
            "onward" if dct.weekday() == wd => dct,
            "onward" => resolve_weekday(dct, wd, 1),
            // "this Friday": the one in the DCT's week, or the coming
            // one when the clause looks ahead. A past tense does not
            // make it last week's ("went ahead with its plan for the
            // debate this Friday"): that one is "last Friday".
            "this" => match tense_of(CLAUSE) {
                _ if dct.weekday() == wd => dct,
                t if t.ahead() => resolve_weekday(dct, wd, 1),
                _ => floor(dct, Gran::Week) + Duration::days(wd.num_days_from_monday() as i64),
            },
            // by tense: the DCT's own weekday is the DCT (only last/next
            // say otherwise)
            "tense" | "past" | "poss" if dct.weekday() == wd => dct,
            // (a revised plan: the nearest; no cue: news reports the past)
            "tense" => match tense_of(CLAUSE) {
                t if t.ahead() => resolve_weekday(dct, wd, 1),
                Tense::Revised => nearest_weekday(dct, wd),
                // "has promised a decision by Thursday": a limit still to
                // come
                _ if perfect_limit(env) => resolve_weekday(dct, wd, 1),
                _ => resolve_weekday(dct, wd, -1),
            },
            "past" => resolve_weekday(dct, wd, -1),
            // a possessive ("Friday's semifinal"): gone by, unless a verb of
            // the future governs it ("will face Harlan Ridge in Friday's
            // semifinal")
            "poss" if poss_ahead(env) => resolve_weekday(dct, wd, 1),
            "poss" => resolve_weekday(dct, wd, -1),
            // "last", "next", a number
            _ => match dir_of(&a[1]) {
                0 if dct.weekday() != wd => resolve_weekday(dct, wd, -1),
                dir => resolve_weekday(dct, wd, dir.signum()),
            },
        };
        Some(date)
    };
    let anchor_of = |arg: &Arg| -> (Point, Anchor) {
        if env.word(arg).as_deref() == Some("ref") {
            (ctx.reference, Anchor::Reference)
        } else {
            (Point::day(dct), Anchor::Dct)
        }
    };
    Some(match action.func {
        Func::Reject => return None,
        Func::Lit => {
            let v = env.word(&a[0])?;
            let anchored = v.ends_with("_REF");
            Out::new(v, if anchored { Anchor::Dct } else { Anchor::None }, None)
        }
        Func::Ymd => {
            let d = ymd(env.num(&a[0])?, env.num(&a[1])?, env.num(&a[2])?)?;
            Out::point(Point::day(d), Anchor::None)
        }
        Func::Ym => {
            let d = ymd(env.num(&a[0])?, env.num(&a[1])?, 1)?;
            Out::point(Point::at(d, Gran::Month), Anchor::None)
        }
        Func::Y => {
            let d = ymd(env.num(&a[0])?, 1, 1)?;
            Out::point(Point::at(d, Gran::Year), Anchor::None)
        }
        Func::YSplit => {
            // "the 1994-95 budget": the second year of a split year, in two
            // digits, is the first year after the first that ends so
            // ("1999-00" is 2000); a gap of more than a decade is no split year
            let y = env.num(&a[0])?;
            let n = env.num(&a[1])?;
            let mut v = y - y.rem_euclid(100) + n;
            if v <= y {
                v += 100;
            }
            if v - y > 10 {
                return None;
            }
            Out::point(Point::at(ymd(v, 1, 1)?, Gran::Year), Anchor::None)
        }
        Func::Yy => {
            // "the storm of '69", "back in '79": a year in two digits is
            // the latest one that ends so, up to ten years after the DCT's
            // ("the class of '28" told in 2025 is 2028)
            let n = env.num(&a[0])?;
            let top = dct.year() as i64 + 10;
            let mut v = top - top.rem_euclid(100) + n;
            if v > top {
                v -= 100;
            }
            Out::point(Point::at(ymd(v, 1, 1)?, Gran::Year), Anchor::Dct)
        }
        Func::Era => {
            // "3400 B.C." (era -1) is the proleptic year -3399; "A.D. 476"
            let n = env.num(&a[0])?;
            if n < 1 {
                return None;
            }
            let y = if env.num(&a[1])? < 0 { 1 - n } else { n };
            Out::point(Point::at(ymd(y, 1, 1)?, Gran::Year), Anchor::None)
        }
        Func::MdWd if md_wd.is_some() => Out::point(Point::day(md_wd?), Anchor::Dct),
        Func::Md | Func::MdWd => {
            // As for a month (below): the verb right before the date decides
            // ("the year ended Jan. 31", "will start on March 2"), then the
            // clause with the three-month window of `pick_year`; "last
            // Oct. 23" is the latest one before the DCT.
            let (m, d) = (env.num(&a[0])?, env.num(&a[1])?);
            let make = |y: i32| ymd(y as i64, m, d);
            // (`mdwd`'s third argument is its weekday, not a direction)
            let by_tense = a.len() <= 2
                || action.func == Func::MdWd
                || matches!(&a[2], Arg::Word(w) if w == "tense");
            let dir = if !by_tense {
                dir_of(&a[2])
            } else {
                // "would" is a future seen from a past telling: "said in
                // June that fares would rise on July 1" (written July 11)
                // is the nearest July 1, within the three-month window
                match dated_dir(env, tense_of) {
                    d if d > 0 && in_sentence(env, &[env.classes.cond]) => 0,
                    d => d,
                }
            };
            // "In 2011, when service halted on Jan. 12": that year (not
            // for "last Oct. 23", which says its own)
            let when = if by_tense {
                year_frame(env, ctx, dct.year().into())
            } else {
                None
            };
            // a past date in a flashback: the year that puts it nearest
            // the story's day ("She was hurt on Aug. 12, 2028. She walked
            // again on Sept. 3": 2028); not in the present perfect, which
            // reaches the present ("have topped 100 degrees since July 17")
            let story = ctx
                .story_day
                .filter(|_| by_tense && when.is_none() && dir < 0)
                .filter(|_| {
                    let since = env.first > 0 && env.toks.is(env.first - 1, env.classes.since);
                    !since && !earlier_in_sentence(env, &[env.classes.have])
                })
                .and_then(|(sd, i)| {
                    let y = sd.year();
                    (y - 1..=y + 1)
                        .filter_map(|y| make(y).map(|d| (d, (d - sd).num_days().abs())))
                        .min_by_key(|&(_, n)| n)
                        .map(|(d, _)| (d, i))
                });
            if let Some((d, i)) = story {
                return Some(Out::point(Point::day(d), Anchor::At(i)));
            }
            let date = match when {
                Some(y) => make(i32::try_from(y).ok()?)?,
                // "last Oct. 23", "the next Feb. 29" say their direction:
                // never the DCT's own day
                None if !by_tense => {
                    let strict = |y: i32| make(y).filter(|d| *d != dct);
                    pick_dated(dct, dir, Tense::None, strict)?
                }
                None => pick_dated(dct, dir, tense_of(CLAUSE), make)?,
            };
            Out::point(Point::day(date), Anchor::Dct)
        }
        Func::M => {
            let m = env.num(&a[0])?;
            if env.word(&a[1]).as_deref() == Some("ref") {
                // "that December": the month in the year in question
                ctx.reference_idx?;
                let d = ymd(ctx.reference.date.year() as i64, m, 1)?;
                return Some(Out::point(Point::at(d, Gran::Month), Anchor::Reference));
            }
            if env.word(&a[1]).as_deref() == Some("refnext") {
                // "the following March": the first one after the month in
                // question (with none, the first after the DCT's)
                let (from, anchor) = match ctx.reference_idx {
                    Some(_) => (ctx.reference.date, Anchor::Reference),
                    None => (dct, Anchor::Dct),
                };
                let y = from.year() as i64;
                let y = if m > from.month() as i64 { y } else { y + 1 };
                return Some(Out::point(Point::at(ymd(y, m, 1)?, Gran::Month), anchor));
            }
            let dir = dir_of(&a[1]);
            let by_tense = matches!(&a[1], Arg::Word(w) if w == "tense");
            let y = dct.year() as i64;
            let cur = dct.month() as i64;
            if by_tense && habitual(env) {
                return Some(Out::new(format!("XXXX-{m:02}"), Anchor::None, None));
            }
            // `onward`: the DCT's month or a later one ("December corn" is
            // a contract still to expire, whatever the tense says)
            // ... and `upto`: the DCT's month or an earlier one ("its
            // November jobs report" is about a month that has begun)
            let year = match env.word(&a[1]).as_deref() {
                Some("onward") => Some(if m >= cur { y } else { y + 1 }),
                Some("upto") => Some(if m <= cur { y } else { y - 1 }),
                _ => None,
            };
            if let Some(year) = year {
                let date = ymd(year, m, 1)?;
                return Some(Out::point(Point::at(date, Gran::Month), Anchor::Dct));
            }
            let date = if by_tense {
                // The tense of the verb that governs a whole month is
                // decisive: "was passed in May" in April is last May, "will
                // open in March" in April is next March. A cue further off
                // ("decided to admit them in early March", "supposed to
                // conclude by May") is weaker: then the nearest month
                // within three months wins, else the clause tense
                // (`pick_year`).
                // "since 2011, when service halted in January": that year
                let when = year_frame(env, ctx, y);
                match tense_of(GOVERNING) {
                    _ if when.is_some() => ymd(when?, m, 1)?,
                    Tense::Past => ymd(if m <= cur { y } else { y - 1 }, m, 1)?,
                    t if t.ahead() => ymd(if m >= cur { y } else { y + 1 }, m, 1)?,
                    _ => match tense_of(VERB_PHRASE) {
                        // "will open in January": the auxiliary of that verb
                        Tense::Future => ymd(if m >= cur { y } else { y + 1 }, m, 1)?,
                        // "The fire burned 19 acres in August": a past verb a
                        // few words off, in a sentence that looks nowhere ahead
                        // ... or with its object between them, before "in"
                        // and the month: "closed for nine days in July"
                        vp if past_verb_phrase(env, vp, tense_of)
                            || (env.first > 0
                                && env.toks.is(env.first - 1, env.classes.framein)
                                && past_verb_phrase(env, tense_of(OBJECT_PHRASE), tense_of)) =>
                        {
                            ymd(if m <= cur { y } else { y - 1 }, m, 1)?
                        }
                        _ => pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, 1))?,
                    },
                }
            } else {
                match dir {
                    // "next March": the first March after the DCT's month
                    d if d > 0 => ymd(if m > cur { y } else { y + 1 }, m, 1)?,
                    // "last March": the latest March before the DCT's month
                    d if d < 0 => ymd(if m < cur { y } else { y - 1 }, m, 1)?,
                    // "this March"
                    _ => ymd(y, m, 1)?,
                }
            };
            Out::point(Point::at(date, Gran::Month), Anchor::Dct)
        }
        Func::NumDate => {
            let v = env.num(&a[0])?;
            let d = ymd(v / 10000, v / 100 % 100, v % 100)?;
            Out::point(Point::day(d), Anchor::None)
        }
        Func::Decade => {
            if temperature(env) {
                return None;
            }
            let v = env.num(&a[0])?;
            let d = ymd(v * 10, 1, 1)?;
            // "the late 1200s", "the early 1900s": a century; "the 2000s"
            // stays the decade it most often names
            if (100..200).contains(&v) && v % 10 == 0 {
                return Some(Out::point(Point::at(d, Gran::Century), Anchor::None));
            }
            Out::point(Point::at(d, Gran::Decade), Anchor::None)
        }
        Func::DecadeWord => {
            // "the nineties": the century of the DCT (or the one before when in the future)
            let v = env.num(&a[0])?;
            let mut c = dct.year() as i64 / 100;
            if c * 100 + v * 10 > dct.year() as i64 {
                c -= 1;
            }
            let d = ymd(c * 100 + v * 10, 1, 1)?;
            Out::point(Point::at(d, Gran::Decade), Anchor::Dct)
        }
        Func::Century | Func::CenturyAdj => {
            let v = env.num(&a[0])?;
            // the nth century B.C. (`centuryera` with era -1) ends with the
            // year (n - 1) * 100 + 1 B.C., proleptic year -(n - 1) * 100
            let bc = a.len() == 2 && env.num(&a[1])? < 0;
            let y = if bc { -(v - 1) * 100 } else { (v - 1) * 100 };
            let p = Point::at(ymd(y, 1, 1)?, Gran::Century);
            if matches!(action.func, Func::CenturyAdj) {
                // "19th-century trusses": a kind of thing, not the time
                // talked about; no reference for "the end of the decade"
                Out::new(p.value(), Anchor::None, None)
            } else {
                Out::point(p, Anchor::None)
            }
        }
        Func::Wd => Out::point(Point::day(weekday_date(a)?), Anchor::Dct),
        Func::WdPod => {
            // "next Tuesday night": the day as `wd` reads it, at that part
            let p = Point::day(weekday_date(a)?);
            let pod = env.word(&a[2])?;
            Out::new(format!("{}T{pod}", p.value()), Anchor::Dct, Some(p))
        }
        Func::WdRef => {
            let wd = weekday(env.num(&a[0])?)?;
            if env.word(&a[1]).as_deref() != Some("near") {
                // after a week or a weekend, "the following Tuesday" comes
                // after its Sunday and "the previous Friday" before its
                // first day ("rest through the weekend ... the following
                // Tuesday")
                let dir = dir_of(&a[1]);
                let r = ctx.reference;
                let monday = floor(r.date, Gran::Week);
                let base = match r.gran {
                    Gran::Week | Gran::Weekend if dir > 0 => monday + Duration::days(6),
                    Gran::Week if dir < 0 => monday,
                    Gran::Weekend if dir < 0 => monday + Duration::days(5),
                    _ => r.date,
                };
                let date = resolve_weekday(base, wd, dir);
                return Some(Out::point(Point::day(date), Anchor::Reference));
            }
            // "that Friday": the one in the week of the day in question;
            // after a month or a year, as a weekday read by tense
            let day = match ctx.reference.gran {
                Gran::Day | Gran::Week | Gran::Weekend => {
                    Some((ctx.reference.date, Anchor::Reference))
                }
                _ => ctx.day_ref.map(|(d, i)| (d, Anchor::At(i))),
            };
            match day {
                Some((d, anchor)) => {
                    let date =
                        floor(d, Gran::Week) + Duration::days(wd.num_days_from_monday() as i64);
                    Out::point(Point::day(date), anchor)
                }
                None => Out::point(
                    Point::day(day_of(env, &a[0], ctx, tense_of)?.0),
                    Anchor::Dct,
                ),
            }
        }
        Func::Shift => {
            // `mid`: the middle of the week in question, "by midweek": the
            // coming one when the clause looks ahead and this week's
            // Wednesday has come (from Thursday on)
            let mid = env.word(&a[1]).as_deref() == Some("mid");
            let mut n = if mid {
                i64::from(dct.weekday().num_days_from_monday() >= 3 && tense_of(CLAUSE).ahead())
            } else {
                env.num(&a[1])?
            };
            let unit = env.word(&a[2])?;
            // `now`: a count from the DCT ("a decade from now" is a year)
            let g = if env.word(&a[0]).as_deref() == Some("now") {
                counted_gran(&unit)?
            } else {
                unit_gran(&unit)?
            };
            // `past`: the DCT's period, but in a past clause the period of
            // the date in question when that lies before the DCT's ("had
            // called the plan naive in the spring of 1975 ... conceded by
            // the end of the decade": the 1970s)
            let story = env.word(&a[0]).as_deref() == Some("past")
                && ctx.reference_idx.is_some()
                && ctx.reference.gran <= g
                && floor(ctx.reference.date, g) < floor(dct, g)
                && tense_of(CLAUSE) == Tense::Past;
            let (p, anchor) = if story {
                (ctx.reference, Anchor::Reference)
            } else {
                anchor_of(&a[0])
            };
            if n == 0 && !mid && anchor == Anchor::Dct && unit == "W" {
                // "will vote this week" written on a Sunday
                n = week_ahead_from_sunday(dct, tense_of(CLAUSE).ahead());
            }
            let start = if anchor == Anchor::Dct {
                p.date
            } else {
                floor(p.date, p.gran.min(g))
            };
            let d = shift(start, n, &unit)?;
            let mut pt = Point::at(floor(d, g), g);
            if g == Gran::Day {
                pt.date = d;
            }
            Out::point(pt, anchor)
        }
        Func::Ago => {
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            // "a year ago" in a report about a quarter means that quarter a year before
            if let Some(q) = ctx.quarter_topic().filter(|_| unit == "Y") {
                return ctx.quarter_years(q, -n);
            }
            // "11 days ago", "two weeks ago", "a fortnight ago": the day
            // that many days back; "two years ago": the year; "three hours
            // ago" (or a unit with no date): the dateline's day
            let (d, g) = match unit.as_str() {
                "D" | "W" | "FN" => (shift(dct, -n, &unit), Gran::Day),
                u => (shift(dct, -n, u), counted_gran(u).unwrap_or(Gran::Day)),
            };
            let d = d.unwrap_or(dct);
            Out::point(Point::at(floor(d, g), g), Anchor::Dct)
        }
        Func::AgoThis => {
            // "a year ago this week", "25 years ago this month", "a year
            // ago today": the DCT's week, month or day that many units
            // back; a week keeps its ISO number ("2020-W24" from 2021-W24)
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            let g = unit_gran(&env.word(&a[2])?)?;
            if !matches!(g, Gran::Day | Gran::Week | Gran::Month) {
                return None;
            }
            let d = match g {
                Gran::Week if unit == "Y" => same_week_years(dct, -n)?,
                _ => shift(dct, -n, &unit)?,
            };
            Out::point(Point::at(floor(d, g), g), Anchor::Dct)
        }
        Func::Ahead => {
            // "the week ahead", "the year ahead": the stretch of that length
            // from the DCT on, valued as the calendar unit that holds its
            // middle ("the week ahead" on a Sunday is the next ISO week;
            // "the year ahead" in January is this year, in December the next)
            let unit = env.word(&a[0])?;
            let g = unit_gran(&unit)?;
            let days = match g {
                // ("the weekend ahead": this week's, as "the coming weekend")
                Gran::Weekend => return Some(Out::point(Point::at(floor(dct, g), g), Anchor::Dct)),
                Gran::Week => 7,
                Gran::Month => 30,
                Gran::Year => 365,
                _ => return None,
            };
            let mid = dct + Duration::days(days / 2 + 1);
            Out::point(Point::at(floor(mid, g), g), Anchor::Dct)
        }
        Func::Later | Func::Next => {
            // "two weeks later", "a year earlier": from the latest mentioned
            // date; `next` ("the following year", "the day before") names
            // the whole unit, `later` keeps the finer of the two
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            if matches!(unit.as_str(), "H" | "MIN" | "S") {
                // "two hours later": counted from the clock time in question;
                // with none, the day in question, if it is one
                if let Some(t) = ctx.reference_at.filter(|_| ctx.reference_idx.is_some()) {
                    let secs = match unit.as_str() {
                        "H" => 3600,
                        "MIN" => 60,
                        _ => 1,
                    };
                    let t = t.checked_add_signed(Duration::try_seconds(n.checked_mul(secs)?)?)?;
                    let mut o = clock_at(
                        t.date(),
                        t.hour() as i64,
                        t.minute() as i64,
                        Anchor::Reference,
                    );
                    o.at = Some(t);
                    return Some(o);
                }
                return Some(
                    if ctx.reference_idx.is_some() && ctx.reference.gran == Gran::Day {
                        Out::point(ctx.reference, Anchor::Reference)
                    } else {
                        Out::new(unknown_at(Gran::Day).into(), Anchor::None, None)
                    },
                );
            }
            let g = unit_gran(&unit)?;
            if ctx.reference_idx.is_none()
                && n > 0
                && !(action.func == Func::Next && tense_of(CLAUSE).ahead())
            {
                // Nothing dated yet: "Two days later, she gave birth"
                // counts from an event the text has not dated; counting
                // from the dateline would put a past event in the future.
                // The date is unknown at this granularity. ("A year
                // earlier" with nothing dated still counts back from the
                // DCT: news mostly compares with now, and the result
                // cannot contradict a past-tense clause. Nor does "the
                // next decade" in a clause that looks ahead: "will be cut
                // over the next decade" counts from now.)
                return Some(Out::new(unknown_at(g).into(), Anchor::None, None));
            }
            // a reference coarser than the unit cannot anchor it: "the day
            // before" after "in 1990" is counted from the DCT
            let r = if ctx.reference.gran > g
                && !(unit == "Y" && ctx.reference.gran == Gran::Quarter)
            {
                // ... and so is a step after a period that holds the DCT
                // ("this year ... the following weekend")
                let holds_dct = ctx.reference.gran != Gran::Season
                    && floor(dct, ctx.reference.gran) == ctx.reference.date;
                // (a day in question other than the DCT shortly before
                // the coarser date counts: "released its report Friday.
                // In 2019 the rate was 9 percent. The day before, ...")
                if let Some((d, i, _)) =
                    ctx.last_day.filter(|&(d, _, _)| g == Gran::Day && d != dct)
                {
                    let d = shift(d, n, &unit)?;
                    return Some(Out::point(Point::day(d), Anchor::At(i)));
                }
                if n > 0 && !holds_dct {
                    // "opened last week; two days later": some day after
                    // an undated day of that week, unknown
                    return Some(Out::new(unknown_at(g).into(), Anchor::None, None));
                }
                Point::day(dct)
            } else {
                ctx.reference
            };
            if unit == "Y" && r.gran == Gran::Quarter {
                return ctx.quarter_years(ctx.quarter_topic().unwrap_or(r), n);
            }
            // a week is counted from its Thursday, which names its ISO
            // year, and by years it keeps its number: "this weekend
            // (2023-W29) ... a year earlier" is 2022-W29 (from the Monday
            // it would step back to a Sunday in 2022-W28)
            let week = matches!(r.gran, Gran::Week | Gran::Weekend) && g > Gran::Weekend;
            let d = match () {
                _ if week && unit == "Y" => same_week_years(r.date, n)?,
                _ if week => shift(r.date + Duration::days(3), n, &unit)?,
                _ => shift(r.date, n, &unit)?,
            };
            // the finer of the two: "two weeks later" after a day is a day,
            // "a year earlier" after a month is a month
            let g2 = if action.func == Func::Next {
                g
            } else if ctx.reference_idx.is_some() {
                g.min(r.gran)
            } else if g <= Gran::Weekend {
                // from the dateline, as "a week ago" is: "cost 4 cents more
                // than a week earlier" is a day
                Gran::Day
            } else {
                g
            };
            // "opened in the summer of 1927. Two years later": 1929, the
            // unit's granularity (a year on from a season is a year)
            let g2 = if g2 == Gran::Season { g } else { g2 };
            Out::point(Point::at(floor(d, g2), g2), Anchor::Reference)
        }
        Func::Ref => {
            // "that month", "the same day": the latest mentioned date at this granularity
            let unit = env.word(&a[0])?;
            let g = unit_gran(&unit)?;
            let r = ctx.reference;
            if g < r.gran && r.gran != Gran::Week {
                return None;
            }
            Out::point(Point::at(floor(r.date, g), g), Anchor::Reference)
        }
        Func::Season => {
            let s = season_code(&env.word(&a[0])?)?;
            let dir = dir_of(&a[1]);
            let start = |y: i32| NaiveDate::from_ymd_opt(y, season_month(s), 1);
            let y = dct.year();
            let this = start(y)?;
            // the latest one begun by the DCT, and whether it is under way
            // (winter 2024 runs from December 2024 into 2025)
            let cur = if this <= dct { this } else { start(y - 1)? };
            let under_way = dct < shift(cur, 3, "M")?;
            // a past tense alone ("changed over the summer" said in late
            // August) speaks of the one begun, under way or not
            let by_tense = env.word(&a[1]).as_deref() == Some("tense");
            // "Rates usually firm in the spring": a season of every year,
            // as a habitual month is (QA 40)
            if by_tense && habitual(env) {
                return Some(Out::new(
                    format!("XXXX-{}", SEASONS[s as usize]),
                    Anchor::None,
                    None,
                ));
            }
            // "Last year, the pool stayed dry for the summer", "A year ago:
            // ... for the summer": the season of the framing year
            if let Some(fy) = year_frame(env, ctx, y.into()).filter(|_| by_tense) {
                let date = start(i32::try_from(fy).ok()?)?;
                return Some(Out::point(Point::season(date, s), Anchor::Dct));
            }
            let date = match dir {
                // "last winter" said in January is the one before this one
                -1 | -2 => {
                    if under_way && !by_tense {
                        shift(cur, -1, "Y")?
                    } else {
                        cur
                    }
                }
                1 => {
                    // the coming one: "will review it in the spring" said in
                    // late May is next spring (this one would be "this
                    // spring"); but a state that lasts "through the spring"
                    // ends with the one under way
                    let until = env.first > 0
                        && env.classes.target.is_some_and(|t| {
                            env.toks.feats(env.first - 1).iter().any(|f| f.class == t)
                        });
                    if under_way && (until || (by_tense && dct < shift(cur, 2, "M")?)) {
                        // and, read from a tense (not "next summer"), in its
                        // first two months the one under way has most of
                        // itself to come ("would review it over the summer"
                        // said on June 30; "will stay open through the
                        // winter" said on Jan. 2 is the winter begun in
                        // December)
                        cur
                    } else if this > dct {
                        this
                    } else {
                        start(y + 1)?
                    }
                }
                // "this winter" said in January is the one under way
                _ if under_way => cur,
                // "reopens after its winter closing", "the winter storms
                // cost $2 million" said in April: a winter named as a kind
                // of thing in the first half of the year is the one just
                // ended (it began last December), unless the clause looks
                // ahead
                _ if s == WINTER
                    && dct.month() <= 6
                    && !by_tense
                    && !tense_of(CLAUSE).ahead()
                    && !earlier_in_sentence(env, &[env.classes.fut]) =>
                {
                    cur
                }
                // "will be back onstage this spring" said on Dec. 31: this
                // year's is over, the one to come is meant
                _ if this < dct && !by_tense && tense_of(CLAUSE).ahead() => start(y + 1)?,
                _ => this,
            };
            Out::point(Point::season(date, s), Anchor::Dct)
        }
        Func::SeasonY => {
            // "the spring of 1998"; with `ref`, "that fall": the season of
            // the year in question; with `refnext`, the next one after it
            let s = season_code(&env.word(&a[0])?)?;
            let (y, anchor) = if env.word(&a[1]).as_deref() == Some("ref") {
                ctx.reference_idx?;
                // "opened on Jan. 2, 1953, in an epidemic that had filled the
                // hospitals that winter": a January or February lies in the
                // winter begun the December before
                let r = ctx.reference.date;
                let y = r.year() as i64 - i64::from(s == WINTER && r.month() <= 2);
                (y, Anchor::Reference)
            } else if env.word(&a[1]).as_deref() == Some("refnext") {
                // "the following summer": the first one that starts after
                // the date in question starts
                ctx.reference_idx?;
                let y = ctx.reference.date.year() as i64;
                let starts_after = ymd(y, season_month(s) as i64, 1)? > ctx.reference.date;
                (if starts_after { y } else { y + 1 }, Anchor::Reference)
            } else if env.word(&a[1]).as_deref() == Some("refprev") {
                // "the previous winter": the latest one over by the date in
                // question (bought in March 1981 "after fires destroyed
                // the buildings the previous winter": 1980-WI)
                ctx.reference_idx?;
                let r = ctx.reference.date;
                let mut y = r.year() as i64;
                while shift(ymd(y, season_month(s) as i64, 1)?, 3, "M")? > r {
                    y -= 1;
                }
                (y, Anchor::Reference)
            } else {
                (env.num(&a[1])?, Anchor::None)
            };
            let d = ymd(y, season_month(s) as i64, 1)?;
            Out::point(Point::season(d, s), anchor)
        }
        Func::Quarter => {
            let q = env.num(&a[0])?;
            if !(1..=4).contains(&q) || ctx.game {
                return None;
            }
            // by the DCT: the latest such quarter begun, unless the clause speaks of the future
            let start_m = (q - 1) * 3 + 1;
            let y = quarter_begun(dct, start_m, tense_of(CLAUSE).ahead());
            let d = ymd(y, start_m, 1)?;
            Out::point(Point::at(d, Gran::Quarter), Anchor::Dct)
        }
        Func::QuarterRes => {
            // "will release fourth-quarter figures": results come out after
            // a quarter ends, within a few months; ahead, the quarter is
            // the latest one to end by three months after the DCT (in
            // March, last year's fourth; in October, this year's). Told in
            // the past, as a bare quarter.
            let q = env.num(&a[0])?;
            if !(1..=4).contains(&q) || ctx.game {
                return None;
            }
            let start_m = (q - 1) * 3 + 1;
            let y = if tense_of(CLAUSE).ahead() {
                let this = dct.year() as i64;
                let ends = ymd(this, start_m, 1).and_then(|d| shift(d, 1, "Q"));
                if ends.is_some_and(|e| e <= dct + Duration::days(92)) {
                    this
                } else {
                    this - 1
                }
            } else {
                quarter_begun(dct, start_m, false)
            };
            let d = ymd(y, start_m, 1)?;
            Out::point(Point::at(d, Gran::Quarter), Anchor::Dct)
        }
        Func::QuarterY => {
            let q = env.num(&a[0])?;
            if !(1..=4).contains(&q) {
                return None;
            }
            let d = ymd(env.num(&a[1])?, (q - 1) * 3 + 1, 1)?;
            Out::point(Point::at(d, Gran::Quarter), Anchor::None)
        }
        Func::QuarterRel => {
            let n = env.num(&a[0])?;
            let d = shift(floor(dct, Gran::Quarter), n, "Q")?;
            Out::point(Point::at(d, Gran::Quarter), Anchor::Dct)
        }
        Func::QuarterRef => {
            // (after a day of the season that reports the quarter in
            // question: "will report first-quarter results Tuesday [April
            // 18]. Analysts expect sales of $412 million for the quarter")
            let reported = || {
                ctx.topic_quarter
                    .filter(|(q, _)| ctx.reference_idx.is_some() && ctx.day_within(*q, 6))
            };
            if let Some(q) = ctx.quarter_topic() {
                Out::point(q, ctx.quarter_anchor())
            } else if let Some((q, i)) = reported() {
                Out::point(q, Anchor::At(i))
            } else {
                // no quarter named before: the last one reported on, or
                // the one under way when the clause looks ahead ("growth
                // will pick up in the quarter")
                let n = if tense_of(CLAUSE).ahead() { 0 } else { -1 };
                let d = shift(floor(dct, Gran::Quarter), n, "Q")?;
                Out::point(Point::at(d, Gran::Quarter), Anchor::Dct)
            }
        }
        Func::HalfY => {
            let h = env.num(&a[0])?;
            let by_tense = env.word(&a[1]).as_deref() == Some("tense");
            let results = env.word(&a[1]).as_deref() == Some("results");
            if !(1..=2).contains(&h) || (by_tense && ctx.game) {
                return None;
            }
            let y = if results {
                // results of a half come out after it ends: "will reveal
                // first-half results" in July is this year's, "second-half
                // results" in February last year's; told in the past
                // before the half is over, last year's
                let y = dct.year() as i64;
                let second_half = dct.month() >= 7;
                let told_ahead = tense_of(CLAUSE) != Tense::Past;
                let this_year = if h == 1 {
                    second_half || told_ahead
                } else {
                    second_half && told_ahead
                };
                if this_year {
                    y
                } else {
                    y - 1
                }
            } else if env.bound(&a[1]) && !by_tense {
                env.num(&a[1])?
            } else {
                // "profit fell in the second half" said in February: a
                // result told in the past is of a half already begun
                // ... and one still to come that has ended this year is
                // next year's ("sales will slow in the first half", said
                // in August)
                let y = dct.year() as i64;
                let later = (h - 1) * 6 + 1 > dct.month() as i64;
                let ended = h == 1 && dct.month() > 6;
                if later && by_tense && tense_of(CLAUSE) == Tense::Past {
                    y - 1
                } else if ended && by_tense && tense_of(CLAUSE) == Tense::Future {
                    y + 1
                } else {
                    y
                }
            };
            let d = ymd(y, (h - 1) * 6 + 1, 1)?;
            Out::point(Point::at(d, Gran::Half), Anchor::None)
        }
        Func::Dur => {
            let n = if env.bound(&a[0]) {
                env.num(&a[0])
            } else {
                None
            };
            let unit = env.word(&a[1])?;
            Out::new(duration(n, &unit)?, Anchor::None, None)
        }
        Func::DurScale => {
            // "66 million years", "4.5 billion years": the count times its
            // scale, in years (a decimal as `decdur` reads it)
            let v = env.num(&a[0])?;
            let scale: i64 = match env.word(&a[1])?.as_str() {
                "million" => 1_000_000,
                "billion" => 1_000_000_000,
                _ => return None,
            };
            // (a DEC count is its digits and a count of decimals)
            let dec =
                matches!(&a[0], Arg::Slot(s, _) if env.slots[*s].is_some_and(|f| f.class == C_DEC));
            let n = if dec {
                let (digits, p) = dec_parts(v);
                (digits * scale % p == 0).then(|| digits * scale / p)?
            } else {
                v.checked_mul(scale)?
            };
            let unit = env.word(&a[2])?;
            (unit == "Y").then(|| Out::new(format!("P{n}Y"), Anchor::None, None))?
        }
        Func::DecDur => {
            // "4.2 seconds", "1.5 years": the decimal as written, in the
            // unit named (TIMEX3 allows a fraction in the last component)
            let (digits, scale) = dec_parts(env.num(&a[0])?);
            let n = format!(
                "{}.{:0w$}",
                digits / scale,
                digits % scale,
                w = scale.ilog10() as usize
            );
            let unit = env.word(&a[1])?;
            let value = match unit.as_str() {
                "S" => format!("PT{n}S"),
                "MIN" => format!("PT{n}M"),
                "H" => format!("PT{n}H"),
                "D" | "W" | "M" | "Y" => format!("P{n}{unit}"),
                _ => return None,
            };
            Out::new(value, Anchor::None, None)
        }
        Func::DurSum => {
            // "2 hours and 7 minutes", "three years, two months and six
            // days": one duration, the units from the largest down
            let mut parts = Vec::with_capacity(3);
            for p in a.chunks(2) {
                parts.push((env.num(&p[0])?, env.word(&p[1])?));
            }
            Out::new(duration_sum(&parts)?, Anchor::None, None)
        }
        Func::Hms => {
            // a race time, "2:24:10": hours, minutes and seconds
            let v = env.num(&a[0])?;
            let (h, m, s) = (v / 10000, v / 100 % 100, v % 100);
            let mut out = String::from("PT");
            for (n, u) in [(h, 'H'), (m, 'M'), (s, 'S')] {
                if n > 0 {
                    out.push_str(&format!("{n}{u}"));
                }
            }
            if out.len() == 2 {
                return None;
            }
            Out::new(out, Anchor::None, None)
        }
        Func::Ms => {
            // a game clock told as minutes and seconds, "3:12 into
            // overtime"
            let (m, sec) = env.hour_minute(&a[0])?;
            let out = match (m, sec) {
                (0, 0) => return None,
                (0, s) => format!("PT{s}S"),
                (m, 0) => format!("PT{m}M"),
                (m, s) => format!("PT{m}M{s}S"),
            };
            Out::new(out, Anchor::None, None)
        }
        Func::Every => {
            let unit = env.word(&a[0])?;
            Out::every(duration(Some(1), &unit)?)
        }
        Func::SetWd => {
            let wd = env.num(&a[0])?;
            Out::every(format!("XXXX-WXX-{wd}"))
        }
        Func::Freq => {
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            let mut o = Out::new(duration(Some(1), &unit)?, Anchor::None, None);
            o.freq = Some(format!("{n}X"));
            o
        }
        Func::Clock => {
            // clock(CLOCK or hour, AMPM, TZ, day) ; day: dct | ref | tense-resolved weekday slot
            let (mut h, mm) = env.hour_minute(&a[0])?;
            if h > 24 || mm > 59 {
                return None;
            }
            match env.word(&a[1]).as_deref() {
                Some("PM") if h < 12 => h += 12,
                Some("AM") if h == 12 => h = 0,
                // "wdby 1340 am", a radio station's frequency, is no
                // 13:40 in the morning (QA 45)
                Some("AM") if h > 12 => return None,
                Some("NOON") => h = 12,
                Some("MIDNIGHT") => h = 24,
                _ => {}
            }
            let open_half =
                (1..12).contains(&h) && env.word(&a[1]).is_none() && twelve_hour(env, &a[0], h);
            // a[2] (the time zone) is matched but not written: TIMEX3
            // values here carry no zone
            let (mut day, mut anchor) = day_of(env, &a[3], ctx, tense_of)?;
            // the day in question, not one the pattern names
            let bare = env.word(&a[3]).as_deref() == Some("ref");
            // a clock time that stands alone between two breaks, or opens
            // a paragraph before a colon, is a timestamp ("1:15 p.m." over
            // a live blog's update, "8:40 a.m.: Evacuation orders ..."):
            // the dateline's day, whatever day the text spoke of last
            let kind = |i: usize| env.toks.toks[i].kind;
            let breaks = |i: usize| matches!(kind(i), Kind::Break);
            // (or, in digits, opens a sentence run straight into the
            // update's first word: "1.40pm The head of the African Union
            // said today"; not "Around midnight Old Brother was woken")
            let run_in = || {
                matches!(kind(env.first), Kind::Num)
                    && matches!(kind(env.last), Kind::Word { cap: true })
            };
            // An edition's stamp names the clock of the telling: "This
            // story was first sent at 3:05 a.m.", "(Updated at 6:10 p.m.
            // JST)", "(Update 4:37 p.m. Cairo)", unless its sentence has a
            // day of its own
            let stamp = || {
                let c = env.classes;
                let mut k = env.first;
                if k > 0 && env.toks.is(k - 1, c.prep) {
                    k -= 1;
                }
                !ctx.reference_here && k > 0 && env.toks.is(k - 1, c.stampv)
            };
            if anchor == Anchor::Reference
                && (stamp()
                    || (env.first == 0 || breaks(env.first - 1))
                        && (env.last >= env.toks.toks.len()
                            || breaks(env.last)
                            || matches!(kind(env.last), Kind::Punct(':'))
                            || run_in())
                    || still_since(env))
            {
                (day, anchor) = (dct, Anchor::Dct);
            }
            // a day still to come, told in an earlier sentence, is no day
            // for a clock time right after a past verb: "... payable June 14.
            // Shares rose after the results were released at 4:05 p.m." is
            // the dateline's day (a date in its own sentence is the clock's:
            // "February 3, 2011 at 11:49 pm" under a comment)
            // (the day in question before it, if it was not after the
            // DCT and is within a week of it: "adopted the budget late
            // Monday. Work starts Friday. The vote came at 11:40 p.m.")
            if anchor == Anchor::Reference
                && day > dct
                && !ctx.reference_here
                && bare
                && tense_of(VERB_PHRASE) == Tense::Past
            {
                (day, anchor) = match past_day_before(env, ctx) {
                    Some((d, i)) => (d, Anchor::At(i)),
                    None => (dct, Anchor::Dct),
                };
            }
            // a bare clock time goes on from the one in question: "at
            // 11:40 p.m. ... by 1:30 a.m." is the next day (more than half
            // a day earlier on the same day would be a step back)
            //
            // Not when the day comes right after the clock ("out at 6:50
            // a.m. the next day", "at 3 a.m. the following morning"): that
            // day, an expression of its own, counts from the day in
            // question, and the clock takes it (`merge_clock`)
            let day_follows = || {
                let (i, toks) = (env.last, env.toks);
                let c = env.classes;
                i + 1 < toks.toks.len()
                    && (toks.is(i, c.det) || toks.is(i, c.comp))
                    && (toks.is(i + 1, c.rel) || toks.is(i + 1, c.timemod))
            };
            let from_ref = anchor == Anchor::Reference && bare && !day_follows();
            // (a midnight in question, T24:00, is on the day it ends)
            let on_day =
                |r: &NaiveDateTime| (*r - Duration::minutes(1)).date() == day || r.date() == day;
            let mut rolled = false;
            if let Some(r) = ctx.reference_at.filter(|r| from_ref && on_day(r)) {
                let mut at = clock_datetime(day, h, mm)?;
                // a clock with no a.m. or p.m. goes on from the one in
                // question, within six hours: "at 3:07 p.m. ... By 3:30"
                // is 15:30, "at 11:52 this morning ... reached it at
                // 1:45" is 13:45 (QA 45), not a step back to the night.
                // Not a clock with its zone ("Update 3:59 p.m. in Cairo,
                // 8:59 ET" is another zone's morning) nor one in four
                // digits ("0600 GMT", a 24-hour clock)
                let pm = at + Duration::hours(12);
                if open_half
                    && env.feat(&a[2]).is_none()
                    && at < r
                    && pm >= r
                    && pm - r <= Duration::hours(6)
                {
                    h += 12;
                    at = pm;
                }
                // ("from 9 p.m. to 5 a.m. ... leaves at 10:50 p.m.": the
                // evening after the one that crossed midnight)
                let evening = ctx
                    .rolled_from
                    .filter(|f| h >= 12 && clock_datetime(f.date(), h, mm).is_some_and(|c| c > *f));
                if let Some(f) = evening {
                    day = f.date();
                } else if r - at > Duration::hours(12) {
                    day = day.succ_opt()?;
                    rolled = true;
                } else if h < 6
                    && ctx.reference_here
                    && r > at
                    && env.first > 0
                    && env.toks.is(env.first - 1, env.classes.bound)
                    && tense_of(CLAUSE).ahead()
                {
                    // a small-hours limit of a stretch that began earlier
                    // in its sentence is the next night's: "closed the
                    // blocks at noon and will keep them shut until 3 a.m."
                    // (QA 39)
                    day = day.succ_opt()?;
                    rolled = true;
                } else if h == 24 && r.hour() < 6 && !tense_of(CLAUSE).ahead() {
                    // "midnight" told around a small-hours event ("at
                    // 1:20 a.m. ... shortly before midnight"): the midnight
                    // that began its day (not one still to come: "at 3:15
                    // a.m. today, 21 hours before the fiscal year ends at
                    // midnight")
                    day = day.pred_opt()?;
                }
            } else if from_ref && ctx.reference_late && h < 6 && day == ctx.reference.date {
                // "open Friday night until 3 a.m.": Saturday, 3 a.m.
                day = day.succ_opt()?;
            } else if from_ref && h == 24 && day == dct && tense_of(CLAUSE) == Tense::Past {
                // "The fire started at midnight": the midnight gone by, the
                // one that began the dateline's day (T24:00 of the day
                // before), not the one still to come
                day = day.pred_opt()?;
            }
            let mut o = clock_at(day, h, mm, anchor);
            o.rolled = rolled;
            o.open_half = open_half;
            if h == 24 && bare {
                // a bare "midnight" is written as the start of the day it
                // begins (the same moment; "midnight Friday", "midnight on
                // March 16" are T24:00 of the day they end, and the day it
                // ends stays the one in question)
                o.value = format!("{}T00:00", Point::day(day.succ_opt()?).value());
            }
            o
        }
        Func::FullYear => {
            // "Revenue for the full year rose 6%" in a February report: a
            // year told in the past is over, and in the first quarter the
            // one over is last year (later in the year, the fiscal year
            // just ended is mostly named for this one)
            let y = if dct.month() <= 3 && tense_of(CLAUSE) == Tense::Past {
                dct.year() - 1
            } else {
                dct.year()
            };
            Out::point(Point::at(ymd(y as i64, 1, 1)?, Gran::Year), Anchor::Dct)
        }
        Func::DayOf => {
            // "the first day of next year" (edge, n, unit), "the last day of
            // June" (edge, month): the first or last day of that period
            let edge = env.word(&a[0])?;
            let (start, next) = if a.len() == 3 {
                let unit = env.word(&a[2])?;
                let g = unit_gran(&unit)?;
                let start = shift(floor(dct, g), env.num(&a[1])?, &unit)?;
                (start, shift(start, 1, &unit)?)
            } else {
                let m = env.num(&a[1])?;
                let start = pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, 1))?;
                (start, add_months(start, 1)?)
            };
            let day = if edge == "first" {
                start
            } else {
                next.pred_opt()?
            };
            Out::point(Point::day(day), Anchor::Dct)
        }
        Func::MonthQuarter => {
            // "the December quarter": the quarter that ends with (or holds)
            // that month, in the year a year-less month would take
            let m = env.num(&a[0])?;
            let d = pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, 1))?;
            Out::point(
                Point::at(floor(d, Gran::Quarter), Gran::Quarter),
                Anchor::Dct,
            )
        }
        Func::NewYear => {
            // "in the new year": from July on, the coming one; before, the
            // one under way ("the new year began with a storm")
            let y = dct.year() + i32::from(dct.month() >= 7);
            Out::point(Point::at(ymd(y as i64, 1, 1)?, Gran::Year), Anchor::Dct)
        }
        Func::PodMd | Func::PodMdWd => {
            // "the night of Oct. 14, 1962", "the evening of Aug. 21";
            // "Tuesday evening, March 8": as "Tuesday, March 8"
            let pod = env.word(&a[0])?;
            let (m, d) = (env.num(&a[1])?, env.num(&a[2])?);
            let with_year = action.func == Func::PodMd && a.len() > 3;
            let date = match (md_wd, a.get(3)) {
                (Some(date), _) => date,
                (None, Some(y)) if with_year => ymd(env.num(y)?, m, d)?,
                _ => pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, d))?,
            };
            let anchor = if with_year { Anchor::None } else { Anchor::Dct };
            Out::new(
                format!("{}T{}", Point::day(date).value(), pod),
                anchor,
                Some(Point::day(date)),
            )
        }
        Func::Pod => {
            let pod = env.word(&a[1])?;
            if matches!(env.word(&a[0]).as_deref(), Some("ref" | "refthrough"))
                && ctx.reference.gran == Gran::Month
                && ctx.day_ref.is_none()
            {
                // "the first meeting in October. That night": a night in
                // October, the day unknown
                let month = Point::at(ctx.reference.date, Gran::Month).value();
                return Some(Out::new(
                    format!("{month}-XXT{pod}"),
                    Anchor::Reference,
                    None,
                ));
            }
            let (mut day, anchor) = day_of(env, &a[0], ctx, tense_of)?;
            // A time before dawn belongs to the night before: after "1:30
            // a.m. Sunday", "that night" is Saturday night, "the night
            // before" Friday night, and "the next morning" Sunday morning.
            let predawn = anchor == Anchor::Reference
                && ctx
                    .reference_at
                    .is_some_and(|t| t.date() == ctx.reference.date && t.hour() < 5);
            if predawn
                && (pod == "NI" || (pod == "MO" && env.word(&a[0]).as_deref() == Some("refnext")))
            {
                day = day.pred_opt()?;
            }
            Out::new(
                format!("{}T{}", Point::day(day).value(), pod),
                anchor,
                Some(Point::day(day)),
            )
        }
        Func::Holiday => {
            let md = env.word(&a[0])?;
            let side = match a.get(3).and_then(|u| env.word(u)).as_deref() {
                Some("after") => 1,
                Some("before") => -1,
                _ => 0,
            };
            let span = a.get(2).and_then(|u| env.word(u));
            // "the day after Thanksgiving" is placed by its own date, not
            // the holiday's: written on that Friday, "is spending the day
            // after Thanksgiving" is today, not next year's
            let offset = if span.as_deref() == Some("day") {
                side
            } else {
                0
            };
            let make = |y: i32| holiday_date(&md, y)?.checked_add_signed(Duration::days(offset));
            let date = if env.bound(&a[1]) && matches!(a[1], Arg::Slot(..)) {
                make(i32::try_from(env.num(&a[1])?).ok()?)?
            } else if env.word(&a[1]).as_deref() == Some("back") {
                let d = make(dct.year())?;
                if d < dct {
                    d
                } else {
                    make(dct.year() - 1)?
                }
            } else if let Some(y) = year_frame(env, ctx, dct.year().into()) {
                // "In 1985, the council met on Thanksgiving": that year's
                make(i32::try_from(y).ok()?)?
            } else if dated_dir(env, tense_of) > 0
                && !hangs_on_participle(env)
                && !earlier_in_sentence(env, &[env.classes.cond])
            {
                // the verb that governs it looks ahead, as for a day of the
                // month: "Stores will close on Christmas" written on Jan. 20
                // is next December's, even within the three-month window of
                // `pick_year` (not a participle's date,
                // "ballots postmarked by Election Day will be counted", nor
                // a plan told in the past, "told them they would be home
                // for Christmas")
                pick_dated(dct, 1, Tense::Future, make)?
            } else {
                pick_year(dct, tense_of(CLAUSE), make)?
            };
            match span.as_deref() {
                // "the day after Christmas", "the day before New Year's Eve"
                // (`make` took the step)
                Some("day") => Out::point(Point::day(date), Anchor::Dct),
                // "Easter week": the week it falls in; "the week after
                // Thanksgiving", "the week before Christmas": the ISO week
                // after or before that one
                Some("week") => {
                    let d = date + Duration::days(7 * side);
                    Out::point(Point::at(floor(d, Gran::Week), Gran::Week), Anchor::Dct)
                }
                // "Labor Day weekend": the weekend next to it (the one
                // before a Monday holiday, else the one of its week)
                Some("weekend") if side == 0 => {
                    let d = if date.weekday() == Weekday::Mon {
                        date - Duration::days(1)
                    } else {
                        date
                    };
                    Out::point(Point::at(floor(d, Gran::Week), Gran::Weekend), Anchor::Dct)
                }
                // "the weekend after Thanksgiving": the first Saturday after
                // the day (before it, for "the weekend before"), and its
                // weekend
                Some("weekend") => {
                    let step = Duration::days(side);
                    let mut d = date + step;
                    while d.weekday() != Weekday::Sat {
                        d += step;
                    }
                    Out::point(Point::at(floor(d, Gran::Week), Gran::Weekend), Anchor::Dct)
                }
                // "Thanksgiving morning": a part of that day
                Some(p @ ("MO" | "AF" | "EV" | "NI" | "DT")) => Out::new(
                    format!("{}T{p}", Point::day(date).value()),
                    Anchor::Dct,
                    Some(Point::day(date)),
                ),
                _ => Out::point(Point::day(date), Anchor::Dct),
            }
        }
        Func::HolidayWd => {
            // "the Monday after Thanksgiving", "the Friday before Easter"
            let md = env.word(&a[0])?;
            let wd = weekday(env.num(&a[1])?)?;
            let dir = if env.word(&a[2])? == "before" { -1 } else { 1 };
            // the nearest such weekday strictly after (before) the holiday
            let date = pick_year(dct, tense_of(CLAUSE), |y| {
                Some(resolve_weekday(holiday_date(&md, y)?, wd, dir))
            })?;
            Out::point(Point::day(date), Anchor::Dct)
        }
        Func::HolidayRel => {
            // "Easter next year", "Christmas last year"
            let md = env.word(&a[0])?;
            let y = dct.year() + i32::try_from(env.num(&a[1])?).ok()?;
            Out::point(Point::day(holiday_date(&md, y)?), Anchor::Dct)
        }
        Func::NthWd => {
            // "the first Saturday in April" (n = 0: the last one), with or
            // without a year
            let n = env.num(&a[0])?;
            let wd = weekday(env.num(&a[1])?)?;
            let m = u32::try_from(env.num(&a[2])?).ok()?;
            if !(0..=5).contains(&n) || !(1..=12).contains(&m) {
                return None;
            }
            let date = match a.get(3) {
                Some(y) if env.bound(y) => nth_weekday(i32::try_from(env.num(y)?).ok()?, m, n, wd)?,
                _ => pick_year(dct, tense_of(CLAUSE), |y| nth_weekday(y, m, n, wd))?,
            };
            // "the first weekend of August": the weekend of that Saturday
            if a.get(4).and_then(|u| env.word(u)).as_deref() == Some("WE") {
                return Some(Out::point(
                    Point::at(floor(date, Gran::Week), Gran::Weekend),
                    Anchor::Dct,
                ));
            }
            Out::point(Point::day(date), Anchor::Dct)
        }
        Func::SeasonRel => {
            // "the spring of last year": the season in that year
            let s = season_code(&env.word(&a[0])?)?;
            let d = ymd(
                dct.year() as i64 + env.num(&a[1])?,
                season_month(s) as i64,
                1,
            )?;
            Out::point(Point::season(d, s), Anchor::Dct)
        }
        Func::MRel => {
            let m = env.num(&a[0])?;
            let n = env.num(&a[1])?;
            let d = ymd(dct.year() as i64 + n, m, 1)?;
            Out::point(Point::at(d, Gran::Month), Anchor::Dct)
        }
        Func::Weekend => {
            // "the weekend": the coming one from Friday on, else the one just past
            let dir = dir_of(&a[0]);
            let wd = dct.weekday().num_days_from_monday();
            // ("will reach Georgia by the weekend" written on a Sunday)
            let n = if dir > 0 || wd >= 4 {
                week_ahead_from_sunday(dct, dir > 0)
            } else {
                -1
            };
            let d = shift(dct, n, "W")?;
            Out::point(Point::at(floor(d, Gran::Week), Gran::Weekend), Anchor::Dct)
        }
        Func::QuarterRelYear | Func::HalfRelYear => {
            // "last year's third quarter", "the second half of next year"
            let (parts, gran) = if action.func == Func::HalfRelYear {
                (2, Gran::Half)
            } else {
                (4, Gran::Quarter)
            };
            let q = env.num(&a[0])?;
            if !(1..=parts).contains(&q) {
                return None;
            }
            let months = 12 / parts;
            let d = ymd(dct.year() as i64 + env.num(&a[1])?, (q - 1) * months + 1, 1)?;
            Out::point(Point::at(d, gran), Anchor::Dct)
        }
        Func::QuarterAgo => {
            // "the year-ago quarter": the quarter in question, a year before
            return ctx.quarter_years(quarter_in_question(ctx)?, -1);
        }
        Func::DayOfMonth => {
            // "on the 15th": that day of the month in question (the latest
            // date mentioned, when it is a month or finer), else of the
            // DCT's month, moved a month by the tense when the day is on
            // the other side of the DCT
            let n = env.num(&a[0])?;
            if !(1..=31).contains(&n) {
                return None;
            }
            let r = ctx.reference;
            if ctx.reference_idx.is_some() && r.gran <= Gran::Month {
                let d = ymd(r.date.year() as i64, r.date.month() as i64, n)?;
                Out::point(Point::day(d), Anchor::Reference)
            } else {
                let here = ymd(dct.year() as i64, dct.month() as i64, n)?;
                let d = match tense_of(CLAUSE) {
                    t if t.ahead() && here < dct => add_months(here, 1)?,
                    Tense::Past | Tense::None if here > dct => add_months(here, -1)?,
                    _ => here,
                };
                Out::point(Point::day(d), Anchor::Dct)
            }
        }
        Func::PeriodAgo => {
            // "the same period last year": the quarter in question a year
            // before; with no quarter, the period in question (a month, a
            // half, a season...) a year before; with none, last year
            if let Some(q) = ctx.quarter_topic() {
                return ctx.quarter_years(q, -1);
            }
            let r = ctx.reference;
            if ctx.reference_idx.is_some() && r.gran > Gran::Week && r.gran < Gran::Year {
                let p = Point {
                    date: shift(r.date, -1, "Y")?,
                    ..r
                };
                Out::point(p, Anchor::Reference)
            } else {
                let d = ymd(dct.year() as i64 - 1, 1, 1)?;
                Out::point(Point::at(d, Gran::Year), Anchor::Dct)
            }
        }
        Func::QuarterOfYear => {
            // "the 1988 quarter": the quarter in question, in that year
            let q = quarter_in_question(ctx)?;
            let d = ymd(env.num(&a[0])?, q.date.month() as i64, 1)?;
            Out::new(
                Point::at(d, Gran::Quarter).value(),
                ctx.quarter_anchor(),
                None,
            )
        }
        Func::DurHalf => {
            // n and a half units: the half in the next smaller unit
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            // ("half an hour" is n = 0: PT30M, not PT0H30M)
            let whole = |u: &str| {
                if n == 0 {
                    String::new()
                } else {
                    format!("{n}{u}")
                }
            };
            let v = match unit.as_str() {
                "Y" => format!("P{}6M", whole("Y")),
                "M" => format!("P{}15D", whole("M")),
                "W" => format!("P{}DT12H", n * 7 + 3),
                "D" => format!("P{}T12H", whole("D")),
                "H" => format!("PT{}30M", whole("H")),
                "MIN" => format!("PT{}30S", whole("M")),
                // "half a century", "a decade and a half": in years
                "DE" => format!("P{}Y", n * 10 + 5),
                "CE" => format!("P{}Y", n * 100 + 50),
                _ => duration(Some(n), &unit)?,
            };
            Out::new(v, Anchor::None, None)
        }
        Func::ClockMd => {
            // clockmd(hour or CLOCK or NOON, AMPM, MONTH, DAY): a clock time on a
            // year-less date; clockmdy(..., YEAR) on a dated one
            let (mut h, mm) = env.hour_minute(&a[0])?;
            if !(0..=24).contains(&h) || mm > 59 || (h == 24 && mm > 0) {
                return None;
            }
            match env.word(&a[1]).as_deref() {
                Some("PM") if h < 12 => h += 12,
                Some("AM") if h == 12 => h = 0,
                _ => {}
            }
            let (m, d) = (env.num(&a[2])?, env.num(&a[3])?);
            if let Some(y) = a.get(4) {
                return Some(clock_at(ymd(env.num(y)?, m, d)?, h, mm, Anchor::None));
            }
            let date = pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, d))?;
            clock_at(date, h, mm, Anchor::Dct)
        }
        Func::MdRel => {
            // "March 31 next year", "June 30 of last year": the year is said
            let (m, d) = (env.num(&a[0])?, env.num(&a[1])?);
            let date = ymd(dct.year() as i64 + env.num(&a[2])?, m, d)?;
            Out::point(Point::day(date), Anchor::Dct)
        }
        Func::FromWd => {
            // "a week from Monday", "Tuesday week": n units after the coming weekday
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            let wd = weekday(env.num(&a[2])?)?;
            let base = resolve_weekday(dct, wd, 1);
            let d = shift(base, n, &unit)?;
            Out::point(Point::day(d), Anchor::Dct)
        }
        Func::NthWeek => {
            // "the first week of May": the week holding that month's (7n-6)th day
            let n = env.num(&a[0])?;
            if !(1..=5).contains(&n) {
                return None;
            }
            let m = env.num(&a[1])?;
            let date = pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, (n - 1) * 7 + 1))?;
            Out::point(Point::at(floor(date, Gran::Week), Gran::Week), Anchor::Dct)
        }
        Func::EveryN => {
            // "every other week" = every two weeks
            let n = env.num(&a[0])?;
            let unit = env.word(&a[1])?;
            Out::every(duration(Some(n), &unit)?)
        }
        Func::WeekOf => {
            let (m, d) = (env.num(&a[0])?, env.num(&a[1])?);
            let date = match a.get(2) {
                // "the week of April 9, 2040"
                Some(y) => ymd(env.num(y)?, m, d)?,
                None => pick_year(dct, tense_of(CLAUSE), |y| ymd(y as i64, m, d))?,
            };
            Out::point(Point::at(floor(date, Gran::Week), Gran::Week), Anchor::Dct)
        }
        Func::EveryMonth => {
            // "each July"; "every March 13" with its day
            let m = env.num(&a[0])?;
            match a.get(1).filter(|d| env.bound(d)) {
                Some(d) => Out::every(format!("XXXX-{m:02}-{:02}", env.num(d)?)),
                None => Out::every(format!("XXXX-{m:02}")),
            }
        }
        Func::EveryHoliday => {
            // "each New Year's Day": a fixed date every year; a holiday
            // whose day moves ("every Thanksgiving") is known to its month
            // (seen in two years in a row), one whose month moves (Easter)
            // is not
            let spec = env.word(&a[0])?;
            let (x, y) = (holiday_date(&spec, 2001)?, holiday_date(&spec, 2002)?);
            if (x.month(), x.day()) == (y.month(), y.day()) {
                Out::every(format!("XXXX-{:02}-{:02}", x.month(), x.day()))
            } else if x.month() == y.month() {
                Out::every(format!("XXXX-{:02}", x.month()))
            } else {
                return None;
            }
        }
        Func::EverySeason => Out::every(format!("XXXX-{}", env.word(&a[0])?)),
        Func::SetWdPod => Out::every(format!("XXXX-WXX-{}T{}", env.num(&a[0])?, env.word(&a[1])?)),
        Func::EveryPod => Out::every(format!("XXXX-XX-XXT{}", env.word(&a[0])?)),
    })
}

/// A holiday in year `y`, from its spec in vocab.tsv: `MM-DD` (fixed),
/// `MM-Wn-d` (the n-th weekday d of the month, 1 = Monday), `MM-WL-d` (the
/// last one), or `easter` (Western Easter Sunday). A spec may end in `+N`
/// days, and `easter` also in `-N` ("Election Day" is `11-W1-1+1`, the
/// Tuesday after the first Monday of November; "Good Friday" is
/// `easter-2`).
fn holiday_date(spec: &str, y: i32) -> Option<NaiveDate> {
    let (base, offset) = if let Some(rest) = spec.strip_prefix("easter") {
        let n: i64 = if rest.is_empty() {
            0
        } else {
            rest.parse().ok()?
        };
        ("easter", n)
    } else if let Some((b, n)) = spec.split_once('+') {
        (b, n.parse().ok()?)
    } else {
        (spec, 0)
    };
    let day = if base == "easter" {
        easter_sunday(y)?
    } else {
        let mut it = base.split('-');
        let m: u32 = it.next()?.parse().ok()?;
        let second = it.next()?;
        if let Some(n) = second.strip_prefix('W') {
            let wd = weekday(it.next()?.parse().ok()?)?;
            let n = if n == "L" { 0 } else { n.parse().ok()? };
            nth_weekday(y, m, n, wd)?
        } else {
            NaiveDate::from_ymd_opt(y, m, second.parse().ok()?)?
        }
    };
    day.checked_add_signed(Duration::days(offset))
}

/// The `n`-th weekday `wd` of month `m` of year `y` (`n` = 0: the last
/// one); None when the month has no such day (a fifth Friday).
fn nth_weekday(y: i32, m: u32, n: i64, wd: Weekday) -> Option<NaiveDate> {
    let d = if n == 0 {
        // back from the first of next month
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)?
        };
        resolve_weekday(next, wd, -1)
    } else {
        let first = NaiveDate::from_ymd_opt(y, m, 1)?;
        let d = resolve_weekday(first, wd, 0);
        let d = if d < first { d + Duration::days(7) } else { d };
        d.checked_add_signed(Duration::days(7 * (n - 1)))?
    };
    (d.month() == m).then_some(d)
}

/// Western Easter Sunday of year `y` (the Gregorian computus, in the
/// anonymous algorithm published in Nature in 1876).
fn easter_sunday(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// The quarter a report is about: the latest mentioned quarter, else the
/// last one completed before the DCT.
fn quarter_in_question(ctx: &Ctx) -> Option<Point> {
    if let Some(q) = ctx.quarter_topic() {
        Some(q)
    } else {
        let d = shift(floor(ctx.dct, Gran::Quarter), -1, "Q")?;
        Some(Point::at(d, Gran::Quarter))
    }
}

/// A TIME at `h:mm` on `day` (hour 24 is the end of that day, as TimeML
/// writes midnight), with its clock time for "two hours later".
fn clock_at(day: NaiveDate, h: i64, mm: i64, anchor: Anchor) -> Out {
    let v = if h == 24 {
        format!("{}T24:00", Point::day(day).value())
    } else {
        format!("{}T{:02}:{:02}", Point::day(day).value(), h, mm)
    };
    let mut o = Out::new(v, anchor, Some(Point::day(day)));
    o.kind = Some(TimexType::Time);
    o.at = clock_datetime(day, h, mm);
    o
}

/// Whether the expression follows "since" in a present-perfect clause
/// ("have been closed since 7 a.m."): a state that still holds, so its
/// start is on the dateline's day (classes SINCE and HAVE of vocab.tsv).
fn still_since(env: &Env) -> bool {
    let toks = env.toks;
    let TenseClasses { since, have, .. } = *env.classes;
    env.first > 0
        && toks.is(env.first - 1, since)
        && (env.first.saturating_sub(8)..env.first - 1)
            .rev()
            .take_while(|&k| !matches!(toks.toks[k].kind, Kind::Break))
            .any(|k| toks.is(k, have))
}

/// `h:mm` on `day` as a moment (24:00 is the next day's 00:00).
/// Whether clock argument `a` (hour `h`) is on a 12-hour clock: a bare
/// hour, or hours and minutes with a colon and no leading zero ("6:30";
/// not "06:30", nor hhmm digits "0600", "0808", a 24-hour clock).
fn twelve_hour(env: &Env, a: &Arg, h: i64) -> bool {
    if env.num(a).is_some_and(|n| n < 100) {
        return true;
    }
    if !env.feat(a).is_some_and(|f| f.class == C_CLOCK) {
        return false;
    }
    let toks = env.toks;
    (env.first..env.last)
        .find(|&i| toks.has(i, C_CLOCK).is_some())
        .is_some_and(|i| {
            let t = &toks.toks[i];
            // ("6:30" is four bytes, "10:30" five; hhmm digits are also
            // a number)
            toks.has(i, C_INT).is_none() && t.end - t.start <= if h < 10 { 4 } else { 5 }
        })
}

fn clock_datetime(day: NaiveDate, h: i64, mm: i64) -> Option<NaiveDateTime> {
    Some(day.and_hms_opt(0, 0, 0)? + Duration::minutes(h * 60 + mm))
}

/// The day in question before a day still to come (`Ctx::past_day`), for
/// a clock time of a past event told shortly after it, when that day is
/// within a week of the DCT: "adopted the budget late Monday, four days
/// before the new fiscal year begins Friday. The vote came at 11:40 p.m."
/// Only for a clock after a preposition or with its own modifier ("at
/// 11:40 p.m.", "shortly after midnight"), not a stamp ("Update 4:37
/// p.m.", a live blog's "[10.15am]"), and only within 300 bytes.
fn past_day_before(env: &Env, ctx: &Ctx) -> Option<(NaiveDate, usize)> {
    let (d, i, end) = ctx.past_day?;
    if (ctx.dct - d).num_days() > 7 {
        return None;
    }
    clock_after_day(env, d, i, end)
}

/// The day in question still to come (`Ctx::future_day`), for a clock
/// time in a clause that looks ahead told shortly after it and after a
/// day gone by, when that day is within two weeks of the DCT; on the
/// same terms as [`past_day_before`].
fn future_day_after(env: &Env, ctx: &Ctx) -> Option<(NaiveDate, usize)> {
    let (d, i, end) = ctx.future_day?;
    if (d - ctx.dct).num_days() > 14 {
        return None;
    }
    clock_after_day(env, d, i, end)
}

/// Day `d` (of expression `i`, which ends at `end`) for the clock time at
/// hand: a clock after a preposition or with its own modifier, within
/// 300 bytes after it, not in a past perfect.
fn clock_after_day(env: &Env, d: NaiveDate, i: usize, end: usize) -> Option<(NaiveDate, usize)> {
    let toks = env.toks;
    let start = toks.toks[env.first].start;
    if start < end || start - end > 300 {
        return None;
    }
    let led = env.first > 0 && toks.is(env.first - 1, env.classes.prep)
        || matches!(toks.toks[env.first].kind, Kind::Word { .. });
    if !led {
        return None;
    }
    // (a past perfect tells what was done by a time of the dateline's
    // day: "By noon, pickets had closed all four gates", "had done so at
    // 5 a.m. EST")
    (!in_sentence(env, &[env.classes.perf])).then_some((d, i))
}

/// The day an expression with a time or part of day falls on: `dct`,
/// `yesterday`, `tomorrow`, `ref` (the day in question), `refnext`,
/// `refprev`, or a WEEKDAY slot resolved by tense.
fn day_of(
    env: &Env,
    a: &Arg,
    ctx: &Ctx,
    tense_of: &dyn Fn(usize) -> Tense,
) -> Option<(NaiveDate, Anchor)> {
    let dct = ctx.dct;
    if let Arg::Slot(..) = a {
        let f = env.feat(a);
        let Some(f) = f else {
            return Some((dct, Anchor::Dct));
        };
        let wd = weekday(f.num)?;
        let d = match tense_of(CLAUSE) {
            _ if dct.weekday() == wd => dct,
            t if t.ahead() => resolve_weekday(dct, wd, 1),
            Tense::Revised => nearest_weekday(dct, wd),
            _ => resolve_weekday(dct, wd, -1),
        };
        return Some((d, Anchor::Dct));
    }
    Some(match env.word(a)?.as_str() {
        "yesterday" => (dct - Duration::days(1), Anchor::Dct),
        "tomorrow" => (dct + Duration::days(1), Anchor::Dct),
        // the day in question, the one after it, the one before
        // (`refday`: the day in question when there is one, else the
        // DCT's, never a month's unknown day: "by late afternoon")
        w @ ("ref" | "refnext" | "refprev" | "refthrough" | "refday") => {
            let n = match w {
                "refnext" => 1,
                "refprev" => -1,
                _ => 0,
            };
            // a past event is not on a day still to come ("would seek a
            // vote by Oct. 1 ... who spoke at 2:30 p.m."): the dateline's
            // and a coming one not on a day gone by ("Kickoff is at noon"
            // after a practice on Friday): the dateline's
            // ... unless the day is named earlier in the same sentence
            // ("was held Tuesday, Jan. 8, at 9:30 a.m., followed by lunch")
            let wrong_side = || {
                (match tense_of(CLAUSE) {
                    Tense::Past => ctx.reference.date > dct,
                    Tense::Future => ctx.reference.date < dct,
                    _ => false,
                }) && !earlier_in_sentence(env, &[env.classes.weekday, Some(C_DAY)])
            };
            // ("through the night": "through" reads as a state that lasts
            // until a date ahead, which says nothing of this night's side)
            let checked = w != "refthrough";
            // a coming clock whose day in question is gone by may be on
            // the day that one displaced in its sentence, when that day
            // is ahead and within a week ("will return next Saturday,
            // after Thursday's storm. Planting starts at 8 a.m."); not the
            // other way round: a past event after a day ahead is the
            // dateline's ("The vote came shortly before 11 p.m.")
            // (read only when the `told` branch below does not apply)
            let displaced = || {
                ctx.prev_day.filter(|&(d, _)| {
                    n == 0
                        && checked
                        && ctx.reference.gran == Gran::Day
                        && !ctx.reference_bound
                        && tense_of(CLAUSE) == Tense::Future
                        && d > dct
                        && (d - dct).num_days() <= 7
                        && wrong_side()
                })
            };
            // (not one that lies ahead of the telling: "said Sunday they
            // would move the parade to 8 a.m. on July Fourth")
            if w == "refthrough"
                && ctx.reference.date == dct
                && ctx.reference_at.is_none()
                && tense_of(CLAUSE) == Tense::Past
            {
                // "Crews worked through the night", told of the dateline's
                // day or of none: the night just gone, as "overnight" (QA
                // 39); not when the day in question lies ahead, which
                // "through" says nothing about (unlike "overnight")
                (dct - Duration::days(1), Anchor::Dct)
            } else if let Some((d, i)) = ctx.told.filter(|_| n == 0 && !tense_of(CLAUSE).ahead()) {
                (d, Anchor::At(i))
            } else if let Some((d, i)) = displaced() {
                (d, Anchor::At(i))
            } else if ctx.reference.gran == Gran::Day
                && !(n == 0 && (ctx.reference_bound || checked && wrong_side()))
            {
                (ctx.reference.date + Duration::days(n), Anchor::Reference)
            } else if let Some((d, i)) = ctx
                .day_ref
                .filter(|_| ctx.reference.gran != Gran::Day || ctx.reference_bound)
            {
                (d + Duration::days(n), Anchor::At(i))
            } else if let Some((d, i)) =
                (n == 0 && checked && ctx.reference.date > dct && tense_of(CLAUSE) == Tense::Past)
                    .then(|| past_day_before(env, ctx))
                    .flatten()
            {
                // a past event after a day still to come: the day in
                // question before that one
                (d, Anchor::At(i))
            } else if let Some((d, i)) = (n == 0
                && checked
                && ctx.reference.gran == Gran::Day
                && ctx.reference.date < dct
                && tense_of(CLAUSE) == Tense::Future)
                .then(|| future_day_after(env, ctx))
                .flatten()
            {
                // ... and a coming one after a day gone by: the day in
                // question still to come before it
                (d, Anchor::At(i))
            } else {
                (dct + Duration::days(n), Anchor::Dct)
            }
        }
        // "overnight": the night of the day in question; when that is the
        // DCT (or none is), a report in the past speaks of the night just
        // gone (a morning paper's "upgraded overnight")
        // ... and so does one whose day in question lies on the wrong side
        // of the dateline for its clause ("The law takes effect Jan. 1.
        // Crews worked overnight")
        "night" => {
            // (a night ahead after a day gone by is not checked: "first
            // response coming overnight" reads as ahead)
            let tense = tense_of(CLAUSE);
            let wrong_side = tense == Tense::Past && ctx.reference.date > dct;
            if ctx.reference.gran != Gran::Day || ctx.reference.date == dct || wrong_side {
                match tense {
                    Tense::Past => (dct - Duration::days(1), Anchor::Dct),
                    _ => (dct, Anchor::Dct),
                }
            } else {
                (ctx.reference.date, Anchor::Reference)
            }
        }
        _ => (dct, Anchor::Dct),
    })
}
