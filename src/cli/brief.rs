//! `dateline brief` and `dateline timeline`.

use std::path::PathBuf;

use dateline::brief::{self, BriefOptions};
use dateline::error::{exit, Error};
use dateline::ingest::{self, ReadOptions};
use dateline::render::{self, RenderOptions};
use dateline::summary::Length;
use dateline::temporal::Tagger;

use super::{parse_date, read_input, write_output, Format};

#[derive(clap::Args)]
pub struct BriefArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Sentences in the summary.
    #[arg(long, default_value_t = 3)]
    sentences: usize,
    /// Wrap prose at this width; 0 turns wrapping off.
    #[arg(long, default_value_t = 80)]
    width: usize,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Wrap prose at this width; 0 turns wrapping off.
    #[arg(long, default_value_t = 80)]
    width: usize,
}

#[derive(clap::Args)]
pub struct InputArgs {
    /// The article: a file, or - for standard input.
    pub article: String,
    /// Publication date (YYYY-MM-DD); wins over metadata and datelines.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn run_brief(a: BriefArgs) -> Result<i32, Error> {
    run_inner(
        &a.input,
        BriefOptions {
            summary: Length::Sentences(a.sentences),
        },
        a.width,
        true,
    )
}

pub fn run_timeline(a: TimelineArgs) -> Result<i32, Error> {
    run_inner(&a.input, BriefOptions::default(), a.width, false)
}

fn run_inner(
    input: &InputArgs,
    opts: BriefOptions,
    width: usize,
    full: bool,
) -> Result<i32, Error> {
    let bytes = read_input(&input.article)?;
    let articles = ingest::read(
        &input.article,
        &bytes,
        &ReadOptions {
            date: input.date,
            ..Default::default()
        },
    )?;
    let tagger = Tagger::global();
    let ropts = RenderOptions {
        width,
        template: None,
    };
    let mut out = String::new();
    for a in articles {
        let b = brief::build(a, tagger, &opts);
        let s = match (full, input.format) {
            (true, Format::Markdown) => render::markdown(&b, &ropts)?,
            (false, Format::Markdown) => render::timeline_markdown(&b, &ropts)?,
            (_, Format::Json) => serde_json::to_string_pretty(&b).expect("serializable") + "\n",
        };
        out.push_str(&s);
    }
    write_output(input.output.as_deref(), &out)?;
    Ok(exit::OK)
}
