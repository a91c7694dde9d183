//! Choosing sentences: greedy maximal marginal relevance under a length
//! budget, with deterministic tie-breaks.

use super::features::Analysis;
use super::Length;

/// Sentences at least this similar to a chosen one are never added (exact
/// or near-exact repeats, common in live blogs and wire updates).
const DUPLICATE: f32 = 0.9;

/// With a word budget, sentences scoring below this share of the article's
/// score range (0 = its worst sentence, 1 = its best) are not added to fill
/// the remaining words: a budget is a ceiling, not a quota.
const FILL_FLOOR: f64 = 0.5;

/// Pick sentences greedily by `score - redundancy * (max similarity to the
/// sentences already chosen)`, scores min-max normalized to 0..1 within the
/// article. Sentences without words are never chosen. With a word budget,
/// only sentences that fit are taken, and after the first only those in the
/// upper half of the score range (`FILL_FLOOR`). Ties go to the earlier
/// sentence. Returns indices in article order.
pub fn mmr(scores: &[f64], a: &Analysis, length: Length, redundancy: f64) -> Vec<usize> {
    let n = scores.len().min(a.words.len());
    let (lo, hi) = scores[..n]
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &s| {
            (lo.min(s), hi.max(s))
        });
    let span = if hi > lo { hi - lo } else { 1.0 };
    let norm: Vec<f64> = scores[..n]
        .iter()
        .map(|&s| if s.is_finite() { (s - lo) / span } else { 0.0 })
        .collect();

    let (max_count, mut budget) = match length {
        Length::Sentences(k) => (k, usize::MAX),
        Length::Words(w) => (usize::MAX, w),
    };
    if max_count == 0 || budget == 0 {
        return Vec::new();
    }
    let mut available: Vec<bool> = (0..n).map(|i| a.words[i] > 0).collect();
    // Highest similarity of each sentence to the chosen ones.
    let mut max_sim = vec![0.0f32; n];
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < max_count {
        let mut best: Option<(f64, usize)> = None;
        for i in 0..n {
            if !available[i] || a.words[i] > budget {
                continue;
            }
            if max_count == usize::MAX && !chosen.is_empty() && norm[i] < FILL_FLOOR {
                continue;
            }
            let v = norm[i] - redundancy * f64::from(max_sim[i]);
            if best.map_or(true, |(bv, _)| v > bv) {
                best = Some((v, i));
            }
        }
        let Some((_, i)) = best else { break };
        chosen.push(i);
        available[i] = false;
        budget = budget.saturating_sub(a.words[i]);
        for (j, m) in max_sim.iter_mut().enumerate() {
            let s = a.sim(i, j);
            if s > *m {
                *m = s;
            }
            if s >= DUPLICATE {
                available[j] = false;
            }
        }
    }
    if chosen.is_empty() && matches!(length, Length::Words(_)) {
        // Every sentence is over the word budget: give the best one rather
        // than nothing (whole sentences only).
        chosen.extend(
            (0..n)
                .filter(|&i| a.words[i] > 0)
                .max_by(|&x, &y| norm[x].total_cmp(&norm[y]).then(y.cmp(&x))),
        );
    }
    chosen.sort_unstable();
    chosen
}
