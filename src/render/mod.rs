//! Render: a [`Brief`] to Markdown (through minijinja templates) or JSON.
//!
//! Article text is escaped before it reaches a template, so it cannot create
//! links, HTML, headings, list items or break a table; prose is wrapped with
//! textwrap so that no wrapped line starts Markdown structure.

use serde::Serialize;

use crate::brief::Brief;
use crate::error::{Error, Result};

/// The built-in templates, embedded so the binary runs from any folder.
pub const BRIEF_TEMPLATE: &str = include_str!("../../templates/brief.md.j2");
pub const TIMELINE_TEMPLATE: &str = include_str!("../../templates/timeline.md.j2");

/// Escape article text for inline Markdown: backslash-escape every character
/// that could start markup, and entity-encode `<`, `>` and `&`.
pub fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Rendering options.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Wrap width for prose; 0 turns wrapping off.
    pub width: usize,
    /// A template to use instead of the built-in one: (name for messages, source).
    pub template: Option<(String, String)>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            width: 80,
            template: None,
        }
    }
}

#[derive(Serialize)]
struct Ctx<'a> {
    brief: &'a Brief,
}

/// Render the full briefing as Markdown.
pub fn markdown(brief: &Brief, opts: &RenderOptions) -> Result<String> {
    render_with("brief.md.j2", BRIEF_TEMPLATE, brief, opts)
}

/// Render only the timeline as Markdown.
pub fn timeline_markdown(brief: &Brief, opts: &RenderOptions) -> Result<String> {
    render_with("timeline.md.j2", TIMELINE_TEMPLATE, brief, opts)
}

fn render_with(
    default_name: &str,
    default_src: &str,
    brief: &Brief,
    opts: &RenderOptions,
) -> Result<String> {
    let (name, src) = match &opts.template {
        Some((n, s)) => (n.as_str(), s.as_str()),
        None => (default_name, default_src),
    };
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_fuel(Some(5_000_000));
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("static syntax config"),
    );
    env.add_filter("md", |s: String| escape_inline(&s));
    let terr = |e: minijinja::Error| Error::Template {
        name: name.to_string(),
        line: e.line(),
        reason: e.to_string(),
    };
    env.add_template(name, src).map_err(terr)?;
    let t = env.get_template(name).map_err(terr)?;
    t.render(minijinja::Value::from(minijinja::value::Serde(Ctx {
        brief,
    })))
    .map_err(terr)
}
