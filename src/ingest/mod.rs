//! Ingest: bytes in, [`Article`] out.
//!
//! Formats: plain text (headline on the first non-empty line, optional deck,
//! paragraphs), Markdown with YAML or TOML front matter, one JSON article
//! object, JSON Lines (one article per line). The publication date (DCT) comes
//! from the caller (`--date`), else the metadata, else a dateline in the text.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Result};

/// Where the publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Given on the command line (`--date`).
    Option,
    /// Front matter or a JSON field.
    Metadata,
    /// A dateline in the text ("PARIS, April 17 (Reuters) -", "Published April 17, 2025").
    Dateline,
}

/// One article, ready for the pipeline.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// Where it came from, for messages: a path, `-` for stdin, `path:line` for JSON Lines.
    pub origin: String,
    /// `id` from JSON metadata, if any.
    pub id: Option<String>,
    pub title: String,
    pub deck: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// A story id from the metadata (used to group articles in the daily brief).
    pub story: Option<String>,
    /// The publication date (document creation time).
    pub dct: NaiveDate,
    pub dct_source: DateSource,
    /// The article text as read: the whole file for plain text and Markdown,
    /// the `text` field for JSON. Every offset in the pipeline is a byte
    /// offset into this string.
    pub text: String,
    /// Byte range of the body in `text` (headline, deck, front matter and a
    /// stand-alone dateline line excluded).
    pub body: std::ops::Range<usize>,
}

/// Options for reading articles.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Publication date given by the caller; wins over everything else.
    pub date: Option<NaiveDate>,
}

/// Read every article in `bytes` (one, or several for JSON Lines).
/// `origin` names the input in messages.
pub fn read(origin: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Vec<Article>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::input(
            origin,
            format!(
                "not valid UTF-8 (byte {}); convert the file to UTF-8",
                e.valid_up_to()
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(Error::input(origin, "empty file: no article to read"));
    }
    let text = text.to_string();
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    let title = first.trim().to_string();
    let body_start = first.len();
    let dct = opts.date.ok_or_else(|| Error::NoDate {
        path: origin.to_string(),
    })?;
    Ok(vec![Article {
        origin: origin.to_string(),
        id: None,
        title,
        deck: None,
        source: None,
        url: None,
        story: None,
        dct,
        dct_source: DateSource::Option,
        body: body_start..text.len(),
        text,
    }])
}
