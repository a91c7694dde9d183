//! Words for grouping: stemmed content words and names.
//!
//! Plain functions over `&str`. Content words are lower-cased, stripped of a
//! possessive `'s`, filtered through a stop-word list and stemmed with the
//! Snowball English stemmer. Names are runs of capitalised words that do not
//! open a sentence (a run of two or more may); each word of a name becomes a
//! `#word` term, so proper nouns count twice: once as a word, once as a name.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Common English words (and news-copy filler such as "said") that carry no
/// topic. Written for this project.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "back",
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
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "early",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "got",
    "had",
    "has",
    "have",
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
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "late",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "need",
    "never",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "past",
    "per",
    "perhaps",
    "rather",
    "really",
    "said",
    "same",
    "say",
    "says",
    "see",
    "seen",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "take",
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
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours", // calendar words: every dated sentence has them
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "days",
    "weeks",
    "months",
    "years",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "morning",
    "afternoon",
    "evening",
    "night",
    // tokenised-copy artefacts (PTB brackets)
    "lrb",
    "rrb",
    "lsb",
    "rsb",
    "lcb",
    "rcb",
];

fn is_stop(w: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(w)
}

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Words of `s`: maximal runs of alphanumeric characters, with inner
/// apostrophes kept ("don't"); a trailing possessive is cut off.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let mut start: Option<usize> = None;
        while let Some((i, c)) = chars.next() {
            let inner_apos = (c == '\'' || c == '\u{2019}')
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner_apos {
                if start.is_none() {
                    start = Some(i);
                }
            } else if let Some(st) = start {
                return Some((st, &s[st..i]));
            }
        }
        start.map(|st| (st, &s[st..]))
    })
    .map(|(i, w)| {
        let cut = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        (i, cut)
    })
}

/// The stem of one lower-cased word, or `None` for stop words, numbers and
/// words shorter than three characters.
pub fn content_stem(lower: &str) -> Option<String> {
    if lower.chars().count() < 3 || is_stop(lower) || !lower.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    if lower.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(s) = c.get(lower) {
            return Some(s.clone());
        }
        let s = stemmer().stem(lower).into_owned();
        if c.len() < 200_000 {
            c.insert(lower.to_string(), s.clone());
        }
        Some(s)
    })
}

/// Stemmed content words of `s`, in text order (with repeats).
pub fn stems(s: &str) -> Vec<String> {
    words(s)
        .filter_map(|(_, w)| {
            // most words are lower-case ASCII already: no copy for those
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                content_stem(w)
            } else {
                content_stem(&w.to_lowercase())
            }
        })
        .collect()
}

fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_uppercase()) && w.chars().any(|c| c.is_alphabetic())
}

/// Name terms (`#word`, lower-cased) of one sentence: every word of a run of
/// capitalised words, except a single capitalised word that opens the
/// sentence ("Officials said ...") or is a stop word ("The").
pub fn names(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, String)> = Vec::new();
    let flush = |run: &mut Vec<(usize, String)>, out: &mut Vec<String>| {
        let keep_first = run.len() >= 2;
        for (pos, lw) in run.iter() {
            if (*pos == 0 && !keep_first) || is_stop(lw) || lw.chars().count() < 2 {
                continue;
            }
            out.push(format!("#{lw}"));
        }
        run.clear();
    };
    let mut first = true;
    let mut prev_end = 0usize;
    for (i, w) in words(sentence) {
        // a punctuation mark other than a space between words ends a run
        let gap = &sentence[prev_end..i];
        if !gap.chars().all(char::is_whitespace) {
            flush(&mut run, &mut out);
        }
        prev_end = i + w.len();
        if capitalised(w) && !w.chars().all(|c| c.is_ascii_digit()) {
            run.push((if first { 0 } else { 1 }, w.to_lowercase()));
        } else {
            flush(&mut run, &mut out);
        }
        first = false;
    }
    flush(&mut run, &mut out);
    out
}

/// Terms of a sentence for comparing two reports of the same event: its
/// stemmed content words as a sorted set.
pub fn stem_set(s: &str) -> Vec<String> {
    let mut v = stems(s);
    v.sort();
    v.dedup();
    v
}

/// Size of the intersection of two sorted sets.
pub fn common(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both
}

/// Dice coefficient of two sorted sets: 2|A∩B| / (|A|+|B|); 0 when both are empty.
pub fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * common(a, b) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_drop_stop_words_numbers_and_possessives() {
        assert_eq!(
            stems(
                "The ministers' talks in Geneva's old town resumed on Monday, 2025 officials said."
            ),
            vec!["minist", "talk", "geneva", "old", "town", "resum", "offici"]
        );
    }

    #[test]
    fn names_skip_sentence_openers_but_keep_multiword_names() {
        assert_eq!(
            names("Officials met Maria Lopez in Lisbon on Monday."),
            vec!["#maria", "#lopez", "#lisbon"]
        );
        assert_eq!(
            names("Port Talbot workers voted."),
            vec!["#port", "#talbot"]
        );
        // punctuation splits runs; a stop word never becomes a name
        assert_eq!(names("In Rome, The Senate met."), vec!["#rome", "#senate"]);
    }

    #[test]
    fn dice_of_sets() {
        let a = stem_set("Ministers will vote on the fisheries deal in Brussels");
        let b = stem_set("The fisheries deal goes to a vote of ministers in Brussels");
        assert!(dice(&a, &b) > 0.7, "{a:?} {b:?}");
        assert_eq!(dice(&[], &[]), 0.0);
        let c = stem_set("Heavy rain closed the coastal road");
        assert!(dice(&a, &c) < 0.1);
    }
}
