//! JSON articles and the metadata fields shared with front matter.
//!
//! Fields read (others are ignored):
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `title` | string or null | headline (null or empty: see [`crate::ingest`]) |
//! | `published`, else `date` | string, or number (Unix seconds or milliseconds) | publication date |
//! | `text` (also `body`, `content`) | string | article text (JSON only) |
//! | `deck`, else `subtitle` | string | deck |
//! | `source` | string | publisher |
//! | `url` | string | link |
//! | `id` | string or number | article id |
//! | `story` | string or number | story id for the daily brief |
//!
//! A field of the wrong type is an error that names the field.

use serde_json::{Map, Value};

/// A date field as written.
#[derive(Debug, Clone, PartialEq)]
pub enum DateField {
    /// Text to read with [`super::metatime::parse`].
    Text { field: &'static str, value: String },
    /// A Unix timestamp.
    Unix { field: &'static str, value: i64 },
}

impl DateField {
    pub fn field(&self) -> &'static str {
        match self {
            DateField::Text { field, .. } | DateField::Unix { field, .. } => field,
        }
    }
}

/// Metadata of one article (front matter or JSON).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<DateField>,
    pub text: Option<String>,
    pub deck: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub id: Option<String>,
    pub story: Option<String>,
}

impl Meta {
    /// Read the known fields of `obj`; `Err` names a field of the wrong type.
    pub fn from_object(obj: &Map<String, Value>) -> Result<Meta, String> {
        let string = |names: &[&'static str]| -> Result<Option<String>, String> {
            for &n in names {
                match obj.get(n) {
                    None | Some(Value::Null) => continue,
                    Some(Value::String(s)) => return Ok(Some(s.clone())),
                    Some(other) => {
                        return Err(format!("field `{n}` must be a string, not {}", kind(other)))
                    }
                }
            }
            Ok(None)
        };
        let id_like = |n: &'static str| -> Result<Option<String>, String> {
            match obj.get(n) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                Some(Value::Number(x)) => Ok(Some(x.to_string())),
                Some(other) => Err(format!(
                    "field `{n}` must be a string or a number, not {}",
                    kind(other)
                )),
            }
        };
        let mut date = None;
        for n in ["published", "date"] {
            match obj.get(n) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => {
                    date = Some(DateField::Text {
                        field: n,
                        value: s.clone(),
                    })
                }
                Some(Value::Number(x)) => match x.as_i64() {
                    Some(v) => date = Some(DateField::Unix { field: n, value: v }),
                    None => return Err(format!("field `{n}`: {x} is not a Unix timestamp")),
                },
                Some(other) => {
                    return Err(format!(
                        "field `{n}` must be a date string or a Unix timestamp, not {}",
                        kind(other)
                    ))
                }
            }
            break;
        }
        Ok(Meta {
            title: string(&["title"])?,
            date,
            text: string(&["text", "body", "content"])?,
            deck: string(&["deck", "subtitle"])?,
            source: string(&["source"])?,
            url: string(&["url"])?,
            id: id_like("id")?,
            story: id_like("story")?,
        })
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON syntax or shape problem: 1-based line and reason.
pub type JsonError = (Option<usize>, String);

/// Parse one JSON document: an article object, or a list of them.
pub fn parse_document(s: &str) -> Result<Vec<Map<String, Value>>, JsonError> {
    let v: Value = serde_json::from_str(s).map_err(|e| syntax(&e))?;
    match v {
        Value::Object(m) => Ok(vec![m]),
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Object(m) => Ok(m),
                other => Err((
                    None,
                    format!(
                        "item {} of the list is {}, not an article object",
                        i + 1,
                        kind(&other)
                    ),
                )),
            })
            .collect(),
        other => Err((
            Some(1),
            format!("the JSON is {}, not an article object", kind(&other)),
        )),
    }
}

/// Parse one line of JSON Lines: an article object.
pub fn parse_line(s: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(s) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => Err(format!(
            "the line is {}, not an article object",
            kind(&other)
        )),
        Err(e) => Err(format!(
            "invalid JSON (column {}): {}",
            e.column(),
            super::frontmatter::strip_location(&e.to_string())
        )),
    }
}

fn syntax(e: &serde_json::Error) -> JsonError {
    (
        Some(e.line()),
        format!(
            "invalid JSON (column {}): {}",
            e.column(),
            super::frontmatter::strip_location(&e.to_string())
        ),
    )
}
