//! Tagger throughput over the TempEval-3 TBAQ plain texts (TimeBank +
//! AQUAINT), I/O and TimeML parsing excluded.
//!
//!   cargo bench --bench tagger
//!
//! The corpus is read from `$SHARED/data/tempeval3/TBAQ-cleaned` (SHARED
//! defaults to `../shared` next to the repository). When it is absent the
//! bench runs on the built-in sentences of this file instead, and says so.

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::segment::{self, Sentence};
use dateline::temporal::Tagger;
use dateline::timeml;
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

struct Doc {
    text: String,
    sentences: Vec<Sentence>,
    dct: NaiveDate,
}

const OWN_TEXT: &str = "Officials said Thursday that talks in Geneva would resume next week. \
The envoy met the president for five hours last week, and the ministers met for 45 minutes \
last Saturday. Profit rose 12% in the third quarter from a year earlier, and the company \
expects sales to grow in the first half of 2026. The three-year-old conflict has displaced \
millions since March 2022; a truce was agreed last month and collapsed two days later. \
Shares fell 3% on Monday, after rising every day since Jan. 5. The board will meet on \
Dec. 1 and again in the spring. Storms hit the coast overnight, and more rain is expected \
tomorrow morning.\n";

fn corpus() -> Vec<Doc> {
    let root = std::env::var_os("SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let base = root.join("data/tempeval3/TBAQ-cleaned");
    let mut docs = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let Ok(rd) = std::fs::read_dir(base.join(sub)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let Ok(raw) = std::fs::read_to_string(&f) else {
                continue;
            };
            let Ok(doc) = timeml::parse(&f.display().to_string(), raw) else {
                continue;
            };
            let text = doc.plain().to_string();
            let sentences = segment::split(&text, 0..text.len());
            docs.push(Doc {
                text,
                sentences,
                dct: doc.dct,
            });
        }
    }
    if docs.is_empty() {
        eprintln!(
            "bench tagger: {} not found; using the built-in text",
            base.display()
        );
        let text = OWN_TEXT.repeat(2000);
        let sentences = segment::split(&text, 0..text.len());
        docs.push(Doc {
            text,
            sentences,
            dct: NaiveDate::from_ymd_opt(2025, 4, 17).unwrap(),
        });
    }
    docs
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn tag_tbaq(bencher: divan::Bencher) {
    let docs = corpus();
    let tagger = Tagger::global();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for d in &docs {
            n += tagger.tag(&d.text, &d.sentences, d.dct).len();
        }
        divan::black_box(n)
    });
}

#[divan::bench]
fn compile_rules() -> Tagger {
    Tagger::new()
}
