//! Markdown front matter: YAML between `---` lines, or TOML between `+++`
//! lines, at the very top of the file (after an optional byte-order mark).
//! The YAML block may also close with `...`. Both are read into a JSON value
//! so that front matter and JSON articles share one field reader
//! ([`super::json::Meta`]).

use serde_json::{Map, Value};

/// Front matter found at the top of a file.
#[derive(Debug)]
pub struct FrontMatter {
    /// The fields, as a JSON object.
    pub fields: Map<String, Value>,
    /// 1-based line of the first field (for messages).
    pub first_line: usize,
    /// Byte offset just after the closing fence line.
    pub end: usize,
}

/// A front-matter problem: 1-based line (in the whole file) and reason.
pub type FrontMatterError = (Option<usize>, String);

/// Whether `text[from..]` opens with a front-matter fence.
pub fn starts_with_fence(text: &str, from: usize) -> bool {
    fence_kind(first_line(&text[from..])).is_some()
}

fn first_line(s: &str) -> &str {
    s.split('\n').next().unwrap_or("").trim_end()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Yaml,
    Toml,
}

fn fence_kind(line: &str) -> Option<Kind> {
    match line {
        "---" => Some(Kind::Yaml),
        "+++" => Some(Kind::Toml),
        _ => None,
    }
}

/// Read the front matter that starts at `from` (the start of the file, after
/// a byte-order mark), if there is one.
pub fn read(text: &str, from: usize) -> Result<Option<FrontMatter>, FrontMatterError> {
    let rest = &text[from..];
    let Some(kind) = fence_kind(first_line(rest)) else {
        return Ok(None);
    };
    let open_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let content_start = from + open_len;
    let mut pos = content_start;
    let mut close = None;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        let closes = match kind {
            Kind::Yaml => line == "---" || line == "...",
            Kind::Toml => line == "+++",
        };
        if closes {
            close = Some((pos, (end + 1).min(text.len())));
            break;
        }
        pos = end + 1;
    }
    let fence = if kind == Kind::Yaml { "---" } else { "+++" };
    let Some((content_end, end)) = close else {
        return Err((
            Some(1),
            format!("front matter opened with {fence} on line 1 is never closed (add a {fence} line after it)"),
        ));
    };
    let content = &text[content_start..content_end];
    let value = match kind {
        Kind::Yaml => parse_yaml(content)?,
        Kind::Toml => parse_toml(content)?,
    };
    let fields = match value {
        Value::Object(m) => m,
        Value::Null => Map::new(),
        _ => {
            return Err((
                Some(2),
                "front matter must be a set of `key: value` fields".into(),
            ))
        }
    };
    Ok(Some(FrontMatter {
        fields,
        first_line: 2,
        end,
    }))
}

fn parse_yaml(content: &str) -> Result<Value, FrontMatterError> {
    if content.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_norway::from_str::<Value>(content).map_err(|e| {
        // Lines in the error are 1-based within the block; the block starts on line 2.
        let line = e.location().map(|l| l.line() + 1);
        (
            line,
            format!(
                "invalid YAML front matter: {}",
                strip_location(&e.to_string())
            ),
        )
    })
}

fn parse_toml(content: &str) -> Result<Value, FrontMatterError> {
    let table = content.parse::<toml::Table>().map_err(|e| {
        let line = e
            .span()
            .map(|s| content[..s.start.min(content.len())].matches('\n').count() + 2);
        let msg = e.message().trim().to_string();
        (line, format!("invalid TOML front matter: {msg}"))
    })?;
    Ok(toml_to_json(toml::Value::Table(table)))
}

/// TOML values as JSON: dates and times become their RFC 3339 text.
fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// The 1-based line (within `block`, the front matter with its fences) of
/// the top-level key that `reason` names in backticks ("field `date` must
/// be ..."), for messages.
pub fn line_of_named_key(block: &str, reason: &str) -> Option<usize> {
    let key = reason.split('`').nth(1)?;
    block
        .lines()
        .position(|l| {
            l.strip_prefix(key).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with(':') || rest.starts_with('=')
            })
        })
        .map(|i| i + 1)
}

/// serde error messages carry " at line L column C" (lines within the
/// block, not the file, sometimes twice); the caller reports the file's line
/// itself, so every such location is removed.
pub(crate) fn strip_location(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            out.push_str(" at line ");
            rest = tail;
            continue;
        }
        let mut t = &tail[digits..];
        if let Some(c) = t.strip_prefix(" column ") {
            let d = c.bytes().take_while(u8::is_ascii_digit).count();
            if d > 0 {
                t = &c[d..];
            }
        }
        rest = t;
    }
    out.push_str(rest);
    out
}
