//! Story grouping at scale, on synthetic articles (no shared data needed):
//! `cargo bench --bench daily`. The end-to-end figure on the 10,000-article
//! corpus is measured with scripts/build-scale-corpus.sh (see BENCHMARKS.md).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use dateline::daily::group::{self, DocTerms, GroupParams};

fn main() {
    divan::main();
}

/// `n` articles about `n / 4` stories: each article has 30 words of its
/// story's 60-word vocabulary and 30 words from a 20,000-word background.
fn docs(n: usize) -> Vec<DocTerms> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let day0 = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    (0..n)
        .map(|i| {
            let story = i / 4;
            let mut counts = BTreeMap::new();
            for _ in 0..30 {
                let w = format!("s{story}w{}", next() % 60);
                *counts.entry(w).or_default() += 1;
            }
            for _ in 0..30 {
                let w = format!("bg{}", next() % 20_000);
                *counts.entry(w).or_default() += 1;
            }
            DocTerms {
                counts,
                dct: day0 + chrono::Duration::days((story % 90) as i64),
                story: None,
            }
        })
        .collect()
}

#[divan::bench(args = [1_000, 10_000])]
fn group_articles(bencher: divan::Bencher, n: usize) {
    let d = docs(n);
    bencher.bench(|| {
        let (_, vecs) = group::vectorize(&d);
        group::group(&d, &vecs, &GroupParams::default())
    });
}
