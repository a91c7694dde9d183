//! The daily brief: many articles in, stories, merged timelines and what comes
//! next out.
//!
//! In: one [`Brief`] per article in a stable order (the caller runs
//! [`analyze`], or [`crate::brief::build`], over the articles, in parallel if
//! it likes), and [`DailyOptions`]. Out: a [`Daily`], plain data that
//! [`render`] turns into Markdown and [`ics`] into an iCalendar file. The
//! steps are plain functions over plain data ([`group::group`],
//! [`pick_summary`], [`merge_events`], [`importance_key`]), each unit-tested.
//!
//! - **Stories.** Articles are grouped by [`group`]: tf-idf cosine over
//!   stemmed content words and names, candidate pairs from an inverted index,
//!   centroid linkage; a story id in the metadata wins (same id, same story;
//!   two ids never merge).
//! - **Headline**: the title of the story's most central article (highest
//!   cosine to the story centroid; ties by input order), skipping articles
//!   whose title ingest derived from the text; when no article has a real
//!   title, the derived title (first sentence) of the most central article,
//!   cut to [`HEADLINE_WORDS`] words.
//! - **Summary**: up to `sentences` sentences drawn across the extractive
//!   summaries ([`crate::summary`], over each article's first
//!   [`SUMMARY_LEAD`] sentences) of the story's [`SUMMARY_ARTICLES`] most
//!   central articles: the first sentence of each, in order of centrality,
//!   then the second ones, ...; a sentence too close to one already chosen
//!   ([`SAME_FACT`]) is skipped, so one fact is never told twice.
//! - **Merged timeline**: events of every article; two events are one when
//!   they have the same date (start, end and granularity) and near-identical
//!   content (Dice coefficient of their stemmed content words ≥
//!   [`SAME_EVENT`], or one sentence's words contained in the other's, see
//!   [`same_event`]); the merged event keeps the sentence of the most central
//!   article and the sources of all of them. The date of an article's own
//!   dateline is not an event; of two dates one sentence gives for the same
//!   moment, the finer is kept ([`drop_covering_dates`]).
//! - **What comes next**: every merged event placed after the brief's
//!   date, across all stories, by date, then story number.
//! - **Story order** (importance), highest first: more distinct sources, then
//!   more articles, then the most recent publication date, then the input
//!   order of the story's first article. Deterministic by construction.

pub mod dates;
pub mod group;
pub mod ics;
pub mod input;
pub mod render;
pub mod text;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::brief::Brief;
use crate::summary::{self, Length};
use crate::timeline::EventDate;

pub use dates::DateStyle;
pub use group::GroupParams;

/// Two summary sentences whose cosine reaches this tell the same fact.
pub const SAME_FACT: f32 = 0.5;
/// Two same-date events whose content words reach this Dice coefficient are
/// one event.
pub const SAME_EVENT: f64 = 0.6;
/// ... as are two same-date events when this share of the shorter one's
/// content words (at least [`CONTAINED_MIN_WORDS`] of them) is in the
/// longer one: one report of the event adds detail to another.
pub const CONTAINED: f64 = 0.8;
/// See [`CONTAINED`].
pub const CONTAINED_MIN_WORDS: usize = 4;

/// Whether two same-date sentences (as sorted stem sets) report one event:
/// near-identical ([`SAME_EVENT`]) or one contained in the other
/// ([`CONTAINED`]).
pub fn same_event(a: &[String], b: &[String]) -> bool {
    if text::dice(a, b) >= SAME_EVENT {
        return true;
    }
    let shorter = a.len().min(b.len());
    shorter >= CONTAINED_MIN_WORDS && text::common(a, b) as f64 >= CONTAINED * shorter as f64
}
/// Sentences of an article (after the headline) that its grouping terms come from.
pub const LEAD_SENTENCES: usize = 20;
/// Sentences at the top of an article that its summary is chosen from (news
/// copy puts what matters first; it also bounds the summarizer's work on
/// very long articles).
pub const SUMMARY_LEAD: usize = 30;
/// Articles per story whose summaries feed the story summary.
pub const SUMMARY_ARTICLES: usize = 3;

/// Words kept of a headline made from a sentence.
pub const HEADLINE_WORDS: usize = 16;

/// The first `n` words of `s`, with "…" when words were cut.
pub fn shorten(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

/// Options for [`build`].
#[derive(Debug, Clone)]
pub struct DailyOptions {
    /// The brief's date: events after it are what comes next.
    pub date: NaiveDate,
    /// Sentences in each story summary.
    pub sentences: usize,
    pub date_style: DateStyle,
    pub group: GroupParams,
}

impl DailyOptions {
    pub fn new(date: NaiveDate) -> Self {
        DailyOptions {
            date,
            sentences: 3,
            date_style: DateStyle::Iso,
            group: GroupParams::default(),
        }
    }
}

/// One article as the brief lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRef {
    pub title: String,
    /// The source name, or the input's file name when the article names none.
    pub source: String,
    pub origin: String,
    pub url: Option<String>,
    pub dct: NaiveDate,
}

/// An event of a story's merged timeline.
#[derive(Debug, Clone, Serialize)]
pub struct MergedEvent {
    pub date: EventDate,
    /// The date as the brief writes it (see [`dates::when`]).
    pub when: String,
    /// The sentence, from the most central article that reported it.
    pub text: String,
    /// Distinct sources that reported it, sorted.
    pub sources: Vec<String>,
    /// Origins of the articles that reported it, in story order.
    pub origins: Vec<String>,
}

/// One story.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    /// 1-based position in the brief.
    pub number: usize,
    /// The story id from the metadata, if its articles carry one.
    pub id: Option<String>,
    pub headline: String,
    pub summary: Vec<String>,
    /// Distinct sources, sorted.
    pub sources: Vec<String>,
    /// Articles, most central first.
    pub articles: Vec<ArticleRef>,
    /// Merged events on or before the brief's date, by date.
    pub timeline: Vec<MergedEvent>,
    /// Merged events after the brief's date, by date.
    pub upcoming: Vec<MergedEvent>,
    /// The most recent publication date among its articles.
    pub latest: NaiveDate,
}

/// An event of what comes next, pointing at its story.
#[derive(Debug, Clone, Serialize)]
pub struct Upcoming {
    pub story: usize,
    pub headline: String,
    pub event: MergedEvent,
}

/// An input that could not be used.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub origin: String,
    pub reason: String,
}

/// The daily brief.
#[derive(Debug, Clone, Serialize)]
pub struct Daily {
    pub date: NaiveDate,
    /// The date as a heading (see [`dates::heading`]).
    pub heading: String,
    /// Number of articles used.
    pub articles: usize,
    /// Distinct sources across all stories, sorted.
    pub sources: Vec<String>,
    pub stories: Vec<Story>,
    pub upcoming: Vec<Upcoming>,
    /// Inputs that could not be used (filled by the caller).
    pub skipped: Vec<Skipped>,
}

/// [`crate::brief::build`] without the summary: segment, tag and timeline.
/// [`build`] summarizes only the [`SUMMARY_ARTICLES`] most central articles
/// of each story, so the daily brief does not pay for summaries it never
/// shows.
pub use crate::brief::analyze;

/// The label of an article's source: its source name, else its file name.
pub fn source_label(b: &Brief) -> String {
    if let Some(s) = b.article.source.as_deref().map(str::trim) {
        if !s.is_empty() {
            return s.to_string();
        }
    }
    let o = b.article.origin.as_str();
    o.rsplit(['/', '\\']).next().unwrap_or(o).to_string()
}

/// The text of sentence `i` of an article as the brief shows it: trimmed,
/// without the dateline that opens the article ("PARIS, April 17 (Reuters) -").
pub fn sentence_text(b: &Brief, i: usize) -> String {
    let Some(s) = b.sentences.get(i) else {
        return String::new();
    };
    crate::ingest::without_dateline(&b.article.text, s.start..s.end, b.article.dateline.as_ref())
        .to_string()
}

/// Grouping terms of one sentence: stems and names.
fn sentence_terms(s: &str) -> Vec<String> {
    let mut v = text::stems(s);
    v.extend(text::names(s));
    v
}

/// The bag of terms the grouping compares: the title (counted twice) and the
/// first [`LEAD_SENTENCES`] sentences of the body.
pub fn doc_terms(b: &Brief) -> group::DocTerms {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    for s in text::stems(&b.article.title) {
        *counts.entry(s).or_default() += 2;
    }
    for s in b.sentences.iter().take(LEAD_SENTENCES) {
        for t in sentence_terms(s.text(&b.article.text)) {
            *counts.entry(t).or_default() += 1;
        }
    }
    group::DocTerms {
        counts,
        dct: b.article.dct,
        story: b
            .article
            .story
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
    }
}

/// A summary candidate: a sentence of one article of a story.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub text: String,
    /// Its tf-idf vector.
    pub vec: group::SparseVec,
    /// Position of its article in the story (most central first).
    pub rank: usize,
    /// Position among its article's summary sentences (0: the first).
    pub position: usize,
}

/// Choose up to `n` candidates, drawn across the articles: the first summary
/// sentence of the most central article, then the first of the next article,
/// and so on, then the second sentences, ... (candidate order breaks ties).
/// Skipped: sentences with fewer than four words, the headline itself, and
/// any sentence whose cosine to one already chosen reaches [`SAME_FACT`], so
/// one fact is never told twice. Returns indices in the order chosen.
pub fn pick_summary(cands: &[Candidate], headline: &str, n: usize) -> Vec<usize> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let head = norm(headline);
    // each candidate's normalised text, made once (not once per comparison)
    let normed: Vec<String> = cands.iter().map(|c| norm(&c.text)).collect();
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].position, cands[i].rank, i));
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        if chosen.len() >= n {
            break;
        }
        let c = &cands[i];
        if c.text.split_whitespace().count() < 4 || normed[i] == head {
            continue;
        }
        let repeats = chosen
            .iter()
            .any(|&k| normed[k] == normed[i] || group::cosine(&cands[k].vec, &c.vec) >= SAME_FACT);
        if !repeats {
            chosen.push(i);
        }
    }
    chosen
}

/// One event of one article, for [`merge_events`].
#[derive(Debug, Clone)]
pub struct EventIn {
    pub date: EventDate,
    pub text: String,
    pub source: String,
    pub origin: String,
    /// Position of the article in its story (most central first).
    pub rank: usize,
    /// Sentence index in the article.
    pub sentence: usize,
}

/// What makes two dates the same date, and the order of merged events:
/// first the timeline's own order ([`EventDate::sort_key`]: the placement
/// day, then the time of day, a bare day first), so a story's timeline and
/// what comes next read in the order a single article's timeline does;
/// then the interval, its granularity and its TIMEX3 `mod`, which tell
/// apart dates that sort alike. Two events at different clock times of one
/// day are different dates.
type DateKey<'a> = (
    (NaiveDate, chrono::NaiveTime),
    NaiveDate,
    NaiveDate,
    crate::timeline::Granularity,
    Option<&'a str>,
);

fn date_key(d: &EventDate) -> DateKey<'_> {
    (
        d.sort_key(),
        d.start,
        d.end,
        d.granularity,
        d.modifier.as_deref(),
    )
}

/// The day an event is placed at (ordered by, and split at the brief's
/// date by): the timeline's placement day (the start of the interval,
/// narrowed by `mod` or by "later this ...").
fn placed(d: &EventDate) -> NaiveDate {
    d.at
}

/// One sentence often gives one event at two precisions ("on Tuesday, April
/// 22, at 6 p.m." gives the day and the time): keep the finer one. An event
/// is dropped when another event of the same sentence of the same article
/// lies within its dates and is strictly finer.
pub fn drop_covering_dates(events: Vec<EventIn>) -> Vec<EventIn> {
    let covered = |e: &EventIn| {
        events.iter().any(|o| {
            o.rank == e.rank
                && o.sentence == e.sentence
                && o.date.granularity < e.date.granularity
                && e.date.start <= o.date.start
                && o.date.end <= e.date.end
        })
    };
    let keep: Vec<bool> = events.iter().map(|e| !covered(e)).collect();
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

/// The numbers a sentence gives ("14", "9", "2.5", "1,200"), sorted: two
/// reports that give different figures are kept apart.
fn figures(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|w| {
            w.trim_matches(|c: char| c == '.' || c == ',')
                .replace(',', "")
        })
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether every figure of `a` is in `b` or every figure of `b` in `a`:
/// one report may give more figures than another, not other ones.
fn figures_agree(a: &[String], b: &[String]) -> bool {
    a.iter().all(|x| b.contains(x)) || b.iter().all(|x| a.contains(x))
}

/// Merge the events of one story: same date (start, end, granularity) and
/// near-identical content ([`SAME_EVENT`]) make one event, which keeps the
/// sentence and words of the most central article that reported it and the
/// sources of all. Reports that give different figures ("injuring 14
/// people", "injuring 3 people") stay apart, each with its own source: a
/// brief must not credit one outlet with another's numbers. The result is in date order (ties: the most central
/// article first, then sentence order).
pub fn merge_events(events: Vec<EventIn>, style: DateStyle, today: NaiveDate) -> Vec<MergedEvent> {
    let mut events = drop_covering_dates(events);
    events.sort_by(|a, b| {
        (date_key(&a.date), a.rank, a.sentence).cmp(&(date_key(&b.date), b.rank, b.sentence))
    });
    // (merged event, stems and figures of its sentence, (rank, sentence)
    // pairs already in it)
    type Slot = (MergedEvent, (Vec<String>, Vec<String>), Vec<(usize, usize)>);
    let mut out: Vec<Slot> = Vec::new();
    let mut group_start = 0;
    for e in events {
        let key = date_key(&e.date);
        if out
            .last()
            .map_or(true, |(m, _, _)| date_key(&m.date) != key)
        {
            group_start = out.len();
        }
        let stems = text::stem_set(&e.text);
        let figs = figures(&e.text);
        let mut target = None;
        for (k, (_, (s, f), seen)) in out.iter().enumerate().skip(group_start) {
            if seen.contains(&(e.rank, e.sentence))
                || (same_event(s, &stems) && figures_agree(f, &figs))
            {
                target = Some(k);
                break;
            }
        }
        match target {
            Some(k) => {
                let (m, _, seen) = &mut out[k];
                if !m.sources.contains(&e.source) {
                    m.sources.push(e.source);
                }
                if !m.origins.contains(&e.origin) {
                    m.origins.push(e.origin);
                }
                seen.push((e.rank, e.sentence));
            }
            None => {
                let when = dates::when(&e.date, style, today);
                out.push((
                    MergedEvent {
                        date: e.date,
                        when,
                        text: e.text,
                        sources: vec![e.source],
                        origins: vec![e.origin],
                    },
                    (stems, figs),
                    vec![(e.rank, e.sentence)],
                ));
            }
        }
    }
    out.into_iter()
        .map(|(mut m, _, _)| {
            m.sources.sort_by_key(|s| (s.to_lowercase(), s.clone()));
            m
        })
        .collect()
}

/// Importance key of a story (see the module docs); smaller sorts first.
pub fn importance_key(s: &Story, first_index: usize) -> impl Ord {
    (
        std::cmp::Reverse(s.sources.len()),
        std::cmp::Reverse(s.articles.len()),
        std::cmp::Reverse(s.latest),
        first_index,
    )
}

/// Build the daily brief from the articles' briefs, taken in the order given
/// (the CLI sorts them by input path and line first).
pub fn build(briefs: &[Brief], opts: &DailyOptions) -> Daily {
    let docs: Vec<group::DocTerms> = briefs.par_iter().map(doc_terms).collect();
    let (vocab, vecs) = group::vectorize(&docs);
    let clusters = group::group(&docs, &vecs, &opts.group);
    let mut stories: Vec<(usize, Story)> = clusters
        .par_iter()
        .map(|members| {
            (
                members[0],
                build_story(briefs, &docs, &vecs, &vocab, members, opts),
            )
        })
        .collect();
    stories.sort_by_key(|a| importance_key(&a.1, a.0));
    let mut stories: Vec<Story> = stories.into_iter().map(|(_, s)| s).collect();
    for (i, s) in stories.iter_mut().enumerate() {
        s.number = i + 1;
    }
    let mut upcoming: Vec<Upcoming> = stories
        .iter()
        .flat_map(|s| {
            s.upcoming.iter().map(|e| Upcoming {
                story: s.number,
                headline: s.headline.clone(),
                event: e.clone(),
            })
        })
        .collect();
    upcoming.sort_by(|a, b| {
        (date_key(&a.event.date), a.story).cmp(&(date_key(&b.event.date), b.story))
    });
    let mut sources: Vec<String> = stories.iter().flat_map(|s| s.sources.clone()).collect();
    sources.sort_by_key(|s| (s.to_lowercase(), s.clone()));
    sources.dedup();
    Daily {
        date: opts.date,
        heading: dates::heading(opts.date, opts.date_style),
        articles: briefs.len(),
        sources,
        stories,
        upcoming,
        skipped: Vec::new(),
    }
}

fn build_story(
    briefs: &[Brief],
    docs: &[group::DocTerms],
    vecs: &[group::SparseVec],
    vocab: &group::Vocab,
    members: &[usize],
    opts: &DailyOptions,
) -> Story {
    let mut centroid: group::SparseVec = Vec::new();
    for &m in members {
        centroid = group::add(&centroid, &vecs[m]);
    }
    let mut ranked: Vec<(usize, f32)> = members
        .iter()
        .map(|&m| (m, group::cosine(&vecs[m], &centroid)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let ranked: Vec<usize> = ranked.into_iter().map(|x| x.0).collect();

    // summary candidates: the extractive summaries of the most central
    // articles (computed here when the caller left them out, see [`analyze`])
    let mut cands = Vec::new();
    for (rank, &m) in ranked.iter().take(SUMMARY_ARTICLES).enumerate() {
        let b = &briefs[m];
        let chosen = if b.summary.is_empty() {
            summary::summarize(
                &b.article.text,
                &b.sentences[..b.sentences.len().min(SUMMARY_LEAD)],
                &b.article.title,
                Length::Sentences(opts.sentences.max(1)),
            )
        } else {
            b.summary.clone()
        };
        for (position, &si) in chosen.iter().enumerate() {
            if si < b.sentences.len() {
                let t = sentence_text(b, si);
                let terms = sentence_terms(&t);
                cands.push(Candidate {
                    vec: vocab.weigh(terms.iter()),
                    text: t,
                    rank,
                    position,
                });
            }
        }
    }
    let titled = ranked.iter().find(|&&m| {
        let a = &briefs[m].article;
        !a.title_derived && !a.title.trim().is_empty()
    });
    let headline = match titled {
        Some(&m) => briefs[m].article.title.trim().to_string(),
        // no article has a real title: the first sentence of the most
        // central one, shortened
        None => ranked
            .first()
            .map(|&m| shorten(briefs[m].article.title.trim(), HEADLINE_WORDS))
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "(untitled)".into()),
    };
    let summary = pick_summary(&cands, &headline, opts.sentences)
        .into_iter()
        .map(|i| cands[i].text.clone())
        .collect();

    let mut events = Vec::new();
    for (rank, &m) in ranked.iter().enumerate() {
        let b = &briefs[m];
        let source = source_label(b);
        let dateline = b.article.dateline.clone();
        for e in b.timeline.happened.iter().chain(&b.timeline.upcoming) {
            // the date of the dateline itself is not an event
            if dateline
                .as_ref()
                .is_some_and(|r| r.start <= e.date.span.0 && e.date.span.1 <= r.end)
            {
                continue;
            }
            events.push(EventIn {
                date: e.date.clone(),
                text: sentence_text(b, e.sentence),
                source: source.clone(),
                origin: b.article.origin.clone(),
                rank,
                sentence: e.sentence,
            });
        }
    }
    let merged = merge_events(events, opts.date_style, opts.date);
    let (timeline, upcoming) = merged
        .into_iter()
        .partition(|e| placed(&e.date) <= opts.date);

    let articles: Vec<ArticleRef> = ranked
        .iter()
        .map(|&m| {
            let a = &briefs[m].article;
            ArticleRef {
                title: a.title.trim().to_string(),
                source: source_label(&briefs[m]),
                origin: a.origin.clone(),
                url: a.url.clone(),
                dct: a.dct,
            }
        })
        .collect();
    let mut sources: Vec<String> = articles.iter().map(|a| a.source.clone()).collect();
    sources.sort_by_key(|s| (s.to_lowercase(), s.clone()));
    sources.dedup();
    let id = members.iter().find_map(|&m| docs[m].story.clone());
    Story {
        number: 0,
        id,
        headline,
        summary,
        sources,
        latest: articles.iter().map(|a| a.dct).max().unwrap_or(opts.date),
        articles,
        timeline,
        upcoming,
    }
}

/// An [`EventDate`] for tests: the one place that knows its fields.
#[cfg(test)]
pub(crate) fn test_event_date(
    value: &str,
    start: NaiveDate,
    end: NaiveDate,
    granularity: crate::timeline::Granularity,
    words: &str,
) -> EventDate {
    let mut d = EventDate::from_value(value, None, words, (0, words.len()), start)
        .expect("test values are calendar values");
    d.start = start;
    d.end = end;
    d.at = start;
    d.granularity = granularity;
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Granularity;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ev(day: &str, text: &str, source: &str, rank: usize) -> EventIn {
        EventIn {
            date: test_event_date(day, date(day), date(day), Granularity::Day, "Monday"),
            text: text.into(),
            source: source.into(),
            origin: format!("{source}.txt"),
            rank,
            sentence: 0,
        }
    }

    #[test]
    fn one_event_three_reports_three_sources() {
        let today = date("2025-04-17");
        let events = vec![
            ev(
                "2025-04-21",
                "EU fisheries ministers will vote on the quota deal in Brussels on Monday.",
                "Reuters",
                1,
            ),
            ev(
                "2025-04-21",
                "Ministers are due to vote on the fisheries quota deal in Brussels on Monday.",
                "AP",
                0,
            ),
            ev(
                "2025-04-21",
                "On Monday, fisheries ministers vote on the quota deal in Brussels.",
                "AFP",
                2,
            ),
            // same day, another fact
            EventIn {
                sentence: 4,
                ..ev(
                    "2025-04-21",
                    "Trawler crews plan a protest at the harbour.",
                    "AP",
                    0,
                )
            },
            // same fact, other day: not merged
            ev(
                "2025-04-22",
                "Ministers are due to vote on the fisheries quota deal in Brussels.",
                "BBC",
                3,
            ),
        ];
        let m = merge_events(events, DateStyle::Iso, today);
        assert_eq!(m.len(), 3, "{m:#?}");
        assert_eq!(m[0].sources, vec!["AFP", "AP", "Reuters"]);
        // the sentence of the most central article (rank 0) is kept
        assert!(m[0].text.starts_with("Ministers are due"));
        assert_eq!(m[0].origins.len(), 3);
        assert_eq!(m[1].sources, vec!["AP"]);
        assert_eq!(m[2].date.start, date("2025-04-22"));
    }

    #[test]
    fn reports_with_other_figures_stay_apart_with_their_own_sources() {
        let today = date("2025-04-17");
        let events = vec![
            ev(
                "2025-04-15",
                "A footbridge collapsed on Tuesday, injuring 14 people, police said.",
                "Valley Ledger",
                0,
            ),
            ev(
                "2025-04-15",
                "A footbridge collapsed on Tuesday, injuring 3 people, police said.",
                "Harbor Ledger",
                1,
            ),
            ev(
                "2025-04-15",
                "A footbridge collapsed on Tuesday, police said.",
                "Coast Radio",
                2,
            ),
        ];
        let m = merge_events(events, DateStyle::Iso, today);
        assert_eq!(m.len(), 2, "{m:#?}");
        assert_eq!(m[0].sources, vec!["Coast Radio", "Valley Ledger"]);
        assert!(m[0].text.contains("14 people"));
        assert_eq!(m[1].sources, vec!["Harbor Ledger"]);
        assert!(m[1].text.contains("3 people"));
        assert_eq!(
            figures("cost $1,200.50 or 9 million, on April 3."),
            ["1200.50", "3", "9"]
        );
    }

    #[test]
    fn a_report_with_more_detail_is_the_same_event() {
        let a =
            text::stem_set("Insurers said on Wednesday that flood claims could pass $40 million.");
        let b = text::stem_set(
            "Insurers said on Wednesday that flood claims from the dam failure could pass $40 million, most of them from homes.",
        );
        assert!(same_event(&a, &b));
        let c = text::stem_set("Insurers said on Wednesday that premiums would rise.");
        assert!(!same_event(&a, &c));
        // too few words to judge by containment
        let d = text::stem_set("Police said.");
        let e = text::stem_set("Police said the bridge reopened.");
        assert!(!same_event(&d, &e));
    }

    #[test]
    fn a_finer_date_of_the_same_sentence_wins() {
        let today = date("2025-04-17");
        let day = ev(
            "2025-04-22",
            "A hearing is set for Tuesday, April 22, at 6 p.m.",
            "AP",
            0,
        );
        let mut time = day.clone();
        time.date.value = "2025-04-22T18:00".into();
        time.date.granularity = Granularity::Time;
        let mut year = day.clone();
        year.date.value = "2025".into();
        year.date.start = date("2025-01-01");
        year.date.end = date("2025-12-31");
        year.date.granularity = Granularity::Year;
        // the same words in another article keep their own day
        let other = ev(
            "2025-04-22",
            "A hearing is set for Tuesday, April 22.",
            "BBC",
            1,
        );
        let m = merge_events(vec![day, time, year, other], DateStyle::Iso, today);
        assert_eq!(m.len(), 2, "{m:#?}");
        assert_eq!(m[0].date.granularity, Granularity::Time);
        assert_eq!(m[0].sources, vec!["AP"]);
        assert_eq!(m[1].date.granularity, Granularity::Day);
        assert_eq!(m[1].sources, vec!["BBC"]);
    }

    /// The same order as a single article's timeline: the bare day first
    /// ("Tuesday night" read as the day), then the clock times of that day,
    /// "by midnight" (24:00) last, whatever order the reports come in.
    #[test]
    fn a_bare_day_sorts_before_the_times_of_that_day() {
        let today = date("2025-04-17");
        let dct = date("2025-04-16");
        let at = |value: &str, words: &str, text: &str, rank: usize| EventIn {
            date: EventDate::from_value(value, None, words, (0, words.len()), dct).unwrap(),
            text: text.into(),
            source: format!("S{rank}"),
            origin: format!("s{rank}.txt"),
            rank,
            sentence: 0,
        };
        let events = vec![
            at(
                "2025-04-15T24:00",
                "midnight",
                "Water stood four feet deep by midnight.",
                0,
            ),
            at(
                "2025-04-15T09:00",
                "9 a.m.",
                "The school was closed at 9 a.m.",
                1,
            ),
            at(
                "2025-04-15",
                "Tuesday night",
                "The dam gave way on Tuesday night.",
                2,
            ),
            at("2025-04-14", "Monday", "Rain fell all day on Monday.", 3),
        ];
        let m = merge_events(events, DateStyle::Iso, today);
        let values: Vec<&str> = m.iter().map(|e| e.date.value.as_str()).collect();
        assert_eq!(
            values,
            [
                "2025-04-14",
                "2025-04-15",
                "2025-04-15T09:00",
                "2025-04-15T24:00"
            ]
        );
        assert!(m
            .windows(2)
            .all(|w| w[0].date.sort_key() <= w[1].date.sort_key()));
    }

    #[test]
    fn summary_never_tells_a_fact_twice() {
        let mut vocab_terms: BTreeMap<String, u32> = BTreeMap::new();
        let texts = [
            "The dam on the Vell river burst after three days of rain, flooding two villages.",
            "Three days of rain burst the Vell river dam and flooded two villages.",
            "Rescue teams evacuated 400 residents by boat overnight.",
            "Engineers had warned about cracks in the dam wall in 2019.",
        ];
        for t in texts {
            for w in sentence_terms(t) {
                *vocab_terms.entry(w).or_default() += 1;
            }
        }
        let docs: Vec<group::DocTerms> = texts
            .iter()
            .map(|t| group::DocTerms {
                counts: sentence_terms(t).into_iter().map(|w| (w, 1)).collect(),
                dct: date("2025-04-17"),
                story: None,
            })
            .collect();
        let (vocab, _) = group::vectorize(&docs);
        // article 0 tells texts 0 and 2, article 1 tells texts 1 and 3
        let cands: Vec<Candidate> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Candidate {
                text: t.to_string(),
                vec: vocab.weigh(sentence_terms(t).iter()),
                rank: i % 2,
                position: i / 2,
            })
            .collect();
        let picked = pick_summary(&cands, "Dam bursts", 3);
        // the lead of the most central article, the rephrased lead skipped,
        // then the second sentences of both articles
        assert_eq!(picked, vec![0, 2, 3]);
        assert_eq!(pick_summary(&cands, "Dam bursts", 1), vec![0]);
        // the headline itself is never repeated
        assert_eq!(pick_summary(&cands, texts[0], 1), vec![1]);
        let _ = vocab_terms;
    }

    #[test]
    fn importance_orders_by_sources_then_articles_then_recency() {
        let mk = |sources: usize, articles: usize, latest: &str| Story {
            number: 0,
            id: None,
            headline: String::new(),
            summary: vec![],
            sources: (0..sources).map(|i| i.to_string()).collect(),
            articles: (0..articles)
                .map(|_| ArticleRef {
                    title: String::new(),
                    source: String::new(),
                    origin: String::new(),
                    url: None,
                    dct: date(latest),
                })
                .collect(),
            timeline: vec![],
            upcoming: vec![],
            latest: date(latest),
        };
        let mut v = [
            (0, mk(1, 3, "2025-04-17")),
            (1, mk(2, 2, "2025-04-16")),
            (2, mk(2, 2, "2025-04-17")),
            (3, mk(2, 3, "2025-04-10")),
            (4, mk(2, 2, "2025-04-17")),
        ];
        v.sort_by_key(|a| importance_key(&a.1, a.0));
        let order: Vec<usize> = v.iter().map(|x| x.0).collect();
        assert_eq!(order, vec![3, 2, 4, 1, 0]);
    }
}
