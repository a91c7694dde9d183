//! The splitter's word tables, embedded from data files and parsed once.
//!
//! * `abbreviations.txt`: known abbreviations and how they behave before the
//!   next token (see the header of that file for the classes).
//! * `starters.txt`: capitalized common words that open sentences; after an
//!   abbreviation that may end a sentence they decide that it does.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How an abbreviation behaves before the next token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Never ends a sentence ("Dr.", "Gen.", "e.g.").
    Title,
    /// May end a sentence; the next token decides ("U.S.", "p.m.", "Sept.", "Inc.").
    Final,
    /// An abbreviation only before a number ("No. 5").
    Number,
    /// A clock time's "a.m."/"p.m.": what may follow it in the sentence is a
    /// day, a month or a zone ("3 p.m. Thursday", "9 a.m. Sept. 5", "3 p.m.
    /// ET"); any other capitalized word opens a new sentence ("at 11 p.m.
    /// Staff were told").
    Clock,
}

/// The abbreviation table as shipped (one `WORD CLASS` per line).
pub const ABBREVIATIONS: &str = include_str!("abbreviations.txt");
/// The sentence-starter table as shipped (one word per line).
pub const STARTERS: &str = include_str!("starters.txt");
/// Verbs of saying (one word per line).
pub const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");

struct Tables {
    abbreviations: HashMap<&'static str, Class>,
    starters: HashSet<&'static str>,
    speech_verbs: HashSet<&'static str>,
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Parse one line of `abbreviations.txt`; `None` for a malformed line (a
/// unit test checks that the shipped file has none).
pub(crate) fn parse_abbreviation(line: &str) -> Option<(&str, Class)> {
    let mut parts = line.split_whitespace();
    let word = parts.next()?;
    let class = match parts.next()? {
        "title" => Class::Title,
        "final" => Class::Final,
        "number" => Class::Number,
        "clock" => Class::Clock,
        _ => return None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((word, class))
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        abbreviations: data_lines(ABBREVIATIONS)
            .filter_map(parse_abbreviation)
            .collect(),
        starters: data_lines(STARTERS).collect(),
        speech_verbs: data_lines(SPEECH_VERBS).collect(),
    })
}

/// The class of `word` (written without its final full stop), if it is an
/// abbreviation: listed in the table, a single capital letter (an initial),
/// or a dotted acronym of single letters ("F.B.I", "N.Y").
pub fn abbreviation(word: &str) -> Option<Class> {
    if let Some(c) = tables().abbreviations.get(word) {
        return Some(*c);
    }
    if is_initial_or_acronym(word) {
        return Some(Class::Final);
    }
    // Capitals ("DR.", "REP.", "PRES." in transcripts and headlines): look
    // up the capitalized form, without allocating.
    let n = word.len();
    if (2..=8).contains(&n) && word.bytes().all(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; 8];
        buf[..n].copy_from_slice(word.as_bytes());
        buf[1..n].make_ascii_lowercase();
        let cap = std::str::from_utf8(&buf[..n]).ok()?;
        return tables().abbreviations.get(cap).copied();
    }
    None
}

fn is_initial_or_acronym(word: &str) -> bool {
    let mut segments = 0;
    for seg in word.split('.') {
        let mut cs = seg.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => {}
            _ => return false,
        }
        segments += 1;
    }
    if segments == 1 {
        word.chars().all(char::is_uppercase)
    } else {
        true
    }
}

/// Whether `word` is a capitalized common word that opens sentences.
pub fn is_starter(word: &str) -> bool {
    tables().starters.contains(word)
}

/// Whether `word` is a verb of saying ("said", "asked").
pub fn is_speech_verb(word: &str) -> bool {
    tables().speech_verbs.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_line_parses() {
        for line in data_lines(ABBREVIATIONS) {
            assert!(
                parse_abbreviation(line).is_some(),
                "bad line in abbreviations.txt: {line:?}"
            );
            assert!(!line.split_whitespace().next().unwrap().ends_with('.'));
        }
        for line in data_lines(STARTERS).chain(data_lines(SPEECH_VERBS)) {
            assert!(!line.contains(char::is_whitespace), "bad starter {line:?}");
        }
    }

    #[test]
    fn classes() {
        assert_eq!(abbreviation("Dr"), Some(Class::Title));
        assert_eq!(abbreviation("U.S"), Some(Class::Final));
        assert_eq!(abbreviation("F.B.I"), Some(Class::Final));
        assert_eq!(abbreviation("W"), Some(Class::Final));
        assert_eq!(abbreviation("No"), Some(Class::Number));
        assert_eq!(abbreviation("w"), None);
        assert_eq!(abbreviation("Washington"), None);
        assert_eq!(abbreviation("DR"), Some(Class::Title));
        assert_eq!(abbreviation("SEPT"), Some(Class::Final));
        assert_eq!(abbreviation("THE"), None);
        assert_eq!(abbreviation("5"), None);
        assert!(is_starter("The"));
        assert!(!is_starter("Treasury"));
    }
}
