//! `dateline tag`: list the temporal expressions of an article (a plain
//! listing or JSON), or re-tag TimeML documents (`--format timeml`).

use std::path::{Path, PathBuf};

use dateline::brief::{self, BriefOptions};
use dateline::error::{exit, Error};
use dateline::ingest::{self, ReadOptions};
use dateline::temporal::Tagger;
use dateline::timeml;

use super::{parse_date, read_input, write_output};

/// Output format of `dateline tag`.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum TagFormat {
    /// One expression per line: text, type, value (tab-separated); with
    /// more than one article, each listing opens with a `## ORIGIN` line
    /// (the file, or FILE:LINE for JSON Lines) and a blank line parts them.
    #[value(alias = "plain")]
    Markdown,
    /// `{"schema": 1, "origin": ..., "dct": ..., "timexes": [...]}`, one
    /// line per article.
    Json,
    /// TimeML in, TimeML out: FILE|DIR... (DIR: every *.tml in it).
    Timeml,
}

#[derive(clap::Args)]
pub struct TagArgs {
    /// The article (a file, or - for standard input); with --format timeml,
    /// one or more TimeML files or folders.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD); wins over metadata and datelines.
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Time zone of the article, as an IANA name (America/New_York): reads
    /// publication times written without a zone or in UTC, as `brief` does,
    /// so that both commands work from the same publication date.
    #[arg(long, value_parser = ingest::parse_tz, value_name = "ZONE")]
    tz: Option<chrono_tz::Tz>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    format: TagFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// With --format timeml: write each document to DIR/NAME instead of
    /// standard output.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

pub fn run(a: TagArgs) -> Result<i32, Error> {
    if a.format == TagFormat::Timeml {
        return run_timeml(&a);
    }
    if a.out_dir.is_some() {
        return Err(Error::Usage(
            "--out-dir only applies to --format timeml".into(),
        ));
    }
    if let Some(o) = &a.output {
        super::refuse_overwrite(o, "-o", a.inputs.iter().map(Path::new))?;
    }
    // Like brief/timeline: a bad article in a file of many (JSON Lines, a
    // JSON list) is reported on stderr as `file:line: reason` and skipped,
    // the others are still tagged, and the exit status is PARTIAL. When
    // nothing could be tagged, the last error is the error.
    // one (origin, listing) per article; the origin is printed only when
    // there is more than one
    let mut listings: Vec<(String, String)> = Vec::new();
    let mut errors: Vec<Error> = Vec::new();
    for input in &a.inputs {
        let bytes = match read_input(input) {
            Ok(b) => b,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let results = ingest::read_each(
            input,
            &bytes,
            &ReadOptions {
                date: a.date,
                tz: a.tz,
                ..Default::default()
            },
        );
        for r in results {
            let art = match r {
                Ok(art) => {
                    super::warn(&art);
                    art
                }
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let origin = art.origin.clone();
            let mut out = String::new();
            let b = brief::build(art, Tagger::global(), &BriefOptions::default());
            match a.format {
                TagFormat::Json => {
                    // each timex with its text (offsets are bytes of the article as read)
                    let timexes: Vec<serde_json::Value> = b
                        .timexes
                        .iter()
                        .map(|t| {
                            let mut v = serde_json::to_value(t).unwrap_or_default();
                            if let Some(o) = v.as_object_mut() {
                                o.insert("text".into(), b.article.text[t.start..t.end].into());
                            }
                            v
                        })
                        .collect();
                    out.push_str(
                        &serde_json::json!({
                            "schema": 1,
                            "origin": origin,
                            "dct": b.article.dct,
                            "timexes": timexes
                        })
                        .to_string(),
                    );
                    out.push('\n');
                }
                _ => {
                    for t in &b.timexes {
                        // one line per expression, even when the text wraps
                        // inside it ("until Jan.\n14")
                        let words: Vec<&str> =
                            b.article.text[t.start..t.end].split_whitespace().collect();
                        out.push_str(&format!(
                            "{}\t{}\t{}\n",
                            words.join(" "),
                            t.kind.as_str(),
                            t.value
                        ));
                    }
                }
            }
            listings.push((origin, out));
        }
    }
    if listings.is_empty() {
        let last = errors
            .pop()
            .unwrap_or_else(|| Error::input(a.inputs.join(", "), "no article found in the input"));
        for e in &errors {
            eprintln!("dateline: {e}");
        }
        return Err(last);
    }
    for e in &errors {
        eprintln!("dateline: {e}");
    }
    let out = if listings.len() == 1 || a.format == TagFormat::Json {
        listings.into_iter().map(|(_, l)| l).collect::<String>()
    } else {
        // several articles: a heading names each one, as in a Markdown
        // document ("## fixtures/a.txt"), and a blank line parts them
        let mut out = String::new();
        for (k, (origin, l)) in listings.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(&format!("## {origin}\n{l}"));
        }
        out
    };
    write_output(a.output.as_deref(), &out)?;
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::PARTIAL
    })
}

/// Every TimeML file named or found (one level deep, `*.tml`, sorted) in the inputs.
fn expand(inputs: &[String]) -> Vec<Result<PathBuf, Error>> {
    let mut out = Vec::new();
    for i in inputs {
        let p = Path::new(i);
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    let mut files: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "tml"))
                        .collect();
                    files.sort();
                    if files.is_empty() {
                        out.push(Err(Error::input(i, "folder holds no *.tml file")));
                    }
                    out.extend(files.into_iter().map(Ok));
                }
                Err(e) => out.push(Err(Error::input(i, format!("cannot read folder: {e}")))),
            }
        } else {
            out.push(Ok(p.to_path_buf()));
        }
    }
    out
}

fn run_timeml(a: &TagArgs) -> Result<i32, Error> {
    if a.output.is_some() && a.out_dir.is_some() {
        return Err(Error::Usage(
            "give either -o FILE or --out-dir DIR, not both".into(),
        ));
    }
    if let Some(d) = &a.out_dir {
        std::fs::create_dir_all(d).map_err(|e| Error::Io {
            path: d.display().to_string(),
            source: e,
        })?;
    }
    let tagger = Tagger::global();
    let files = expand(&a.inputs);
    if files.len() > 1 && a.out_dir.is_none() && a.output.is_some() {
        return Err(Error::Usage(
            "several documents: use --out-dir DIR instead of -o".into(),
        ));
    }
    // re-tagging gold files in place would destroy the annotation
    let paths = files.iter().filter_map(|f| f.as_ref().ok());
    if let Some(o) = &a.output {
        super::refuse_overwrite(o, "-o", paths.clone().map(PathBuf::as_path))?;
    }
    if let Some(d) = &a.out_dir {
        for p in paths {
            if let Some(name) = p.file_name() {
                super::refuse_overwrite(&d.join(name), "--out-dir", [p.as_path()])?;
            }
        }
    }
    let (mut ok, mut failed) = (0usize, 0usize);
    let mut stdout = String::new();
    for f in files {
        let res = f.and_then(|path| {
            let name = path.display().to_string();
            let bytes = read_input(&name)?;
            let doc = timeml::retag(&name, bytes, tagger)?;
            match (&a.out_dir, &a.output) {
                (Some(d), _) => {
                    let file = path
                        .file_name()
                        .map(PathBuf::from)
                        .unwrap_or_else(|| "out.tml".into());
                    write_output(Some(&d.join(file)), &doc)
                }
                (None, Some(o)) => write_output(Some(o), &doc),
                (None, None) => {
                    stdout.push_str(&doc);
                    Ok(())
                }
            }
        });
        match res {
            Ok(()) => ok += 1,
            Err(e) => {
                eprintln!("dateline: {e}");
                failed += 1;
            }
        }
    }
    if !stdout.is_empty() {
        write_output(None, &stdout)?;
    }
    Ok(match (ok, failed) {
        (_, 0) => exit::OK,
        (0, _) => exit::INPUT,
        _ => exit::PARTIAL,
    })
}
