//! The sentence-similarity graph and its centrality (LexRank).

/// Damping of the random walk (probability of following an edge).
const DAMPING: f32 = 0.85;
/// Most power-iteration steps; the walk usually converges well before.
const ITERATIONS: usize = 50;
/// Stop when the distribution moves less than this (L1) in one step.
const TOLERANCE: f32 = 1e-6;

/// Continuous LexRank (Erkan & Radev 2004): the stationary distribution of a
/// random walk over sentences whose edges are weighted by cosine similarity
/// (self-loops excluded), with uniform teleportation. `sim` is row-major
/// `n × n`. Returns one probability per sentence (they sum to 1). A sentence
/// with no edges only receives teleportation mass and spreads its own mass
/// uniformly.
pub fn lexrank(sim: &[f32], n: usize) -> Vec<f32> {
    if n == 0 {
        return Vec::new();
    }
    // Transition matrix, damping folded in; rows of edgeless sentences stay 0.
    let mut trans = vec![0.0f32; n * n];
    let mut edgeless = vec![false; n];
    for i in 0..n {
        let row = &sim[i * n..(i + 1) * n];
        let sum: f32 = row
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, w)| w)
            .sum();
        if sum <= 0.0 {
            edgeless[i] = true;
            continue;
        }
        let f = DAMPING / sum;
        for (j, (t, &w)) in trans[i * n..(i + 1) * n].iter_mut().zip(row).enumerate() {
            *t = if j == i { 0.0 } else { w * f };
        }
    }
    let mut p = vec![1.0 / n as f32; n];
    let mut next = vec![0.0f32; n];
    let base = (1.0 - DAMPING) / n as f32;
    for _ in 0..ITERATIONS {
        // Mass of sentences without edges is spread uniformly.
        let stuck: f32 = (0..n).filter(|&i| edgeless[i]).map(|i| p[i]).sum();
        next.fill(base + DAMPING * stuck / n as f32);
        for i in 0..n {
            let pi = p[i];
            for (x, &t) in next.iter_mut().zip(&trans[i * n..(i + 1) * n]) {
                *x += pi * t;
            }
        }
        let change: f32 = p.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_sentence_ranks_first() {
        // Sentence 0 is similar to all others; the others share nothing.
        let n = 4;
        let mut sim = vec![0.0; n * n];
        for i in 0..n {
            sim[i * n + i] = 1.0;
        }
        for j in 1..n {
            sim[j] = 0.5;
            sim[j * n] = 0.5;
        }
        let p = lexrank(&sim, n);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        assert!(p[0] > p[1] && p[0] > p[2] && p[0] > p[3]);
    }

    #[test]
    fn edgeless_graph_is_uniform() {
        let p = lexrank(&[1.0, 0.0, 0.0, 1.0], 2);
        assert!((p[0] - 0.5).abs() < 1e-5 && (p[1] - 0.5).abs() < 1e-5);
        assert!(lexrank(&[], 0).is_empty());
    }
}
