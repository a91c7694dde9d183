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
    #[arg(long, conflicts_with = "words")]
    sentences: Option<usize>,
    /// Instead of a sentence count: at most this many words, whole sentences only.
    #[arg(long)]
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

    let mut out = String::new();
    let mut failed = 0usize;
    for input in &a.inputs {
        let docs = match read_input(input).and_then(|b| read_docs(input, &b, a.date)) {
            Ok(d) => d,
            Err(e) if a.inputs.len() > 1 => {
                eprintln!("dateline: {e}");
                failed += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        for d in &docs {
            let sentences = segment::split(&d.text, d.body.clone());
            if a.features {
                let an = summary::analyze(&d.text, &sentences, &d.title);
                let dump = FeatureDump {
                    id: &d.id,
                    features: &summary::FEATURES,
                    sentences: sentences.iter().map(|s| one_line(&d.text, s)).collect(),
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
            let lines: Vec<String> = chosen
                .iter()
                .map(|&i| one_line(&d.text, &sentences[i]))
                .collect();
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
                    out.push_str(&format!("## {}\n\n", one_line_str(heading)));
                    for l in &lines {
                        out.push_str(&format!("- {l}\n"));
                    }
                }
            }
        }
    }
    write_output(a.output.as_deref(), &out)?;
    Ok(if failed > 0 { exit::PARTIAL } else { exit::OK })
}

/// A sentence on one line: runs of whitespace (line breaks included) become
/// one space.
fn one_line(text: &str, s: &segment::Sentence) -> String {
    one_line_str(text.get(s.start..s.end).unwrap_or(""))
}

fn one_line_str(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// JSON article fields this command reads. `date`/`published` are accepted
/// and not needed: a summary does not depend on the date.
#[derive(serde::Deserialize)]
struct JsonArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// Read the articles of one input. JSON and JSON Lines are read here;
/// everything else goes through `dateline::ingest`.
fn read_docs(
    origin: &str,
    bytes: &[u8],
    date: Option<chrono::NaiveDate>,
) -> Result<Vec<Doc>, Error> {
    let s = std::str::from_utf8(bytes).map_err(|e| {
        Error::input(
            origin,
            format!(
                "not valid UTF-8 (byte {}); convert the file to UTF-8",
                e.valid_up_to()
            ),
        )
    })?;
    if s.trim_start().starts_with('{') {
        let one: Result<JsonArticle, _> = serde_json::from_str(s);
        let rows: Vec<(usize, &str)> = match one {
            Ok(_) => vec![(0, s)],
            Err(_) => s
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(n, l)| (n + 1, l))
                .collect(),
        };
        let mut docs = Vec::with_capacity(rows.len());
        for (line, row) in rows {
            let origin_here = if line == 0 {
                origin.to_string()
            } else {
                format!("{origin}:{line}")
            };
            let j: JsonArticle = serde_json::from_str(row).map_err(|e| Error::Input {
                path: origin.to_string(),
                line: (line > 0).then_some(line),
                reason: format!("not a JSON article: {e}"),
            })?;
            let text = j.text.ok_or_else(|| Error::Input {
                path: origin.to_string(),
                line: (line > 0).then_some(line),
                reason: "the article has no `text` field".into(),
            })?;
            let id = match j.id {
                Some(serde_json::Value::String(s)) => s,
                Some(serde_json::Value::Null) | None => origin_here,
                Some(v) => v.to_string(),
            };
            docs.push(Doc {
                id,
                title: j.title.unwrap_or_default(),
                body: 0..text.len(),
                text,
            });
        }
        return Ok(docs);
    }
    let opts = dateline::ingest::ReadOptions {
        // A summary does not depend on the date; ingest requires one only to
        // build an Article, so any fixed day will do when none is given.
        date: Some(date.unwrap_or(chrono::NaiveDate::MIN)),
    };
    let articles = dateline::ingest::read(origin, bytes, &opts)?;
    Ok(articles
        .into_iter()
        .map(|a| Doc {
            id: a.id.unwrap_or_else(|| a.origin.clone()),
            title: a.title,
            text: a.text,
            body: a.body,
        })
        .collect())
}
