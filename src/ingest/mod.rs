//! Ingest: bytes in, [`Article`] out.
//!
//! # Formats and how they are detected
//!
//! | format | chosen when |
//! |---|---|
//! | JSON Lines | the name ends in `.jsonl` or `.ndjson`; or the content starts with `{`, is not one JSON value, and its first line is a JSON object |
//! | JSON | the name ends in `.json`; or the content starts with `{`, or with `[` and is a valid JSON list |
//! | Markdown | the name ends in `.md` or `.markdown`; or the content starts with a `---` or `+++` front-matter fence, or with a `# ` heading |
//! | plain text | anything else (`.txt`, no extension, standard input) |
//!
//! So a `.txt` file (or standard input) that starts with `{` is read as JSON
//! (or JSON Lines): text that starts with a brace is almost always JSON, and
//! if it is broken JSON the error says where. Content decides only when the
//! extension does not (`.md`, `.json`, `.jsonl` are trusted).
//!
//! * **Plain text**: a header (headline on the first non-empty line, an
//!   optional deck line, bylines, stand-alone date lines; the rules are in
//!   [`plain`]), then paragraphs.
//! * **Markdown**: optional front matter ([`frontmatter`]: YAML between
//!   `---` lines or TOML between `+++` lines), then a header as in plain text
//!   except that the headline is a leading `# Title` line and there is no
//!   deck line (the deck comes from the front matter).
//! * **JSON**: one article object, or a list of them; fields in [`json`].
//! * **JSON Lines**: one article object per line; blank lines are skipped.
//!   [`read_each`] gives one result per line, so a bad line does not sink the
//!   others.
//!
//! # Text, body and offsets
//!
//! [`Article::text`] is the text every offset in the pipeline refers to
//! (byte offsets, as used by [`crate::segment::split`], the tagger and the
//! JSON output):
//!
//! * plain text and Markdown: the whole file as read, byte for byte
//!   (front matter, headline and any byte-order mark included);
//! * JSON and JSON Lines: the value of the article's `text` field.
//!
//! [`Article::body`] is the byte range of `text` that holds the story: it
//! starts at the first non-space character after the front matter, the
//! headline, the deck, bylines and stand-alone date lines at the top, and
//! runs to the end of `text`. An
//! opening dateline ("PARIS, April 17 (Reuters) - ...") is part of the first
//! paragraph and stays in the body.
//!
//! # Title
//!
//! The title is the metadata `title` (front matter or JSON) when it is a
//! non-empty string, else the headline line. When there is neither (JSON
//! with `"title": null`, as in the CNN corpus; a file whose first line is a
//! paragraph), the title is the first sentence of the body without its
//! opening dateline ("(CNN)"), and [`Article::title_derived`] is true.
//!
//! # Publication date (DCT)
//!
//! In order of priority:
//!
//! 1. [`ReadOptions::datetime`] or [`ReadOptions::date`] (`--date`): a
//!    date-time gives its date in [`ReadOptions::tz`] if set, else in its own
//!    offset.
//! 2. Metadata: `published`, else `date` (front matter or JSON), read by
//!    [`metatime`] (the date in the article's zone: `--tz`, else the zone in
//!    the timestamp, else UTC). A metadata date that cannot be read is an
//!    error (not silently skipped); one without a year counts only when
//!    [`ReadOptions::reference`] gives the year.
//! 3. A dateline in the text: a stand-alone date line in the header (a
//!    "Published" or unlabelled one before an "Updated" one), else the date
//!    in the opening dateline of the body. A date without a year ("PARIS,
//!    April 17 (Reuters)") counts only when [`ReadOptions::reference`] is
//!    set: the year is the one that puts the date on or before the
//!    reference (up to 7 days after it is allowed) and less than a year
//!    before it ([`metatime::recent_year`]). The clock is never read.
//!
//! No date: [`Error::NoDate`].
//!
//! # Errors
//!
//! Every error names the input (and the line, for JSON syntax errors, JSON
//! Lines, front matter and invalid UTF-8): not UTF-8, empty (or only
//! whitespace), binary (a NUL byte), malformed JSON / front matter, a field
//! of the wrong type, a JSON article without `text`, an article with no
//! sentences in its body, an unreadable metadata date. Nothing panics.

pub mod dateline;
pub mod frontmatter;
pub mod json;
pub mod metatime;
pub mod plain;

use std::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::segment;

use dateline::{DatelineDate, Label};
use json::{DateField, Meta};
use metatime::{Stamp, TimeError};
use plain::HeadlineRule;

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
    /// Byte range of the body in `text`: from the first non-space byte after
    /// the front matter, headline, deck, bylines and stand-alone date lines,
    /// to the end of `text` (see "Text, body and offsets" in the module docs).
    pub body: std::ops::Range<usize>,
    /// True when the input had no title and `title` is the body's first
    /// sentence (see the module docs).
    pub title_derived: bool,
    /// The publication moment in the article's zone, when the source of the
    /// DCT gave a time of day.
    pub published: Option<DateTime<FixedOffset>>,
    /// Byte range in `text` of the dateline that opens the body
    /// ("PARIS, April 17 (Reuters)", dash excluded), if any.
    pub dateline: Option<Range<usize>>,
    /// Things the reader should check, each a whole message that names the
    /// file and line ("the date line says Thursday, but 2025-04-18 is a
    /// Friday"). They do not stop the article; the CLI prints them on
    /// standard error.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// The text of `sentence` (a byte range of `text`) as a summary shows it:
/// trimmed, and without the opening `dateline` ("PARIS, April 17 (Reuters)")
/// and the dash or colon after it when the sentence holds it. A sentence
/// that is nothing but the dateline is kept whole.
pub fn without_dateline<'a>(
    text: &'a str,
    sentence: Range<usize>,
    dateline: Option<&Range<usize>>,
) -> &'a str {
    let Some(s) = text.get(sentence.clone()) else {
        return "";
    };
    if let Some(dl) = dateline {
        if sentence.start <= dl.start && dl.end < sentence.end {
            if let Some(rest) = text.get(dl.end..sentence.end) {
                let rest = rest.trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | ':')
                });
                if !rest.trim().is_empty() {
                    return rest.trim();
                }
            }
        }
    }
    s.trim()
}

/// Options for reading articles.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Publication date given by the caller; wins over everything else.
    pub date: Option<NaiveDate>,
    /// Publication moment given by the caller (an RFC 3339 `--date`); wins
    /// over `date`. Its date is taken in `tz` if set, else in its own offset.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The articles' zone (`--tz`): reads times without a zone and gives the
    /// date of times with one.
    pub tz: Option<Tz>,
    /// A date near publication (e.g. the daily brief's date). It only gives
    /// the year to dates written without one; it is never a DCT itself.
    pub reference: Option<NaiveDate>,
}

impl ReadOptions {
    /// Set `date` or `datetime` from a `--date` value: `YYYY-MM-DD` or an
    /// RFC 3339 date-time ("2025-04-17T15:15:00-04:00").
    pub fn set_date_arg(&mut self, s: &str) -> std::result::Result<(), String> {
        let (date, datetime) = parse_date_arg(s)?;
        self.date = Some(date);
        self.datetime = datetime;
        Ok(())
    }
}

/// Parse a `--date` value: `YYYY-MM-DD`, or an RFC 3339 date-time (its date
/// is the one written, in its own offset).
pub fn parse_date_arg(
    s: &str,
) -> std::result::Result<(NaiveDate, Option<DateTime<FixedOffset>>), String> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok((d, None));
    }
    match DateTime::parse_from_rfc3339(s) {
        Ok(dt) => Ok((dt.date_naive(), Some(dt))),
        Err(_) => Err(format!(
            "`{s}` is not a date; write it as YYYY-MM-DD (2025-04-17) or as an RFC 3339 date-time (2025-04-17T15:15:00-04:00)"
        )),
    }
}

/// Parse a `--tz` value: an IANA zone name such as `America/New_York`.
pub fn parse_tz(s: &str) -> std::result::Result<Tz, String> {
    s.trim().parse::<Tz>().map_err(|_| {
        format!(
            "`{s}` is not a time zone; use an IANA name such as America/New_York or Europe/Paris"
        )
    })
}

/// The input formats (see the module docs for detection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Json,
    JsonLines,
}

/// Read every article in `bytes` (one, or several for JSON Lines or a JSON
/// list). `origin` names the input in messages. Fails on the first bad
/// article; see [`read_each`] to keep the good ones.
pub fn read(origin: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Vec<Article>> {
    read_each(origin, bytes, opts).into_iter().collect()
}

/// Read every article in `bytes`, one result per article: for JSON Lines,
/// one per non-blank line, so that one bad line does not sink the others.
/// A problem with the whole input (empty, binary, not JSON) is a single
/// error.
pub fn read_each(origin: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<Article>> {
    match detect(origin, bytes) {
        Format::JsonLines => read_json_lines(origin, bytes, opts),
        format => match whole_text(origin, bytes) {
            Err(e) => vec![Err(e)],
            Ok(text) => match format {
                Format::Json => read_json(origin, text, opts),
                Format::Markdown => vec![read_markdown(origin, text, opts)],
                _ => vec![read_plain(origin, text, opts)],
            },
        },
    }
}

/// File extensions (lowercase, without the dot) of the formats ingest reads,
/// for callers that walk folders (the daily brief).
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "json", "jsonl", "ndjson"];

/// Whether `path` has one of [`EXTENSIONS`] (case-insensitive).
pub fn has_article_extension(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Read the file at `path` and every article in it, as [`read_each`]; a
/// file that cannot be read is one error naming it.
pub fn read_path(path: &std::path::Path, opts: &ReadOptions) -> Vec<Result<Article>> {
    let origin = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => read_each(&origin, &bytes, opts),
        Err(e) => vec![Err(Error::input(origin, format!("cannot read: {e}")))],
    }
}

/// Detect the format of `bytes` named `origin` (see the module docs).
pub fn detect(origin: &str, bytes: &[u8]) -> Format {
    let ext = std::path::Path::new(origin)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let content = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = content
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(content.len());
    let content = &content[start..];
    let sniff_json = || {
        if serde_json::from_slice::<serde::de::IgnoredAny>(content).is_ok() {
            return Format::Json;
        }
        let first = content.split(|&b| b == b'\n').next().unwrap_or(b"");
        match serde_json::from_slice::<Value>(first) {
            Ok(Value::Object(_)) => Format::JsonLines,
            _ => Format::Json,
        }
    };
    match ext.as_str() {
        "jsonl" | "ndjson" => Format::JsonLines,
        "json" => sniff_json(),
        "md" | "markdown" => Format::Markdown,
        _ => {
            if content.starts_with(b"{") {
                sniff_json()
            } else if content.starts_with(b"[")
                && serde_json::from_slice::<Vec<Map<String, Value>>>(content).is_ok()
            {
                Format::Json
            } else if bytes
                .strip_prefix(b"\xef\xbb\xbf")
                .unwrap_or(bytes)
                .starts_with(b"---")
                || bytes
                    .strip_prefix(b"\xef\xbb\xbf")
                    .unwrap_or(bytes)
                    .starts_with(b"+++")
                || content.starts_with(b"# ")
            {
                let text = std::str::from_utf8(bytes).unwrap_or("");
                let from = bom_len(text);
                if content.starts_with(b"# ") || frontmatter::starts_with_fence(text, from) {
                    Format::Markdown
                } else {
                    Format::Plain
                }
            } else {
                Format::Plain
            }
        }
    }
}

fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// Check the whole input: no NUL byte, valid UTF-8, not blank.
fn whole_text(origin: &str, bytes: &[u8]) -> Result<String> {
    check_bytes(origin, bytes, 1)?;
    let text = std::str::from_utf8(bytes).expect("checked");
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(Error::input(origin, "empty file: no article to read"));
    }
    Ok(text.to_string())
}

/// Reject binary data and invalid UTF-8; `first_line` is the 1-based line
/// number of `bytes[0]` in the file.
fn check_bytes(origin: &str, bytes: &[u8], first_line: usize) -> Result<()> {
    let line_of = |i: usize| first_line + bytes[..i].iter().filter(|&&b| b == b'\n').count();
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::input_at(
            origin,
            line_of(i),
            format!("binary data (a NUL byte at byte {i}), not an article"),
        ));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let i = e.valid_up_to();
        return Err(Error::input_at(
            origin,
            line_of(i),
            format!("not valid UTF-8 (byte {i}); convert the file to UTF-8"),
        ));
    }
    Ok(())
}

fn read_plain(origin: &str, text: String, opts: &ReadOptions) -> Result<Article> {
    let from = bom_len(&text);
    build(
        origin,
        text,
        from,
        HeadlineRule::FirstLine,
        Meta::default(),
        opts,
    )
}

fn read_markdown(origin: &str, text: String, opts: &ReadOptions) -> Result<Article> {
    let from = bom_len(&text);
    let (meta, body_from) = match frontmatter::read(&text, from) {
        Err((line, reason)) => return Err(input_err(origin, line, reason)),
        Ok(None) => (Meta::default(), from),
        Ok(Some(fm)) => {
            let meta = Meta::from_object(&fm.fields).map_err(|r| {
                let line = frontmatter::line_of_named_key(&text[from..fm.end], &r)
                    .map(|l| l + text[..from].matches('\n').count());
                input_err(origin, line, format!("front matter: {r}"))
            })?;
            (meta, fm.end)
        }
    };
    build(
        origin,
        text,
        body_from,
        HeadlineRule::MarkdownHeading,
        meta,
        opts,
    )
}

fn read_json(origin: &str, text: String, opts: &ReadOptions) -> Vec<Result<Article>> {
    let objects = match json::parse_document(text.trim_start_matches('\u{feff}')) {
        Ok(o) => o,
        Err((line, reason)) => return vec![Err(input_err(origin, line, reason))],
    };
    let many = objects.len() > 1;
    objects
        .iter()
        .enumerate()
        .map(|(i, obj)| {
            let name = if many {
                format!("{origin}[{}]", i + 1)
            } else {
                origin.to_string()
            };
            from_object(&name, obj, opts)
        })
        .collect()
}

fn read_json_lines(origin: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<Article>> {
    let mut out = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        let raw = if i == 0 {
            raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
        } else {
            raw
        };
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = check_bytes(origin, raw, line_no).and_then(|_| {
            let line = std::str::from_utf8(raw).expect("checked");
            let obj = json::parse_line(line).map_err(|r| Error::input_at(origin, line_no, r))?;
            from_object(&format!("{origin}:{line_no}"), &obj, opts)
                .map_err(|e| at_line(e, origin, line_no))
        });
        out.push(result);
    }
    if out.is_empty() {
        out.push(Err(Error::input(origin, "empty file: no article to read")));
    }
    out
}

/// An error from one JSON Lines article, reported as `path:line: reason`.
fn at_line(e: Error, origin: &str, line: usize) -> Error {
    match e {
        Error::Input { reason, .. } => Error::input_at(origin, line, reason),
        other => other,
    }
}

fn input_err(origin: &str, line: Option<usize>, reason: String) -> Error {
    match line {
        Some(l) => Error::input_at(origin, l, reason),
        None => Error::input(origin, reason),
    }
}

fn from_object(origin: &str, obj: &Map<String, Value>, opts: &ReadOptions) -> Result<Article> {
    let mut meta = Meta::from_object(obj).map_err(|r| Error::input(origin, r))?;
    let Some(text) = meta.text.take() else {
        return Err(Error::input(origin, "the article has no `text` field"));
    };
    if text.contains('\0') {
        return Err(Error::input(
            origin,
            "binary data (a NUL character) in `text`",
        ));
    }
    build(origin, text, 0, HeadlineRule::None, meta, opts)
}

/// Turn text and metadata into an article: header, DCT, title, checks.
fn build(
    origin: &str,
    text: String,
    from: usize,
    rule: HeadlineRule,
    meta: Meta,
    opts: &ReadOptions,
) -> Result<Article> {
    if text[from..].trim().is_empty() {
        let what = if rule == HeadlineRule::None {
            "the `text` field is empty"
        } else {
            "nothing after the front matter"
        };
        return Err(Error::input(origin, format!("no sentences: {what}")));
    }
    let header = plain::header(&text, from, rule, opts.tz);
    let rest = &text[header.body_start..];
    let body = header.body_start + rest.len() - rest.trim_start().len()..text.len();
    // only the first sentence is needed here (brief::build splits the body)
    let Some(first) = segment::first(&text, body.clone()) else {
        return Err(Error::input(
            origin,
            "no sentences: the article has no body text (nothing after its headline and date lines)",
        ));
    };
    let body_start = body.start;
    let opening = dateline::opening(&text[body_start..]);
    let dateline_span = opening
        .as_ref()
        .filter(|o| o.text_len > 0)
        .map(|o| body_start..body_start + o.text_len);

    let (dct, dct_source, published) = find_dct(origin, &meta, &header, opening.as_ref(), opts)?;
    let warnings = date_line_warnings(origin, &text, rule, &meta, &header, dct_source, dct);

    let span_text = |r: &Range<usize>| text[r.clone()].to_string();
    let meta_title = meta.title.filter(|t| !t.trim().is_empty());
    let (title, title_derived) = match (meta_title, &header.title) {
        (Some(t), _) => (t.trim().to_string(), false),
        (None, Some(r)) => (span_text(r), false),
        (None, None) => {
            let s = first.text(&text);
            let skip = opening
                .as_ref()
                .filter(|o| body_start == first.start && o.len < s.len())
                .map_or(0, |o| o.len);
            (s[skip..].trim().to_string(), true)
        }
    };
    let deck = meta.deck.or_else(|| header.deck.as_ref().map(span_text));
    Ok(Article {
        origin: origin.to_string(),
        id: meta.id,
        title,
        deck,
        source: meta.source,
        url: meta.url,
        story: meta.story,
        dct,
        dct_source,
        body,
        title_derived,
        published,
        dateline: dateline_span,
        text,
        warnings,
    })
}

/// Warnings about the text the DCT was read from: a day of the week that is
/// not the date's ("Published Thursday, April 18, 2025": April 18 is a
/// Friday; the date wins, being the more specific), and a numeric date that
/// reads two ways ("05/04/2025", read month first). Every relative date
/// hangs on the DCT, so the reader is told.
fn date_line_warnings(
    origin: &str,
    text: &str,
    rule: HeadlineRule,
    meta: &Meta,
    header: &plain::Header,
    source: DateSource,
    dct: NaiveDate,
) -> Vec<String> {
    use crate::render::weekday_name;
    use chrono::Datelike;
    let (place, written) = match source {
        DateSource::Option => return Vec::new(),
        DateSource::Metadata => match &meta.date {
            Some(DateField::Text { value, .. }) => (
                format!(
                    "{origin}: metadata field `{}`",
                    meta.date.as_ref().map_or("date", DateField::field)
                ),
                value.as_str(),
            ),
            _ => return Vec::new(),
        },
        DateSource::Dateline => {
            // the header line the date came from (an opening dateline
            // carries no weekday)
            let Some((span, _)) = header.datelines.iter().find(|(_, sa)| match sa.date {
                Some(DatelineDate::Full(s)) => s.date == dct,
                _ => false,
            }) else {
                return Vec::new();
            };
            let place = if rule == HeadlineRule::None {
                format!("{origin}: the date line in `text`")
            } else {
                let line = text[..span.start].matches('\n').count() + 1;
                format!("{origin}:{line}: the date line")
            };
            (place, &text[span.clone()])
        }
    };
    let mut out = Vec::new();
    if let Some(named) = metatime::named_weekday(written).filter(|n| *n != dct.weekday()) {
        out.push(format!(
            "{place} says {}, but {dct} is a {}; dates are resolved against {dct} (pass --date YYYY-MM-DD if the weekday is the right one)",
            weekday_name(named),
            weekday_name(dct.weekday()),
        ));
    }
    // "05/04/2025": month first (US order) unless the first number cannot
    // be a month; a desk that writes the day first must be told
    if dct.day() <= 12 && dct.day() != dct.month() {
        let numeric = written.split_whitespace().find(|w| {
            let parts: Vec<&str> = w.trim_end_matches([',', '.']).split('/').collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        });
        if let Some(n) = numeric {
            out.push(format!(
                "{place} writes {n}, read month first as {dct}; if the day comes first, write the date as YYYY-MM-DD or pass --date"
            ));
        }
    }
    out
}

type Dct = (NaiveDate, DateSource, Option<DateTime<FixedOffset>>);

fn find_dct(
    origin: &str,
    meta: &Meta,
    header: &plain::Header,
    opening: Option<&dateline::Opening>,
    opts: &ReadOptions,
) -> Result<Dct> {
    // 1. the caller
    if let Some(dt) = opts.datetime {
        let local = match opts.tz {
            Some(tz) => dt.with_timezone(&tz).fixed_offset(),
            None => dt,
        };
        return Ok((local.date_naive(), DateSource::Option, Some(local)));
    }
    if let Some(d) = opts.date {
        return Ok((d, DateSource::Option, None));
    }
    // 2. metadata
    let mut year_less_meta = None;
    if let Some(field) = &meta.date {
        let parsed = match field {
            DateField::Text { value, .. } => metatime::parse(value, opts.tz),
            DateField::Unix { value, .. } => metatime::from_unix(*value, opts.tz),
        };
        match parsed {
            Ok(s) => return Ok((s.date, DateSource::Metadata, s.datetime)),
            Err(TimeError::NoYear { month, day, .. }) => year_less_meta = Some((month, day)),
            Err(TimeError::Invalid(reason) | TimeError::Words(reason)) => {
                return Err(Error::input(
                    origin,
                    format!(
                        "metadata field `{}`: {reason}; fix it, or pass --date YYYY-MM-DD",
                        field.field()
                    ),
                ))
            }
        }
    }
    // 3. datelines in the text: full dates first, published before updated,
    // header lines before the opening dateline.
    let mut candidates: Vec<(Label, DatelineDate)> = header
        .datelines
        .iter()
        .filter_map(|(_, sa)| sa.date.map(|d| (sa.label, d)))
        .collect();
    candidates.sort_by_key(|(label, _)| *label);
    if let Some(d) = opening.and_then(|o| o.date) {
        candidates.push((Label::Published, d));
    }
    if let Some((_, DatelineDate::Full(s))) = candidates
        .iter()
        .find(|(_, d)| matches!(d, DatelineDate::Full(_)))
    {
        let Stamp { date, datetime } = *s;
        return Ok((date, DateSource::Dateline, datetime));
    }
    if let Some(reference) = opts.reference {
        if let Some((m, d)) = year_less_meta {
            if let Some(date) = metatime::recent_year(m, d, reference) {
                return Ok((date, DateSource::Metadata, None));
            }
        }
        for (_, d) in &candidates {
            if let DatelineDate::NoYear { month, day } = d {
                if let Some(date) = metatime::recent_year(*month, *day, reference) {
                    return Ok((date, DateSource::Dateline, None));
                }
            }
        }
    }
    // Say what was found instead, if anything: a date line that is no
    // date, or a dateline without a year.
    let month =
        |m: u32| chrono::Month::try_from(u8::try_from(m).unwrap_or(0)).map_or("?", |m| m.name());
    let hint = header
        .datelines
        .iter()
        .find_map(|(_, sa)| {
            sa.invalid
                .as_ref()
                .map(|r| format!("the date line is not a date ({r})"))
        })
        .or_else(|| {
            candidates.iter().find_map(|(_, d)| match d {
                DatelineDate::NoYear { month: m, day } => Some(format!(
                    "the dateline gives {} {day} without a year",
                    month(*m)
                )),
                DatelineDate::Full(_) => None,
            })
        });
    Err(Error::NoDate {
        path: origin.to_string(),
        hint,
    })
}
