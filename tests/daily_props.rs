//! Properties of story grouping and event merging over random inputs.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use dateline::daily::group::{self, DocTerms, GroupParams};
use proptest::prelude::*;

fn docs_strategy() -> impl Strategy<Value = Vec<DocTerms>> {
    prop::collection::vec(
        (
            prop::collection::vec(0u8..40, 0..12),
            0u32..30,
            prop::option::of(0u8..3),
        ),
        0..40,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(words, day, story)| {
                let mut counts = BTreeMap::new();
                for w in words {
                    *counts.entry(format!("w{w}")).or_default() += 1;
                }
                DocTerms {
                    counts,
                    dct: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()
                        + chrono::Duration::days(day as i64),
                    story: story.map(|s| format!("story-{s}")),
                }
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn grouping_partitions_and_respects_story_ids(docs in docs_strategy()) {
        let (_, vecs) = group::vectorize(&docs);
        let params = GroupParams::default();
        let g = group::group(&docs, &vecs, &params);
        // a partition of all articles
        let mut all: Vec<usize> = g.iter().flatten().copied().collect();
        all.sort_unstable();
        prop_assert_eq!(all, (0..docs.len()).collect::<Vec<_>>());
        // same id: same story; two ids never share one
        for m in &g {
            let ids: std::collections::BTreeSet<&str> =
                m.iter().filter_map(|&i| docs[i].story.as_deref()).collect();
            prop_assert!(ids.len() <= 1, "{:?}", ids);
        }
        for i in 0..docs.len() {
            for j in 0..docs.len() {
                if docs[i].story.is_some() && docs[i].story == docs[j].story {
                    prop_assert!(g.iter().any(|m| m.contains(&i) && m.contains(&j)));
                }
            }
        }
        // stories without an id span at most the window
        for m in &g {
            if m.iter().all(|&i| docs[i].story.is_none()) {
                let days: Vec<NaiveDate> = m.iter().map(|&i| docs[i].dct).collect();
                let span = *days.iter().max().unwrap() - *days.iter().min().unwrap();
                prop_assert!(span.num_days() <= params.window_days);
            }
        }
        // deterministic
        prop_assert_eq!(g, group::group(&docs, &vecs, &params));
    }
}
