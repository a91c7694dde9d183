//! `dateline daily`: many articles into one daily brief.
//!
//! Exit status: 0 all inputs used; 6 (`exit::PARTIAL`) some inputs could not
//! be used (each reported on stderr with its path and the reason), the brief
//! was still written; 3 (`exit::INPUT`) no usable article, or any bad input
//! with `--strict` (nothing is written); 2 bad options or configuration, or
//! `-o`/`--ics` naming one of the inputs; 4 template error; 5 output error.
//!
//! Each article keeps its own publication date from its metadata or dateline;
//! `--date` is the brief's date and never stands in for a missing one (an
//! article without a date is a bad input).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use dateline::brief::Brief;
use dateline::config::Config;
use dateline::daily::ics::{self, IcsOptions};
use dateline::daily::input::{self, Input};
use dateline::daily::render::{self as drender, DailyRenderOptions};
use dateline::daily::{self, DailyOptions, DateStyle, Skipped};
use dateline::error::{exit, Error};
use dateline::ingest::{Article, ReadOptions};
use dateline::temporal::Tagger;

use super::{parse_date, read_input, write_output, Format};

#[derive(clap::Args)]
#[command(
    after_help = "Exit status: 0 every input used; 6 some inputs could not be used (reported on \
stderr), the brief was still written; 3 no usable article, or --strict and a bad input (nothing \
written); 2 bad option or configuration, or -o/--ics naming an input; 4 template error; 5 output \
error."
)]
pub struct DailyArgs {
    /// Files, folders (read recursively: .txt .md .markdown .json .jsonl
    /// .ndjson), JSON Lines files, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// The brief's date (YYYY-MM-DD): events after it are what comes next.
    /// Articles keep their own publication dates.
    #[arg(long, value_parser = parse_date)]
    date: chrono::NaiveDate,
    /// Write the brief to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write what comes next as an iCalendar file.
    #[arg(long, value_name = "FILE")]
    ics: Option<PathBuf>,
    /// Stamp the iCalendar events with the current time instead of the
    /// brief's date (makes the file differ between runs).
    #[arg(long, requires = "ics")]
    ics_now: bool,
    /// Any bad input is a failure: write nothing, exit 3.
    #[arg(long)]
    strict: bool,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    config: super::brief::ConfigArgs,
    /// A template to use instead of the built-in daily.md.j2.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// Wrap prose at this width; 0 turns wrapping off [default: 80].
    #[arg(long)]
    width: Option<usize>,
    /// Sentences in each story summary [default: 3].
    #[arg(long, value_parser = super::brief::positive, value_name = "N")]
    sentences: Option<usize>,
    /// How dates are written: readable, iso or ap [default: readable].
    #[arg(long, value_parser = dateline::daily::dates::parse_style)]
    date_style: Option<DateStyle>,
    /// Time zone of clock times in the articles (an IANA name such as
    /// America/New_York); used for timed calendar events.
    #[arg(long)]
    tz: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: Format,
}

/// Articles before a progress bar is worth showing.
const PROGRESS_MIN: usize = 8;

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Report a bad input. An article without a date gets advice that fits
/// `daily`, where --date is the brief's date and cannot date an article.
fn report(e: &Error) {
    match e {
        Error::NoDate { path, hint } => {
            let why = hint
                .as_deref()
                .unwrap_or("none in its metadata or dateline");
            eprintln!(
                "dateline: {path}: skipped, no publication date ({why}); give it a `published` date in its metadata or a dated dateline (in daily, --date is the brief's date, not the article's)"
            );
        }
        e => eprintln!("dateline: {e}"),
    }
}

pub fn run(a: DailyArgs) -> Result<i32, Error> {
    // configuration (the same flags and checks as brief), then flags over it
    let cfg = a.config.load()?;
    let Config {
        template: cfg_template,
        daily_template,
        brief_template: _,
        timeline_template: _,
        width: cfg_width,
        sentences: cfg_sentences,
        date_style: cfg_style,
        tz: cfg_tz,
    } = cfg;
    let width = a.width.or(cfg_width).unwrap_or(80);
    let sentences = a.sentences.or(cfg_sentences).unwrap_or(3);
    let date_style = a.date_style.or(cfg_style).unwrap_or_default();
    let tz = match a.tz.as_deref().or(cfg_tz.as_deref()) {
        None => None,
        Some(t) => Some(t.parse::<chrono_tz::Tz>().map_err(|_| {
            Error::Usage(format!(
                "unknown time zone `{t}`; use an IANA name such as America/New_York"
            ))
        })?),
    };
    let template = match a.template.clone().or(daily_template).or(cfg_template) {
        None => None,
        Some(p) => {
            let src = std::fs::read_to_string(&p).map_err(|e| Error::Template {
                name: p.display().to_string(),
                line: None,
                reason: format!("cannot read: {e}"),
            })?;
            Some((p.display().to_string(), src))
        }
    };

    // inputs; the outputs must not be one of them
    let (inputs, folder_problems) = input::collect(&a.inputs);
    for out in [a.output.as_deref(), a.ics.as_deref()]
        .into_iter()
        .flatten()
    {
        for i in &inputs {
            if let Input::File(p) = i {
                if same_file(p, out) {
                    return Err(Error::Usage(format!(
                        "{}: is one of the inputs; refusing to write over it (choose another -o/--ics file)",
                        out.display()
                    )));
                }
            }
        }
    }
    // both outputs are checked before anything is read or written
    if let Some(o) = &a.output {
        super::check_output(o, "-o")?;
    }
    if let Some(i) = &a.ics {
        super::check_output(i, "--ics")?;
    }
    if a.output.is_some() && a.output == a.ics {
        return Err(Error::Usage(
            "-o and --ics name the same file; give them different names".into(),
        ));
    }

    // read (in parallel, results in input order)
    // articles keep their own dates; the brief's date only gives a year to
    // datelines written without one
    let ropts = ReadOptions {
        reference: Some(a.date),
        tz,
        ..ReadOptions::default()
    };
    let units: Vec<Vec<Result<Article, Error>>> = inputs
        .par_iter()
        .map(|i| input::read(i, || read_input("-"), &ropts))
        .collect();
    let mut problems: Vec<Error> = folder_problems;
    let mut articles = Vec::new();
    for r in units.into_iter().flatten() {
        match r {
            Ok(art) => {
                super::warn(&art);
                if art.dct > a.date {
                    eprintln!(
                        "dateline: warning: {}: published {}, after the brief's date {}; its dates are read against its own",
                        art.origin, art.dct, a.date
                    );
                }
                articles.push(art)
            }
            Err(e) => problems.push(e),
        }
    }
    for e in &problems {
        report(e);
    }
    if a.strict && !problems.is_empty() {
        eprintln!(
            "dateline: --strict: {} bad input(s); nothing written",
            problems.len()
        );
        return Ok(exit::INPUT);
    }
    if articles.is_empty() {
        return Err(Error::input(
            a.inputs.join(" "),
            "no usable article in the inputs",
        ));
    }

    // every article through the pipeline, in parallel
    let tagger = Tagger::global();
    let bar =
        (!a.quiet && std::io::stderr().is_terminal() && articles.len() > PROGRESS_MIN).then(|| {
            let pb = indicatif::ProgressBar::with_draw_target(
                Some(articles.len() as u64),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} articles {wide_bar} {elapsed}",
            ) {
                pb.set_style(style);
            }
            pb
        });
    let briefs: Vec<Brief> = articles
        .into_par_iter()
        .map(|art| {
            let b = daily::analyze(art, tagger);
            if let Some(pb) = &bar {
                pb.inc(1);
            }
            b
        })
        .collect();
    if let Some(pb) = &bar {
        pb.finish_and_clear();
    }

    let mut dopts = DailyOptions::new(a.date);
    dopts.sentences = sentences;
    dopts.date_style = date_style;
    let mut d = daily::build(&briefs, &dopts);
    d.skipped = problems
        .iter()
        .map(|e| match e {
            Error::Input { path, line, reason } => Skipped {
                origin: match line {
                    Some(l) => format!("{path}:{l}"),
                    None => path.clone(),
                },
                reason: reason.clone(),
            },
            Error::NoDate { path, hint } => Skipped {
                origin: path.clone(),
                reason: match hint {
                    Some(h) => format!("no publication date: {h}"),
                    None => "no publication date in its metadata or dateline".into(),
                },
            },
            other => Skipped {
                origin: String::new(),
                reason: other.to_string(),
            },
        })
        .collect();

    let out = match a.format {
        Format::Markdown => drender::markdown(&d, &DailyRenderOptions { width, template })?,
        Format::Json => drender::json(&d),
    };
    let cal = a.ics.as_ref().map(|_| {
        ics::calendar(
            &d,
            &IcsOptions {
                tz,
                dtstamp: a.ics_now.then(chrono::Utc::now),
            },
        )
    });
    write_output(a.output.as_deref(), &out)?;
    if let (Some(p), Some(c)) = (a.ics.as_deref(), cal) {
        write_output(Some(p), &c)?;
    }
    Ok(if problems.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    })
}
