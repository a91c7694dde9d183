//! `dateline summarize`: extractive summaries of one or many articles.
//!
//! With `--format json`, one line per article: `{"id": ..., "summary": "first
//! sentence\nsecond sentence"}` (one chosen sentence per line, internal
//! whitespace collapsed), the shape ROUGE scorers read. `id` is the
//! article's `id` field when it has one, else its origin (`path`, or
//! `path:line` for JSON Lines).

use std::path::PathBuf;

use serde::Serialize;

use dateline::error::{exit, Error};
use dateline::ingest;
use dateline::render;
use dateline::segment;
use dateline::summary::{self, Length, Method, Model};

use super::{read_input, write_output, Format};

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
enum MethodArg {
    /// Scored sentences with redundancy removal (see the summary module docs).
    Model,
    /// The first sentences (the Lead-N baseline).
    Lead,
}

#[derive(clap::Args)]
pub struct SummarizeArgs {
    /// Articles: files (plain text, Markdown, JSON, JSON Lines), or - for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: Format,
    /// Sentences per summary (default 3).
    #[arg(long, conflicts_with = "words", value_parser = super::brief::positive, value_name = "N")]
    sentences: Option<usize>,
    /// Instead of a sentence count: at most this many words, whole sentences only.
    #[arg(long, value_parser = super::brief::positive, value_name = "N")]
    words: Option<usize>,
    /// How to choose sentences.
    #[arg(long, value_enum, default_value = "model")]
    method: MethodArg,
    /// Publication date (YYYY-MM-DD) for inputs that carry none; summaries do
    /// not use it.
    #[arg(long, value_parser = super::parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Wrap Markdown lines at this width; 0 turns wrapping off.
    #[arg(long, default_value_t = 80)]
    width: usize,
    /// Use this model file instead of the built-in one (training and evaluation).
    #[arg(long, hide = true)]
    model: Option<PathBuf>,
    /// Print each sentence's feature row as JSON Lines (training).
    #[arg(long, hide = true)]
    features: bool,
}

/// One article as the summarizer needs it.
struct Doc {
    id: String,
    title: String,
    text: String,
    body: std::ops::Range<usize>,
    /// The opening dateline ("(CNN)", "PARIS, April 17 (Reuters)"), left out
    /// of the printed sentence that holds it.
    dateline: Option<std::ops::Range<usize>>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    id: &'a str,
    summary: String,
}

#[derive(Serialize)]
struct FeatureDump<'a> {
    id: &'a str,
    features: &'a [&'a str],
    sentences: Vec<String>,
    rows: &'a [[f64; summary::features::NF]],
    headline: &'a [f64],
}

pub fn run(a: SummarizeArgs) -> Result<i32, Error> {
    let length = match (a.sentences, a.words) {
        (_, Some(w)) => Length::Words(w),
        (Some(n), None) => Length::Sentences(n),
        (None, None) => Length::Sentences(3),
    };
    let model = match &a.model {
        None => None,
        Some(p) => {
            let s = std::fs::read_to_string(p).map_err(|e| Error::Io {
                path: p.display().to_string(),
                source: e,
            })?;
            Some(Model::from_json(&s).map_err(|e| Error::input(p.display().to_string(), e))?)
        }
    };
    let model = model.as_ref().unwrap_or_else(|| Model::builtin());
    let method = match a.method {
        MethodArg::Model => Method::Model,
        MethodArg::Lead => Method::Lead,
    };

    if let Some(o) = &a.output {
        super::refuse_overwrite(o, "-o", a.inputs.iter().map(std::path::Path::new))?;
    }
    let mut out = String::new();
    let mut failed = 0usize;
    for input in &a.inputs {
        let results = match read_input(input) {
            Ok(b) => read_docs(input, &b, a.date),
            Err(e) => vec![Err(e)],
        };
        let single = a.inputs.len() == 1 && results.len() == 1;
        for r in results {
            let d = match r {
                Ok(d) => d,
                Err(e) if single => return Err(e),
                Err(e) => {
                    eprintln!("dateline: {e}");
                    failed += 1;
                    continue;
                }
            };
            let sentences = segment::split(&d.text, d.body.clone());
            if a.features {
                let an = summary::analyze(&d.text, &sentences, &d.title);
                let dump = FeatureDump {
                    id: &d.id,
                    features: &summary::FEATURES,
                    sentences: sentences.iter().map(|s| d.sentence(s)).collect(),
                    rows: &an.rows,
                    headline: &an.headline,
                };
                out.push_str(&serde_json::to_string(&dump).expect("plain data serializes"));
                out.push('\n');
                continue;
            }
            let chosen = match method {
                Method::Model => {
                    summary::summarize_with(&d.text, &sentences, &d.title, length, model)
                }
                Method::Lead => summary::lead(&d.text, &sentences, length),
            };
            let lines: Vec<String> = chosen.iter().map(|&i| d.sentence(&sentences[i])).collect();
            match a.format {
                Format::Json => {
                    let j = JsonSummary {
                        id: &d.id,
                        summary: lines.join("\n"),
                    };
                    out.push_str(&serde_json::to_string(&j).expect("plain data serializes"));
                    out.push('\n');
                }
                Format::Markdown => {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    let heading = if d.title.trim().is_empty() {
                        &d.id
                    } else {
                        &d.title
                    };
                    // article text is escaped as brief escapes it: it cannot
                    // open a link, an HTML tag or emphasis
                    let heading = render::escape_inline(&one_line_str(heading));
                    out.push_str(&format!("## {heading}\n\n"));
                    for l in &lines {
                        out.push_str(&render::wrap(
                            &render::escape_inline(l),
                            a.width,
                            "- ",
                            "  ",
                        ));
                        out.push('\n');
                    }
                }
            }
        }
    }
    write_output(a.output.as_deref(), &out)?;
    Ok(if failed > 0 { exit::PARTIAL } else { exit::OK })
}

impl Doc {
    /// A sentence as printed: on one line (runs of whitespace, line breaks
    /// included, become one space), without the opening dateline and the dash
    /// after it.
    fn sentence(&self, s: &segment::Sentence) -> String {
        one_line_str(ingest::without_dateline(
            &self.text,
            s.start..s.end,
            self.dateline.as_ref(),
        ))
    }
}

fn one_line_str(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Read the articles of one input through `dateline::ingest` (plain text,
/// Markdown, JSON, JSON Lines). One result per article, so a bad JSON Lines
/// row does not sink the others. A summary does not depend on the
/// publication date, so the date is always given (`--date`, else a fixed
/// day): an article without one, or with a date ingest cannot read, is still
/// summarized.
fn read_docs(
    origin: &str,
    bytes: &[u8],
    date: Option<chrono::NaiveDate>,
) -> Vec<Result<Doc, Error>> {
    let opts = ingest::ReadOptions {
        date: Some(date.unwrap_or(chrono::NaiveDate::MIN)),
        ..Default::default()
    };
    ingest::read_each(origin, bytes, &opts)
        .into_iter()
        .map(|r| r.map(Doc::from))
        .collect()
}

impl From<ingest::Article> for Doc {
    fn from(a: ingest::Article) -> Doc {
        Doc {
            id: a.id.unwrap_or_else(|| a.origin.clone()),
            // A title made from the first sentence says nothing the body
            // does not: the summarizer gets no headline then.
            title: if a.title_derived {
                String::new()
            } else {
                a.title
            },
            dateline: a.dateline,
            text: a.text,
            body: a.body,
        }
    }
}
