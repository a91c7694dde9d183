//! `dateline brief` and `dateline timeline`.

use std::path::PathBuf;

use dateline::brief::{self, BriefOptions};
use dateline::config::{self, Config};
use dateline::daily::DateStyle as ConfigDateStyle;
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
    /// Sentences in the summary [default: 3, or `sentences` in the
    /// configuration].
    #[arg(long, value_parser = positive, value_name = "N", conflicts_with = "words")]
    sentences: Option<usize>,
    /// Instead of a sentence count: a summary of at most this many words,
    /// whole sentences only (at least one sentence).
    #[arg(long, value_parser = positive, value_name = "N")]
    words: Option<usize>,
    #[command(flatten)]
    render: RenderArgs,
    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    render: RenderArgs,
    #[command(flatten)]
    config: ConfigArgs,
}

/// A count of at least 1.
pub(crate) fn positive(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not a whole number")),
    }
}

/// Where a newsroom's defaults come from (see `dateline::config`).
#[derive(clap::Args)]
pub struct ConfigArgs {
    /// Read defaults (template, width, sentences, date_style, tz) from this
    /// TOML file instead of ./dateline.toml; flags win over it.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore ./dateline.toml.
    #[arg(long)]
    no_config: bool,
}

impl ConfigArgs {
    /// Load the configuration these arguments name (none, --config FILE, or
    /// ./dateline.toml when it exists).
    pub(crate) fn load(&self) -> Result<Config, Error> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let source = if self.no_config {
            config::Source::None
        } else if let Some(p) = &self.config {
            config::Source::File(p)
        } else {
            config::Source::Default(&cwd)
        };
        let (cfg, path) = config::load(source)?;
        if cfg.sentences == Some(0) {
            let name =
                path.map_or_else(|| "configuration".to_string(), |p| p.display().to_string());
            return Err(Error::Usage(format!(
                "{name}: `sentences` must be at least 1"
            )));
        }
        Ok(cfg)
    }
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
    /// publication times written without a zone or in UTC ("Z", "GMT"), and
    /// gives the date of an RFC 3339 --date. A zone the timestamp names
    /// itself ("11:30 p.m. ET", "-04:00") is the article's and wins.
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

impl From<ConfigDateStyle> for DateStyleArg {
    fn from(s: ConfigDateStyle) -> Self {
        match s {
            ConfigDateStyle::Readable => DateStyleArg::Readable,
            ConfigDateStyle::Iso => DateStyleArg::Iso,
            ConfigDateStyle::Ap => DateStyleArg::Ap,
        }
    }
}

#[derive(clap::Args)]
pub struct RenderArgs {
    /// Wrap prose at this width; 0 turns wrapping off [default: 80, or
    /// `width` in the configuration].
    #[arg(long)]
    width: Option<usize>,
    /// A minijinja template to use instead of the built-in one [or
    /// `template` in the configuration].
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// How dates are written [default: readable, or `date_style` in the
    /// configuration].
    #[arg(long, value_enum)]
    date_style: Option<DateStyleArg>,
}

/// Render settings once flags, configuration and built-in defaults are
/// combined (flags win over the configuration, which wins over defaults).
struct Settings {
    width: usize,
    template: Option<PathBuf>,
    date_style: DateStyleArg,
    tz: Option<chrono_tz::Tz>,
}

fn settings(
    r: &RenderArgs,
    input: &InputArgs,
    cfg: &Config,
    own_template: Option<&PathBuf>,
) -> Settings {
    Settings {
        width: r.width.or(cfg.width).unwrap_or(80),
        template: r
            .template
            .clone()
            .or_else(|| own_template.or(cfg.template.as_ref()).cloned()),
        date_style: r
            .date_style
            .or(cfg.date_style.map(DateStyleArg::from))
            .unwrap_or(DateStyleArg::Readable),
        // config::parse has already rejected unknown zones
        tz: input.tz.or_else(|| cfg.tz()),
    }
}

pub fn run_brief(a: BriefArgs) -> Result<i32, Error> {
    let cfg = a.config.load()?;
    let summary = match (a.sentences, a.words) {
        (_, Some(w)) => Length::Words(w),
        (Some(n), None) => Length::Sentences(n),
        (None, None) => Length::Sentences(cfg.sentences.unwrap_or(3)),
    };
    let s = settings(&a.render, &a.input, &cfg, cfg.brief_template.as_ref());
    run_inner(&a.input, BriefOptions { summary }, &s, JsonKind::Brief)
}

pub fn run_timeline(a: TimelineArgs) -> Result<i32, Error> {
    let cfg = a.config.load()?;
    let s = settings(&a.render, &a.input, &cfg, cfg.timeline_template.as_ref());
    run_inner(&a.input, BriefOptions::default(), &s, JsonKind::Timeline)
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
    r: &Settings,
    kind: JsonKind,
) -> Result<i32, Error> {
    // The template is read before the article so that a broken template is
    // reported even for articles that would fail later.
    let template = r.template.as_deref().map(read_template).transpose()?;
    refuse_to_overwrite_input(input)?;
    let bytes = read_input(&input.article)?;
    let mut ropts_in = input.read_options();
    ropts_in.tz = r.tz;
    let results = ingest::read_each(&input.article, &bytes, &ropts_in);
    let tagger = Tagger::global();
    let ropts = RenderOptions {
        width: r.width,
        template,
        date_style: r.date_style.into(),
    };
    // One article: its error is the error. Several (JSON Lines, a JSON
    // list): a bad article is reported on stderr with its line and skipped,
    // the others are still rendered, and the exit status is PARTIAL. A
    // template error stops everything.
    let many = results.len() > 1;
    let mut parts = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    // one environment and compiled template for every article
    let mut renderer = None;
    for r in results {
        let b = match r {
            Ok(a) => {
                super::warn(&a);
                brief::build(a, tagger, &opts)
            }
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if b.sentences.is_empty() {
            errors.push(Error::input(
                b.article.origin.clone(),
                "no sentences found: the article has no body text to brief",
            ));
            continue;
        }
        let s = match input.format {
            Format::Markdown => {
                // built at the first brief to render, as before, so a
                // template error still comes after the article's own
                let r = match renderer.take() {
                    Some(r) => r,
                    None => match kind {
                        JsonKind::Brief => render::Renderer::brief(&ropts)?,
                        JsonKind::Timeline => render::Renderer::timeline(&ropts)?,
                    },
                };
                let s = r.render(&b)?;
                renderer = Some(r);
                s
            }
            Format::Json => render::json(&b, kind, ropts.date_style),
        };
        parts.push(s);
    }
    if parts.is_empty() || (!many && !errors.is_empty()) {
        // nothing to write: report every error, exit with the last one's code
        let last = errors.pop().unwrap_or_else(|| {
            Error::input(input.article.clone(), "no article found in the input")
        });
        for e in &errors {
            eprintln!("dateline: {e}");
        }
        return Err(last);
    }
    for e in &errors {
        eprintln!("dateline: {e}");
    }
    // JSON: one object per line (JSON Lines). Markdown: briefs separated by
    // a rule.
    let out = match input.format {
        Format::Json => parts.concat(),
        Format::Markdown => parts.join("\n---\n\n"),
    };
    write_output(input.output.as_deref(), &out)?;
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    })
}
