//! Summarizer throughput, I/O excluded: `cargo bench --bench summary`.
//!
//! Articles: the CNN development split when `${SHARED:-../shared}` has it
//! (`data/summaries/dev.jsonl`), else generated wire-style articles. The
//! reported throughput is article text per second on one core.

use std::sync::OnceLock;

use dateline::segment::{self, Sentence};
use dateline::summary::{self, Length};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

struct Corpus {
    docs: Vec<(String, Vec<Sentence>)>,
    bytes: usize,
}

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        let shared = std::env::var("SHARED").unwrap_or_else(|_| "../shared".into());
        let path = std::path::Path::new(&shared).join("data/summaries/dev.jsonl");
        let texts: Vec<String> = match std::fs::read_to_string(&path) {
            Ok(s) => s
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
                .collect(),
            Err(_) => generated(300),
        };
        eprintln!(
            "summary bench: {} articles from {}",
            texts.len(),
            if path.exists() {
                path.display().to_string()
            } else {
                "the generator".into()
            }
        );
        let bytes = texts.iter().map(String::len).sum();
        let docs = texts
            .into_iter()
            .map(|t| {
                let s = segment::split(&t, 0..t.len());
                (t, s)
            })
            .collect();
        Corpus { docs, bytes }
    })
}

/// Deterministic wire-style articles (a linear congruential generator over a
/// small vocabulary), about 3.5 KB each.
fn generated(n: usize) -> Vec<String> {
    const WORDS: &[&str] = &[
        "the",
        "minister",
        "said",
        "on",
        "Thursday",
        "talks",
        "would",
        "resume",
        "in",
        "Geneva",
        "after",
        "a",
        "ceasefire",
        "collapsed",
        "officials",
        "told",
        "reporters",
        "that",
        "prices",
        "rose",
        "3.5%",
        "last",
        "month",
        "while",
        "the",
        "council",
        "voted",
        "to",
        "delay",
        "plans",
        "for",
        "new",
        "housing",
        "near",
        "the",
        "river",
        "according",
        "to",
        "police",
        "\"We",
        "will",
        "not",
        "back",
        "down,\"",
        "she",
        "added",
        "and",
        "of",
        "with",
        "team",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % m as u64) as usize
    };
    (0..n)
        .map(|_| {
            let mut t = String::new();
            while t.len() < 3500 {
                let len = 8 + next(25);
                for k in 0..len {
                    let w = WORDS[next(WORDS.len())];
                    if k == 0 {
                        let mut c = w.chars();
                        if let Some(f) = c.next() {
                            t.extend(f.to_uppercase());
                            t.push_str(c.as_str());
                        }
                    } else {
                        t.push(' ');
                        t.push_str(w);
                    }
                }
                t.push_str(". ");
            }
            t
        })
        .collect()
}

/// Summarize every article (sentences given): the summarizer stage alone.
#[divan::bench(sample_count = 20)]
fn summarize_3_sentences(b: divan::Bencher) {
    let c = corpus();
    b.counter(BytesCount::new(c.bytes)).bench(|| {
        let mut total = 0;
        for (t, s) in &c.docs {
            total += summary::summarize(divan::black_box(t), s, "", Length::Sentences(3)).len();
        }
        total
    });
}

/// Sentence splitting plus summary.
#[divan::bench(sample_count = 20)]
fn split_and_summarize(b: divan::Bencher) {
    let c = corpus();
    b.counter(BytesCount::new(c.bytes)).bench(|| {
        let mut total = 0;
        for (t, _) in &c.docs {
            let s = segment::split(divan::black_box(t), 0..t.len());
            total += summary::summarize(t, &s, "", Length::Sentences(3)).len();
        }
        total
    });
}

/// Features and similarity graph only (no scoring, no selection).
#[divan::bench(sample_count = 20)]
fn features_only(b: divan::Bencher) {
    let c = corpus();
    b.counter(BytesCount::new(c.bytes)).bench(|| {
        let mut total = 0;
        for (t, s) in &c.docs {
            total += summary::analyze(divan::black_box(t), s, "").rows.len();
        }
        total
    });
}
