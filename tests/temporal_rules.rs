//! Every rule in src/temporal/rules/patterns.tsv carries one test case
//! (`text with [span] @ DCT = VALUE`); this runs them all.

use chrono::NaiveDate;
use dateline::temporal::Tagger;

mod common;
use common::tag_as_one_sentence as tag;

#[test]
fn every_rule_passes_its_own_example() {
    let t = Tagger::global();
    let mut failures = Vec::new();
    let mut checked = 0;
    for i in 0..t.rule_count() {
        let ex = t.rule_example(i);
        let name = t.rule_name(i);
        assert!(t.rule_line(i) > 0);
        if name.starts_with("reject:") {
            continue;
        }
        assert!(!ex.is_empty(), "rule {name} has no example");
        for ex in ex.split(" ;; ") {
            let (text, rest) = ex.split_once(" @ ").expect("example: `text @ DCT = VALUE`");
            let (dct, value) = rest
                .split_once(" = ")
                .expect("example: `text @ DCT = VALUE`");
            let dct = NaiveDate::parse_from_str(dct.trim(), "%Y-%m-%d").expect("DCT");
            let open = text.find('[').expect("example needs [span]");
            let close = text.find(']').expect("example needs [span]");
            let span = text[open + 1..close].trim();
            let plain = format!("{}{}{}", &text[..open], span, &text[close + 1..]);
            let start = open;
            let plain = plain.replace(" [", " ").replace("] ", " ");
            let got = tag(&plain, dct);
            let hit = got
                .iter()
                .find(|x| x.start == start && x.end == start + span.len());
            checked += 1;
            match hit {
                Some(x) if x.value == value.trim() && t.rule_name(x.rule) == name => {}
                Some(x) => failures.push(format!(
                    "{name}: `{span}` -> {} by rule {} (want {} by {name})",
                    x.value,
                    t.rule_name(x.rule),
                    value.trim()
                )),
                None => failures.push(format!(
                    "{name}: `{span}` not found in {:?}; got {:?}",
                    plain,
                    got.iter()
                        .map(|x| (
                            &plain[x.start..x.end],
                            x.value.as_str(),
                            t.rule_name(x.rule)
                        ))
                        .collect::<Vec<_>>()
                )),
            }
        }
    }
    assert!(checked > 50);
    assert!(
        failures.is_empty(),
        "{} failing rule examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_reject_entry_blocks_its_string() {
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    let mut n = 0;
    for line in dateline::temporal::REJECT_TXT.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // entries written with classes are covered by tests/temporal.rs
        // (a class word: CAPWORD, ^!NUM|DAY, CAPWORD&!MONTH|TZ, (MONTH|WEEKDAY);
        // a context word, `^x`, is not text either)
        if line.contains('^')
            || line.split_whitespace().any(|w| {
                w.len() > 1
                    && w.chars().any(|c| c.is_ascii_uppercase())
                    && w.chars()
                        .all(|c| c.is_ascii_uppercase() || "|()^!&?_".contains(c))
            }) && !line.contains('.')
        {
            continue;
        }
        // a group of words stands for its first one: "(winter|spring) wheat"
        // is tested as "winter wheat"
        let line = line
            .split(' ')
            .map(
                |w| match w.strip_prefix('(').and_then(|w| w.strip_suffix(')')) {
                    Some(alts) => alts.split('|').next().unwrap_or(alts),
                    None => w,
                },
            )
            .collect::<Vec<_>>()
            .join(" ");
        let text = format!("He said {line} was fine.");
        let (a, b) = (8, 8 + line.len());
        let got = tag(&text, dct);
        assert!(
            got.iter().all(|x| x.end <= a || x.start >= b),
            "reject entry `{line}` was tagged: {:?}",
            got.iter()
                .map(|x| &text[x.start..x.end])
                .collect::<Vec<_>>()
        );
        n += 1;
    }
    assert!(n >= 15);
}

/// A group with a space in it ("(another|an additional)") would split into
/// broken elements that never match; the loader says so, with file and line.
#[test]
#[should_panic(expected = "patterns.tsv:2: unbalanced parentheses")]
fn a_group_with_a_space_is_a_clear_rule_error() {
    let patterns = "good | another UNIT | DURATION | dur(1, UNIT) | - | x\n\
                    bad | (another|an additional) UNIT | DURATION | dur(1, UNIT) | - | x\n";
    dateline::temporal::Tagger::from_tables(
        dateline::temporal::VOCAB_TSV,
        patterns,
        dateline::temporal::REJECT_TXT,
    );
}

/// Tag `text` (one sentence) with a tagger built from `patterns` and
/// `reject` (the vocabulary is the shipped one); the spans found.
fn spans_with(patterns: &str, reject: &str, text: &str) -> Vec<String> {
    let t = Tagger::from_tables(dateline::temporal::VOCAB_TSV, patterns, reject);
    let sents = dateline::segment::split(text, 0..text.len());
    let dct = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap();
    t.tag(text, &sents, dct)
        .iter()
        .map(|x| text[x.start..x.end].to_string())
        .collect()
}

/// A negated context element at the start of a pattern looks back: the
/// word before the match may not carry its classes, and a match may open
/// the text (there is no word before it at all).
#[test]
fn a_leading_negated_context_looks_back() {
    let p = "wd | ^!REL WEEKDAY | DATE | wd(WEEKDAY, past) | - | x\n";
    assert_eq!(spans_with(p, "", "Sunday came early."), ["Sunday"]);
    assert_eq!(spans_with(p, "", "It came on Sunday."), ["Sunday"]);
    assert!(spans_with(p, "", "It came last Sunday.").is_empty());
}

/// `A&!B|C` matches a token of class A that has neither B nor C: here a
/// reject entry for a weekday before a capitalized word that is no month.
#[test]
fn an_element_can_exclude_classes() {
    let p = "wd | WEEKDAY | DATE | wd(WEEKDAY, past) | - | x\n\
             m | MONTH | DATE | m(MONTH, tense) | - | x\n";
    let r = "WEEKDAY CAPWORD&!MONTH\n";
    assert!(spans_with(p, r, "He read the Sunday Standard.").is_empty());
    assert_eq!(
        spans_with(p, r, "It was Sunday January the 12th."),
        ["Sunday", "January"]
    );
}
