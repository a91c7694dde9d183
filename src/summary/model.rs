//! The scoring model: a linear function of the standardized features plus
//! an ensemble of small regression trees (gradient boosting), read from
//! `model.json` (written by `scripts/train-summary.py`). Either part may be
//! empty (zero weights, no trees).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::features::{Analysis, FEATURES, NF};

/// One regression tree, as arrays over its nodes (node 0 is the root). An
/// internal node sends a row left when `row[feature] <= threshold` (the
/// feature rounded to `f32` first, as the trainer compared it), else right;
/// a leaf (`left < 0`) gives `value`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Tree {
    pub feature: Vec<i32>,
    pub threshold: Vec<f64>,
    pub left: Vec<i32>,
    pub right: Vec<i32>,
    pub value: Vec<f64>,
}

impl Tree {
    fn check(&self) -> Result<(), String> {
        let n = self.feature.len();
        if n == 0
            || [
                self.threshold.len(),
                self.left.len(),
                self.right.len(),
                self.value.len(),
            ]
            .iter()
            .any(|&l| l != n)
        {
            return Err("a tree needs equally long, non-empty node arrays".into());
        }
        for i in 0..n {
            if !self.value[i].is_finite() || self.threshold[i].is_nan() {
                return Err(format!("tree node {i} has a value that is not a number"));
            }
            if self.left[i] < 0 {
                continue;
            }
            // Children come after their parent: evaluation always ends.
            let ok = |c: i32| c as usize > i && (c as usize) < n;
            if !ok(self.left[i]) || !ok(self.right[i]) {
                return Err(format!("tree node {i} has a child out of order"));
            }
            if self.feature[i] < 0 || self.feature[i] as usize >= NF {
                return Err(format!("tree node {i} uses an unknown feature"));
            }
        }
        Ok(())
    }

    fn eval(&self, row: &[f64; NF]) -> f64 {
        let mut node = 0usize;
        loop {
            let left = self.left[node];
            if left < 0 {
                return self.value[node];
            }
            let x = f64::from(row[self.feature[node] as usize] as f32);
            node = if x <= self.threshold[node] {
                left as usize
            } else {
                self.right[node] as usize
            };
        }
    }
}

/// A sentence-scoring model plus the selection settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// Feature names, in row order; must equal [`FEATURES`].
    pub features: Vec<String>,
    /// Per-feature mean and scale used to standardize a row.
    pub mean: Vec<f64>,
    pub scale: Vec<f64>,
    /// Per-feature weight on the standardized value.
    pub weights: Vec<f64>,
    /// Regression trees over the raw feature row, summed (learning rate
    /// already applied to their values).
    #[serde(default)]
    pub trees: Vec<Tree>,
    /// Weight of the headline overlap (0..1). Not learned: the training
    /// split has no headlines.
    pub headline_weight: f64,
    /// MMR trade-off: how much similarity to an already chosen sentence
    /// costs, on the scale of the (0..1, min-max normalized) scores.
    pub redundancy: f64,
    /// Free-form provenance (how and on what the weights were fitted).
    #[serde(default)]
    pub note: String,
    /// `trees` flattened into one array for fast evaluation (built by
    /// [`Model::from_json`]; when `trees` changed since, the slow path is used).
    #[serde(skip)]
    flat: Flat,
}

/// All trees' nodes in one array; child indices are absolute.
#[derive(Debug, Clone, Default)]
struct Flat {
    nodes: Vec<Node>,
    roots: Vec<u32>,
    /// Total node count of the trees this was built from.
    source_nodes: usize,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    threshold: f64,
    /// Leaf value, for leaves.
    value: f64,
    /// Feature index; `u32::MAX` for a leaf.
    feature: u32,
    left: u32,
    right: u32,
}

impl Flat {
    fn build(trees: &[Tree]) -> Flat {
        let mut f = Flat::default();
        for t in trees {
            let base = f.nodes.len() as u32;
            f.roots.push(base);
            for i in 0..t.feature.len() {
                let leaf = t.left[i] < 0;
                f.nodes.push(Node {
                    threshold: t.threshold[i],
                    value: t.value[i],
                    feature: if leaf { u32::MAX } else { t.feature[i] as u32 },
                    left: if leaf { 0 } else { base + t.left[i] as u32 },
                    right: if leaf { 0 } else { base + t.right[i] as u32 },
                });
            }
            f.source_nodes += t.feature.len();
        }
        f
    }

    /// Sum of the trees on one row (values already rounded through `f32`).
    #[inline]
    fn eval(&self, row: &[f64; NF]) -> f64 {
        let mut sum = 0.0;
        for &r in &self.roots {
            let mut n = self.nodes[r as usize];
            while n.feature != u32::MAX {
                let x = row[n.feature as usize];
                n = self.nodes[if x <= n.threshold { n.left } else { n.right } as usize];
            }
            sum += n.value;
        }
        sum
    }
}

/// The model built into the crate.
const BUILTIN: &str = include_str!("model.json");

impl Model {
    /// The built-in model.
    pub fn builtin() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| Model::from_json(BUILTIN).expect("src/summary/model.json is valid"))
    }

    /// Parse and check a model file.
    pub fn from_json(s: &str) -> Result<Model, String> {
        let m: Model = serde_json::from_str(s).map_err(|e| format!("bad model file: {e}"))?;
        if m.features.len() != NF || m.features.iter().zip(FEATURES).any(|(a, b)| a != b) {
            return Err(format!(
                "model features {:?} do not match this build's {:?}",
                m.features, FEATURES
            ));
        }
        for (name, v) in [
            ("mean", &m.mean),
            ("scale", &m.scale),
            ("weights", &m.weights),
        ] {
            if v.len() != NF || v.iter().any(|x| !x.is_finite()) {
                return Err(format!("model `{name}` needs {NF} finite numbers"));
            }
        }
        for t in &m.trees {
            t.check()?;
        }
        if !m.headline_weight.is_finite() || !m.redundancy.is_finite() {
            return Err("model headline_weight and redundancy must be finite".into());
        }
        let mut m = m;
        m.flat = Flat::build(&m.trees);
        Ok(m)
    }

    /// Score every sentence of an analysis (higher is better).
    pub fn score(&self, a: &Analysis) -> Vec<f64> {
        // w · (x - mean) / scale  ==  (w / scale) · x - offset
        let mut coef = [0.0f64; NF];
        let mut offset = 0.0;
        for (k, c) in coef.iter_mut().enumerate() {
            let scale = if self.scale[k] > 0.0 {
                self.scale[k]
            } else {
                1.0
            };
            *c = self.weights[k] / scale;
            offset += *c * self.mean[k];
        }
        let total: usize = self.trees.iter().map(|t| t.feature.len()).sum();
        let fast = self.flat.roots.len() == self.trees.len() && self.flat.source_nodes == total;
        a.rows
            .iter()
            .zip(&a.headline)
            .map(|(row, &h)| {
                let dot: f64 = row.iter().zip(&coef).map(|(x, c)| x * c).sum();
                let trees = if self.trees.is_empty() {
                    0.0
                } else if fast {
                    // The trainer compared features as f32.
                    let r32: [f64; NF] = row.map(|x| f64::from(x as f32));
                    self.flat.eval(&r32)
                } else {
                    self.trees.iter().map(|t| t.eval(row)).sum()
                };
                self.headline_weight * h + dot - offset + trees
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_loads() {
        let m = Model::builtin();
        assert_eq!(m.weights.len(), NF);
        assert!(m.redundancy >= 0.0);
    }

    #[test]
    fn mismatched_model_is_refused() {
        let mut m = Model::builtin().clone();
        m.features.swap(0, 1);
        let s = serde_json::to_string(&m).unwrap();
        assert!(Model::from_json(&s).is_err());
        assert!(Model::from_json("{}").is_err());
    }

    #[test]
    fn flattened_trees_score_like_the_trees() {
        let text = "The council voted on Tuesday to build a bridge. It will cost $48 million, \
                    officials said. \"It is a great day,\" the mayor said. Two members voted no.";
        let sentences = crate::segment::split(text, 0..text.len());
        let a = super::super::analyze(text, &sentences, "");
        let fast = Model::builtin().score(&a);
        let mut slow = Model::builtin().clone();
        // One more (zero) tree: the flat copy is stale, so the tree-by-tree
        // path runs.
        slow.trees.push(Tree {
            feature: vec![-1],
            threshold: vec![0.0],
            left: vec![-1],
            right: vec![-1],
            value: vec![0.0],
        });
        assert_eq!(slow.score(&a), fast);
    }

    #[test]
    fn trees_are_checked_and_evaluated() {
        let mut m = Model::builtin().clone();
        m.weights.iter_mut().for_each(|w| *w = 0.0);
        // Stump on feature 0 ("first"): 2.0 for the first sentence, else -1.0.
        m.trees = vec![Tree {
            feature: vec![0, -2, -2],
            threshold: vec![0.5, -2.0, -2.0],
            left: vec![1, -1, -1],
            right: vec![2, -1, -1],
            value: vec![0.0, -1.0, 2.0],
        }];
        let s = serde_json::to_string(&m).unwrap();
        let m = Model::from_json(&s).unwrap();
        let mut a = Analysis {
            rows: vec![[0.0; NF]; 2],
            headline: vec![0.0; 2],
            ..Default::default()
        };
        a.rows[0][0] = 1.0;
        let sc = m.score(&a);
        assert!((sc[0] - sc[1] - 3.0).abs() < 1e-9, "{sc:?}");
        // A child pointing back up is refused (it could loop).
        let mut bad = m.clone();
        bad.trees[0].left[0] = 0;
        assert!(Model::from_json(&serde_json::to_string(&bad).unwrap()).is_err());
    }
}
