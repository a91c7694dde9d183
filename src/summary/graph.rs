//! The sentence-similarity graph and its centrality (LexRank).

/// Dot product of two sparse vectors sorted by term id.
pub fn sparse_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
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

/// Damping of the random walk (probability of following an edge).
const DAMPING: f32 = 0.85;
/// Power-iteration steps; the walk converges well before this on
/// article-sized graphs, and a fixed count keeps the cost predictable.
const ITERATIONS: usize = 30;

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
    let row_sum: Vec<f32> = (0..n)
        .map(|i| (0..n).filter(|&j| j != i).map(|j| sim[i * n + j]).sum())
        .collect();
    let mut p = vec![1.0 / n as f32; n];
    let mut next = vec![0.0f32; n];
    let base = (1.0 - DAMPING) / n as f32;
    for _ in 0..ITERATIONS {
        // Mass of sentences without edges is spread uniformly.
        let dangling: f32 = (0..n).filter(|&i| row_sum[i] <= 0.0).map(|i| p[i]).sum();
        let spread = base + DAMPING * dangling / n as f32;
        next.iter_mut().for_each(|x| *x = spread);
        for i in 0..n {
            if row_sum[i] <= 0.0 {
                continue;
            }
            let out = DAMPING * p[i] / row_sum[i];
            let row = &sim[i * n..(i + 1) * n];
            for (j, (x, &w)) in next.iter_mut().zip(row).enumerate() {
                if j != i {
                    *x += out * w;
                }
            }
        }
        std::mem::swap(&mut p, &mut next);
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

    #[test]
    fn dot_of_sparse_vectors() {
        let a = [(1, 1.0), (3, 2.0), (7, 1.0)];
        let b = [(0, 5.0), (3, 3.0), (7, 2.0), (9, 1.0)];
        assert_eq!(sparse_dot(&a, &b), 8.0);
    }
}
