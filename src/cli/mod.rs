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

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Find, resolve and order the dates in English news articles; render Markdown briefings."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render the briefing of one article: headline, summary, timeline, what comes next.
    Brief(brief::BriefArgs),
    /// Print only the timeline of one article.
    Timeline(brief::TimelineArgs),
    /// List every temporal expression with its resolved value (or tag TimeML files).
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

/// Read a file, or standard input for `-`.
pub fn read_input(path: &str) -> Result<Vec<u8>, Error> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::input("-", format!("cannot read standard input: {e}")))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))
    }
}

/// Write `out` to `path` (atomically: a temporary file in the same folder,
/// then rename) or to standard output when `path` is `None`.
pub fn write_output(path: Option<&Path>, out: &str) -> Result<(), Error> {
    use std::io::Write;
    match path {
        None => {
            let mut so = std::io::stdout().lock();
            so.write_all(out.as_bytes())
                .and_then(|_| so.flush())
                .map_err(|e| Error::Io {
                    path: "<stdout>".into(),
                    source: e,
                })
        }
        Some(p) => {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp: PathBuf = dir.join(format!(".{name}.dateline-tmp-{}", std::process::id()));
            let io = |e| Error::Io {
                path: p.display().to_string(),
                source: e,
            };
            std::fs::write(&tmp, out).map_err(io)?;
            std::fs::rename(&tmp, p).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io(e)
            })
        }
    }
}
