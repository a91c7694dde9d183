//! The scoring model: a linear function of the standardized features, read
//! from `model.json` (written by `scripts/train-summary.py`).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::features::{Analysis, FEATURES, NF};

/// A linear sentence-scoring model plus the selection settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// Feature names, in row order; must equal [`FEATURES`].
    pub features: Vec<String>,
    /// Per-feature mean and scale used to standardize a row.
    pub mean: Vec<f64>,
    pub scale: Vec<f64>,
    /// Per-feature weight on the standardized value.
    pub weights: Vec<f64>,
    /// Weight of the headline overlap (0..1). Not learned: the training
    /// split has no headlines.
    pub headline_weight: f64,
    /// MMR trade-off: how much similarity to an already chosen sentence
    /// costs, on the scale of the (0..1, min-max normalized) scores.
    pub redundancy: f64,
    /// Free-form provenance (how and on what the weights were fitted).
    #[serde(default)]
    pub note: String,
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
        if !m.headline_weight.is_finite() || !m.redundancy.is_finite() {
            return Err("model headline_weight and redundancy must be finite".into());
        }
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
        a.rows
            .iter()
            .zip(&a.headline)
            .map(|(row, &h)| {
                let dot: f64 = row.iter().zip(&coef).map(|(x, c)| x * c).sum();
                self.headline_weight * h + dot - offset
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
}
