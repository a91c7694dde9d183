//! Render: a [`Brief`] to Markdown (through minijinja templates) or JSON.
//!
//! # Markdown safety
//!
//! Every value a template prints with `{{ ... }}` goes through a Markdown
//! formatter ([`escape_inline`]) unless it is marked safe, so article text
//! cannot create links, images, HTML, headings, emphasis, code, list items,
//! block quotes or break a table, in the built-in templates and in a user's
//! `--template` alike. Escaping uses backslashes (CommonMark renders `\*`
//! as `*`) and the entities `&lt;`, `&gt;`, `&amp;`.
//!
//! Prose is wrapped by the `wrap` filter with textwrap at `--width` columns
//! (0 turns wrapping off). Lines break only at spaces, never inside a word,
//! so a word longer than the width stays whole on a line of its own. A word
//! that would open a Markdown block (`-`, `+`, `1.`, `12)`, `===`, `---`,
//! `:`) and lands at the start of a line gets a backslash and the paragraph
//! is wrapped again, so no wrapped line can start a list, a heading
//! underline or a rule, while the same words inside a line stay as written.
//!
//! # Templates
//!
//! `templates/brief.md.j2` and `templates/timeline.md.j2` are compiled into
//! the binary; `--template FILE` replaces the one in use. A template sees
//! the context documented in `docs/templates.md` (built by [`context`]) and
//! two filters: `wrap(initial="", subsequent="")` and `md` (escape
//! explicitly, e.g. before `safe`-marking). Errors name the template file
//! and line.
//!
//! # JSON
//!
//! [`json`] writes one object per article, schema version
//! [`JSON_SCHEMA_VERSION`], documented in `docs/json-schema.md`.

mod dates;

pub use dates::DateStyle;
pub(crate) use dates::{weekday_name, MONTHS};

use serde::Serialize;

use crate::brief::Brief;
use crate::error::{Error, Result};
use crate::ingest::DateSource;
use crate::timeline::{Event, Granularity};

/// Instructions a user's template may run before rendering stops with an
/// error: far more than any briefing needs, few enough that a template that
/// loops forever fails in well under a second. The built-in templates are
/// known to end, and run without a limit (a very long article is long to
/// render, not an error of a template nobody wrote).
pub const TEMPLATE_FUEL: u64 = 5_000_000;

/// The built-in templates, embedded so the binary runs from any folder.
pub const BRIEF_TEMPLATE: &str = include_str!("../../templates/brief.md.j2");
pub const TIMELINE_TEMPLATE: &str = include_str!("../../templates/timeline.md.j2");

/// Version of the JSON output schema (`"schema"` in every object).
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// Characters escaped with a backslash wherever they appear.
fn needs_backslash(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '@' | '$' | '^'
    )
}

/// Characters that end a line or are invisible controls: turned into a space
/// (line breaks) or dropped (other controls).
fn is_break(c: char) -> bool {
    c.is_ascii_whitespace() || matches!(c, '\u{0B}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Would `word`, at the start of a line, open a Markdown block? (List
/// items `-`, `+`, `1.`, `1)`; setext underlines and rules `---`, `===`;
/// definition-list items `:` in the dialects that have them, which some
/// parsers open without a space after the colon.)
/// The characters `*`, `#`, `>`, `<`, `` ` ``, `~`, `|` and `_` never reach
/// this test unescaped.
fn opens_block(word: &str) -> bool {
    let b = word.as_bytes();
    if b.is_empty() {
        return false;
    }
    if b == b"+" || b[0] == b':' || b.iter().all(|&c| c == b'-') || b.iter().all(|&c| c == b'=') {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=9).contains(&digits) && b.len() == digits + 1 && matches!(b[digits], b'.' | b')')
}

/// `word` with a backslash that stops it from opening a block:
/// `1.` -> `1\.`, `-` -> `\-` (digits cannot be escaped, so the backslash
/// goes before the delimiter).
fn guard_word(word: &str) -> String {
    let at = word.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    format!("{}\\{}", &word[..at], &word[at..])
}

/// Escape article text for inline Markdown.
///
/// Line breaks and runs of white space become one space, other control
/// characters are dropped; `` \ ` * _ [ ] # | ~ @ $ ^ `` get a backslash
/// (`@` against e-mail autolinks, `$` against GitHub's math, `^` against
/// superscript extensions); `<`,
/// `>` and `&` become entities; `://` and a leading `www.` are broken up so
/// that GitHub's autolinking cannot turn a bare address into a link; and
/// the first word gets a backslash if it could open a block at the start of
/// a line (see [`wrap`] for the words that a wrap puts there).
pub fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut space = false;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if is_break(c) {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            ':' if chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/') => {
                out.push_str("\\:")
            }
            '.' if i >= 3
                && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w'))
                && (i == 3 || !chars[i - 4].is_alphanumeric()) =>
            {
                out.push_str("\\.")
            }
            c if needs_backslash(c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    match out.split_once(' ') {
        Some((first, rest)) if opens_block(first) => format!("{} {rest}", guard_word(first)),
        None if opens_block(&out) => guard_word(&out),
        _ => out,
    }
}

/// Wrap already-escaped Markdown prose to `width` columns (0: one line),
/// with `initial` before the first line and `subsequent` before the others.
///
/// White space runs collapse to one space and lines break only at spaces.
/// A word that would open a Markdown block (see `opens_block`) and lands at
/// the start of a line gets a backslash, and the paragraph is wrapped again
/// (the backslash widens the word); this repeats until no line starts a
/// block, which ends because every round guards one more word for good.
/// Words elsewhere in a line are left as they are.
pub fn wrap(s: &str, width: usize, initial: &str, subsequent: &str) -> String {
    let mut words: Vec<String> = s
        .split(is_break)
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    // The first line starts with the first word unless `initial` puts
    // something visible before it.
    let first_at_line_start = initial.trim().is_empty();
    if first_at_line_start {
        if let Some(w) = words.first_mut() {
            if opens_block(w) {
                *w = guard_word(w);
            }
        }
    }
    if width == 0 || words.is_empty() {
        return format!("{initial}{}", words.join(" "));
    }
    let opts = textwrap::Options::new(width)
        .initial_indent(initial)
        .subsequent_indent(subsequent)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    loop {
        let text = words.join(" ");
        let lines = textwrap::wrap(&text, &opts);
        let mut index = 0; // index of the first word of the current line
        let mut guarded = false;
        for (n, line) in lines.iter().enumerate() {
            let indent = if n == 0 { initial } else { subsequent };
            let body = line.strip_prefix(indent).unwrap_or(line);
            let count = body.split(' ').filter(|w| !w.is_empty()).count();
            if n > 0 && index < words.len() && opens_block(&words[index]) {
                words[index] = guard_word(&words[index]);
                guarded = true;
                break;
            }
            index += count;
        }
        if !guarded {
            return lines.join("\n");
        }
    }
}

/// Rendering options.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Wrap width for prose; 0 turns wrapping off.
    pub width: usize,
    /// A template to use instead of the built-in one: (name for messages, source).
    pub template: Option<(String, String)>,
    /// How dates are written.
    pub date_style: DateStyle,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            width: 80,
            template: None,
            date_style: DateStyle::Readable,
        }
    }
}

/// One timeline entry as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct EntryView<'a> {
    /// The resolved date, written in the chosen style ("Sat, Apr 12, 2025").
    pub label: String,
    /// The original words of every mention ("last Saturday").
    pub words: Vec<&'a str>,
    /// The sentence, whole.
    pub text: &'a str,
    /// Index of the sentence in the article.
    pub sentence: usize,
    /// The TIMEX3 value and mod.
    pub value: &'a str,
    #[serde(rename = "mod")]
    pub modifier: Option<&'a str>,
    pub granularity: Granularity,
}

/// One summary sentence as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceView<'a> {
    pub index: usize,
    pub text: &'a str,
}

/// The template context (see `docs/templates.md`).
#[derive(Debug, Clone, Serialize)]
pub struct Context<'a> {
    pub title: &'a str,
    pub deck: Option<&'a str>,
    pub source: Option<&'a str>,
    /// The article URL as given.
    pub url: Option<&'a str>,
    /// Markdown for the URL, ready to print: an autolink `<https://...>` for
    /// a plain http(s) address, escaped text otherwise. Marked safe.
    #[serde(skip)]
    pub url_markdown: Option<String>,
    /// The publication date in ISO form.
    pub dct: String,
    /// The publication date in the chosen style.
    pub dateline: String,
    /// The dateline that opens the body, as written ("PARIS, April 17
    /// (Reuters)"), if the article has one.
    pub dateline_text: Option<&'a str>,
    /// Where the date came from: "--date", "metadata" or "dateline".
    pub dct_source: &'static str,
    /// The same in words: "set with --date", "from the article's metadata",
    /// "from the dateline".
    pub dct_source_text: &'static str,
    pub summary: Vec<SentenceView<'a>>,
    pub happened: Vec<EntryView<'a>>,
    pub upcoming: Vec<EntryView<'a>>,
    pub width: usize,
    pub date_style: &'static str,
    /// Everything the pipeline produced, for templates that want more.
    pub brief: &'a Brief,
}

fn dct_source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Option => "--date",
        DateSource::Metadata => "metadata",
        DateSource::Dateline => "dateline",
    }
}

/// A URL that can go inside `<...>` as a CommonMark autolink.
fn is_plain_url(u: &str) -> bool {
    (u.starts_with("https://") || u.starts_with("http://"))
        && u.len() > 8
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'))
}

fn entry(e: &Event, style: DateStyle, dct: chrono::NaiveDate) -> EntryView<'_> {
    EntryView {
        label: style.label(&e.date.calendar, e.date.modifier.as_deref(), dct),
        words: e.date.mentions.iter().map(|m| m.words.as_str()).collect(),
        text: &e.text,
        sentence: e.sentence,
        value: &e.date.value,
        modifier: e.date.modifier.as_deref(),
        granularity: e.date.granularity,
    }
}

/// Build the template context of a brief.
pub fn context<'a>(brief: &'a Brief, opts: &RenderOptions) -> Context<'a> {
    let a = &brief.article;
    let style = opts.date_style;
    let nonempty = |s: &'a Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let url = nonempty(&a.url);
    Context {
        title: match a.title.trim() {
            "" => "Untitled article",
            t => t,
        },
        deck: nonempty(&a.deck),
        source: nonempty(&a.source),
        url,
        url_markdown: url.map(|u| {
            if is_plain_url(u) {
                format!("<{u}>")
            } else {
                escape_inline(u)
            }
        }),
        dct: a.dct.format("%Y-%m-%d").to_string(),
        dateline: style.day(a.dct, a.dct),
        dateline_text: a
            .dateline
            .as_ref()
            .and_then(|r| a.text.get(r.clone()))
            .map(str::trim)
            .filter(|s| !s.is_empty()),
        dct_source: dct_source_name(a.dct_source),
        dct_source_text: match a.dct_source {
            DateSource::Option => "set with --date",
            DateSource::Metadata => "from the article's metadata",
            DateSource::Dateline => "from the dateline",
        },
        summary: brief
            .summary
            .iter()
            .filter_map(|&i| {
                let s = brief.sentences.get(i)?;
                // the dateline is in the header already
                let text =
                    crate::ingest::without_dateline(&a.text, s.start..s.end, a.dateline.as_ref());
                Some(SentenceView { index: i, text })
            })
            .collect(),
        happened: brief
            .timeline
            .happened
            .iter()
            .map(|e| entry(e, style, a.dct))
            .collect(),
        upcoming: brief
            .timeline
            .upcoming
            .iter()
            .map(|e| entry(e, style, a.dct))
            .collect(),
        width: opts.width,
        date_style: style.as_str(),
        brief,
    }
}

/// Render the full briefing as Markdown.
pub fn markdown(brief: &Brief, opts: &RenderOptions) -> Result<String> {
    Renderer::brief(opts)?.render(brief)
}

/// Render only the timeline as Markdown.
pub fn timeline_markdown(brief: &Brief, opts: &RenderOptions) -> Result<String> {
    Renderer::timeline(opts)?.render(brief)
}

/// A Markdown renderer with its environment built and its template
/// compiled once, for rendering many briefs (a JSON Lines file) with the
/// same options: [`markdown`] and [`timeline_markdown`] build one per call.
pub struct Renderer<'a> {
    env: minijinja::Environment<'a>,
    name: &'a str,
    opts: &'a RenderOptions,
}

impl<'a> Renderer<'a> {
    /// The full briefing (the built-in template unless `opts.template`).
    pub fn brief(opts: &'a RenderOptions) -> Result<Self> {
        Self::new("brief.md.j2", BRIEF_TEMPLATE, opts)
    }

    /// Only the timeline (the built-in template unless `opts.template`).
    pub fn timeline(opts: &'a RenderOptions) -> Result<Self> {
        Self::new("timeline.md.j2", TIMELINE_TEMPLATE, opts)
    }

    fn new(default_name: &'a str, default_src: &'a str, opts: &'a RenderOptions) -> Result<Self> {
        let (name, src) = match &opts.template {
            Some((n, s)) => (n.as_str(), s.as_str()),
            None => (default_name, default_src),
        };
        let mut env = environment(opts.width);
        if opts.template.is_none() {
            env.set_fuel(None);
        }
        env.add_template(name, src)
            .map_err(|e| template_error(name, &e))?;
        Ok(Renderer { env, name, opts })
    }

    /// Render one brief.
    pub fn render(&self, brief: &Brief) -> Result<String> {
        let name = self.name;
        let t = self
            .env
            .get_template(name)
            .map_err(|e| template_error(name, &e))?;
        let ctx = context(brief, self.opts);
        let url_markdown = match &ctx.url_markdown {
            Some(u) => minijinja::Value::from_safe_string(u.clone()),
            None => minijinja::Value::from(()),
        };
        let value = minijinja::context! {
            url_markdown => url_markdown,
            ..minijinja::Value::from(minijinja::value::Serde(&ctx))
        };
        let out = t.render(value).map_err(|e| template_error(name, &e))?;
        Ok(tidy(&out))
    }
}

/// The Markdown formatter: safe strings as they are, none and undefined as
/// nothing, everything else through [`escape_inline`].
fn markdown_formatter(
    out: &mut minijinja::Output,
    _state: &mut minijinja::State,
    value: &minijinja::Value,
) -> std::result::Result<(), minijinja::Error> {
    let r = if value.is_safe() {
        out.write_str(value.as_str().unwrap_or_default())
    } else if value.is_none() || value.is_undefined() {
        Ok(())
    } else {
        out.write_str(&escape_inline(&value.to_string()))
    };
    r.map_err(|_| minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "write failed"))
}

/// A minijinja environment with the Markdown formatter and the filters,
/// shared by every Markdown output (the single brief, the timeline, the
/// daily brief), so a user's template is as safe in one as in the others.
///
/// `wrap` takes the indents as keywords (`initial`, `subsequent`) or, as
/// the daily template has always written it, the continuation indent as
/// its one positional argument (`wrap("  ")`).
pub(crate) fn environment(width: usize) -> minijinja::Environment<'static> {
    use minijinja::value::{Kwargs, Value};
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_fuel(Some(TEMPLATE_FUEL));
    // Name the undefined variable in errors in release builds too.
    env.set_debug(true);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("static syntax config"),
    );
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Custom("markdown".into()));
    env.set_formatter(markdown_formatter);
    env.add_filter("md", |v: Value| {
        if v.is_safe() {
            v
        } else {
            Value::from_safe_string(escape_inline(&v.to_string()))
        }
    });
    env.add_filter(
        "wrap",
        move |v: Value,
              indent: Option<String>,
              kw: Kwargs|
              -> std::result::Result<Value, minijinja::Error> {
            let initial: Option<String> = kw.get("initial")?;
            let subsequent: Option<String> =
                match (indent, kw.get::<Option<String>>("subsequent")?) {
                    (Some(_), Some(_)) => return Err(minijinja::Error::new(
                        minijinja::ErrorKind::TooManyArguments,
                        "wrap: the continuation indent is given twice (positional and subsequent=)",
                    )),
                    (a, b) => a.or(b),
                };
            let w: Option<usize> = kw.get("width")?;
            kw.assert_all_used()?;
            let s = if v.is_safe() {
                v.as_str().unwrap_or_default().to_string()
            } else {
                escape_inline(&v.to_string())
            };
            Ok(Value::from_safe_string(wrap(
                &s,
                w.unwrap_or(width),
                initial.as_deref().unwrap_or(""),
                subsequent.as_deref().unwrap_or(""),
            )))
        },
    );
    env
}

/// A minijinja error as [`Error::Template`]: the template file, the line,
/// and a reason (out of fuel explained in words).
pub(crate) fn template_error(name: &str, e: &minijinja::Error) -> Error {
    let reason = match (e.kind(), e.detail()) {
        (minijinja::ErrorKind::OutOfFuel, _) => {
            "the template did too much work and was stopped (a loop that never ends, or one far too long?)"
                .to_string()
        }
        (k, Some(d)) => format!("{k}: {d}"),
        (k, None) => k.to_string(),
    };
    Error::Template {
        name: e.name().unwrap_or(name).to_string(),
        line: e.line(),
        reason,
    }
}

/// Strip trailing spaces, collapse runs of blank lines to one, and end with
/// exactly one newline, so hand-edited templates still give tidy files.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    origin: &'a str,
    id: Option<&'a str>,
    title: &'a str,
    deck: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    story: Option<&'a str>,
    dct: String,
    dct_source: &'static str,
    body: (usize, usize),
    text: &'a str,
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonTimex<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quant: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    freq: Option<&'a str>,
    anchored: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    anchor: Option<usize>,
}

#[derive(Serialize)]
struct JsonDate<'a> {
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<&'a str>,
    label: String,
    granularity: &'static str,
    from: String,
    to: String,
    at: String,
    mentions: Vec<JsonSpan<'a>>,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    sentence: usize,
    text: &'a str,
    date: JsonDate<'a>,
}

#[derive(Serialize)]
struct JsonTimeline<'a> {
    happened: Vec<JsonEvent<'a>>,
    upcoming: Vec<JsonEvent<'a>>,
}

#[derive(Serialize)]
struct JsonBrief<'a> {
    schema: u32,
    kind: &'static str,
    date_style: &'static str,
    article: JsonArticle<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<JsonSentence<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Vec<usize>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timexes: Option<Vec<JsonTimex<'a>>>,
    timeline: JsonTimeline<'a>,
}

fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn json_events<'a>(
    events: &'a [Event],
    style: DateStyle,
    dct: chrono::NaiveDate,
) -> Vec<JsonEvent<'a>> {
    events
        .iter()
        .map(|e| JsonEvent {
            sentence: e.sentence,
            text: &e.text,
            date: JsonDate {
                value: &e.date.value,
                modifier: e.date.modifier.as_deref(),
                label: style.label(&e.date.calendar, e.date.modifier.as_deref(), dct),
                granularity: e.date.granularity.as_str(),
                from: iso(e.date.start),
                to: iso(e.date.end),
                at: iso(e.date.at),
                mentions: e
                    .date
                    .mentions
                    .iter()
                    .map(|m| JsonSpan {
                        text: &m.words,
                        start: m.span.0,
                        end: m.span.1,
                    })
                    .collect(),
            },
        })
        .collect()
}

/// Which JSON document to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// Everything: article, sentences, summary, timexes, timeline.
    Brief,
    /// Article metadata and timeline only.
    Timeline,
}

/// One article as one line of JSON (schema in `docs/json-schema.md`).
/// Offsets are byte offsets into `article.text`.
pub fn json(brief: &Brief, kind: JsonKind, style: DateStyle) -> String {
    let a = &brief.article;
    let text = a.text.as_str();
    let full = kind == JsonKind::Brief;
    let doc = JsonBrief {
        schema: JSON_SCHEMA_VERSION,
        kind: if full { "brief" } else { "timeline" },
        date_style: style.as_str(),
        article: JsonArticle {
            origin: &a.origin,
            id: a.id.as_deref(),
            title: &a.title,
            deck: a.deck.as_deref(),
            source: a.source.as_deref(),
            url: a.url.as_deref(),
            story: a.story.as_deref(),
            dct: iso(a.dct),
            dct_source: dct_source_name(a.dct_source),
            body: (a.body.start, a.body.end),
            text,
        },
        sentences: full.then(|| {
            brief
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| JsonSentence {
                    index: i,
                    start: s.start,
                    end: s.end,
                    text: text.get(s.start..s.end).unwrap_or(""),
                })
                .collect()
        }),
        summary: full.then(|| brief.summary.clone()),
        timexes: full.then(|| {
            brief
                .timexes
                .iter()
                .map(|t| JsonTimex {
                    text: text.get(t.start..t.end).unwrap_or(""),
                    start: t.start,
                    end: t.end,
                    kind: t.kind.as_str(),
                    value: &t.value,
                    modifier: t.modifier.as_deref(),
                    quant: t.quant.as_deref(),
                    freq: t.freq.as_deref(),
                    anchored: t.anchored,
                    anchor: t.anchor,
                })
                .collect()
        }),
        timeline: JsonTimeline {
            happened: json_events(&brief.timeline.happened, style, a.dct),
            upcoming: json_events(&brief.timeline.upcoming, style, a.dct),
        },
    };
    let mut s = serde_json::to_string(&doc).unwrap_or_else(|e| {
        // Serializing plain strings and numbers cannot fail; say so loudly
        // rather than panic if it ever does.
        format!("{{\"schema\":{JSON_SCHEMA_VERSION},\"error\":\"{e}\"}}")
    });
    s.push('\n');
    s
}

#[cfg(test)]
mod tests;
