//! The header of a plain-text (or Markdown) article: headline, deck,
//! bylines and stand-alone date lines before the body.
//!
//! Lines are read from the top (blank lines skipped); the header ends at the
//! first line that is none of:
//!
//! * a stand-alone date line ([`super::dateline::standalone`]), anywhere in
//!   the header;
//! * the headline: plain text: the first non-empty line, if it is at most 200
//!   characters long, does not end with a full stop (closing quotes and
//!   brackets aside) and does not open with a dateline ("WASHINGTON — The
//!   ..." is a paragraph); Markdown: a `# ` heading;
//! * the deck (plain text only): the line right after the headline, if it is
//!   at most 250 characters long, does not end with sentence punctuation
//!   (`. ! ? : " ” ’ ' ) …`) and does not open with a dateline;
//! * a byline: "By ..." (a capital letter next), at most 100 characters, no
//!   final full stop.
//!
//! A headline, deck or byline is only taken as one while another non-empty
//! line follows it: a one-line file is all body. A stand-alone date line is
//! header wherever it stands in the first lines. The body starts at the first non-header
//! line.

use std::ops::Range;

use chrono_tz::Tz;

use super::dateline::{self, Standalone};

/// Which line, if any, is the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadlineRule {
    /// The first non-empty line (plain text).
    FirstLine,
    /// A `# ` heading as the first non-empty line (Markdown).
    MarkdownHeading,
    /// No headline in the text (JSON: the title is a field).
    None,
}

/// What the header holds: spans are byte ranges of `text`.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub title: Option<Range<usize>>,
    pub deck: Option<Range<usize>>,
    pub datelines: Vec<(Range<usize>, Standalone)>,
    pub body_start: usize,
}

/// How many non-empty lines the header may span.
const MAX_HEADER_LINES: usize = 10;

/// Read the header of `text[from..]`.
pub fn header(text: &str, from: usize, rule: HeadlineRule, tz: Option<Tz>) -> Header {
    let lines = non_empty_lines(text, from)
        .take(MAX_HEADER_LINES + 1)
        .collect::<Vec<_>>();
    let mut h = Header {
        body_start: from,
        ..Header::default()
    };
    let mut last_was_title = false;
    for (k, (span, next)) in lines.iter().cloned().enumerate() {
        let line = &text[span.clone()];
        if let Some(sa) = dateline::standalone(line, tz) {
            h.datelines.push((span, sa));
            h.body_start = next;
            continue;
        }
        if k + 1 >= lines.len() {
            // The last non-empty line is body unless it is a date line or a
            // Markdown `# ` heading (a heading is never body text: a file of
            // only a heading has no body).
            if rule == HeadlineRule::MarkdownHeading && h.title.is_none() {
                if let Some(r) = markdown_heading(line) {
                    h.title = Some(span.start + r.start..span.start + r.end);
                    h.body_start = next;
                }
            }
            break;
        }
        if h.title.is_none() && k == h.datelines.len() {
            let title = match rule {
                HeadlineRule::FirstLine if is_headline(line) => Some(span.clone()),
                HeadlineRule::MarkdownHeading => {
                    markdown_heading(line).map(|r| span.start + r.start..span.start + r.end)
                }
                _ => None,
            };
            if let Some(t) = title {
                h.title = Some(t);
                h.body_start = next;
                last_was_title = true;
                continue;
            }
        }
        if is_byline(line) {
            h.body_start = next;
            last_was_title = false;
            continue;
        }
        if last_was_title && rule == HeadlineRule::FirstLine && is_deck(line) {
            h.deck = Some(span);
            h.body_start = next;
            last_was_title = false;
            continue;
        }
        break;
    }
    h
}

/// Non-empty lines from `from`: (trimmed span, offset after the line break).
fn non_empty_lines(text: &str, from: usize) -> impl Iterator<Item = (Range<usize>, usize)> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        while pos < text.len() {
            let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
            let next = (end + 1).min(text.len());
            let raw = &text[pos..end];
            let start = pos;
            pos = next;
            let trimmed = raw.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            let lead = raw.len() - trimmed.len();
            let trimmed = trimmed.trim_end();
            if !trimmed.is_empty() {
                return Some((start + lead..start + lead + trimmed.len(), next));
            }
        }
        None
    })
}

fn is_headline(line: &str) -> bool {
    // a quotation that ends with a full stop ('... he said, "no."') is a
    // paragraph too
    let unquoted = line.trim_end_matches(['"', '”', '’', '\'', ')']);
    line.chars().count() <= 200 && !unquoted.ends_with('.') && !opens_with_dateline(line)
}

fn is_deck(line: &str) -> bool {
    line.chars().count() <= 250
        && !line.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')', '…'])
        && !opens_with_dateline(line)
        && !line.starts_with(['#', '-', '*', '>', '|'])
}

fn opens_with_dateline(line: &str) -> bool {
    dateline::opening(line).is_some_and(|o| o.len < line.len())
}

fn is_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    line.chars().count() <= 100 && rest.starts_with(char::is_uppercase) && !line.ends_with('.')
}

/// The title's range within a `# Title` line (trailing `#`s removed).
fn markdown_heading(line: &str) -> Option<Range<usize>> {
    let rest = line.strip_prefix('#')?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let start = line.len() - rest.trim_start().len();
    let title = rest.trim().trim_end_matches('#').trim_end();
    (!title.is_empty()).then(|| start..start + title.len())
}
