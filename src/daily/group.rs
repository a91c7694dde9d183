//! Grouping articles into stories: plain data in, clusters out.
//!
//! 1. Every article is a bag of terms (stemmed content words and `#name`
//!    terms, see [`super::text`]). [`vectorize`] weighs them by tf-idf over the
//!    day's articles, keeps the [`TOP_TERMS`] heaviest and normalises.
//! 2. Candidate pairs come from an inverted index over those terms
//!    (blocking): only terms that at most [`max_df`] articles share generate
//!    candidates, and only between articles published within
//!    [`GroupParams::window_days`] of each other. The partial dot product over
//!    those terms picks the pairs whose exact cosine is then computed. This is
//!    sub-quadratic: the work grows with the number of pairs that share a rare
//!    term, not with the square of the number of articles.
//! 3. Pairs with cosine ≥ [`GroupParams::pair_threshold`] are visited from
//!    the most to the least similar (ties by index). Two clusters merge when
//!    the cosine of their centroids (sums of member vectors) is at least
//!    [`GroupParams::threshold`] (centroid linkage, so one loose pair cannot
//!    chain two stories) and their publication dates together span no more
//!    than [`GroupParams::window_days`] (so a long-running topic becomes
//!    several stories rather than one that drifts), and
//!    never when both carry a different story id from the metadata. Articles
//!    with the same story id start in one cluster.
//!
//! Every step is deterministic: term ids follow sorted term order, sums are
//! taken in a fixed order, and ties break by article index.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rayon::prelude::*;

/// A sparse vector: (term id, weight), sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

/// Terms kept per article.
pub const TOP_TERMS: usize = 48;

/// Grouping parameters.
#[derive(Debug, Clone, Copy)]
pub struct GroupParams {
    /// Minimum cosine of two story centroids (sums of their articles'
    /// vectors) for the stories to merge.
    pub threshold: f32,
    /// Minimum cosine of two articles for their stories to be considered
    /// for a merge at all (below `threshold`: an article often matches the
    /// centroid of a story better than any one of its articles).
    pub pair_threshold: f32,
    /// Articles further apart than this (publication dates, in days) are
    /// never compared, and no story spans more days than this (a story id
    /// from the metadata excepted).
    pub window_days: i64,
}

impl Default for GroupParams {
    fn default() -> Self {
        GroupParams {
            threshold: 0.2,
            pair_threshold: 0.15,
            window_days: 7,
        }
    }
}

/// One article as the grouping sees it.
#[derive(Debug, Clone)]
pub struct DocTerms {
    /// Term counts (terms as strings; see [`super::text`]).
    pub counts: BTreeMap<String, u32>,
    pub dct: NaiveDate,
    /// Story id from the metadata.
    pub story: Option<String>,
}

/// The vocabulary of a run: term → (id, idf).
#[derive(Debug, Default)]
pub struct Vocab {
    pub ids: HashMap<String, u32>,
    pub idf: Vec<f32>,
}

impl Vocab {
    /// A tf-idf vector (normalised, not truncated) of any bag of terms;
    /// unknown terms are ignored.
    pub fn weigh<'a>(&self, terms: impl IntoIterator<Item = &'a String>) -> SparseVec {
        let mut counts: BTreeMap<u32, u32> = BTreeMap::new();
        for t in terms {
            if let Some(&id) = self.ids.get(t) {
                *counts.entry(id).or_default() += 1;
            }
        }
        let mut v: SparseVec = counts
            .into_iter()
            .map(|(id, c)| (id, (1.0 + (c as f32).ln()) * self.idf[id as usize]))
            .collect();
        normalise(&mut v);
        v
    }
}

fn normalise(v: &mut SparseVec) {
    let n = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        for x in v.iter_mut() {
            x.1 /= n;
        }
    }
}

/// Weigh every article: tf = 1 + ln(count), idf = ln(1 + N/df); keep the
/// [`TOP_TERMS`] heaviest terms (ties by term order), normalise to length 1.
pub fn vectorize(docs: &[DocTerms]) -> (Vocab, Vec<SparseVec>) {
    let mut df: HashMap<&str, u32> = HashMap::new();
    for d in docs {
        for t in d.counts.keys() {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut terms: Vec<(&str, u32)> = df.into_iter().collect();
    terms.sort_unstable();
    let n = docs.len().max(1) as f32;
    let mut vocab = Vocab::default();
    vocab.ids.reserve(terms.len());
    for (i, (t, f)) in terms.iter().enumerate() {
        vocab.ids.insert((*t).to_string(), i as u32);
        vocab.idf.push((1.0 + n / *f as f32).ln());
    }
    let vecs = docs
        .par_iter()
        .map(|d| {
            let mut v: SparseVec = d
                .counts
                .iter()
                .map(|(t, &c)| {
                    let id = vocab.ids[t.as_str()];
                    (id, (1.0 + (c as f32).ln()) * vocab.idf[id as usize])
                })
                .collect();
            if v.len() > TOP_TERMS {
                v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                v.truncate(TOP_TERMS);
                v.sort_by_key(|x| x.0);
            }
            normalise(&mut v);
            v
        })
        .collect();
    (vocab, vecs)
}

/// Dot product of two sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Cosine of two (not necessarily normalised) sparse vectors.
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let na = a.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
    let nb = b.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot(a, b) / (na * nb)
    }
}

/// Sum of two sparse vectors.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> SparseVec {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}

/// Terms shared by more articles than this generate no candidate pairs
/// (they still count in the exact cosine).
pub fn max_df(n: usize) -> usize {
    (n / 10).max(64)
}

/// Candidate pairs `(i, j, cosine)` with `i < j` and cosine ≥ `pair_threshold`,
/// sorted by cosine (highest first), then `i`, then `j`.
pub fn similar_pairs(
    vecs: &[SparseVec],
    dcts: &[NaiveDate],
    params: &GroupParams,
) -> Vec<(usize, usize, f32)> {
    let n = vecs.len();
    let nterms = vecs
        .iter()
        .flat_map(|v| v.iter().map(|x| x.0 as usize + 1))
        .max()
        .unwrap_or(0);
    // postings sorted by (date, doc)
    let mut postings: Vec<Vec<(NaiveDate, u32, f32)>> = vec![Vec::new(); nterms];
    for (d, v) in vecs.iter().enumerate() {
        for &(t, w) in v {
            postings[t as usize].push((dcts[d], d as u32, w));
        }
    }
    let cap = max_df(n);
    for p in postings.iter_mut() {
        if p.len() > cap || p.len() < 2 {
            p.clear();
            p.shrink_to_fit();
        } else {
            p.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        }
    }
    let window = chrono::Duration::days(params.window_days.max(0));
    let prefilter = params.pair_threshold * 0.5;
    let mut pairs: Vec<(usize, usize, f32)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0f32; n], Vec::<u32>::new()),
            |(acc, touched), i| {
                let lo = dcts[i].checked_sub_signed(window).unwrap_or(NaiveDate::MIN);
                let hi = dcts[i].checked_add_signed(window).unwrap_or(NaiveDate::MAX);
                for &(t, w) in &vecs[i] {
                    let p = &postings[t as usize];
                    if p.is_empty() {
                        continue;
                    }
                    let from = p.partition_point(|x| x.0 < lo);
                    for &(d, j, wj) in &p[from..] {
                        if d > hi {
                            break;
                        }
                        if (j as usize) <= i {
                            continue;
                        }
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w * wj;
                    }
                }
                let mut out = Vec::new();
                touched.sort_unstable();
                for &j in touched.iter() {
                    let partial = acc[j as usize];
                    acc[j as usize] = 0.0;
                    if partial >= prefilter {
                        let c = dot(&vecs[i], &vecs[j as usize]);
                        if c >= params.pair_threshold {
                            out.push((i, j as usize, c));
                        }
                    }
                }
                touched.clear();
                out
            },
        )
        .flatten_iter()
        .collect();
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    pairs
}

struct Clusters {
    parent: Vec<usize>,
    /// First and last publication date of each cluster.
    span: Vec<(NaiveDate, NaiveDate)>,
    members: Vec<Vec<usize>>,
    centroid: Vec<SparseVec>,
    story: Vec<Option<String>>,
}

impl Clusters {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Merge `b` into `a` (both roots); the smaller index stays the root.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        self.parent[b] = a;
        let mb = std::mem::take(&mut self.members[b]);
        self.members[a].extend(mb);
        let cb = std::mem::take(&mut self.centroid[b]);
        self.centroid[a] = add(&self.centroid[a], &cb);
        if self.story[a].is_none() {
            self.story[a] = self.story[b].take();
        }
        self.span[a] = (
            self.span[a].0.min(self.span[b].0),
            self.span[a].1.max(self.span[b].1),
        );
    }
}

/// Group articles into stories. Returns clusters of article indices, each
/// sorted, the clusters sorted by their first index.
pub fn group(docs: &[DocTerms], vecs: &[SparseVec], params: &GroupParams) -> Vec<Vec<usize>> {
    let n = docs.len();
    let mut c = Clusters {
        parent: (0..n).collect(),
        span: docs.iter().map(|d| (d.dct, d.dct)).collect(),
        members: (0..n).map(|i| vec![i]).collect(),
        centroid: vecs.to_vec(),
        story: docs.iter().map(|d| d.story.clone()).collect(),
    };
    // the story id from the metadata wins: same id, same story
    let mut first_with: HashMap<&str, usize> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(s) = d.story.as_deref() {
            match first_with.get(s) {
                Some(&r) => {
                    let (ra, rb) = (c.find(r), c.find(i));
                    if ra != rb {
                        c.union(ra, rb);
                    }
                }
                None => {
                    first_with.insert(s, i);
                }
            }
        }
    }
    let dcts: Vec<NaiveDate> = docs.iter().map(|d| d.dct).collect();
    let pairs = similar_pairs(vecs, &dcts, params);
    // a failed merge is not retried until one of the two clusters changed
    let mut failed: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for (i, j, _) in pairs {
        let (a, b) = (c.find(i), c.find(j));
        if a == b {
            continue;
        }
        if let (Some(x), Some(y)) = (&c.story[a], &c.story[b]) {
            if x != y {
                continue;
            }
        }
        // a story spans at most the window: a long-running topic becomes
        // several stories instead of one that drifts
        let (first, last) = (c.span[a].0.min(c.span[b].0), c.span[a].1.max(c.span[b].1));
        if (last - first).num_days() > params.window_days {
            continue;
        }
        let key = (a.min(b), a.max(b));
        let sizes = (c.members[key.0].len(), c.members[key.1].len());
        if failed.get(&key) == Some(&sizes) {
            continue;
        }
        if cosine(&c.centroid[a], &c.centroid[b]) >= params.threshold {
            c.union(a, b);
        } else {
            failed.insert(key, sizes);
        }
    }
    let mut out: Vec<Vec<usize>> = c.members.into_iter().filter(|m| !m.is_empty()).collect();
    for m in out.iter_mut() {
        m.sort_unstable();
    }
    out.sort_by_key(|m| m[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(words: &str, day: u32, story: Option<&str>) -> DocTerms {
        let mut counts = BTreeMap::new();
        for w in words.split_whitespace() {
            *counts.entry(w.to_string()).or_default() += 1;
        }
        DocTerms {
            counts,
            dct: NaiveDate::from_ymd_opt(2025, 4, day).unwrap(),
            story: story.map(str::to_string),
        }
    }

    fn run(docs: &[DocTerms]) -> Vec<Vec<usize>> {
        let (_, vecs) = vectorize(docs);
        group(docs, &vecs, &GroupParams::default())
    }

    #[test]
    fn similar_articles_group_and_others_stay_apart() {
        let docs = vec![
            doc("dam flood valley evacuation river rain", 17, None),
            doc("ferry strike port union wages", 17, None),
            doc("flood river dam evacuation town", 17, None),
            doc("union strike ferry port talks", 16, None),
            doc("telescope comet astronomers sky", 17, None),
        ];
        assert_eq!(run(&docs), vec![vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn story_id_wins_both_ways() {
        let docs = vec![
            doc("dam flood valley evacuation river", 17, Some("a")),
            doc("dam flood valley evacuation river", 17, Some("b")),
            doc("telescope comet astronomers sky", 17, Some("a")),
            doc("dam flood valley evacuation river", 17, None),
        ];
        // 0 and 1 have different ids: never merged, though identical.
        // 2 shares 0's id: merged, though unrelated. 3 joins one of them.
        let g = run(&docs);
        assert_eq!(g.len(), 2);
        assert!(
            g.contains(&vec![0, 2, 3]) || g.contains(&vec![1, 3]),
            "{g:?}"
        );
        assert!(!g.iter().any(|m| m.contains(&0) && m.contains(&1)));
    }

    #[test]
    fn dates_at_the_ends_of_the_calendar_do_not_panic() {
        let mut a = doc("dam flood valley", 1, None);
        a.dct = NaiveDate::MIN;
        let mut b = doc("dam flood valley", 1, None);
        b.dct = NaiveDate::MAX;
        assert_eq!(run(&[a.clone(), b, a]).len(), 2);
    }

    #[test]
    fn articles_outside_the_window_are_not_compared() {
        let docs = vec![
            doc("dam flood valley evacuation river", 1, None),
            doc("dam flood valley evacuation river", 20, None),
        ];
        assert_eq!(run(&docs), vec![vec![0], vec![1]]);
    }

    #[test]
    fn centroid_linkage_does_not_chain() {
        // each article shares half its words with the next: single linkage
        // would make one story of the whole chain
        let docs: Vec<DocTerms> = (0..8)
            .map(|k| {
                let words: Vec<String> = (2 * k..2 * k + 4).map(|t| format!("t{t}")).collect();
                doc(&words.join(" "), 17, None)
            })
            .collect();
        let (_, vecs) = vectorize(&docs);
        let pairs = similar_pairs(
            &vecs,
            &docs.iter().map(|d| d.dct).collect::<Vec<_>>(),
            &GroupParams::default(),
        );
        assert_eq!(
            pairs.len(),
            7,
            "consecutive articles are similar: {pairs:?}"
        );
        let g = run(&docs);
        assert!(g.len() >= 3, "{g:?}");
        assert!(
            g.iter().all(|m| m.windows(2).all(|w| w[1] == w[0] + 1)),
            "{g:?}"
        );
    }

    #[test]
    fn a_story_spans_at_most_the_window() {
        // the same words every third day: neighbours are within the window,
        // the whole run is not
        let docs: Vec<DocTerms> = (0..6)
            .map(|k| doc("dam flood valley evacuation river", 1 + 3 * k, None))
            .collect();
        let g = run(&docs);
        assert!(g.len() >= 2, "{g:?}");
        for m in &g {
            let days: Vec<NaiveDate> = m.iter().map(|&i| docs[i].dct).collect();
            let span = *days.iter().max().unwrap() - *days.iter().min().unwrap();
            assert!(span.num_days() <= 7, "{g:?}");
        }
    }

    #[test]
    fn grouping_is_independent_of_thread_scheduling() {
        let docs: Vec<DocTerms> = (0..300)
            .map(|i| {
                doc(
                    &format!("topic{} word{} shared{} filler{}", i % 7, i % 13, i % 5, i),
                    1 + (i % 20) as u32,
                    None,
                )
            })
            .collect();
        let a = run(&docs);
        let b = run(&docs);
        assert_eq!(a, b);
        assert_eq!(a.iter().map(Vec::len).sum::<usize>(), 300);
    }
}
