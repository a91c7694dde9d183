//! Sentence segmentation for news copy.
//!
//! In: the article text (`&str`) and the byte range of its body. Out: a list
//! of [`Sentence`] spans (byte offsets into the same text), in order, never
//! overlapping, on `char` boundaries, inside the range, each starting and
//! ending on a non-space character. Every non-space character of the range is
//! inside exactly one sentence. Sentences never cross a paragraph break.
//!
//! # Paragraphs
//!
//! A blank line always ends a paragraph. A single line break ends one too
//! (wire copy has one paragraph per line; a headline or a deck has no full
//! stop), except where the copy is hard-wrapped:
//!
//! * in a hard-wrapped block of lines (between blank lines: its longest
//!   line is 40 to 120 bytes long, and most of its lines end mid-sentence,
//!   with a letter, digit or comma, and are at least 60% of the longest), a
//!   line break is a space, unless the line before is short (under half the
//!   longest line: a subhead) or is a Markdown heading or table row;
//! * anywhere, a line break between a line that ends mid-sentence and a line
//!   that starts with a lowercase letter is a space;
//! * a line that starts a Markdown block (`#`, `>`, `|`, a list marker, a code
//!   fence) always starts a paragraph.
//!
//! # Sentence ends
//!
//! One pass over the paragraph. A candidate end is a run of `.`, `?`, `!` or
//! `…` (a spaced ". . ." counts as one ellipsis), then any closing quotes or
//! brackets, then a space or the end of the paragraph ("3.5", "U.S.-backed"
//! and "example.com" are never candidates). The next token decides:
//!
//! * a lowercase next token continues the sentence ('"Why?" he asked');
//! * after `?` or `!`, or a full stop followed by a closing quote or bracket
//!   ('... he said." Next'), the sentence ends, except that a question or
//!   exclamation closing a quotation and followed by a capitalized name of
//!   up to three words and a verb of saying (`speech_verbs.txt`) goes on:
//!   '"Why now?" Smith asked.';
//! * after an ellipsis, it ends before a capitalized word or an opening quote;
//! * after a full stop, the word before it is looked up in the abbreviation
//!   table (`abbreviations.txt`, embedded):
//!   - `title` words never end a sentence ("Dr. Smith", "Gen. Milley");
//!   - `number` words continue before a digit ("No. 5") and are ordinary
//!     words otherwise;
//!   - `final` words (plus initials such as "W." and dotted acronyms such as
//!     "F.B.I.") end the sentence only before an opening quote or a
//!     capitalized common sentence opener from `starters.txt`: "in the U.S.
//!     The talks" splits, "U.S. officials", "U.S. Treasury", "3 p.m. ET",
//!     "Sept. 5" and "George W. Bush" do not;
//!   - a number of up to three digits that opens the sentence is a list
//!     number ("1. First item") and does not end it;
//!   - any other word ends the sentence before anything that is not
//!     lowercase.
//!
//! Tokenised corpora ("said .", "`` Quote . ''") work too: a full stop with a
//! space before it is an ordinary sentence end, and a closing-quote token
//! standing alone after a sentence end (`''`, `’`, `”`, or `"` when it is the
//! last token of the paragraph) is attached to it.

mod tables;

use std::ops::Range;

use serde::Serialize;

pub use tables::{
    abbreviation, is_speech_verb, is_starter, Class, ABBREVIATIONS, SPEECH_VERBS, STARTERS,
};

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

/// Split `text[range]` into sentences. A range that reaches past the text or
/// does not fall on `char` boundaries is narrowed to one that does.
pub fn split(text: &str, range: Range<usize>) -> Vec<Sentence> {
    split_until(text, range, usize::MAX)
}

/// The first sentence of `text[range]`, the same as `split(..).first()`,
/// without splitting the blocks of lines after the one it is in.
pub fn first(text: &str, range: Range<usize>) -> Option<Sentence> {
    split_until(text, range, 1).first().copied()
}

/// [`split`], stopping at the end of the first block of lines that brings
/// the count to `want` (blocks are split independently, so what is returned
/// is a prefix of the full split).
fn split_until(text: &str, range: Range<usize>, want: usize) -> Vec<Sentence> {
    let mut end = range.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    if start >= end {
        return Vec::new();
    }
    let text = &text[..end];
    let mut splitter = Splitter {
        text,
        out: Vec::new(),
        paragraph: 0,
        block: Vec::new(),
    };
    let mut pos = start;
    while pos < end {
        let line_end = text[pos..].find('\n').map_or(end, |i| pos + i);
        let content = text[pos..line_end].trim_end();
        if content.trim_start().is_empty() {
            splitter.flush_block();
            if splitter.out.len() >= want {
                return splitter.out;
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            splitter.block.push(Line {
                start: pos + lead,
                end: pos + content.len(),
            });
        }
        pos = line_end + 1;
    }
    splitter.flush_block();
    splitter.out
}

/// Hard-wrapped copy has its longest line between these lengths (bytes):
/// wrap widths are 60 to 100 columns; wire copy with one paragraph per line
/// has longer lines, headlines and decks shorter ones.
const WRAP_MIN: usize = 40;
const WRAP_MAX: usize = 120;

/// A non-blank line: `start` at its first and `end` after its last non-space
/// character.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

struct Splitter<'a> {
    text: &'a str,
    out: Vec<Sentence>,
    paragraph: usize,
    /// The lines of the current block (reused between blocks).
    block: Vec<Line>,
}

impl Splitter<'_> {
    /// Cut the current block of lines into paragraphs and split each.
    fn flush_block(&mut self) {
        let n = self.block.len();
        if n == 0 {
            return;
        }
        let text = self.text;
        let line = |l: Line| &text[l.start..l.end];
        let longest = self
            .block
            .iter()
            .map(|l| l.end - l.start)
            .max()
            .unwrap_or(0);
        let inner = &self.block[..n - 1];
        let mid = inner
            .iter()
            .filter(|l| ends_mid_sentence(line(**l)))
            .count();
        let full = inner
            .iter()
            .filter(|l| 5 * (l.end - l.start) >= 3 * longest)
            .count();
        let wrapped = n >= 2
            && (WRAP_MIN..=WRAP_MAX).contains(&longest)
            && 2 * mid > n - 1
            && 2 * full > n - 1;
        let mut first = 0;
        for i in 0..n {
            let soft = i + 1 < n && {
                let (cur, next) = (line(self.block[i]), line(self.block[i + 1]));
                line_break_is_space(cur, next, wrapped, longest)
            };
            if !soft {
                let (ps, pe) = (self.block[first].start, self.block[i].end);
                self.paragraph(ps, pe);
                first = i + 1;
            }
        }
        self.block.clear();
    }

    /// Split one paragraph `text[ps..pe]` (`ps` and `pe` on non-space
    /// characters; line breaks inside are spaces).
    fn paragraph(&mut self, ps: usize, pe: usize) {
        let t = self.text;
        let before = self.out.len();
        let mut start = ps;
        let mut i = ps;
        while i < pe {
            let c = char_at(t, i);
            if !is_terminator(c) {
                i += c.len_utf8();
                continue;
            }
            let term_start = i;
            let mut run = Run::default();
            run.add(c);
            let mut j = i + c.len_utf8();
            while j < pe {
                let d = char_at(t, j);
                if is_terminator(d) {
                    run.add(d);
                    j += d.len_utf8();
                } else if d == ' ' && run.dots > 0 && t.as_bytes().get(j + 1) == Some(&b'.') {
                    // ". . ." as tokenised copy writes an ellipsis
                    run.add('.');
                    j += 2;
                } else {
                    break;
                }
            }
            let mut k = j;
            let mut closed = false;
            while k < pe {
                let d = char_at(t, k);
                if !is_closer(d) {
                    break;
                }
                closed = true;
                k += d.len_utf8();
            }
            if k < pe && !char_at(t, k).is_whitespace() {
                i = j;
                continue;
            }
            let next = skip_space(t, k, pe);
            if next >= pe {
                break;
            }
            if ends_sentence(t, start, term_start, run, closed, next) {
                let (end, next) = attach_closing_token(t, k, next, pe);
                self.out.push(Sentence {
                    start,
                    end,
                    paragraph: self.paragraph,
                });
                start = next;
                i = next;
            } else {
                i = k;
            }
        }
        if start < pe {
            self.out.push(Sentence {
                start,
                end: pe,
                paragraph: self.paragraph,
            });
        }
        if self.out.len() > before {
            self.paragraph += 1;
        }
    }
}

/// The terminators of one candidate sentence end.
#[derive(Debug, Default, Clone, Copy)]
struct Run {
    dots: usize,
    ellipsis: bool,
    question_or_bang: bool,
}

impl Run {
    fn add(&mut self, c: char) {
        match c {
            '.' => {
                self.dots += 1;
                if self.dots >= 2 {
                    self.ellipsis = true;
                }
            }
            '…' => self.ellipsis = true,
            _ => self.question_or_bang = true,
        }
    }
}

fn ends_sentence(
    t: &str,
    ps: usize,
    term_start: usize,
    run: Run,
    closed: bool,
    next: usize,
) -> bool {
    let n = char_at(t, next);
    // a lowercase word next, even inside an opening quote ('the U.S. "is
    // committed"'), continues the sentence
    let after_quotes = t[next..].trim_start_matches(is_open_quote);
    if n.is_lowercase() || after_quotes.starts_with(char::is_lowercase) {
        return false;
    }
    let open_quote = is_open_quote(n);
    if run.question_or_bang {
        return !(closed && attribution_follows(t, next));
    }
    if run.ellipsis {
        return n.is_uppercase() || open_quote;
    }
    if closed {
        return true;
    }
    let word = word_before(t, ps, term_start);
    if word.is_empty() {
        return true;
    }
    // a list number opening the sentence ("1. First item", "9. Clearwater")
    if term_start - word.len() == ps && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    match abbreviation(word) {
        Some(Class::Title) => false,
        Some(Class::Number) if n.is_ascii_digit() => false,
        Some(Class::Number) | None => true,
        Some(Class::Final) => open_quote || (n.is_uppercase() && is_starter(word_at(t, next))),
        Some(Class::Clock) => open_quote || (n.is_uppercase() && !may_follow_clock(&t[next..])),
    }
}

/// What may follow "p.m." in the same sentence (`rest`, the text from the
/// next word on): a weekday or month name (or its abbreviation), a word of
/// two to five capitals (a time zone: "ET", "GMT", "CEST"), or one of the
/// words below: AP forms, zone words and the holidays a clock time may
/// carry like a day ("until 4 a.m. New Year's Day").
fn may_follow_clock(rest: &str) -> bool {
    // chrono reads the names and their three-letter forms ("Thursday",
    // "Thu", "Sept" aside)
    const OTHERS: &[&str] = &[
        "Tues",
        "Thurs",
        "Sept",
        "Noon",
        "Eastern",
        "Central",
        "Mountain",
        "Pacific",
        "Atlantic",
        "Greenwich",
        "Christmas",
        "New Year",
        "Thanksgiving",
        "Easter",
        "Halloween",
        "Independence Day",
        "Labor Day",
        "Memorial Day",
        "Election Day",
    ];
    let w = word_at(rest, 0);
    ((2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
        || w.parse::<chrono::Weekday>().is_ok()
        || w.parse::<chrono::Month>().is_ok()
        || OTHERS.iter().any(|o| {
            rest.strip_prefix(o)
                .is_some_and(|r| !r.starts_with(char::is_alphabetic))
        })
}

/// The word that ends at `end` (a full stop's offset): the letters, digits
/// and inner full stops before it, so "anti-U.S" gives "U.S" and
/// "(CNN)Gov" gives "Gov".
fn word_before(t: &str, ps: usize, end: usize) -> &str {
    let s = &t[ps..end];
    let from = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    s[from..].trim_start_matches('.')
}

/// Whether `t[at..]` is a capitalized name of up to three words and a verb
/// of saying ("Smith asked", "Donald Trump told").
fn attribution_follows(t: &str, at: usize) -> bool {
    let mut rest = &t[at..];
    for _ in 0..3 {
        let word = word_at(rest, 0);
        if word.is_empty() || !word.starts_with(char::is_uppercase) || is_starter(word) {
            return false;
        }
        rest = &rest[word.len()..];
        let Some(after) = rest.strip_prefix(' ') else {
            return false;
        };
        rest = after;
        let next = word_at(rest, 0);
        if is_speech_verb(next) {
            return true;
        }
    }
    false
}

/// The run of letters starting at `at`.
fn word_at(t: &str, at: usize) -> &str {
    let s = &t[at..];
    let len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    &s[..len]
}

/// A closing-quote token standing alone after a sentence end (tokenised
/// copy: `he said . ''`) belongs to that sentence.
fn attach_closing_token(t: &str, end: usize, next: usize, pe: usize) -> (usize, usize) {
    let s = &t[next..pe];
    let len = s.find(char::is_whitespace).unwrap_or(s.len());
    let token = &s[..len];
    let closing = |c| matches!(c, '\'' | '’' | '”' | '»');
    // A straight double quote may open the next sentence; standing last in
    // the paragraph it can only close this one.
    let last = next + len == pe;
    if token.chars().all(|c| closing(c) || (last && c == '"')) {
        let e = next + len;
        (e, skip_space(t, e, pe))
    } else {
        (end, next)
    }
}

fn char_at(t: &str, i: usize) -> char {
    t[i..].chars().next().unwrap_or(' ')
}

fn skip_space(t: &str, from: usize, to: usize) -> usize {
    t[from..to]
        .find(|c: char| !c.is_whitespace())
        .map_or(to, |i| from + i)
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '`' | '«')
}

/// A line that ends without sentence punctuation (a hard-wrapped line, or a
/// headline).
fn ends_mid_sentence(line: &str) -> bool {
    line.chars().next_back().is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–' | '—' | '(' | '/' | '&')
    })
}

/// Whether `line` starts a Markdown block: a heading, quote, table row, list
/// item or code fence.
fn starts_block(line: &str) -> bool {
    if line.starts_with(['#', '>', '|']) || line.starts_with("```") {
        return true;
    }
    if ["- ", "* ", "+ ", "• "].iter().any(|m| line.starts_with(m)) {
        return true;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0
        && digits <= 3
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// Whether the line break between `cur` and `next` (two non-blank lines of
/// one block) is only a space.
fn line_break_is_space(cur: &str, next: &str, wrapped: bool, longest: usize) -> bool {
    if starts_block(next) || cur.starts_with(['#', '|']) {
        return false;
    }
    if wrapped && 2 * cur.len() >= longest {
        return true;
    }
    ends_mid_sentence(cur) && next.starts_with(char::is_lowercase)
}
