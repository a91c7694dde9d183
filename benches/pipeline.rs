//! The whole single-article pipeline: ingest -> segment -> tag -> timeline ->
//! summary -> Markdown, I/O excluded.
//!
//!   cargo bench --bench pipeline
//!
//! `fixtures` runs every bundled fixture article; `five_kb` runs one ~5 KB
//! article assembled from the paragraphs of the plain-text fixtures (the size
//! issue 2's speed target is stated for). Process start is measured
//! separately by `scripts/bench-brief.sh` (hyperfine).

use chrono::NaiveDate;
use dateline::brief::{self, BriefOptions};
use dateline::ingest::{self, ReadOptions};
use dateline::render::{self, RenderOptions};
use dateline::temporal::Tagger;
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// The bundled fixtures (name, bytes), compiled in so the bench needs no I/O.
const FIXTURES: &[(&str, &[u8])] = &[
    (
        "abbreviations.txt",
        include_bytes!("../fixtures/abbreviations.txt"),
    ),
    (
        "council-budget.md",
        include_bytes!("../fixtures/council-budget.md"),
    ),
    ("election.json", include_bytes!("../fixtures/election.json")),
    ("festival.md", include_bytes!("../fixtures/festival.md")),
    (
        "harbor-fire.txt",
        include_bytes!("../fixtures/harbor-fire.txt"),
    ),
    (
        "hostile-markup.md",
        include_bytes!("../fixtures/hostile-markup.md"),
    ),
    (
        "kyiv-grain.txt",
        include_bytes!("../fixtures/kyiv-grain.txt"),
    ),
    (
        "market-open.txt",
        include_bytes!("../fixtures/market-open.txt"),
    ),
    ("no-dates.txt", include_bytes!("../fixtures/no-dates.txt")),
    (
        "paris-talks.txt",
        include_bytes!("../fixtures/paris-talks.txt"),
    ),
    (
        "rail-strike.md",
        include_bytes!("../fixtures/rail-strike.md"),
    ),
];

fn opts() -> ReadOptions {
    ReadOptions {
        date: NaiveDate::from_ymd_opt(2025, 4, 17),
        ..Default::default()
    }
}

/// One ~5 KB plain-text article: a headline, then the body paragraphs of
/// the plain-text fixtures, repeated until the text passes 5,000 bytes.
fn five_kb_article() -> String {
    let mut paras = Vec::new();
    for (name, bytes) in FIXTURES.iter().filter(|(n, _)| n.ends_with(".txt")) {
        let a = &ingest::read(name, bytes, &opts()).expect("fixture reads")[0];
        for p in a.text[a.body.clone()].split("\n\n") {
            let p = p.trim();
            if !p.is_empty() {
                paras.push(p.to_string());
            }
        }
    }
    let mut out = String::from("Officials trade blame as talks stall across three capitals\n\n");
    let mut i = 0;
    while out.len() < 5_000 {
        out.push_str(&paras[i % paras.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn run(name: &str, bytes: &[u8]) -> String {
    let tagger = Tagger::global();
    let mut out = String::new();
    for a in ingest::read(name, bytes, &opts()).expect("fixture reads") {
        let b = brief::build(a, tagger, &BriefOptions::default());
        out.push_str(&render::markdown(&b, &RenderOptions::default()).expect("renders"));
    }
    out
}

#[divan::bench]
fn fixtures(bencher: divan::Bencher) {
    let total: usize = FIXTURES.iter().map(|(_, b)| b.len()).sum();
    Tagger::global();
    bencher.counter(BytesCount::new(total)).bench(|| {
        for (name, bytes) in FIXTURES {
            divan::black_box(run(name, bytes));
        }
    });
}

#[divan::bench]
fn five_kb(bencher: divan::Bencher) {
    let text = five_kb_article();
    Tagger::global();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| divan::black_box(run("five-kb.txt", text.as_bytes())));
}
