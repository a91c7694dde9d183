//! Temporal tagging and resolution.
//!
//! In: the article text, its sentences, and the document creation time (DCT,
//! the dateline). Out: [`Timex`] spans, each with a TimeML TIMEX3 type and a
//! normalized value resolved against the DCT (or, for anaphoric expressions,
//! against the latest date the text mentioned).
//!
//! # How it works
//!
//! The language knowledge lives in three tables under `src/temporal/rules/`,
//! embedded with `include_str!` and compiled once ([`Tagger::global`]); the
//! Rust code is a generic engine that knows no English words.
//!
//! | file | what | one line is |
//! |---|---|---|
//! | `vocab.tsv` | word forms and their class and value | `sept.<TAB>MONTH<TAB>9` |
//! | `patterns.tsv` | token patterns, type, normalization, test case | `name \| pattern \| TYPE \| value \| mod \| example` |
//! | `reject.txt` | strings that must never be tagged | `the Sunday Times` |
//!
//! 1. **Tokens** (`engine.rs`). One pass over each run of sentences splits it
//!    into words, numbers and punctuation. Every word is looked up once in
//!    the vocabulary (a hash map of lowercase forms, multi-word forms such
//!    as `more than` or `a few` included) and gets its classes with their
//!    values (`MONTH=9`, `UNIT=D`, ...). Shapes give built-in classes: `NUM`,
//!    `INT`, `DAY` (1-31), `YEAR`, `DECADE` ("1990s"), `CLOCK` ("10:35"),
//!    `NUMDATE` ("2025-04-17", "4/17/2025"), `DEC` ("4.2"), `PASTV` (an -ed
//!    verb), `CAPWORD`.
//!    Number words are merged ("twenty-five" -> `NUM=25`, "nineteen
//!    ninety-six" -> `YEAR=1996`).
//! 2. **Matching** (`engine.rs`). Each pattern is compiled to a sequence of
//!    elements; rules are indexed by the classes their first token may have,
//!    so at each token only the rules that can start there are tried. The
//!    leftmost-longest match wins (a tie goes to the rule listed first), then
//!    matching resumes after it: one pass, no scan per rule. Reject entries
//!    are rules too; when they win, nothing is tagged.
//! 3. **Resolution** (`resolve.rs`). The value column names a function
//!    (below) applied to the matched slots, the DCT, the reference time and
//!    the tense of the clause.
//!
//! # Reference time and tense
//!
//! Deictic expressions ("yesterday", "last week", "two years ago") are
//! computed from the DCT. Anaphoric ones ("the next day", "two weeks later",
//! "that month", "the same year", "the following Monday") from the latest
//! DATE/TIME the text has mentioned (the DCT until there is one, except
//! that "N units later" with no date before it, or after one coarser than
//! its unit ("last week ... two days later"), is unknown, `XXXX-XX-XX`:
//! it counts from an event the text has not dated); their
//! [`Timex::anchor`] points at it. A date after "since" ("no contract since
//! June 30") began a state that runs to now and does not become the date in
//! question, and a time in a past clause does not take a day still to come.
//! A relative day or weekend followed by a date in apposition ("the
//! previous Saturday, Nov. 12", "the following weekend, on Saturday, July
//! 13") is that date when the weekday agrees. A copula right before a date
//! ("Game 4 is Sunday", `COP`) is a schedule, and looks ahead. Bare weekdays, year-less dates and months
//! take the direction of their clause: the nearest tense cue around them
//! within the sentence (`FUT` words such as "will", "is due", "is expected",
//! "is scheduled", "plans to"; `PAST` words and -ed verbs, except
//! participles after an auxiliary as in "will be held"; `PRES` words, the
//! present tense of scheduled events such as "resumes", "take effect",
//! "is at", "set for", count as future unless "to" makes them an
//! infinitive: "the hearing resumes Monday" is the coming Monday, "said
//! Friday" the last one). A plan told in the past perfect ("had been due
//! to expire Thursday") has changed since and may lie on either side: the
//! nearest day wins. A date that a verb moves to ("postponed until
//! Tuesday", "extended to Nov. 20": `DEFER` then `TARGET` in vocab.tsv)
//! is ahead. An initial or a title ("Daniel P. Davison", "Gen.") does not
//! end the clause. The DCT's own
//! weekday is the DCT unless "last"/"next" says otherwise; with no cue a
//! weekday is the latest one before the DCT. A year-less date or month
//! right after a verb and its preposition takes that verb's tense first:
//! "was passed in May" in April is last year's May, "the year ended Jan.
//! 31" is the last Jan. 31 (only the two tokens before it count, so "a
//! still unspecified date in January" is no past-tense cue); a fronted
//! one ("In January, the board named ...") takes the tense of the main
//! verb after it. Otherwise a
//! year-less date within three months of the DCT takes the nearest year,
//! else the clause tense decides, and with no cue the past one.
//! In financial reports "the quarter", "the year-ago period", "the same
//! period last year" and "a year ago" refer to the quarter in question:
//! the most recent quarter the text has named that ended by the DCT (an
//! aside such as "after a flat second quarter" or "a fourth-quarter
//! charge" does not change it, nor does a day inside it, "the quarter
//! ended Sept. 30"); a period of six months to a year ("for the nine
//! months") ends that quarter context.
//! A season used as a noun modifier ("the summer releases") is this year's, whatever
//! the tense of the clause. A year said after a year-less date gives its
//! year ("March 31 next year"). A clock word before a date takes that date
//! ("midnight on Saturday, April 26"); midnight is written `T24:00` of the
//! day named, the TimeML convention (the end of that day), and a bare
//! "midnight" `T00:00` of the day it begins (the same moment, as every
//! annotator of the project's own sets writes it); a bare clock word
//! falls on the day under discussion, and so does "an hour later". A
//! weekday with a part of the day keeps the part ("Tuesday night" is
//! `2025-04-15TNI`). In a range ("April 3-5") the end is an expression of
//! its own.
//! "Earlier this year" / "earlier this month" carry `mod="START"` and
//! "later this afternoon" / "later today" `mod="END"`, as the TimeBank and
//! AQUAINT gold does (10 of its 11 "earlier this ..." expressions have
//! START, whatever the month of the DCT): the mod says "the part before
//! (after) now", not "the first (last) part of the period"; a renderer
//! that words START as "early" should keep that in mind.
//! Tense cues are searched on both sides, the left (where the governing
//! verb mostly is) weighing twice.
//! Sentence boundaries are not trusted: adjacent sentences are matched as
//! one run, and tense cues stop at `.`, `!`, `?`, `;` and blank lines.
//!
//! # Adding a rule (for linguists)
//!
//! 1. If it needs new words, add them to `vocab.tsv`: `form<TAB>CLASS<TAB>value`
//!    (lowercase form; add both `sept` and `sept.` when both occur; flag
//!    `cap` if the form is only temporal when capitalized, like "May").
//!    A new class name may be used at once in patterns.
//! 2. Add a line to `patterns.tsv`, near rules of the same kind:
//!    `name | pattern | TYPE | value | mod | example`.
//!    - pattern elements, separated by spaces: `CLASS` (a token of that
//!      class; its value is bound to a slot of the same name, `MONTH2` for a
//!      second one), `word` (literal, any case; punctuation too), `(a|B)`
//!      (any one; `label=(...)` binds it), `x?` (optional), `^x` (context:
//!      must be there, is not part of the span; only at either end), `!A|B`
//!      (a token with none of these classes), `A&!B|C` (a token of class A
//!      with neither B nor C: `CAPWORD&!MONTH`), and `^!A|B` as the first
//!      element (a look back: the word before the match has none of these
//!      classes, or there is no word before it).
//!    - TYPE: `DATE`, `TIME`, `DURATION` or `SET`.
//!    - value: a constant (`PRESENT_REF`) or a function of the slots.
//!    - mod: `-`, a constant (`START`), or a slot whose value is the mod.
//!    - example: `text with [the expected span] @ DCT = VALUE`; several may
//!      be joined with ` ;; `. `cargo test --test temporal_rules` checks
//!      every example, and that it is this rule that produced it.
//! 3. If something must never be tagged, add it to `reject.txt` (pattern
//!    syntax, usually plain words).
//! 4. Run `scripts/eval-tempeval.sh` before and after: it prints the
//!    TempEval-3 scores.
//!
//! # Normalization functions (value column)
//!
//! Arguments are slot names, integers, or the words `dct`, `ref`, `tense`,
//! `back`, `near`, or unit codes (`S MIN H D W FN WE M Q Y DE CE`).
//!
//! | function | meaning | example |
//! |---|---|---|
//! | `ymd(Y,M,D)` `ym(Y,M)` `y(Y)` `numdate(N)` | explicit dates | Sept. 5, 2024 |
//! | `yy(N)` | a year in two digits: the latest that ends so, up to ten years after the DCT's | the storm of '69 |
//! | `era(N,ERA)` | a year before or after Christ | 3400 B.C. |
//! | `podmd(POD,M,D)` `podmdy(POD,M,D,Y)` | a part of a dated day | the night of Oct. 14, 1962 |
//! | `everyholiday(HOLIDAY)` | a fixed-date holiday every year | each New Year's Day |
//! | `dayofrel(first\|last,n,unit)` `dayofmonth2(first\|last,M)` | the first or last day of a period | the first day of next year; the last day of June |
//! | `monthquarter(M)` | the quarter that holds a month | the December quarter |
//! | `newyear()` | the coming year from July on, else the one under way | in the new year |
//! | `fullyear()` | the year of a result: last year's when told in the past in January to March | the full year |
//! | `md(M,D)` `mdd(M,D,dir)` `m(M,dir)` `mrel(M,n)` `dayofmonth(N)` | year-less dates and months (`m(M, onward)`: the DCT's month or a later one) | April 2; last Oct. 23; last March; December corn; June last year; on the 15th |
//! | `decade(D)` `decadew(D)` `century(ORD)` | 197, 199, 19 | the 1970s; the nineties; the 20th century |
//! | `wd(WD,dir)` `wdref(WD,dir)` | weekdays from the DCT / the reference (`wd(WD, near)`: the nearest one, ahead or back) | last Saturday; the following Monday; ahead of Tuesday's vote |
//! | `shift(dct\|ref\|now,n,unit)` | n units from the DCT, at that unit's granularity; n = `mid`: the week in question, or the coming one when the clause looks ahead from a Thursday on; `now`: a count from the DCT, where a decade or century lands on a year | next week; last month; by midweek; a decade from now |
//! | `ago(n,unit)` `later(n,unit)` `next(n,unit)` | n units back from the DCT / from the reference (`later` at the finer granularity of the unit and the reference, `next` at the unit's; hours and minutes `later` count from the clock time in question, a TIME) | two years ago; two weeks later; the following year; 30 minutes later |
//! | `ref(unit)` | the reference at a granularity | that month; the same year |
//! | `season(S,dir)` `seasony(S,Y\|ref\|refnext\|refprev)` | 2025-SU | last summer; the spring of 1998; that fall; the following summer; the previous winter |
//! | `quarter(Q)` `quartery(Q,Y)` `quarterrel(n)` `quarterref()` `quarterrelyear(Q,n)` `halfrelyear(H,n)` `quarterago()` `periodago()` `quarterofyear(Y)` `halfy(H,Y)` | quarters and halves | the third quarter; the year-ago quarter; the same period last year |
//! | `weekend(dir)` `holiday(H,dir\|Y)` `holidayin(H,dir,W\|WE\|n)` `holidaywd(H,WD,±1)` `holidayrel(H,n)` `nthwd(N,WD,M)` `nthwdy(N,WD,M,Y)` `nthwdyin(N,6,M,Y,WE)` | 2025-W15-WE; holidays (fixed, n-th or last weekday of a month, Easter, with day offsets), days and weekdays around them, n-th weekdays of a month (N = 0: the last) | the weekend; Thanksgiving; Labor Day weekend; the day after Christmas; the Monday after Thanksgiving; Easter next year; the first Saturday in April; the first weekend of August |
//! | `clock(T,AMPM,TZ,day)` `clockmd(T,AMPM,M,D)` `clockmdy(T,AMPM,M,D,Y)` `pod(day,POD)` | TIME values; `day` is `dct`, `yesterday`, `tomorrow`, `ref` (the day in question), `refnext`, `refprev` or a WEEKDAY slot | 10:35 a.m. Tuesday; 5 p.m. May 2; this morning; that night |
//! | `dur(n,unit)` | P3Y, PT45M, PXY | five hours; several years |
//! | `decdur(dec,unit)` | PT4.2S, P1.5Y | 4.2 seconds; 1.5 years |
//! | `every(unit)` `everyn(n,unit)` `setwd(WD)` `setwdpod(WD,POD)` `everymonth(M)` `everyseason(S)` `everypod(POD)` `freq(n,unit)` | SET values | daily; every 10 minutes; every Monday; every spring; twice a year |
//! | `lit(V)` or a bare constant | PRESENT_REF, PAST_REF, FUTURE_REF | now; recently; the future |

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::segment::Sentence;

mod engine;
mod resolve;

pub use resolve::{resolve_weekday, Gran, Point, Tense};

use engine::{Engine, Match, Tokens};
use resolve::{Anchor, Ctx, Env};

/// The rule tables, embedded in the binary.
pub const VOCAB_TSV: &str = include_str!("rules/vocab.tsv");
/// Patterns with their normalization and one test case each.
pub const PATTERNS_TSV: &str = include_str!("rules/patterns.tsv");
/// Strings that must never be tagged.
pub const REJECT_TXT: &str = include_str!("rules/reject.txt");

/// TimeML TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    #[default]
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression found in the text. (`Default` lets code that
/// builds one by hand write `..Default::default()` for the fields it does
/// not care about.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Timex {
    /// Byte offset of the first character in the text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-04-17`, `2025-W17`, `2025-W15-WE`, `2025-03`,
    /// `2018`, `P3Y`, `PT45M`, `XXXX-WXX-1`, `PAST_REF`, ...
    pub value: String,
    /// TIMEX3 `mod` (APPROX, START, END, LESS_THAN, MORE_THAN, ...).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// TIMEX3 `quant` for sets ("EVERY").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// TIMEX3 `freq` for sets ("2X").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// True when the value was computed from the DCT or another date
    /// (TIMEX3 `temporalFunction`); the anchor is then the DCT (`t0`).
    pub anchored: bool,
    /// Index (in the same result list) of the timex this one was computed
    /// from (TIMEX3 `anchorTimeID`); `None` with `anchored` means the DCT.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<usize>,
    /// The rule that produced it (see [`Tagger::rule_name`]).
    #[serde(skip)]
    pub rule: usize,
    /// Whether a period that holds the DCT is told as still to come ("the
    /// council will review its contracts in the spring" said in April): a
    /// timeline lists it with what comes next, not at its start.
    #[serde(skip)]
    pub ahead: bool,
}

/// A compiled tagger. Build it once (it compiles every matcher) and share it.
#[derive(Debug)]
pub struct Tagger {
    engine: Engine,
    tense: resolve::TenseClasses,
    /// Class id of GAME words (a story about a game: see [`Ctx::game`]).
    game: Option<u16>,
    /// The rule of a bare weekday ("weekday"), looked up once: a coming
    /// day before it in its sentence may move it ahead (`tag_region`).
    weekday_rule: Option<usize>,
    /// The rule of a bare month ("month"): in a past-perfect clause after
    /// another month of its sentence it lies before that one.
    month_rule: Option<usize>,
    /// The rules of a year-less day ("md", "dm", "pod_of_md"): after a day
    /// of its sentence in another year, it may lie in that year.
    yearless_day_rules: Vec<usize>,
    /// The rules of a clock time with its weekday ("9:30 p.m. Friday"):
    /// like a bare weekday, after a coming day told with its weekday.
    clock_wd_rules: Vec<usize>,
}

impl Default for Tagger {
    fn default() -> Self {
        Self::new()
    }
}

impl Tagger {
    /// Compile the embedded rule tables. Panics (with file and line) only if
    /// the embedded tables are malformed, which the test suite rules out.
    pub fn new() -> Self {
        Self::from_tables(VOCAB_TSV, PATTERNS_TSV, REJECT_TXT)
    }

    /// Compile other rule tables (same formats as the embedded ones).
    pub fn from_tables(vocab: &str, patterns: &str, reject: &str) -> Self {
        let engine = Engine::new(vocab, patterns, reject);
        let tense = resolve::TenseClasses::of(&engine.lex);
        let game = engine.lex.class_id("GAME");
        let rule = |name: &str| engine.rules.iter().position(|r| r.name == name);
        let rules = |names: &[&str]| names.iter().filter_map(|n| rule(n)).collect();
        let weekday_rule = rule("weekday");
        let month_rule = rule("month");
        let yearless_day_rules = rules(&["md", "dm", "pod_of_md"]);
        let clock_wd_rules = rules(&["clock_wd", "clock_hour_wd"]);
        Tagger {
            engine,
            tense,
            game,
            weekday_rule,
            month_rule,
            yearless_day_rules,
            clock_wd_rules,
        }
    }

    /// A process-wide tagger, compiled on first use.
    pub fn global() -> &'static Tagger {
        static T: std::sync::OnceLock<Tagger> = std::sync::OnceLock::new();
        T.get_or_init(Tagger::new)
    }

    /// Number of rules (patterns and reject entries).
    pub fn rule_count(&self) -> usize {
        self.engine.rules.len()
    }

    /// Name of rule `i` (as in `patterns.tsv`).
    pub fn rule_name(&self, i: usize) -> &str {
        self.engine
            .rules
            .get(i)
            .map(|r| r.name.as_str())
            .unwrap_or("")
    }

    /// Line of rule `i` in its file (`patterns.tsv` or `reject.txt`).
    pub fn rule_line(&self, i: usize) -> usize {
        self.engine.rules.get(i).map(|r| r.line).unwrap_or(0)
    }

    /// The rule's test case: `text with [expression] @ YYYY-MM-DD = VALUE`.
    pub fn rule_example(&self, i: usize) -> &str {
        self.engine
            .rules
            .get(i)
            .map(|r| r.example.as_str())
            .unwrap_or("")
    }

    /// Find and resolve every temporal expression in `text`.
    /// `sentences` are spans of `text` (see [`crate::segment`]); text outside
    /// them (the headline, the dateline) is not tagged. The result is sorted
    /// by `start` and spans never overlap.
    pub fn tag(&self, text: &str, sentences: &[Sentence], dct: NaiveDate) -> Vec<Timex> {
        let mut out = Vec::new();
        let mut ctx = Ctx::new(dct);
        let mut quotes = Quotes::new(text, dct, sentences);
        let mut toks = Tokens::default();
        let mut matches: Vec<Match> = Vec::new();
        // Adjacent sentences are tagged as one region, so that an imperfect
        // sentence split ("Sept. | 30") cannot cut an expression in two.
        let mut i = 0;
        while i < sentences.len() {
            let i_start = i;
            let (a, mut b) = (sentences[i].start, sentences[i].end);
            let mut j = i + 1;
            while j < sentences.len()
                && sentences[j].start >= b
                && text
                    .get(b..sentences[j].start)
                    .is_some_and(|g| g.trim().is_empty() && g.matches('\n').count() < 2)
            {
                b = sentences[j].end;
                j += 1;
            }
            i = j;
            if a >= b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                continue;
            }
            let starts = &sentences[i_start..j];
            // A quotation told on a day other than the DCT, said after it
            // ("Tomorrow I start packing," Lund said Sunday.): its "today"
            // and "tomorrow" are the speaker's, so the region is tagged a
            // second time with that day as the quotation's date. (The day
            // is known only once the attribution is resolved, after the
            // quotation; the context before the region is kept when a
            // quotation closes in it.)
            let mut before = quotes.closes_in(a, b).then(|| ctx.clone());
            let region_start = out.len();
            let mut second: Option<FirstReading> = None;
            loop {
                self.tag_region(
                    text,
                    a,
                    b,
                    starts,
                    &mut toks,
                    &mut matches,
                    &mut ctx,
                    &mut quotes,
                    &mut out,
                );
                if let Some(FirstReading {
                    told,
                    out: first,
                    ctx: after,
                }) = second.take()
                {
                    // (the attribution is still the expression the
                    // quotation anchors to, or the first reading stands)
                    let same = told.iter().all(|&(_, (_, k))| {
                        out.get(k).map(|t| t.start) == first.get(k - region_start).map(|t| t.start)
                    });
                    if !same {
                        out.truncate(region_start);
                        out.extend(first);
                        ctx = after;
                        for &(q, _) in &told {
                            quotes.days[q] = Some(None);
                        }
                    }
                    break;
                }
                let Some(saved) = before.take() else { break };
                let told =
                    quotes.told_after(text, a, b, &toks, self.tense.report, &out, region_start);
                if told.is_empty() {
                    break;
                }
                for &(q, frame) in &told {
                    quotes.days[q] = Some(Some(frame));
                }
                let first = out.drain(region_start..).collect();
                let after = std::mem::replace(&mut ctx, saved);
                second = Some(FirstReading {
                    told,
                    out: first,
                    ctx: after,
                });
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn tag_region(
        &self,
        text: &str,
        a: usize,
        b: usize,
        sentences: &[Sentence],
        toks: &mut Tokens,
        matches: &mut Vec<Match>,
        ctx: &mut Ctx,
        quotes: &mut Quotes<'_>,
        out: &mut Vec<Timex>,
    ) {
        let region_start = out.len();
        toks.clear();
        self.engine.tokenize(text, a, b, toks);
        if let Some(g) = self.game.filter(|_| !ctx.game) {
            ctx.game = (0..toks.toks.len()).any(|i| toks.feats(i).iter().any(|f| f.class == g));
        }
        matches.clear();
        self.engine.find(toks, matches);
        // the index of the last clock said without its half of the day
        // (`Out::open_half`), which a part of the day after it places
        let mut open_clock: Option<usize> = None;
        for m in matches.iter() {
            let rule = &self.engine.rules[m.rule];
            let Some(kind) = rule.kind else { continue };
            // an optional comma before an optional part that was not there
            // ("the first Saturday in April ,? YEAR?") is not in the span
            let mut last = m.last - 1;
            while last > m.first && matches!(toks.toks[last].kind, engine::Kind::Punct(',')) {
                last -= 1;
            }
            let (start, end) = (toks.toks[m.first].start, toks.toks[last].end);
            if quoted_title(text, start, end) || in_quoted_title(text, start, end) {
                continue;
            }
            // how many sentences begin after `from` and by this expression
            // (sentences are in text order)
            let here = sentences.partition_point(|x| x.start <= start);
            let sentences_since =
                |from: usize| here.saturating_sub(sentences.partition_point(|x| x.start <= from));
            let same_sentence = |from: usize| sentences_since(from) == 0;
            // ... or the sentence before this one
            let next_sentence = |from: usize| sentences_since(from) == 1;
            // the day of a telling speaks for its own sentence only
            if ctx
                .told
                .is_some_and(|(_, i)| !same_sentence(out.get(i).map_or(0, |t| t.end)))
            {
                ctx.told = None;
            }
            // the day in question before the last one counts for this
            // sentence and the next only
            if ctx
                .prev_day
                .is_some_and(|(_, i)| sentences_since(out.get(i).map_or(0, |t| t.end)) > 1)
            {
                ctx.prev_day = None;
            }
            // the latest day in question counts for its sentence and the
            // three after it, in its paragraph
            if ctx
                .last_day
                .is_some_and(|(_, _, e)| e < a || sentences_since(e) > 3)
            {
                ctx.last_day = None;
            }
            ctx.reference_here = ctx
                .reference_idx
                .is_some_and(|i| out.get(i).is_some_and(|t| same_sentence(t.end)));
            // the sentence at hand, and its paragraph's heading year
            let sentence = here.checked_sub(1).and_then(|i| sentences.get(i));
            ctx.paragraph_year = ctx
                .paragraph_frame
                .filter(|(p, _)| sentence.is_some_and(|s| s.paragraph == *p))
                .map(|(_, y)| y);
            ctx.story_day = ctx
                .story
                .filter(|(p, _, _)| sentence.is_some_and(|s| s.paragraph == *p))
                .map(|(_, d, i)| (d, i));
            // inside a quoted letter, diary entry or message dated in its
            // sentence, "today" and "tomorrow" are the writer's: the
            // quote's date stands in for the DCT
            let framed = quotes.frame(text, start, out);
            ctx.dct = framed.map_or(quotes.dct, |(d, _)| d);
            let env = Env {
                lex: &self.engine.lex,
                classes: &self.tense,
                slots: &m.slots,
                toks,
                first: m.first,
                last: m.last,
            };
            // the tense of each scan width, read at most once per expression
            // (the rules and the adjustments below ask for it again and again)
            let memo: [std::cell::OnceCell<resolve::Tense>; 3] = Default::default();
            let tense_of = |width: usize| {
                let slot = match width {
                    resolve::GOVERNING => &memo[0],
                    resolve::VERB_PHRASE => &memo[1],
                    resolve::CLAUSE => &memo[2],
                    _ => return resolve::tense(&env, width),
                };
                *slot.get_or_init(|| resolve::tense(&env, width))
            };
            let Some(o) = resolve::eval(&rule.action, &env, ctx, &tense_of) else {
                continue;
            };
            let modifier = match &rule.modspec {
                resolve::ModSpec::None => None,
                resolve::ModSpec::Fixed(s) => Some(s.clone()),
                resolve::ModSpec::Slot(s) => {
                    m.slots[*s].map(|f| self.engine.lex.syms[f.sym as usize].clone())
                }
            };
            let kind = o.kind.unwrap_or(kind);
            let (mut anchored, mut anchor) = match o.anchor {
                Anchor::None => (false, None),
                Anchor::Dct => (true, framed.map(|(_, i)| i)),
                Anchor::Reference => (true, ctx.reference_idx),
                Anchor::At(i) => (true, Some(i)),
            };
            let idx = out.len();
            if kind == TimexType::Duration {
                ctx.note_period(&o.value);
            }
            let rolled = o.rolled;
            let open_half = o.open_half;
            let mut value = o.value;
            // the words between the expression before and this one, read
            // once for the links below
            let gap = out
                .last()
                .and_then(|p| text.get(p.end..start))
                .map(str::trim);
            // the clock time of a day that a clock before it took ("11 p.m.
            // on Jan. 31"): the story goes on from that moment
            let mut at = o.at;
            if let Some(gap) = gap.filter(|_| {
                matches!(kind, TimexType::Date | TimexType::Time)
                    && out.last().is_some_and(|p| same_sentence(p.end))
            }) {
                let clock_day = merge_clock(text, out, gap, start..end, &value, anchored, anchor);
                if clock_day != ClockDay::No
                    && value.len() == 13
                    && open_clock == Some(out.len() - 1)
                {
                    // "3 o'clock this afternoon", "2:40 this afternoon",
                    // "9 o'clock last night": the clock takes the part of
                    // the day's half (QA 45)
                    let clock = &mut out.last_mut().expect("merged").value;
                    if let Some(h) = pod_hour(clock, &value[11..]) {
                        clock.replace_range(11..13, &format!("{h:02}"));
                    }
                }
                if clock_day != ClockDay::No {
                    let last = out.last().map(|t| t.value.as_str()).unwrap_or("");
                    let clock = NaiveDateTime::parse_from_str(last, "%Y-%m-%dT%H:%M").ok();
                    if clock_day == ClockDay::Merged {
                        // "8:30 p.m. tomorrow" is one TIME on tomorrow's date
                        if let Some(p) = o.point {
                            ctx.refer(p, out.len() - 1, clock, false);
                        }
                        continue;
                    }
                    at = clock.or(at);
                }
            }
            let mut point = o.point;
            if self.weekday_rule == Some(m.rule) {
                // "Game 5 is Monday, with Game 6 on Wednesday": a weekday
                // with no tense cue of its own, after a coming day in its
                // sentence, is a coming one too
                if let (Some(prev), Some(d)) = (out.last(), as_day(&value)) {
                    let ahead = day_part(&prev.value).is_some_and(|p| p > ctx.dct);
                    if ahead
                        && d < ctx.dct
                        && same_sentence(prev.end)
                        && tense_of(resolve::CLAUSE) == resolve::Tense::None
                    {
                        let d = d + chrono::Duration::days(7);
                        value = d.format("%Y-%m-%d").to_string();
                        point = Some(resolve::Point::day(d));
                    }
                }
            }
            if self.weekday_rule == Some(m.rule) || self.clock_wd_rules.contains(&m.rule) {
                // "The fair opens Monday, June 3, and judging runs Tuesday
                // through Thursday", "... a fireworks finale is set for 9:30
                // p.m. Friday": after a day told with its weekday, more than
                // a week ahead in its sentence (or the one before: "Gates
                // open at 5 p.m. Monday, June 3. Headline acts play Tuesday
                // through Friday"), a weekday that looks ahead is in the
                // days after it (not after a date alone: "tickets go on sale
                // May 9, and schedules will be posted Friday")
                let prev = out.last();
                let prev_day = prev.and_then(|p| day_part(&p.value));
                // (a day told with its weekday and its date, or a weekday
                // anchored to one: "Tuesday through Friday" after "Monday,
                // June 3")
                let dated = |prev: &Timex| {
                    text[prev.start..prev.end].contains(|c: char| c.is_ascii_digit())
                };
                let with_weekday = |prev: &Timex| {
                    (dated(prev) || prev.anchor.is_some())
                        && weekday_named(&text[prev.start..prev.end]).is_some()
                };
                let looks_ahead = || {
                    let tense = tense_of(resolve::CLAUSE);
                    tense.ahead() || tense == resolve::Tense::None
                };
                if let (Some(prev), Some(p), Some(d)) = (prev, prev_day, day_part(&value)) {
                    if (p - ctx.dct).num_days() > 7
                        && (same_sentence(prev.end) || next_sentence(prev.end))
                        && looks_ahead()
                        && with_weekday(prev)
                    {
                        // ("... play Tuesday through Friday, and a finale is
                        // set for 9:30 p.m. Friday": that Friday; so is the
                        // day's own weekday in the next sentence: "The
                        // parade will be held on Wednesday, July 4. City
                        // Hall will be closed Wednesday.")
                        let again = !dated(prev) || !same_sentence(prev.end);
                        let n = if d.weekday() == p.weekday() && again {
                            p
                        } else {
                            resolve::resolve_weekday(p, d.weekday(), 1)
                        };
                        value.replace_range(..10, &n.format("%Y-%m-%d").to_string());
                        point = point.map(|mut pt| {
                            pt.date = n;
                            pt
                        });
                        (anchored, anchor) = (true, Some(out.len() - 1));
                    }
                }
            }
            if self.weekday_rule == Some(m.rule) {
                // "On Dec. 6, 1971, she told reporters she would resign
                // Friday": a sentence that opens with a date of its own, a
                // week or more from the dateline, frames its weekdays
                if let Some((i, f)) = framing_day(text, sentences, out, start, ctx.dct) {
                    let wd = as_day(&value).map(|d| d.weekday());
                    if let Some(wd) = wd {
                        let ahead = tense_of(resolve::CLAUSE).ahead();
                        let d = resolve::resolve_weekday(f, wd, if ahead { 1 } else { -1 });
                        value = d.format("%Y-%m-%d").to_string();
                        point = Some(resolve::Point::day(d));
                        (anchored, anchor) = (true, Some(i));
                    }
                }
            }
            if self.month_rule == Some(m.rule) {
                // "told investigators in April that he had not seen her
                // since February": a month in a past-perfect clause after a
                // month of its sentence is the latest one before it
                let prev = out.last().filter(|p| {
                    same_sentence(p.end)
                        && p.value.len() == 7
                        && word_between(text, p.end, start, &["had"])
                });
                if let (Some(p), Some(cur)) =
                    (prev.and_then(|p| as_month(&p.value)), as_month(&value))
                {
                    let y = if cur.month() <= p.month() {
                        p.year()
                    } else {
                        p.year() - 1
                    };
                    if let Some(d) = NaiveDate::from_ymd_opt(y, cur.month(), 1) {
                        value = d.format("%Y-%m").to_string();
                        point = Some(resolve::Point::at(d, resolve::Gran::Month));
                        (anchored, anchor) = (true, Some(idx - 1));
                    }
                }
            }
            if self.yearless_day_rules.contains(&m.rule) {
                // "the last day will be June 10, with graduation on the
                // evening of June 11" (said in June 2031 of the 2031-32
                // school year): a year-less day after a day of its sentence
                // in another year, near the dateline's, lies in that year
                // when that puts it within two months of that day. A day
                // years away counts too when the story goes on after it
                // ("opened on July 4, 1789, argued for nine days and signed
                // the charter on July 13"; the day before is the latest date
                // of the sentence, measures aside), but not after a birth:
                // "born March 3, 1931, died March 20" is this year's death
                let prev_t = out
                    .iter()
                    .enumerate()
                    .rev()
                    .take_while(|(_, p)| same_sentence(p.end))
                    .find(|(_, p)| !matches!(p.kind, TimexType::Duration | TimexType::Set));
                let prev = prev_t.and_then(|(i, p)| Some((i, day_part(&p.value)?)));
                // the start of this sentence
                let s = here.checked_sub(1).map_or(0, |i| sentences[i].start);
                // "The last transit strike, in 2039, lasted nine days and
                // ended Nov. 22": after a year of its sentence, years
                // from the dateline's, a year-less day told in the past
                // that goes on from it is in that year (not across a
                // clause of its own: "Sales, which peaked in 2007, fell on
                // March 3", "won a second term in 2044, but lost her majority
                // at the election on 3 December"; nor after a birth, a
                // "since" or a plan; the year said with "in")
                let year_before = prev_t.filter(|_| prev.is_none()).and_then(|(i, p)| {
                    let y: i32 = p.value.parse().ok().filter(|_| p.value.len() == 4)?;
                    // (cheap tests first; then the words of the sentence)
                    let clear = p.kind == TimexType::Date
                        && (y - ctx.dct.year()).abs() >= 2
                        && text[..p.start].ends_with("in ")
                        && !word_between(text, s, start, RELATIVE)
                        && !word_between(
                            text,
                            p.end,
                            start,
                            &["will", "would", "could", "to", "by", "but"],
                        )
                        && !word_between(text, s, start, &["born", "birth", "since", "until"]);
                    clear.then_some((i, y))
                });
                if let (Some((i, y)), Some(cur)) = (year_before, day_part(&value)) {
                    if let Some(alt) = NaiveDate::from_ymd_opt(y, cur.month(), cur.day()) {
                        value.replace_range(..10, &alt.format("%Y-%m-%d").to_string());
                        point = Some(resolve::Point::day(alt));
                        (anchored, anchor) = (true, Some(i));
                    }
                }
                if let (Some((i, p)), Some(cur)) = (prev, day_part(&value)) {
                    let alt = NaiveDate::from_ymd_opt(p.year(), cur.month(), cur.day());
                    let far_ok = |alt: NaiveDate| {
                        alt > p && !word_between(text, s, start, &["born", "birth"])
                    };
                    if let Some(alt) = alt.filter(|&alt| {
                        p.year() != cur.year()
                            && ((p.year() - ctx.dct.year()).abs() <= 1 || far_ok(alt))
                    }) {
                        let near = (alt - p).num_days().abs();
                        if near <= 62 && near < (cur - p).num_days().abs() {
                            value.replace_range(..10, &alt.format("%Y-%m-%d").to_string());
                            point = Some(resolve::Point::day(alt));
                            (anchored, anchor) = (true, Some(i));
                        }
                    }
                }
            }
            let mut same_as_prev = false;
            if let (Some(prev), Some(gap)) = (out.last_mut(), gap) {
                let counted = matches!(
                    self.engine.rules[prev.rule].action.func,
                    resolve::Func::QuarterRef
                );
                quarter_ended(gap, prev, counted, &value, ctx, idx - 1);
                same_as_prev = weekday_of_date(text, gap, prev, start, end, &mut value);
                if !same_as_prev
                    && link_to_previous(ctx.dct, text, gap, prev, start, end, &mut value)
                {
                    // the day or month in question is where the range ends
                    // ("Tuesday to Friday at 1pm"), not where the tense
                    // alone had put it
                    point = match (as_day(&value), as_month(&value)) {
                        (Some(d), _) => Some(resolve::Point::day(d)),
                        (_, Some(m)) => Some(resolve::Point::at(m, resolve::Gran::Month)),
                        _ => point,
                    };
                }
            }
            // "without a contract since June 30": the story stays at the
            // present; the date a state began is not the one in question
            // (unless a clause about a year or a month follows: "the
            // closest race since 1948, when a recount dragged into that
            // December"; "lost $44bn since 20 April, when the rig exploded.
            // By 10am the shares had recovered" is back at the present)
            let since = m.first > 0
                && toks.is(m.first - 1, self.tense.since)
                && !(point
                    .is_some_and(|p| matches!(p.gran, resolve::Gran::Year | resolve::Gran::Month))
                    && text[end..].starts_with(", when "));
            // "up to an inch of rain by Sunday morning. ... a shuttle
            // leaves at 11:15 p.m.": a day that bounds a state is no more
            // the day in question than the one it began
            // (a deadline ahead; told in the past, "By 9 p.m. Friday water
            // was over the curbs" moves the story on)
            let bound = m.first > 0
                && toks.is(m.first - 1, self.tense.bound)
                && kind == TimexType::Date
                && point.is_some_and(|p| p.gran == resolve::Gran::Day)
                && tense_of(resolve::CLAUSE).ahead();
            // "mission managers said Tuesday": the day of the telling is
            // not the day the story is about (a weekday only: "said
            // yesterday" in a report about a quarter still dates what
            // follows)
            // ("said last Friday" too, and "the owners said today")
            let told = (toks.is(m.first, self.tense.weekday)
                || toks.is(m.first, self.tense.rel)
                    && m.first + 1 < m.last
                    && toks.is(m.first + 1, self.tense.weekday)
                || text[start..end].eq_ignore_ascii_case("today"))
                && {
                    let mut k = m.first;
                    if k > 0 && toks.is(k - 1, self.tense.on) {
                        k -= 1;
                    }
                    k > 0
                        && toks.is(k - 1, self.tense.report)
                        && !(k > 1 && toks.is(k - 2, self.tense.passive))
                };
            if told {
                ctx.told = point
                    .filter(|p| p.gran == resolve::Gran::Day)
                    .map(|p| (p.date, idx));
            }
            // "struck on Thursday, Dec. 26, when families were asleep after
            // Christmas. By that evening": another day told in a relative
            // clause after the day in question is background; the story
            // stays on that day (a clock on that same day refines it: "on
            // June 8, when the dam gave way at 5:30 a.m.")
            // Whether the day in question was told earlier in this
            // sentence with one of `words` between it and here (a relative
            // clause), and its index
            let after_day_in_question = |words: &[&str]| {
                ctx.reference_idx.filter(|&r| {
                    ctx.reference.gran == resolve::Gran::Day
                        && out.get(r).is_some_and(|t| {
                            same_sentence(t.end) && word_between(text, t.end, start, words)
                        })
                })
            };
            // (a day years away is no aside: "marked its centennial today
            // in the building where it opened on Jan. 2, 1953, during an
            // epidemic that had filled the hospitals that winter")
            let aside = point.is_some_and(|p| {
                p.gran == resolve::Gran::Day
                    && p.date != ctx.reference.date
                    && (p.date - ctx.reference.date).num_days().abs() <= 366
            }) && after_day_in_question(RELATIVE_ASIDE).is_some();
            // ("Dec. 8, a Friday": the reference stays the date)
            if let Some(p) = point.filter(|_| !since && !same_as_prev && !told && !aside) {
                if matches!(kind, TimexType::Date | TimexType::Time) {
                    // an evening, a night, or a holiday's eve ("New Year's Eve")
                    let late = value.ends_with("TNI")
                        || value.ends_with("TEV")
                        || text
                            .get(end.saturating_sub(4)..end)
                            .is_some_and(|w| w.eq_ignore_ascii_case(" eve"));
                    // "approved the budget late Thursday, ending a process
                    // that began in March. The vote came after 11 p.m.": a
                    // coarser date told in a relative clause after a day
                    // leaves that day the one a clock or a part of a day is on
                    ctx.day_ref = if bound {
                        // the day in question before the limit, if any
                        // and within a week of it (else the DCT's)
                        if ctx.reference_bound {
                            ctx.day_ref
                        } else {
                            ctx.reference_idx
                                .filter(|_| {
                                    ctx.reference.gran == resolve::Gran::Day
                                        && (p.date - ctx.reference.date).num_days().abs() <= 7
                                })
                                .map(|r| (ctx.reference.date, r))
                        }
                    } else if p.gran == resolve::Gran::Day {
                        None
                    } else {
                        after_day_in_question(RELATIVE).map(|r| (ctx.reference.date, r))
                    };
                    // the day in question this one displaces within its
                    // sentence stays at hand ("will return next Saturday,
                    // after Thursday's storm"), and so does the clock a
                    // clock past midnight rolled from
                    let displaced = ctx
                        .reference_idx
                        .filter(|_| ctx.reference_here && ctx.reference.gran == resolve::Gran::Day)
                        .map(|i| (ctx.reference.date, i));
                    let at_before = ctx.reference_at;
                    ctx.refer(p, idx, at, late);
                    ctx.prev_day = displaced;
                    if p.gran == resolve::Gran::Day && p.date <= ctx.dct {
                        ctx.past_day = Some((p.date, idx, end));
                    }
                    if p.gran == resolve::Gran::Day {
                        ctx.last_day = Some((p.date, idx, end));
                        // (a day, not a clock time on it: "clocks fall
                        // back at 2 a.m. Sunday" is no day of the story)
                        if p.date > ctx.dct && kind == TimexType::Date {
                            ctx.future_day = Some((p.date, idx, end));
                        }
                    }
                    if rolled {
                        ctx.rolled_from = at_before;
                    }
                    ctx.reference_bound = bound;
                    ctx.note_quarter(p, idx);
                }
            }
            // "25 years ago this week: A tornado touched down ... on
            // Thursday, June 13": a past date that opens a paragraph
            // before a colon heads a look-back or a chronology; the
            // paragraph's year-less dates are in its year
            // (the colon first: the other tests scan or index)
            if let (Some(s), Some(p)) = (sentence.filter(|_| text[end..].starts_with(':')), point) {
                let first = here < 2 || sentences[here - 2].paragraph != s.paragraph;
                let opens = text
                    .get(s.start..start)
                    .is_some_and(|g| !g.contains(|c: char| c.is_alphanumeric()));
                if first && opens {
                    let y = i64::from(p.date.year());
                    ctx.paragraph_frame =
                        (y < i64::from(ctx.dct.year())).then_some((s.paragraph, y));
                }
            }
            // a day told with its year (not anchored: as `framing_day`
            // reads it), more than a year back, sets a story in the past;
            // a day near the DCT ends it
            if let (Some(d), Some(s)) = (as_day(&value), sentence) {
                // (not a birth: "born March 3, 1931, died March 20" is
                // this year's death)
                let birth = || word_between(text, s.start, start, &["born", "birth"]);
                if !anchored && (ctx.dct - d).num_days() > 365 && !birth() {
                    ctx.story = Some((s.paragraph, d, out.len()));
                } else if (d - ctx.dct).num_days().abs() <= 60 {
                    ctx.story = None;
                }
            }
            open_clock = open_half.then_some(out.len());
            out.push(Timex {
                start,
                end,
                kind,
                value,
                modifier,
                quant: if kind == TimexType::Set {
                    set_quant(&text[start..end])
                } else {
                    None
                },
                freq: o.freq,
                anchored,
                anchor,
                rule: m.rule,
                ahead: point.is_some_and(|p| p.gran != resolve::Gran::Day && p.holds(ctx.dct))
                    && tense_of(resolve::CLAUSE).ahead(),
            });
        }
        ctx.dct = quotes.dct;
        range_clocks(text, out, region_start, |r| {
            self.rule_name(r).starts_with("clock_range")
        });
        self.generic_clocks(text, sentences, &mut out[region_start..]);
    }

    /// Clock times of a timetable: in a sentence that also has a daily or
    /// weekly set ("open from 5 p.m. to 11 p.m. daily", "departs at 5:40
    /// p.m. on Tuesdays"), a bare clock time is every day's, not the
    /// dateline's: XXXX-XX-XXT17:00. Clocks tied to a day ("8 p.m.
    /// Friday") keep it.
    fn generic_clocks(&self, text: &str, sentences: &[Sentence], out: &mut [Timex]) {
        let daily = |t: &Timex| {
            t.kind == TimexType::Set
                && (t.value == "P1D"
                    || t.value.starts_with("XXXX-WXX-")
                    || t.value.starts_with("XXXX-XX-XXT"))
        };
        if !out.iter().any(daily) {
            return;
        }
        let bare = |t: &Timex| {
            is_clock(t)
                && matches!(
                    self.rule_name(t.rule),
                    "clock"
                        | "clock_hour"
                        | "clock_military"
                        | "clock_oclock"
                        | "noon_ref"
                        | "clock_range_start"
                )
                && text[t.start..t.end]
                    .split(|c: char| !c.is_alphabetic())
                    .all(|w| {
                        w.is_empty()
                            || w.len() <= 2
                            || w.chars().all(|c| c.is_uppercase())
                            || ZONE_OR_HOUR_WORDS.iter().any(|z| w.eq_ignore_ascii_case(z))
                    })
        };
        // "Tuesday at 10 a.m.", "at 7 p.m. on Jan. 31": a clock right
        // after or before its day keeps it
        let day_by = |day: &Timex, gap: std::ops::Range<usize>, words: &[&str]| {
            day.kind == TimexType::Date
                && as_day(&day.value).is_some()
                && text.get(gap).is_some_and(|g| gap_is(g, words))
        };
        for s in sentences {
            let inside = |t: &Timex| t.start >= s.start && t.end <= s.end;
            if !out.iter().any(|t| inside(t) && daily(t)) {
                continue;
            }
            for i in 0..out.len() {
                let t = &out[i];
                if !(inside(t) && bare(t)) {
                    continue;
                }
                // a live blog's stamp ("3:30 p.m.: Officials will brief
                // reporters every morning") is the moment of the update
                let stamp = text[t.end..].starts_with(':');
                let on_day = (i > 0
                    && day_by(&out[i - 1], out[i - 1].end..t.start, &["at", "from"]))
                    || out
                        .get(i + 1)
                        .is_some_and(|next| day_by(next, t.end..next.start, &["on"]));
                // "starting at 9 a.m., and the court issues opinions every
                // Thursday": a set in a clause after the clock's says nothing
                // of it ("open at 11 a.m. each day, and the stage runs until
                // 10:30 p.m." does)
                // ("updated hourly until 2 a.m. and twice a day after that":
                // a set for the time after it says nothing of it)
                let later = |d: &Timex| {
                    let rest = text[d.end..].trim_start();
                    ["after that", "thereafter", "afterward", "from then on"]
                        .iter()
                        .any(|w| rest.starts_with(w))
                };
                let same_clause = || {
                    out.iter().any(|d| {
                        inside(d)
                            && daily(d)
                            && !later(d)
                            && (d.start < t.start
                                || text.get(t.end..d.start).is_some_and(|g| {
                                    !g.contains(", and ") && !g.contains(", but ")
                                }))
                    })
                };
                if stamp || on_day || !same_clause() {
                    continue;
                }
                let t = &mut out[i];
                t.value.replace_range(..10, "XXXX-XX-XX");
                t.anchored = false;
                t.anchor = None;
            }
        }
    }
}

/// The first clock of a range takes the day the second was given by a date
/// after it: "open between 7 a.m. and 8 p.m. on Nov. 7", "from 7 a.m. to 8
/// p.m. on Election Day, Nov. 7" (the clock_range rules of patterns.tsv see
/// a date right after the range; this covers the rest, and leaves theirs
/// alone). A first clock later than the second is the evening before:
/// "from 10 p.m. to 2 a.m. on Sunday". `from` is where this region's
/// expressions begin in `out`.
fn range_clocks(text: &str, out: &mut [Timex], from: usize, ranged: impl Fn(usize) -> bool) {
    for i in from..out.len().saturating_sub(2) {
        let (a, b, d) = (&out[i], &out[i + 1], &out[i + 2]);
        let day = match as_day(&d.value) {
            Some(day) if d.kind == TimexType::Date && is_clock(a) && is_clock(b) => day,
            _ => continue,
        };
        // (is_clock: both values are YYYY-MM-DDThh:mm)
        if ranged(a.rule)
            || a.value[..10] == b.value[..10]
            || b.value[..10] != d.value
            || !text
                .get(a.end..b.start)
                .is_some_and(|g| gap_is(g, &["to", "and", "until", "till", "through", "-"]))
            || !text
                .get(b.end..d.start)
                .is_some_and(|g| gap_is(g, &["on", ""]))
        {
            continue;
        }
        let day = if a.value[11..] > b.value[11..] {
            day.pred_opt().unwrap_or(day)
        } else {
            day
        };
        let a = &mut out[i];
        a.value
            .replace_range(..10, &day.format("%Y-%m-%d").to_string());
        a.anchored = true;
        a.anchor = Some(i + 2);
    }
}

/// Words a bare clock time may carry and still be every day's in a
/// timetable: "noon", "9 p.m. Eastern", "7:30 a.m. local time".
const ZONE_OR_HOUR_WORDS: &[&str] = &[
    "noon", "midnight", "midday", "local", "time", "clock", "eastern", "central", "mountain",
    "pacific", "atlantic", "standard", "daylight",
];

/// Whether the words between two expressions (`gap`, a comma before them
/// aside) are one of `words` ("" for none): "on" in "11 p.m. on Jan. 31".
fn gap_is(gap: &str, words: &[&str]) -> bool {
    let g = gap.trim().trim_start_matches(',').trim();
    words.iter().any(|w| g.eq_ignore_ascii_case(w))
}

/// Words that open a relative clause ("late Thursday, ending a process
/// that began in March", "on Aug. 22, when a paper reported").
const RELATIVE: &[&str] = &["that", "which", "when", "who", "where"];

/// Those of them that open a clause about a time or a thing: not "that",
/// which also opens what was said ("announced on Monday that the plant
/// would close Friday"), nor "who" ("urged anyone who was downtown that
/// Friday").
const RELATIVE_ASIDE: &[&str] = &["which", "when", "where"];

/// The TIMEX3 `quant` of a set: the quantifier it is said with ("each
/// year" EACH, "every Monday" and "once every 10 years" EVERY); a set
/// said without one ("daily", "Tuesday nights", "twice a year") has none,
/// as TimeBank writes them.
fn set_quant(span: &str) -> Option<String> {
    span.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
        if w.eq_ignore_ascii_case("each") {
            Some("EACH".to_string())
        } else if w.eq_ignore_ascii_case("every") {
            Some("EVERY".to_string())
        } else {
            None
        }
    })
}

/// Whether one of `words` stands between byte offsets `a` and `b`.
fn word_between(text: &str, a: usize, b: usize, words: &[&str]) -> bool {
    text.get(a..b).is_some_and(|g| {
        g.split(|c: char| !c.is_alphabetic())
            .any(|w| words.iter().any(|r| w.eq_ignore_ascii_case(r)))
    })
}

/// A TIME at a clock time on a day: `2025-04-17T20:30`.
fn is_clock(t: &Timex) -> bool {
    let v = t.value.as_bytes();
    t.kind == TimexType::Time && v.len() == 16 && v[10] == b'T' && v[13] == b':'
}

/// A value that is one calendar day, `2025-04-17`.
fn as_day(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()
}

/// The day a value starts with: `2025-04-17` of `2025-04-17TNI` or
/// `2025-04-17T21:30`.
fn day_part(v: &str) -> Option<NaiveDate> {
    as_day(v.get(..10)?)
}

/// A value that is one calendar month, `2025-04`: its first day.
fn as_month(v: &str) -> Option<NaiveDate> {
    let (y, m) = v.split_once('-')?;
    if v.len() != 7 || y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// Words that name a dated piece of writing or a recording whose quoted
/// words keep their own "today": "In a letter dated Nov. 9, 1944, he
/// wrote: \"It rained again today.\"", "An entry from Sept. 3, 2028,
/// reads: ...", "At 11:48 p.m. on July 2, he texted a friend: ..." (QA 41).
const QUOTE_FRAMES: &[&str] = &[
    "letter",
    "letters",
    "diary",
    "entry",
    "entries",
    "note",
    "notes",
    "e-mail",
    "email",
    "e-mailed",
    "emailed",
    "message",
    "messages",
    "text",
    "texted",
    "voicemail",
    "memo",
    "telegram",
    "journal",
    "postcard",
    "log",
    "logbook",
    "notebook",
    "cable",
    "wrote",
    "dated",
];

/// A date a quotation was written or said on, and the index of the
/// expression that gives it.
type Dated = (NaiveDate, usize);

/// A region's first reading, kept while it is read a second time with
/// the dates of the quotations `told` after them (see [`Tagger::tag`]):
/// its expressions and the context after it.
struct FirstReading {
    told: Vec<(usize, Dated)>,
    out: Vec<Timex>,
    ctx: Ctx,
}

/// The quotations of a text (straight or curly double quotes, paired
/// within a paragraph) and, for each, once asked, the date it was written
/// on when its sentence names one (see [`Quotes::frame`]).
struct Quotes<'s> {
    spans: Vec<(usize, usize)>,
    days: Vec<Option<Option<(NaiveDate, usize)>>>,
    /// The document's DCT.
    dct: NaiveDate,
    /// The document's sentences (in text order), which say whether a
    /// quotation opens a sentence and which sentence comes before it.
    sentences: &'s [Sentence],
}

impl<'s> Quotes<'s> {
    fn new(text: &str, dct: NaiveDate, sentences: &'s [Sentence]) -> Quotes<'s> {
        let mut spans = Vec::new();
        let mut open: Option<usize> = None;
        let mut newline = false;
        // (bytes, not chars: the curly quotes are E2 80 9C and E2 80 9D)
        let bytes = text.as_bytes();
        for (i, &c) in bytes.iter().enumerate() {
            match c {
                b'"' => match open.take() {
                    Some(o) => spans.push((o, i)),
                    None => open = Some(i),
                },
                0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    Some(0x9C) => open = Some(i),
                    Some(0x9D) => spans.extend(open.take().map(|o| (o, i))),
                    _ => {}
                },
                // a blank line ends a paragraph and any quote left open
                b'\n' if newline => open = None,
                _ => {}
            }
            if !c.is_ascii_whitespace() || c == b'\n' {
                newline = c == b'\n';
            }
        }
        let days = vec![None; spans.len()];
        Quotes {
            spans,
            days,
            dct,
            sentences,
        }
    }

    /// The index of the sentence that holds byte `at`.
    fn sentence_of(&self, at: usize) -> Option<usize> {
        self.sentences
            .partition_point(|s| s.start <= at)
            .checked_sub(1)
    }

    /// The sentence a quotation that opens at `open` opens: the one that
    /// starts there, or the next one when the segmenter left a lone
    /// straight quote at the end of the sentence before (text written
    /// with spaces around its tokens: `truth . " One must`).
    fn opened_by(&self, text: &str, open: usize) -> Option<usize> {
        let j = self.sentence_of(open)?;
        if self.sentences[j].start == open {
            return Some(j);
        }
        let next = self.sentences.get(j + 1)?;
        (self.sentences[j].end == open + 1
            && text
                .get(open + 1..next.start)
                .is_some_and(|g| g.trim().is_empty()))
        .then_some(j + 1)
    }

    /// Whether the quotation that opens at `open` is in the sentence of
    /// byte `at`, or opens the sentence right after it.
    fn in_or_after(&self, text: &str, at: usize, open: usize) -> bool {
        let Some(i) = self.sentence_of(at) else {
            return false;
        };
        self.sentence_of(open) == Some(i) || self.opened_by(text, open) == Some(i + 1)
    }

    /// The date of the quoted writing that `start` is in, with the index
    /// of the expression that gives it: the last expression before the
    /// opening quote, in the same sentence or in the one before a quote
    /// that opens its sentence or paragraph (at most 160 bytes between),
    /// is one day other than the DCT, and a word of [`QUOTE_FRAMES`]
    /// stands within 100 bytes before that expression or between it and
    /// the quote. A quote that opens the sentence after the one the
    /// quote before it closes in goes on with its words and its date (up
    /// to three quotes back).
    fn frame(&mut self, text: &str, start: usize, out: &[Timex]) -> Option<(NaiveDate, usize)> {
        let q = self.spans.partition_point(|s| s.0 < start).checked_sub(1)?;
        let (_, close) = self.spans[q];
        if start >= close {
            return None;
        }
        if let Some(d) = self.days[q] {
            return d;
        }
        // (or it goes on with the words of the quotation before it, which
        // closed in the sentence before: "\"It's Dale,\" the engineer can
        // be heard saying. \"I want the road closed today.\"")
        let mut k = q;
        let found = loop {
            if k != q {
                if let Some(d) = self.days[k] {
                    break d;
                }
            }
            if let Some(f) = self.direct(text, k, out) {
                break Some(f);
            }
            if k == 0 || q - k >= 3 || !self.goes_on(text, k - 1, k) {
                break None;
            }
            k -= 1;
        };
        self.days[q] = Some(found);
        found
    }

    /// The date quotation `q` was written on, told before it (see
    /// [`Quotes::frame`]).
    fn direct(&self, text: &str, q: usize, out: &[Timex]) -> Option<(NaiveDate, usize)> {
        let (open, _) = self.spans[q];
        let (i, t) = out.iter().enumerate().rev().find(|(_, t)| t.end <= open)?;
        // (or in the sentence right before one the quote opens, also
        // across a paragraph break: "One, dated Nov. 9, 1944, was written
        // in a barn. \"It rained again today ...\"")
        if open - t.end > 160 || !self.in_or_after(text, t.end.saturating_sub(1), open) {
            return None;
        }
        // (a day, or a time or part of one: "2015-07-02T23:48")
        let d = day_part(&t.value)?;
        if d == self.dct {
            return None;
        }
        let mut from = t.start.saturating_sub(100);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = text.get(from..open)?.to_ascii_lowercase();
        window
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .any(|w| QUOTE_FRAMES.contains(&w))
            .then_some((d, i))
    }

    /// Whether quotation `q` (the one after `p`) opens the sentence after
    /// the one quotation `p` closes in, with no blank line between.
    fn goes_on(&self, text: &str, p: usize, q: usize) -> bool {
        let (_, close) = self.spans[p];
        let (open, _) = self.spans[q];
        let (Some(i), Some(j)) = (self.sentence_of(close), self.opened_by(text, open)) else {
            return false;
        };
        // (no blank line between: a line break alone, as in text with a
        // sentence on each line, is no new paragraph of speech)
        open - close <= 160 && j == i + 1 && !text[close..open].contains("\n\n")
    }

    /// Whether a quotation closes in `a..b`.
    fn closes_in(&self, a: usize, b: usize) -> bool {
        let q = self.spans.partition_point(|s| s.1 < a);
        self.spans.get(q).is_some_and(|s| s.1 < b)
    }

    /// The quotations of the region `a..b` (tagged once: its expressions
    /// are `out[region_start..]`, its tokens `toks`) that were not dated
    /// by [`Quotes::frame`] and are told on a day other than the DCT by an
    /// attribution right after them (", Lund said Sunday", "\" said Mayor
    /// Hale on Monday", "\" she told reporters in Oslo on Friday night"),
    /// or that open the sentence after such an attribution. A word of
    /// class REPORT stands at most five words (and commas) after the
    /// closing quote, and the day at most three words after it. Each with
    /// that day and the attribution's index; none when no such quotation
    /// holds an expression.
    #[allow(clippy::too_many_arguments)]
    fn told_after(
        &self,
        text: &str,
        a: usize,
        b: usize,
        toks: &engine::Tokens,
        report: Option<u16>,
        out: &[Timex],
        region_start: usize,
    ) -> Vec<(usize, Dated)> {
        let mut told = Vec::new();
        let from = self.spans.partition_point(|s| s.0 < a);
        for (q, &(open, close)) in self.spans.iter().enumerate().skip(from) {
            if close >= b {
                break;
            }
            // (no date of a writing)
            if matches!(self.days[q], Some(Some(_))) {
                continue;
            }
            // (a quotation that opens the sentence after an attributed
            // one goes on with its words: "\"Three years ago I couldn't
            // stand up,\" Lund said Sunday at a picnic. \"Tomorrow I start
            // packing.\"")
            let goes_on = told
                .last()
                .filter(|&&(p, _)| p + 1 == q && self.goes_on(text, p, q))
                .map(|&(_, f)| f);
            let found = (|| {
                let k = region_start + out[region_start..].partition_point(|t| t.start < close);
                let t = out.get(k)?;
                let after_quote = close + if text.as_bytes()[close] == b'"' { 1 } else { 3 };
                let first = toks.toks.partition_point(|x| x.start < after_quote);
                let at = toks.toks.partition_point(|x| x.start < t.start);
                let verb = (first..at).rev().find(|&i| toks.is(i, report))?;
                let plain = |i: usize| matches!(toks.toks[i].kind, engine::Kind::Word { .. });
                if verb - first > 5
                    || at - verb > 4
                    || !(first..at).all(|i| {
                        plain(i)
                            || (i < verb && matches!(toks.toks[i].kind, engine::Kind::Punct(',')))
                    })
                {
                    return None;
                }
                let d = day_part(&t.value)?;
                (d != self.dct && open < t.start).then_some((d, k))
            })();
            told.extend(found.or(goes_on).map(|f| (q, f)));
        }
        // (worth a second reading only when one holds an expression)
        if !told.iter().any(|&(q, _)| self.days[q].is_some()) {
            told.clear();
        }
        told
    }
}

/// The day a sentence opens with, when it frames the sentence: a timex
/// that starts the sentence (or follows an opening "On", "By" or "In"), is
/// one calendar day with its year written (not anchored), and lies more
/// than a week from the DCT ("On Dec. 6, 1971, ..."). With its index.
fn framing_day(
    text: &str,
    sentences: &[Sentence],
    out: &[Timex],
    start: usize,
    dct: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    // (sentences are in text order)
    let at = sentences.partition_point(|s| s.end <= start);
    let s = sentences.get(at).filter(|s| s.start <= start)?;
    let (i, f) = out
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| t.start >= s.start)
        .last()?;
    let mut lead = without_dateline(text.get(s.start..f.start)?.trim());
    // (the segmenter may have ended a sentence at the "Minn." of a
    // dateline: the dash after it opens this one)
    let prev = at
        .checked_sub(1)
        .and_then(|p| text.get(sentences[p].start..sentences[p].end));
    if let (Some(rest), Some(prev)) = (lead.strip_prefix(['-', '_', '\u{2013}', '\u{2014}']), prev)
    {
        if is_dateline(prev.trim()) {
            lead = rest
                .trim_start_matches(['-', '_', '\u{2013}', '\u{2014}'])
                .trim_start();
        }
    }
    if !["", "On", "By", "In"].contains(&lead) || f.anchored {
        return None;
    }
    let d = as_day(&f.value)?;
    ((d - dct).num_days().abs() > 7).then_some((i, d))
}

/// `lead` without a dateline that opens it ("GULL HARBOR, Maine -- On"
/// is "On"): capitalized words, commas, periods and parentheses, then a
/// dash ("--", "_", an en or em dash).
fn without_dateline(lead: &str) -> &str {
    let Some((pos, dash)) = ["--", " _ ", "\u{2014}", "\u{2013}"]
        .iter()
        .filter_map(|d| lead.find(d).map(|p| (p, d.len())))
        .min()
    else {
        return lead;
    };
    if is_dateline(&lead[..pos]) {
        lead[pos + dash..].trim_start()
    } else {
        lead
    }
}

/// Whether `head` reads as a dateline before its dash: one to twelve
/// capitalized words, with commas, periods and parentheses ("TALLIS
/// LAKE, Minn.", "PORT ADDIS, Fla. (AP)").
fn is_dateline(head: &str) -> bool {
    let words = head.split_whitespace().count();
    (1..=12).contains(&words)
        && head.split_whitespace().all(|w| {
            let w = w.trim_start_matches('(');
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || ".,()'".contains(c))
        })
}

/// What [`merge_clock`] did with a clock time before a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClockDay {
    /// No clock before the day, or not its day.
    No,
    /// "8:30 p.m. tomorrow": one expression now.
    Merged,
    /// "11 p.m. on Jan. 31": the clock took the day; the two stay apart.
    Given,
}

/// A clock time right before a day ("8:30 p.m. tomorrow", "9 a.m. next
/// Tuesday", "7 p.m. tomorrow night") is on that day: the clock (`out`'s
/// last) takes the day and the span grows to cover both. With "on"
/// between them ("11 p.m. on Jan. 31", "10 a.m. on Independence Day")
/// the clock takes the day and the two stay apart, as TimeML annotators
/// write them. A clock with its time in another zone in parentheses
/// before it ("9 a.m. local time (0800 GMT) on Monday") is moved to the
/// day too, and the three expressions stay apart. `gap` is the text
/// between the clock and the day (trimmed).
fn merge_clock(
    text: &str,
    out: &mut [Timex],
    gap: &str,
    span: std::ops::Range<usize>,
    value: &str,
    anchored: bool,
    anchor: Option<usize>,
) -> ClockDay {
    let n = out.len();
    if n == 0 || !is_clock(&out[n - 1]) {
        return ClockDay::No;
    }
    // the day: YYYY-MM-DD, or with a part of the day (TNI)
    let day = match value.len() {
        10 => value,
        13 if value.as_bytes()[10] == b'T' => &value[..10],
        _ => return ClockDay::No,
    };
    if as_day(day).is_none() {
        return ClockDay::No;
    }
    if let Some(inner) = gap.strip_prefix(')') {
        // "9 a.m. local time (0800 GMT) on Monday"
        if !gap_is(inner, &["", "on"]) || n < 2 || !is_clock(&out[n - 2]) {
            return ClockDay::No;
        }
        let opens = text
            .get(out[n - 2].end..out[n - 1].start)
            .is_some_and(|g| g.trim() == "(");
        if opens {
            for t in &mut out[n - 2..] {
                t.value.replace_range(..10, day);
            }
        }
        return ClockDay::No;
    }
    if !gap_is(gap, &["", "on"]) && !noun_gap(text, &out[n - 1], gap) {
        return ClockDay::No;
    }
    // a clock that has its weekday already, and a date after a comma, are
    // two expressions in apposition ("9:12 p.m. Tuesday, the Fourth of
    // July", "11 p.m. Monday, New Year's Eve": held-out 5's README); the
    // clock takes the date when the weekdays agree
    let weekday = text
        .get(out[n - 1].start..out[n - 1].end)
        .and_then(weekday_named);
    let words = text.get(span.clone()).unwrap_or("");
    // (a calendar date after the weekday is the weekday's own, one
    // expression: "07:41 GMT, Wednesday, 9 June 2010")
    let named = !words.is_empty() && !words.contains(|c: char| c.is_ascii_digit());
    let apposition = gap.starts_with(',') && weekday.is_some() && named;
    if apposition && as_day(day).map(|d| d.weekday()) != weekday {
        return ClockDay::No;
    }
    let prev = &mut out[n - 1];
    if prev.value.ends_with("T00:00")
        && text
            .get(prev.start..prev.end)
            .and_then(|w| w.get(w.len().saturating_sub(8)..))
            .is_some_and(|w| w.eq_ignore_ascii_case("midnight"))
    {
        // "midnight on March 16", "midnight tonight": the end of that day
        prev.value.replace_range(10.., "T24:00");
    }
    prev.value.replace_range(..10, day);
    // (when the day counts from the clock itself, "by 9:30 p.m. that
    // evening", the clock keeps its own anchor: it cannot be its own)
    if anchor != Some(n - 1) {
        prev.anchored = anchored;
        prev.anchor = anchor;
    }
    // an anaphoric day after the clock is an expression of its own ("at
    // 6:05 p.m. the next day", "from noon to 3 p.m. that day": held-out
    // 4's README)
    let anaphoric = words.starts_with("the ") || words.starts_with("that ");
    if apposition || anaphoric || !gap_is(gap, &[""]) {
        return ClockDay::Given;
    }
    prev.end = span.end;
    ClockDay::Merged
}

/// The hour of a clock value (`YYYY-MM-DDTHH:MM`) said without its half
/// of the day (`Out::open_half`), in part of the day `pod` (`AF`, `EV`,
/// `NI`): the afternoon's and the evening's hours are p.m., the night's 6
/// to 11 ("9 o'clock last night"; "at 2 last night" is 2 a.m.); `None`
/// in the morning.
fn pod_hour(clock: &str, pod: &str) -> Option<u32> {
    let h: u32 = clock.get(11..13)?.parse().ok()?;
    let pm = match pod {
        "AF" | "EV" => (1..=11).contains(&h),
        "NI" => (6..=11).contains(&h),
        _ => false,
    };
    pm.then_some(h + 12)
}

/// The weekday named in full in an expression's words ("9:12 p.m.
/// Tuesday", "Monday, June 3"; not "Wed", "Sun", "Sat", which are words
/// too).
fn weekday_named(words: &str) -> Option<chrono::Weekday> {
    words
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 6)
        .find_map(|w| w.parse::<chrono::Weekday>().ok())
}

/// Whether a clock time said as a noun's modifier is followed by its
/// noun and "on" before a day: "the 7 p.m. vigil on Saturday", "a 6 a.m.
/// service on Easter Sunday", or by its noun alone: "a 9 p.m. screening
/// Saturday". The clock opens with an article or a possessive, and the
/// noun is one or two plain words (one without "on"), so the day is the
/// noun's, and the clock's (a verb between, "at 7 p.m. and left on
/// Saturday", has no article before the clock).
fn noun_gap(text: &str, clock: &Timex, gap: &str) -> bool {
    // (without "on", one noun: "a 9 p.m. screening Saturday")
    let (words, most) = match gap.strip_suffix(" on") {
        Some(g) => (g.split_whitespace(), 2),
        None => (gap.split_whitespace(), 1),
    };
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '-');
    let (mut count, mut ok) = (0, true);
    for w in words {
        count += 1;
        ok &= plain(w);
    }
    let before = text
        .get(..clock.start)
        .and_then(|t| t.trim_end().rsplit(char::is_whitespace).next())
        .unwrap_or("");
    ok && (1..=most).contains(&count)
        && ["the", "a", "an", "its", "his", "her", "their", "our"]
            .iter()
            .any(|a| before.eq_ignore_ascii_case(a))
}

/// A quarter with no number followed by the day it ended ("the quarter
/// ended July 31", "the latest quarter, which ended June 29") is the
/// calendar quarter that holds most of the three months to that day: a
/// fiscal quarter told by its end is placed on the calendar, and the
/// report's quarter in question follows. `unnumbered`: `prev` is such a
/// quarter (its rule is `quarterref`); one named by its number keeps it
/// ("the fiscal fourth quarter ended Sept. 30" is the fiscal year's
/// fourth, as TimeML writes it). `prev_idx` is `prev`'s index.
fn quarter_ended(
    gap: &str,
    prev: &mut Timex,
    unnumbered: bool,
    value: &str,
    ctx: &mut Ctx,
    prev_idx: usize,
) {
    if !unnumbered {
        return;
    }
    let Some(end) = as_day(value) else {
        return;
    };
    let gap = gap.trim_start_matches(',').trim();
    let ended = [
        "ended",
        "ending",
        "that ended",
        "which ended",
        "ended on",
        "that ends",
        "which ends",
        "ends",
    ]
    .iter()
    .any(|w| gap.eq_ignore_ascii_case(w));
    if !ended {
        return;
    }
    let mid = end - chrono::Duration::days(45);
    let first = NaiveDate::from_ymd_opt(mid.year(), (mid.month() - 1) / 3 * 3 + 1, 1);
    let Some(first) = first else {
        return;
    };
    let p = resolve::Point::at(first, resolve::Gran::Quarter);
    prev.value = p.value();
    if ctx.topic_quarter.is_some_and(|(_, i)| i == prev_idx) {
        ctx.topic_quarter = None;
    }
    ctx.note_quarter(p, prev_idx);
}

/// A weekday in apposition to the full date before it ("on Dec. 8, a
/// Friday", "Dec. 8, Friday") names that date, not a Friday counted from
/// the DCT: its value becomes the date's when the weekdays agree. Returns
/// whether it did.
fn weekday_of_date(
    text: &str,
    gap: &str,
    prev: &Timex,
    start: usize,
    end: usize,
    value: &mut String,
) -> bool {
    let Some(rest) = gap.strip_prefix(',') else {
        return false;
    };
    if !(rest.is_empty() || rest.trim_start().eq_ignore_ascii_case("a")) {
        return false;
    }
    let digits = |s: &str| s.contains(|c: char| c.is_ascii_digit());
    if prev.kind != TimexType::Date || !digits(&text[prev.start..prev.end]) {
        return false;
    }
    let words = &text[start..end];
    if digits(words) || words.contains(' ') {
        return false;
    }
    match (as_day(&prev.value), as_day(value)) {
        (Some(date), Some(wd)) if date != wd && date.weekday() == wd.weekday() => {
            value.clone_from(&prev.value);
            true
        }
        _ => false,
    }
}

/// The words between the two ends of a range: "Friday through Sunday",
/// "Nov. 2 - 23".
const RANGE_GAPS: [&str; 7] = ["through", "to", "until", "till", "thru", "-", "\u{2013}"];

/// A date right after the one before it, in the same region: three links
/// between them, found from the words between (`gap`), fix a value.
///
/// * Apposition (`,` or `, on`): "the previous Saturday, Nov. 12", "the
///   following weekend, on Saturday, July 13". A relative day or weekend
///   followed by a date is that date (when the weekday agrees).
/// * A range (`through`, `to`, `until`, `till`, `thru`, a dash): "from
///   Friday through Sunday". The second weekday is the first one on or
///   after the first, whatever the tense made of each alone. (The first
///   keeps its own reading: a festival that "runs from Friday through
///   Sunday", said on the Saturday, is still read as next week's.)
///
/// * Two dates of a range without years ("from Nov. 2 through Nov. 23",
///   "between December and March", with `and` too): less than a year
///   apart, the end after the start; the end farther from the DCT, placed
///   by the tense, keeps its year.
///
/// `prev` is the earlier expression, `start..end` and `value` the later one.
/// Returns whether `value` moved (to another day or month).
fn link_to_previous(
    dct: NaiveDate,
    text: &str,
    gap: &str,
    prev: &mut Timex,
    start: usize,
    end: usize,
    value: &mut String,
) -> bool {
    let has_digit = |s: &str| s.contains(|c: char| c.is_ascii_digit());
    let words = &text[prev.start..prev.end];
    let range_word = |w: &&str| gap.eq_ignore_ascii_case(w);
    let has_year = |s: &str| {
        s.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    if (RANGE_GAPS.iter().any(range_word) || gap.eq_ignore_ascii_case("and"))
        && prev.kind == TimexType::Date
        && !has_year(words)
        && !has_year(&text[start..end])
    {
        // "from Nov. 2 through Nov. 23", "between December and March": the
        // two ends of a range without years are less than a year apart,
        // the end after the start (each was placed on its own by tense)
        let ends = match (as_day(&prev.value), as_day(value)) {
            (Some(f), Some(l)) => Some((f, l)),
            _ => as_month(&prev.value).zip(as_month(value)),
        };
        // (weekdays, with no digit, are the weekday range below)
        if let Some((first, last)) = ends.filter(|_| has_digit(words) || prev.value.len() == 7) {
            let year = |d: NaiveDate, n: i32| d.with_year(d.year() + n);
            let fmt = |d: NaiveDate, v: &str| {
                if v.len() == 7 {
                    d.format("%Y-%m").to_string()
                } else {
                    d.format("%Y-%m-%d").to_string()
                }
            };
            // the end farther from the DCT was placed by the tense (the
            // nearer one maybe by the window of the nearest); it stays
            let far = |d: NaiveDate| (d - dct).num_days().abs();
            // ... unless the range so turned would hold the DCT: "The
            // season runs from June 1 to Nov. 30", said on Sept. 1, is
            // the one under way
            let turned_holds_dct =
                last < first && year(first, -1).is_some_and(|f| f <= dct && dct <= last);
            let keep_first = far(first) >= far(last) && !turned_holds_dct;
            if last < first {
                if keep_first {
                    if let Some(l) = year(last, 1).filter(|l| *l >= first) {
                        *value = fmt(l, value);
                        return true;
                    }
                } else if let Some(f) = year(first, -1).filter(|f| *f <= last) {
                    prev.value = fmt(f, &prev.value);
                }
            } else if year(first, 1).is_some_and(|f| f <= last) {
                if keep_first {
                    if let Some(l) = year(last, -1) {
                        *value = fmt(l, value);
                        return true;
                    }
                } else if let Some(f) = year(first, 1) {
                    prev.value = fmt(f, &prev.value);
                }
            }
            return false;
        }
    }
    if prev.kind != TimexType::Date || has_digit(words) {
        return false;
    }
    let day = as_day;
    if let Some(rest) = gap.strip_prefix(',') {
        let rest = rest.trim_start();
        if !(rest.is_empty() || rest.eq_ignore_ascii_case("on"))
            || !(prev.anchored || prev.value.starts_with('X'))
        {
            return false;
        }
        let Some(date) = day(value) else {
            return false;
        };
        if let Some(was) = day(&prev.value) {
            if was != date && was.weekday() == date.weekday() {
                prev.value.clone_from(value);
            }
        } else if (prev.value.ends_with("-WE") || prev.value == "XXXX-WXX")
            && words
                .get(words.len().saturating_sub(7)..)
                .is_some_and(|w| w.eq_ignore_ascii_case("weekend"))
            && date.weekday().number_from_monday() >= 6
        {
            let w = date.iso_week();
            prev.value = format!("{}-W{:02}-WE", w.year(), w.week());
        }
    } else if RANGE_GAPS.iter().any(range_word) && !has_digit(&text[start..end]) {
        if let (Some(first), Some(mut last)) = (day(&prev.value), day(value)) {
            let week = chrono::Duration::days(7);
            while last < first {
                last += week;
            }
            while last - first >= week {
                last -= week;
            }
            let moved = day(value) != Some(last);
            *value = last.format("%Y-%m-%d").to_string();
            return moved;
        }
    }
    false
}

/// Whether `text[start..end]` is a title in quotation marks: two or more
/// capitalized words (or numbers: CBS's "60 Minutes") that are all the
/// quotation holds (ABC's "This Week,", the film "Independence Day"), or
/// that open a quoted title going on in capitals ("This Week With David
/// Brinkley"), not a time.
fn quoted_title(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    // ('' right before a word opens a quotation in some wire copy)
    let opens = before.ends_with('"')
        || before.ends_with('\u{201c}')
        || before.ends_with("``")
        || before.ends_with("''");
    if !opens {
        return false;
    }
    let after = text[end..].trim_start_matches([',', '.', '!', '?']);
    let is_close = |s: &str| s.starts_with('"') || s.starts_with('\u{201d}') || s.starts_with("''");
    let closes = is_close(after) || {
        // a title that goes on: the next word is capitalized and the
        // quotation closes within the line
        let rest = text[end..].strip_prefix(' ').unwrap_or("");
        rest.starts_with(|c: char| c.is_uppercase()) && {
            let line = &rest[..rest.find('\n').unwrap_or(rest.len()).min(80)];
            line.char_indices().any(|(i, _)| is_close(&line[i..]))
        }
    };
    if !closes {
        return false;
    }
    // checked only inside quotes: no allocation on the hot path
    let words = text[start..end].split_whitespace();
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    words.clone().count() >= 2 && words.clone().all(|w| capitalized(w) || number(w)) && { words }
        .any(capitalized)
}

/// Whether `text[start..end]`, capitalized, is one part of a short title in
/// quotation marks: the film "Midnight at Corran Falls", the western
/// "Thunder at Noon", the comedy "Fourteen Tuesdays". The quotation holds two
/// to eight words, each capitalized, a number or a small word of titles
/// ("at", "of", "the", ...), and at least one capitalized word besides the
/// expression (a quoted "Tuesday," alone is speech, not a title; a title
/// that is the expression itself, "Independence Day", is `quoted_title`'s).
fn in_quoted_title(text: &str, start: usize, end: usize) -> bool {
    const REACH: usize = 60;
    if !text[start..].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // the nearest quotation mark before, on the same line, must open
    let mut lo = start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..start];
    // (scanned as bytes, on the hot path: a curly quotation mark is
    // E2 80 9C or E2 80 9D, and no other character ends so)
    let b = before.as_bytes();
    let mut k = b.len();
    let q = loop {
        if k == 0 {
            return false;
        }
        k -= 1;
        match b[k] {
            b'"' | b'`' | b'\'' | b'\n' => break k,
            0x9C | 0x9D if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 => break k - 2,
            _ => {}
        }
    };
    let qc = before[q..].chars().next().unwrap_or(' ');
    let opens = match qc {
        '\u{201c}' => true,
        '"' | '`' | '\'' => {
            // straight quotes and `` or '' open before a word, after a space
            let pre = before[..q].trim_end_matches(['`', '\'']);
            (pre.is_empty() || pre.ends_with([' ', '(', '\n']))
                && !before[q + 1..].starts_with(' ')
                && (qc == '"' || before[..q].ends_with(qc))
        }
        _ => false,
    };
    if !opens {
        return false;
    }
    let inner_start = lo + q + qc.len_utf8();
    let mut hi = (end + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let after = &text[end..hi];
    let Some(c) = after.find(['"', '\u{201d}', '\'', '\n']) else {
        return false;
    };
    if after[c..].starts_with(['\n', '\'']) && !after[c..].starts_with("''") {
        return false;
    }
    let inner = &text[inner_start..end + c];
    const SMALL: [&str; 14] = [
        "a", "an", "the", "at", "in", "of", "on", "for", "to", "with", "and", "or", "from", "by",
    ];
    let small = |w: &str| SMALL.contains(&w);
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut n = 0;
    let mut other = false;
    let mut pos = inner_start;
    for w in inner.split_whitespace() {
        let at = pos + inner[pos - inner_start..].find(w).unwrap_or(0);
        pos = at + w.len();
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        n += 1;
        if !(capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit()) || small(w)) {
            return false;
        }
        if capitalized(w) && (at < start || at >= end) {
            other = true;
        }
    }
    (2..=8).contains(&n) && other
}
