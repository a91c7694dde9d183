//! `dateline brief` and `dateline timeline`.

use std::path::PathBuf;

use dateline::brief::{self, BriefOptions};
use dateline::error::{exit, Error};
use dateline::ingest::{self, ReadOptions};
use dateline::render::{self, DateStyle, JsonKind, RenderOptions};
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
    #[command(flatten)]
    render: RenderArgs,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    render: RenderArgs,
}

#[derive(clap::Args)]
pub struct InputArgs {
    /// The article: a file, or - for standard input.
    pub article: String,
    /// Publication date: YYYY-MM-DD, or an RFC 3339 date-time
    /// (2025-04-17T15:15:00-04:00); wins over metadata and datelines.
    #[arg(long, value_parser = parse_date_value, value_name = "DATE")]
    pub date: Option<DateArg>,
    /// Time zone of the article, as an IANA name (America/New_York): reads
    /// publication times written without a zone, and gives the date of an
    /// RFC 3339 --date.
    #[arg(long, value_parser = ingest::parse_tz, value_name = "ZONE")]
    pub tz: Option<chrono_tz::Tz>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: Format,
    /// Write to this file instead of standard output (atomically: nothing is
    /// written when anything fails).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// A `--date` value: a day, or a moment with its offset.
#[derive(Clone, Copy, Debug)]
pub struct DateArg {
    pub date: chrono::NaiveDate,
    pub datetime: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// Parse `--date`: `YYYY-MM-DD`, else an RFC 3339 date-time.
fn parse_date_value(s: &str) -> Result<DateArg, String> {
    if let Ok(date) = parse_date(s.trim()) {
        return Ok(DateArg {
            date,
            datetime: None,
        });
    }
    ingest::parse_date_arg(s).map(|(date, datetime)| DateArg { date, datetime })
}

impl InputArgs {
    /// The ingest options these arguments ask for.
    // Field by field: the ingest stage may add options.
    #[allow(clippy::field_reassign_with_default)]
    pub fn read_options(&self) -> ReadOptions {
        let mut o = ReadOptions::default();
        o.date = self.date.map(|d| d.date);
        o.datetime = self.date.and_then(|d| d.datetime);
        o.tz = self.tz;
        o
    }
}

/// How dates are written.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum DateStyleArg {
    /// "Sat, Apr 12, 2025", "week of Apr 21, 2025", "March 2025".
    Readable,
    /// "2025-04-12", "week of 2025-04-21", "2025-03".
    Iso,
    /// AP style: "Thursday, April 17", "Sept. 5", "Aug. 1, 2024".
    Ap,
}

impl From<DateStyleArg> for DateStyle {
    fn from(a: DateStyleArg) -> Self {
        match a {
            DateStyleArg::Readable => DateStyle::Readable,
            DateStyleArg::Iso => DateStyle::Iso,
            DateStyleArg::Ap => DateStyle::Ap,
        }
    }
}

#[derive(clap::Args)]
pub struct RenderArgs {
    /// Wrap prose at this width; 0 turns wrapping off.
    #[arg(long, default_value_t = 80)]
    width: usize,
    /// A minijinja template to use instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// How dates are written.
    #[arg(long, value_enum, default_value = "readable")]
    date_style: DateStyleArg,
}

pub fn run_brief(a: BriefArgs) -> Result<i32, Error> {
    run_inner(
        &a.input,
        BriefOptions {
            summary: Length::Sentences(a.sentences),
        },
        &a.render,
        JsonKind::Brief,
    )
}

pub fn run_timeline(a: TimelineArgs) -> Result<i32, Error> {
    run_inner(
        &a.input,
        BriefOptions::default(),
        &a.render,
        JsonKind::Timeline,
    )
}

/// Read a `--template` file; a problem with it is a template error.
fn read_template(path: &std::path::Path) -> Result<(String, String), Error> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::Template {
        name: name.clone(),
        line: None,
        reason: format!("cannot read: {e}"),
    })?;
    let src = String::from_utf8(bytes).map_err(|e| Error::Template {
        name: name.clone(),
        line: None,
        reason: format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
    })?;
    Ok((name, src))
}

/// `-o` naming the article itself would destroy it: refuse.
fn refuse_to_overwrite_input(input: &InputArgs) -> Result<(), Error> {
    let Some(out) = &input.output else {
        return Ok(());
    };
    if input.article == "-" {
        return Ok(());
    }
    let same = match (
        std::fs::canonicalize(out),
        std::fs::canonicalize(&input.article),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::Usage(format!(
            "{}: -o names the input article; write the brief to another file",
            out.display()
        )));
    }
    Ok(())
}

fn run_inner(
    input: &InputArgs,
    opts: BriefOptions,
    r: &RenderArgs,
    kind: JsonKind,
) -> Result<i32, Error> {
    // The template is read before the article so that a broken template is
    // reported even for articles that would fail later.
    let template = r.template.as_deref().map(read_template).transpose()?;
    refuse_to_overwrite_input(input)?;
    let bytes = read_input(&input.article)?;
    let articles = ingest::read(&input.article, &bytes, &input.read_options())?;
    let tagger = Tagger::global();
    let ropts = RenderOptions {
        width: r.width,
        template,
        date_style: r.date_style.into(),
    };
    let mut parts = Vec::with_capacity(articles.len());
    for a in articles {
        let b = brief::build(a, tagger, &opts);
        if b.sentences.is_empty() {
            return Err(Error::input(
                b.article.origin.clone(),
                "no sentences found: the article has no body text to brief",
            ));
        }
        let s = match (kind, input.format) {
            (JsonKind::Brief, Format::Markdown) => render::markdown(&b, &ropts)?,
            (JsonKind::Timeline, Format::Markdown) => render::timeline_markdown(&b, &ropts)?,
            (_, Format::Json) => render::json(&b, kind, ropts.date_style),
        };
        parts.push(s);
    }
    // JSON: one object per line (JSON Lines). Markdown: briefs separated by
    // a rule.
    let out = match input.format {
        Format::Json => parts.concat(),
        Format::Markdown => parts.join("\n---\n\n"),
    };
    write_output(input.output.as_deref(), &out)?;
    Ok(exit::OK)
}
