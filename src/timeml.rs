//! TimeML in and out (TempEval-3 layout).
//!
//! A document has a `<DCT>` holding a `<TIMEX3 ... value="1998-08-07"/>`
//! (the document creation time) and a `<TEXT>...</TEXT>` element. [`parse`]
//! reads it, drops the TIMEX3, EVENT and SIGNAL tags already inside TEXT (so
//! gold files can be re-tagged) and gives the plain text the tagger sees:
//! entities decoded, CR LF and lone CR turned into LF, exactly the string the
//! TempEval-3 scorer's offsets refer to. [`Document::write`] puts new TIMEX3
//! tags into TEXT; every byte outside the inserted tags stays as it was in
//! the input (entities included), except for the dropped tags.
//!
//! Malformed input (no DCT, an unparseable DCT value, no TEXT, an unclosed
//! tag or element) is an [`Error::Input`] naming the file and the line.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::temporal::{Tagger, Timex};

/// One parsed TimeML document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file, for messages.
    pub path: String,
    /// The document creation time.
    pub dct: NaiveDate,
    /// The `tid` of the DCT's TIMEX3 (`t0` in TempEval-3 files).
    pub dct_tid: String,
    raw: String,
    /// Byte range of TEXT's content in `raw`.
    text: std::ops::Range<usize>,
    /// TEXT's content with the dropped tags removed (entities kept).
    kept: String,
    /// The plain text: `kept` without markup, entities decoded.
    plain: String,
    /// For every byte offset of `plain` (and its end), the offset in `kept`.
    map: Vec<usize>,
}

fn line_of(s: &str, pos: usize) -> usize {
    s.as_bytes()[..pos.min(s.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let before_ok = p == 0 || rest.as_bytes()[p - 1].is_ascii_whitespace();
        let after = rest[p + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let v = &v[1..];
                    return v.find(q).map(|e| &v[..e]);
                }
            }
        }
        rest = &rest[p + name.len()..];
    }
    None
}

/// Decode one entity at the start of `s` (which begins with `&`); returns
/// the character and the entity's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s[..s.len().min(12)].find(';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = name.strip_prefix('#')?;
            let v = match num.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(v)?
        }
    };
    Some((c, end + 1))
}

/// Parse the DCT value: `1998-08-07`, `1998-08-07T06:18:00`, `19980807`.
fn parse_dct(v: &str) -> Option<NaiveDate> {
    let v = v.trim();
    if let Some(d) = v
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        return Some(d);
    }
    v.get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok())
}

/// Parse a TimeML document.
pub fn parse(path: &str, raw: String) -> Result<Document> {
    let err = |pos: usize, msg: String| Error::input_at(path, line_of(&raw, pos), msg);
    // DCT
    let dct_open = raw.find("<DCT>").ok_or_else(|| {
        Error::input_at(
            path,
            1,
            "no <DCT> element: the document creation time is required",
        )
    })?;
    let dct_close = raw[dct_open..]
        .find("</DCT>")
        .map(|p| p + dct_open)
        .ok_or_else(|| err(dct_open, "<DCT> is never closed".into()))?;
    let dct_body = &raw[dct_open..dct_close];
    let tpos = dct_body.find("<TIMEX3").ok_or_else(|| {
        err(
            dct_open,
            "<DCT> holds no <TIMEX3> with the creation time".into(),
        )
    })?;
    let tend = dct_body[tpos..]
        .find('>')
        .ok_or_else(|| err(dct_open + tpos, "unclosed <TIMEX3 tag in <DCT>".into()))?;
    let ttag = &dct_body[tpos..tpos + tend];
    let value = attr(ttag, "value").ok_or_else(|| {
        err(
            dct_open + tpos,
            "the DCT's <TIMEX3> has no value attribute".into(),
        )
    })?;
    let dct = parse_dct(value).ok_or_else(|| {
        err(
            dct_open + tpos,
            format!("cannot read the DCT value `{value}`; expected YYYY-MM-DD"),
        )
    })?;
    let dct_tid = attr(ttag, "tid").unwrap_or("t0").to_string();
    // TEXT
    let topen = raw
        .find("<TEXT>")
        .ok_or_else(|| Error::input_at(path, line_of(&raw, raw.len()), "no <TEXT> element"))?;
    let start = topen + "<TEXT>".len();
    let end = raw[start..]
        .find("</TEXT>")
        .map(|p| p + start)
        .ok_or_else(|| err(topen, "<TEXT> is never closed (no </TEXT>)".into()))?;
    let content = &raw[start..end];
    let mut kept = String::with_capacity(content.len());
    let mut plain = String::with_capacity(content.len());
    let mut map = Vec::with_capacity(content.len() + 1);
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut i = 0;
    let bytes = content.as_bytes();
    while i < content.len() {
        let c = bytes[i];
        if c == b'<' {
            let close = content[i..]
                .find('>')
                .map(|p| p + i)
                .ok_or_else(|| err(start + i, "unclosed tag: `<` without `>`".into()))?;
            if let Some(next_lt) = content[i + 1..close].find('<') {
                return Err(err(
                    start + i + 1 + next_lt,
                    "unclosed tag: a new `<` before `>`".into(),
                ));
            }
            let tag = &content[i + 1..close];
            let closing = tag.starts_with('/');
            let selfclosing = tag.ends_with('/');
            let name = tag
                .trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("");
            let drop = matches!(name, "TIMEX3" | "EVENT" | "SIGNAL");
            if closing {
                match open.pop() {
                    Some((n, _)) if n == name => {}
                    Some((n, p)) => {
                        return Err(err(
                            start + i,
                            format!(
                                "</{name}> closes <{n}> opened at line {}",
                                line_of(&raw, start + p)
                            ),
                        ))
                    }
                    None => {
                        return Err(err(start + i, format!("</{name}> without an opening tag")))
                    }
                }
            } else if !selfclosing && !tag.starts_with('!') && !tag.starts_with('?') {
                open.push((name, i));
            }
            if !drop {
                kept.push_str(&content[i..=close]);
            }
            i = close + 1;
            continue;
        }
        let kpos = kept.len();
        if c == b'&' {
            if let Some((ch, len)) = entity(&content[i..]) {
                kept.push_str(&content[i..i + len]);
                for _ in 0..ch.len_utf8() {
                    map.push(kpos);
                }
                plain.push(ch);
                i += len;
                continue;
            }
        }
        if c == b'\r' {
            kept.push('\r');
            i += 1;
            if i < content.len() && bytes[i] == b'\n' {
                kept.push('\n');
                i += 1;
            }
            map.push(kpos);
            plain.push('\n');
            continue;
        }
        let ch = content[i..].chars().next().unwrap_or('\u{FFFD}');
        let l = ch.len_utf8();
        kept.push_str(&content[i..i + l]);
        for _ in 0..l {
            map.push(kpos);
        }
        plain.push(ch);
        i += l;
    }
    if let Some((n, p)) = open.pop() {
        return Err(err(start + p, format!("<{n}> is never closed")));
    }
    map.push(kept.len());
    Ok(Document {
        path: path.to_string(),
        dct,
        dct_tid,
        text: start..end,
        raw,
        kept,
        plain,
        map,
    })
}

impl Document {
    /// The plain text of TEXT (what offsets refer to).
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// Tag the plain text. All of TEXT is tagged (TimeML has no headline
    /// or dateline inside TEXT to leave out), split into sentences as an
    /// article's body is.
    pub fn tag(&self, tagger: &Tagger) -> Vec<Timex> {
        let sentences = crate::segment::split(&self.plain, 0..self.plain.len());
        tagger.tag(&self.plain, &sentences, self.dct)
    }

    /// The document with `timexes` (offsets into [`Document::plain`],
    /// sorted, not overlapping) inserted as TIMEX3 tags.
    pub fn write(&self, timexes: &[Timex]) -> String {
        let mut out = String::with_capacity(self.raw.len() + timexes.len() * 120);
        out.push_str(&self.raw[..self.text.start]);
        let mut pos = 0;
        let mut n = 0;
        let tids: Vec<String> = timexes
            .iter()
            .map(|_| {
                n += 1;
                let mut t = format!("t{n}");
                if t == self.dct_tid {
                    n += 1;
                    t = format!("t{n}");
                }
                t
            })
            .collect();
        for (k, t) in timexes.iter().enumerate() {
            let (Some(&a), Some(&b)) = (self.map.get(t.start), self.map.get(t.end)) else {
                continue;
            };
            if a < pos || b < a {
                continue;
            }
            out.push_str(&self.kept[pos..a]);
            let _ = write!(
                out,
                "<TIMEX3 tid=\"{}\" type=\"{}\" value=\"{}\"",
                tids[k],
                t.kind.as_str(),
                xml_escape(&t.value)
            );
            if let Some(m) = &t.modifier {
                let _ = write!(out, " mod=\"{}\"", xml_escape(m));
            }
            if let Some(q) = &t.quant {
                let _ = write!(out, " quant=\"{}\"", xml_escape(q));
            }
            if let Some(f) = &t.freq {
                let _ = write!(out, " freq=\"{}\"", xml_escape(f));
            }
            let _ = write!(
                out,
                " temporalFunction=\"{}\" functionInDocument=\"NONE\"",
                t.anchored
            );
            if t.anchored {
                let anchor = t
                    .anchor
                    .and_then(|i| tids.get(i))
                    .map(String::as_str)
                    .unwrap_or(&self.dct_tid);
                let _ = write!(out, " anchorTimeID=\"{anchor}\"");
            }
            out.push('>');
            out.push_str(&self.kept[a..b]);
            out.push_str("</TIMEX3>");
            pos = b;
        }
        out.push_str(&self.kept[pos..]);
        out.push_str(&self.raw[self.text.end..]);
        out
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

/// Read, tag and write one TimeML document.
pub fn retag(path: &str, bytes: Vec<u8>, tagger: &Tagger) -> Result<String> {
    let raw = String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let line = line_of(&String::from_utf8_lossy(&e.as_bytes()[..pos]), pos);
        Error::input_at(path, line, "not valid UTF-8")
    })?;
    let doc = parse(path, raw)?;
    let timexes = doc.tag(tagger);
    Ok(doc.write(&timexes))
}
