//! Sentence segmentation for news copy.
//!
//! In: the article text (`&str`) and the byte range of its body. Out: a list
//! of [`Sentence`] spans (byte offsets into the same text), in order, never
//! overlapping. Sentences never cross a paragraph break (a blank line, or a
//! line break in copy that has one paragraph per line).

use serde::Serialize;

/// One sentence: a byte span of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character (trailing spaces excluded).
    pub end: usize,
    /// 0-based index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Split `text[range]` into sentences.
pub fn split(text: &str, range: std::ops::Range<usize>) -> Vec<Sentence> {
    // Placeholder splitter: lines and ". " boundaries. Replaced by the
    // abbreviation-aware splitter.
    let mut out = Vec::new();
    let mut para = 0usize;
    let mut pos = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            continue;
        }
        let mut s = line_start + (trimmed.len() - trimmed.trim_start().len());
        let bytes = text.as_bytes();
        let end = line_start + trimmed.len();
        let mut i = s;
        while i < end {
            if bytes[i] == b'.' && i + 1 < end && bytes[i + 1] == b' ' {
                out.push(Sentence {
                    start: s,
                    end: i + 1,
                    paragraph: para,
                });
                s = i + 2;
                i = s;
                continue;
            }
            i += 1;
        }
        if s < end {
            out.push(Sentence {
                start: s,
                end,
                paragraph: para,
            });
        }
        para += 1;
    }
    out
}
