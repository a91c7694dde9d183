//! Command-line definitions (clap) and dispatch. One file per subcommand.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use dateline::error::Error;

mod brief;
mod daily;
mod gen;
mod summarize;
mod tag;

/// Where the publication date comes from, and what is read: shared by the
/// long help of the one-article subcommands.
const INPUT_HELP: &str = "\
The publication date (the dateline every relative date is resolved against) \
comes from, in order: --date; else the article's metadata (`published`, else \
`date`, in front matter or JSON); else a dateline in the text (a date line \
under the headline, or the date opening the body). A dateline without a year \
needs --date. There is no fallback to today: no date is exit status 2.

Formats read (by extension: .md .markdown .json .jsonl .ndjson; else by \
content, e.g. on standard input): plain text (headline on \
the first line, optional deck, paragraphs); Markdown with YAML (---) or TOML \
(+++) front matter (title, date or published, source, url, deck or \
subtitle); one JSON article object (title, published or date, text, source, \
url); JSON Lines, one article per line. UTF-8 only.";

const TOP_HELP: &str = "\
Examples:
  dateline brief fixtures/harbor-fire.txt
  dateline tag fixtures/paris-talks.txt --date 2025-04-17 --format json
  dateline summarize articles.jsonl --format json -o summaries.jsonl
  dateline daily newsroom/ --date 2025-04-17 -o brief-2025-04-17.md

Exit status: 0 success; 2 bad command line or configuration, or no \
publication date (pass --date); 3 an input could not be used (unreadable, \
not UTF-8, empty, binary, no sentences); 4 template error; 5 output could \
not be written; 6 some inputs failed (daily, summarize; brief and timeline \
on a JSON Lines file), each reported, and the output was still written.
Errors are one line on stderr naming the file (and line where it applies).";

const BRIEF_AFTER: &str = "\
Defaults for --template, --width, --sentences, --date-style and --tz come from \
./dateline.toml (or --config FILE; --no-config ignores it); flags win.

Examples:
  dateline brief fixtures/harbor-fire.txt -o brief.md
  dateline brief - --date 2025-04-17 < article.txt
  dateline brief fixtures/wire-roundup.jsonl --format json

Exit status: 0 ok; 2 bad option or configuration, or no publication date; \
3 unusable input; 4 template error; 5 output not written; 6 a JSON Lines \
file had bad articles: each is reported (file:line) and skipped, the others \
are written.";

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Find, resolve and order the dates in English news articles; render Markdown briefings.",
    after_help = TOP_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render the briefing of one article: headline, summary, timeline, what comes next.
    #[command(
        long_about = format!(
            "Render the Markdown (or JSON) briefing of one article: headline, \
extractive summary, timeline of what happened, what comes next. A JSON Lines \
file gives one briefing per article.\n\n{INPUT_HELP}"
        ),
        after_long_help = BRIEF_AFTER
    )]
    Brief(brief::BriefArgs),
    /// Print only the timeline of one article.
    #[command(
        long_about = format!(
            "Print only the timeline of one article: each dated sentence under its \
resolved date, in date order, split into what happened (on or before the \
publication date) and what comes next.\n\n{INPUT_HELP}"
        ),
        after_long_help = BRIEF_AFTER
            .replace("dateline brief", "dateline timeline")
            .replace(", --sentences", "")
            .replace("brief.md", "timeline.md")
    )]
    Timeline(brief::TimelineArgs),
    /// List every temporal expression with its resolved value (or tag TimeML files).
    #[command(
        long_about = format!(
            "List every temporal expression (TIMEX3) in the body of an article with \
its type (DATE, TIME, DURATION, SET) and its value resolved against the \
publication date; --format json gives byte offsets into the text as read (see \
docs/json-schema.md). The header (headline, deck, bylines, date lines) is not \
tagged: headlines drop the tense that places a bare weekday, and their dates \
are usually told again in the body. Several articles (files, or JSON Lines) are listed \
one after the other, each under a `## ORIGIN` line.\n\n{INPUT_HELP}"
        ),
        after_long_help = "Examples:\n  dateline tag fixtures/harbor-fire.txt\n  \
dateline tag fixtures/paris-talks.txt --date 2025-04-17 --format json"
    )]
    Tag(tag::TagArgs),
    /// Write extractive summaries (one JSON line per article with --format json).
    Summarize(summarize::SummarizeArgs),
    /// Build the daily brief from many articles.
    Daily(daily::DailyArgs),
    /// Print shell completions (bash, zsh or fish) to standard output.
    Completions(gen::CompletionsArgs),
    /// Print the man page (roff) to standard output.
    Man,
}

/// Output format shared by the subcommands.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
}

/// Run a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32, Error> {
    match cli.command {
        Command::Brief(a) => brief::run_brief(a),
        Command::Timeline(a) => brief::run_timeline(a),
        Command::Tag(a) => tag::run(a),
        Command::Summarize(a) => summarize::run(a),
        Command::Daily(a) => daily::run(a),
        Command::Completions(a) => gen::completions(a),
        Command::Man => gen::man(),
    }
}

/// Parse a `--date` value.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2025-04-17"))
}

/// Print an article's warnings (see [`dateline::ingest::Article::warnings`]) on
/// standard error.
pub fn warn(a: &dateline::ingest::Article) {
    for w in &a.warnings {
        eprintln!("dateline: warning: {w}");
    }
}

/// Refuse to write `out` over one of `inputs` (the same file by any
/// spelling or link): the article would be lost.
pub fn refuse_overwrite<'a>(
    out: &Path,
    option: &str,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<(), Error> {
    let Ok(o) = std::fs::canonicalize(out) else {
        return Ok(());
    };
    for i in inputs {
        if i.as_os_str() != "-" && std::fs::canonicalize(i).is_ok_and(|c| c == o) {
            return Err(Error::Usage(format!(
                "{}: {option} names the input {}; write to another file",
                out.display(),
                i.display()
            )));
        }
    }
    Ok(())
}

/// Check, before anything is written, that `path` (given with `option`) can
/// be an output file: not a folder, and in a folder that exists. A command
/// with two outputs checks both first, so that a bad second one does not
/// leave the first written and the run failed.
pub fn check_output(path: &Path, option: &str) -> Result<(), Error> {
    if path.as_os_str() == "-" {
        return Ok(());
    }
    let problem = if path.is_dir() {
        Some(format!("is a folder; give {option} a file name"))
    } else {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        (!dir.is_dir()).then(|| {
            format!(
                "cannot write ({option}): the folder {} does not exist",
                dir.display()
            )
        })
    };
    match problem {
        Some(p) => Err(Error::Io {
            path: path.display().to_string(),
            source: std::io::Error::other(p),
        }),
        None => Ok(()),
    }
}

/// Write `out` into whatever `p` opens (a device, a pipe, a terminal).
fn write_through(p: &Path, out: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(p)?;
    match f.write_all(out.as_bytes()).and_then(|()| f.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}

/// Read a file, or standard input for `-`.
pub fn read_input(path: &str) -> Result<Vec<u8>, Error> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::input("-", format!("cannot read standard input: {e}")))?;
        Ok(buf)
    } else if Path::new(path).is_dir() {
        Err(Error::input(
            path,
            "is a folder, not an article; give one file (dateline daily reads folders)",
        ))
    } else {
        std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))
    }
}

/// Write `out` to `path` (atomically: a temporary file in the same folder,
/// then rename) or to standard output when `path` is `None` or `-`.
///
/// What `path` names is respected: a symbolic link to a file is followed
/// and the file it names is replaced (the link stays); an existing file
/// keeps its permissions; anything that is not a plain file (`/dev/null`,
/// `/dev/stdout`, a named pipe) is written to, never replaced.
pub fn write_output(path: Option<&Path>, out: &str) -> Result<(), Error> {
    use std::io::Write;
    // `-o -` is standard output, as `-` is standard input.
    let path = path.filter(|p| p.as_os_str() != "-");
    match path {
        None => {
            let mut so = std::io::stdout().lock();
            match so.write_all(out.as_bytes()).and_then(|_| so.flush()) {
                // The reader went away (`dateline brief x | head`): not an
                // error worth a message, as with other Unix tools.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.map_err(|e| Error::Io {
                    path: "<stdout>".into(),
                    source: e,
                }),
            }
        }
        Some(p) => {
            let io = |e: std::io::Error| Error::Io {
                path: p.display().to_string(),
                source: std::io::Error::new(e.kind(), format!("cannot write: {e}")),
            };
            let link = std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink());
            let target = if link {
                std::fs::canonicalize(p).ok()
            } else {
                None
            };
            let resolved = target.as_deref().unwrap_or(p);
            let meta = std::fs::metadata(resolved);
            match &meta {
                // a device, a pipe, or a link we cannot resolve to a path
                // (/dev/stdout -> /proc/self/fd/1 -> pipe:[...]): write
                // through it
                Ok(m) if !m.is_file() && !m.is_dir() => return write_through(p, out).map_err(io),
                Err(_) if link => return write_through(p, out).map_err(io),
                _ => {}
            }
            let mode = meta.ok().map(|m| m.permissions());
            let p = resolved;
            check_output(p, "-o")?;
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp: PathBuf = dir.join(format!(".{name}.dateline-tmp-{}", std::process::id()));
            std::fs::write(&tmp, out)
                .and_then(|()| match &mode {
                    Some(m) => std::fs::set_permissions(&tmp, m.clone()),
                    None => Ok(()),
                })
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    io(e)
                })?;
            std::fs::rename(&tmp, p).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io(e)
            })
        }
    }
}
