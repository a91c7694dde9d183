//! The daily brief as Markdown (minijinja, `templates/daily.md.j2` embedded)
//! or JSON.

use serde::Serialize;

use super::Daily;
use crate::error::{Error, Result};
use crate::render::escape_inline;

/// The built-in template.
pub const DAILY_TEMPLATE: &str = include_str!("../../templates/daily.md.j2");

/// Version of the JSON output's schema.
pub const JSON_SCHEMA: u32 = 1;

/// Options for [`markdown`].
#[derive(Debug, Clone)]
pub struct DailyRenderOptions {
    /// Wrap width for prose; 0 turns wrapping off.
    pub width: usize,
    /// A template to use instead of the built-in one: (name for messages, source).
    pub template: Option<(String, String)>,
}

impl Default for DailyRenderOptions {
    fn default() -> Self {
        DailyRenderOptions {
            width: 80,
            template: None,
        }
    }
}

/// True when a line (after its indent) would start Markdown block structure:
/// a list item, a heading, a quote, a setext underline, a code fence, a table.
fn starts_structure(l: &str) -> bool {
    let t = l.trim_start();
    let b = t.as_bytes();
    match b.first() {
        None => false,
        Some(b'-' | b'+' | b'*') => b.len() == 1 || b[1] == b' ' || b.iter().all(|&c| c == b[0]),
        Some(b'#' | b'>' | b'|' | b'=' | b'`' | b'~') => true,
        Some(c) if c.is_ascii_digit() => {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(b.get(n), Some(b'.' | b')'))
        }
        _ => false,
    }
}

/// Wrap `s` at `width` (0: no wrapping), continuation lines indented with
/// `indent`. A continuation line that would start Markdown structure gets a
/// backslash in front of its first character, so wrapping never creates a
/// list, heading or quote.
pub fn wrap(s: &str, width: usize, indent: &str) -> String {
    if width == 0 {
        return s.to_string();
    }
    let opts = textwrap::Options::new(width)
        .subsequent_indent(indent)
        .break_words(false);
    let lines = textwrap::wrap(s, opts);
    let mut out = String::with_capacity(s.len() + 16);
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            let body = &l[indent.len().min(l.len())..];
            if starts_structure(body) {
                out.push_str(indent);
                out.push_str(&defuse(body));
                continue;
            }
        }
        out.push_str(l);
    }
    out
}

/// Backslash-escape the character that makes `l` start Markdown structure:
/// the first one, or for an ordered-list marker the `.` or `)` after the digits.
fn defuse(l: &str) -> String {
    let n = l.bytes().take_while(u8::is_ascii_digit).count();
    if n > 0 {
        format!("{}\\{}", &l[..n], &l[n..])
    } else {
        format!("\\{l}")
    }
}

#[derive(Serialize)]
struct Ctx<'a> {
    daily: &'a Daily,
}

/// Render the daily brief as Markdown.
pub fn markdown(daily: &Daily, opts: &DailyRenderOptions) -> Result<String> {
    let (name, src) = match &opts.template {
        Some((n, s)) => (n.as_str(), s.as_str()),
        None => ("daily.md.j2", DAILY_TEMPLATE),
    };
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    // A user's template (--template, or `template` in dateline.toml) must not
    // be able to loop forever: the same fuel limit as the single brief.
    env.set_fuel(Some(crate::render::TEMPLATE_FUEL));
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("static syntax config"),
    );
    env.add_filter("md", |s: String| escape_inline(&s));
    let width = opts.width;
    env.add_filter("wrap", move |s: String, indent: Option<String>| {
        wrap(&s, width, indent.as_deref().unwrap_or(""))
    });
    let terr = |e: minijinja::Error| Error::Template {
        name: name.to_string(),
        line: e.line(),
        reason: e.to_string(),
    };
    env.add_template(name, src).map_err(terr)?;
    let t = env.get_template(name).map_err(terr)?;
    t.render(minijinja::Value::from(minijinja::value::Serde(Ctx {
        daily,
    })))
    .map_err(terr)
}

#[derive(Serialize)]
struct JsonOut<'a> {
    schema: u32,
    #[serde(flatten)]
    daily: &'a Daily,
}

/// Render the daily brief as JSON (`{"schema": 1, "date": ..., "stories": [...], ...}`).
pub fn json(daily: &Daily) -> String {
    serde_json::to_string_pretty(&JsonOut {
        schema: JSON_SCHEMA,
        daily,
    })
    .expect("serializable")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_never_starts_markdown_structure() {
        let s = "The council voted 7 to 2 on the plan - 12. of the members were absent and - so on";
        for w in 10..40 {
            let out = wrap(s, w, "  ");
            for l in out.lines().skip(1) {
                assert!(!starts_structure(l), "width {w}: {l:?}");
            }
        }
        assert_eq!(wrap("a b", 0, ""), "a b");
        assert_eq!(wrap("aaaa 12. bb", 5, ""), "aaaa\n12\\.\nbb");
        assert_eq!(wrap("aaaa - bb", 5, ""), "aaaa\n\\- bb");
    }

    #[test]
    fn structure_detection() {
        for l in ["- x", "+ x", "1. x", "12) x", "# x", "> x", "---", "==="] {
            assert!(starts_structure(l), "{l}");
        }
        for l in ["-x", "x - y", "1x", "2025 was"] {
            assert!(!starts_structure(l), "{l}");
        }
    }
}
