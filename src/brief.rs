//! One article through every stage: the data a briefing is rendered from.

use serde::Serialize;

use crate::ingest::Article;
use crate::segment::{self, Sentence};
use crate::summary::{self, Length};
use crate::temporal::{Tagger, Timex};
use crate::timeline::{self, Timeline};

/// Options for building a brief.
#[derive(Debug, Clone, Default)]
pub struct BriefOptions {
    pub summary: Length,
}

/// Everything the pipeline learned about one article.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub timexes: Vec<Timex>,
    /// Indices into `sentences`, in article order.
    pub summary: Vec<usize>,
    pub timeline: Timeline,
}

/// Run segment, tag, timeline and summary over one article.
pub fn build(article: Article, tagger: &Tagger, opts: &BriefOptions) -> Brief {
    let mut brief = analyze(article, tagger);
    brief.summary = summary::summarize(
        &brief.article.text,
        &brief.sentences,
        &brief.article.title,
        opts.summary,
    );
    brief
}

/// [`build`] without the summary (left empty): segment, tag and timeline.
/// For callers that summarize only some articles (the daily brief).
pub fn analyze(article: Article, tagger: &Tagger) -> Brief {
    let sentences = segment::split(&article.text, article.body.clone());
    let timexes = tagger.tag(&article.text, &sentences, article.dct);
    let timeline = timeline::build(&article.text, &sentences, &timexes, article.dct);
    Brief {
        article,
        sentences,
        timexes,
        summary: Vec::new(),
        timeline,
    }
}
