//! Extractive summary: choose whole sentences of the article.
//!
//! In: the article text, its sentences and headline. Out: indices of the chosen
//! sentences, in article order.

use crate::segment::Sentence;

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Sentences(usize),
    Words(usize),
}

impl Default for Length {
    fn default() -> Self {
        Length::Sentences(3)
    }
}

/// Choose sentences; returns sentence indices in article order.
pub fn summarize(text: &str, sentences: &[Sentence], headline: &str, length: Length) -> Vec<usize> {
    let _ = headline;
    match length {
        Length::Sentences(n) => (0..sentences.len().min(n)).collect(),
        Length::Words(w) => {
            let mut out = Vec::new();
            let mut total = 0;
            for (i, s) in sentences.iter().enumerate() {
                let n = s.text(text).split_whitespace().count();
                if total > 0 && total + n > w {
                    break;
                }
                total += n;
                out.push(i);
            }
            out
        }
    }
}
