//! Tokens for the summarizer: words, a light stemmer, stopwords, term hashes.
//!
//! Everything here works on bytes without allocating per word: a word is
//! lowercased into a fixed stack buffer, stemmed in place and hashed to a
//! 64-bit term id. Two words with the same stem get the same id, which is all
//! the similarity graph needs (the stem itself is never shown).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Longest word prefix that is looked at; longer words are cut (still hashed
/// consistently).
const MAX_WORD: usize = 24;

/// One word of a sentence, as the features need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Hash of the lowercased, stemmed word.
    pub term: u64,
    /// Hash of the lowercased word before stemming.
    pub raw: u64,
    /// Not a stopword and at least two characters long.
    pub content: bool,
    /// Starts with an uppercase letter.
    pub capitalized: bool,
    /// Contains a digit.
    pub numeric: bool,
}

/// FNV-1a over bytes: fast for short keys and stable across runs and
/// platforms (the output must be deterministic).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A hasher for keys that are already good 64-bit hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A set of term hashes.
pub type TermSet = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// English function words: they carry no topic and are left out of the
/// similarity graph.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "didn",
    "do",
    "does",
    "doesn",
    "doing",
    "don",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "get",
    "got",
    "had",
    "has",
    "hasn",
    "have",
    "haven",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "isn",
    "it",
    "its",
    "itself",
    "just",
    "ll",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "re",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "ve",
    "very",
    "was",
    "wasn",
    "we",
    "were",
    "weren",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "won",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "mr",
    "mrs",
    "ms",
    "told",
    "like",
    "many",
    "well",
    "back",
    "still",
    "yet",
    "since",
    "around",
    "told",
    "according",
    "going",
    "make",
    "made",
    "way",
    "new",
    "two",
    "three",
    "first",
    "last",
    "year",
    "years",
    "time",
    "people",
];

fn stopwords() -> &'static TermSet {
    static SET: OnceLock<TermSet> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().map(|w| hash_bytes(w.as_bytes())).collect())
}

#[inline]
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[inline]
fn has_vowel(w: &[u8]) -> bool {
    w.iter().any(|&b| is_vowel(b) || b == b'y')
}

/// A light English suffix stripper (in the spirit of Porter's step 1 plus a
/// few derivational endings), in place on a lowercase ASCII word; returns
/// the stem length. It conflates inflections ("attacks", "attacked",
/// "attacking" → "attack"); it does not need to produce dictionary words.
pub fn stem(w: &mut [u8]) -> usize {
    let mut n = w.len();
    if n <= 3 || !w[..n].iter().all(|b| b.is_ascii_lowercase()) {
        return n;
    }
    // Plurals and third person.
    if w[..n].ends_with(b"sses") {
        n -= 2;
    } else if w[..n].ends_with(b"ies") && n > 4 {
        n -= 2;
        w[n - 1] = b'y';
    } else if w[n - 1] == b's' && !matches!(w[n - 2], b's' | b'u' | b'i') {
        n -= 1;
    }
    // Past tense and gerund.
    let mut undouble = false;
    if n > 5 && w[..n].ends_with(b"ing") && has_vowel(&w[..n - 3]) {
        n -= 3;
        undouble = true;
    } else if n > 4 && w[..n].ends_with(b"eed") {
        n -= 1;
    } else if n > 4 && w[..n].ends_with(b"ed") && has_vowel(&w[..n - 2]) {
        n -= 2;
        undouble = true;
    }
    if undouble && n >= 3 {
        let (a, b) = (w[n - 1], w[n - 2]);
        if a == b && !matches!(a, b'l' | b's' | b'z') && !is_vowel(a) {
            n -= 1;
        } else if w[..n].ends_with(b"at") || w[..n].ends_with(b"iz") || w[..n].ends_with(b"bl") {
            // "created" -> "creat" and "create" -> "creat" below agree.
        }
    }
    // A few derivational endings.
    for (suffix, keep) in [
        (&b"ational"[..], 3usize),
        (b"ization", 2),
        (b"fulness", 4),
        (b"iveness", 3),
        (b"ness", 0),
        (b"ment", 0),
        (b"ation", 2),
        (b"ally", 2),
        (b"ly", 0),
    ] {
        if n > suffix.len() + 3 && w[..n].ends_with(suffix) {
            n -= suffix.len() - keep;
            break;
        }
    }
    // Final e and y: "create"/"creat", "happy"/"happi".
    if n > 3 && w[n - 1] == b'e' {
        n -= 1;
    }
    if n > 3 && w[n - 1] == b'y' {
        w[n - 1] = b'i';
    }
    n
}

/// Length of the separator at `bytes[i]`, or 0 when a word character
/// starts there. ASCII letters and digits are word characters, other ASCII is
/// not; U+2000..U+206F (dashes, curly quotes, ellipsis) and U+00A0 are
/// separators; every other non-ASCII character is a word character.
#[inline]
fn separator_len(bytes: &[u8], i: usize) -> usize {
    let b = bytes[i];
    if b < 0x80 {
        return usize::from(!b.is_ascii_alphanumeric());
    }
    match (b, bytes.get(i + 1)) {
        (0xE2, Some(0x80 | 0x81)) => 3.min(bytes.len() - i),
        (0xC2, Some(0xA0)) => 2,
        _ => 0,
    }
}

/// Calls `f` for each word of `s`, in order. Words are runs of letters,
/// digits and non-ASCII letters; the "s" and "t" after an apostrophe
/// ("Senate's", "don't") are dropped.
pub fn for_each_token(s: &str, mut f: impl FnMut(Token)) {
    let bytes = s.as_bytes();
    let stops = stopwords();
    let mut i = 0;
    let mut buf = [0u8; MAX_WORD];
    let mut after_apostrophe = false;
    while i < bytes.len() {
        let sep = separator_len(bytes, i);
        if sep > 0 {
            after_apostrophe = bytes[i] == b'\'' || bytes[i..].starts_with("\u{2019}".as_bytes());
            i += sep;
            continue;
        }
        let start = i;
        while i < bytes.len() && separator_len(bytes, i) == 0 {
            i += 1;
        }
        let word = &bytes[start..i];
        if after_apostrophe && matches!(word, b"s" | b"t" | b"S" | b"T") {
            after_apostrophe = false;
            continue;
        }
        after_apostrophe = false;
        let len = word.len().min(MAX_WORD);
        let mut numeric = false;
        for (d, &b) in buf.iter_mut().zip(&word[..len]) {
            numeric |= b.is_ascii_digit();
            *d = b.to_ascii_lowercase();
        }
        let lower = &mut buf[..len];
        let raw = hash_bytes(lower);
        let capitalized = word[0].is_ascii_uppercase();
        if len == 1 && !numeric {
            // Initials, "a", "I": words, but not topic terms.
            f(Token {
                term: raw,
                raw,
                content: false,
                capitalized,
                numeric,
            });
            continue;
        }
        let stop = stops.contains(&raw);
        let term = if stop || numeric {
            raw
        } else {
            let n = stem(lower);
            hash_bytes(&lower[..n])
        };
        f(Token {
            term,
            raw,
            content: !stop,
            capitalized,
            numeric,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem_str(s: &str) -> String {
        let mut b = s.as_bytes().to_vec();
        let n = stem(&mut b);
        String::from_utf8(b[..n].to_vec()).unwrap()
    }

    #[test]
    fn inflections_conflate() {
        for group in [
            &["attack", "attacks", "attacked", "attacking"][..],
            &["ministry", "ministries"],
            &["plan", "plans", "planned", "planning"],
            &["create", "created", "creates"],
            &["agree", "agreed", "agrees"],
            &["negotiate", "negotiated", "negotiates"],
        ] {
            let first = stem_str(group[0]);
            for w in group {
                assert_eq!(stem_str(w), first, "{w} vs {}", group[0]);
            }
        }
        assert_ne!(stem_str("bus"), stem_str("bu"));
    }

    #[test]
    fn tokens_and_flags() {
        let mut toks = Vec::new();
        for_each_token("The U.S. Senate’s 52 votes—came Thursday", |t| {
            toks.push(t)
        });
        // the, u, s, senate, 52, votes, came, thursday
        assert_eq!(toks.len(), 8);
        assert!(!toks[0].content);
        assert!(toks[3].capitalized && toks[3].content);
        assert!(toks[4].numeric);
        let mut a = Vec::new();
        for_each_token("voted", |t| a.push(t.term));
        assert_eq!(toks[5].term, a[0]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "’",
            "é’s",
            "a’b",
            "\u{0}\u{7f}",
            "ééééééééééééééééééééééééééééé",
            "1.5",
        ] {
            for_each_token(s, |_| {});
        }
    }
}
