//! `dateline` reads English news articles, finds every temporal expression,
//! resolves it against the article's publication date (its *dateline*), orders
//! what happened and what is scheduled into a timeline, and renders a Markdown
//! briefing.
//!
//! The pipeline has one module per stage, each with plain data in and out:
//!
//! | stage | module | in | out |
//! |---|---|---|---|
//! | ingest | [`ingest`] | bytes + path | [`ingest::Article`] (text, headline, dateline) |
//! | segment | [`segment`] | `&str` | [`segment::Sentence`] spans |
//! | temporal | [`temporal`] | text + sentences + DCT | [`temporal::Timex`] spans with TIMEX3 values |
//! | timeline | [`timeline`] | sentences + timexes + DCT | [`timeline::Timeline`] |
//! | summary | [`summary`] | sentences (+ headline) | chosen sentence indices |
//! | render | [`render`] | [`brief::Brief`] | Markdown or JSON |
//!
//! [`brief::build`] runs the stages for one article.

pub mod brief;
pub mod config;
pub mod daily;
pub mod error;
pub mod ingest;
pub mod render;
pub mod segment;
pub mod summary;
pub mod temporal;
pub mod timeline;
pub mod timeml;

pub use error::{Error, Result};
