//! Sentence features: position, length, graph centrality, topic words,
//! headline overlap, names and numbers, quotation and attribution.
//!
//! [`analyze`] computes one row of [`FEATURES`] per sentence, plus the
//! sentence-similarity matrix the selection step uses against redundancy.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::graph;
use super::text::{for_each_token, hash_bytes, IdHasher, TermSet};
use crate::segment::Sentence;

/// Names of the features, in the order of a feature row. The model file
/// lists the same names; loading checks them.
pub const FEATURES: [&str; 25] = [
    "first",
    "second",
    "third",
    "position",
    "inverse_position",
    "log_words",
    "short",
    "long",
    "lexrank",
    "centroid",
    "topic_words",
    "names",
    "numbers",
    "quoted",
    "starts_quote",
    "attribution",
    "dangling_start",
    "question",
    "content_ratio",
    "log_position",
    "early",
    "lexrank_rank",
    "centroid_rank",
    "relative_length",
    "lead_sim",
];

/// Sentences beyond this many stay out of the similarity graph (their
/// centrality is 0 and they are similar to nothing), so that memory and time
/// stay linear in the length of very long inputs (a transcript, a live blog
/// of thousands of entries). News articles are far shorter.
pub const MAX_GRAPH: usize = 400;

/// Number of features in a row.
pub const NF: usize = FEATURES.len();

/// What the scoring model and the selection step need to know about an
/// article's sentences.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// One feature row per sentence (see [`FEATURES`]).
    pub rows: Vec<[f64; NF]>,
    /// Share of the headline's content words that the sentence contains
    /// (0 when there is no headline).
    pub headline: Vec<f64>,
    /// Cosine similarity of sentence pairs (tf-idf over stemmed content
    /// words) among the first `graph` sentences, row-major `graph × graph`.
    pub sim: Vec<f32>,
    /// Sentences in the similarity graph: all, up to [`MAX_GRAPH`].
    pub graph: usize,
    /// Words per sentence.
    pub words: Vec<usize>,
}

impl Analysis {
    /// Similarity of sentences `i` and `j` (0 for a pair outside the graph,
    /// 1 for a sentence with itself).
    pub fn sim(&self, i: usize, j: usize) -> f32 {
        let g = self.graph;
        if i < g && j < g {
            self.sim[i * g + j]
        } else {
            f32::from(u8::from(i == j))
        }
    }
}

/// First words that lean on an earlier sentence ("But", "He", "This").
const DANGLING: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "also",
    "still",
    "then",
    "he",
    "she",
    "it",
    "they",
    "his",
    "her",
    "its",
    "their",
    "them",
    "him",
    "this",
    "that",
    "these",
    "those",
    "there",
    "such",
    "meanwhile",
    "instead",
    "otherwise",
    "moreover",
    "besides",
    "nevertheless",
];

/// Reporting verbs and phrases that mark attribution.
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "added",
    "adds",
    "stated",
    "explained",
    "noted",
    "wrote",
    "writes",
    "tweeted",
    "asked",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

fn set_of(words: &[&str]) -> TermSet {
    words.iter().map(|w| hash_bytes(w.as_bytes())).collect()
}

fn dangling_set() -> &'static TermSet {
    static S: std::sync::OnceLock<TermSet> = std::sync::OnceLock::new();
    S.get_or_init(|| set_of(DANGLING))
}

fn attribution_set() -> &'static TermSet {
    static S: std::sync::OnceLock<TermSet> = std::sync::OnceLock::new();
    S.get_or_init(|| set_of(ATTRIBUTION))
}

/// Share of the sentence's bytes inside quotation marks, whether it opens
/// with one, and whether a quotation is still open at its end. Straight
/// quotes toggle; curly quotes open and close. `inside` says whether the
/// sentence starts within a quotation opened by an earlier sentence of the
/// paragraph ("Everyone wants peace. A lasting peace. ...," she said).
fn quotation(s: &str, inside: bool) -> (f64, bool, bool) {
    let t = s.trim_start();
    let starts = t.starts_with('"') || t.starts_with('\u{201C}') || t.starts_with('\'');
    let mut inside = inside;
    let mut quoted = 0usize;
    let mut last = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '"' => {
                if inside {
                    quoted += i - last;
                }
                inside = !inside;
                last = i;
            }
            '\u{201C}' => {
                inside = true;
                last = i;
            }
            '\u{201D}' => {
                if inside {
                    quoted += i - last;
                }
                inside = false;
            }
            _ => {}
        }
    }
    if inside {
        quoted += s.len() - last;
    }
    let frac = if s.is_empty() {
        0.0
    } else {
        quoted as f64 / s.len() as f64
    };
    (frac.min(1.0), starts, inside)
}

type TermMap = HashMap<u64, u32, BuildHasherDefault<IdHasher>>;

/// Compute the features of every sentence. Spans that do not fit `text`
/// count as empty sentences.
pub fn analyze(text: &str, sentences: &[Sentence], headline: &str) -> Analysis {
    let n = sentences.len();
    if n == 0 {
        return Analysis::default();
    }
    let dangling = dangling_set();
    let attribution = attribution_set();

    let mut ids: TermMap = HashMap::with_capacity_and_hasher(n * 12, Default::default());
    // Content term ids of all sentences, flat; `bounds[i]..bounds[i + 1]`
    // are sentence i's.
    let mut flat: Vec<u32> = Vec::with_capacity(n * 16);
    let mut bounds = Vec::with_capacity(n + 1);
    bounds.push(0usize);
    let mut rows = vec![[0.0f64; NF]; n];
    let mut words = vec![0usize; n];
    let mut open_quote = false;

    for (i, s) in sentences.iter().enumerate() {
        let st = text.get(s.start..s.end).unwrap_or("");
        let (mut w, mut names, mut nums, mut content) = (0usize, 0usize, 0usize, 0usize);
        let mut first_raw = 0u64;
        let mut attributed = false;
        for_each_token(st, |t| {
            if w == 0 {
                first_raw = t.raw;
            } else if t.capitalized && !t.numeric {
                names += 1;
            }
            w += 1;
            nums += usize::from(t.numeric);
            attributed |= attribution.contains(&t.raw);
            if t.content {
                content += 1;
                let next = ids.len() as u32;
                flat.push(*ids.entry(t.term).or_insert(next));
            }
        });
        bounds.push(flat.len());
        words[i] = w;
        if i > 0 && sentences[i - 1].paragraph != s.paragraph {
            open_quote = false;
        }
        let (quoted, starts_quote, still_open) = quotation(st, open_quote);
        open_quote = still_open;
        let wf = w.max(1) as f64;
        let r = &mut rows[i];
        r[0] = f64::from(u8::from(i == 0));
        r[1] = f64::from(u8::from(i == 1));
        r[2] = f64::from(u8::from(i == 2));
        r[3] = i as f64 / n as f64;
        r[4] = 1.0 / (i as f64 + 1.0);
        r[5] = (1.0 + w as f64).ln();
        r[6] = f64::from(u8::from(w < 8));
        r[7] = (w as f64 - 30.0).max(0.0) / 10.0;
        r[11] = names as f64 / wf;
        r[12] = nums as f64 / wf;
        r[13] = quoted;
        r[14] = f64::from(u8::from(starts_quote));
        r[15] = f64::from(u8::from(attributed));
        r[16] = f64::from(u8::from(w > 0 && dangling.contains(&first_raw)));
        r[17] = f64::from(u8::from(
            st.trim_end_matches(['"', '\'', '\u{201D}', ')'])
                .ends_with('?'),
        ));
        r[18] = content as f64 / wf;
        r[19] = (1.0 + i as f64).ln();
        r[20] = f64::from(u8::from(i < 10));
    }

    // Term statistics: document frequency (sentences containing the term)
    // and total count.
    let v = ids.len();
    let mut df = vec![0u32; v];
    let mut tf = vec![0u32; v];
    let mut seen = vec![u32::MAX; v];
    for i in 0..n {
        for &t in &flat[bounds[i]..bounds[i + 1]] {
            let t = t as usize;
            tf[t] += 1;
            if seen[t] != i as u32 {
                seen[t] = i as u32;
                df[t] += 1;
            }
        }
    }
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| (1.0 + n as f32 / d.max(1) as f32).ln())
        .collect();

    // Sparse tf-idf vectors, sorted by term id.
    let mut vecs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(n);
    let mut centroid = vec![0.0f32; v];
    for i in 0..n {
        let mut terms: Vec<u32> = flat[bounds[i]..bounds[i + 1]].to_vec();
        terms.sort_unstable();
        let mut vec: Vec<(u32, f32)> = Vec::with_capacity(terms.len());
        for t in terms {
            match vec.last_mut() {
                Some((last, w)) if *last == t => *w += idf[t as usize],
                _ => vec.push((t, idf[t as usize])),
            }
        }
        for &(t, w) in &vec {
            centroid[t as usize] += w;
        }
        vecs.push(vec);
    }
    let norms: Vec<f32> = vecs
        .iter()
        .map(|v| v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt())
        .collect();
    let cnorm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();

    // Pairwise dot products through an inverted index: only sentence pairs
    // that share a term are touched (terms in id order, as a merge of the
    // sorted vectors would add them).
    let mut offsets = Vec::with_capacity(v + 1);
    offsets.push(0usize);
    for &d in &df {
        offsets.push(offsets.last().copied().unwrap_or(0) + d as usize);
    }
    let mut postings = vec![(0u32, 0.0f32); offsets[v]];
    let mut fill = offsets.clone();
    for (i, vec) in vecs.iter().enumerate() {
        for &(t, w) in vec {
            postings[fill[t as usize]] = (i as u32, w);
            fill[t as usize] += 1;
        }
    }
    let g = n.min(MAX_GRAPH);
    let mut sim = vec![0.0f32; g * g];
    for t in 0..v {
        let list = &postings[offsets[t]..offsets[t + 1]];
        // Postings are in sentence order: cut at the graph's end.
        let list = &list[..list.partition_point(|&(s, _)| (s as usize) < g)];
        for (k, &(a, wa)) in list.iter().enumerate() {
            for &(b, wb) in &list[k + 1..] {
                sim[a as usize * g + b as usize] += wa * wb;
            }
        }
    }
    for i in 0..g {
        sim[i * g + i] = 1.0;
        for j in i + 1..g {
            let d = norms[i] * norms[j];
            let c = if d > 0.0 { sim[i * g + j] / d } else { 0.0 };
            sim[i * g + j] = c;
            sim[j * g + i] = c;
        }
    }
    let mut rank = graph::lexrank(&sim, g);
    rank.resize(n, 0.0);

    // Headline terms.
    let mut head = TermSet::default();
    for_each_token(headline, |t| {
        if t.content {
            head.insert(t.term);
        }
    });
    let mut head_ids: Vec<u32> = head.iter().filter_map(|h| ids.get(h).copied()).collect();
    head_ids.sort_unstable();
    let mut headline_overlap = vec![0.0f64; n];

    for i in 0..n {
        let r = &mut rows[i];
        r[8] = f64::from(rank[i]) * n as f64;
        let dot: f32 = vecs[i].iter().map(|&(t, w)| w * centroid[t as usize]).sum();
        r[9] = if norms[i] > 0.0 && cnorm > 0.0 {
            f64::from(dot / (norms[i] * cnorm))
        } else {
            0.0
        };
        let toks = &flat[bounds[i]..bounds[i + 1]];
        let topic = toks.iter().filter(|&&t| tf[t as usize] >= 2).count();
        r[10] = topic as f64 / words[i].max(1) as f64;
        if !head.is_empty() {
            let hits = head_ids
                .iter()
                .filter(|&&h| vecs[i].binary_search_by_key(&h, |&(t, _)| t).is_ok())
                .count();
            headline_overlap[i] = hits as f64 / head.len() as f64;
        }
    }

    // Ranks (1 for the best sentence, falling to 0), ties by position.
    for (col, from) in [(21usize, 8usize), (22, 9)] {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&x, &y| rows[y][from].total_cmp(&rows[x][from]).then(x.cmp(&y)));
        for (rank, &i) in order.iter().enumerate() {
            rows[i][col] = 1.0 - rank as f64 / n as f64;
        }
    }
    let mean_words = words.iter().sum::<usize>() as f64 / n as f64;
    for i in 0..n {
        rows[i][23] = if mean_words > 0.0 {
            words[i] as f64 / mean_words
        } else {
            0.0
        };
        rows[i][24] = (0..n.min(3))
            .filter(|&j| j != i)
            .map(|j| {
                if i < g {
                    f64::from(sim[i * g + j])
                } else {
                    0.0
                }
            })
            .fold(0.0, f64::max);
    }

    Analysis {
        rows,
        headline: headline_overlap,
        sim,
        graph: g,
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_share() {
        let (q, s, open) = quotation("\"We will win,\" she said.", false);
        assert!(s && q > 0.4 && q < 0.8 && !open, "{q}");
        let (q, s, _) = quotation("No quotes here.", false);
        assert!(!s && q == 0.0);
        let (q, _, _) = quotation("He called it \u{201C}a disaster\u{201D} on Monday.", false);
        assert!(q > 0.1 && q < 0.5, "{q}");
        // A quotation that runs over several sentences.
        let (_, _, open) = quotation("\"Everyone wants peace.", false);
        assert!(open);
        let (q, s, open) = quotation("A lasting peace.", true);
        assert!(!s && q == 1.0 && open);
        let (q, _, open) = quotation("It is hard,\" she said.", true);
        assert!(q > 0.4 && q < 0.9 && !open, "{q}");
    }
}
